#include "stages/extract/page_bounds.h"

#include <algorithm>

namespace coi::extract {

namespace {

Box clip(const Box& box, const Page& page) {
  return Box{std::clamp(box.x0, 0.0, page.width), std::clamp(box.y0, 0.0, page.height),
             std::clamp(box.x1, 0.0, page.width), std::clamp(box.y1, 0.0, page.height)};
}

// Wholly outside: nothing of it is left once clipped (a zero-width rule on the edge stays).
bool outside(const Box& box, const Page& page) {
  return box.x1 < 0 || box.y1 < 0 || box.x0 > page.width || box.y0 > page.height;
}

template <typename T, typename BoxOf>
int clip_all(std::vector<T>& items, const Page& page, BoxOf box_of) {
  const size_t before = items.size();
  std::erase_if(items, [&](T& item) { return outside(box_of(item), page); });
  for (T& item : items) box_of(item) = clip(box_of(item), page);
  return static_cast<int>(before - items.size());
}

}  // namespace

int keep_inside_page(Page& page) {
  const int dropped = clip_all(page.words, page, [](Word& w) -> Box& { return w.box; });
  clip_all(page.rules, page, [](Rule& r) -> Box& { return r.box; });
  clip_all(page.images, page, [](Box& b) -> Box& { return b; });
  for (LinkArea& link : page.links) link.box = clip(link.box, page);
  return dropped;
}

}  // namespace coi::extract
