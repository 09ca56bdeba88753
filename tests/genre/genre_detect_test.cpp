// Genre detection (assemble/genre.hpp): each kind of printed evidence gives its genre, in
// Simplified and Traditional characters; look-alikes and missing or disagreeing evidence leave
// the genre unknown; rubrics are placed on the right article.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "assemble/detect.hpp"
#include "assemble/genre.hpp"

namespace banmian {
namespace {

using model::Genre;

// A plain article: a headline and one paragraph of news.
model::Article plain(const std::string& headline = "山间小路变通途") {
    model::Article a;
    a.headline = headline;
    a.blocks.push_back(model::Paragraph{"村民出行更方便了。", {}});
    return a;
}

std::optional<Genre> genre_with_rubric(const std::string& rubric) {
    return assemble::detect_genre(plain(), {rubric});
}

std::optional<Genre> genre_with_kicker(const std::string& kicker) {
    model::Article a = plain();
    a.kicker = kicker;
    return assemble::detect_genre(a, {});
}

std::optional<Genre> genre_with_headline(const std::string& headline) {
    return assemble::detect_genre(plain(headline), {});
}

std::optional<Genre> genre_with_subtitle(const std::string& subtitle) {
    model::Article a = plain();
    a.subtitle = subtitle;
    return assemble::detect_genre(a, {});
}

std::optional<Genre> genre_with_byline(const std::string& name) {
    model::Article a = plain();
    a.bylines.push_back({name, model::Role::None, {}});
    return assemble::detect_genre(a, {});
}

// An article whose body is the given paragraphs.
std::optional<Genre> genre_with_body(const std::vector<std::string>& paragraphs) {
    model::Article a = plain();
    a.blocks.clear();
    for (const auto& p : paragraphs) a.blocks.push_back(model::Paragraph{p, {}});
    return assemble::detect_genre(a, {});
}

TEST(GenreRubric, OpinionColumnsInAnyFrame) {
    for (const std::string r :
         {"（人民论坛）", "人民论坛", "【社论】", "〔今日谈〕", "(评论员观察)", "（和音）",
          "（金台潮声）", "（人民时评）", "短评", "述评"}) {
        EXPECT_EQ(genre_with_rubric(r), Genre::Opinion) << r;
    }
}

TEST(GenreRubric, OpinionByEndingOfAShortRubric) {
    EXPECT_EQ(genre_with_rubric("（人民日报评论员文章）"), Genre::Opinion);
    EXPECT_EQ(genre_with_rubric("新华时评"), Genre::Opinion);
    EXPECT_EQ(genre_with_rubric("（新春快评）"), Genre::Opinion);
    EXPECT_EQ(genre_with_rubric("人民论坛·网评"), Genre::Opinion);
}

TEST(GenreRubric, InterviewColumns) {
    for (const std::string r :
         {"（专访）", "访谈", "（人物专访）", "高端访谈", "对话", "（访谈录）"}) {
        EXPECT_EQ(genre_with_rubric(r), Genre::Interview) << r;
    }
}

TEST(GenreRubric, TraditionalCharacters) {
    EXPECT_EQ(genre_with_rubric("（人民論壇）"), Genre::Opinion);
    EXPECT_EQ(genre_with_rubric("（今日談）"), Genre::Opinion);
    EXPECT_EQ(genre_with_rubric("社論"), Genre::Opinion);
    EXPECT_EQ(genre_with_rubric("（人物專訪）"), Genre::Interview);
    EXPECT_EQ(genre_with_rubric("對話"), Genre::Interview);
}

TEST(GenreRubric, TopicAndMoodColumnsSayNothing) {
    // The column labels dropped from the dev pages that name no form (manifest.json), a review
    // column (IPTC genre:Review, not opinion), a brief section and an event with 论坛 in it.
    for (const std::string r : {"（远望台）", "（军事观察）", "（五洲茶亭）", "（追梦路上）",
                                "（深度观察）", "（读书札记）", "（城市漫笔）", "书评", "（影评）",
                                "新闻速递", "博鳌亚洲论坛", "（评论员）"}) {
        EXPECT_EQ(genre_with_rubric(r), std::nullopt) << r;
    }
}

TEST(GenreRubric, LongTextEndingInARubricWordIsNoRubric) {
    EXPECT_EQ(genre_with_rubric("关于如何写好一篇新闻短评的几点体会和思考"), std::nullopt);
    EXPECT_EQ(genre_with_kicker("国家主席在北京接受多家外国媒体联合专访"), std::nullopt);
}

TEST(GenreKicker, WholeKickerIsARubric) {
    EXPECT_EQ(genre_with_kicker("评论员文章"), Genre::Opinion);
    EXPECT_EQ(genre_with_kicker("人民日报评论员文章"), Genre::Opinion);
    EXPECT_EQ(genre_with_kicker("人民论坛——"), Genre::Opinion);
    EXPECT_EQ(genre_with_kicker("专访："), Genre::Interview);
}

TEST(GenreKicker, OrdinaryKickersSayNothing) {
    // Kickers of the dev pages (gold), none of which shows a form.
    for (const std::string k :
         {"真抓实干在资兴", "四川省青神县竹编大师陈云华——", "山东省青州市——",
          "美国列车脱轨事故频发，分析人士表示——", "稳定国内产业  加强经贸合作",
          "习近平在出席解放军和武警部队代表团全体会议时强调"}) {
        EXPECT_EQ(genre_with_kicker(k), std::nullopt) << k;
    }
}

TEST(GenreKicker, ThePapersOwnInterview) {
    // rmrb-20170423-06: the kicker of a question-and-answer interview.
    EXPECT_EQ(genre_with_kicker("海军军事学术研究所研究员张军社接受本报专访"), Genre::Interview);
    EXPECT_EQ(genre_with_kicker("——本报记者专访国家发展改革委负责人"), Genre::Interview);
    EXPECT_EQ(genre_with_kicker("接受本報專訪"), Genre::Interview);
}

TEST(GenreKicker, SomeoneElsesInterviewIsANewsStory) {
    EXPECT_EQ(genre_with_kicker("普京接受美媒专访时表示"), std::nullopt);
}

TEST(GenreHeadline, RubricPrefix) {
    EXPECT_EQ(genre_with_headline("社论：奋力谱写新篇章"), Genre::Opinion);
    EXPECT_EQ(genre_with_headline("今日谈｜让好政策落地生根"), Genre::Opinion);
    EXPECT_EQ(genre_with_headline("【人民论坛】让好政策落地生根"), Genre::Opinion);
    EXPECT_EQ(genre_with_headline("专访丨海军研究员谈战略转型"), Genre::Interview);
    EXPECT_EQ(genre_with_headline("对话：一位老党员的初心"), Genre::Interview);
}

TEST(GenreHeadline, RubricEnding) {
    EXPECT_EQ(genre_with_headline("夜市烟火气里的城市温度（今日谈）"), Genre::Opinion);
    EXPECT_EQ(genre_with_headline("夜市烟火气里的城市温度（城市漫笔）"), std::nullopt);
}

TEST(GenreHeadline, LookAlikesSayNothing) {
    for (const std::string h : {"中美对话：双方同意加强沟通", "二〇二三年生态文明贵阳国际论坛开幕",
                                "评论家：文学要扎根人民", "十三届人大二次会议 举行第三次全体会议",
                                "（上接第一版）会议强调"}) {
        EXPECT_EQ(genre_with_headline(h), std::nullopt) << h;
    }
}

TEST(GenreSubtitle, NumberedEditorialSeries) {
    EXPECT_EQ(genre_with_subtitle("一论学习贯彻习近平总书记重要讲话精神"), Genre::Opinion);
    EXPECT_EQ(genre_with_subtitle("十二论深入推进改革"), Genre::Opinion);
    EXPECT_EQ(genre_with_subtitle("三論堅持高質量發展"), Genre::Opinion);
}

TEST(GenreSubtitle, OrdinarySubtitlesSayNothing) {
    for (const std::string s :
         {"纪念《中朝友好合作互助条约》签订六十二周年", "论坛开幕式在贵阳举行",
          "二〇二三年生态文明贵阳国际论坛综述", "一论", "栗战书主持"}) {
        EXPECT_EQ(genre_with_subtitle(s), std::nullopt) << s;
    }
}

TEST(GenreByline, Commentators) {
    EXPECT_EQ(genre_with_byline("本报评论员"), Genre::Opinion);
    EXPECT_EQ(genre_with_byline("新华社评论员"), Genre::Opinion);
    EXPECT_EQ(genre_with_byline("人民日报特约评论员"), Genre::Opinion);
    EXPECT_EQ(genre_with_byline("本報評論員"), Genre::Opinion);
    EXPECT_EQ(genre_with_byline("袁勇杰"), std::nullopt);
}

TEST(GenreBody, CommentatorAuthorNoteClosesTheArticle) {
    EXPECT_EQ(genre_with_body({"近来，不少地方出台惠企政策。", "（作者为本报评论员）"}),
              Genre::Opinion);
    // Another author, or the note not at the end, or a commentator named in a sentence.
    EXPECT_EQ(genre_with_body({"近来，不少地方出台惠企政策。", "（作者为中国社会科学院研究员）"}),
              std::nullopt);
    EXPECT_EQ(genre_with_body({"（作者为本报评论员）", "近来，不少地方出台惠企政策。"}),
              std::nullopt);
    EXPECT_EQ(genre_with_body({"他是一名资深评论员。"}), std::nullopt);
}

TEST(GenreBody, QuestionAndAnswer) {
    EXPECT_EQ(genre_with_body({"记者：海军有哪些变化？", "张军社：变化很大。", "记者：今后呢？",
                               "张军社：继续前进。"}),
              Genre::Interview);
    EXPECT_EQ(genre_with_body({"記者：海軍有哪些變化？", "張軍社：變化很大。", "記者：今後呢？",
                               "張軍社：繼續前進。"}),
              Genre::Interview);
    // One quoted question in a report is no interview; questions without answers are none.
    EXPECT_EQ(genre_with_body({"记者：海军有哪些变化？", "他说，变化很大。"}), std::nullopt);
    EXPECT_EQ(genre_with_body({"记者：一问？", "记者：二问？"}), std::nullopt);
}

TEST(GenreEvidence, DatelinesAndPlainNewsAreUnknown) {
    // A dateline marks a dispatch, not its form: 新华社 files commentary under datelines too.
    model::Article a = plain("十三届人大二次会议 举行第三次全体会议");
    a.dateline = "新华社北京3月12日电";
    a.bylines.push_back({"郑明达", model::Role::Reporter, {}});
    EXPECT_EQ(assemble::detect_genre(a, {}), std::nullopt);
}

TEST(GenreEvidence, DisagreeingEvidenceIsUnknown) {
    model::Article a = plain();
    a.blocks = {model::Paragraph{"记者：一问？", {}}, model::Paragraph{"答：一答。", {}},
                model::Paragraph{"记者：二问？", {}}, model::Paragraph{"答：二答。", {}}};
    EXPECT_EQ(assemble::detect_genre(a, {}), Genre::Interview);
    EXPECT_EQ(assemble::detect_genre(a, {"（人民论坛）"}), std::nullopt);
}

// A page of three articles at lines 3-5, 7-11 and 13-15 with the given page items.
model::Page page_with_items(std::vector<model::PageItem> items) {
    model::Page page;
    for (const auto& [first, last] : {std::pair{3, 5}, std::pair{7, 11}, std::pair{13, 15}}) {
        model::Article a = plain();
        a.span = {first, last};
        page.articles.push_back(a);
    }
    page.page_items = std::move(items);
    return page;
}

TEST(GenreRubricPlacement, OverTheNextHeadlineOrInsideItsArticle) {
    using K = model::PageItemKind;
    const model::Page page = page_with_items({{K::SectionLabel, "（人民论坛）", {1, 1}},
                                              {K::SectionLabel, "（今日谈）", {6, 6}},
                                              {K::SectionLabel, "（专访）", {13, 13}},
                                              {K::Jump, "（下转第五版）", {12, 12}},
                                              {K::SectionLabel, "（和音）", {20, 20}}});
    const auto rubrics = assemble::rubrics_by_article(page);
    ASSERT_EQ(rubrics.size(), 3u);
    EXPECT_EQ(rubrics[0], std::vector<std::string>{"（人民论坛）"});
    EXPECT_EQ(rubrics[1], std::vector<std::string>{"（今日谈）"});
    EXPECT_EQ(rubrics[2], std::vector<std::string>{"（专访）"});  // not the jump, not line 20
}

TEST(GenreRubricPlacement, NoSpansNoPlacement) {
    model::Page page = page_with_items({{model::PageItemKind::SectionLabel, "（人民论坛）", {}}});
    page.articles[0].span = {};
    for (const auto& r : assemble::rubrics_by_article(page)) EXPECT_TRUE(r.empty());
}

TEST(GenreAssign, OnlyArticlesWithEvidence) {
    using K = model::PageItemKind;
    model::Page page = page_with_items({{K::SectionLabel, "（人民论坛）", {7, 7}}});
    assemble::assign_genres(page);
    EXPECT_EQ(page.articles[0].genre, std::nullopt);
    EXPECT_EQ(page.articles[1].genre, Genre::Opinion);
    EXPECT_EQ(page.articles[2].genre, std::nullopt);
}

// The whole detector on a page of text: every way a rubric reaches the model.
TEST(GenreDetectStructure, RubricsAsPrintedOnAPage) {
    const std::string text =
        "（人民论坛）\n\n让好政策落地生根\n\n近来，不少地方出台惠企政策，企业反映良好。\n\n"
        "坚定信心推动发展\n\n本报评论员\n\n发展是解决一切问题的基础和关键。\n\n"
        "夜市烟火气里的城市温度（今日谈）\n\n傍晚时分，老街夜市热闹起来。\n\n"
        "社论\n\n奋力谱写新篇章\n\n今天，我们迎来了新的一年。\n\n"
        "书评\n\n一本好书的力量\n\n这本书讲述了一个动人的故事。\n\n"
        "山间小路变通途\n\n村民出行更方便了。\n";
    const model::Page page = assemble::detect_structure(text, "rubrics.txt");
    ASSERT_EQ(page.articles.size(), 6u);
    const std::vector<std::optional<Genre>> expected = {
        Genre::Opinion, Genre::Opinion, Genre::Opinion, Genre::Opinion, std::nullopt, std::nullopt};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(page.articles[i].genre, expected[i]) << page.articles[i].headline;
    }
    // The lean paths agree with the analysing one.
    EXPECT_TRUE(assemble::analyze_structure(text, "rubrics.txt").page == page);
    EXPECT_TRUE(assemble::detect_structure_owned(text, "rubrics.txt") == page);
}

}  // namespace
}  // namespace banmian
