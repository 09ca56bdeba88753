#include "core/atomic_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "core/error.hpp"

namespace banmian {
namespace fs = std::filesystem;

namespace {
// A temporary name in the target's directory, unique to this process and call.
fs::path temporary_name_for(const fs::path& target) {
    static unsigned counter = 0;
    fs::path dir = target.parent_path();
    std::string name = "." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) +
                       "-" + std::to_string(counter++);
    return dir.empty() ? fs::path(name) : dir / name;
}
}  // namespace

AtomicOutput::AtomicOutput(fs::path target)
    : target_(std::move(target)), temp_(temporary_name_for(target_)) {}

AtomicOutput::~AtomicOutput() {
    if (!committed_) {
        std::error_code ignored;
        fs::remove(temp_, ignored);
    }
}

void AtomicOutput::commit() {
    std::error_code ec;
    fs::rename(temp_, target_, ec);
    if (ec) throw Error({target_.string(), {}, {}}, "cannot write output: " + ec.message());
    committed_ = true;
}

void write_file_atomically(const fs::path& path, std::string_view bytes) {
    if (path == "-") {
        std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        std::cout.flush();
        return;
    }
    AtomicOutput out(path);
    {
        std::ofstream stream(out.temp_path(), std::ios::binary | std::ios::trunc);
        if (!stream) {
            throw Error({path.string(), {}, {}},
                        std::string("cannot create output file: ") + std::strerror(errno));
        }
        stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        stream.close();
        if (!stream) throw Error({path.string(), {}, {}}, "cannot write output file");
    }
    out.commit();
}

std::string read_file_bytes(const fs::path& path) {
    if (path == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::error_code ec;
    if (fs::is_directory(path, ec))
        throw Error({path.string(), {}, {}}, "is a directory, not a file");
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        throw Error({path.string(), {}, {}}, std::string("cannot open: ") + std::strerror(errno));
    }
    // Read at the file's size in one go: growing a string by doubling costs up to 2x the input
    // in memory and time (the text decoded from it is held for the whole detection).
    std::string bytes;
    std::error_code size_error;
    const auto size = fs::file_size(path, size_error);
    if (!size_error && size > 0) {
        bytes.resize(static_cast<std::size_t>(size));
        stream.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        bytes.resize(static_cast<std::size_t>(stream.gcount()));
        if (stream.gcount() < static_cast<std::streamsize>(size)) return bytes;  // file shrank
        stream.clear();
    }
    // Anything beyond the stat'ed size (a growing file, a pipe or /proc file reporting 0).
    bytes.append(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
    return bytes;
}

}  // namespace banmian
