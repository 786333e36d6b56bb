#include "stages/extract/extract.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include <unistd.h>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "stages/layout/layout.h"
#include "tests/support/compare.h"
#include "tests/support/paths.h"
#include "tests/support/pdf_of.h"
#include "tests/support/scratch_dir.h"

namespace coi {
namespace {

const char* kTextPdf = "fixtures/extract/text.pdf";
const char* kBlankPdf = "fixtures/extract/blank.pdf";
const char* kEncryptedPdf = "fixtures/extract/encrypted.pdf";
const char* kRotatedPdf = "fixtures/extract/rotated.pdf";

ExtractConfig defaults() { return default_config().value().extract; }

Result<Doc> extract(const std::string& path, const ExtractConfig& config = defaults()) {
  Doc doc;
  doc.source_path = path;
  Diagnostics diag;
  return run_extract(std::move(doc), config, diag);
}

// A scratch directory for files the tests write, removed afterwards.
class ExtractErrorFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("coi-extract-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& bytes) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  std::filesystem::path dir_;
};

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// --- Errors ------------------------------------------------------------------------------------

TEST(ExtractErrors, MissingFile) {
  Result<Doc> r = extract("/nonexistent/note.pdf");
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(), "no such file");
  EXPECT_EQ(r.status().where(), "/nonexistent/note.pdf");
}

TEST_F(ExtractErrorFiles, NotAPdf) {
  const std::string path = write("note.pdf", "Country Information Note\n");
  Result<Doc> r = extract(path);
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().code(), StatusCode::kUnreadable);
  EXPECT_EQ(r.status().message(), "not a PDF file");
  EXPECT_EQ(r.status().where(), path);
}

TEST_F(ExtractErrorFiles, TruncatedPdfIsDamaged) {
  const std::string bytes = read_bytes(testing::source_path(kTextPdf));
  const std::string path = write("cut.pdf", bytes.substr(0, bytes.size() / 2));
  Result<Doc> r = extract(path);
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().code(), StatusCode::kUnreadable);
  EXPECT_EQ(r.status().message(), "damaged PDF: Couldn't read xref table");
  EXPECT_EQ(r.status().where(), path);
}

// One page whose second text object names a font the page does not have, and no xref.
const char* kUnknownFontPdf =
    "%PDF-1.4\n"
    "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
    " /Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n"
    "4 0 obj\n<< /Length 70 >>\nstream\n"
    "BT /F1 12 Tf 72 770 Td (Hello) Tj ET BT /F9 12 Tf 72 700 Td (x) Tj ET\n"
    "endstream\nendobj\n"
    "5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
    "trailer\n<< /Size 6 /Root 1 0 R >>\n%%EOF\n";

TEST_F(ExtractErrorFiles, PopplerErrorsBecomeWarnings) {
  const std::string path = write("font.pdf", kUnknownFontPdf);
  Doc doc;
  doc.source_path = path;
  Diagnostics diag;
  Result<Doc> r = run_extract(doc, defaults(), diag);
  ASSERT_TRUE(r.is_ok()) << r.status().to_string();
  EXPECT_EQ(r.value().pages[0].words.size(), 1u);
  std::vector<std::string> found;
  for (const Diagnostic& d : diag.items()) {
    found.push_back(d.code + " p" + std::to_string(d.page) + ": " + d.message);
  }
  EXPECT_EQ(found, (std::vector<std::string>{"pdf-error p1: Poppler: Unknown font tag 'F9'",
                                             "pdf-error p1: Poppler: No font in show"}));
  ExtractConfig config = defaults();
  config.max_pdf_warnings = 1;
  Diagnostics capped;
  ASSERT_TRUE(run_extract(doc, config, capped).is_ok());
  EXPECT_EQ(capped.items().size(), 1u);
}

