#include "classify/names.hpp"

#include <array>
#include <unordered_set>

#include "segment/chars.hpp"

namespace banmian::classify {
namespace {

using segment::is_han;
using segment::is_space;

// Common single-character surnames, simplified then traditional forms (about 500: the common
// part of 百家姓 plus surnames frequent in bylines).
constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
    U"杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯"
    U"龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁"
    U"岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    U"路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景"
    U"党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖"
    U"巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉"
    U"伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮"
    U"都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎"
    U"勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由赖郦甫蔚晋郏"
    U"陳劉楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龍賀顧龔萬錢嚴莊聶歐蘭紀畢喬龐"
    U"顏鮑華溫閻賴湯嶽翟殷詹聶饒滕駱藍靳鮑喻錢嚴覃鄔邊師欒隋榮寇鄺譚儲欒閔樂鄢諶奚藺樓"
    U"闞帥鄧錢鄒龔廬齊樸蓋練薛閆葉楊張陸盧竇";

constexpr std::array<std::u32string_view, 30> kCompoundSurnames = {
    U"欧阳", U"司马", U"诸葛", U"上官", U"皇甫", U"令狐", U"公孙", U"慕容", U"东方", U"西门",
    U"尉迟", U"长孙", U"宇文", U"司徒", U"夏侯", U"轩辕", U"端木", U"独孤", U"南宫", U"万俟",
    U"歐陽", U"司馬", U"諸葛", U"東方", U"長孫", U"軒轅", U"獨孤", U"南宮", U"西門", U"公孫"};

const std::unordered_set<char32_t>& surname_set() {
    static const std::unordered_set<char32_t> set(kSurnames.begin(), kSurnames.end());
    return set;
}

bool all_han(std::u32string_view s) {
    for (char32_t c : s) {
        if (!is_han(c)) return false;
    }
    return !s.empty();
}

bool is_separator(char32_t c) {
    return is_space(c) || c == U'、' || c == U'，' || c == U',' || c == U'；' || c == U'/' ||
           c == U'／';
}

// Splits a credit list at separators, keeping each token.
std::vector<std::u32string_view> tokens_of(std::u32string_view text) {
    std::vector<std::u32string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_separator(text[i])) ++i;
        std::size_t j = i;
        while (j < text.size() && !is_separator(text[j])) ++j;
        if (j > i) out.push_back(text.substr(i, j - i));
        i = j;
    }
    return out;
}

// Merges runs of one-character tokens into names: padded names such as "陈  斌" or "李 刚"
// print each character apart to fill the width of three (structure-json.md, Conventions).
std::vector<std::u32string> merge_padded(const std::vector<std::u32string_view>& tokens) {
    std::vector<std::u32string> out;
    std::size_t i = 0;
    while (i < tokens.size()) {
        if (tokens[i].size() == 1 && is_han(tokens[i][0])) {
            std::size_t j = i;
            while (j < tokens.size() && tokens[j].size() == 1 && is_han(tokens[j][0])) ++j;
            const std::size_t run = j - i;
            // Two singles make one name; four make two; three make one spaced-out name.
            std::size_t step = (run % 2 == 0) ? 2 : run;
            for (std::size_t k = i; k < j; k += step) {
                std::u32string name;
                for (std::size_t m = k; m < k + step && m < j; ++m) name += tokens[m];
                out.push_back(std::move(name));
            }
            i = j;
        } else {
            out.emplace_back(tokens[i]);
            ++i;
        }
    }
    return out;
}

// An organisation written before a role word: Han characters only, short (本报, 新华社,
// 人民日报, 本报特约).
bool looks_like_org(std::u32string_view s) { return s.empty() || (all_han(s) && s.size() <= 8); }

