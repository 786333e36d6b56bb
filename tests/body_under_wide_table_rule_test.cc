// End to end on two renders where a table's rule as wide as the footnote separators taken on the
// pages before sits in the lower part of a page with no notes under it (fixtures/README.md,
// "Footnote areas"). A wide rule whose band opens no note was still a separator when it spanned
// as one taken before did, the band read as the rest of the page before's last note: XeLaTeX's
// paragraph 2.7 under a table's bottom rule, and LibreOffice's table rows under its header's rule,
// ran on note 42 and note 40 (seeds 1805 and 1827). A note's rest is set in the notes' size; now
// a band with no line in the page before's notes' size is no note's. Expected texts come from the
// model.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/fixture_notes.h"
#include "tests/support/note_text.h"
#include "tests/support/table_text.h"

namespace coi {
namespace {

// The squashed text of the model paragraph numbered `number`.
std::string model_paragraph(const Doc& model, const std::string& number) {
  for (const Block& b : model.blocks) {
    if (b.kind == BlockKind::kParagraph && b.number == number) {
      return testing::squash_spaces(plain_text(b.inlines));
    }
  }
  ADD_FAILURE() << "the model has no paragraph " << number;
  return "";
}

// XeLaTeX, seed 1805, pages 7 to 10 (Latin Modern 11 pt, notes 9 pt, no separator): page 7 takes
// a table's rule over its notes as a wide separator; on page 10, 29 pt under another table's
// bottom rule of the same span, paragraph 2.7 (11 pt) is the page's last text, and no note.
TEST(BodyUnderWideTableRule, TexParagraphUnderATablesBottomRuleIsBody) {
  constexpr const char* kFolder = "fixtures/generated-classes/body-under-a-wide-table-rule";
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "latex", "");
  const std::vector<std::string> paragraphs = testing::block_texts(ours, BlockKind::kParagraph);
  const std::string want = model_paragraph(model, "2.7");
  EXPECT_NE(std::find(paragraphs.begin(), paragraphs.end(), want), paragraphs.end()) << want;
  const std::map<int, std::string> want_notes = testing::note_texts(model);
  const std::map<int, std::string> got_notes = testing::note_texts(ours);
  ASSERT_TRUE(got_notes.count(42));
  EXPECT_EQ(got_notes.at(42), want_notes.at(42));
}

// LibreOffice, seed 1827, pages 31 to 33 (Liberation Sans 12 pt, notes 10 pt under a rule as wide
// as the text): page 33 prints table t4's header, the rule under it (413.7 pt of 792, as wide as
// page 32's separator) and two rows in 11 pt, and no note.
TEST(BodyUnderWideTableRule, WordTableRowsUnderTheHeadersRuleAreTheTables) {
  constexpr const char* kFolder =
      "fixtures/generated-classes/body-under-a-wide-table-rule-libreoffice";
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "libreoffice", "");
  const Table* t4 = testing::table_by_id(model, "t4");
  ASSERT_NE(t4, nullptr);
  const std::vector<std::vector<std::string>> rows = testing::grid_texts(*t4);
  for (size_t r = 1; r <= 2; ++r) {
    EXPECT_NE(testing::table_holding(ours, rows[r]), nullptr) << "row " << r << ": " << rows[r][0];
  }
  const std::map<int, std::string> want_notes = testing::note_texts(model);
  const std::map<int, std::string> got_notes = testing::note_texts(ours);
  ASSERT_TRUE(got_notes.count(40));
  EXPECT_EQ(got_notes.at(40), want_notes.at(40));
}

// XeLaTeX, seed 1632, pages 11 to 13 (TeX Gyre Heros 11 pt, notes 8 pt under a separator as wide
// as the text): on page 12 table t3's row label "Hauts-de-France" (10 pt) is printed over note
// 36's first line right under the separator. The band below opens larger than the notes, but the
// notes follow in their size: the area stays, and t3 is one table of the model's rows (split in
// two when the band's first line alone decided).
TEST(BodyUnderWideTableRule, TexRowLabelOverTheNotesLeavesTheAreaUnderTheRule) {
  constexpr const char* kFolder = "fixtures/generated-classes/label-over-notes-under-a-wide-rule";
  const Doc model = testing::load_fixture_model(kFolder);
  const Doc ours = testing::convert_fixture(kFolder, "latex", "");
  const Table* t3 = testing::table_by_id(model, "t3");
  ASSERT_NE(t3, nullptr);
  const std::vector<std::vector<std::string>> rows = testing::grid_texts(*t3);
  const Table* found = testing::table_holding(ours, rows.front());
  ASSERT_NE(found, nullptr) << "no table holds t3's header";
  EXPECT_EQ(testing::grid_texts(*found).size(), rows.size());
  EXPECT_EQ(testing::tables_of(ours).size(), 1u);
}

}  // namespace
}  // namespace coi
