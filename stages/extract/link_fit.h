// Whether a link rectangle, moved up or down, sits on words: the test link_realign.cc (one
// page's rectangles) and link_pages.cc (rectangles drawn for a neighbouring page) share; and
// which rectangles are pieces of one link, which those and link_placement.cc move or drop
// together. Private to stages/extract.
#pragma once

#include <algorithm>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/model.h"

namespace coi::extract {

/// One character of a page: its horizontal extent, vertical centre, and the PDF word (a run of
/// characters with no space) it belongs to.
struct Glyph {
  double x0, x1, cy;
  bool alnum, digit;
  int word;
  char32_t ch;
};

/// Whether two rectangles lie on one line or on neighbouring ones: no more than the shorter's
/// height apart, top to bottom.
inline bool on_neighbouring_lines(const Box& a, const Box& b) {
  const double gap = std::max(a.y0, b.y0) - std::min(a.y1, b.y1);
  return gap <= std::min(a.height(), b.height());
}

/// The end of the pieces of the link whose first piece is `links[a]`: [a, end) are consecutive
/// annotations of one URL (a web link wrapped over lines), each on the line beside the one
/// before; an internal link is one piece. A page citing one source twice lists the two titles'
/// annotations one after the other too (LibreOffice, seed 2422, page 9: a body line's title
/// wrapped onto two lines, then a footnote's), and they are two links: one misplaced must not
/// take the other off.
inline size_t link_pieces_end(const std::vector<LinkArea>& links, size_t a) {
  size_t b = a + 1;
  while (b < links.size() && !links[a].uri.empty() && links[b].uri == links[a].uri &&
         on_neighbouring_lines(links[b - 1].box, links[b].box)) {
    ++b;
  }
  return b;
}

/// How a rectangle sits on a line.
enum class Fit { kNone, kFits, kExact };

/// Whether `box` moved down by `dy` (up when negative) sits on its words, and whether exactly:
/// both its edges on its text's, within `tol` (link_realign.cc, step 2).
Fit fit_at(const Box& box, double dy, std::span<const Glyph> glyphs, double tol);

/// A page's characters by centre line: a rectangle moved up or down is judged on the characters
/// of the band it lands on rather than on every character of the page (fitting_shifts tries tens
/// of shifts for each of a page's rectangles). Keeps a reference to `glyphs`, in any order.
class GlyphLines {
 public:
  explicit GlyphLines(const std::vector<Glyph>& glyphs);
  const std::vector<Glyph>& glyphs() const { return glyphs_; }
  /// fit_at(box, dy, glyphs(), tol): the same answer.
  Fit fit_at(const Box& box, double dy, double tol) const;

 private:
  const std::vector<Glyph>& glyphs_;
  std::vector<size_t> by_centre_;  // the characters with a numeric centre, by centre line
  std::vector<size_t> no_centre_;  // NaN centres, which fit_at's band test never leaves out
};
/// The shifts at which `box` fits, each once (within `tol`), in increasing order, and whether
/// exactly; candidates are the shifts putting its centre on a character whose left edge meets
/// its left edge or whose right edge meets its right edge (link_realign.cc, step 3).
std::vector<std::pair<double, Fit>> fitting_shifts(const Box& box, const GlyphLines& lines,
                                                   double tol);

/// The shifts fitting_shifts finds, for `glyphs` sorted by centre line, a word's characters
/// (which share one) together and in order: each shift is tested on the characters of the band
/// it puts the rectangle on, not on the page's (link_pages.cc tries a rectangle on many pages).
std::vector<std::pair<double, Fit>> fitting_shifts_by_line(const Box& box,
                                                           const std::vector<Glyph>& glyphs,
                                                           double tol);

/// The text `box` moved down by `dy` covers: the characters whose centres it holds, a space
/// between two PDF words.
std::string text_at(const Box& box, double dy, const std::vector<Glyph>& glyphs);

/// Whether more than `min_share` of the words of `text` (runs of three or more letters or
/// digits, lower-cased) are in `url`, lower-cased: most addresses spell their page's title, and
/// a line a rectangle meets by chance shares few words with it. False when `text` has none.
bool url_names_words(const std::string& url, const std::string& text, double min_share);

/// Whether the path of `url` (after its host) spells at least `min_words` words of three or more
/// letters: an address that does can be asked whether it names a line's words; an opaque one
/// ("/docid/5c5a8a5f4.html") cannot.
bool url_spells_words(const std::string& url, int min_words);

}  // namespace coi::extract
