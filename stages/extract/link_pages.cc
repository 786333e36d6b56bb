// Link rectangles drawn for the text of another pagination, moved onto their words, page by page
// or across a page break.
//
// LibreOffice can place a note's link annotations by a layout pass that broke the pages
// elsewhere than the one that printed them (seed 129 from page 43 on): the lines are the same
// and keep their x, but a page's rectangles belong to the lines that pass put on the page, so
// its body links sit a constant distance off their words (the printed page began some lines
// earlier or later), and a link whose line the printed page carries over to the next page, or
// a note the printed page put on the page before, is drawn on the wrong page. link_realign.cc
// sees one page at a time and refuses such a page (its misplaced rectangles mostly fit none of
// its own lines); this pass runs once every page is read, on the links it left off their words.
// 1. A page's orphans are its web links covering no word (link_placement.cc took them off, or
//    they fell between lines). A page with fewer than `link_shift_min_links` is left alone.
// 2. Each orphan is tried on the page itself and on the `link_page_reach` pages before and after
//    it, with the fitting test of link_realign.cc (link_fit.h) on the characters of the model's
//    words: the shifts at which it sits on its words there, and whether exactly (both edges on
//    its text). The other pagination drifts: LibreOffice's fell a page behind the printed one at
//    each long table whose rows may not break (seed 906: from page 101 on, a page's rectangles
//    are those of the page two before it, at their own height).
// 3. A (page, shift) is the orphans' when at least `link_shift_min_links` of them fit it
//    exactly, as for one page: several rectangles at one distance on one page are not chance.
//    An orphan fitting one such (page, shift) moves there; one fitting several goes to the one
//    more orphans fit than any other: a bibliography's titles all begin at one x, so on seven
//    pages three of them meet other entries' lines by chance here and there (seed 906, page 152:
//    16 rectangles fit page 150 at 1.6 pt, and one of them also fits page 151 at -96.4 pt with
//    two others). Failing that, it goes where another piece of its link (same URL) went, or
//    stays.
// 4. A link moves whole: all its pieces drawn on the page (consecutive annotations of one URL)
//    are orphans and each found its place, or none moves.
// 4a. A rectangle of such a page can also sit exactly on words where it is drawn, by chance: a
//    bibliography title as wide, within the tolerance, as the one the printed page has there
//    (seed 129, page 90: the rectangle of "Albania: the situation of women ..." on page 89's
//    title covers "Trafficking in Persons Report 2018: ... access to" on page 90). It then keeps
//    words that are not its own and bars the rectangle of their own link, moved from the page
//    after, from them. So when a page's moving orphans outnumber its web links that some word
//    carries (the page's rectangles are mostly another pagination's), a carried link fitting
//    exactly at one of the orphans' (page, shift), and at no other of them, moves with them: its
//    words are released first, and get it back if it takes no words where it moves.
// 5. A moved rectangle is added to its page's links; the words it meets there are cut at its
//    edges (between the characters its edge falls between: "2024" | "’,") and the words it
//    covers take it, unless another web link already has them. An internal link's give way:
//    links do not nest, and the moved rectangle meets its own text at its edges, where an
//    internal one of a page drawn by another pagination lies by chance (seed 1325, page 106: a
//    note number's rectangle on "of" at a title's line start split the title's link in two).
//    The move replaces the findings that reported the rectangle where it was drawn
//    ("link-off-its-words", "link-covers-no-words") with one "link-moved" per page, source page
//    and distance.
// 6. Once those moves are made, a link whose pieces are all still on no word is tried alone on
//    its page and the `link_lone_page_reach` pages beside it. A place is its when one of its
//    pieces fits there exactly on words no link carries, every other piece fits there too, and
//    its URL names more than `link_lone_url_words` of the words it would cover (link_fit.h: most
//    addresses spell their page's title). It moves when one place only is its (as in 5).
//    LibreOffice, seed 1248, pages 35 to 58: the other pagination set a page's footnote area a
//    line or two lower, and its last notes' rectangles went to the next page, one or two a
//    page, above that page's first note (note 207, printed at the foot of page 43, drawn on
//    page 44 over a blank line): no three agree, but each meets its own words exactly. Without
//    others to agree with, the address is the evidence: a rectangle meets a table row or a body
//    line by chance too (seed 906: "- 128 44 8,360" for ".../guinea-bissau-the-labour-market-
//    ...", "Kuwait, 2022 states: Civil society observed"), but shares few words with it. Only
//    words no link carries: a title whose own rectangle is on it is not a lone rectangle's.
//
//      printed page 46                  rectangles of page 46 (another pagination)
//      7.1.2 ... The Bangladesh: ...     [ .............. ]  <- 98.8 pt lower: the same lines
//      ... 2017) states: ...             [ ... ]                fell 5.7 lines lower there
//      100 ECtHR, 'Observations ...'     [ note 99's title ] <- note 99, printed on page 45
#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <tuple>

