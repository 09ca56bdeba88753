#include "model/page.hpp"

#include <cctype>

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

const char* genre_name(Genre genre) {
    switch (genre) {
        case Genre::Opinion:
            return "opinion";
        case Genre::Interview:
            return "interview";
    }
    return "opinion";
}

std::optional<Genre> genre_from_name(const std::string& name) {
    for (Genre g : {Genre::Opinion, Genre::Interview}) {
        if (name == genre_name(g)) return g;
    }
    return std::nullopt;
}

const char* genre_iptc_code(Genre genre) {
    switch (genre) {
        case Genre::Opinion:
            return "Opinion";
        case Genre::Interview:
            return "Interview";
    }
    return "Opinion";
}

std::optional<Genre> genre_from_iptc_code(const std::string& code) {
    for (Genre g : {Genre::Opinion, Genre::Interview}) {
        const std::string name = genre_iptc_code(g);
        if (name.size() != code.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < code.size() && same; ++i) {
            same = std::tolower(static_cast<unsigned char>(code[i])) ==
                   std::tolower(static_cast<unsigned char>(name[i]));
        }
        if (same) return g;
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
