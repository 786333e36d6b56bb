// Link annotations that do not sit on their words.
//
// A link annotation is a rectangle the producer places over the link's text; the page does not
// tie the two together, so a producer or a post-processor that misplaces the rectangle (seen: a
// page whose every footnote link is one line too high, covering the line of the note above)
// hands the words under it a URL that is not theirs, and resolve then trusts that URL.
// 0. On a page with a rectangle cutting a word, link_realign.cc first moves back the rectangles
//    drawn a constant distance off their words, where the page shows that distance; the steps
//    below judge what is left.
// 1. page_words (extract_words.cc) splits words where a link's rectangle begins or ends, at the
//    centre of a character. A rectangle drawn on its own text begins and ends between words or
//    before punctuation ("2024" | ","); one whose edge falls between two letters or digits
//    ("Exami" | "nation") is not on its text. Adjacent links ("7" | "8", two footnote marks
//    printed as one string) are not a cut: only a link meeting unlinked text is judged.
// 2. A page with one such link has its other web links judged strictly: a producer places a
//    page's rectangles in one pass, so when one is off, the others are off too unless they show
//    otherwise (LibreOffice, seen on four notes: every footnote link of a page two lines too
//    high, or from one page on every rectangle of the note placed by another pagination; most
//    such rectangles fall between words and pass step 1). A rectangle on its own text is as wide
//    as its text: the words it links begin at its left edge and end at its right edge, within
//    `link_edge_tolerance`. One that is not is off too: better no URL than another's. That
//    loses the pieces of a link wrapped onto two lines on such a page, which LibreOffice draws
//    from the text's edge to the frame's: letting a piece run on into an empty margin kept 7
//    links of 779 on the three notes with such pages of seeds 101-130, but also the misplaced
//    pieces that land there, and lost 37 resolutions of 527 and 30 sources' titles of 301 (but
//    step 2b keeps a wrapped link whose pieces show more).
// 2a. On such a page a link wrapped onto two lines (consecutive annotations of one URL on
//    neighbouring lines: link_fit.h) is off
//    whole when one of its pieces is off or covers no word: the other sits on another's text by
//    chance (LibreOffice, seed 906, page 26: note 80's second piece, drawn on note 84's line,
//    begins at its number and ends after "Freedom House", which took note 80's URL).
// 2b. But a link wrapped over lines whose pieces lie stacked on their text is on it: its pieces
//    on neighbouring lines, its first beginning at its words' left edge and its last ending at
//    its words' right edge (within `link_edge_tolerance`), no other word after its words on
//    any line but the last nor before them on any but the first, and, for an address spelling
//    words (`link_url_spelled_words`), most of its words named in it (`link_lone_url_words`).
//    A misplaced piece runs on from some word to the frame by chance; both inner edges on a
//    title's ends, and that title the address's, by none. LibreOffice, seeds 2206 (pages 8 and 9) and
//    2422 (page 9): a page whose footnote marks' rectangles are off lost the titles wrapped in
//    its body or footnotes, which the bibliography then could not read.
//
//      The [São Tomé and Príncipe: detention of migrants – statistics          ]  <- to the frame
// [         (September 2018)] states: ...                                         <- from the frame
// 3. Each link off its words is taken off every word of the page it covers (its words lose their
//    URL or target; the text stays; page_workers.cc splits the words again without it, so that
//    a word it cut is whole: a mark "105" cut "1" | "05" read as two marks) and reported as
//    "link-off-its-words". Resolve then
//    identifies the footnote by its printed title, and the bibliography reads a source's title
//    from its quotes, not from a link that is not its own.
// 3a. Once those are taken off and the words split again without them, a link that now cuts a
//    word is off too: its edge lay between two links, no cut, beside one taken off (LibreOffice,
//    seed 1325, page 93: two footnote marks' rectangles of another pagination overlap on
//    "2019", one cutting "2" | "0" and taken off, the other then cutting "1" | "9", which ended
//    the title its moved rectangle took at "201").
// 4. A web link covering no word at all is reported ("link-covers-no-words", info): its URL
//    reaches nobody's text.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "stages/extract/extract_parts.h"
#include "stages/extract/link_fit.h"

