// Benchmark of decode + detect + structure JSON on a large page made by concatenating the dev
// corpus (issue 3: >= 50 MB/s on one core, linear in size, peak memory <= 4x the input).
//
//   bench_detect [google-benchmark flags]      MB/s at 5 and 50 MB (BM_DecodeDetectJson)
//   bench_detect --phases MB                   seconds per stage on an MB-sized page
//   bench_detect --peak-rss MB                 one run in a fresh process: peak RSS / input
//   bench_detect --write-input MB FILE         write the MB-sized page (to time the CLI on it)
//
// The corpus folder comes from BANMIAN_CORPUS_DIR (compile definition) or $BANMIAN_CORPUS.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "assemble/assemble.hpp"
#include "assemble/detect.hpp"
#include "classify/classifier.hpp"
#include "core/atomic_file.hpp"
#include "decode/decode.hpp"
#include "segment/segment.hpp"
#include "writers/json_writer.hpp"

namespace {

const char* program_path = "bench_detect";

std::string corpus_dir() {
    if (const char* env = std::getenv("BANMIAN_CORPUS")) return env;
    return BANMIAN_CORPUS_DIR;
}

// The dev pages that decode, as UTF-8, separated by blank lines.
std::string corpus_text() {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(corpus_dir())) {
        if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    std::string out;
    for (const auto& f : files) {
        try {
            out += banmian::decode::decode_text(banmian::read_file_bytes(f), {}, f.string()).text;
            out += "\n\n";
        } catch (const std::exception& e) {
            std::cerr << "bench: skipping " << f.filename().string() << ": " << e.what() << "\n";
        }
    }
    return out;
}

// The corpus repeated up to at least mb megabytes (10^6 bytes) of UTF-8.
const std::string& big_input(std::size_t mb) {
    static std::string corpus = corpus_text();
    static std::vector<std::pair<std::size_t, std::string>> cache;
    for (const auto& [size, text] : cache) {
        if (size == mb) return text;
    }
    std::string text;
    text.reserve(mb * 1000000 + corpus.size());
    while (text.size() < mb * 1000000) text += corpus;
    cache.emplace_back(mb, std::move(text));
    return cache.back().second;
}

// The measured work: bytes -> text -> page -> JSON.
std::size_t convert(const std::string& bytes) {
    banmian::decode::DecodedText text = banmian::decode::decode_text(bytes, {}, "bench.txt");
    banmian::model::Page page = banmian::assemble::detect_structure(text.text, "bench.txt");
    std::string().swap(text.text);  // the page holds every character now
    return banmian::writers::write_structure_json(page).size();
}

void BM_DecodeDetectJson(benchmark::State& state) {
    const std::string& input = big_input(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(convert(input));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(input.size()));
    // bytes_per_second above counts in MiB; the budget is in MB (10^6 bytes).
    state.counters["MB/s"] = benchmark::Counter(
        static_cast<double>(state.iterations()) * static_cast<double>(input.size()) / 1e6,
        benchmark::Counter::kIsRate);
}
BENCHMARK(BM_DecodeDetectJson)->Arg(5)->Arg(50)->Unit(benchmark::kMillisecond)->Iterations(3);

// CPU seconds of this process (the machine is shared: wall time would count other work).
double cpu_now() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct CpuClock {
    double start = cpu_now();
};

double seconds_since(const CpuClock& t) { return cpu_now() - t.start; }

int phases(std::size_t mb) {
    const std::string& input = big_input(mb);
    auto t = CpuClock{};
    auto text = banmian::decode::decode_text(input, {}, "bench.txt");
    std::cout << "CPU seconds per stage, " << static_cast<double>(input.size()) / 1e6 << " MB\n";
    std::cout << "decode    " << seconds_since(t) << " s\n";
    t = CpuClock{};
    const auto seg = banmian::segment::segment_page(text.text);
    std::cout << "segment   " << seconds_since(t) << " s (" << seg.blocks.size() << " blocks)\n";
    t = CpuClock{};
    auto decisions = banmian::classify::make_rule_classifier()->classify(seg);
    std::cout << "classify  " << seconds_since(t) << " s\n";
    t = CpuClock{};
    const auto page = banmian::assemble::assemble_page(seg, std::move(decisions), "bench.txt");
    std::cout << "assemble  " << seconds_since(t) << " s (" << page.articles.size()
              << " articles)\n";
    t = CpuClock{};
    const auto json = banmian::writers::write_structure_json(page);
    std::cout << "json      " << seconds_since(t) << " s (" << json.size() << " bytes)\n";
    return 0;
}

// Classification alone, repeated: for profiling.
int classify_only(std::size_t mb) {
    const std::string& input = big_input(mb);
    const auto seg = banmian::segment::segment_page(input);
    const auto classifier = banmian::classify::make_rule_classifier();
    auto t = CpuClock{};
    std::size_t n = 0;
    for (int i = 0; i < 5; ++i) n += classifier->classify(seg).size();
    std::cout << "classify x5 " << seconds_since(t) << " s (" << n << " decisions)\n";
    return 0;
}

// Peak resident memory so far, in MB.
double peak_mb() {
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// One run on an mb-sized page, reporting the peak resident memory after each stage. The input
// is written to a file first and the corpus dropped, so the process holds only what a
// conversion needs: the bytes, then the text, the page and the JSON.
int peak_rss(std::size_t mb) {
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("banmian-bench-" + std::to_string(mb) + ".txt");
    banmian::write_file_atomically(file, big_input(mb));
    std::cout << "peak RSS of a run in a fresh process (bench_detect --peak-rss-run FILE):"
              << std::endl;
    const std::string cmd = "\"" + std::string(program_path) + "\" --peak-rss-run " + file.string();
    const int status = std::system(cmd.c_str());
    std::filesystem::remove(file);
    return status == 0 ? 0 : 1;
}

// As the CLI does it (pipeline/formats.cpp): the bytes are handed to decode_owned, whose text
// reuses or frees their storage.
int peak_rss_run(const char* path) {
    const double base = peak_mb();
    auto t = CpuClock{};
    std::string bytes = banmian::read_file_bytes(path);
    const double input_mb = static_cast<double>(bytes.size()) / 1e6;
    auto text = banmian::decode::decode_owned(std::move(bytes), {}, path);
    const double after_decode = peak_mb();
    auto page = banmian::assemble::detect_structure(text.text, "bench.txt");
    std::string().swap(text.text);
    const double after_detect = peak_mb();
    const std::string json = banmian::writers::write_structure_json(page);
    const double after_json = peak_mb();
    const double secs = seconds_since(t);
    std::cout << "input " << input_mb << " MB; CPU " << secs << " s (" << input_mb / secs
              << " MB/s); peak RSS after decode " << after_decode << " MB, after detect "
              << after_detect << " MB, after JSON " << after_json << " MB ("
              << after_json / input_mb << "x input; detection alone added "
              << (after_detect - after_decode) / input_mb << "x; process start " << base
              << " MB)\n";
    return json.empty() ? 1 : 0;
}

}  // namespace

// Writes the mb-sized page to path, for timing the CLI on it (bench/run_bench.sh).
int write_input(std::size_t mb, const char* path) {
    banmian::write_file_atomically(path, big_input(mb));
    return 0;
}

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--phases") == 0) {
        return phases(static_cast<std::size_t>(std::atoi(argv[2])));
    }
    if (argc == 3 && std::strcmp(argv[1], "--classify") == 0) {
        return classify_only(static_cast<std::size_t>(std::atoi(argv[2])));
    }
    if (argc == 4 && std::strcmp(argv[1], "--write-input") == 0) {
        return write_input(static_cast<std::size_t>(std::atoi(argv[2])), argv[3]);
    }
    program_path = argv[0];
    if (argc == 3 && std::strcmp(argv[1], "--peak-rss-run") == 0) return peak_rss_run(argv[2]);
    if (argc == 3 && std::strcmp(argv[1], "--peak-rss") == 0) {
        return peak_rss(static_cast<std::size_t>(std::atoi(argv[2])));
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
