#include "pandoc/pandoc_run.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <iostream>
#include <mutex>
#include <thread>

#include "core/error.hpp"

namespace banmian::pandoc {

ProcessResult run_checked(ProcessRunner& runner, const ProcessRequest& request,
                          const std::string& what) {
    ProcessResult result = runner.run(request);
    if (!result.ok()) throw Error(describe_failure(what, result));
    if (!result.err.empty()) {
        static std::mutex mutex;
        std::lock_guard<std::mutex> lock(mutex);
        std::size_t start = 0;
        while (start < result.err.size()) {
            std::size_t end = result.err.find('\n', start);
            if (end == std::string::npos) end = result.err.size();
            if (end > start)
                std::cerr << "banmian: " << what << ": " << result.err.substr(start, end - start)
                          << "\n";
            start = end + 1;
        }
    }
    return result;
}

std::vector<ProcessResult> run_all_checked(ProcessRunner& runner,
                                           const std::vector<ProcessRequest>& requests, int jobs,
                                           const std::string& what) {
    std::vector<ProcessResult> results(requests.size());
    std::vector<std::exception_ptr> errors(requests.size());
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t limit = jobs > 0 ? static_cast<std::size_t>(jobs) : cores;
    const std::size_t workers = std::min(limit, requests.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < requests.size(); i = next++) {
            try {
                results[i] = run_checked(runner, requests[i], what);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    if (workers <= 1) {
        work();
    } else {
        std::vector<std::thread> threads;
        for (std::size_t w = 0; w < workers; ++w) threads.emplace_back(work);
        for (auto& t : threads) t.join();
    }
    for (auto& e : errors) {
        if (e) std::rethrow_exception(e);
    }
    return results;
}

std::vector<std::pair<std::string, std::string>> date_env(std::optional<long long> timestamp) {
    if (!timestamp) return {};
    return {{"SOURCE_DATE_EPOCH", std::to_string(*timestamp)}};
}

}  // namespace banmian::pandoc
