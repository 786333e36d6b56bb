// Step 6 of the layout stage (see layout.cc): where each page's footnote area starts.
#include <algorithm>

#include "stages/layout/layout_parts.h"
#include "stages/rules/rule_shape.h"

namespace coi::layout {

namespace {

// A separator stands alone: table borders meet vertical rules, a separator meets none. "Meet"
// allows twice the separator's thickness (a thick rule's neighbours join it farther from its
// centre line), and at least footnote_rule_isolation, since a hairline's thickness allows none.
bool isolated(const Page& page, const Rule& rule, const LayoutConfig& config) {
  const double slack = std::max(2 * rule.box.height(), config.footnote_rule_isolation);
  const Box near{rule.box.x0 - slack, rule.box.y0 - slack, rule.box.x1 + slack,
                 rule.box.y1 + slack};
  return std::none_of(page.rules.begin(), page.rules.end(), [&](const Rule& r) {
    return is_vertical_rule(r, config.rules) && overlap_area(near, r.box) > 0;
  });
}

bool small_type(const Line& line, double body_font_size, const LayoutConfig& config) {
  return line.font_size < config.footnote_max_size_ratio * body_font_size;
}

bool starts_with_mark(const Page& page, const Line& line, const LayoutConfig& config) {
  if (line.words.empty()) return false;
  const Word& first = page.words[static_cast<size_t>(line.words.front())];
  return first.raised && config.footnote_mark.full_match(first.text);
}

// (a) the top of a short isolated separator rule in the lower half with small type just below.
double rule_top(const Page& page, double body_font_size, const LayoutConfig& config) {
  double best = -1;
  for (const Rule& rule : page.rules) {
    if (!is_horizontal_rule(rule, config.rules) ||
        rule.box.y0 < config.footnote_rule_min_y * page.height ||
        rule.box.width() > config.footnote_rule_max_width * page.width ||
        !isolated(page, rule, config)) {
      continue;
    }
    if (best >= 0 && rule.box.y0 >= best) continue;
    const auto below = std::find_if(page.lines.begin(), page.lines.end(), [&](const Line& l) {
      return l.role == LineRole::kBody && l.box.y0 >= rule.box.y0;
    });
    if (below == page.lines.end() || !small_type(*below, body_font_size, config) ||
        below->box.y0 - rule.box.y1 > config.footnote_rule_max_gap * body_font_size) {
      continue;
    }
    best = rule.box.y0;
  }
  return best;
}

// (b) no separator: the run of small-type body lines at the bottom, from its first line that
// starts with a raised footnote number.
double mark_top(const Page& page, double body_font_size, const LayoutConfig& config) {
  size_t start = page.lines.size();
  for (size_t i = page.lines.size(); i-- > 0;) {
    const Line& line = page.lines[i];
    if (line.role != LineRole::kBody) continue;
    if (!small_type(line, body_font_size, config)) break;
    start = i;
  }
  for (size_t i = start; i < page.lines.size(); ++i) {
    const Line& line = page.lines[i];
    if (line.role == LineRole::kBody && starts_with_mark(page, line, config)) return line.box.y0;
  }
  return -1;
}

}  // namespace

void mark_footnotes(Doc& doc, const LayoutConfig& config) {
  for (Page& page : doc.pages) {
    double top = rule_top(page, doc.body_font_size, config);
    if (top < 0) top = mark_top(page, doc.body_font_size, config);
    if (top < 0) continue;
    page.footnote_top = top;
    for (Line& line : page.lines) {
      if (line.role == LineRole::kBody && line.box.y0 >= top) line.role = LineRole::kFootnote;
    }
  }
}

}  // namespace coi::layout