TEST(ExtractErrors, EncryptedNeedsThePassword) {
  Result<Doc> r = extract(testing::source_path(kEncryptedPdf));
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().code(), StatusCode::kEncrypted);
  EXPECT_EQ(r.status().message(), "encrypted PDF: a password is needed (--password)");
  ExtractConfig config = defaults();
  config.password = "wrong";
  EXPECT_EQ(extract(testing::source_path(kEncryptedPdf), config).status().code(),
            StatusCode::kEncrypted);
  config.password = "secret";
  Result<Doc> opened = extract(testing::source_path(kEncryptedPdf), config);
  ASSERT_TRUE(opened.is_ok()) << opened.status().to_string();
  EXPECT_EQ(opened.value().pages.size(), 2u);
}

TEST(ExtractErrors, TooManyPages) {
  ExtractConfig config = defaults();
  config.max_pages = 1;
  Result<Doc> r = extract(testing::source_path(kTextPdf), config);
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().code(), StatusCode::kLimit);
  EXPECT_EQ(r.status().message(), "2 pages exceed the limit of 1 (extract.max_pages)");
}

TEST(ExtractErrors, NoTextLayer) {
  Result<Doc> r = extract(testing::source_path(kBlankPdf));
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNoText);
  EXPECT_EQ(r.status().message(), "no text layer (a scanned PDF?)");
}

// --- The small fixture (fixtures/extract/make_fixtures.py) -------------------------------------

const Word* find_word(const Page& page, const std::string& text) {
  for (const Word& w : page.words) {
    if (w.text == text) return &w;
  }
  return nullptr;
}

TEST(ExtractText, WordsWithFontsAndTopLeftBoxes) {
  Result<Doc> r = extract(testing::source_path(kTextPdf));
  ASSERT_TRUE(r.is_ok()) << r.status().to_string();
  const Page& page = r.value().pages[0];
  EXPECT_EQ(page.number, 1);
  EXPECT_DOUBLE_EQ(page.width, 595);
  EXPECT_DOUBLE_EQ(page.height, 842);
  const Word* hello = find_word(page, "Hello");
  ASSERT_NE(hello, nullptr);
  ASSERT_GE(hello->font, 0);
  ASSERT_LT(static_cast<size_t>(hello->font), page.fonts.size());
  EXPECT_EQ(page.fonts[static_cast<size_t>(hello->font)], "Helvetica");
  EXPECT_DOUBLE_EQ(hello->font_size, 12);
  EXPECT_NEAR(hello->baseline, 842 - 770, 0.01);  // PDF y 770 from the bottom
  EXPECT_NEAR(hello->box.x0, 72, 0.01);
  EXPECT_LT(hello->box.y0, hello->baseline);
  EXPECT_TRUE(hello->space_after);
  const Word* bold = find_word(page, "Bold");
  ASSERT_NE(bold, nullptr);
  EXPECT_TRUE(bold->bold);
  EXPECT_FALSE(hello->bold);
  const Word* mark = find_word(page, "1");
  ASSERT_NE(mark, nullptr);
  EXPECT_DOUBLE_EQ(mark->font_size, 7);
  EXPECT_LT(mark->baseline, hello->baseline);
}

// Where the characters of a 12pt Helvetica word end, one after another along its direction:
// the font's advance widths (its AFM, in thousandths of the size) summed.
std::vector<double> helvetica_ends(const std::string& text) {
  static const std::map<char, int> kWidths = {{'A', 667}, {'D', 722}, {'U', 722}, {'a', 556},
                                              {'c', 500}, {'d', 556}, {'e', 556}, {'i', 222},
                                              {'n', 556}, {'o', 556}, {'p', 556}, {'r', 333},
                                              {'s', 500}, {'w', 722}};
  std::vector<double> ends;
  double end = 0;
  for (char c : text) ends.push_back(end += kWidths.at(c) * 12 / 1000.0);
  return ends;
}

