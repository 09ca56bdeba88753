// Unit tests of the typesetting stage: Pandoc version detection, the JSON AST built from the
// model, book metadata, paper geometry, XeLaTeX log reading and tool errors (fake runner).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "pandoc/book.hpp"
#include "pandoc/boost_process_runner.hpp"
#include "pandoc/epub_writer.hpp"
#include "pandoc/latex_log.hpp"
#include "pandoc/pandoc_ast.hpp"
#include "pandoc/pandoc_run.hpp"
#include "pandoc/pandoc_version.hpp"
#include "pandoc/paper.hpp"
#include "pandoc/pdf_writer.hpp"
#include "structure_page.hpp"

namespace banmian::pandoc {
namespace {
using json = nlohmann::json;
namespace fs = std::filesystem;

model::Page all_fields() {
    return typeset_test::load_structure_json(fs::path(TYPESET_FIXTURES) / "all-fields.json");
}

// The text of a Pandoc inline list (Str, Space) as one string.
std::string flat(const json& inlines) {
    std::string out;
    for (const auto& i : inlines) {
        if (i["t"] == "Str") out += i["c"].get<std::string>();
        if (i["t"] == "Space") out += " ";
        if (i["t"] == "Span") out += flat(i["c"][1]);
    }
    return out;
}

// ---------------------------------------------------------------- version detection
TEST(PandocVersion, Reads217WithItsApiVersion) {
    const PandocInfo info = parse_pandoc_version(
        "pandoc 2.17.1.1\nCompiled with pandoc-types 1.22.2.1, texmath 0.12.4, skylighting "
        "0.12.3.1,\nciteproc 0.6.0.1, ipynb 0.2\n");
    EXPECT_EQ(info.version, (std::vector<int>{2, 17, 1, 1}));
    EXPECT_EQ(info.api_version, (std::vector<int>{1, 22, 2, 1}));
    EXPECT_TRUE(info.sandbox);
    EXPECT_FALSE(info.split_level);
}

TEST(PandocVersion, Pandoc3WithoutTypesLineGetsApi123AndSplitLevel) {
    const PandocInfo info = parse_pandoc_version(
        "pandoc 3.1.11.1\nFeatures: +server +lua\nScripting engine: Lua 5.4\n");
    EXPECT_EQ(info.version_text(), "3.1.11.1");
    EXPECT_EQ(info.api_version, (std::vector<int>{1, 23}));
    EXPECT_TRUE(info.split_level);
}

TEST(PandocVersion, OldPandocHasNoSandbox) {
    EXPECT_FALSE(parse_pandoc_version("pandoc 2.11.4\n").sandbox);
    EXPECT_EQ(parse_pandoc_version("pandoc 2.11.4\n").api_version, (std::vector<int>{1, 22}));
}

TEST(PandocVersion, RejectsOtherPrograms) {
    EXPECT_THROW(parse_pandoc_version("GNU bash, version 5.2\n"), Error);
    EXPECT_THROW(parse_pandoc_version("pandoc version unknown\n"), Error);
}

// ---------------------------------------------------------------- text to inlines
TEST(Inlines, StraySpaceBetweenCjkIsRemovedInBody) {
    EXPECT_EQ(flat(json::parse(inlines_json("方式， 还会  继续", TextRole::Body))),
              "方式，还会继续");
}

TEST(Inlines, BodyTextWithoutSentencePunctuationKeepsItsSeparators) {
    EXPECT_EQ(flat(json::parse(inlines_json("白培生 胡孟婷 周蓉", TextRole::Body))),
              "白培生\u3000胡孟婷\u3000周蓉");
    EXPECT_EQ(flat(json::parse(inlines_json("本版责编：刘天亮  盛玉雷", TextRole::Body))),
              "本版责编：刘天亮\u3000盛玉雷");
}

TEST(Inlines, SeparatorInHeadingBecomesIdeographicSpace) {
    EXPECT_EQ(flat(json::parse(inlines_json("打造新高地 逐梦长株潭", TextRole::Heading))),
              "打造新高地\u3000逐梦长株潭");
}

TEST(Inlines, SpaceNextToLatinStaysASpace) {
    const json in = json::parse(inlines_json(" 使用 iPhone 15 拍摄 ", TextRole::Body));
    EXPECT_EQ(flat(in), "使用 iPhone 15 拍摄");
    EXPECT_EQ(in.front()["t"], "Str");  // trimmed
    EXPECT_EQ(in.back()["t"], "Str");
}

// ---------------------------------------------------------------- the document
json document_for(const model::Page& page, DocumentOptions options = {}) {
    const std::vector<model::Page> pages{page};
    writers::WriterOptions writer;
    return json::parse(pandoc_json(pages, book_meta(pages, writer), options));
}

TEST(PandocAst, UsesTheDetectedApiVersion) {
    DocumentOptions options;
    options.api_version = {1, 23};
    EXPECT_EQ(document_for(all_fields(), options)["pandoc-api-version"], json({1, 23}));
}

TEST(PandocAst, ArticleKeepsKickerBeforeHeadlineInsideOneDiv) {
    const json doc = document_for(all_fields());
    const json& blocks = doc["blocks"];
    ASSERT_EQ(blocks[0]["t"], "Header");
    EXPECT_EQ(blocks[0]["c"][0], 1);
    EXPECT_EQ(blocks[0]["c"][1][1], json({"page"}));
    const json& article = blocks[1];
    ASSERT_EQ(article["t"], "Div");
    const json& inner = article["c"][1];
    EXPECT_EQ(inner[1]["c"][1][0], "p1-a1");  // the headline's id, used by the contents
    EXPECT_EQ(inner[0]["c"][0][1], json({"kicker"}));
    EXPECT_EQ(flat(inner[0]["c"][1][0]["c"]), "真抓实干在资兴");
    ASSERT_EQ(inner[1]["t"], "Header");
    EXPECT_EQ(inner[1]["c"][0], 2);
    EXPECT_EQ(flat(inner[1]["c"][2]), "易地搬迁搬出新愿景\u3000产业兴旺富乡亲");
    EXPECT_EQ(inner[2]["c"][0][1], json({"subtitle"}));
    EXPECT_EQ(flat(inner[2]["c"][1][0]["c"]), "——资兴市以产业配套推动搬迁群众稳定增收");
    EXPECT_EQ(inner[3]["c"][0][1], json({"bylines"}));
    EXPECT_EQ(flat(inner[3]["c"][1][0]["c"]),
              "记者\u3000袁勇杰\u3000李日文\u3000通讯员\u3000王小明");
}

TEST(PandocAst, DatelineOpensFirstParagraph) {
    const json inner = document_for(all_fields())["blocks"][1]["c"][1];
    const json& first_para = inner[4];
    ASSERT_EQ(first_para["t"], "Para");
    EXPECT_EQ(first_para["c"][0]["c"][0][1], json({"dateline"}));
    EXPECT_EQ(flat(first_para["c"]).rfind("本报长沙11月25日讯\u3000“你看这块姜", 0), 0u);
}

TEST(PandocAst, IntertitlesFiguresAndPageItems) {
    const json blocks = document_for(all_fields())["blocks"];
    const json inner = blocks[1]["c"][1];
    int intertitles = 0, figures = 0;
    for (const auto& b : inner) {
        if (b["t"] == "Header" && b["c"][0] == 3) {
            ++intertitles;
            EXPECT_EQ(b["c"][1][1], json({"intertitle"}));
        }
        if (b["t"] == "Div" && b["c"][0][1] == json({"figure"})) {
            ++figures;
            EXPECT_EQ(flat(b["c"][1][0]["c"]),
                      "搬迁群众在扶贫车间内加工电子元件。\u3000新华社记者\u3000陈旭东\u3000摄");
        }
    }
    EXPECT_EQ(intertitles, 2);
    EXPECT_EQ(figures, 1);
    // Second article: figure without credit, no kicker, roles photographer/editor/none.
    const json second = blocks[2]["c"][1];
    EXPECT_EQ(second[0]["t"], "Header");
    EXPECT_EQ(flat(second[1]["c"][1][0]["c"]), "摄影\u3000刘佳\u3000编辑\u3000张三\u3000李四");
    EXPECT_EQ(flat(second[2]["c"][1][0]["c"]), "10月14日，游客在湘江风光带游览。");
    // Dateline with no paragraph before the figure still opens the first paragraph.
    EXPECT_EQ(second[3]["c"][0]["c"][0][1], json({"dateline"}));
    const json& items = blocks[3];
    EXPECT_EQ(items["c"][0][1], json({"pageitems"}));
    ASSERT_EQ(items["c"][1].size(), 4u);
    EXPECT_EQ(items["c"][1][1]["c"][0][1], json({"pageitem", "jump"}));
}

TEST(PandocAst, MetadataIsoDateLanguageCreatorsAndVertical) {
    model::Page page = all_fields();
    page.meta.publication = "湖南日报";
    page.meta.date = "2023-10-15";
    DocumentOptions options;
    options.vertical = true;
    const json meta = document_for(page, options)["meta"];
    EXPECT_EQ(flat(meta["title"]["c"]), "湖南日报\u30002023年10月15日");
    EXPECT_EQ(meta["date"]["c"], "2023-10-15");  // ISO: a Chinese date breaks the EPUB
    EXPECT_EQ(meta["lang"]["c"], "zh-CN");
    EXPECT_EQ(meta["page-progression-direction"]["c"], "rtl");
    const json& creators = meta["creator"]["c"];
    ASSERT_EQ(creators.size(), 6u);
    EXPECT_EQ(creators[0]["c"]["text"]["c"], "袁勇杰");
    EXPECT_EQ(creators[3]["c"]["role"]["c"], "pht");
    EXPECT_EQ(creators[4]["c"]["role"]["c"], "edt");
}

TEST(PandocAst, PlaceholderDocumentHasOnlyTheRawLine) {
    DocumentOptions options;
    options.body_placeholder = true;
    const json blocks = document_for(all_fields(), options)["blocks"];
    ASSERT_EQ(blocks.size(), 1u);
    EXPECT_EQ(blocks[0]["c"][1], kBodyPlaceholder);
}

// ---------------------------------------------------------------- book metadata
TEST(BookMeta, TitleFallsBackToFirstHeadlineAndIdIsStable) {
    const std::vector<model::Page> pages{all_fields()};
    writers::WriterOptions options;
    const BookMeta a = book_meta(pages, options);
    EXPECT_EQ(a.title, "易地搬迁搬出新愿景 产业兴旺富乡亲");
    EXPECT_EQ(a.identifier, book_meta(pages, options).identifier);
    EXPECT_EQ(a.identifier.rfind("urn:banmian:book:", 0), 0u);
    EXPECT_EQ(a.page_labels, std::vector<std::string>{"all-fields"});
}

TEST(BookMeta, PageLabelAndTimestampFromMeta) {
    model::Page page = all_fields();
    page.meta.publication = "人民日报";
    page.meta.date = "2023-07-11";
    page.meta.page = "05";
    const std::vector<model::Page> pages{page};
    writers::WriterOptions options;
    const BookMeta book = book_meta(pages, options);
    EXPECT_EQ(book.page_labels.front(), "人民日报\u30002023年7月11日\u3000第05版");
    EXPECT_EQ(book_timestamp(options, book), 1689033600LL);  // 2023-07-11T00:00:00Z
    options.timestamp = 42;
    EXPECT_EQ(book_timestamp(options, book), 42LL);
}

TEST(BookMeta, PartsOfABookWithoutPageLabelsNameTheirFiles) {
    model::Page a = all_fields();
    a.meta.publication = "人民日报";
    model::Page b = a;
    b.meta.source = "rmrb-20230711-05.txt";
    const std::vector<model::Page> pages{a, b};
    const BookMeta book = book_meta(pages, writers::WriterOptions{});
    EXPECT_EQ(book.page_labels, (std::vector<std::string>{"人民日报\u3000all-fields",
                                                          "人民日报\u3000rmrb-20230711-05"}));
}

TEST(BookMeta, GuessesTraditionalChinese) {
    model::Page page;
    model::Article article;
    article.headline = "這是國家發展的關鍵";
    article.blocks.push_back(model::Paragraph{"他們說時間還來得及，問題會解決。", {}});
    page.articles.push_back(article);
    EXPECT_EQ(guess_chinese_language(page), "zh-TW");
    EXPECT_EQ(guess_chinese_language(all_fields()), "zh-CN");
    EXPECT_EQ(role_label(model::Role::Reporter, true), "記者");
}

TEST(BookMeta, ChineseDate) {
    EXPECT_EQ(chinese_date("2024-01-05"), "2024年1月5日");
    EXPECT_EQ(chinese_date("not a date"), "not a date");
}

// ---------------------------------------------------------------- paper
TEST(Paper, SixteenKPrintBoxes) {
    const PageGeometry g = page_geometry("16K");
    EXPECT_DOUBLE_EQ(g.media_width_mm(), 211);  // 185 + 2 × (3 mm bleed + 10 mm marks)
    EXPECT_DOUBLE_EQ(g.media_height_mm(), 286);
    EXPECT_EQ(trim_box_bp(g), "36.85 36.85 561.26 773.86");
    EXPECT_EQ(bleed_box_bp(g), "28.35 28.35 569.76 782.36");
}

TEST(Paper, WholeCharactersPerLineAndKnownNames) {
    EXPECT_EQ(page_geometry("a5").chars_per_line, 32);  // 118.4 mm = 336.9 pt / 10.5 pt
    EXPECT_EQ(page_geometry("a4").zihao, -4);
    try {
        page_geometry("a3x");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("a4, a5"), std::string::npos) << e.what();
    }
}

// ---------------------------------------------------------------- XeLaTeX log
TEST(LatexLog, MissingGlyphsOncePerCharacter) {
    const std::string log =
        "Missing character: There is no 𪚥 (U+2A6A5) in font "
        "[NotoSerifCJK-Regular.ttc:0]:mapping=tex-text;!\n"
        "Missing character: There is no 𪚥 (U+2A6A5) in font [NotoSerifCJK-Regular.ttc:0]!\n"
        "Missing character: There is no 😀 (U+1F600) in font AR PL UKai CN/OT:script=hani;!\n";
    const auto missing = missing_glyphs(log);
    ASSERT_EQ(missing.size(), 2u);
    EXPECT_EQ(missing[0].code_point, U'\U0002A6A5');
    EXPECT_EQ(missing[0].font, "NotoSerifCJK-Regular.ttc");
    EXPECT_EQ(missing[1].code_point, U'\U0001F600');
    EXPECT_EQ(missing[1].font, "AR PL UKai CN");
}

TEST(LatexLog, MissingFontAndFileNameTheirPackages) {
    EXPECT_NE(latex_failure("! Package fontspec Error: The font \"Noto Serif CJK SC\" cannot be "
                            "found.")
                  .find("apt-get install fonts-noto-cjk"),
              std::string::npos);
    EXPECT_NE(latex_failure("! LaTeX Error: File `ctexart.cls' not found.")
                  .find("apt-get install texlive-lang-chinese"),
              std::string::npos);
    EXPECT_NE(latex_failure("x\n! Undefined control sequence.\nl.12 \\foo\n")
                  .find("Undefined control sequence"),
              std::string::npos);
    EXPECT_EQ(latex_failure("all fine"), "");
}

TEST(LocateCharacter, FindsFieldAndLine) {
    const std::vector<model::Page> pages{all_fields()};
    const TextPlace place = locate_character(pages, U'姜');
    EXPECT_EQ(place.file, "all-fields.txt");
    EXPECT_EQ(place.line, 6);
    EXPECT_NE(place.where.find("paragraph of article 1"), std::string::npos);
    EXPECT_NE(locate_character(pages, U'愿').where.find("headline"), std::string::npos);
    EXPECT_TRUE(locate_character(pages, U'\U0002A6A5').file.empty());
}

// ---------------------------------------------------------------- tools (fake runner)
class NoToolsRunner : public ProcessRunner {
  public:
    std::optional<fs::path> find_program(const std::string&) override { return std::nullopt; }
    ProcessResult run(const ProcessRequest&) override {
        ADD_FAILURE() << "nothing may run without the tool";
        return {};
    }
};

TEST(Tools, MissingPandocNamesThePackageAndWritesNothing) {
    NoToolsRunner runner;
    const fs::path out = fs::temp_directory_path() / "banmian-typeset-unit-missing.epub";
    fs::remove(out);
    const std::vector<model::Page> pages{all_fields()};
    try {
        write_epub(pages, writers::WriterOptions{}, out, runner);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("apt-get install pandoc"), std::string::npos);
    }
    EXPECT_FALSE(fs::exists(out));
}

