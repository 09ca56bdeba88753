#include "decode/decode.hpp"

#include <optional>

#include "core/error.hpp"
#include "decode/bom.hpp"
#include "decode/convert.hpp"
#include "decode/encoding_names.hpp"
#include "decode/guess.hpp"
#include "decode/line_ends.hpp"
#include "decode/nfc.hpp"
#include "decode/plausible.hpp"
#include "decode/sniff.hpp"
#include "decode/utf8.hpp"

namespace banmian::decode {
namespace {

// How the encoding was chosen; messages say so, because the fix differs.
enum class Source { Declared, Bom, Detected };

struct Choice {
    EncodingChoice encoding;
    Source source = Source::Detected;
    std::optional<Converted> converted;  // already decoded while guessing (and then guessed)
    bool plain_utf8 = false;             // UTF-8 that is_plain_utf8 accepts: no ICU needed
};

// True if encoding is ICU's UTF-8 converter, which the fast path replaces.
bool is_utf8(const EncodingChoice& encoding) { return encoding.icu_name == "UTF-8"; }

// 1-based line of byte offset in ASCII-compatible bytes (CRLF, CR and LF end a line).
std::size_t line_of_byte(std::string_view bytes, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
        } else if (bytes[i] == '\r' && !(i + 1 < bytes.size() && bytes[i + 1] == '\n')) {
            ++line;
        }
    }
    return line;
}

std::string encoding_names_hint() {
    return "known names include utf-8, utf-16le, utf-16be, gb18030, gbk, gb2312 and big5, "
           "and any encoding ICU knows";
}

// The declared encoding; bare "utf-16"/"utf-32" take their byte order from a BOM if present.
Choice declared_choice(std::string_view bytes, const std::string& label) {
    std::optional<EncodingChoice> choice = encoding_for_label(label);
    if (!choice) throw Error("unknown encoding '" + label + "' (" + encoding_names_hint() + ")");
    if (label_leaves_byte_order_open(label)) {
        const std::optional<Bom> bom = sniff_bom(bytes);
        if (bom && is_wide_unicode(bom->encoding)) choice = bom->encoding;
    }
    return Choice{*choice, Source::Declared, std::nullopt};
}

// Refuses binary data in an ASCII-compatible encoding: NUL bytes or many control bytes.
void refuse_binary_bytes(std::string_view bytes, const std::string& file_name) {
    std::optional<std::size_t> at = first_nul_byte(bytes);
    std::string what = "a NUL byte";
    if (!at) {
        at = binary_control_bytes(bytes);
        what = "control bytes";
    }
    if (at) {
        throw Error({file_name, line_of_byte(bytes, *at), *at},
                    "this is binary data (" + what +
                        "), not the text of a page; if it is UTF-16 or UTF-32 text, name the "
                        "encoding with --encoding");
    }
}

// Refuses UTF-16/32 input that decodes to a NUL or to many other control characters.
void refuse_binary_text(std::u16string_view text, const std::string& file_name) {
    std::size_t controls = 0;
    std::optional<std::size_t> first = std::nullopt;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char16_t c = text[i];
        const bool allowed = c >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r' || c == 0x0B ||
                             c == 0x0C || c == 0x1A || c == 0x1B;  // as sniff.cpp allows
        if (allowed) continue;
        if (!first) first = i;
        ++controls;
        if (c == 0) break;  // one NUL character is enough
    }
    if (!first) return;
    if (text[*first] != 0 && controls * 50 <= text.size()) return;
    const std::size_t line = 1 + count_line_breaks(text.substr(0, *first));
    throw Error({file_name, line, std::nullopt},
                std::string("this is binary data (") +
                    (text[*first] == 0 ? "a NUL character" : "control characters") +
                    "), not the text of a page");
}

