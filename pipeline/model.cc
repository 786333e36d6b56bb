#include "pipeline/model.h"

#include <algorithm>

namespace coi {

Box unite(const Box& a, const Box& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return Box{std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1),
             std::max(a.y1, b.y1)};
}

double overlap_area(const Box& a, const Box& b) {
  const double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
  const double h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
  return (w > 0 && h > 0) ? w * h : 0.0;
}

void add_place(Places& places, int page, const Box& box) {
  if (!places.empty() && places.back().page == page) {
    places.back().box = unite(places.back().box, box);
    return;
  }
  places.push_back(Place{page, box});
}

int font_index(std::vector<std::string>& fonts, const std::string& name) {
  const auto known = std::find(fonts.begin(), fonts.end(), name);
  if (known != fonts.end()) return static_cast<int>(known - fonts.begin());
  fonts.push_back(name);
  return static_cast<int>(fonts.size()) - 1;
}

std::string plain_text(const Inlines& inlines) {
  std::string out;
  for (const Inline& run : inlines) {
    if (run.kind != InlineKind::kFootnoteRef) out += run.text;
  }
  return out;
}

}  // namespace coi