TEST(Tools, MissingXelatexNamesThePackage) {
    NoToolsRunner runner;
    const std::vector<model::Page> pages{all_fields()};
    try {
        write_pdf(pages, writers::WriterOptions{}, fs::temp_directory_path() / "x.pdf", runner);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("texlive-xetex"), std::string::npos);
    }
}

TEST(Tools, EpubArgumentsAdaptToVersionAndOptions) {
    PandocInfo old_pandoc = parse_pandoc_version("pandoc 2.17.1.1\n");
    PandocInfo new_pandoc = parse_pandoc_version("pandoc 3.2\n");
    writers::WriterOptions options;
    options.vertical = true;
    auto has = [](const std::vector<std::string>& args, const std::string& prefix) {
        for (const auto& a : args) {
            if (a.rfind(prefix, 0) == 0) return true;
        }
        return false;
    };
    const auto a = epub_arguments(old_pandoc, options, false, "out.epub");
    EXPECT_TRUE(has(a, "--epub-chapter-level=1"));
    EXPECT_TRUE(has(a, "--wrap=none"));
    EXPECT_TRUE(has(a, "--css=") && a.back().find("vertical.css") != std::string::npos);
    EXPECT_TRUE(has(epub_arguments(new_pandoc, options, true, "o.epub"), "--split-level=1"));
}

}  // namespace
}  // namespace banmian::pandoc