// Each character's left edge and the word's box, for a word in each of the four directions
// (rotated.pdf): along a horizontal word its characters follow one another, left to right or
// right to left from where the text starts; a vertical word's characters each span the word.
TEST(ExtractText, CharacterEdgesOfWordsInEveryDirection) {
  Result<Doc> r = extract(testing::source_path(kRotatedPdf));
  ASSERT_TRUE(r.is_ok()) << r.status().to_string();
  const Page& page = r.value().pages[0];
  const auto edges = [&page](const Word& w) {
    return std::vector<float>(page.char_x.begin() + w.first_char,
                              page.char_x.begin() + w.first_char + static_cast<int>(w.text.size()));
  };
  const Word* across = find_word(page, "Across");  // from x 72 rightwards
  ASSERT_NE(across, nullptr);
  const std::vector<double> across_ends = helvetica_ends("Across");
  const std::vector<float> across_x = edges(*across);
  for (size_t k = 0; k < across_x.size(); ++k) {
    EXPECT_NEAR(across_x[k], 72 + (k == 0 ? 0 : across_ends[k - 1]), 0.01) << k;
  }
  EXPECT_NEAR(across->box.x0, 72, 0.01);
  EXPECT_NEAR(across->box.x1, 72 + across_ends.back(), 0.01);
  const Word* upside = find_word(page, "Upside");  // from x 400 leftwards
  ASSERT_NE(upside, nullptr);
  const std::vector<double> upside_ends = helvetica_ends("Upside");
  const std::vector<float> upside_x = edges(*upside);
  for (size_t k = 0; k < upside_x.size(); ++k) {
    EXPECT_NEAR(upside_x[k], 400 - upside_ends[k], 0.01) << k;
  }
  EXPECT_NEAR(upside->box.x0, 400 - upside_ends.back(), 0.01);
  EXPECT_NEAR(upside->box.x1, 400, 0.01);
  for (const char* text : {"Upwards", "Downwards"}) {
    const Word* vertical = find_word(page, text);
    ASSERT_NE(vertical, nullptr) << text;
    for (float x : edges(*vertical)) EXPECT_FLOAT_EQ(x, static_cast<float>(vertical->box.x0));
    EXPECT_NEAR(vertical->box.height(), helvetica_ends(text).back(), 0.01) << text;
  }
  const Word* upwards = find_word(page, "Upwards");  // from y 400 up: 442 from the top
  EXPECT_NEAR(upwards->box.y1, 842 - 400, 0.01);
  const Word* downwards = find_word(page, "Downwards");  // from y 500 down: 342 from the top
  EXPECT_NEAR(downwards->box.y0, 842 - 500, 0.01);
}

TEST(ExtractText, RulesFromStrokesAndThinFills) {
  Result<Doc> r = extract(testing::source_path(kTextPdf));
  ASSERT_TRUE(r.is_ok());
  const std::vector<Rule>& rules = r.value().pages[0].rules;
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_FALSE(rules[0].filled);
  EXPECT_NEAR(rules[0].box.x0, 72, 0.01);
  EXPECT_NEAR(rules[0].box.x1, 216, 0.01);
  EXPECT_NEAR((rules[0].box.y0 + rules[0].box.y1) / 2, 842 - 650, 0.01);
  EXPECT_TRUE(rules[1].filled);
  EXPECT_NEAR(rules[1].box.y1 - rules[1].box.y0, 0.5, 0.01);
  ExtractConfig config = defaults();
  config.rule_max_thickness = 0.2;
  config.fill_max_page_fraction = 0;  // the 144 x 0.5 fill is now neither a rule nor a cell fill
  EXPECT_EQ(extract(testing::source_path(kTextPdf), config).value().pages[0].rules.size(), 1u);
}

