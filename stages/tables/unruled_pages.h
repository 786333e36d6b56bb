// Pages of a table ruled with horizontal lines only that show no rule at all (the middle pages
// of a long table whose rules are only a top rule, a rule under the header and a bottom rule),
// or rules around a part too short to be a table by itself.
#pragma once

#include <optional>
#include <vector>

#include "pipeline/model.h"
#include "stages/tables/fragment.h"
#include "stages/tables/tables_config.h"

namespace coi::tables {

/// The fragment `page` prints of the table whose last fragment so far is `prev` (on the page
/// before), when no rule on `page` shows it as a table: `prev` is not closed by a rule at its
/// bottom, or `page` opens under a rule as wide as `prev` (a part too short to be a table by
/// itself, between rules that rule every page's part), and the body lines opening `page`
/// (above `found`, the fragments already found on it) keep within its width and across none of
/// its column borders. Cells have boxes, no words yet; nothing when `page` does not carry
/// `prev` on (table_join.h's `continues`). A fragment of `found` that is only `prev`'s header
/// printed again, a row alone between its rules, is the continuation's first lines and leaves
/// `found` when the continuation is returned. `notes_unruled`: the note's notes open under no
/// separator, so a rule at the top of their area may be a table's bottom rule (rule_segments.h).
std::optional<Fragment> find_unruled_continuation(const Doc& doc, const Page& page,
                                                  const Fragment& prev,
                                                  std::vector<Fragment>& found,
                                                  const TablesConfig& config,
                                                  bool notes_unruled);

}  // namespace coi::tables