namespace banmian::pandoc {
namespace {

// A fake pandoc: a file whose --version answer is counted.
class CountingRunner : public ProcessRunner {
  public:
    explicit CountingRunner(std::filesystem::path program) : program_(std::move(program)) {}
    std::optional<std::filesystem::path> find_program(const std::string&) override {
        return program_;
    }
    ProcessResult run(const ProcessRequest&) override {
        ++runs;
        ProcessResult r;
        r.exit_code = 0;
        r.out = "pandoc 2.17.1.1\nCompiled with pandoc-types 1.22.2.1, texmath 0.12.4\n";
        return r;
    }
    int runs = 0;

  private:
    std::filesystem::path program_;
};

TEST(VersionCache, AskedOnceThenCachedUntilTheBinaryChanges) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "banmian-typeset-cache-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path fake = dir / "pandoc";
    std::ofstream(fake) << "v1";
    ::setenv("BANMIAN_CACHE_DIR", (dir / "cache").c_str(), 1);
    CountingRunner runner(fake);
    EXPECT_EQ(detect_pandoc(runner).api_version, (std::vector<int>{1, 22, 2, 1}));
    EXPECT_EQ(detect_pandoc(runner).version_text(), "2.17.1.1");
    EXPECT_EQ(runner.runs, 1);
    std::ofstream(fake) << "version 2, another size";  // a new pandoc: asked again
    detect_pandoc(runner);
    EXPECT_EQ(runner.runs, 2);
    ::setenv("BANMIAN_CACHE_DIR", "off", 1);
    detect_pandoc(runner);
    EXPECT_EQ(runner.runs, 3);
    ::unsetenv("BANMIAN_CACHE_DIR");
    fs::remove_all(dir);
}

}  // namespace
}  // namespace banmian::pandoc