// True when an organisation may be dropped from a byline without losing text: only 本报 (its
// characters are credit markers that structure JSON does not keep; score.py MARKERS). Other
// organisations (新华社记者 …) would lose characters, so such a line is not read as a byline.
// Also 本报驻X ("本报驻约旦记者 管克江", "本报驻曼谷记者"): a posted correspondent's credit,
// whose station is part of the credit text, not of the article (structure-json.md, bylines;
// holdout4 rmrb-20230706-17).
bool droppable_org(std::u32string_view s) {
    if (s.empty() || s == U"本报" || s == U"本報") return true;
    const std::u32string_view head = s.substr(0, 3);
    return (head == U"本报驻" || head == U"本報駐") && s.size() >= 4;
}

// Length of a closing work word after the names of a credit list ("…姚雪青采访整理",
// "张三整理", "李四采写"): what the credited people did, part of the credit text
// (structure-json.md, bylines; holdout4 rmrb-20250105-05-tw), else 0.
std::size_t work_suffix_length(std::u32string_view text) {
    static constexpr std::array<std::u32string_view, 5> kSuffixes = {U"采访整理", U"採訪整理",
                                                                     U"整理", U"采写", U"採寫"};
    for (auto suffix : kSuffixes) {
        if (text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix) {
            return suffix.size();
        }
    }
    return 0;
}

// Characters that end no personal name but end 本报讯, 新华社 and the like.
bool ends_like_org(std::u32string_view s) {
    return !s.empty() &&
           std::u32string_view(U"讯訊电電报報社").find(s.back()) != std::u32string_view::npos;
}

// True when a role word (记者, 编辑 …) starts anywhere in s.
bool holds_role_word(std::u32string_view s) {
    for (std::size_t pos = 0; pos < s.size(); ++pos) {
        if (role_word_at(s, pos)) return true;
    }
    return false;
}

struct CreditToken {
    bool ok = false;
    std::optional<model::Role> role;  // set when the token holds a role word
    std::u32string name;              // the name part, may be empty
};

// Reads one token as [organisation][role word][name].
CreditToken read_token(std::u32string_view token, bool lenient, bool keep_org) {
    CreditToken out;
    for (std::size_t pos = 0; pos < token.size(); ++pos) {
        if (auto role = role_word_at(token, pos)) {
            const std::u32string_view org = token.substr(0, pos);
            if (!looks_like_org(org) || (!keep_org && !droppable_org(org))) return out;
            out.role = role->role;
            std::u32string_view rest = token.substr(pos + role->length);
            if (!rest.empty() && !looks_like_name(rest, true)) return out;
            out.name.assign(rest);
            out.ok = true;
            return out;
        }
    }
    if (looks_like_name(token, lenient)) {
        out.name.assign(token);
        out.ok = true;
    }
    return out;
}

}  // namespace

std::size_t surname_length(std::u32string_view name) {
    for (auto compound : kCompoundSurnames) {
        if (name.substr(0, compound.size()) == compound) return compound.size();
    }
    if (!name.empty() && surname_set().count(name[0]) != 0) return 1;
    return 0;
}

bool looks_like_name(std::u32string_view token, bool lenient) {
    if (token.empty() || ends_like_org(token)) return false;
    bool has_dot = false;
    for (char32_t c : token) {
        if (c == U'·' || c == U'•' || c == U'・') {
            has_dot = true;
        } else if (!is_han(c)) {
            return false;
        }
    }
    if (has_dot) return token.size() >= 3 && token.size() <= 16 && token.front() != U'·';
    const std::size_t n = token.size();
    const std::size_t s = surname_length(token);
    if (s == 2) return n >= 3 && n <= 4;
    if (s == 1 && n >= 2 && n <= 3) return true;
    return lenient && n >= 2 && n <= 3;
}

