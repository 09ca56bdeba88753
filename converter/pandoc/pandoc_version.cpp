#include "pandoc/pandoc_version.hpp"

#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/error.hpp"

namespace banmian::pandoc {
namespace {

// Dotted decimal numbers at text[pos...]: "2.17.1.1" -> {2,17,1,1}; empty if none.
std::vector<int> parse_dotted(std::string_view text, std::size_t pos) {
    std::vector<int> parts;
    while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) {
        int value = 0;
        while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) {
            value = value * 10 + (text[pos] - '0');
            ++pos;
        }
        parts.push_back(value);
        if (pos + 1 < text.size() && text[pos] == '.' &&
            std::isdigit(static_cast<unsigned char>(text[pos + 1]))) {
            ++pos;
        } else {
            break;
        }
    }
    return parts;
}

bool at_least(const std::vector<int>& version, int major, int minor) {
    const int have_major = version.empty() ? 0 : version[0];
    const int have_minor = version.size() < 2 ? 0 : version[1];
    return have_major > major || (have_major == major && have_minor >= minor);
}

// pandoc-types API of a Pandoc release, for versions whose --version does not print it
// (3.x). Only major.minor must match: pandoc 3.1 refuses [1,22] and accepts [1,23,x].
std::vector<int> api_for_release(const std::vector<int>& version) {
    if (at_least(version, 3, 0)) return {1, 23};
    if (at_least(version, 2, 11)) return {1, 22};
    if (at_least(version, 2, 10)) return {1, 21};
    return {1, 20};
}

}  // namespace

std::string PandocInfo::version_text() const {
    std::string text;
    for (int part : version) text += (text.empty() ? "" : ".") + std::to_string(part);
    return text;
}

PandocInfo parse_pandoc_version(std::string_view output) {
    PandocInfo info;
    // First line: "pandoc 2.17.1.1" (also "pandoc.exe 2.13", "pandoc-cli 3.1").
    const std::size_t space = output.find(' ');
    const std::size_t eol = output.find('\n');
    if (output.substr(0, 6) != "pandoc" || space == std::string_view::npos ||
        (eol != std::string_view::npos && space > eol)) {
        throw Error("the program called pandoc did not report a Pandoc version");
    }
    info.version = parse_dotted(output, space + 1);
    if (info.version.empty()) throw Error("cannot read the Pandoc version from pandoc --version");
    // 2.x prints "Compiled with pandoc-types 1.22.2.1, ...": the authoritative API version.
    const std::string_view marker = "pandoc-types ";
    const std::size_t at = output.find(marker);
    std::vector<int> api = at == std::string_view::npos ? std::vector<int>{}
                                                        : parse_dotted(output, at + marker.size());
    info.api_version = api.size() >= 2 ? api : api_for_release(info.version);
    info.sandbox = at_least(info.version, 2, 15);
    info.split_level = at_least(info.version, 3, 0);
    return info;
}

namespace {

// What identifies one installed pandoc: resolved path, size and modification time.
std::string binary_key(const std::filesystem::path& program) {
    std::error_code ec;
    const std::filesystem::path real = std::filesystem::canonical(program, ec);
    if (ec) return {};
    const auto size = std::filesystem::file_size(real, ec);
    if (ec) return {};
    const auto mtime = std::filesystem::last_write_time(real, ec);
    if (ec) return {};
    return real.string() + "\n" + std::to_string(size) + "\n" +
           std::to_string(mtime.time_since_epoch().count()) + "\n";
}

// The cached `pandoc --version` output for key, or empty.
std::string cached_version(const std::filesystem::path& file, const std::string& key) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string all = text.str();
    return all.size() > key.size() && all.compare(0, key.size(), key) == 0 ? all.substr(key.size())
                                                                           : std::string();
}

// Stores the output for key; a cache that cannot be written is simply not used.
void store_version(const std::filesystem::path& file, const std::string& key,
                   const std::string& output) {
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    const std::filesystem::path temp =
        file.string() + ".tmp-" + std::to_string(static_cast<long>(::getpid()));
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << key << output;
        if (!out) return;
    }
    std::filesystem::rename(temp, file, ec);
    if (ec) std::filesystem::remove(temp, ec);
}

}  // namespace

std::filesystem::path version_cache_dir() {
    auto env = [](const char* name) {
        const char* value = std::getenv(name);
        return std::string(value == nullptr ? "" : value);
    };
    const std::string own = env("BANMIAN_CACHE_DIR");
    if (own == "off") return {};
    if (!own.empty()) return own;
    if (!env("XDG_CACHE_HOME").empty()) {
        return std::filesystem::path(env("XDG_CACHE_HOME")) / "banmian";
    }
    if (!env("HOME").empty()) return std::filesystem::path(env("HOME")) / ".cache" / "banmian";
    return {};
}

PandocInfo detect_pandoc(ProcessRunner& runner) {
    ProcessRequest request;
    request.program = require_program(runner, "pandoc", "pandoc");
    request.args = {"--version"};
    request.timeout = std::chrono::seconds(30);
    const std::filesystem::path dir = version_cache_dir();
    const std::string key = dir.empty() ? std::string() : binary_key(request.program);
    const std::filesystem::path cache = dir / "pandoc-version.txt";
    std::string output = key.empty() ? std::string() : cached_version(cache, key);
    if (output.empty()) {
        ProcessResult result = runner.run(request);
        if (!result.ok()) throw Error(describe_failure("pandoc --version", result));
        output = result.out;
        parse_pandoc_version(output);  // only Pandoc's answer is worth keeping
        if (!key.empty()) store_version(cache, key, output);
    }
    PandocInfo info = parse_pandoc_version(output);
    info.program = request.program;
    if (!at_least(info.version, 2, 11)) {
        throw Error("pandoc " + info.version_text() +
                    " is too old: banmian needs Pandoc 2.11 or later (Debian 12 package pandoc)");
    }
    return info;
}

}  // namespace banmian::pandoc
