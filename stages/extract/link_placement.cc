// Link annotations that do not sit on their words.
//
// A link annotation is a rectangle the producer places over the link's text; the page does not
// tie the two together, so a producer or a post-processor that misplaces the rectangle (seen: a
// page whose every footnote link is one line too high, covering the line of the note above)
// hands the words under it a URL that is not theirs, and resolve then trusts that URL.
// 1. page_words (extract_words.cc) splits words where a link's rectangle begins or ends, at the
//    centre of a character. A rectangle drawn on its own text begins and ends between words or
//    before punctuation ("2024" | ","); one whose edge falls between two letters or digits
//    ("Exami" | "nation") is not on its text. Adjacent links ("7" | "8", two footnote marks
//    printed as one string) are not a cut: only a link meeting unlinked text is judged.
// 2. Each such link is taken off every word of the page it covers (its words lose their URL or
//    target; the text stays) and reported as "link-off-its-words". Resolve then identifies the
//    footnote by its printed title, and its cross-check catches misplaced rectangles that
//    happened to fall on word boundaries.
// 3. A web link covering no word at all is reported ("link-covers-no-words", info): its URL
//    reaches nobody's text.
#include <algorithm>
#include <string>

#include "stages/extract/extract_parts.h"

namespace coi::extract {

void check_link_placement(Page& page, const std::vector<int>& cutting_links, Diagnostics& diag) {
  std::vector<int> off = cutting_links;
  std::sort(off.begin(), off.end());
  off.erase(std::unique(off.begin(), off.end()), off.end());
  std::vector<int> covered(page.links.size(), 0);
  for (Word& w : page.words) {
    if (w.link < 0) continue;
    if (std::binary_search(off.begin(), off.end(), w.link)) w.link = -1;
    else ++covered[static_cast<size_t>(w.link)];
  }
  for (int l : off) {
    const LinkArea& area = page.links[static_cast<size_t>(l)];
    const std::string target =
        area.uri.empty() ? "page " + std::to_string(area.dest_page) : area.uri;
    diag.warn("link-off-its-words",
              "the rectangle of a link to " + target +
                  " cuts through words, so it is not on its text; its words keep no link",
              page.number);
  }
  for (size_t l = 0; l < page.links.size(); ++l) {
    const LinkArea& area = page.links[l];
    if (area.uri.empty() || covered[l] > 0 ||
        std::binary_search(off.begin(), off.end(), static_cast<int>(l))) {
      continue;
    }
    diag.info("link-covers-no-words",
              "a link to " + area.uri + " covers no words; its URL reaches no text", page.number);
  }
}

}  // namespace coi::extract