#include "pipeline/utf8.h"
#include "stages/extract/link_fit.h"
#include "stages/extract/link_pages.h"

namespace coi::extract {

namespace {

// Step 2: the pages whose words the orphans of page `p` are tried on: `reach` before and after
// it, within the note's `count` pages.
std::vector<size_t> pages_around(size_t p, size_t count, int reach) {
  const size_t r = static_cast<size_t>(reach);
  const size_t first = p < r ? 0 : p - r;
  const size_t last = std::min(p + r, count - 1);
  std::vector<size_t> pages;
  for (size_t q = first; q <= last; ++q) pages.push_back(q);
  return pages;
}

// Step 2: the characters of `page` from its words and their characters' left edges. Words
// printed with no space between them, on one baseline and touching within `tol` (a link's edge
// split "2024’,"), are one PDF word again.
std::vector<Glyph> model_glyphs(const Page& page, double tol) {
  std::vector<Glyph> glyphs;
  int word = -1;
  const Word* prev = nullptr;
  for (const Word& w : page.words) {
    const bool joined = prev && !prev->space_after &&
                        std::fabs(prev->baseline - w.baseline) <= tol &&
                        std::fabs(w.box.x0 - prev->box.x1) <= tol;
    if (!joined) ++word;
    prev = &w;
    const double cy = w.box.centre_y();
    std::vector<char32_t> cps;
    for (size_t i = 0; i < w.text.size();) {
      char32_t cp = 0;
      i += std::max<size_t>(decode_utf8(w.text, i, cp), 1);
      cps.push_back(cp);
    }
    const bool edges = w.first_char >= 0 &&
                       static_cast<size_t>(w.first_char) + cps.size() <= page.char_x.size();
    for (size_t k = 0; k < cps.size(); ++k) {
      const auto ch = static_cast<UChar32>(cps[k]);
      const double x0 = edges ? page.char_x[static_cast<size_t>(w.first_char) + k] : w.box.x0;
      const double x1 = edges && k + 1 < cps.size()
                            ? page.char_x[static_cast<size_t>(w.first_char) + k + 1]
                            : w.box.x1;
      glyphs.push_back(Glyph{x0, std::max(x0, x1), cy, u_isalnum(ch) != 0, u_isdigit(ch) != 0,
                             word, cps[k]});
      if (!edges) break;  // one glyph for the whole word
    }
  }
  // By centre line, for fitting_shifts_by_line: a word's characters share its centre.
  std::stable_sort(glyphs.begin(), glyphs.end(),
                   [](const Glyph& a, const Glyph& b) { return a.cy < b.cy; });
  return glyphs;
}

// Step 1: the web links of `page` no word carries (`carried` false), or those some word
// carries (step 4a).
std::vector<int> web_links_of(const Page& page, bool carried) {
  std::vector<bool> has_words(page.links.size(), false);
  for (const Word& w : page.words) {
    if (w.link >= 0 && static_cast<size_t>(w.link) < has_words.size()) has_words[w.link] = true;
  }
  std::vector<int> out;
  for (size_t l = 0; l < page.links.size(); ++l) {
    if (!page.links[l].uri.empty() && has_words[l] == carried) out.push_back(static_cast<int>(l));
  }
  return out;
}

// Where an orphan may go: a page (index into the reads) and a shift.
struct Place {
  size_t page;
  double dy;
  Fit fit;
};

// A decided move: link `link` of page `from` to page `to`, `dy` down; `carried` when words of
// `from` carry it (step 4a).
struct Move {
  size_t from;
  int link;
  size_t to;
  double dy;
  bool carried;
};

// Step 4a: the carried links of `page` that fit exactly at one of `established` (the places
// the orphans move to) and at no other of them, each with that place; none when the moving
// orphans (`moving`) do not outnumber the carried links.
std::vector<std::optional<Place>> chance_fits(const Page& page, const std::vector<int>& carried,
                                              const std::vector<Place>& established,
                                              size_t moving,
                                              const std::map<size_t, std::vector<Glyph>>& glyphs,
                                              double tol) {
  std::vector<std::optional<Place>> chosen(carried.size());
  if (established.empty() || moving <= carried.size()) return chosen;
  std::vector<size_t> pages;  // those of the places, each once
  for (const Place& x : established) pages.push_back(x.page);
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  for (size_t c = 0; c < carried.size(); ++c) {
    const Box& box = page.links[static_cast<size_t>(carried[c])].box;
    std::vector<Place> fits;  // at the places the orphans established
    for (const size_t q : pages) {
      for (const auto& [dy, fit] : fitting_shifts_by_line(box, glyphs.at(q), tol)) {
        const bool there =
            std::any_of(established.begin(), established.end(),
                        [&](const Place& x) { return x.page == q && std::fabs(x.dy - dy) <= tol; });
        if (fit == Fit::kExact && there) fits.push_back(Place{q, dy, fit});
      }
    }
    if (fits.size() == 1) chosen[c] = fits[0];
  }
  return chosen;
}

// Step 2: the places of the orphans `orphans` of page `p` on the pages `pages`.
std::vector<std::vector<Place>> places_on(size_t p, const std::vector<int>& orphans,
                                          const std::vector<size_t>& pages,
                                          const std::vector<PageRead>& reads,
                                          std::map<size_t, std::vector<Glyph>>& glyphs,
                                          const ExtractConfig& config) {
  const double tol = config.link_edge_tolerance;
  const Page& page = reads[p].page;
  std::vector<std::vector<Place>> places(orphans.size());
  for (const size_t q : pages) {
    auto it = glyphs.find(q);
    if (it == glyphs.end()) it = glyphs.emplace(q, model_glyphs(reads[q].page, tol)).first;
    for (size_t o = 0; o < orphans.size(); ++o) {
      const LinkArea& area = page.links[static_cast<size_t>(orphans[o])];
      for (const auto& [dy, fit] : fitting_shifts_by_line(area.box, it->second, tol)) {
        if (q == p && std::fabs(dy) <= tol) continue;  // where drawn: it was judged off there
        places[o].push_back(Place{q, dy, fit});
      }
    }
  }
  return places;
}

// Step 3: the place each orphan of `page` (`orphans`, with their `places`) moves to, if any.
std::vector<std::optional<Place>> choose_places(const Page& page, const std::vector<int>& orphans,
                                                const std::vector<std::vector<Place>>& places,
                                                const ExtractConfig& config) {
  const double tol = config.link_edge_tolerance;
  const auto support = [&](size_t q, double dy) {
    int n = 0;
    for (const std::vector<Place>& ps : places) {
      n += std::any_of(ps.begin(), ps.end(), [&](const Place& x) {
        return x.page == q && x.fit == Fit::kExact && std::fabs(x.dy - dy) <= tol;
      });
    }
    return n;
  };
  std::vector<std::optional<Place>> chosen(orphans.size());
  std::vector<std::vector<Place>> ambiguous(orphans.size());
  for (size_t o = 0; o < orphans.size(); ++o) {
    for (const Place& x : places[o]) {
      if (support(x.page, x.dy) >= config.link_shift_min_links) ambiguous[o].push_back(x);
    }
    // Several: the one more orphans fit than any other.
    int best = 0, ties = 0;
    for (const Place& x : ambiguous[o]) {
      const int n = support(x.page, x.dy);
      if (n > best) {
        best = n;
        ties = 0;
        chosen[o] = x;
      }
      ties += n == best;
    }
    if (ties > 1) chosen[o].reset();
  }
  // One fitting several places goes where another piece of its link went.
  for (size_t o = 0; o < orphans.size(); ++o) {
    if (chosen[o] || ambiguous[o].empty()) continue;
    const std::string& uri = page.links[static_cast<size_t>(orphans[o])].uri;
    for (size_t k = 0; k < orphans.size() && !chosen[o]; ++k) {
      if (!chosen[k] || ambiguous[k].size() != 1 ||
          page.links[static_cast<size_t>(orphans[k])].uri != uri) {
        continue;
      }
      for (const Place& x : ambiguous[o]) {
        if (x.page == chosen[k]->page && std::fabs(x.dy - chosen[k]->dy) <= tol) chosen[o] = x;
      }
    }
  }
  return chosen;
}

// Steps 2 to 4 for page `p`: the moves of its orphans.
std::vector<Move> moves_of(size_t p, const std::vector<PageRead>& reads,
                           std::map<size_t, std::vector<Glyph>>& glyphs,
                           const ExtractConfig& config) {
  const double tol = config.link_edge_tolerance;
  const Page& page = reads[p].page;
  const std::vector<int> orphans = web_links_of(page, false);
  if (static_cast<int>(orphans.size()) < config.link_shift_min_links) return {};
  const std::vector<std::vector<Place>> places = places_on(
      p, orphans, pages_around(p, reads.size(), config.link_page_reach), reads, glyphs, config);
  const std::vector<std::optional<Place>> chosen = choose_places(page, orphans, places, config);
  std::vector<Place> established;
  for (const std::optional<Place>& x : chosen) {
    if (x) established.push_back(*x);
  }
  const std::vector<int> carried = web_links_of(page, true);
  const std::vector<std::optional<Place>> by_chance =
      chance_fits(page, carried, established, established.size(), glyphs, tol);
  // The place of link `l`, and whether words carry it; none when it stays.
  const auto place_of = [&](int l) -> std::pair<std::optional<Place>, bool> {
    const auto it = std::find(orphans.begin(), orphans.end(), l);
    if (it != orphans.end()) return {chosen[static_cast<size_t>(it - orphans.begin())], false};
    const auto jt = std::find(carried.begin(), carried.end(), l);
    if (jt != carried.end()) return {by_chance[static_cast<size_t>(jt - carried.begin())], true};
    return {std::nullopt, false};
  };
  // Step 4: a link's pieces drawn on the page move together or not at all.
  std::vector<Move> moves;
  for (size_t a = 0; a < page.links.size();) {
    const size_t b = link_pieces_end(page.links, a);
    std::vector<Move> group;
    for (size_t l = a; l < b; ++l) {
      const auto [to, was_carried] = place_of(static_cast<int>(l));
      if (!to) {
        group.clear();
        break;
      }
      group.push_back(Move{p, static_cast<int>(l), to->page, to->dy, was_carried});
    }
    moves.insert(moves.end(), group.begin(), group.end());
    a = b;
  }
  return moves;
}

// Step 5: cuts word `w` of `page` before its `k`-th character, the right part after it.
void cut_word(Page& page, size_t w, size_t k) {
  Word right = page.words[w];
  Word& left = page.words[w];
  size_t byte = 0;
  for (size_t i = 0; i < k && byte < left.text.size(); ++i) {
    char32_t cp = 0;
    byte += std::max<size_t>(decode_utf8(left.text, byte, cp), 1);
  }
  right.text = left.text.substr(byte);
  left.text.resize(byte);
  right.first_char = left.first_char + static_cast<int>(k);
  left.box.x1 = right.box.x0 = page.char_x[static_cast<size_t>(right.first_char)];
  left.space_after = false;
  page.words.insert(page.words.begin() + static_cast<std::ptrdiff_t>(w) + 1, std::move(right));
}

// Step 5: cuts the words of `page` on the line of `box` that its vertical edge `x` falls inside,
// before the first character whose centre lies right of `x`.
void cut_at(Page& page, const Box& box, double x) {
  for (size_t w = 0; w < page.words.size(); ++w) {
    const Word& word = page.words[w];
    const double cy = word.box.centre_y();
    if (cy < box.y0 || cy > box.y1 || word.box.x0 >= x || word.box.x1 <= x) continue;
    if (word.first_char < 0 || static_cast<size_t>(word.first_char) >= page.char_x.size()) {
      continue;
    }
    const size_t first = static_cast<size_t>(word.first_char);
    const size_t n = std::min(count_code_points(word.text), page.char_x.size() - first);
    for (size_t k = 1; k < n; ++k) {
      const double x1 = k + 1 < n ? page.char_x[first + k + 1] : word.box.x1;
      if ((page.char_x[first + k] + x1) / 2 > x) {
        if ((page.char_x[first + k - 1] + page.char_x[first + k]) / 2 < x) cut_word(page, w, k);
        break;
      }
    }
  }
}

// Steps 5 and 6: whether a rectangle at `box` covers the word at `word`, as a link's words are
// counted: the word's centre line within the rectangle, and more than `min_cover` of its width.
bool covers_word(const Box& box, const Box& word, double min_cover) {
  const double cy = word.centre_y();
  const double width = word.x1 - word.x0;
  if (cy < box.y0 || cy > box.y1 || width <= 0) return false;
  const double overlap = std::min(word.x1, box.x1) - std::max(word.x0, box.x0);
  return overlap / width > min_cover;
}

// Step 5: gives link `index` of `page`, drawn at `box`, the words it covers that no link has,
// or, when `over_internal`, that no web link has. Returns how many words it took.
int take_words(Page& page, const Box& box, int index, double min_cover, bool over_internal) {
  int taken = 0;
  for (Word& w : page.words) {
    const bool free =
        w.link < 0 || (over_internal && page.links[static_cast<size_t>(w.link)].uri.empty());
    if (free && covers_word(box, w.box, min_cover)) {
      w.link = index;
      ++taken;
    }
  }
  return taken;
}

// Step 5: adds `area` to `page` and gives it the words it covers that no web link has. Returns
// how many words it took.
int place(Page& page, const LinkArea& area, double min_cover) {
  cut_at(page, area.box, area.box.x0);
  cut_at(page, area.box, area.box.x1);
  page.links.push_back(area);
  return take_words(page, area.box, static_cast<int>(page.links.size()) - 1, min_cover, true);
}

// Step 4a: takes link `link` of `page` off the words that carry it.
void release(Page& page, int link) {
  for (Word& w : page.words) {
    if (w.link == link) w.link = -1;
  }
}

// Step 5: drops the first finding of `diag` that reported the link to `uri` where it was drawn.
void drop_finding(Diagnostics& diag, const std::string& uri) {
  Diagnostics kept;
  bool dropped = false;
  const std::string needle = "link to " + uri + " ";
  for (const Diagnostic& d : diag.items()) {
    if (!dropped && (d.code == "link-off-its-words" || d.code == "link-covers-no-words") &&
        d.message.find(needle) != std::string::npos) {
      dropped = true;
      continue;
    }
    kept.add(d);
  }
  diag = std::move(kept);
}

// Step 5: one "link-moved" per page moved to, page drawn on and distance (within `tol`).
void report_moves(std::vector<Move> moves, double tol, std::vector<PageRead>& reads) {
  std::sort(moves.begin(), moves.end(), [](const Move& a, const Move& b) {
    return std::tie(a.to, a.from, a.dy) < std::tie(b.to, b.from, b.dy);
  });
  for (size_t i = 0; i < moves.size();) {
    size_t j = i + 1;
    while (j < moves.size() && moves[j].to == moves[i].to && moves[j].from == moves[i].from &&
           moves[j].dy - moves[i].dy <= tol) {
      ++j;
    }
    const size_t count = j - i;
    char distance[32];
    std::snprintf(distance, sizeof distance, "%.1f", std::fabs(moves[i].dy));
    const std::string where = moves[i].to == moves[i].from
                                  ? "on this page"
                                  : "on page " + std::to_string(moves[i].from + 1);
    reads[moves[i].to].diag.info(
        "link-moved",
        std::to_string(count) + " link rectangle" + (count > 1 ? "s" : "") + " drawn " + where +
            ", " + distance + " pt " + (moves[i].dy > 0 ? "above" : "below") +
            " where another pagination put their words, moved onto them",
        static_cast<int>(moves[i].to + 1));
    i = j;
  }
}

// Step 6: whether the words of `page` that `box` covers (covers_word) are some, and none
// carries a link.
bool covers_free_words(const Page& page, const Box& box, double min_cover) {
  int free = 0;
  for (const Word& w : page.words) {
    if (!covers_word(box, w.box, min_cover)) continue;
    if (w.link >= 0) return false;
    ++free;
  }
  return free > 0;
}

// Step 6: the text of the words of `page` that `box` covers (covers_word).
std::string covered_text(const Page& page, const Box& box, double min_cover) {
  std::string text;
  for (const Word& w : page.words) {
    if (covers_word(box, w.box, min_cover)) text += w.text + " ";
  }
  return text;
}

// Step 6: the places near page `p` (index into the reads) where `box` fits on free words, and
// whether exactly.
std::vector<Place> free_places(const std::vector<PageRead>& reads, size_t p, const Box& box,
                               std::map<size_t, std::vector<Glyph>>& glyphs,
                               const ExtractConfig& config) {
  const double tol = config.link_edge_tolerance;
  std::vector<Place> places;
  for (const size_t q : pages_around(p, reads.size(), config.link_lone_page_reach)) {
    auto it = glyphs.find(q);
    if (it == glyphs.end()) it = glyphs.emplace(q, model_glyphs(reads[q].page, tol)).first;
    for (const auto& [dy, fit] : fitting_shifts_by_line(box, it->second, tol)) {
      if (q == p && std::fabs(dy) <= tol) continue;  // where drawn: it was judged off there
      const Box there{box.x0, box.y0 + dy, box.x1, box.y1 + dy};
      if (covers_free_words(reads[q].page, there, config.link_min_word_cover)) {
        places.push_back(Place{q, dy, fit});
      }
    }
  }
  return places;
}

// Step 6: the one place near page `p` (index into the reads) where the link of its pieces
// [a, b) moves: a piece fits there exactly on free words, every other piece fits there, and the
// URL names the words they would cover; none when no place or several do.
std::optional<Place> lone_place(const std::vector<PageRead>& reads, size_t p, size_t a, size_t b,
                                std::map<size_t, std::vector<Glyph>>& glyphs,
                                const ExtractConfig& config) {
  const Page& page = reads[p].page;
  std::vector<std::vector<Place>> fits;  // a piece's places
  for (size_t l = a; l < b; ++l) {
    fits.push_back(free_places(reads, p, page.links[l].box, glyphs, config));
  }
  const auto fits_at = [&](const std::vector<Place>& places, const Place& x) {
    return std::any_of(places.begin(), places.end(), [&](const Place& y) {
      return y.page == x.page && std::fabs(y.dy - x.dy) <= config.link_edge_tolerance;
    });
  };
  std::vector<Place> chosen;  // each once
  for (const std::vector<Place>& piece : fits) {
    for (const Place& x : piece) {
      if (x.fit != Fit::kExact || fits_at(chosen, x)) continue;
      const bool whole = std::all_of(fits.begin(), fits.end(),
                                     [&](const std::vector<Place>& o) { return fits_at(o, x); });
      std::string words;  // what the link would cover there
      for (size_t l = a; l < b && whole; ++l) {
        Box there = page.links[l].box;
        there.y0 += x.dy;
        there.y1 += x.dy;
        words += covered_text(reads[x.page].page, there, config.link_min_word_cover);
      }
      if (whole && url_names_words(page.links[a].uri, words, config.link_lone_url_words)) {
        chosen.push_back(x);
      }
    }
  }
  if (chosen.size() != 1) return std::nullopt;
  return chosen[0];
}

// Step 6: the moves of the links whose every piece is still on no word (none in `moved`, pairs
// of page and link).
std::vector<Move> lone_moves(const std::vector<PageRead>& reads,
                             const std::vector<std::pair<size_t, int>>& moved,
                             std::map<size_t, std::vector<Glyph>>& glyphs,
                             const ExtractConfig& config) {
  std::vector<Move> moves;
  for (size_t p = 0; p < reads.size(); ++p) {
    const Page& page = reads[p].page;
    const std::vector<int> orphans = web_links_of(page, false);
    const auto lone = [&](size_t l) {
      const int link = static_cast<int>(l);
      return std::find(orphans.begin(), orphans.end(), link) != orphans.end() &&
             std::find(moved.begin(), moved.end(), std::make_pair(p, link)) == moved.end();
    };
    for (size_t a = 0; a < page.links.size();) {
      const size_t b = link_pieces_end(page.links, a);  // [a, b): one link's pieces
      bool all = !page.links[a].uri.empty();
      for (size_t l = a; l < b && all; ++l) all = lone(l);
      const std::optional<Place> to =
          all ? lone_place(reads, p, a, b, glyphs, config) : std::nullopt;
      for (size_t l = a; l < b && to; ++l) {
        moves.push_back(Move{p, static_cast<int>(l), to->page, to->dy, false});
      }
      a = b;
    }
  }
  return moves;
}

// Step 5: moves the rectangles of `moves`; returns those that took words.
std::vector<Move> apply(const std::vector<Move>& moves, std::vector<PageRead>& reads,
                        const ExtractConfig& config) {
  std::vector<Move> applied;
  for (const Move& m : moves) {
    Page& from = reads[m.from].page;
    LinkArea area = from.links[static_cast<size_t>(m.link)];
    area.box.y0 += m.dy;
    area.box.y1 += m.dy;
    if (place(reads[m.to].page, area, config.link_min_word_cover) == 0) {
      if (m.carried) take_words(from, from.links[static_cast<size_t>(m.link)].box, m.link,
                                config.link_min_word_cover, false);
      continue;
    }
    if (!m.carried) drop_finding(reads[m.from].diag, area.uri);
    applied.push_back(m);
  }
  return applied;
}

}  // namespace

void relink_across_pages(std::vector<PageRead>& reads, const ExtractConfig& config) {
  std::map<size_t, std::vector<Glyph>> glyphs;  // built once per page looked at
  std::vector<Move> moves;
  for (size_t p = 0; p < reads.size(); ++p) {
    const std::vector<Move> found = moves_of(p, reads, glyphs, config);
    moves.insert(moves.end(), found.begin(), found.end());
  }
  // Decided on the pages as read, then applied: a page's words are cut only once all is known,
  // and the words a carried link leaves are free before any link moves onto them.
  for (const Move& m : moves) {
    if (m.carried) release(reads[m.from].page, m.link);
  }
  std::vector<Move> applied = apply(moves, reads, config);
  // Step 6, on the pages as step 5 left them.
  std::vector<std::pair<size_t, int>> tried;
  for (const Move& m : moves) tried.emplace_back(m.from, m.link);
  const std::vector<Move> lone = apply(lone_moves(reads, tried, glyphs, config), reads, config);
  applied.insert(applied.end(), lone.begin(), lone.end());
  report_moves(applied, config.link_edge_tolerance, reads);
}

}  // namespace coi::extract
