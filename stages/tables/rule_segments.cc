#include "stages/tables/rule_segments.h"

#include <algorithm>
#include <cmath>

#include "stages/rules/rule_shape.h"

namespace coi::tables {

Segments border_segments(const Page& page, const TablesConfig& config) {
  Segments out;
  const double footnote_top = page.body_bottom();
  for (const Rule& rule : page.rules) {
    const Box& b = rule.box;
    if (b.y0 >= footnote_top - config.snap_tolerance) continue;
    if (is_horizontal_rule(rule, config.rules)) {
      out.horizontal.push_back({b.centre_y(), b.x0, b.x1});
    } else if (is_vertical_rule(rule, config.rules)) {
      out.vertical.push_back({b.centre_x(), b.y0, b.y1});
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
