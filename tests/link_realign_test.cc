// Link rectangles a producer drew a constant distance off their words, moved back onto them
// (stages/extract/link_realign.cc), on LibreOffice's own rendering of a generated note
// (fixtures/generated-classes/shifted-link-rects, seed 16) held against its model.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

constexpr const char* kFolder = "fixtures/generated-classes/shifted-link-rects";

// Every external link of the note as "URL | printed text", spaces squashed: blocks, list items,
// table cells, footnotes and sources, as scripts/fidelity counts them.
std::multiset<std::string> links_of(const Doc& doc) {
  std::multiset<std::string> out;
  const auto take = [&](const Inlines& inlines) {
    for (const Inline& run : inlines) {
      if (run.kind != InlineKind::kLink) continue;
      std::string text;
      for (char c : run.text) {
        if (c == ' ' && (text.empty() || text.back() == ' ')) continue;
        text += c;
      }
      while (!text.empty() && text.back() == ' ') text.pop_back();
      out.insert(run.url + " | " + text);
    }
  };
  for (const Block& b : doc.blocks) {
    take(b.inlines);
    for (const ListItem& item : b.items) take(item.inlines);
    for (const auto& row : b.table.rows) {
      for (const Cell& cell : row) take(cell.inlines);
    }
  }
  for (const Footnote& note : doc.footnotes) take(note.inlines);
  for (const Source& source : doc.sources) take(source.inlines);
  return out;
}

// The links of `want` that `got` lacks, each as many times as it lacks it.
std::vector<std::string> missing(const std::multiset<std::string>& want,
                                 std::multiset<std::string> got) {
  std::vector<std::string> out;
  for (const std::string& link : want) {
    const auto it = got.find(link);
    if (it == got.end()) out.push_back(link);
    else got.erase(it);
  }
  return out;
}

class ShiftedLinkRects : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Doc> model = load_model_json(testing::source_path(std::string(kFolder) + "/note.json"),
                                        JsonFlavor::kCorpus);
    ASSERT_TRUE(model.is_ok()) << model.status().to_string();
    model_ = new Doc(std::move(model).value());
    findings_ = new Diagnostics();
    RunOptions options;
    options.validate_between = true;
    Result<Doc> ours =
        convert_pdf(testing::source_path(std::string(kFolder) + "/libreoffice.pdf"),
                    default_config().value(), options, *findings_);
    ASSERT_TRUE(ours.is_ok()) << ours.status().to_string();
    ours_ = new Doc(std::move(ours).value());
  }
  static void TearDownTestSuite() {
    delete model_;
    delete ours_;
    delete findings_;
  }
  static int count(const std::string& code) {  // findings of `code`
    int n = 0;
    for (const Diagnostic& d : findings_->items()) n += d.code == code;
    return n;
  }
  static Doc* model_;
  static Doc* ours_;
  static Diagnostics* findings_;
};

Doc* ShiftedLinkRects::model_ = nullptr;
Doc* ShiftedLinkRects::ours_ = nullptr;
Diagnostics* ShiftedLinkRects::findings_ = nullptr;

// LibreOffice drew the footnote links of one page a constant distance below their titles, over
// the lines of other notes (some rectangles cut words, the rest fell between words). The page's
// rectangles agree on the distance, so each is moved back: every link of the note keeps its URL
// and its text, where once those of the page were dropped as off their words.
TEST_F(ShiftedLinkRects, EveryLinkOfTheNoteKeepsItsUrlAndText) {
  const std::multiset<std::string> want = links_of(*model_);
  ASSERT_GT(want.size(), 100u);
  EXPECT_EQ(missing(want, links_of(*ours_)), std::vector<std::string>{});
  EXPECT_EQ(missing(links_of(*ours_), want), std::vector<std::string>{});
}

// The move is reported; no web link is left off its words (one footnote mark's rectangle of the
// page, whose line the page's distance does not reach, still is: its mark is linked by number).
TEST_F(ShiftedLinkRects, MovedRectanglesAreReportedAndNoWebLinkIsLeftOff) {
  EXPECT_GT(count("link-realigned"), 0);
  for (const Diagnostic& d : findings_->items()) {
    if (d.code == "link-off-its-words") {
      EXPECT_EQ(d.message.find("http"), std::string::npos) << d.message;
    }
  }
}

}  // namespace
}  // namespace coi