// Chooses the encoding from the bytes alone: BOM, then UTF-16 NUL patterns, then guessing.
Choice detected_choice(std::string_view bytes, const std::string& file_name) {
    if (std::optional<Bom> bom = sniff_bom(bytes)) {
        return Choice{bom->encoding, Source::Bom, std::nullopt};
    }
    if (first_nul_byte(bytes)) {
        if (std::optional<EncodingChoice> wide = sniff_utf16_without_bom(bytes)) {
            return Choice{*wide, Source::Detected, std::nullopt};
        }
    }
    refuse_binary_bytes(bytes, file_name);
    // Valid UTF-8 is UTF-8 (guess.hpp); checking that needs no ICU.
    if (is_plain_utf8(bytes)) return Choice{utf8_encoding(), Source::Detected, std::nullopt, true};
    Guess guess = guess_encoding(bytes);
    return Choice{guess.encoding, Source::Detected, std::move(guess.converted)};
}

// For an encoding given with --encoding: the encoding detection knows that reads clearly more
// like Chinese (plausible.hpp), or nullopt. converted holds the bytes decoded with forced,
// perhaps only up to the first invalid sequence; then they are decoded again, replacing.
std::optional<BetterEncoding> judge_forced(std::string_view bytes, const EncodingChoice& forced,
                                           const Converted& converted, bool stopped) {
    if (!stopped) return better_encoding(bytes, forced, converted.text, converted.invalid_count);
    const Converted all = convert_to_utf16(bytes, forced, false);
    return better_encoding(bytes, forced, all.text, all.invalid_count);
}

// "the text reads like GB18030 (2056 common Chinese characters as GB18030, 118 as Big5)".
std::string reads_like(const BetterEncoding& better, const EncodingChoice& forced) {
    const std::string& theirs = better.encoding.display_name;
    return "the text reads like " + theirs + " (" + std::to_string(better.better.frequent) +
           " common Chinese characters as " + theirs + ", " +
           std::to_string(better.forced.frequent) + " as " + forced.display_name + ")";
}

// The message for the first invalid sequence: what, and how the encoding was chosen; better
// is another encoding the bytes read like (given encodings only).
[[noreturn]] void throw_invalid(const InvalidSequence& bad, const Choice& choice,
                                const std::optional<BetterEncoding>& better,
                                const std::string& file_name) {
    const std::string& name = choice.encoding.display_name;
    std::string why;
    switch (choice.source) {
        case Source::Declared:
            why = "the encoding given with --encoding";
            break;
        case Source::Bom:
            why = "the encoding its byte order mark announces";
            break;
        case Source::Detected:
            why = "the encoding detected; if that is wrong, name the right one with --encoding";
            break;
    }
    // A wrong encoding is the likelier cause than bad bytes; replacing would not help then.
    const std::string hint =
        better ? ", but " + reads_like(*better, choice.encoding) + "; check --encoding)"
               : "; --encoding-errors=replace decodes such bytes as U+FFFD)";
    throw Error({file_name, bad.line, bad.offset}, "invalid " + name + " byte sequence " +
                                                       hex_bytes(bad.bytes) + " (" + name + " is " +
                                                       why + hint);
}

// The warning for --encoding-errors=replace: how many sequences were replaced, where the first.
std::string replaced_warning(const Converted& converted, const EncodingChoice& encoding,
                             const std::string& file_name) {
    const InvalidSequence& first = *converted.first_invalid;
    const std::string what = "invalid " + encoding.display_name + " byte sequence";
    const std::string message =
        converted.invalid_count == 1
            ? "replaced 1 " + what + " (" + hex_bytes(first.bytes) + ") with U+FFFD"
            : "replaced " + std::to_string(converted.invalid_count) + " " + what +
                  "s with U+FFFD; the first (" + hex_bytes(first.bytes) + ") is here";
    return format_diagnostic({file_name, first.line, first.offset}, message);
}

// Records warning in out and passes it to the caller's on_warning, if any.
void warn(DecodedText& out, const DecodeOptions& options, std::string warning) {
    if (options.on_warning) options.on_warning(warning);
    out.warnings.push_back(std::move(warning));
}

