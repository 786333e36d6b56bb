// Tables ruled with horizontal lines only (hrule_tables.h), step 3: a header band whose words
// overprint one another. XeLaTeX prints a header word wider than its narrow p column past the
// column's border, and the next cell's text over its end ("Internationalisation" under
// "Reconsiderations", "Applications" under "Unaccompanied"): read alone, by its gaps, the band
// between the top rule and the header's rule is one column (or two, its first word standing
// apart: "Applications" beside "Unaccompanied" over "Disproportionately"), fewer than the band
// below, so it opened no table and the header was lost (the body below its rule was read as a
// table of its own, or, read with the header, lost its columns too).
//
//   ─────────────────────────────────────────   top rule
//   InternationalisReconsideratApplicUnaccompanied   each word cut by the next one's start
//                                           minors
//   ─────────────────────────────────────────   header rule
//   Pending    66,922,399  0     85,047,926 11,030,264
//
// Such a band heads the band below it when the two read together as step 2 reads a table's lines
// split into at least as many columns as the band below gives alone (by its gaps, and split as
// step 2 splits them), the band has text in two of those columns or more, and none of its words
// crosses a column's start but one that the next cell's text starts over (overprinted), that
// Poppler glued to it (a character starting there), or a label alone on its line overhanging it
// by less than a column gap ("Year" centred over two header rows, wider than its column). A
// caption or a paragraph between two rules is no header: its words cross the columns' starts,
// or it holds one column only. The band below is counted as step 2 counts a table's lines, split
// at aligned starts too: where the body's figures overflow their narrow columns up to the next
// column's text ("Applications122,944", "91,005,57499,677,733"), its gaps alone give one
// column, and the header over it was lost with it.
#pragma once

#include "stages/tables/hrule_lines.h"
#include "stages/tables/hrule_regions.h"

namespace coi::tables::hrule {

/// Whether `header` (a band between two rules, fewer columns by its gaps than `below`) heads
/// `below` (the band under it), as above.
bool overprinted_header(const Finder& finder, const Region& header, const Region& below);

}  // namespace coi::tables::hrule
