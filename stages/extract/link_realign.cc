// Link rectangles drawn a constant distance above or below their words, moved back onto them.
//
// LibreOffice sometimes places a page's link annotations by another layout pass than the one that
// printed the page: every rectangle of the footnote area two lines too low, every rectangle of
// the body seven lines too low (seen on generated notes 13, 16, 17, 116, 124; the France fixture
// note-shifted-links.pdf has its footnote links one line too high). The x of each rectangle is
// still its text's; only y is off, by one distance per region of the page. link_placement.cc
// drops such links (better no URL than another's); this file first tries to put them back,
// only where the page itself shows the distance.
// 1. Only a page with a link cutting through a word (page_words) is examined: a page whose
//    rectangles all fall between words is left as the producer drew it.
// 2. A rectangle fits its words at a vertical shift dy when, moved by dy, the characters whose
//    centres it then holds on their line (a) cut no word at either edge and (b) begin at its
//    left edge or end at its right edge within `link_edge_tolerance`, with text beyond that
//    edge on the line; the other edge may run on to the line's end (LibreOffice draws a link
//    wrapped onto two lines from its text to the frame's edge). A rectangle meeting only a
//    line's ends fits any line of the column. A mark's rectangle (digits only) meets both
//    edges of its digits.
// 3. Candidate shifts come from the characters: every character whose left edge meets the
//    rectangle's left edge, or whose right edge meets its right edge, proposes the dy that puts
//    the rectangle's centre on the character's centre.
// 4. A shift (other than none) is the page's when at least `link_shift_min_links` rectangles
//    fit at it exactly (both edges on their text's), within the tolerance: one rectangle may
//    fit a line by chance, several at one distance do not. Each rectangle that does not fit
//    where it is drawn and fits one of the page's shifts is moved by its own dy; one fitting
//    two shifts, or none, goes where the other piece of its link (same URL) went if it fits
//    there, or stays.
//    A rectangle fitting none of the page's shifts within the tolerance takes its own dy at
//    which it fits exactly that lies within `link_shift_line_slack` of its height of one of
//    them, if one only (a piece running on to the frame's edge fits too many lines): step 3
//    centres a rectangle on a character, and a raised mark's digits sit some 2 pt above its
//    line's letters (LibreOffice, seed 124, page 17: the marks moved 95.5 pt, the titles of the
//    page fit at 93.4 and had no distance; moved with the marks they keep their URLs). A web
//    link moved so whose address spells words (`link_url_spelled_words`) must name most of the
//    words it moves onto (`link_lone_url_words`, as link_pages.cc step 6): alone at its
//    distance, it has only its address to show the words are its own (seed 1248, page 38: note
//    158's title, drawn on the next page, fitted a table row 41.8 pt off, beside the body's
//    marks' 44.1 pt). An opaque address leaves it to the distance, as before.
// 5. A link moves whole (all its pieces, or none), and only on a page where the web links
//    moved outnumber those that fit nowhere (else the page was laid out anew, not shifted:
//    LibreOffice, seed 129, from page 43 on: link_pages.cc then tries such a page's rectangles
//    on it and on its neighbours once every page is read).
// 6. Once some moved, a rectangle placed nowhere (not fitting where drawn, not moved) is off
//    its words: it must not split or claim the words a moved one now covers (a rectangle still
//    on the line of "Key figures 2024" from its "e" on would leave the moved link only "K").
// 7. On a page whose distance step 5 kept, a link that fits where drawn only with an edge
//    running on past its line's text (room step 2 leaves a wrapped link's piece) moves too: with
//    its piece that moved, or to the one distance of the page at which a piece of it fits
//    exactly, when every piece fits there. LibreOffice, seed 906, page 16: the rectangle of
//    note 57's title, drawn 41.7 pt low as the page's others, begins where note 60's title does
//    ("Le Monde, '" both) and runs on past its end; seed 911, page 78: the first piece of note
//    265's wrapped title lies on note 266's, both "... Humanitarian Affairs, '", while its second
//    piece moved 22.8 pt up. Left there, the notes took another source's URL, and resolved to
//    it with confidence 1. Only after step 5: on a page laid out anew, titles fit by chance.
//
//      printed                                      drawn (dy = -10.4)
//      62 Ministry of the Interior, ‘Briefing’      [‘Briefing’ rect]  <- over line 61
//      63 Institut, ‘Colombia: prison ...’          [‘Colombia ...’ rect]
// Moved back down 10.4 pt, both rectangles begin and end exactly on their titles.
#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include "stages/extract/extract_parts.h"
#include "stages/extract/link_fit.h"

