#include "stages/tables/overprinted_header.h"

#include <algorithm>
#include <cstddef>
#include <vector>

#include "pipeline/word_cuts.h"

namespace coi::tables::hrule {

namespace {

// Whether a word of `line` starts at x (within `tolerance`).
bool starts_at(const Page& page, const TextLine& line, double x, double tolerance) {
  return std::any_of(line.words.begin(), line.words.end(), [&](int w) {
    const Word& word = page.words[static_cast<size_t>(w)];
    return !word.raised && word.box.x0 >= x - tolerance && word.box.x0 <= x + tolerance;
  });
}

}  // namespace

bool overprinted_header(const Finder& finder, const Region& header, const Region& below) {
  Region joined = header;
  joined.bottom = below.bottom;
  // Every column the band below gives, by its gaps or split at aligned starts (splits only add
  // to its gaps' columns), stays: a header word crossing a column's start with nothing starting
  // there on its line (a "Year" label wider than its column) would merge a column the body's own
  // lines keep apart.
  const std::vector<Column> columns = finder.table_columns(finder.lines(joined));
  if (columns.size() < finder.table_columns(finder.lines(below)).size()) return false;
  const Page& page = finder.page;
  const double tolerance = finder.config.hrules.aligned_tolerance;
  const double overhang = finder.config.hrules.column_gap * finder.text.em;
  std::vector<bool> used(columns.size(), false);
  for (const TextLine& line : finder.lines(header)) {
    for (int w : line.words) {
      const Word& word = page.words[static_cast<size_t>(w)];
      if (word.raised) continue;
      used[static_cast<size_t>(column_at(columns, word.box.x0 + tolerance))] = true;
      for (size_t c = 1; c < columns.size(); ++c) {
        const double x = columns[c].x0;
        if (word.box.x0 >= x - tolerance || word.box.x1 <= x + tolerance) continue;
        // A label alone on its line a little wider than its column ("Year", centred over the
        // header rows) only overhangs the next column's start.
        if (line.words.size() == 1 && word.box.x1 - x < overhang) continue;
        if (!starts_at(page, line, x, tolerance) && char_start_at(page, word, x, tolerance) == 0) {
          return false;  // a word running across the column's start: prose, not a header
        }
      }
    }
  }
  return std::count(used.begin(), used.end(), true) >= 2;
}

}  // namespace coi::tables::hrule
