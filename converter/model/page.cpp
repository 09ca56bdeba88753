#include "model/page.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace banmian::model {

const char* role_name(Role role) {
    switch (role) {
        case Role::Reporter:
            return "reporter";
        case Role::Correspondent:
            return "correspondent";
        case Role::Photographer:
            return "photographer";
        case Role::Editor:
            return "editor";
        case Role::None:
            break;
    }
    return nullptr;
}

std::optional<Role> role_from_name(const std::string& name) {
    for (Role r :
         {Role::None, Role::Reporter, Role::Correspondent, Role::Photographer, Role::Editor}) {
        const char* n = role_name(r);
        if ((n == nullptr && name.empty()) || (n != nullptr && name == n)) return r;
    }
    return std::nullopt;
}

const char* role_word(Role role, bool traditional) {
    switch (role) {
        case Role::Reporter:
            return traditional ? "記者" : "记者";
        case Role::Correspondent:
            return traditional ? "通訊員" : "通讯员";
        case Role::Photographer:
            return traditional ? "攝影" : "摄影";
        case Role::Editor:
            return traditional ? "編輯" : "编辑";
        case Role::None:
            break;
    }
    return "";
}

bool is_traditional_language(const std::string& tag) {
    for (const char* marker : {"TW", "HK", "MO", "Hant"}) {
        if (tag.find(marker) != std::string::npos) return true;
    }
    return false;
}

namespace {

// Every genre with its structure JSON name and its IPTC genre NewsCode: one row each, so the
// four conversions below cannot disagree.
struct GenreNames {
    Genre genre;
    const char* name;  // structure JSON
    const char* iptc;  // http://cv.iptc.org/newscodes/genre/
};
constexpr GenreNames kGenres[] = {
    {Genre::Opinion, "opinion", "Opinion"},
    {Genre::Interview, "interview", "Interview"},
};

const GenreNames& genre_row(Genre genre) {
    for (const auto& row : kGenres) {
        if (row.genre == genre) return row;
    }
    return kGenres[0];
}

}  // namespace

const char* genre_name(Genre genre) { return genre_row(genre).name; }

std::optional<Genre> genre_from_name(const std::string& name) {
    for (const auto& row : kGenres) {
        if (name == row.name) return row.genre;
    }
    return std::nullopt;
}

const char* genre_iptc_code(Genre genre) { return genre_row(genre).iptc; }

std::optional<Genre> genre_from_iptc_code(const std::string& code) {
    // IPTC's own examples write codes in lower case (genre:interview): compare without case.
    const auto same_ignoring_case = [&code](std::string_view name) {
        return name.size() == code.size() &&
               std::equal(code.begin(), code.end(), name.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) ==
                          std::tolower(static_cast<unsigned char>(b));
               });
    };
    for (const auto& row : kGenres) {
        if (same_ignoring_case(row.iptc)) return row.genre;
    }
    return std::nullopt;
}

const char* page_item_kind_name(PageItemKind kind) {
    switch (kind) {
        case PageItemKind::PageHeader:
            return "page_header";
        case PageItemKind::Jump:
            return "jump";
        case PageItemKind::SectionLabel:
            return "section_label";
        case PageItemKind::Advertisement:
            return "advertisement";
    }
    return "page_header";
}

std::optional<PageItemKind> page_item_kind_from_name(const std::string& name) {
    for (PageItemKind k : {PageItemKind::PageHeader, PageItemKind::Jump, PageItemKind::SectionLabel,
                           PageItemKind::Advertisement}) {
        if (name == page_item_kind_name(k)) return k;
    }
    return std::nullopt;
}

}  // namespace banmian::model
