// NamedDestinations (stages/extract/named_dests.cc): every named destination resolved once, before
// the pages, must lead where Poppler's lookup link by link leads.
#include <gtest/gtest.h>
#include <poppler/Annot.h>
#include <poppler/GfxState.h>
#include <poppler/Link.h>
#include <poppler/Page.h>

#include <fstream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "cli/config.h"
#include "stages/extract/extract.h"
#include "stages/extract/extract_parts.h"
#include "stages/extract/poppler_session.h"
#include "tests/support/paths.h"
#include "tests/support/pdf_of.h"
#include "tests/support/scratch_dir.h"

namespace coi::extract {
namespace {

std::unique_ptr<PDFDoc> open_path(const std::string& path) {
  init_poppler();
  std::vector<std::string> errors;
  ErrorScope scope(&errors);
  Result<std::unique_ptr<PDFDoc>> doc = open_pdf(path, "", errors, [] {});
  EXPECT_TRUE(doc.is_ok()) << path;
  return doc.is_ok() ? std::move(doc).value() : nullptr;
}

std::unique_ptr<PDFDoc> open(const std::string& fixture) {
  return open_path(testing::source_path(fixture));
}

// A two-page A4 PDF whose page 1 links to the name "deep", kept at the bottom of a Dests name
// tree `depth` levels under its root (each level one kid), leading to page 2 at y 500, and
// `unused` more names no link uses beside it ("n0", "n1" ..., to page 2's top).
std::string tree_pdf(int depth, int unused = 0) {
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R /Names << /Dests 6 0 R >> >>",
      "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 595 842] >>",
      "<< /Type /Page /Parent 2 0 R /Contents 5 0 R /Annots [7 0 R] /Resources << /Font << /F1 "
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
      "<< /Type /Page /Parent 2 0 R >>",
      "<< /Length 36 >>\nstream\nBT /F1 12 Tf 72 770 Td (Go) Tj ET\nendstream",
  };
  // Object 6 is the root; each level's kid is the next object; the last holds the name.
  for (int level = 0; level < depth; ++level) {
    objects.push_back("<< /Kids [" + std::to_string(8 + level) + " 0 R] >>");
    if (level == 0) {
      objects.push_back("<< /Type /Annot /Subtype /Link /Rect [72 765 90 782] /Border [0 0 0] "
                        "/A << /S /GoTo /D (deep) >> >>");
    }
  }
  std::string leaf = "(deep) [4 0 R /XYZ 0 500 0]";
  for (int i = 0; i < unused; ++i) leaf += " (n" + std::to_string(i) + ") [4 0 R /XYZ 0 842 0]";
  objects.push_back("<< /Names [" + leaf + "] >>");
  return testing::pdf_of(objects);
}

// The link on page 1 of `path`, as the extract stage reads it.
LinkArea first_link(const std::string& path) {
  Doc doc;
  doc.source_path = path;
  Diagnostics diag;
  Result<Doc> read = run_extract(std::move(doc), default_config().value().extract, diag);
  EXPECT_TRUE(read.is_ok());
  if (!read.is_ok() || read.value().pages.empty() || read.value().pages[0].links.empty()) return {};
  return read.value().pages[0].links[0];
}

TEST(NamedDestinations, ANameLeadsToItsPageAndTop) {
  const std::unique_ptr<PDFDoc> doc = open("fixtures/extract/text.pdf");
  ASSERT_NE(doc, nullptr);
  NamedDestinations named(*doc);
  const PageNumbers pages(*doc);
  named.place(*doc, pages);
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
  NamedDestinations named(*doc);
  const PageNumbers pages(*doc);
  named.place(*doc, pages);
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

// A tree deeper than any writer balances (a damaged or hostile file) is not walked ahead of the
// links: the table stays empty and the link looks its name up itself, to the same target.
TEST(NamedDestinations, ATreeTooDeepIsLeftToTheLinksThatUseIt) {
  testing::ScratchDir dir;
  for (const int depth : {3, 100}) {
    const std::string path = dir.file("tree-" + std::to_string(depth) + ".pdf");
    std::ofstream(path, std::ios::binary) << tree_pdf(depth);
    const std::unique_ptr<PDFDoc> doc = open_path(path);
    ASSERT_NE(doc, nullptr);
    NamedDestinations named(*doc);
    const PageNumbers pages(*doc);
    named.place(*doc, pages);
    EXPECT_EQ(named.find("deep") != nullptr, depth == 3) << depth;
    const LinkArea link = first_link(path);
    EXPECT_EQ(link.dest_name, "deep") << depth;
    EXPECT_EQ(link.dest_page, 2) << depth;
    EXPECT_NEAR(link.dest_y, 842 - 500, 0.01) << depth;
  }
}

// A tree naming far more destinations than the pages could link to (200 a page) is not
// resolved ahead either: the link looks its name up itself, to the same target.
TEST(NamedDestinations, MoreNamesThanThePagesCouldUseAreLeftToTheLinksThatUseThem) {
  testing::ScratchDir dir;
  for (const int unused : {10, 500}) {  // two pages: 400 names resolved ahead at most
    const std::string path = dir.file("names-" + std::to_string(unused) + ".pdf");
    std::ofstream(path, std::ios::binary) << tree_pdf(3, unused);
    const std::unique_ptr<PDFDoc> doc = open_path(path);
    ASSERT_NE(doc, nullptr);
    NamedDestinations named(*doc);
    const PageNumbers pages(*doc);
    named.place(*doc, pages);
    EXPECT_EQ(named.find("deep") != nullptr, unused == 10) << unused;
    const LinkArea link = first_link(path);
    EXPECT_EQ(link.dest_name, "deep") << unused;
    EXPECT_EQ(link.dest_page, 2) << unused;
    EXPECT_NEAR(link.dest_y, 842 - 500, 0.01) << unused;
  }
}

// Pages displayed turned and off the origin: page 2 a quarter turn with its own media box, page
// 3 three quarters with the tree's. Page 1 links to a point on each by explicit destination.
std::string turned_pages_pdf() {
  return testing::pdf_of({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 /MediaBox [0 0 595 842] >>",
      "<< /Type /Page /Parent 2 0 R /Contents 6 0 R /Annots [7 0 R 8 0 R] /Resources << /Font "
      "<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
      "<< /Type /Page /Parent 2 0 R /Rotate 90 /MediaBox [10 20 605 862] >>",
      "<< /Type /Page /Parent 2 0 R /Rotate 270 >>",
      "<< /Length 53 >>\nstream\nBT /F1 12 Tf 72 770 Td (Two) Tj 40 0 Td (Three) Tj ET\nendstream",
      "<< /Type /Annot /Subtype /Link /Rect [72 765 95 782] /Border [0 0 0] "
      "/Dest [4 0 R /XYZ 100 500 0] >>",
      "<< /Type /Annot /Subtype /Link /Rect [112 765 145 782] /Border [0 0 0] "
      "/Dest [5 0 R /FitH 300] >>",
  });
}

// Where Poppler displays user-space point (x, y) of `page`: the state display_state makes.
void displayed(::Page& page, double x, double y, double* px, double* py) {
  const GfxState state(72.0, 72.0, page.getMediaBox(), page.getRotate(), true);
  state.transform(x, y, px, py);
}

// The frames read once on the first copy map a page's points as the page's own display state,
// turned or not; a link on either worker's copy is placed by them where that state places it.
TEST(PageNumbers, FramesMapAsThePagesDisplayState) {
  testing::ScratchDir dir;
  const std::string path = dir.file("turned.pdf");
  std::ofstream(path, std::ios::binary) << turned_pages_pdf();
  const std::unique_ptr<PDFDoc> doc = open_path(path);
  ASSERT_NE(doc, nullptr);
  const PageNumbers pages(*doc);
  for (int number = 1; number <= doc->getNumPages(); ++number) {
    const PageFrame* frame = pages.frame(number);
    ASSERT_NE(frame, nullptr) << number;
    for (const auto& [x, y] : {std::pair{0.0, 0.0}, {100.0, 500.0}, {595.0, 842.0}, {-3.5, 1e4}}) {
      double fx, fy, px, py;
      frame->to_page(x, y, &fx, &fy);
      displayed(*doc->getPage(number), x, y, &px, &py);
      EXPECT_EQ(fx, px) << number;
      EXPECT_EQ(fy, py) << number;
    }
  }
  EXPECT_EQ(pages.frame(0), nullptr);
  EXPECT_EQ(pages.frame(4), nullptr);

  double x, y2, y3;
  displayed(*doc->getPage(2), 100, 500, &x, &y2);
  displayed(*doc->getPage(3), 0, 300, &x, &y3);
  for (const int workers : {1, 2}) {
    Config config = default_config().value();
    config.extract.workers = workers;
    Doc doc_in;
    doc_in.source_path = path;
    Diagnostics diag;
    Result<Doc> read = run_extract(std::move(doc_in), config.extract, diag);
    ASSERT_TRUE(read.is_ok()) << workers;
    const std::vector<LinkArea>& links = read.value().pages[0].links;
    ASSERT_EQ(links.size(), 2u) << workers;
    EXPECT_EQ(links[0].dest_page, 2);
    EXPECT_EQ(links[0].dest_y, y2) << workers;
    EXPECT_EQ(links[1].dest_page, 3);
    EXPECT_EQ(links[1].dest_y, y3) << workers;
  }
}

}  // namespace
}  // namespace coi::extract