// The fast path for UTF-8 that is_plain_utf8 accepted: the same text ICU would give, with no
// UTF-16 in between. bytes are copied once, or not at all when owned holds them.
DecodedText decode_plain_utf8(std::string_view bytes, std::string* owned) {
    DecodedText out;
    out.encoding = utf8_encoding().display_name;
    // A BOM decodes to U+FEFF; it marks the encoding and is not text.
    out.had_bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
    if (owned != nullptr) {
        if (out.had_bom) owned->erase(0, 3);
        out.text = std::move(*owned);
    } else {
        out.text.assign(bytes.substr(out.had_bom ? 3 : 0));
    }
    out.newline = normalise_line_ends_in_place(out.text);
    make_nfc_utf8(out.text);  // CR and LF never take part in a composition
    return out;
}

// decode_text, and decode_owned when owned (holding bytes) may give up its storage.
DecodedText decode_any(std::string_view bytes, std::string* owned, const DecodeOptions& options,
                       const std::string& file_name) {
    Choice choice = options.encoding.empty() ? detected_choice(bytes, file_name)
                                             : declared_choice(bytes, options.encoding);
    const bool wide = is_wide_unicode(choice.encoding);
    if (!wide && choice.source == Source::Declared) refuse_binary_bytes(bytes, file_name);
    if (choice.plain_utf8 ||
        (!choice.converted && is_utf8(choice.encoding) && is_plain_utf8(bytes))) {
        return decode_plain_utf8(bytes, owned);
    }

    const bool fail = options.on_invalid == OnInvalid::Fail;
    const bool guessed = choice.converted.has_value();
    Converted converted = choice.converted ? std::move(*choice.converted)
                                           : convert_to_utf16(bytes, choice.encoding, fail);
    // Judged while the bytes are still here: the other encodings decode them again.
    const bool stopped = fail && converted.first_invalid.has_value();
    const std::optional<BetterEncoding> better =
        choice.source == Source::Declared ? judge_forced(bytes, choice.encoding, converted, stopped)
                                          : std::nullopt;
    if (owned != nullptr) std::string().swap(*owned);  // bytes are not read again

    // Guessing found invalid bytes in every candidate; this many means it is not text at all.
    if (guessed && converted.invalid_count * 8 > converted.text.size()) {
        throw Error({file_name, std::nullopt, std::nullopt},
                    "this does not look like text in UTF-8, GB18030 or Big5 (" +
                        std::to_string(converted.invalid_count) +
                        " invalid byte sequences); if it is text, name its encoding with "
                        "--encoding");
    }
    if (stopped) throw_invalid(*converted.first_invalid, choice, better, file_name);
    if (wide) refuse_binary_text(converted.text, file_name);

    DecodedText out;
    out.encoding = choice.encoding.display_name;
    if (converted.first_invalid) {
        warn(out, options, replaced_warning(converted, choice.encoding, file_name));
    }
    if (better) {
        warn(out, options,
             format_diagnostic({file_name, std::nullopt, std::nullopt},
                               "decoded as " + out.encoding + " as asked, but " +
                                   reads_like(*better, choice.encoding) + "; check --encoding"));
    }
    std::u16string_view text = converted.text;
    // A BOM in any encoding decodes to U+FEFF; it marks the encoding and is not text.
    if (!text.empty() && text.front() == u'\uFEFF') {
        text.remove_prefix(1);
        out.had_bom = true;
    }
    out.text = to_nfc_utf8(text);
    out.replaced = converted.invalid_count;
    std::u16string().swap(converted.text);  // the UTF-16 copy is no longer needed
    out.newline = normalise_line_ends_in_place(out.text);
    return out;
}

}  // namespace

DecodedText decode_text(std::string_view bytes, const DecodeOptions& options,
                        const std::string& file_name) {
    return decode_any(bytes, nullptr, options, file_name);
}

DecodedText decode_owned(std::string bytes, const DecodeOptions& options,
                         const std::string& file_name) {
    return decode_any(bytes, &bytes, options, file_name);
}

bool is_known_encoding(std::string_view label) { return encoding_for_label(label).has_value(); }

}  // namespace banmian::decode
