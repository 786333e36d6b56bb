#include "stages/tables/rule_segments.h"

#include <algorithm>
#include <cmath>

#include "stages/rules/rule_shape.h"

namespace coi::tables {

namespace {

// Whether `rule` (its pieces joined), at the top of the footnote area, is the bottom rule of a
// table that the notes follow directly: rules above it on the page, joined where drawn per cell,
// span its extent within `tolerance` at both ends. Under a template that draws no separator, the
// footnote finder takes a table's bottom rule with the notes right under it for their wide
// separator (XeLaTeX, seeds 1805, 1810 and 1820): left out, the table lost its bottom rule and
// its rows read as paragraphs. Only in a note whose template draws no separator: where it draws
// one as wide as the text (seeds 1806, 1817, 1826), a table carried over the page break runs
// down to it, open, and the separator is no rule of the table's.
bool closes_a_stack(const Segment& rule, const std::vector<Segment>& above, double snap,
                    double tolerance) {
  const std::vector<Segment> joined = join_collinear(above, snap);
  return std::any_of(joined.begin(), joined.end(), [&](const Segment& s) {
    return std::fabs(s.lo - rule.lo) <= tolerance && std::fabs(s.hi - rule.hi) <= tolerance;
  });
}

}  // namespace

bool notes_unruled(const Doc& doc, const TablesConfig& config) {
  // Pages whose notes open under a separator of their own (a rule at the area's top that closes
  // no table: no rule as wide above it), and pages whose notes open under no rule at all.
  int separated = 0, open = 0;
  for (const Page& page : doc.pages) {
    if (page.footnote_top < 0) continue;
    const Segments rules = border_segments(page, config, /*unruled=*/true);
    const bool on_rule = std::any_of(page.rules.begin(), page.rules.end(), [&](const Rule& rule) {
      return is_horizontal_rule(rule, config.rules) &&
             std::fabs(rule.box.y0 - page.footnote_top) <= config.snap_tolerance;
    });
    const bool closes_table = std::any_of(rules.horizontal.begin(), rules.horizontal.end(),
                                          [&](const Segment& s) {
      return std::fabs(s.at - page.footnote_top) <= 2 * config.snap_tolerance;
    });
    separated += on_rule && !closes_table;
    open += !on_rule;
  }
  // A template that draws a separator draws it on every page with notes; one that draws none
  // shows a rule there only where a table ends right above the notes, and such pages are left
  // out: a few pages cut from a note (a fixture) may hold no page with notes but those.
  return separated <= config.separator_page_share * (separated + open);
}

Segments border_segments(const Page& page, const TablesConfig& config, bool unruled) {
  Segments out;
  const double footnote_top = page.body_bottom();
  std::vector<Segment> area_top;
  for (const Rule& rule : page.rules) {
    const Box& b = rule.box;
    if (b.y0 >= footnote_top - config.snap_tolerance) {
      if (unruled && b.y0 <= footnote_top + config.snap_tolerance &&
          is_horizontal_rule(rule, config.rules)) {
        area_top.push_back({b.centre_y(), b.x0, b.x1});
      }
      continue;
    }
    if (is_horizontal_rule(rule, config.rules)) {
      out.horizontal.push_back({b.centre_y(), b.x0, b.x1});
    } else if (is_vertical_rule(rule, config.rules)) {
      out.vertical.push_back({b.centre_x(), b.y0, b.y1});
    }
  }
  for (const Segment& rule : join_collinear(area_top, config.snap_tolerance)) {
    if (closes_a_stack(rule, out.horizontal, config.snap_tolerance,
                       config.hrules.extent_tolerance)) {
      out.horizontal.push_back(rule);
    }
  }
  return out;
}

std::vector<Segment> join_collinear(std::vector<Segment> segments, double snap) {
  std::sort(segments.begin(), segments.end(), [](const Segment& a, const Segment& b) {
    return a.at != b.at ? a.at < b.at : a.lo < b.lo;
  });
  std::vector<Segment> out;
  for (const Segment& s : segments) {
    // Candidates are the recent segments on the same line (sorted by `at`, then `lo`).
    bool joined = false;
    for (auto it = out.rbegin(); it != out.rend() && s.at - it->at <= snap; ++it) {
      if (s.lo <= it->hi + snap && s.hi >= it->lo - snap) {
        it->lo = std::min(it->lo, s.lo);
        it->hi = std::max(it->hi, s.hi);
        joined = true;
        break;
      }
    }
    if (!joined) out.push_back(s);
  }
  return out;
}

double cover(const std::vector<Segment>& segments, double at, double lo, double hi, double snap) {
  double covered = 0;
  for (const Segment& s : segments) {
    if (std::fabs(s.at - at) > snap) continue;
    covered += std::max(0.0, std::min(hi, s.hi) - std::max(lo, s.lo));
  }
  return hi > lo ? covered / (hi - lo) : 1.0;
}

}  // namespace coi::tables