namespace banmian::pandoc {
namespace {

TEST(BoostProcessRunner, PassesStdinAndCapturesStdout) {
    BoostProcessRunner runner;
    ProcessRequest request;
    request.program = require_program(runner, "cat", "coreutils");
    request.input = "湘江北去\n";
    const ProcessResult result = runner.run(request);
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.out, "湘江北去\n");
}

TEST(BoostProcessRunner, ArgumentsAreNotInterpretedByAShell) {
    BoostProcessRunner runner;
    ProcessRequest request;
    request.program = require_program(runner, "echo", "coreutils");
    request.args = {"$HOME", "a;b", "*"};
    EXPECT_EQ(runner.run(request).out, "$HOME a;b *\n");
}

TEST(BoostProcessRunner, KeepsStderrAndExitCodeForTheErrorMessage) {
    BoostProcessRunner runner;
    ProcessRequest request;
    request.program = require_program(runner, "ls", "coreutils");
    request.args = {"/nonexistent-banmian"};
    try {
        run_checked(runner, request, "ls");
        FAIL() << "no error";
    } catch (const Error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("ls failed (exit 2)"), std::string::npos) << what;
        EXPECT_NE(what.find("nonexistent-banmian"), std::string::npos) << what;
    }
}

TEST(BoostProcessRunner, StopsAChildAfterTheTimeout) {
    BoostProcessRunner runner;
    ProcessRequest request;
    request.program = require_program(runner, "sleep", "coreutils");
    request.args = {"20"};
    request.timeout = std::chrono::milliseconds(300);
    const auto start = std::chrono::steady_clock::now();
    const ProcessResult result = runner.run(request);
    EXPECT_TRUE(result.timed_out);
    EXPECT_FALSE(result.ok());
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
    EXPECT_NE(describe_failure("sleep", result).find("timed out"), std::string::npos);
}

