#include "pandoc/boost_process_runner.hpp"

#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <future>
#include <system_error>

#include <boost/asio/buffer.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/process.hpp>
#include <boost/process/extend.hpp>

#include "core/error.hpp"

namespace banmian::pandoc {
namespace bp = boost::process;

namespace {

// In the child, after its stdin/stdout/stderr are in place and before exec: closes every
// other descriptor. Children started at the same time from other threads would otherwise
// inherit each other's pipe ends, and a pandoc holding another's stdin open waits for an EOF
// that never comes (two parallel runs hung so). Boost 1.74's limit_handles closes the async
// pipes too, so it cannot be used. Must be the last initializer (handlers run in order).
struct CloseInheritedFds : bp::extend::handler {
    template <typename Executor>
    void on_exec_setup(Executor&) const {
        if (::close_range(3, ~0U, 0) == 0) return;
        const long max = std::min(::sysconf(_SC_OPEN_MAX), 65536L);
        for (int fd = 3; fd < max; ++fd) ::close(fd);
    }
};

}  // namespace

BoostProcessRunner::BoostProcessRunner() {
    // A child that exits before reading all of its stdin must not kill us with SIGPIPE;
    // the failed write is reported through the child's exit status instead.
    std::signal(SIGPIPE, SIG_IGN);
}

std::optional<std::filesystem::path> BoostProcessRunner::find_program(const std::string& name) {
    boost::filesystem::path found = bp::search_path(name);
    if (found.empty()) return std::nullopt;
    return std::filesystem::path(found.string());
}

ProcessResult BoostProcessRunner::run(const ProcessRequest& request) {
    boost::asio::io_context io;
    std::future<std::string> out;
    std::future<std::string> err;
    bp::environment env = boost::this_process::environment();
    for (const auto& [key, value] : request.env) env[key] = value;
    const std::string cwd =
        request.cwd.empty() ? std::filesystem::current_path().string() : request.cwd.string();
    bp::group group;
    std::error_code ec;
    bp::child child(bp::exe = request.program.string(), bp::args = request.args,
                    bp::std_in<boost::asio::buffer(request.input), bp::std_out> out,
                    bp::std_err > err, bp::start_dir = cwd, env, group, io, ec,
                    CloseInheritedFds{});
    if (ec) {
        throw Error("cannot start " + request.program.string() + ": " + ec.message());
    }
    ProcessResult result;
    io.run_for(request.timeout);
    if (!io.stopped()) {
        // Timed out: kill the child and everything it started, then drain the pipes.
        result.timed_out = true;
        std::error_code ignored;
        group.terminate(ignored);
        io.restart();
        io.run();
    }
    child.wait(ec);
    result.exit_code = child.exit_code();
    result.out = out.get();
    result.err = err.get();
    return result;
}

}  // namespace banmian::pandoc
