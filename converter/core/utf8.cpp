#include "core/utf8.hpp"

namespace banmian::utf8 {

char32_t next(std::string_view text, std::size_t& pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    std::size_t extra = 0;
    char32_t cp = 0;
    if (lead < 0x80) {
        ++pos;
        return lead;
    } else if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        cp = lead & 0x07;
    } else {
        ++pos;
        return 0xFFFD;
    }
    if (pos + extra >= text.size()) {  // truncated sequence at the end
        ++pos;
        return 0xFFFD;
    }
    for (std::size_t i = 1; i <= extra; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) {
            ++pos;
            return 0xFFFD;
        }
        cp = (cp << 6) | (byte(pos + i) & 0x3F);
    }
    pos += extra + 1;
    return cp;
}

char32_t previous(std::string_view text, std::size_t& pos) {
    std::size_t start = pos;
    do {
        --start;
    } while (start > 0 && pos - start < 4 &&
             (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80);
    std::size_t probe = start;
    char32_t cp = next(text, probe);
    if (probe != pos) {  // not a clean sequence: step back one byte only
        pos -= 1;
        return 0xFFFD;
    }
    pos = start;
    return cp;
}

void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::vector<char32_t> code_points(std::string_view text) {
    std::vector<char32_t> out;
    out.reserve(text.size() / 2);
    for (std::size_t pos = 0; pos < text.size();) out.push_back(next(text, pos));
    return out;
}

std::size_t length(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

bool is_space(char32_t cp) {
    switch (cp) {
        case U' ':
        case U'\t':
        case U'\n':
        case U'\r':
        case U'\f':
        case U'\v':
        case 0x00A0:
        case 0x1680:
        case 0x2028:
        case 0x2029:
        case 0x202F:
        case 0x205F:
        case 0x3000:
        case 0xFEFF:
            return true;
        default:
            return cp >= 0x2000 && cp <= 0x200B;
    }
}

std::string_view trim(std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t pos = begin;
        if (!is_space(next(text, pos))) break;
        begin = pos;
    }
    std::size_t end = text.size();
    while (end > begin) {
        std::size_t pos = end;
        if (!is_space(previous(text, pos))) break;
        end = pos;
    }
    return text.substr(begin, end - begin);
}

bool is_han(char32_t cp) {
    return cp == 0x3007 || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

bool is_cjk(char32_t cp) {
    if (is_han(cp)) return true;
    if (cp >= 0x2E80 && cp <= 0x2FFF) return true;  // radicals, ideographic description
    if (cp >= 0x3001 && cp <= 0x33FF) return true;  // CJK punctuation, kana, bopomofo, compat
    if (cp >= 0xAC00 && cp <= 0xD7AF) return true;  // Hangul syllables
    if (cp >= 0xFE10 && cp <= 0xFE1F) return true;  // vertical forms
    if (cp >= 0xFE30 && cp <= 0xFE4F) return true;  // CJK compatibility forms
    if (cp >= 0xFF01 && cp <= 0xFFEF) return true;  // full-width forms
    switch (cp) {  // East-Asian-ambiguous marks used as CJK punctuation (clreq)
        case U'“':
        case U'”':
        case U'‘':
        case U'’':
        case U'…':
        case U'—':
        case U'·':
        case 0x2E3A:
            return true;
        default:
            return false;
    }
}

}  // namespace banmian::utf8