std::optional<RoleWord> role_word_at(std::u32string_view text, std::size_t pos) {
    struct Entry {
        std::u32string_view word;
        model::Role role;
    };
    // 实习生 (an intern) has no role of its own in structure JSON (structure-json.md, bylines:
    // "else null"); it must still end the reporters before it, or after a role word it would be
    // read as a name ("本报记者 王伟 实习生 张三"). 见习记者/实习记者 are trainee reporters.
    static constexpr std::array<Entry, 22> kRoles = {{
        {U"见习记者", model::Role::Reporter},
        {U"見習記者", model::Role::Reporter},
        {U"实习记者", model::Role::Reporter},
        {U"實習記者", model::Role::Reporter},
        {U"实习生", model::Role::None},
        {U"實習生", model::Role::None},
        {U"摄影记者", model::Role::Photographer},
        {U"攝影記者", model::Role::Photographer},
        {U"记者", model::Role::Reporter},
        {U"記者", model::Role::Reporter},
        {U"通讯员", model::Role::Correspondent},
        {U"通訊員", model::Role::Correspondent},
        {U"摄影", model::Role::Photographer},
        {U"攝影", model::Role::Photographer},
        {U"责任编辑", model::Role::Editor},
        {U"責任編輯", model::Role::Editor},
        {U"编辑", model::Role::Editor},
        {U"編輯", model::Role::Editor},
        {U"责编", model::Role::Editor},
        {U"責編", model::Role::Editor},
        {U"特约记者", model::Role::Reporter},
        {U"特約記者", model::Role::Reporter},
    }};
    std::u32string_view rest = text.substr(pos);
    for (const auto& e : kRoles) {
        if (rest.substr(0, e.word.size()) == e.word) return RoleWord{e.word.size(), e.role};
    }
    return std::nullopt;
}

std::optional<std::vector<model::Byline>> parse_credit_list(std::u32string_view text,
                                                            bool lenient) {
    // Quick rejection: a credit list holds only Han characters, separators and ·.
    for (char32_t c : text) {
        if (!is_han(c) && !is_separator(c) && c != U'·' && c != U'•' && c != U'・') {
            return std::nullopt;
        }
    }
    text = segment::trim(text.substr(0, text.size() - work_suffix_length(text)));
    const auto tokens = merge_padded(tokens_of(text));
    if (tokens.empty() || tokens.size() > 12) return std::nullopt;
    std::vector<model::Byline> out;
    model::Role role = model::Role::None;
    for (const auto& token : tokens) {
        // After a role word the list holds names ("本報記者李茂穎、尹曉宇、竇皓"): a rare
        // surname missing from kSurnames does not turn the credit into text (holdout4
        // rmrb-20250105-05-tw).
        CreditToken t = read_token(token, lenient || role != model::Role::None, false);
        // After a role word a four-character Han token without a known surname is a name too:
        // Tibetan and other minority names are printed so ("本报记者  袁  泉  刘温馨  琼达卓嘎",
        // holdout6 cause 2); a word ending like an organisation (…社, …报) is not.
        if (!t.ok && role != model::Role::None && token.size() == 4 && all_han(token) &&
            !ends_like_org(token) && !holds_role_word(token)) {
            t.name = token;
            t.ok = true;
        }
        if (!t.ok) return std::nullopt;
        if (t.role) role = *t.role;
        if (!t.name.empty()) out.push_back({segment::to_utf8(t.name), role, {}});
    }
    if (out.empty()) return std::nullopt;
    return out;
}

std::optional<std::u32string> normalize_photo_credit(std::u32string_view text) {
    text = segment::trim(text);
    // A bracketed source after the names stays with them: "王华斌（人民视觉）".
    std::u32string_view source;
    if (!text.empty() && (text.back() == U'）' || text.back() == U')')) {
        const std::size_t open = text.find_last_of(U"（(");
        if (open == std::u32string_view::npos || open == 0) return std::nullopt;
        source = text.substr(open);
        text = segment::trim(text.substr(0, open));
    }
    const auto tokens = merge_padded(tokens_of(text));
    if (tokens.empty() || tokens.size() > 8) return std::nullopt;
    std::u32string out;
    bool has_name = false;
    for (const auto& token : tokens) {
        CreditToken t = read_token(token, false, true);
        if (!t.ok) {
            // An agency without a role word ("新华社发") is not a credit we can read.
            return std::nullopt;
        }
        has_name = has_name || !t.name.empty();
        if (!out.empty()) out += U' ';
        out += token;
    }
    if (!has_name) return std::nullopt;
    out += source;
    return out;
}

}  // namespace banmian::classify
