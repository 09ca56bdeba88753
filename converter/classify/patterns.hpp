// Text patterns that decide a block on their own: datelines, photo credits, page furniture,
// jumps and bracketed trailing credits. Hand-written scanners (no std::regex: hot path).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/page.hpp"

namespace banmian::classify {

// A dateline at the start of a paragraph: "新华社北京3月12日电 …", "本报北京7月10日电
// （记者 郑明达）…", "本报讯 …", with the bracketed byline after it.
struct DatelineMatch {
    std::u32string dateline;             // "本报北京7月10日电"
    std::vector<model::Byline> bylines;  // from the bracket after it, if any
    std::size_t rest = 0;                // index in the text where the paragraph proper starts
};
std::optional<DatelineMatch> match_dateline(std::u32string_view text);

// A bracketed credit list opening text ("（记者 郑明达）…", what follows a dateline): the
// credits and the index where the text after it starts.
struct LeadingCredit {
    std::vector<model::Byline> bylines;
    std::size_t rest = 0;
};
std::optional<LeadingCredit> match_leading_credit(std::u32string_view text);

// A bracket's whole content holding a dateline and the reporters after it ("新华社北京1月2日电
// 记者周圆、黄垚", structure-json.md: "A dateline printed in brackets at the end of an
// article"): the dateline and the bylines (rest is the content's length).
std::optional<DatelineMatch> match_dateline_with_credit(std::u32string_view inner);

// True when text (a whole bracket's content, e.g. "本报罗马7月24日电") is a dateline alone.
bool is_bare_dateline(std::u32string_view text);

// A photo caption whose credit ends it: "柏屹园区蓬勃发展。 陈旭东 摄",
// "…与会代表。 新华社记者 李 刚摄". caption is empty for a credit line on its own.
struct CaptionMatch {
    std::u32string caption;
    std::u32string credit;  // normalised, without 摄
};
std::optional<CaptionMatch> match_caption(std::u32string_view text);

// True when text is one credit line for all the photos above it: "以上图片均为…提供",
// "本版图片由…提供" (no pause, no sentence end, at most 40 characters).
bool is_shared_photo_credit(std::u32string_view text);

// True when text opens like a photo caption: 图为, 上图, 图：, 圖為 ….
bool opens_like_caption(std::u32string_view text);
// The same on UTF-8 text.
bool opens_like_caption(std::string_view utf8_text);

// True when text opens with a label in 【】 (1-8 characters) and goes on after it:
// "【关键词】地铁站里的“美术馆”", "【故事】李刚是…".
bool opens_with_bracket_label(std::u32string_view text);

// True when a short line names a column of briefs: 新闻速递, 国际简讯, 快讯.
bool is_brief_rubric(std::u32string_view text);

// True when text is a label in 【】 alone ("【点评】", "【新闻速递】"), at most 12 characters.
bool is_bracket_label(std::u32string_view text);

// True when text is a full date alone in brackets, as printed under a document's title:
// "（二〇二三年七月十八日）", "（2023年7月18日）".
bool is_bracketed_date(std::u32string_view text);

// Page furniture that makes up a whole block: 本版责编：…, （下转第五版）, 广告, （远望台）.
std::optional<model::PageItemKind> match_furniture(std::u32string_view text);

// True when a bracket's content is an agency's photo credit without 摄: 新华社发, 中新社发, or
// the file-photo credit 资料图片.
bool is_agency_credit(std::u32string_view inner);

// True when a bracket's content is an author note: 作者为本报编辑, 本文作者系….
bool is_author_note(std::u32string_view inner);

// The index of a column rubric in brackets closing a heading ("…总体稳定（人民时评）",
// "…（国际论坛·共享机遇）"), or npos: 4-24 Han characters (· and 、 allowed) that are no
// credit, dateline, jump or author note, after at least four characters.
std::size_t rubric_at(std::u32string_view text);

// True when a bracket's content is a jump line: 下转第五版, 上接第一版, 相关报道见第十三版.
bool is_jump(std::u32string_view inner);

// The index of the bracket that closes text ("…。（下转第五版）"), or npos when text does
// not end with a balanced bracket.
std::size_t trailing_bracket(std::u32string_view text);

}  // namespace banmian::classify
