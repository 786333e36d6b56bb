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
// its rows read as paragraphs. A separator of its own has no rule as wide above it, or closes
// no text of a table (hrule_regions.h, step 3: the band above it loses the table's columns).
bool closes_a_stack(const Segment& rule, const std::vector<Segment>& above, double snap,
                    double tolerance) {
  const std::vector<Segment> joined = join_collinear(above, snap);
  return std::any_of(joined.begin(), joined.end(), [&](const Segment& s) {
    return std::fabs(s.lo - rule.lo) <= tolerance && std::fabs(s.hi - rule.hi) <= tolerance;
  });
}

}  // namespace

Segments border_segments(const Page& page, const TablesConfig& config) {
  Segments out;
  const double footnote_top = page.body_bottom();
  std::vector<Segment> area_top;
  for (const Rule& rule : page.rules) {
    const Box& b = rule.box;
    if (b.y0 >= footnote_top - config.snap_tolerance) {
      if (b.y0 <= footnote_top + config.snap_tolerance && is_horizontal_rule(rule, config.rules)) {
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
