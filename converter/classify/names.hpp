// Personal names and credits: surname lists, role words, credit lists such as
// "本报记者 王伟健", "白培生 胡孟婷 周蓉", "记者李学勇、李宣良、梅世雄", "冯  翼".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/page.hpp"

namespace banmian::classify {

// Length of the surname name starts with (1 or 2 characters), 0 if none is known.
std::size_t surname_length(std::u32string_view name);

// True when token reads as one person's name: 2-3 Han characters starting with a known
// surname, 3-4 with a compound surname, or a transliterated name with ·. lenient accepts any
// 2-3 Han characters (used where position alone says "credit", e.g. under a headline).
bool looks_like_name(std::u32string_view token, bool lenient);

// A role word at the start of text: its length and role (记者 -> reporter, 通讯员 ->
// correspondent, 摄影 -> photographer, 编辑/责编 -> editor; simplified and traditional).
struct RoleWord {
    std::size_t length = 0;
    model::Role role = model::Role::None;
};
std::optional<RoleWord> role_word_at(std::u32string_view text, std::size_t pos);

// Reads text as a list of credited people with optional roles and organisations
// ("本报记者", "新华社记者"); nullopt unless every token is a name, a role or an organisation
// with a role, and at least one name is present. Padded names ("陈  斌") are closed up.
std::optional<std::vector<model::Byline>> parse_credit_list(std::u32string_view text, bool lenient);

// Normalises a photo credit ("新华社记者 李 刚" -> "新华社记者 李刚", "王华斌（人民视觉）"
// kept); nullopt unless it reads as names with optional role words and a bracketed source.
std::optional<std::u32string> normalize_photo_credit(std::u32string_view text);

}  // namespace banmian::classify
