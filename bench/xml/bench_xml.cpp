// bench_xml: time to write 1,000 pages as structure JSON, NewsML-G2 and JATS.
// Pages are the dev corpus's gold structures (real articles, bylines, figures, page items),
// cycled to 1,000. Each writer runs `rounds` times (default 7); the fastest round counts
// (least disturbed by other processes). --check exits 1 if NewsML costs more than 2x JSON.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/atomic_file.hpp"
#include "readers/json_reader.hpp"
#include "writers/jats_writer.hpp"
#include "writers/json_writer.hpp"
#include "writers/newsml_writer.hpp"

namespace {

using namespace banmian;
namespace fs = std::filesystem;

std::vector<model::Page> load_pages(std::size_t count) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(BANMIAN_SHARED_DIR) / "corpus/dev")) {
        if (e.path().string().ends_with(".gold.json")) files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<model::Page> base;
    for (const auto& f : files) base.push_back(readers::read_structure_json(read_file_bytes(f), f));
    std::vector<model::Page> pages;
    for (std::size_t i = 0; i < count && !base.empty(); ++i) {
        model::Page p = base[i % base.size()];
        p.meta.publication = "人民日报";
        p.meta.date = "2023-07-11";
        p.meta.page = std::to_string(i % 24 + 1);
        pages.push_back(std::move(p));
    }
    return pages;
}

// Seconds to write every page once; bytes gets the total output size.
double time_once(const std::vector<model::Page>& pages,
                 const std::function<std::string(const model::Page&)>& write, std::size_t& bytes) {
    std::size_t total = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const auto& p : pages) total += write(p).size();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    bytes = total;
    return took.count();
}

}  // namespace

int main(int argc, char** argv) {
    bool check = false;
    int rounds = 7;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--check") == 0) check = true;
        if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) rounds = std::atoi(argv[++i]);
    }
    const auto pages = load_pages(1000);
    if (pages.empty()) {
        std::fprintf(stderr, "bench_xml: no gold pages under %s/corpus/dev\n", BANMIAN_SHARED_DIR);
        return 1;
    }
    writers::WriterOptions options;
    options.timestamp = 1700000000;
    std::size_t articles = 0;
    for (const auto& p : pages) articles += p.articles.size();

    // Rounds interleave the three writers so a burst of load on a shared machine hits all of
    // them alike; the fastest round of each counts.
    std::size_t json_bytes = 0, newsml_bytes = 0, jats_bytes = 0;
    double json = 1e30, newsml = 1e30, jats = 1e30;
    for (int r = 0; r < rounds; ++r) {
        json = std::min(
            json, time_once(
                      pages, [](const model::Page& p) { return writers::write_structure_json(p); },
                      json_bytes));
        newsml = std::min(
            newsml,
            time_once(
                pages, [&](const model::Page& p) { return writers::write_newsml(p, options); },
                newsml_bytes));
        jats = std::min(
            jats, time_once(
                      pages, [&](const model::Page& p) { return writers::write_jats(p, options); },
                      jats_bytes));
    }

    std::printf("%zu pages, %zu articles, fastest of %d rounds\n", pages.size(), articles, rounds);
    std::printf("  structure JSON  %8.1f ms  %6.1f MB\n", json * 1e3,
                static_cast<double>(json_bytes) / 1e6);
    std::printf("  NewsML-G2/NITF  %8.1f ms  %6.1f MB  %.2fx JSON\n", newsml * 1e3,
                static_cast<double>(newsml_bytes) / 1e6, newsml / json);
    std::printf("  JATS            %8.1f ms  %6.1f MB  %.2fx JSON\n", jats * 1e3,
                static_cast<double>(jats_bytes) / 1e6, jats / json);
    if (check && newsml > 2.0 * json) {
        std::fprintf(stderr, "bench_xml: NewsML costs %.2fx JSON, more than the 2x budget\n",
                     newsml / json);
        return 1;
    }
    return 0;
}
