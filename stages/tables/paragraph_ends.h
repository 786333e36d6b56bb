// One rule for a tall cell's next paragraph read as a row of its own, on one page
// (paragraph_rows.h, step 1) and over a page break (cut_rows.h, step 3b): a row R whose name and
// type end above its foot while its description reaches it, and a row N under it with text
// exactly where R's text reaches R's foot, blank exactly where it stopped above, in columns no
// other row leaves blank. The callers say where each text ends, in their own terms.
#pragma once

#include <cstddef>
#include <vector>

namespace coi::tables {

/// Where R's text ends in one of its cells (or columns), against N's text there.
struct ParagraphEnd {
  enum class Stop { kFoot, kAbove, kUnknown };
  Stop stop = Stop::kUnknown;  ///< R's text reaches its foot, stopped above it, or neither said
  bool next_text = false;      ///< N has text there
};

/// True when N goes on with R: every cell of R has text that ends known (kFoot or kAbove), N
/// has text exactly where R's reaches its foot and none where it stopped above, there in
/// columns that `names(i)` says every other row fills (a column of names: a label set
/// top-aligned leaves its column blank in the rows under it, so a blank there says nothing),
/// with one cell of each kind at least.
template <typename Names>
bool goes_on_where_it_reaches(const std::vector<ParagraphEnd>& ends, const Names& names) {
  bool above = false, foot = false;
  for (size_t i = 0; i < ends.size(); ++i) {
    const ParagraphEnd& end = ends[i];
    if (end.stop != (end.next_text ? ParagraphEnd::Stop::kFoot : ParagraphEnd::Stop::kAbove)) {
      return false;
    }
    if (!end.next_text && !names(i)) return false;
    above |= !end.next_text;
    foot |= end.next_text;
  }
  return above && foot;
}

}  // namespace coi::tables
