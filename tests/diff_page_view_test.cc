// The page view of `coi diff OLD.pdf NEW.pdf --html FILE` on the fixture pair v2.0 -> v2.1:
// every paragraph change of truth.json is outlined on the pages its units are printed on (the
// boxes drawn, read back from the HTML's data attributes, equal the units' provenance), each
// changed page is rendered once and no other page, and a page image has the pixel size of its
// page at the configured resolution. The browser side (keys, filter, console) is
// tests/diff_page_view_browser.py.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/config.h"
#include "cli/page_images.h"
#include "diff/diff.h"
#include "diff/render.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"
#include "tests/support/command.h"
#include "tests/support/paths.h"
#include "tests/support/scratch_dir.h"

namespace coi {
namespace {

using testing::source_path;

struct Pair {
  Doc old_doc, new_doc;
  DiffReport report;
  PageImages images;
  std::string html;
  DiffConfig config;
};

Doc convert(const std::string& relative, const Config& config) {
  Diagnostics diag;
  Result<Doc> doc = convert_pdf(source_path(relative), config, RunOptions{}, diag);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

// Converted, compared and rendered once for every test of this file, as `coi diff` does.
const Pair& pair() {
  static const Pair* made = [] {
    auto* p = new Pair;
    const Config config = default_config().value();
    p->config = config.diff;
    p->old_doc = convert("fixtures/france-cin-v2.0/note.pdf", config);
    p->new_doc = convert("fixtures/france-cin-v2.1/note.pdf", config);
    p->report = diff_docs(p->old_doc, p->new_doc, config.diff);
    const ChangedPages pages = changed_pages(p->report);
    Result<std::map<int, PageImage>> old_pages = render_page_images(
        source_path("fixtures/france-cin-v2.0/note.pdf"), pages.old_pages, config.diff);
    Result<std::map<int, PageImage>> new_pages = render_page_images(
        source_path("fixtures/france-cin-v2.1/note.pdf"), pages.new_pages, config.diff);
    EXPECT_TRUE(old_pages.is_ok() && new_pages.is_ok());
    if (old_pages.is_ok()) p->images.old_pages = std::move(old_pages).value();
    if (new_pages.is_ok()) p->images.new_pages = std::move(new_pages).value();
    p->html = render_diff_html(p->report, &p->images);
    return p;
  }();
  return *made;
}

std::string fixed2(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", v);
  return buffer;
}

// "change-N side p.PAGE x0,y0,x1,y1" of one drawn box or one unit's place.
std::string box_line(const std::string& change, const std::string& side, int page,
                     const std::string& box) {
  return change + " " + side + " p." + std::to_string(page) + " " + box;
}

// The boxes the HTML draws, by the change section that holds them.
std::multiset<std::string> drawn_boxes(const std::string& html) {
  std::multiset<std::string> out;
  // Read with RE2 like the rest of the project (std::regex trips GCC 12's maybe-uninitialized
  // warning in the sanitizer build). A section sets the change; a box is one of its boxes.
  static const RE2 kSectionOrBox(
      "<section class=\"change\" id=\"(change-[0-9]+)\"|"
      "<div class=\"box k-[a-z-]+\" data-side=\"(old|new)\" data-page=\"([0-9]+)\" "
      "data-box=\"([-0-9.,]+)\"");
  re2::StringPiece rest(html);
  std::string section, side, page, box, change;
  while (RE2::FindAndConsume(&rest, kSectionOrBox, &section, &side, &page, &box)) {
    if (!section.empty()) {
      change = section;
    } else {
      out.insert(box_line(change, side, std::stoi(page), box));
    }
  }
  return out;
}

// The boxes the provenance of every change calls for; the report lists the paragraph changes,
// then headings, tables and sources (and meta, without boxes), so the K-th is change-K.
std::multiset<std::string> expected_boxes(const DiffReport& r) {
  std::multiset<std::string> out;
  int k = 0;
  std::string change;
  const auto add = [&](const Places& places, const std::string& side) {
    for (const Place& place : places) {
      const Box& b = place.box;
      out.insert(box_line(change, side, place.page,
                          fixed2(b.x0) + "," + fixed2(b.y0) + "," + fixed2(b.x1) + "," +
                              fixed2(b.y1)));
    }
  };
  for (const ParagraphChange& p : r.paragraphs) {
    if (p.change == Change::kUnchanged) continue;
    change = "change-" + std::to_string(++k);
    for (int id : p.old_units) add(r.old_units[id].where, "old");
    for (int id : p.new_units) add(r.new_units[id].where, "new");
  }
  for (const HeadingChange& h : r.headings) {
    if (h.kind == HeadingChange::Kind::kUnchanged) continue;
    change = "change-" + std::to_string(++k);
    add(h.old_where, "old");
    add(h.new_where, "new");
  }
  for (const TableChange& t : r.tables) {
    change = "change-" + std::to_string(++k);
    add(t.old_where, "old");
    add(t.new_where, "new");
  }
  for (const SourceChange& s : r.sources) {
    change = "change-" + std::to_string(++k);
    add(s.old_where, "old");
    add(s.new_where, "new");
  }
  return out;
}

// How many units of one side truth.json says changed (anything but unchanged).
size_t truth_changed_units(const char* side) {
  std::ifstream in(source_path("fixtures/france-cin-v2.1/truth.json"));
  const nlohmann::json truth = nlohmann::json::parse(in);
  size_t n = 0;
  for (const nlohmann::json& e : truth.at("paragraphs").at(side)) n += e.at("class") != "unchanged";
  return n;
}

TEST(DiffPageViewTest, EveryChangedUnitIsOutlinedWhereItsProvenanceSays) {
  const Pair& p = pair();
  EXPECT_EQ(drawn_boxes(p.html), expected_boxes(p.report));
}

// The engine's classes are held to truth.json by DiffPdfTest; here every change of the truth
// has provenance (so a box, by the test above) on the side(s) its change calls for.
TEST(DiffPageViewTest, EveryChangeOfTheTruthHasProvenanceOnItsSides) {
  const Pair& p = pair();
  std::set<int> old_units, new_units;
  for (const ParagraphChange& c : p.report.paragraphs) {
    if (c.change == Change::kUnchanged) continue;
    old_units.insert(c.old_units.begin(), c.old_units.end());
    new_units.insert(c.new_units.begin(), c.new_units.end());
  }
  EXPECT_EQ(old_units.size(), truth_changed_units("old"));
  EXPECT_EQ(new_units.size(), truth_changed_units("new"));
  // The truth's other changes: its renamed heading, its cell changes and added row, its
  // source changes all have provenance on the side(s) they exist on.
  for (const HeadingChange& h : p.report.headings) {
    if (h.kind == HeadingChange::Kind::kUnchanged) continue;
    EXPECT_FALSE(h.old_where.empty() || h.new_where.empty()) << h.old_text;
  }
  for (const TableChange& t : p.report.tables) {
    EXPECT_EQ(t.old_where.empty(), t.kind == TableChange::Kind::kRowAdded) << t.row;
    EXPECT_FALSE(t.new_where.empty()) << t.row;
  }
  for (const SourceChange& s : p.report.sources) {
    EXPECT_EQ(s.old_where.empty(), s.kind == SourceChange::Kind::kAdded) << s.title;
    EXPECT_EQ(s.new_where.empty(), s.kind == SourceChange::Kind::kRemoved) << s.title;
  }
  for (int u : old_units) EXPECT_FALSE(p.report.old_units[u].where.empty()) << u;
  for (int u : new_units) EXPECT_FALSE(p.report.new_units[u].where.empty()) << u;
  // Deleted units outlined on the old pages only, inserted ones on the new pages only.
  EXPECT_NE(p.html.find("class=\"box k-deleted\" data-side=\"old\""), std::string::npos);
  EXPECT_EQ(p.html.find("class=\"box k-deleted\" data-side=\"new\""), std::string::npos);
  EXPECT_NE(p.html.find("class=\"box k-inserted\" data-side=\"new\""), std::string::npos);
  EXPECT_EQ(p.html.find("class=\"box k-inserted\" data-side=\"old\""), std::string::npos);
}

TEST(DiffPageViewTest, EachChangedPageIsRenderedOnceAndNoOther) {
  const Pair& p = pair();
  const ChangedPages pages = changed_pages(p.report);
  std::set<int> old_rendered, new_rendered;
  for (const auto& entry : p.images.old_pages) old_rendered.insert(entry.first);
  for (const auto& entry : p.images.new_pages) new_rendered.insert(entry.first);
  EXPECT_EQ(old_rendered, pages.old_pages);
  EXPECT_EQ(new_rendered, pages.new_pages);
  EXPECT_LT(pages.old_pages.size(), p.old_doc.pages.size());
  for (const auto& [number, image] : p.images.old_pages) {
    const std::string rule = ".pg-o" + std::to_string(number) + "{background-image:url(data:";
    const size_t first = p.html.find(rule);
    EXPECT_NE(first, std::string::npos) << number;
    EXPECT_EQ(p.html.find(rule, first + 1), std::string::npos) << number;
  }
}

// PNG: 8-byte signature, then the IHDR chunk (length, "IHDR", width, height: big-endian).
std::pair<int, int> png_size(const std::string& png) {
  const auto word = [&](size_t at) {
    int v = 0;
    for (size_t k = 0; k < 4; ++k) v = v << 8 | static_cast<unsigned char>(png.at(at + k));
    return v;
  };
  EXPECT_EQ(png.substr(1, 3), "PNG");
  EXPECT_EQ(png.substr(12, 4), "IHDR");
  return {word(16), word(20)};
}

TEST(DiffPageViewTest, PageImageHasThePixelSizeOfItsPageAtTheResolution) {
  const Pair& p = pair();
  ASSERT_FALSE(p.images.old_pages.empty());
  const auto& [number, image] = *p.images.old_pages.begin();
  const Page& page = p.old_doc.pages.at(static_cast<size_t>(number - 1));
  // The image's page size is the model's (its boxes' frame), and its pixels that size at dpi.
  EXPECT_NEAR(image.width_pt, page.width, 0.01);
  EXPECT_NEAR(image.height_pt, page.height, 0.01);
  const double dpi = p.config.page_dpi;
  EXPECT_NEAR(image.width_px, page.width * dpi / 72, 1.0);
  EXPECT_NEAR(image.height_px, page.height * dpi / 72, 1.0);
  EXPECT_EQ(png_size(image.bytes), std::make_pair(image.width_px, image.height_px));
  // Grey (colour type 0) at 4 bits a pixel: the 16 grey levels of the default configuration.
  ASSERT_EQ(p.config.page_grey_levels, 16);
  EXPECT_EQ(static_cast<int>(image.bytes.at(24)), 4);
  EXPECT_EQ(static_cast<int>(image.bytes.at(25)), 0);
}

// A second shape of page: the v2.0 note rendered on US Letter (other page size and margins)
// against v2.1 on A4. Each side's images take their own page's size, and every box drawn lies
// inside the page it is drawn on.
TEST(DiffPageViewTest, LetterAgainstA4PagesEachKeepTheirSizeAndBoxes) {
  const Config config = default_config().value();
  const std::string letter_pdf = "fixtures/france-cin-v2.0/note-letter.pdf";
  const Doc letter = convert(letter_pdf, config);
  const DiffReport report = diff_docs(letter, pair().new_doc, config.diff);
  const ChangedPages pages = changed_pages(report);
  ASSERT_FALSE(pages.old_pages.empty());
  Result<std::map<int, PageImage>> old_pages =
      render_page_images(source_path(letter_pdf), pages.old_pages, config.diff);
  ASSERT_TRUE(old_pages.is_ok()) << old_pages.status().to_string();
  Result<std::map<int, PageImage>> new_pages = render_page_images(
      source_path("fixtures/france-cin-v2.1/note.pdf"), pages.new_pages, config.diff);
  ASSERT_TRUE(new_pages.is_ok()) << new_pages.status().to_string();
  PageImages images;
  images.old_pages = old_pages.value();
  images.new_pages = new_pages.value();
  for (const auto& [number, image] : images.old_pages) {
    const Page& page = letter.pages.at(static_cast<size_t>(number - 1));
    EXPECT_NEAR(image.width_pt, page.width, 0.01) << number;
    EXPECT_NEAR(image.height_pt, page.height, 0.01) << number;
    EXPECT_EQ(png_size(image.bytes), std::make_pair(image.width_px, image.height_px));
  }
  EXPECT_NEAR(images.old_pages.begin()->second.width_pt, 612, 0.5);  // US Letter, 8.5 in
  const std::string html = render_diff_html(report, &images);
  static const RE2 kBox(
      "data-side=\"(old|new)\" data-page=\"([0-9]+)\" data-box=\"([-0-9.]+),([-0-9.]+),"
      "([-0-9.]+),([-0-9.]+)\"");
  re2::StringPiece rest(html);
  std::string side;
  int number = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  int boxes = 0;
  for (; RE2::FindAndConsume(&rest, kBox, &side, &number, &x0, &y0, &x1, &y1); ++boxes) {
    const auto& pages = side == "old" ? images.old_pages : images.new_pages;
    const PageImage& page = pages.at(number);
    const std::string where = side + " p." + std::to_string(number);
    EXPECT_GE(x0, 0) << where;
    EXPECT_GE(y0, 0) << where;
    EXPECT_LE(x1, page.width_pt) << where;
    EXPECT_LE(y1, page.height_pt) << where;
  }
  EXPECT_EQ(static_cast<size_t>(boxes), expected_boxes(report).size());
}

TEST(DiffPageViewTest, PageImageSettingsOutOfRangeAreConfigErrors) {
  EXPECT_EQ(parse_config("[diff]\npage_dpi = 5\n", "test.toml").status().to_string(),
            "test.toml: diff.page_dpi must be between 10 and 600");
  EXPECT_EQ(parse_config("[diff]\npage_grey_levels = 1\n", "test.toml").status().to_string(),
            "test.toml: diff.page_grey_levels must be between 2 and 256");
  EXPECT_EQ(parse_config("[diff]\npage_png_compression = 10\n", "test.toml").status().to_string(),
            "test.toml: diff.page_png_compression must be between 0 and 9");
}

// Model JSON has no pages to render: `coi diff --html` from it writes the report without them.
TEST(DiffPageViewTest, ModelJsonInputsGetNoPageView) {
  const testing::ScratchDir dir;
  const testing::CommandRun run = testing::run_command_status(
      testing::coi_binary() + " diff " + source_path("fixtures/france-cin-v2.0/note.json") + " " +
      source_path("fixtures/france-cin-v2.1/note.json") + " --html " + dir.file("r.html"));
  EXPECT_EQ(run.code, 1) << run.output;
  std::ifstream in(dir.file("r.html"));
  const std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(html.find("<section class=\"change\" id=\"change-1\""), std::string::npos);
  EXPECT_EQ(html.find("class=\"pages\""), std::string::npos);
  EXPECT_EQ(html.find("page-images"), std::string::npos);
  EXPECT_NE(pair().html.find("class=\"pages\""), std::string::npos);
}

}  // namespace
}  // namespace coi
