#include "model/iso_date.hpp"

namespace banmian::model {
namespace {

// True when every character of text is an ASCII digit.
bool all_digits(std::string_view text) {
    for (const char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

// The value of two ASCII digits.
int two_digits(std::string_view text) { return (text[0] - '0') * 10 + (text[1] - '0'); }

}  // namespace

bool is_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    const std::string_view year = text.substr(0, 4), month = text.substr(5, 2),
                           day = text.substr(8, 2);
    if (!all_digits(year) || !all_digits(month) || !all_digits(day)) return false;
    const int m = two_digits(month), d = two_digits(day);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

}  // namespace banmian::model
