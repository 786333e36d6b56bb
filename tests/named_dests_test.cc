// NamedDestinations (stages/extract/named_dests.cc): every named destination resolved once, before
// the pages, must lead where Poppler's lookup link by link leads.
#include <gtest/gtest.h>
#include <poppler/Annot.h>
#include <poppler/Link.h>
#include <poppler/Page.h>

#include <memory>
#include <string>
#include <vector>

#include "stages/extract/extract_parts.h"
#include "stages/extract/poppler_session.h"
#include "tests/support/paths.h"

namespace coi::extract {
namespace {

std::unique_ptr<PDFDoc> open(const std::string& fixture) {
  init_poppler();
  std::vector<std::string> errors;
  ErrorScope scope(&errors);
  Result<std::unique_ptr<PDFDoc>> doc =
      open_pdf(testing::source_path(fixture), "", errors, [] {});
  EXPECT_TRUE(doc.is_ok()) << fixture;
  return doc.is_ok() ? std::move(doc).value() : nullptr;
}

TEST(NamedDestinations, ANameLeadsToItsPageAndTop) {
  const std::unique_ptr<PDFDoc> doc = open("fixtures/extract/text.pdf");
  ASSERT_NE(doc, nullptr);
  const PageNumbers pages(*doc);
  const NamedDestinations named(*doc, pages);
  const NamedDestinations::Target* second = named.find("second");  // [5 0 R /XYZ 0 520 0]
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->page, 2);
  EXPECT_NEAR(second->y, 842 - 520, 0.01);
  EXPECT_TRUE(second->errors.empty());
  EXPECT_EQ(named.find("third"), nullptr);  // not in the tree: the link is looked up itself
}

// A XeLaTeX note keeps its destinations in a name tree whose objects sit in object streams: the
// case the table is for. Every named link of every page resolves as Poppler resolves it alone.
TEST(NamedDestinations, EveryNamedLinkOfAXeLaTeXNoteResolvesAsLookedUpAlone) {
  const std::unique_ptr<PDFDoc> doc = open("fixtures/generated/note-1001/latex.pdf");
  ASSERT_NE(doc, nullptr);
  const PageNumbers pages(*doc);
  const NamedDestinations named(*doc, pages);
  int checked = 0;
  for (int number = 1; number <= doc->getNumPages(); ++number) {
    const std::unique_ptr<Links> links = doc->getPage(number)->getLinks();
    for (const AnnotLink* link : links->getLinks()) {
      const LinkAction* action = link->getAction();
      if (!action || action->getKind() != actionGoTo) continue;
      const GooString* name = static_cast<const LinkGoTo*>(action)->getNamedDest();
      if (!name) continue;
      LinkArea alone;
      const std::unique_ptr<LinkDest> dest = doc->findDest(name);
      place_destination(*doc, pages, dest.get(), alone);
      const NamedDestinations::Target* target = named.find(name->toStr());
      ASSERT_NE(target, nullptr) << name->toStr();
      EXPECT_EQ(target->page, alone.dest_page) << name->toStr();
      EXPECT_DOUBLE_EQ(target->y, alone.dest_y) << name->toStr();
      EXPECT_GT(target->page, 0) << name->toStr();
      ++checked;
    }
  }
  EXPECT_GT(checked, 0);  // the note's footnote marks link to their notes by name
}

}  // namespace
}  // namespace coi::extract