// Many children fed through stdin at once: none may inherit another's pipe (it would never
// see EOF and the run would hang; the test then times out instead of passing).
TEST(BoostProcessRunner, ParallelChildrenWithStdinAllFinish) {
    BoostProcessRunner runner;
    std::vector<ProcessRequest> requests;
    for (int i = 0; i < 24; ++i) {
        ProcessRequest r;
        r.program = require_program(runner, "cat", "coreutils");
        r.input = std::string(65536 + i, static_cast<char>('a' + i % 26));
        r.timeout = std::chrono::seconds(20);
        requests.push_back(r);
    }
    const auto results = run_all_checked(runner, requests, 4, "cat");
    for (std::size_t i = 0; i < requests.size(); ++i) EXPECT_EQ(results[i].out, requests[i].input);
}

TEST(BoostProcessRunner, ParallelRunsKeepTheirOrder) {
    BoostProcessRunner runner;
    std::vector<ProcessRequest> requests;
    for (int i = 0; i < 6; ++i) {
        ProcessRequest r;
        r.program = require_program(runner, "echo", "coreutils");
        r.args = {std::to_string(i)};
        requests.push_back(r);
    }
    const auto results = run_all_checked(runner, requests, 2, "echo");
    for (int i = 0; i < 6; ++i) EXPECT_EQ(results[i].out, std::to_string(i) + "\n");
}

}  // namespace
}  // namespace banmian::pandoc

