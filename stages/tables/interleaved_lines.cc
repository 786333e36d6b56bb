#include "stages/tables/interleaved_lines.h"

#include <algorithm>
#include <string>
#include <utility>

#include "pipeline/median.h"
#include "pipeline/utf8.h"

namespace coi::tables::hrule {

namespace {

bool share_a_column(const LineColumns& a, const LineColumns& b) {
  for (size_t c = 0; c < a.first.size(); ++c) {
    if (a.first[c] >= 0 && b.first[c] >= 0) return true;
  }
  return false;
}

int cells_on(const LineColumns& line) {
  return static_cast<int>(
      std::count_if(line.first.begin(), line.first.end(), [](int w) { return w >= 0; }));
}

// Two printed lines one line pitch apart (within `row_pitch_tolerance` of it), no rule between.
bool one_cell_apart(const std::vector<TextLine>& lines, const std::vector<Segment>& inner,
                    size_t a, size_t b, double pitch, const TablesConfig& config) {
  return lines[b].baseline - lines[a].baseline <= pitch * (1 + config.row_pitch_tolerance) &&
         rule_between(inner, lines[a].bottom, lines[b].top) == nullptr;
}

// Step 0b: `lines[i]` has text in one column, opening with a lower-case letter (the rest of a
// word), lies less than `interleaved_max_step` font sizes (`em`) below the line before it
// (step 1), and the nearest line above with text in that column lies a line pitch above it, no
// rule between, lines of other columns between the two: step 2 reads it as that cell's rest.
bool rest_of_cell(const Page& page, const std::vector<TextLine>& lines,
                  const std::vector<LineColumns>& split_lines, const std::vector<Segment>& inner,
                  size_t i, double em, double pitch, const TablesConfig& config) {
  if (cells_on(split_lines[i]) != 1 ||
      lines[i].baseline - lines[i - 1].baseline >= config.hrules.interleaved_max_step * em) {
    return false;
  }
  const std::vector<int>& first = split_lines[i].first;
  const auto c = static_cast<size_t>(
      std::find_if(first.begin(), first.end(), [](int w) { return w >= 0; }) - first.begin());
  if (!opens_lower_case(page.words[static_cast<size_t>(first[c])].text)) return false;
  for (size_t k = i; k-- > 0;) {
    if (split_lines[k].first[c] < 0) continue;
    return k + 1 < i && one_cell_apart(lines, inner, k, i, pitch, config);
  }
  return false;
}

}  // namespace

double cell_line_pitch(const std::vector<TextLine>& lines,
                       const std::vector<LineColumns>& split_lines) {
  std::vector<double> steps;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (share_a_column(split_lines[i - 1], split_lines[i])) {
      steps.push_back(lines[i].baseline - lines[i - 1].baseline);
    }
  }
  return steps.empty() ? 0 : upper_median(std::move(steps));
}

void drop_interleaved(const Page& page, std::vector<bool>& centred,
                      const std::vector<TextLine>& lines,
                      const std::vector<LineColumns>& split_lines,
                      const std::vector<Segment>& inner, double em, double pitch,
                      const TablesConfig& config,
                      const std::function<bool(size_t above, size_t below)>& parts_rows) {
  if (pitch <= 0) return;
  bool padded = false;  // two lines of a column further apart than a line, no rule between
  for (size_t i = 1; i < lines.size(); ++i) {
    padded |= share_a_column(split_lines[i - 1], split_lines[i]) &&
              !one_cell_apart(lines, inner, i - 1, i, pitch, config) &&
              rule_between(inner, lines[i - 1].bottom, lines[i].top) == nullptr;
  }
  for (size_t i = 1; i + 1 < centred.size(); ++i) {
    if (!centred[i]) continue;
    // Steps 0a and 0b: where the rows are unpadded, a label's two rows are a line apart too,
    // and only what the line is tells it from a cell's.
    const bool row_between = cells_on(split_lines[i]) > 1 &&
                             !share_a_column(split_lines[i - 1], split_lines[i]) &&
                             !share_a_column(split_lines[i + 1], split_lines[i]);
    if (!padded && !row_between &&
        !rest_of_cell(page, lines, split_lines, inner, i, em, pitch, config)) {
      continue;
    }
    if (one_cell_apart(lines, inner, i - 1, i + 1, pitch, config) && !parts_rows(i - 1, i + 1)) {
      centred[i] = false;
    }
  }
}

LineColumns line_above(const std::vector<TextLine>& lines,
                       const std::vector<LineColumns>& split_lines, const std::vector<bool>& skip,
                       size_t i, size_t prev, double em, double pitch,
                       const TablesConfig& config) {
  // Step 1.
  if (pitch <= 0 ||
      lines[i].baseline - lines[prev].baseline >= config.hrules.interleaved_max_step * em) {
    return split_lines[prev];
  }
  // Step 2.
  const size_t columns = split_lines[i].first.size();
  LineColumns out{std::vector<int>(columns, -1), std::vector<int>(columns, -1)};
  for (size_t k = i; k-- > 0;) {
    if (lines[i].baseline - lines[k].baseline > pitch * (1 + config.row_pitch_tolerance)) break;
    if (skip[k]) continue;
    for (size_t c = 0; c < columns; ++c) {
      if (out.first[c] >= 0 || split_lines[k].first[c] < 0) continue;
      out.first[c] = split_lines[k].first[c];
      out.last[c] = split_lines[k].last[c];
    }
  }
  return out;
}

bool pokes_above_row(const std::vector<TextLine>& lines,
                     const std::vector<LineColumns>& split_lines, const std::vector<size_t>& row,
                     size_t i, double em, const TablesConfig& config) {
  return !row.empty() && std::all_of(row.begin(), row.end(), [&](size_t k) {
    return lines[i].baseline - lines[k].baseline < config.hrules.interleaved_max_step * em &&
           !share_a_column(split_lines[k], split_lines[i]);
  });
}

}  // namespace coi::tables::hrule
