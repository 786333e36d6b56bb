// pipeline/doc_memo.h: what stages work out from the model is made once per source and handed
// to every stage that asks, and moves with the document from stage to stage; the judge of
// line-end hyphens and the structure elements' owners are kept there (stages/text/hyphenation.h,
// stages/tree/element_owners.h).
#include "pipeline/doc_memo.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/model.h"
#include "pipeline/vocabulary.h"
#include "stages/text/hyphenation.h"
#include "stages/tree/element_owners.h"
#include "tests/support/doc_builder.h"

namespace coi {
namespace {

struct Made {
  int serial = 0;
};

TEST(DocMemo, MakesAnObjectOnceForItsSource) {
  const DocMemo memo;
  const int source = 0;
  int made = 0;
  const auto make = [&made] { return Made{++made}; };
  const Made& first = memo.get<Made>(&source, make);
  const Made& again = memo.get<Made>(&source, make);
  EXPECT_EQ(&first, &again);
  EXPECT_EQ(made, 1);
}

// A source counted again is another source: the object made for it is another, and the first
// stays valid for whoever holds it.
TEST(DocMemo, AnotherSourceGetsItsOwnAndTheFirstStays) {
  const DocMemo memo;
  const int source = 0, other = 0;
  int made = 0;
  const auto make = [&made] { return Made{++made}; };
  const Made& first = memo.get<Made>(&source, make);
  const Made& second = memo.get<Made>(&other, make);
  EXPECT_NE(&first, &second);
  EXPECT_EQ(first.serial, 1);
  EXPECT_EQ(second.serial, 2);
  EXPECT_EQ(&memo.get<Made>(&source, make), &first);
  EXPECT_EQ(made, 2);
}

TEST(DocMemo, KeepsObjectsOfEachTypeApart) {
  const DocMemo memo;
  const int source = 0;
  memo.get<Made>(&source, [] { return Made{1}; });
  EXPECT_EQ(memo.get<std::string>(&source, [] { return std::string("text"); }), "text");
  EXPECT_EQ(memo.get<Made>(&source, [] { return Made{2}; }).serial, 1);
}

// The stages hand the document on by moving it: what the memo kept is where it was.
TEST(DocMemo, WhatIsKeptMovesWithTheDocument) {
  Doc doc;
  const int source = 0;
  const Made& made = doc.memo.get<Made>(&source, [] { return Made{1}; });
  const Doc moved = std::move(doc);
  EXPECT_EQ(&moved.memo.get<Made>(&source, [] { return Made{2}; }), &made);
}

// Segment's inline runs and footnotes' notes are judged by one Hyphenation, made from the
// document's count of words; a count made again (the words changed) gets a judge of its own.
TEST(DocMemo, OneJudgeOfLineEndHyphensPerCountOfWords) {
  Doc doc = testing::body_lines_note({"were con-", "sidering it", "considering this"});
  doc.vocabulary = std::make_shared<const Vocabulary>(doc);
  const Hyphenation& segments = hyphenation_of(doc);
  const Doc handed_on = std::move(doc);
  const Hyphenation& footnotes = hyphenation_of(handed_on);
  EXPECT_EQ(&segments, &footnotes);
  EXPECT_TRUE(footnotes.breaks_word("con-", "sidering"));
  Doc counted_again = handed_on;
  counted_again.vocabulary = std::make_shared<const Vocabulary>(counted_again);
  EXPECT_NE(&hyphenation_of(counted_again), &segments);
}

// Segment's lines and structure's evidence read one set of owners of the tree's elements.
TEST(DocMemo, OneSetOfOwnersPerStructureTree) {
  Doc doc;
  doc.structure = {{"Document", -1, {1}, {}}, {"L", 0, {1}, {}},    {"LI", 1, {1}, {}},
                   {"LBody", 2, {1}, {}},     {"P", 3, {1}, {}},    {"Link", 4, {1}, {}}};
  const tree::ElementOwners& segments = tree::element_owners_of(doc);
  const Doc handed_on = std::move(doc);
  const tree::ElementOwners& structures = tree::element_owners_of(handed_on);
  EXPECT_EQ(&segments, &structures);
  EXPECT_EQ(structures.owner(5, tree::Lens::kBlock), 4);
  EXPECT_EQ(structures.owner(5, tree::Lens::kItem), 2);
  EXPECT_EQ(structures.list_depth(4), 1);
}

}  // namespace
}  // namespace coi