namespace banmian::pandoc {
namespace {

TEST(LatexChunks, OneRunUnlessEachCoreGetsEnoughPages) {
    EXPECT_EQ(latex_chunks(1, 2, kMinPagesPerChunk), 1u);
    EXPECT_EQ(latex_chunks(60, 2, kMinPagesPerChunk), 1u);  // measured: one run is faster
    EXPECT_EQ(latex_chunks(80, 2, kMinPagesPerChunk), 2u);
    EXPECT_EQ(latex_chunks(400, 4, kMinPagesPerChunk), 4u);
    EXPECT_EQ(latex_chunks(100, 1, kMinPagesPerChunk), 1u);  // --jobs 1
    EXPECT_EQ(latex_chunks(3, 2, 1), 2u);
}

// Whitespace-free LaTeX, to compare sources that differ only in blank lines.
std::string squeezed(const std::string& tex) {
    std::string out;
    for (char c : tex) {
        if (c != '\n' && c != ' ') out += c;
    }
    return out;
}

TEST(LatexSource, ChunkedRunsGiveTheSameLatexAsOneRun) {
    model::Page a = all_fields();
    model::Page b = typeset_test::load_structure_json(std::filesystem::path(BANMIAN_SHARED) /
                                                      "corpus/dev/rmrb-20230711-05.gold.json");
    model::Page c = typeset_test::load_structure_json(std::filesystem::path(BANMIAN_SHARED) /
                                                      "corpus/dev/rmrb-20230711-07.gold.json");
    const std::vector<model::Page> pages{a, b, c};
    writers::WriterOptions options;
    options.jobs = 2;
    BoostProcessRunner runner;
    const std::string one = latex_source(pages, options, runner, 100);
    const std::string chunked = latex_source(pages, options, runner, 1);
    EXPECT_EQ(squeezed(one), squeezed(chunked));
    EXPECT_NE(one.find("\\bmpage{p3}"), std::string::npos);
    EXPECT_EQ(chunked.find(kBodyPlaceholder), std::string::npos);
}

}  // namespace
}  // namespace banmian::pandoc
