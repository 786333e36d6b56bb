// Steps 3 and 4 of the layout stage (see layout.cc): page furniture and the cover.
//
// A band line's text, digits masked, keys its group: "Page 12 of 40" and "Page 13 of 40" are both
// "Page # of #", a bare page number "5" is "#". A group is furniture where enough pages hold a
// line of it at one height (the median's, within furniture_y_tolerance). A page may hold more
// than one line of a group: a footnote's last line "2022" (a date wrapped to the margin) in the
// bottom band masks as "#" as the page number under it does, so every line of the page is kept
// and the pages are counted once each, among the lines at the group's height only. Kept to the
// first line of each page, the note's "2022" had stood for the page and left its page number
// body text (WeasyPrint, seed 1557, page 5; LibreOffice, seed 1553), which the footnote area
// below the notes then never reached.
#include <algorithm>
#include <map>
#include <utility>

#include "pipeline/mask_digits.h"
#include "pipeline/median.h"
#include "stages/layout/layout_parts.h"

namespace coi::layout {

namespace {

enum class Band { kNone, kTop, kBottom };

Band band_of(const Page& page, const Line& line, const LayoutConfig& config) {
  const double band = config.furniture_band * page.height;
  if (line.box.y1 <= band) return Band::kTop;
  if (line.box.y0 >= page.height - band) return Band::kBottom;
  return Band::kNone;
}

struct Candidate {
  size_t page, line;
  double y;
};

// How many pages the candidates are on (a page's lines of one group are in a row).
size_t pages_of(const std::vector<const Candidate*>& candidates) {
  size_t pages = 0;
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (i == 0 || candidates[i]->page != candidates[i - 1]->page) ++pages;
  }
  return pages;
}

// Marks band lines whose masked text recurs at about the same height on enough pages.
void mark_repeated(Doc& doc, const std::map<std::string, std::vector<Candidate>>& groups,
                   const LayoutConfig& config) {
  const double needed = std::max<double>(config.furniture_min_pages,
                                         config.furniture_min_page_fraction * doc.pages.size());
  for (const auto& [key, candidates] : groups) {
    if (static_cast<double>(candidates.size()) < needed) continue;
    std::vector<double> ys;
    for (const Candidate& c : candidates) ys.push_back(c.y);
    const double median = upper_median(std::move(ys));
    std::vector<const Candidate*> aligned;
    for (const Candidate& c : candidates) {
      const double tolerance = config.furniture_y_tolerance * doc.pages[c.page].height;
      if (std::abs(c.y - median) <= tolerance) aligned.push_back(&c);
    }
    if (static_cast<double>(pages_of(aligned)) < needed) continue;
    const LineRole role = key[0] == 'T' ? LineRole::kHeader : LineRole::kFooter;
    for (const Candidate* c : aligned) doc.pages[c->page].lines[c->line].role = role;
  }
}

}  // namespace

void mark_furniture(Doc& doc, const LayoutConfig& config) {
  std::map<std::string, std::vector<Candidate>> groups;
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    Page& page = doc.pages[p];
    for (size_t l = 0; l < page.lines.size(); ++l) {
      Line& line = page.lines[l];
      const std::string text = line_text(page, line, config);
      if (config.back_to_contents.full_match(text)) {
        line.role = LineRole::kBackToContents;
        continue;
      }
      const Band band = band_of(page, line, config);
      if (band == Band::kNone) continue;
      const bool number = std::any_of(config.page_number_patterns.begin(),
                                      config.page_number_patterns.end(),
                                      [&](const Pattern& p) { return p.full_match(text); });
      if (number) {
        line.role = band == Band::kTop ? LineRole::kHeader : LineRole::kFooter;
        continue;
      }
      // Keyed by band and masked text; y measured from the band's own page edge so that pages
      // of different heights still line up.
      const double y = band == Band::kTop ? line.box.y0 : page.height - line.box.y1;
      groups[(band == Band::kTop ? "T" : "B") + mask_digits(text)].push_back(Candidate{p, l, y});
    }
  }
  mark_repeated(doc, groups, config);
}

void mark_cover(Doc& doc, const LayoutConfig& config) {
  if (doc.pages.size() < 2) return;
  Page& first = doc.pages.front();
  bool any_text = false;
  for (const Line& line : first.lines) {
    if (line.role != LineRole::kBody) continue;
    any_text = true;
    if (config.contents_title.full_match(line_text(first, line, config))) return;
    const bool paragraph = is_body_size(line, doc, config) &&
                           line.box.width() >= config.cover_paragraph_min_width * first.width;
    if (paragraph) return;
  }
  if (!any_text) return;
  for (Line& line : first.lines) {
    if (line.role == LineRole::kBody) line.role = LineRole::kCover;
  }
}

}  // namespace coi::layout
