#include "stages/tables/interleaved_lines.h"

namespace coi::tables::hrule {

namespace {

// Two printed lines at least a padded row's step apart, with no rule between them.
bool padded_apart(const std::vector<TextLine>& lines, const std::vector<Segment>& inner, size_t a,
                  size_t b, double em, const TablesConfig& config) {
  return lines[b].baseline - lines[a].baseline >= config.row_pitch_min * em &&
         rule_between(inner, lines[a].bottom, lines[b].top) == nullptr;
}

}  // namespace

void drop_interleaved(std::vector<bool>& centred, const std::vector<TextLine>& lines,
                      const std::vector<Segment>& inner, double em, const TablesConfig& config,
                      const std::function<bool(size_t above, size_t below)>& parts_rows) {
  bool padded = false;
  for (size_t i = 1; i < lines.size(); ++i) padded |= padded_apart(lines, inner, i - 1, i, em, config);
  if (!padded) return;
  for (size_t i = 1; i + 1 < centred.size(); ++i) {
    if (!centred[i] || padded_apart(lines, inner, i - 1, i + 1, em, config) ||
        rule_between(inner, lines[i - 1].bottom, lines[i + 1].top) != nullptr) {
      continue;
    }
    if (!parts_rows(i - 1, i + 1)) centred[i] = false;
  }
}

LineColumns line_above(const std::vector<TextLine>& lines,
                       const std::vector<LineColumns>& split_lines, const std::vector<bool>& skip,
                       size_t i, size_t prev, double em, const TablesConfig& config) {
  // Step 1.
  if (lines[i].baseline - lines[prev].baseline >= config.hrules.interleaved_max_step * em) {
    return split_lines[prev];
  }
  // Step 2.
  const size_t columns = split_lines[i].first.size();
  LineColumns out{std::vector<int>(columns, -1), std::vector<int>(columns, -1)};
  for (size_t k = i; k-- > 0;) {
    if (lines[i].baseline - lines[k].baseline >= config.row_pitch_min * em) break;
    if (skip[k]) continue;
    for (size_t c = 0; c < columns; ++c) {
      if (out.first[c] >= 0 || split_lines[k].first[c] < 0) continue;
      out.first[c] = split_lines[k].first[c];
      out.last[c] = split_lines[k].last[c];
    }
  }
  return out;
}

}  // namespace coi::tables::hrule
