#include "stages/tables/hrule_regions.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "stages/tables/overprinted_header.h"

namespace coi::tables::hrule {

namespace {

// True when `s` lies inside a link's area (within `snap`): the link's underline. A justified
// reference whose linked title fills the line draws an underline as wide as the text, and two
// such lines closed the lines between them as a table ruled above and below, its columns the
// justified gaps (bibliographies, LibreOffice and WeasyPrint).
bool underlines_link(const Page& page, const Segment& s, double snap) {
  return std::any_of(page.links.begin(), page.links.end(), [&](const LinkArea& link) {
    return s.lo >= link.box.x0 - snap && s.hi <= link.box.x1 + snap &&
           s.at >= link.box.y0 - snap && s.at <= link.box.y1 + snap;
  });
}

// True when `s` is the underline of words on one line, drawn with no link to say so: Cairo's,
// MuPDF's and Ghostscript's re-prints keep a link's blue underline but drop its annotation. An
// underline lies in the line's descent band (below the baseline, less than
// `underline_max_drop` font sizes under it) and runs from inside one word to inside another,
// across gaps no wider than `underline_max_gap` font sizes (a justified line's stretched
// spaces). A table's rule under a row of text runs from the table's edge, beyond its cell
// padding, across its column gaps, or lies below its text's descent: it is kept.
bool underlines_words(const Page& page, const Segment& s, const HRulesConfig& config) {
  std::vector<const Word*> over;
  for (const Word& w : page.words) {
    if (w.box.x1 <= s.lo || w.box.x0 >= s.hi || w.font_size <= 0) continue;
    const double drop = s.at - w.baseline;
    if (drop > 0 && drop <= config.underline_max_drop * w.font_size) over.push_back(&w);
  }
  if (over.empty()) return false;
  std::sort(over.begin(), over.end(),
            [](const Word* a, const Word* b) { return a->box.x0 < b->box.x0; });
  const Word& first = *over.front();
  const Word& last = *over.back();
  if (s.lo < first.box.x0 - config.underline_end_tolerance * first.font_size ||
      s.hi > last.box.x1 + config.underline_end_tolerance * last.font_size) {
    return false;
  }
  for (size_t k = 1; k < over.size(); ++k) {
    const double gap = over[k]->box.x0 - over[k - 1]->box.x1;
    if (gap > config.underline_max_gap * over[k]->font_size) return false;
  }
  return true;
}

// True when `number` ("9.") is the number of a section's heading whose first paragraph is
// numbered `next` ("9.1"): a top-level heading's number has no inner dot, so paragraph_number
// takes it for a list's "9."; the paragraph under it says what it is.
bool heads_section(const std::string& number, const std::string& next) {
  return number.size() >= 2 && number.back() == '.' && paragraph_number(number + "1") &&
         paragraph_number(next) && next.rfind(number, 0) == 0;
}

}  // namespace

std::vector<Segment> horizontal_rules(const Page& page, const std::vector<Fragment>& ruled,
                                      const TablesConfig& config, bool notes_unruled) {
  std::vector<Segment> all = join_collinear(
      border_segments(page, config, notes_unruled).horizontal, config.snap_tolerance);
  std::vector<Segment> out;
  for (const Segment& s : all) {
    const double mid = (s.lo + s.hi) / 2, snap = config.snap_tolerance;
    const bool in_grid = std::any_of(ruled.begin(), ruled.end(), [&](const Fragment& f) {
      return mid >= f.box.x0 - snap && mid <= f.box.x1 + snap && s.at >= f.box.y0 - snap &&
             s.at <= f.box.y1 + snap;
    });
    if (!in_grid && !underlines_link(page, s, snap) && !underlines_words(page, s, config.hrules)) {
      out.push_back(s);
    }
  }
  std::sort(out.begin(), out.end(), [](const Segment& a, const Segment& b) { return a.at < b.at; });
  return out;
}

std::vector<std::vector<Segment>> stacks_of(const std::vector<Segment>& rules, double tolerance) {
  std::vector<std::vector<Segment>> out;
  for (const Segment& s : rules) {
    auto same = [&](const std::vector<Segment>& stack) {
      return std::fabs(stack.front().lo - s.lo) <= tolerance &&
             std::fabs(stack.front().hi - s.hi) <= tolerance;
    };
    auto it = std::find_if(out.begin(), out.end(), same);
    if (it == out.end()) out.push_back({s});
    else it->push_back(s);
  }
  return out;
}

const std::vector<TextLine>& Finder::lines(const Region& r) const {
  for (const auto& [region, found] : lines_read) {
    if (region == r) return found;
  }
  return lines_read.emplace_back(r, lines_in(page, text, r, config)).second;
}

bool Finder::open_edge(const Segment& rule, bool below, double& edge) const {
  bool any = false;
  edge = rule.at;
  // The page's words run top to bottom, so those beyond the rule come last below it and first
  // above it: read from that end, a word outside the rule's width ends the search soonest.
  const size_t n = text.words.size();
  for (size_t k = 0; k < n; ++k) {
    const int w = text.words[below ? n - 1 - k : k];
    const Word& word = page.words[w];
    const double cy = centre_y(word);
    if (below ? cy <= rule.at : cy >= rule.at) continue;
    const double cx = centre_x(word);
    if (cx < rule.lo || cx > rule.hi) return false;
    any = true;
    edge = below ? std::max(edge, word.box.y1 + 1) : std::min(edge, word.box.y0 - 1);
  }
  return any;
}

bool Finder::try_open(const Segment& rule, bool below, Region& region, size_t had_columns) const {
  Region open = region, beyond = region;
  double edge = 0;
  if (!open_edge(rule, below, edge)) return false;
  (below ? open.bottom : open.top) = edge;
  (below ? open.open_bottom : open.open_top) = true;
  beyond.top = below ? rule.at : edge;
  beyond.bottom = below ? edge : rule.at;
  const std::vector<Column> cols = columns(open);
  if (cols.size() < static_cast<size_t>(config.hrules.open_min_columns) ||
      cols.size() < had_columns) {
    return false;
  }
  bool row_like = false;
  for (const TextLine& line : lines(beyond)) {
    std::vector<bool> used(cols.size(), false);
    for (int w : line.words) used[static_cast<size_t>(column_at(cols, centre_x(page.words[w])))] = true;
    row_like |= std::count(used.begin(), used.end(), true) >= 2;
  }
  if (!row_like) return false;
  region = open;
  return true;
}

bool Finder::band_keeps_columns(double y, const Region& joined, size_t had) const {
  Region band = joined;
  band.top = y;
  return table_columns(lines(band)).size() >= had;
}

bool Finder::numbered_prose(const Region& band) const {
  const std::vector<Column> cols = columns(band);
  if (cols.size() < 2) return false;
  std::vector<std::string> openers;  // the first words of the lines opening in column 0
  for (const TextLine& line : lines(band)) {
    const Word& first = page.words[static_cast<size_t>(line.words.front())];
    if (column_at(cols, centre_x(first)) == 0) openers.push_back(first.text);
  }
  for (size_t k = 0; k < openers.size(); ++k) {
    if (paragraph_number(openers[k])) continue;
    if (k + 1 < openers.size() && heads_section(openers[k], openers[k + 1])) continue;
    return false;
  }
  return !openers.empty();
}

bool Finder::with_label_below(const Region& r, Region& out) const {
  if (r.open_bottom) return false;
  Region below{r.x0, r.x1, r.bottom, 1e9, false, false, 0};
  for (int w : text.words) {
    const Word& word = page.words[static_cast<size_t>(w)];
    if (centre_y(word) <= r.bottom) continue;
    if (centre_x(word) < r.x0 || centre_x(word) > r.x1) return false;
  }
  const std::vector<TextLine>& found = lines(below);
  const double max_drop = config.hrules.escaped_label_max_drop * text.em;
  if (found.size() != 1 || found.front().top - r.bottom > max_drop) {
    return false;
  }
  out = r;
  out.label_bottom = found.front().bottom + 1;
  return true;
}

std::vector<Region> Finder::regions(const std::vector<Segment>& stack) const {
  std::vector<Region> out;
  const size_t n = stack.size();
  size_t i = 0;
  while (i < n) {
    Region r{stack[i].lo, stack[i].hi, stack[i].at, stack[i].at, false, false};
    size_t j = i, had = 0;
    while (j + 1 < n) {
      Region next = r;
      next.bottom = stack[j + 1].at;
      if (numbered_prose(Region{r.x0, r.x1, stack[j].at, next.bottom, false, false, 0})) break;
      size_t c = columns(next).size();
      if (c >= 2 && c < had && band_keeps_columns(stack[j].at, next, had)) c = had;
      if (j == i && j + 2 < n) {  // a header of overprinted words over the band below
        const Region below{r.x0, r.x1, stack[j + 1].at, stack[j + 2].at, false, false, 0};
        const size_t below_columns = table_columns(lines(below)).size();
        if (below_columns >= 2 && c < below_columns && overprinted_header(*this, next, below)) {
          r = next, r.bottom = below.bottom, had = below_columns, j += 2;
          continue;
        }
      }
      if (c < 2 || c < had) break;
      r = next, had = c, ++j;
    }
    bool found = j > i;
    if (j == n - 1 && try_open(stack[j], /*below=*/true, r, had)) found = true;
    // Open above only a stack's first rule that closes nothing below: a closed table's first
    // rule is its top, and the short line above it (a caption, a heading) is no row.
    if (!found && i == 0 && try_open(stack[i], /*below=*/false, r, had)) found = true;
    if (found) out.push_back(r);
    i = found ? j + 1 : i + 1;
  }
  return out;
}

}  // namespace coi::tables::hrule