namespace coi::extract {

namespace {

// The characters of the page last displayed on `dev`, each with its Poppler word.
std::vector<Glyph> page_glyphs(TextOutputDev& dev) {
  std::vector<Glyph> glyphs;
  std::unique_ptr<TextWordList> list = dev.makeWordList();
  for (int i = 0; i < list->getLength(); ++i) {
    const TextWord* tw = list->get(i);
    for (int c = 0; c < tw->getLength(); ++c) {
      double x0, y0, x1, y1;
      tw->getCharBBox(c, &x0, &y0, &x1, &y1);
      const auto ch = static_cast<UChar32>(*tw->getChar(c));
      glyphs.push_back(Glyph{std::min(x0, x1), std::max(x0, x1), (y0 + y1) / 2,
                             u_isalnum(ch) != 0, u_isdigit(ch) != 0, i,
                             static_cast<char32_t>(ch)});
    }
  }
  return glyphs;
}

bool near(double a, double b, double tol) { return std::fabs(a - b) <= tol; }

// Step 7: the moves of the links that fit where drawn only with an edge running on past their
// line's text, on a page whose distance step 5 kept (`moved`): a link follows its piece that
// moved, or the one distance of the page (`established`, other than none) at which one of its
// pieces fits exactly; every piece not moving yet must fit there.
std::vector<Realigned> loose_moves(const std::vector<LinkArea>& links,
                                   const std::vector<Glyph>& glyphs,
                                   const std::vector<std::vector<std::pair<double, Fit>>>& shifts,
                                   const std::vector<double>& established,
                                   const std::vector<Realigned>& moved, double tol) {
  std::vector<std::optional<double>> moving(links.size());
  for (const Realigned& r : moved) moving[static_cast<size_t>(r.link)] = r.dy;
  std::vector<Realigned> out;
  for (size_t a = 0; a < links.size();) {
    const size_t b = link_pieces_end(links, a);  // [a, b): one link's pieces
    std::vector<size_t> loose;
    std::optional<double> dy;
    for (size_t l = a; l < b; ++l) {
      if (moving[l]) dy = moving[l];
      else if (fit_at(links[l].box, 0, glyphs, tol) == Fit::kFits) loose.push_back(l);
    }
    if (links[a].uri.empty() || loose.empty()) {
      a = b;
      continue;
    }
    std::vector<double> exact;  // the page's distances a loose piece fits exactly at
    for (size_t k = 0; k < loose.size() && !dy; ++k) {
      for (const auto& [d, how] : shifts[loose[k]]) {
        const bool page = std::any_of(established.begin(), established.end(),
                                      [&](double e) { return near(e, d, tol); });
        const bool seen = std::any_of(exact.begin(), exact.end(),
                                      [&](double e) { return near(e, d, tol); });
        if (how == Fit::kExact && !near(d, 0, tol) && page && !seen) exact.push_back(d);
      }
    }
    if (!dy && exact.size() == 1) dy = exact[0];
    bool all = dy.has_value();
    for (size_t l = a; l < b && all; ++l) {
      all = moving[l] || fit_at(links[l].box, *dy, glyphs, tol) != Fit::kNone;
    }
    for (size_t l = a; l < b && all; ++l) {
      if (!moving[l]) out.push_back(Realigned{static_cast<int>(l), *dy});
    }
    a = b;
  }
  return out;
}

}  // namespace

Realignment realign_links(TextOutputDev& dev, std::vector<LinkArea>& links,
                          const ExtractConfig& config) {
  const double tol = config.link_edge_tolerance;
  const std::vector<Glyph> glyphs = page_glyphs(dev);
  const GlyphLines lines(glyphs);
  std::vector<std::vector<std::pair<double, Fit>>> shifts(links.size());
  for (size_t l = 0; l < links.size(); ++l) shifts[l] = fitting_shifts(links[l].box, lines, tol);
  // Step 4: how many rectangles fit exactly at about `dy`. A wrapped link's piece running on to
  // the frame fits many a line by chance, so only rectangles meeting their text at both edges
  // show the page's distance.
  const auto support = [&](double dy) {
    int n = 0;
    for (const auto& s : shifts) {
      n += std::any_of(s.begin(), s.end(), [&](const std::pair<double, Fit>& f) {
        return f.second == Fit::kExact && near(f.first, dy, tol);
      });
    }
    return n;
  };
  std::vector<double> established;  // the page's shifts
  for (const auto& s : shifts) {
    for (const auto& [dy, how] : s) {
      if (support(dy) >= config.link_shift_min_links) established.push_back(dy);
    }
  }
  std::vector<Realigned> moved;
  std::vector<std::vector<double>> ambiguous(links.size());
  std::vector<bool> placed(links.size(), false);
  for (size_t l = 0; l < links.size(); ++l) {
    placed[l] = fit_at(links[l].box, 0, glyphs, tol) != Fit::kNone;
    if (placed[l]) continue;  // on its words where it is drawn
    std::vector<double> page_shifts;
    for (const auto& [dy, how] : shifts[l]) {
      if (support(dy) >= config.link_shift_min_links) page_shifts.push_back(dy);
    }
    // Step 4, none within the tolerance: its own shifts within the slack of one of the page's
    // (other than none).
    const double slack = config.link_shift_line_slack * (links[l].box.y1 - links[l].box.y0);
    const bool within_tolerance = !page_shifts.empty();
    for (size_t k = 0; k < shifts[l].size() && !within_tolerance; ++k) {
      if (shifts[l][k].second != Fit::kExact) continue;  // wider room: both edges on its text
      const double dy = shifts[l][k].first;
      // Its own distance, at which no others agree: a web link whose address spells words must
      // name the words it moves onto (link_fit.h), else a title would move onto a table row the
      // page's marks' distance brings near it (LibreOffice, seed 1248, page 38).
      if (url_spells_words(links[l].uri, config.link_url_spelled_words) &&
          !url_names_words(links[l].uri, text_at(links[l].box, dy, glyphs),
                           config.link_lone_url_words)) {
        continue;
      }
      for (double e : established) {
        if (std::fabs(e) <= slack || !near(e, dy, slack)) continue;
        page_shifts.push_back(dy);
        break;
      }
    }
    if (page_shifts.size() == 1) {
      moved.push_back(Realigned{static_cast<int>(l), page_shifts[0]});
    } else {
      // none or several of the page's: any shift it fits at may be its other piece's
      for (const auto& [dy, how] : shifts[l]) ambiguous[l].push_back(dy);
    }
  }
  // A piece of a link wrapped onto two lines that runs to the frame's edge fits many lines; it
  // goes where the link's other piece went, when it fits there.
  const size_t settled = moved.size();
  for (size_t l = 0; l < links.size(); ++l) {
    for (size_t k = 0; k < settled && !links[l].uri.empty(); ++k) {
      const Realigned& piece = moved[k];
      if (links[static_cast<size_t>(piece.link)].uri != links[l].uri) continue;
      const auto it = std::find_if(ambiguous[l].begin(), ambiguous[l].end(),
                                   [&](double d) { return near(d, piece.dy, tol); });
      if (it == ambiguous[l].end()) continue;
      moved.push_back(Realigned{static_cast<int>(l), *it});
      break;
    }
  }
  // A link moves whole: one piece left off its words would give the link a part of its text
  // (a bibliography entry's title cut at its line break), so then no piece moves.
  std::vector<bool> moving(links.size(), false);
  for (const Realigned& r : moved) moving[static_cast<size_t>(r.link)] = true;
  std::vector<bool> keep(links.size(), true);
  for (size_t a = 0; a < links.size();) {
    const size_t b = link_pieces_end(links, a);  // [a, b): one link's pieces
    bool whole = true;
    for (size_t l = a; l < b; ++l) whole = whole && (placed[l] || moving[l]);
    for (size_t l = a; l < b; ++l) keep[l] = whole;
    a = b;
  }
  const auto dropped = [&](const Realigned& r) { return !keep[static_cast<size_t>(r.link)]; };
  moved.erase(std::remove_if(moved.begin(), moved.end(), dropped), moved.end());
  // A page whose misplaced rectangles mostly fit no distance was laid out anew, not shifted
  // (LibreOffice, seed 129: from one page on, every rectangle placed by another pagination);
  // the few that fit one there do so by chance.
  size_t moved_web = 0, nowhere = 0;  // web links: a page's footnote marks fit by chance
  for (size_t l = 0; l < links.size(); ++l) {
    if (links[l].uri.empty()) continue;
    const bool moves = moving[l] && keep[l];  // what `moved` holds after the erase above
    moved_web += moves;
    nowhere += !placed[l] && !moves;
  }
  if (moved_web <= nowhere) moved.clear();
  if (!moved.empty()) {
    const std::vector<Realigned> loose =
        loose_moves(links, glyphs, shifts, established, moved, tol);
    moved.insert(moved.end(), loose.begin(), loose.end());
  }
  Realignment out;
  for (const Realigned& r : moved) {
    links[static_cast<size_t>(r.link)].box.y0 += r.dy;
    links[static_cast<size_t>(r.link)].box.y1 += r.dy;
    placed[static_cast<size_t>(r.link)] = true;
  }
  for (size_t l = 0; l < links.size() && !moved.empty(); ++l) {
    if (!placed[l]) out.unplaced.push_back(static_cast<int>(l));
  }
  out.moved = std::move(moved);
  return out;
}

}  // namespace coi::extract