TEST(ExtractText, LinksUriAndNamedDestination) {
  Result<Doc> r = extract(testing::source_path(kTextPdf));
  ASSERT_TRUE(r.is_ok());
  const Page& page = r.value().pages[0];
  ASSERT_EQ(page.links.size(), 2u);
  EXPECT_EQ(page.links[0].uri, "https://example.org/world");
  EXPECT_EQ(page.links[1].uri, "");
  EXPECT_EQ(page.links[1].dest_name, "second");
  EXPECT_EQ(page.links[1].dest_page, 2);
  EXPECT_NEAR(page.links[1].dest_y, 842 - 520, 0.01);
  EXPECT_EQ(find_word(page, "world")->link, 0);
  EXPECT_EQ(find_word(page, "Hello")->link, -1);
  EXPECT_EQ(find_word(page, "two")->link, 1);
}

// A page of four lines of three words whose links are listed in no order of height: one tall
// link down the left over every line's first word, three on single words of lines 1, 3 and 4,
// one below all the text. Each word takes the link drawn on it, and no other (page_words meets
// only the links at a word's height: the tall one reaches every line from its top).
TEST(ExtractText, EachWordTakesTheLinkAtItsHeightWhateverTheLinksOrder) {
  const std::vector<int> baselines = {770, 700, 630, 560};  // PDF y of each line
  std::string text = "BT /F1 12 Tf";
  for (const int y : baselines) {
    for (const auto& [x, word] : {std::pair{72, "Alpha"}, {150, "Beta"}, {250, "Gamma"}}) {
      text += " 1 0 0 1 " + std::to_string(x) + " " + std::to_string(y) + " Tm (" + word + ") Tj";
    }
  }
  text += " ET";
  const auto link = [](const std::string& rect, const std::string& uri) {
    return "<< /Type /Annot /Subtype /Link /Rect [" + rect +
           "] /Border [0 0 0] /A << /S /URI /URI (" + uri + ") >> >>";
  };
  testing::ScratchDir dir;
  const std::string path = dir.file("links-by-height.pdf");
  std::ofstream(path, std::ios::binary) << testing::pdf_of({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
      "/Annots [5 0 R 6 0 R 7 0 R 8 0 R 9 0 R] /Resources << /Font << /F1 << /Type /Font "
      "/Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
      "<< /Length " + std::to_string(text.size()) + " >>\nstream\n" + text + "\nendstream",
      link("68 540 112 790", "https://tall.example/"),
      link("246 624 300 643", "https://line3.example/"),
      link("146 764 180 783", "https://line1.example/"),
      link("146 554 180 573", "https://line4.example/"),
      link("72 90 300 110", "https://below.example/"),
  });
  // The link each word is drawn under, by line (0-3) and word.
  const std::map<std::pair<int, std::string>, std::string> drawn = {
      {{0, "Alpha"}, "https://tall.example/"},  {{0, "Beta"}, "https://line1.example/"},
      {{1, "Alpha"}, "https://tall.example/"},  {{2, "Alpha"}, "https://tall.example/"},
      {{2, "Gamma"}, "https://line3.example/"}, {{3, "Alpha"}, "https://tall.example/"},
      {{3, "Beta"}, "https://line4.example/"},
  };
  Result<Doc> r = extract(path);
  ASSERT_TRUE(r.is_ok());
  const Page& page = r.value().pages[0];
  ASSERT_EQ(page.words.size(), 12u);
  for (const Word& w : page.words) {
    const auto line = std::find_if(baselines.begin(), baselines.end(), [&](int y) {
      return std::abs(page.height - y - w.baseline) < 0.5;
    });
    ASSERT_NE(line, baselines.end()) << w.text;
    const auto it = drawn.find({static_cast<int>(line - baselines.begin()), w.text});
    const std::string uri = w.link < 0 ? "" : page.links[static_cast<size_t>(w.link)].uri;
    EXPECT_EQ(uri, it == drawn.end() ? "" : it->second) << w.text << " at " << *line;
  }
}

TEST(ExtractText, LinkCoverIsConfigured) {
  ExtractConfig config = defaults();
  config.link_min_word_cover = 1.0;  // "world" sticks out of its link area at the bottom
  const Page page = extract(testing::source_path(kTextPdf), config).value().pages[0];
  EXPECT_EQ(find_word(page, "world")->link, -1);
}

