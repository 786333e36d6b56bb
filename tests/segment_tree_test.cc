// Paragraph breaks from a tagged PDF's structure tree (stages/segment/chunks.cc, rule 6, and the
// soundness test of stages/tree/soundness.cc): on hand-built pages whose body lines are tied to P
// elements, a sound tree's elements decide where paragraphs end wherever the page prints no
// break; an unsound tree decides nothing and the layout's breaks stand.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "cli/config.h"
#include "stages/segment/segment.h"
#include "stages/tree/element_owners.h"
#include "stages/tree/soundness.h"
#include "tests/support/doc_builder.h"

namespace coi {
namespace {

using testing::DocBuilder;

// A line that fills the text column (72..~500 pt), so the paragraph visibly goes on. Its last
// word is one a paragraph may end on (no lower-case word, which runs on over a page break).
const char* kFull = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm NNNN";

// The same full line opening with a capital: nothing printed says whether a sentence runs on.
const char* kFullCapital = "Aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm NNNN";

// Paragraph 4.1.1 fills the last two lines of page 1 and goes on over the first two of page 2
// (its last line on page 1 is full: the layout joins the pages); a second paragraph follows
// after Word's space. Body lines in reading order: 4.1.1 line, full line | `page2` (a full
// line), "goes on here.", full line, "Next paragraph.".
Doc two_pages(const char* page2 = kFull) {
  DocBuilder b;
  auto& p1 = b.page();
  p1.line("4.1.1", 72, 686).line(kFull, 122, 686).line(kFull, 122, 700);
  p1.line("Page 1 of 2", 260, 800, 10).role(LineRole::kFooter);
  b.page().line(page2, 122, 72).line("goes on here.", 122, 86).line(kFull, 122, 106).line(
      "Next paragraph.", 122, 120);
  return b.build_with_lines();
}

// Ties the body lines of `doc`, in reading order, to P elements under one Document: line k to
// the `elements[k]`th P (0: left untagged).
void tag_lines(Doc& doc, const std::vector<int>& elements) {
  int most = 0;
  for (int e : elements) most = std::max(most, e);
  doc.structure.push_back(StructNode{"Document", -1, {1}, {}});
  for (int e = 1; e <= most; ++e) doc.structure.push_back(StructNode{"P", 0, {1}, {}});
  size_t k = 0;
  for (Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (line.role != LineRole::kBody) continue;
      const int e = k < elements.size() ? elements[k] : 0;
      ++k;
      for (int w : line.words) page.words[static_cast<size_t>(w)].struct_node = e > 0 ? e : -1;
    }
  }
}

struct Segmented {
  std::vector<std::string> paragraphs;
  std::vector<Diagnostic> findings;
};

Segmented segment(const Doc& doc) {
  Diagnostics diag;
  Result<Doc> out = run_segment(doc, default_config().value().segment, diag);
  EXPECT_TRUE(out.is_ok()) << out.status().to_string();
  Segmented s;
  if (!out.is_ok()) return s;
  for (const Block& b : out.value().blocks) {
    if (b.kind == BlockKind::kParagraph) s.paragraphs.push_back(plain_text(b.inlines));
  }
  s.findings = diag.items();
  return s;
}

const std::string kFirst = std::string(kFull) + " " + kFull;
const std::string kSecond = std::string(kFull) + " goes on here.";
const std::string kThird = std::string(kFull) + " Next paragraph.";

TEST(SegmentTree, UntaggedPagesKeepTheLayoutsJoin) {
  const Segmented s = segment(two_pages());
  EXPECT_EQ(s.paragraphs, (std::vector<std::string>{kFirst + " " + kSecond, kThird}));
  EXPECT_TRUE(s.findings.empty());
}

// The tree holds the page-2 lines in a P of their own: the paragraph had ended at the foot of
// page 1, which the page could not show (page 2 opens with a capital). The tree wins; the
// layout's view is the warning.
TEST(SegmentTree, SoundTreeSplitsWhatTheLayoutJoined) {
  Doc doc = two_pages(kFullCapital);
  tag_lines(doc, {1, 1, 2, 2, 3, 3});
  const Segmented s = segment(doc);
  EXPECT_EQ(s.paragraphs,
            (std::vector<std::string>{kFirst, std::string(kFullCapital) + " goes on here.", kThird}));
  ASSERT_EQ(s.findings.size(), 1u);
  EXPECT_EQ(s.findings[0].code, "paragraph-break-from-tree");
  EXPECT_EQ(s.findings[0].page, 2);
  EXPECT_EQ(s.findings[0].message,
            "the structure tree starts a new element at \"Aaaa bbbb cccc dddd eeee ffff gggg "
            "hhhh...\" where the layout continues the paragraph before; tree wins");
}

// A sentence the page shows running on over the page break (no sentence end, then a lower-case
// word) is not cut where the tree starts a new element: a CSS engine tags each page's part of a
// paragraph as a P of its own (fixtures/generated-classes/weasyprint-tagged).
TEST(SegmentTree, SoundTreeDoesNotCutASentenceRunningOnOverAPage) {
  Doc doc = two_pages();
  tag_lines(doc, {1, 1, 2, 2, 3, 3});
  const Segmented s = segment(doc);
  EXPECT_EQ(s.paragraphs, (std::vector<std::string>{kFirst + " " + kSecond, kThird}));
  EXPECT_TRUE(s.findings.empty());
}

// The other way: the tree holds "Next paragraph." in the P of the lines before it, though Word's
// space after a paragraph printed a break there.
TEST(SegmentTree, SoundTreeJoinsWhatTheLayoutSplit) {
  Doc doc = two_pages();
  tag_lines(doc, {1, 1, 1, 1, 1, 1});
  const Segmented s = segment(doc);
  EXPECT_EQ(s.paragraphs, (std::vector<std::string>{kFirst + " " + kSecond + " " + kThird}));
  ASSERT_EQ(s.findings.size(), 1u);
  EXPECT_EQ(s.findings[0].message,
            "the structure tree continues one element at \"aaaa bbbb cccc dddd eeee ffff gggg "
            "hhhh...\" where the layout starts a new paragraph; tree wins");
}

// A paragraph number is printed evidence: a line opening with one starts a paragraph whatever
// the tree says.
TEST(SegmentTree, PrintedNumberOutranksTheTree) {
  DocBuilder b;
  b.page().line("4.1.1", 72, 72).line(kFull, 122, 72).line("Ends here.", 122, 86).line(
      "4.1.2", 72, 106).line("Another.", 122, 106);
  Doc doc = b.build_with_lines();
  tag_lines(doc, {1, 1, 1});
  const Segmented s = segment(doc);
  EXPECT_EQ(s.paragraphs.size(), 2u);
  EXPECT_TRUE(s.findings.empty());
}

// Damaged trees: one tagging too few words (half the lines), one whose elements run against
// the reading order. Neither is sound, so the layout's join stands and nothing is reported.
TEST(SegmentTree, UnsoundTreeFallsBackToTheLayout) {
  for (const std::vector<int>& elements :
       {std::vector<int>{1, 1, 0, 0, 0, 3}, std::vector<int>{3, 3, 2, 2, 1, 1}}) {
    Doc doc = two_pages();
    tag_lines(doc, elements);
    const Segmented s = segment(doc);
    EXPECT_EQ(s.paragraphs, (std::vector<std::string>{kFirst + " " + kSecond, kThird}));
    EXPECT_TRUE(s.findings.empty());
  }
}

// Soundness on lines: shares of tagged words and of element changes that go forward in the tree.
TEST(TreeSoundness, CountsTaggedWordsAndElementChangesInOrder) {
  Doc doc = two_pages();
  tag_lines(doc, {1, 1, 3, 3, 2, 2});  // changes 1->3 (forward), 3->2 (back)
  const tree::ElementOwners owners(doc.structure);
  tree::Soundness s = tree::judge_soundness(doc, owners, tree::SoundnessConfig{});
  EXPECT_DOUBLE_EQ(s.tagged_share, 1.0);
  EXPECT_DOUBLE_EQ(s.order_agreement, 0.5);
  EXPECT_FALSE(s.sound);
  EXPECT_EQ(s.reason, "elements out of reading order");
  tree::SoundnessConfig lenient;
  lenient.min_order_agreement = 0.5;
  EXPECT_TRUE(tree::judge_soundness(doc, owners, lenient).sound);
  const std::vector<StructNode> none;
  EXPECT_FALSE(tree::judge_soundness(two_pages(), tree::ElementOwners(none),
                                     tree::SoundnessConfig{}).sound);  // untagged
}

// A footnote mark's Link inside a P, or a list item's label, belongs to the element the line is
// judged by: the P through the block lens, the LI through the item lens.
TEST(TreeSoundness, OwnersClimbToTheElementJudged) {
  const std::vector<StructNode> nodes = {
      {"Document", -1, {1}, {}}, {"L", 0, {1}, {}},    {"LI", 1, {1}, {}},
      {"Lbl", 2, {1}, {}},       {"LBody", 2, {1}, {}}, {"P", 4, {1}, {}},
      {"Link", 5, {1}, {}}};
  const tree::ElementOwners owners(nodes);
  EXPECT_EQ(owners.owner(6, tree::Lens::kBlock), 5);
  EXPECT_EQ(owners.owner(6, tree::Lens::kItem), 2);
  EXPECT_EQ(owners.owner(3, tree::Lens::kItem), 2);
  EXPECT_EQ(owners.owner(0, tree::Lens::kBlock), -1);
  EXPECT_EQ(owners.owner(99, tree::Lens::kBlock), -1);
  EXPECT_EQ(owners.list_depth(5), 1);
}

}  // namespace
}  // namespace coi
