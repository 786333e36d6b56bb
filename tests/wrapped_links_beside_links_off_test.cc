// Links wrapped over two lines on a page whose other rectangles are off their words
// (stages/extract/link_placement.cc, step 2b), on LibreOffice's renderings of generated notes and
// Ghostscript's re-prints of them, held against their models: seed 2206 (held18, pages 8 and 9,
// notes 28 and 29: fixtures/generated-classes/wrapped-link-beside-links-off-2206) and seed 2422
// (held20, page 9, a body title and note 17's: wrapped-link-beside-links-off-2422). On each page
// some footnote marks' rectangles cut words, so every web link there is judged strictly, and a
// wrapped link's first piece runs on from its title to the frame's edge: once both its pieces
// were dropped, and the notes and the body line kept their titles but no URL.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/note_links.h"

namespace coi {
namespace {

using testing::link_texts;
using testing::links_of;
using testing::missing;

struct WrappedRender {
  const char* folder;
  const char* producer;
  int note;        ///< the note whose wrapped title was lost
  int wrapped;     ///< how many times the cut prints that title linked (body and notes)
};

void PrintTo(const WrappedRender& r, std::ostream* os) { *os << r.folder << " " << r.producer; }

class WrappedLinksBesideLinksOff : public ::testing::TestWithParam<WrappedRender> {};

// Each note of the cut links what the model's note of its number links, no link of the cut is
// one the model lacks, and the lost note's title (as the model links it) is linked wherever the
// cut prints it.
TEST_P(WrappedLinksBesideLinksOff, EveryNoteKeepsItsLinksAndNoLinkIsAnothers) {
  const WrappedRender& r = GetParam();
  const std::string folder = std::string("fixtures/generated-classes/") + r.folder;
  const Doc model = testing::load_fixture_model(folder);
  const Doc ours = testing::convert_fixture(folder, r.producer, "");
  std::map<int, std::vector<std::string>> want;
  for (const Footnote& note : model.footnotes) want[note.number] = link_texts(note.inlines);
  ASSERT_TRUE(want.count(r.note));
  ASSERT_EQ(want[r.note].size(), 1u);
  int notes = 0;
  for (const Footnote& note : ours.footnotes) {
    ASSERT_TRUE(want.count(note.number)) << "note " << note.number;
    EXPECT_EQ(link_texts(note.inlines), want[note.number]) << "note " << note.number;
    ++notes;
  }
  EXPECT_GE(notes, 5);
  const std::multiset<std::string> got = links_of(ours);
  EXPECT_EQ(missing(got, links_of(model)), std::vector<std::string>{});
  EXPECT_EQ(static_cast<int>(got.count(want[r.note][0])), r.wrapped) << want[r.note][0];
}

INSTANTIATE_TEST_SUITE_P(
    Renders, WrappedLinksBesideLinksOff,
    ::testing::Values(WrappedRender{"wrapped-link-beside-links-off-2206", "libreoffice", 28, 1},
                      WrappedRender{"wrapped-link-beside-links-off-2206", "gs-libreoffice", 28, 1},
                      WrappedRender{"wrapped-link-beside-links-off-2422", "libreoffice", 17, 2},
                      WrappedRender{"wrapped-link-beside-links-off-2422", "gs-libreoffice", 17,
                                    2}));

}  // namespace
}  // namespace coi
