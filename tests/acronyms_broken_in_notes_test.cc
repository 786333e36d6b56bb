// End to end on XeLaTeX's rendering of seed 2416 (pages 6 and 14; held20, the class's only
// render: the renders of own seeds 1764-1799 and held14's 1820 break no acronym, held18 and
// held19 only WeasyPrint's, which marks its own hyphen), and Cairo's re-print of the cut, the
// second shape: note 4 prints "... Documentation (AC-" / "CORD), Sri Lanka ...", and the note
// prints "ACCORD" whole only in its glossary's cell (page 14), never in running text. The
// hyphen judge counted the joined word in running text only, so the break was kept: "AC-CORD".
// An acronym printed whole counts wherever it is printed (stages/text/hyphenation.h, step 2a).
// Expected notes and texts come from the model.
#include <gtest/gtest.h>

#include "tests/support/fixture_notes.h"

namespace coi {
namespace {

TEST(AcronymsBrokenInNotes, AcronymPrintedInACellJoinsItsBrokenHalves) {
  for (const char* producer : {"latex", "cairo-latex"}) {
    SCOPED_TRACE(producer);
    testing::expect_notes_as_model("fixtures/generated-classes/acronym-broken-in-notes-latex",
                                   producer, 4, 6);
  }
}

}  // namespace
}  // namespace coi
