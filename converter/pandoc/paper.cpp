#include "pandoc/paper.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/error.hpp"

namespace banmian::pandoc {
namespace {

struct Paper {
    const char* name;
    double width_mm;
    double height_mm;
};

// ISO 216 A and B series; Chinese book sizes (开本) as trimmed: 16K 185×260, 大16K 210×285,
// 32K 130×184, 大32K 140×203 mm.
constexpr Paper kPapers[] = {
    {"a4", 210, 297},     {"a5", 148, 210},  {"a6", 105, 148},
    {"b5", 176, 250},     {"b6", 125, 176},  {"16k", 185, 260},
    {"big16k", 210, 285}, {"32k", 130, 184}, {"big32k", 140, 203},
};

constexpr double kPtPerMm = 72.27 / 25.4;  // TeX points
constexpr double kBpPerMm = 72.0 / 25.4;   // PDF points

std::string boxes(double x0, double y0, double x1, double y1) {
    char text[96];
    std::snprintf(text, sizeof text, "%.2f %.2f %.2f %.2f", x0 * kBpPerMm, y0 * kBpPerMm,
                  x1 * kBpPerMm, y1 * kBpPerMm);
    return text;
}

}  // namespace

PageGeometry page_geometry(const std::string& paper) {
    std::string key = paper;
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const Paper* found = nullptr;
    std::string names;
    for (const auto& p : kPapers) {
        if (key == p.name) found = &p;
        names += std::string(names.empty() ? "" : ", ") + p.name;
    }
    if (found == nullptr) throw Error("unknown --paper '" + paper + "'; use one of " + names);
    PageGeometry g;
    g.trim_width_mm = found->width_mm;
    g.trim_height_mm = found->height_mm;
    // Wide pages get 小四 (12 pt) so lines stay near 35-40 characters; others 五号 (10.5 pt).
    const bool wide = found->width_mm >= 200;
    g.zihao = wide ? -4 : 5;
    g.body_pt = wide ? 12.0 : 10.5;
    const double margin_mm = std::max(12.0, 0.1 * found->width_mm);
    const double usable_pt = (found->width_mm - 2 * margin_mm) * kPtPerMm;
    g.chars_per_line = static_cast<int>(std::floor(usable_pt / g.body_pt));
    g.top_mm = std::round(0.095 * found->height_mm);
    g.bottom_mm = std::round(0.105 * found->height_mm);
    return g;
}

std::string trim_box_bp(const PageGeometry& g) {
    const double m = PageGeometry::kBleedMm + PageGeometry::kMarkMarginMm;
    return boxes(m, m, m + g.trim_width_mm, m + g.trim_height_mm);
}

std::string bleed_box_bp(const PageGeometry& g) {
    const double m = PageGeometry::kMarkMarginMm;
    const double b = 2 * PageGeometry::kBleedMm;
    return boxes(m, m, m + g.trim_width_mm + b, m + g.trim_height_mm + b);
}

std::string page_box_bp(const PageGeometry& g) {
    return boxes(0, 0, g.trim_width_mm, g.trim_height_mm);
}

}  // namespace banmian::pandoc