TEST(ExtractText, OutlineAndInfo) {
  Result<Doc> r = extract(testing::source_path(kTextPdf));
  ASSERT_TRUE(r.is_ok());
  const Doc& doc = r.value();
  ASSERT_EQ(doc.outline.size(), 2u);
  EXPECT_EQ(doc.outline[0].title, "First");
  EXPECT_EQ(doc.outline[0].page, 1);
  EXPECT_NEAR(doc.outline[0].y, 842 - 780, 0.01);
  EXPECT_EQ(doc.outline[1].title, "Second");
  EXPECT_EQ(doc.outline[1].page, 2);
  EXPECT_EQ(doc.info.title, "Extract fixture");
  EXPECT_EQ(doc.info.author, "coi tests");
  EXPECT_EQ(doc.info.creator, "make_fixtures.py");
  EXPECT_EQ(doc.info.created, "2026-02-27T12:00:00Z");
  EXPECT_EQ(doc.info.page_count, 2);
  EXPECT_TRUE(doc.info.tagged);
}

// --- The France note fixture -------------------------------------------------------------------

class ExtractFranceNote : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string pdf = testing::source_path(testing::kFrancePdf);
    Result<Doc> extracted = extract(pdf);
    ASSERT_TRUE(extracted.is_ok()) << extracted.status().to_string();
    Diagnostics diag;
    Result<Doc> laid_out = run_layout(std::move(extracted).value(),
                                      default_config().value().layout, diag);
    ASSERT_TRUE(laid_out.is_ok());
    doc_ = new Doc(std::move(laid_out).value());
    Result<Doc> model = load_model_json(testing::source_path(testing::kFranceModel),
                                        JsonFlavor::kCorpus);
    ASSERT_TRUE(model.is_ok()) << model.status().to_string();
    model_ = new Doc(std::move(model).value());
  }
  static void TearDownTestSuite() {
    delete doc_;
    delete model_;
    doc_ = model_ = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(doc_, nullptr) << testing::kFrancePdf << " did not extract";
  }
  static std::string text(const Page& page, const Line& line) {
    std::string out;
    for (int i : line.words) out += page.words[static_cast<size_t>(i)].text + " ";
    return out;
  }
  static Doc* doc_;
  static Doc* model_;
};
Doc* ExtractFranceNote::doc_ = nullptr;
Doc* ExtractFranceNote::model_ = nullptr;

TEST_F(ExtractFranceNote, PagesAndFonts) {
  ASSERT_GT(doc_->info.page_count, 1);
  EXPECT_EQ(doc_->pages.size(), static_cast<size_t>(doc_->info.page_count));
  EXPECT_EQ(doc_->info.title, "France: Safe third country");
  const Page& body = doc_->pages[9];
  ASSERT_FALSE(body.words.empty());
  const bool liberation = std::all_of(body.words.begin(), body.words.end(), [&](const Word& w) {
    return w.font >= 0 && static_cast<size_t>(w.font) < body.fonts.size() &&
           body.fonts[static_cast<size_t>(w.font)].rfind("LiberationSans", 0) == 0;
  });
  EXPECT_TRUE(liberation);
  // Each page names each of its fonts once, however many words are set in it.
  for (const Page& page : doc_->pages) {
    const std::set<std::string> distinct(page.fonts.begin(), page.fonts.end());
    EXPECT_EQ(distinct.size(), page.fonts.size()) << "page " << page.number;
  }
  size_t images = 0, internal = 0, resolved = 0;
  for (const Page& page : doc_->pages) {
    images += page.images.size();
    for (const LinkArea& link : page.links) {
      if (!link.uri.empty()) continue;
      ++internal;
      resolved += link.dest_page >= 1 && link.dest_y >= 0;
    }
  }
  // Internal links: contents entries, "Back to Contents", cross-references, footnote marks.
  size_t figures = 0, targets = 0;
  const auto count_runs = [&](const Inlines& runs) {
    for (const Inline& run : runs) {
      targets += run.kind == InlineKind::kXref || run.kind == InlineKind::kFootnoteRef;
    }
  };
  for (const Block& b : model_->blocks) {
    figures += b.kind == BlockKind::kFigure;
    targets += b.toc.size() + (b.kind == BlockKind::kBackToContents);
    count_runs(b.inlines);
    for (const ListItem& item : b.items) count_runs(item.inlines);
    for (const auto& row : b.table.rows) {
      for (const Cell& cell : row) count_runs(cell.inlines);
    }
  }
  EXPECT_EQ(images, figures);
  // At least one link area per target; LibreOffice adds a link back from each footnote's number
  // and a second area where a link wraps.
  EXPECT_GE(internal, targets);
  EXPECT_EQ(resolved, internal);
}

