// The one check of PageMeta::date shared by --date and every reader of page metadata.
#pragma once

#include <string_view>

namespace banmian::model {

// True for an ISO 8601 calendar date written YYYY-MM-DD with month 01-12 and day 01-31
// (the form --date takes; the day is not checked against the month's length).
bool is_iso_date(std::string_view text);

}  // namespace banmian::model
