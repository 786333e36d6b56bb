#include "diff/render_pages.h"

#include <cstdio>
#include <map>
#include <vector>

#include "diff/markup.h"
#include "diff/render.h"

namespace coi::diff_internal {

namespace {

// A box's edge in percent of the page's extent, or its coordinate in points, as text.
std::string fixed(double value, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// The boxes of one side, by page.
std::map<int, std::vector<Box>> boxes_by_page(const Places& places) {
  std::map<int, std::vector<Box>> out;
  for (const Place& place : places) {
    if (place.page > 0 && !place.box.empty()) out[place.page].push_back(place.box);
  }
  return out;
}

std::string box_html(const Box& b, const PageImage& page, int number, const char* side,
                     const std::string& change) {
  const auto pct = [](double v, double extent) { return fixed(100 * v / extent, 3) + "%"; };
  return "<div class=\"box k-" + escape_markup(change) + "\" data-side=\"" + side +
         "\" data-page=\"" + std::to_string(number) + "\" data-box=\"" + fixed(b.x0, 2) + "," +
         fixed(b.y0, 2) + "," + fixed(b.x1, 2) + "," + fixed(b.y1, 2) + "\" style=\"left:" +
         pct(b.x0, page.width_pt) + ";top:" + pct(b.y0, page.height_pt) +
         ";width:" + pct(b.width(), page.width_pt) + ";height:" + pct(b.height(), page.height_pt) +
         "\"></div>";
}

// The figures of one side: each page that holds a box, the image behind, the boxes on top.
std::string side_html(const std::map<int, std::vector<Box>>& boxes,
                      const std::map<int, PageImage>& images, const char* side,
                      const std::string& change) {
  const std::string version = side[0] == 'o' ? "old" : "new";
  std::string out = "<div class=\"side " + version + "\">";
  bool any = false;
  for (const auto& [number, list] : boxes) {
    auto it = images.find(number);
    if (it == images.end()) continue;
    const PageImage& page = it->second;
    any = true;
    out += "<figure><figcaption>" + version + ", p. " + std::to_string(number) +
           "</figcaption><div class=\"page pg-" + side[0] + std::to_string(number) +
           "\" style=\"aspect-ratio:" + std::to_string(page.width_px) + "/" +
           std::to_string(page.height_px) + ";max-width:" + std::to_string(page.width_px) +
           "px\">";
    for (const Box& b : list) out += box_html(b, page, number, side, change);
    out += "</div></figure>";
  }
  if (!any) out += "<p class=\"absent\">not in the " + version + " version</p>";
  return out + "</div>";
}

}  // namespace

ChangePlaces change_places(const DiffReport& r, const ParagraphChange& p) {
  ChangePlaces out;
  for (int id : p.old_units) {
    const Places& where = r.old_units[id].where;
    out.old_places.insert(out.old_places.end(), where.begin(), where.end());
  }
  for (int id : p.new_units) {
    const Places& where = r.new_units[id].where;
    out.new_places.insert(out.new_places.end(), where.begin(), where.end());
  }
  return out;
}

std::string pages_html(const ChangePlaces& places, const std::string& change,
                       const PageImages& images) {
  const std::map<int, std::vector<Box>> old_boxes = boxes_by_page(places.old_places);
  const std::map<int, std::vector<Box>> new_boxes = boxes_by_page(places.new_places);
  const auto shown = [](const std::map<int, std::vector<Box>>& boxes,
                        const std::map<int, PageImage>& pages) {
    for (const auto& entry : boxes) {
      if (pages.count(entry.first)) return true;
    }
    return false;
  };
  if (!shown(old_boxes, images.old_pages) && !shown(new_boxes, images.new_pages)) return "";
  return "<div class=\"pages\">" + side_html(old_boxes, images.old_pages, "old", change) +
         side_html(new_boxes, images.new_pages, "new", change) + "</div>\n";
}

std::string page_images_css(const PageImages& images) {
  std::string out;
  const auto add = [&](const std::map<int, PageImage>& pages, char side) {
    for (const auto& [number, page] : pages) {
      out += ".pg-" + std::string(1, side) + std::to_string(number) +
             "{background-image:url(data:" + page.mime + ";base64," + base64(page.bytes) +
             ")}\n";
    }
  };
  add(images.old_pages, 'o');
  add(images.new_pages, 'n');
  return out;
}

}  // namespace coi::diff_internal