TEST_F(ExtractFranceNote, LinkUrisAreTheModelsUrls) {
  std::set<std::string> model_urls;
  auto collect = [&](const Inlines& inlines) {
    for (const Inline& run : inlines) {
      if (!run.url.empty()) model_urls.insert(run.url);
    }
  };
  for (const Block& b : model_->blocks) {
    collect(b.inlines);
    for (const ListItem& item : b.items) collect(item.inlines);
    for (const auto& row : b.table.rows) {
      for (const Cell& cell : row) collect(cell.inlines);
    }
  }
  for (const Footnote& f : model_->footnotes) collect(f.inlines);
  for (const Source& s : model_->sources) collect(s.inlines);
  ASSERT_FALSE(model_urls.empty());
  std::set<std::string> found;
  for (const Page& page : doc_->pages) {
    for (const LinkArea& link : page.links) {
      if (!link.uri.empty()) found.insert(link.uri);
    }
  }
  EXPECT_TRUE(testing::same_set(model_urls, found));
}

TEST_F(ExtractFranceNote, BookmarksForTheHeadings) {
  std::set<std::string> titles;
  for (const OutlineEntry& e : doc_->outline) {
    EXPECT_GE(e.page, 1);
    titles.insert(e.title);
  }
  // Levels 1-3: level 4 subheadings are not in the outline.
  for (const Block& b : model_->blocks) {
    if (b.kind != BlockKind::kHeading || b.level > 3) continue;
    const std::string text = plain_text(b.inlines);
    const std::string numbered = b.number.empty() ? text : b.number + ". " + text;
    EXPECT_TRUE(titles.count(text) || titles.count(numbered) || titles.count(b.number + " " + text))
        << "no bookmark for heading " << numbered;
  }
}

TEST_F(ExtractFranceNote, FootnoteAreasStartWithRaisedNumbers) {
  std::vector<int> numbers;
  int body_marks = 0;
  for (const Page& page : doc_->pages) {
    for (const Line& line : page.lines) {
      const Word& first = page.words[static_cast<size_t>(line.words.front())];
      if (line.role == LineRole::kFootnote && first.raised) numbers.push_back(std::stoi(first.text));
      if (line.role != LineRole::kBody) continue;
      for (int i : line.words) body_marks += page.words[static_cast<size_t>(i)].raised;
    }
  }
  ASSERT_EQ(numbers.size(), model_->footnotes.size());
  for (size_t i = 0; i < numbers.size(); ++i) EXPECT_EQ(numbers[i], static_cast<int>(i) + 1);
  // Every mark of the model, tables included (layout does not know tables yet), is a raised word
  // of a body line.
  int model_marks = 0;
  const auto count_marks = [&](const Inlines& runs) {
    for (const Inline& run : runs) model_marks += run.kind == InlineKind::kFootnoteRef;
  };
  for (const Block& b : model_->blocks) {
    count_marks(b.inlines);
    for (const ListItem& item : b.items) count_marks(item.inlines);
    for (const auto& row : b.table.rows) {
      for (const Cell& cell : row) count_marks(cell.inlines);
    }
  }
  EXPECT_EQ(body_marks, model_marks);
}