namespace coi::extract {

namespace {

// The left and right edges of the words each link of `page` covers; left > right for none.
struct WordSpans {
  std::vector<double> left, right;
  explicit WordSpans(const Page& page)
      : left(page.links.size(), 1e300), right(page.links.size(), -1e300) {
    for (const Word& w : page.words) {
      if (w.link < 0) continue;
      const size_t l = static_cast<size_t>(w.link);
      left[l] = std::min(left[l], w.box.x0);
      right[l] = std::max(right[l], w.box.x1);
    }
  }
};

// Whether a word of `page` not on link `l` lies on the line of its rectangle (its centre inside)
// left of its words (`before`) or right of them.
bool other_word_beside(const Page& page, const WordSpans& spans, size_t l, bool before,
                       double tol) {
  const Box& box = page.links[l].box;
  return std::any_of(page.words.begin(), page.words.end(), [&](const Word& w) {
    if (w.link == static_cast<int>(l) || w.box.centre_y() < box.y0 || w.box.centre_y() > box.y1) {
      return false;
    }
    return before ? w.box.x1 <= spans.left[l] + tol : w.box.x0 >= spans.right[l] - tol;
  });
}

// Step 2b: whether the pieces [a, b) of one web link of `page` lie stacked on their text.
bool wrapped_on_its_text(const Page& page, const WordSpans& spans, size_t a, size_t b,
                         const ExtractConfig& config) {
  const double tol = config.link_edge_tolerance;
  std::vector<size_t> lines;  // its pieces, top to bottom
  for (size_t l = a; l < b; ++l) lines.push_back(l);
  std::sort(lines.begin(), lines.end(), [&](size_t x, size_t y) {
    return page.links[x].box.y0 < page.links[y].box.y0;
  });
  for (size_t k = 0; k < lines.size(); ++k) {
    const size_t l = lines[k];
    const Box& box = page.links[l].box;
    if (spans.left[l] > spans.right[l]) return false;  // a piece on no word
    if (k > 0 && box.y0 < page.links[lines[k - 1]].box.centre_y()) return false;  // one line
    const bool first = k == 0, last = k + 1 == lines.size();
    if (first ? std::fabs(spans.left[l] - box.x0) > tol
              : other_word_beside(page, spans, l, /*before=*/true, tol)) {
      return false;
    }
    if (last ? std::fabs(spans.right[l] - box.x1) > tol
             : other_word_beside(page, spans, l, /*before=*/false, tol)) {
      return false;
    }
  }
  const std::string& url = page.links[a].uri;
  if (!url_spells_words(url, config.link_url_spelled_words)) return true;
  std::string text;
  for (const Word& w : page.words) {
    if (w.link >= static_cast<int>(a) && w.link < static_cast<int>(b)) text += w.text + " ";
  }
  return url_names_words(url, text, config.link_lone_url_words);
}

// Step 2: the web links of `page` whose words do not span their rectangle, left and right, but
// for those realign_links moved (they were shown to fit their words) and the pieces of a link
// wrapped over lines that lie stacked on their text (step 2b), which run on to the frame's edge.
std::vector<int> links_wider_or_narrower_than_their_words(const Page& page,
                                                          const std::vector<Realigned>& moved,
                                                          const ExtractConfig& config) {
  const WordSpans spans(page);
  std::vector<bool> wrapped(page.links.size(), false);
  for (size_t a = 0; a < page.links.size();) {
    const size_t b = link_pieces_end(page.links, a);  // [a, b): one link's pieces
    const bool on_text = b - a > 1 && wrapped_on_its_text(page, spans, a, b, config);
    for (size_t l = a; l < b; ++l) wrapped[l] = on_text;
    a = b;
  }
  const double tolerance = config.link_edge_tolerance;
  std::vector<int> loose;
  for (size_t l = 0; l < page.links.size(); ++l) {
    const Box& box = page.links[l].box;
    const double left = spans.left[l], right = spans.right[l];
    if (page.links[l].uri.empty() || left > right) continue;  // no words: step 4
    if (wrapped[l] || std::any_of(moved.begin(), moved.end(), [&](const Realigned& r) {
          return r.link == static_cast<int>(l);
        })) {
      continue;
    }
    if (std::fabs(left - box.x0) > tolerance || std::fabs(right - box.x1) > tolerance) {
      loose.push_back(static_cast<int>(l));
    }
  }
  return loose;
}

// The links moved, reported once per distance: a page's misplacement is one or two distances
// (body, footnote area), and a note's pages of it would otherwise report every mark.
void report_realigned(const Page& page, std::vector<Realigned> realigned, double tolerance,
                      Diagnostics& diag) {
  std::sort(realigned.begin(), realigned.end(),
            [](const Realigned& a, const Realigned& b) { return a.dy < b.dy; });
  for (size_t i = 0; i < realigned.size();) {
    size_t j = i + 1;
    while (j < realigned.size() && realigned[j].dy - realigned[i].dy <= tolerance) ++j;
    char distance[32];
    std::snprintf(distance, sizeof distance, "%.1f", std::fabs(realigned[i].dy));
    diag.info("link-realigned",
              std::to_string(j - i) + " link rectangle" + (j - i > 1 ? "s" : "") + " drawn " +
                  distance + " pt " + (realigned[i].dy > 0 ? "above" : "below") +
                  " their words, as others of the page, moved onto them",
              page.number);
    i = j;
  }
}

// Step 2a: the pieces of the web links of `page` of which `off` (sorted) holds a piece, or of
// which a piece covers no word.
std::vector<int> pieces_of_links_off(const Page& page, const std::vector<int>& off) {
  std::vector<bool> has_words(page.links.size(), false);
  for (const Word& w : page.words) {
    if (w.link >= 0) has_words[static_cast<size_t>(w.link)] = true;
  }
  std::vector<int> pieces;
  for (size_t a = 0; a < page.links.size();) {
    const size_t b = link_pieces_end(page.links, a);  // [a, b): one link's pieces
    bool whole = true;
    for (size_t l = a; l < b && b - a > 1; ++l) {
      const bool is_off = std::binary_search(off.begin(), off.end(), static_cast<int>(l));
      whole = whole && has_words[l] && !is_off;
    }
    for (size_t l = a; l < b && !whole; ++l) pieces.push_back(static_cast<int>(l));
    a = b;
  }
  return pieces;
}

// Steps 3 and 5: reports link `l` of `page` off its words, `why` (a clause between commas).
void report_off(const Page& page, int l, const std::string& why, Diagnostics& diag) {
  const LinkArea& area = page.links[static_cast<size_t>(l)];
  const std::string target = area.uri.empty() ? "page " + std::to_string(area.dest_page) : area.uri;
  diag.warn("link-off-its-words",
            "the rectangle of a link to " + target + why +
                " so it is not on its text; its words keep no link",
            page.number);
}

}  // namespace

std::vector<int> check_link_placement(Page& page, const std::vector<int>& cutting_links,
                                      const Realignment& realignment,
                                      const ExtractConfig& config, Diagnostics& diag) {
  report_realigned(page, realignment.moved, config.link_edge_tolerance, diag);
  std::vector<int> off = cutting_links;
  if (!off.empty()) {
    const std::vector<int> loose =
        links_wider_or_narrower_than_their_words(page, realignment.moved, config);
    off.insert(off.end(), loose.begin(), loose.end());
  }
  off.insert(off.end(), realignment.unplaced.begin(), realignment.unplaced.end());
  std::sort(off.begin(), off.end());
  off.erase(std::unique(off.begin(), off.end()), off.end());
  std::vector<int> with_piece_off;  // step 2a
  if (!off.empty()) {
    with_piece_off = pieces_of_links_off(page, off);
    off.insert(off.end(), with_piece_off.begin(), with_piece_off.end());
    std::sort(off.begin(), off.end());
    off.erase(std::unique(off.begin(), off.end()), off.end());
  }
  std::vector<int> covered(page.links.size(), 0);
  for (Word& w : page.words) {
    if (w.link < 0) continue;
    if (std::binary_search(off.begin(), off.end(), w.link)) w.link = -1;
    else ++covered[static_cast<size_t>(w.link)];
  }
  for (int l : off) {
    const bool cuts = std::find(cutting_links.begin(), cutting_links.end(), l) !=
                      cutting_links.end();
    const bool unplaced = std::find(realignment.unplaced.begin(), realignment.unplaced.end(),
                                    l) != realignment.unplaced.end();
    const bool other_piece = std::find(with_piece_off.begin(), with_piece_off.end(), l) !=
                             with_piece_off.end();
    report_off(page, l,
               cuts       ? " cuts through words,"
               : unplaced ? " fits no words where it is drawn nor where the page's other "
                            "misplaced links were moved,"
               : other_piece ? " is a piece of a link wrapped onto two lines whose other "
                               "piece is off its words or on none,"
                             : " is not as wide as the words under it, on a page with links "
                               "off their words,",
               diag);
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
  return off;
}

std::vector<int> take_off_hidden_cuts(Page& page, const std::vector<int>& cutting_links,
                                      const std::vector<int>& off_before, Diagnostics& diag) {
  std::vector<int> off = cutting_links;
  std::sort(off.begin(), off.end());
  const std::vector<int> with_piece_off = pieces_of_links_off(page, off);  // step 2a
  off.insert(off.end(), with_piece_off.begin(), with_piece_off.end());
  std::sort(off.begin(), off.end());
  off.erase(std::unique(off.begin(), off.end()), off.end());
  // Those taken off before carry no words: their pieces are not news.
  std::erase_if(off, [&](int l) {
    return std::binary_search(off_before.begin(), off_before.end(), l);
  });
  for (Word& w : page.words) {
    if (w.link >= 0 && std::binary_search(off.begin(), off.end(), w.link)) w.link = -1;
  }
  for (int l : off) {
    const bool cuts = std::find(cutting_links.begin(), cutting_links.end(), l) !=
                      cutting_links.end();
    report_off(page, l,
               cuts ? " cuts through words once a rectangle beside it is taken off,"
                    : " is a piece of a link wrapped onto two lines whose other piece is off "
                      "its words,",
               diag);
  }
  return off;
}

}  // namespace coi::extract
