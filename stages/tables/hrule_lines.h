// Tables ruled with horizontal lines only (hrule_tables.h), step 2's input: the page's body
// words inside a candidate region, grouped into printed lines.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "stages/tables/cell_grid.h"
#include "stages/tables/tables_config.h"

namespace coi::tables::hrule {

// A printed line inside a region: words sharing a baseline, left to right.
struct TextLine {
  std::vector<int> words;
  double top = 0, bottom = 0, baseline = 0;
};

// A candidate table: the rules' extent, and its top and bottom (a rule's y, or the page's text
// edge where `open_*`).
struct Region {
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  bool open_top = false, open_bottom = false;
  double label_bottom = 0;  // below a \multirow label escaped under the bottom rule (step 4d), or 0
  bool operator==(const Region&) const = default;
};

// The page's text a table may hold.
struct PageText {
  std::vector<int> words;   // words of the page's body lines
  std::vector<int> header;  // words of running-header lines: a header row repeated at the top of
                            // every page a table runs over looks like one to layout
  double em = 10;           // the body words' median font size
};

// The page's text a table may hold, but the running footer's words (`footer`, when given:
// cell_grid.h), which a row LaTeX cannot break prints beside its last lines ("Page 33 of 50"
// in the Type column, layout reading the two as one body line): read as the row's text there,
// they opened a row of their own and cut the cell beside them in two.
PageText body_text(const Page& page, const RunningFooter* footer);

// A paragraph number ("4.1.1", "12.3."), not the "1." of a list: numbered paragraphs set a
// number column beside their text, which reads as a table's first column (steps 3 and 5).
bool paragraph_number(const std::string& s);

// Sets `line`'s top and bottom to its words' extent (footnote marks too).
void span_words(const Page& page, TextLine& line);

inline double centre_x(const Word& w) { return w.box.centre_x(); }
inline double centre_y(const Word& w) { return w.box.centre_y(); }

// Step 2: the body words whose centre lies in the region, or that start in it and overflow its
// right end (XeLaTeX prints a last column's word wider than its p column past the rules), as
// printed lines (raised marks on the line of the word they follow); running-header words too
// when a rule closes the region above them.
std::vector<TextLine> lines_in(const Page& page, const PageText& text, const Region& r,
                               const TablesConfig& config);

}  // namespace coi::tables::hrule