TEST_F(ExtractFranceNote, NoFurnitureInTheBody) {
  for (const Page& page : doc_->pages) {
    for (const Line& line : page.lines) {
      if (line.role != LineRole::kBody) continue;
      const std::string t = text(page, line);
      EXPECT_EQ(t.find("Back to Contents"), std::string::npos) << "p. " << page.number << ": " << t;
      EXPECT_FALSE(t.rfind("Page ", 0) == 0 &&
                   t.find(" of " + std::to_string(doc_->pages.size())) != std::string::npos)
          << "p. " << page.number << ": " << t;
    }
  }
  const Page& cover = doc_->pages[0];
  for (const Line& line : cover.lines) EXPECT_EQ(line.role, LineRole::kCover);
}

TEST_F(ExtractFranceNote, ContentsAsInTheModel) {
  const Block* ours = nullptr;
  const Block* theirs = nullptr;
  for (const Block& b : doc_->blocks) ours = b.kind == BlockKind::kToc ? &b : ours;
  for (const Block& b : model_->blocks) theirs = b.kind == BlockKind::kToc ? &b : theirs;
  ASSERT_NE(ours, nullptr);
  ASSERT_NE(theirs, nullptr);
  ASSERT_EQ(ours->toc.size(), theirs->toc.size());
  for (size_t i = 0; i < ours->toc.size(); ++i) {
    EXPECT_EQ(ours->toc[i].text, theirs->toc[i].text);
    EXPECT_EQ(ours->toc[i].number, theirs->toc[i].number);
    EXPECT_EQ(ours->toc[i].level, theirs->toc[i].level) << ours->toc[i].text;
    EXPECT_GE(ours->toc[i].page, 1);  // the fixture's pagination differs from the original's
  }
}

// The same note on US Letter with other margins, and its tagged render: layout uses no
// coordinates of the A4 fixture.
TEST(ExtractFranceVariants, LetterPagesAndTaggedRender) {
  const std::string letter = testing::source_path("fixtures/france-cin-v2.0/note-letter.pdf");
  const std::string tagged = testing::source_path("fixtures/france-cin-v2.0/note-tagged.pdf");
  Result<Doc> extracted = extract(letter);
  ASSERT_TRUE(extracted.is_ok()) << extracted.status().to_string();
  EXPECT_FALSE(extracted.value().info.tagged);
  EXPECT_NEAR(extracted.value().pages[1].width, 612, 0.5);
  EXPECT_NEAR(extracted.value().pages[1].height, 792, 0.5);
  Diagnostics diag;
  Result<Doc> doc = run_layout(std::move(extracted).value(), default_config().value().layout, diag);
  ASSERT_TRUE(doc.is_ok());
  int notes = 0, footers = 0;
  for (const Page& page : doc.value().pages) {
    for (const Line& line : page.lines) {
      const Word& first = page.words[static_cast<size_t>(line.words.front())];
      notes += line.role == LineRole::kFootnote && first.raised;
      footers += line.role == LineRole::kFooter;
    }
  }
  Result<Doc> model =
      load_model_json(testing::source_path(testing::kFranceModel), JsonFlavor::kCorpus);
  ASSERT_TRUE(model.is_ok()) << model.status().to_string();
  EXPECT_EQ(notes, static_cast<int>(model.value().footnotes.size()));
  EXPECT_EQ(footers, static_cast<int>(doc.value().pages.size()) - 1);  // all but the cover
  Result<Doc> tagged_doc = extract(tagged);
  ASSERT_TRUE(tagged_doc.is_ok());
  EXPECT_TRUE(tagged_doc.value().info.tagged);
}

}  // namespace
}  // namespace coi
