// Tables ruled with horizontal lines only: fragments bounded by rules, columns from text alignment.
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "stages/tables/cell_grid.h"
#include "stages/tables/fragment.h"
#include "stages/tables/rule_segments.h"
#include "stages/tables/tables_config.h"

namespace coi::tables {

/// Table fragments of `page` drawn with horizontal rules and no vertical ones (a rule above and
/// below, maybe under the header or between rows): columns from the alignment of the text between
/// the rules, rows from its lines. Rules inside `ruled` (the page's grid fragments) are not used.
/// Cells have boxes, no words yet; `rule_header_rows` is set where a rule sets the header apart.
/// Words Poppler glued across a found table's column border are cut there (word_cuts.h).
/// `centred_labels`: the note's tables centre their labels over the rows they span, so a label
/// on a row's line with blank cells around it is centred over them too (step 4b), not set on
/// its first row (step 4c). The note's running `footer` (cell_grid.h) is no table's text.
/// `note_line_em`: the note's cells' line step in font sizes, for a table that shows none
/// (row_pitch.h, step 1d), or 0. `notes_unruled`: the note's notes open under no separator, so
/// a rule at the top of their area may be a table's bottom rule (rule_segments.h).
std::vector<Fragment> find_hrule_fragments(Page& page, const std::vector<Fragment>& ruled,
                                           const TablesConfig& config, bool centred_labels,
                                           double note_line_em, const RunningFooter& footer,
                                           bool notes_unruled);

/// The fragment of the body text of `page` within `region`, read as a table open on both sides
/// whose column borders are `borders` (a page between a table's first and last rules, which
/// shows none: unruled_pages.h): rows as above, `rules` (the rule under a header printed again
/// atop the page, or none) among them. False when it is no table.
bool find_open_fragment(const Page& page, const Box& region, const std::vector<double>& borders,
                        const std::vector<Segment>& rules,
                        const TablesConfig& config, Fragment& out);

}  // namespace coi::tables
