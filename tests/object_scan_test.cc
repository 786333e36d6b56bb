#include "stages/extract/object_scan.h"

#include <gtest/gtest.h>

#include <string>

namespace coi::extract {
namespace {

// Scans `text` as object `num` 0 written at offset 0.
bool scan(const std::string& text, ElementDict& out, int num = 7) {
  ObjectScanner scanner(text);
  return scanner.element_at(0, ObjRef{num, 0}, out);
}

TEST(ObjectScanner, ReadsTheKeysOfAStructureElement) {
  ElementDict e;
  ASSERT_TRUE(scan("7 0 obj\n<</Type/StructElem/S/Numbered#20Paragraph/P 4 0 R/Pg 3 0 R"
                   "/A 80 0 R/T(a (nested) title\\))/K[0 <</Type/MCR/MCID 1/Pg 5 0 R>> 9 0 R]>>\n"
                   "endobj",
                   e));
  EXPECT_EQ(e.type, "StructElem");
  EXPECT_TRUE(e.has_s);
  EXPECT_EQ(e.s, "Numbered Paragraph");
  ASSERT_TRUE(e.has_pg);
  EXPECT_EQ(e.pg.num, 3);
  ASSERT_EQ(e.kids.size(), 3u);
  EXPECT_TRUE(e.kids[0].is_mcid);
  EXPECT_EQ(e.kids[0].mcid, 0);
  ASSERT_EQ(e.kids[1].inlined, 0);
  EXPECT_EQ(e.inlined[0].type, "MCR");
  EXPECT_EQ(e.inlined[0].mcid, 1);
  EXPECT_EQ(e.inlined[0].pg.num, 5);
  EXPECT_FALSE(e.kids[2].is_mcid);
  EXPECT_EQ(e.kids[2].ref.num, 9);
}

TEST(ObjectScanner, SkipsValuesItDoesNotUse) {
  ElementDict e;
  ASSERT_TRUE(scan("7 0 obj <</S/P/A<</O/Layout/BBox[0 1.5 -.5 3]/X true/Y null>>"
                   "/ActualText<FEFF0041>%comment\n/K 12>> endobj",
                   e));
  EXPECT_EQ(e.s, "P");
  ASSERT_EQ(e.kids.size(), 1u);
  EXPECT_EQ(e.kids[0].mcid, 12);
}

TEST(ObjectScanner, ArraysAndNamesInsideKAreNotKids) {
  ElementDict e;
  ASSERT_TRUE(scan("7 0 obj <</S/P/K[1 [2 3] /X null 4]>> endobj", e));
  ASSERT_EQ(e.kids.size(), 2u);
  EXPECT_EQ(e.kids[0].mcid, 1);
  EXPECT_EQ(e.kids[1].mcid, 4);
}

TEST(ObjectScanner, LeavesWhatItDoesNotFullyUnderstandToPoppler) {
  ElementDict e;
  EXPECT_FALSE(scan("8 0 obj <</S/P>> endobj", e));                    // another object
  EXPECT_FALSE(scan("7 0 obj <</S 5 0 R>> endobj", e));                // /S by reference
  EXPECT_FALSE(scan("7 0 obj <</Type/MCR/MCID 5 0 R>> endobj", e));    // /MCID by reference
  EXPECT_FALSE(scan("7 0 obj <</S/P#2>> endobj", e));                  // a bad escape
  EXPECT_FALSE(scan("7 0 obj <</S/P/Length 3>> stream\nxx", e));       // a stream
  EXPECT_FALSE(scan("7 0 obj <</S/P/K[1 2 >> endobj", e));             // unbalanced
  EXPECT_FALSE(scan("7 0 obj <</S/P/X 12abc>> endobj", e));            // not PDF syntax
  EXPECT_FALSE(scan("7 0 obj [1 2] endobj", e));                       // not a dictionary
  EXPECT_FALSE(scan("7 0 obj <</S/" + std::string(128, 'x') + ">> endobj", e));
  EXPECT_FALSE(scan("7 0 obj <</S/P/X" + std::string(40, '[') + std::string(40, ']') + ">> endobj",
                    e));  // nested deeper than the scanner follows
}

TEST(ObjectScanner, IntegersTooLargeForAnIntAreNotMcids) {
  ElementDict e;
  ASSERT_TRUE(scan("7 0 obj <</Type/MCR/MCID 99999999999/K[3000000000 -2]>> endobj", e));
  EXPECT_FALSE(e.has_mcid);
  ASSERT_EQ(e.kids.size(), 1u);
  EXPECT_EQ(e.kids[0].mcid, -2);
}

}  // namespace
}  // namespace coi::extract
