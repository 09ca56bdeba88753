// Paper sizes for --paper and the page geometry derived from them.
#pragma once

#include <string>

namespace banmian::pandoc {

struct PageGeometry {
    double trim_width_mm = 148;  // finished (trimmed) page
    double trim_height_mm = 210;
    int zihao = 5;  // ctex body size: 5 (10.5 pt) or -4 (12 pt) on wide pages
    double body_pt = 10.5;
    int chars_per_line = 31;  // text width is a whole number of characters (clean CJK grid)
    double top_mm = 20;
    double bottom_mm = 22;
    // --print: the sheet holds the page, a bleed and room for the crop marks.
    static constexpr double kBleedMm = 3;
    static constexpr double kMarkMarginMm = 10;
    double media_width_mm() const { return trim_width_mm + 2 * (kBleedMm + kMarkMarginMm); }
    double media_height_mm() const { return trim_height_mm + 2 * (kBleedMm + kMarkMarginMm); }
};

// The geometry of a named paper: a4 a5 a6 b5 b6 16k big16k 32k big32k (case-insensitive).
// Throws banmian::Error listing the names for anything else.
PageGeometry page_geometry(const std::string& paper);

// "x0 y0 x1 y1" in PostScript points from the sheet's lower-left corner, for the TrimBox
// and the BleedBox of a --print page centred on its sheet.
std::string trim_box_bp(const PageGeometry& g);
std::string bleed_box_bp(const PageGeometry& g);
// "0 0 w h" in PostScript points: the whole page of a PDF made without --print.
std::string page_box_bp(const PageGeometry& g);

}  // namespace banmian::pandoc
