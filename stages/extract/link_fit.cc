// The fitting test of link_realign.cc (steps 2 and 3), on characters from either Poppler's
// TextOutputDev or the model's words.
#include "stages/extract/link_fit.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>

#include "pipeline/utf8.h"

namespace coi::extract {

namespace {

// fit_at's judgement on the characters `each_in_band` visits: the indices into `glyphs`, in
// increasing order, of those whose centres lie within the moved rectangle's height.
template <typename EachInBand>
Fit fit_in_band(const Box& box, std::span<const Glyph> glyphs, EachInBand each_in_band,
                double tol) {
  size_t first = glyphs.size(), last = glyphs.size();
  bool before = false, after = false;  // characters on the line outside the rectangle
  bool digits = true;                  // all it holds are digits: a footnote mark's rectangle
  each_in_band([&](size_t g) {
    const Glyph& c = glyphs[g];
    const double cx = (c.x0 + c.x1) / 2;
    if (cx < box.x0) before = true;
    else if (cx > box.x1) after = true;
    else {
      digits = digits && c.digit;
      if (first == glyphs.size() || c.x0 < glyphs[first].x0) first = g;
      if (last == glyphs.size() || c.x1 > glyphs[last].x1) last = g;
    }
  });
  if (first == glyphs.size()) return Fit::kNone;
  // A neighbour in the same Poppler word, both letters or digits: the edge cuts a word. Not a
  // mark's between two digits: adjacent footnote marks print as one string ("6465" for 64 and
  // 65), each under its own rectangle.
  const auto cuts = [&](size_t inside, size_t outside) {
    const Glyph& a = glyphs[inside];
    const Glyph& b = glyphs[outside];
    const double cx = (b.x0 + b.x1) / 2;
    return a.word == b.word && a.alnum && b.alnum && !(digits && b.digit) &&
           (cx < box.x0 || cx > box.x1);
  };
  if (first > 0 && cuts(first, first - 1)) return Fit::kNone;
  if (last + 1 < glyphs.size() && cuts(last, last + 1)) return Fit::kNone;
  const bool left_exact = std::fabs(glyphs[first].x0 - box.x0) <= tol;
  const bool right_exact = std::fabs(glyphs[last].x1 - box.x1) <= tol;
  const bool left_ok = left_exact || (!before && box.x0 < glyphs[first].x0);
  const bool right_ok = right_exact || (!after && box.x1 > glyphs[last].x1);
  const bool inside_line = (left_exact && before) || (right_exact && after);
  if (left_exact && right_exact && (digits || inside_line)) return Fit::kExact;
  // A mark's rectangle is as wide as its digits; only a wrapped link's runs on to the frame.
  // The evidence is an edge inside the line, with text beyond it: a line's own ends are shared
  // by every line of the column (a justified one's both), so a rectangle meeting only those
  // fits any line.
  return !digits && left_ok && right_ok && inside_line ? Fit::kFits : Fit::kNone;
}

}  // namespace

Fit fit_at(const Box& box, double dy, std::span<const Glyph> glyphs, double tol) {
  const double top = box.y0 + dy, bottom = box.y1 + dy;
  const auto each_in_band = [&](const auto& visit) {
    for (size_t g = 0; g < glyphs.size(); ++g) {
      if (glyphs[g].cy < top || glyphs[g].cy > bottom) continue;
      visit(g);
    }
  };
  return fit_in_band(box, glyphs, each_in_band, tol);
}

GlyphLines::GlyphLines(const std::vector<Glyph>& glyphs) : glyphs_(glyphs) {
  for (size_t g = 0; g < glyphs.size(); ++g) {
    (std::isnan(glyphs[g].cy) ? no_centre_ : by_centre_).push_back(g);
  }
  std::sort(by_centre_.begin(), by_centre_.end(),
            [&glyphs](size_t a, size_t b) { return glyphs[a].cy < glyphs[b].cy; });
}

Fit GlyphLines::fit_at(const Box& box, double dy, double tol) const {
  const double top = box.y0 + dy, bottom = box.y1 + dy;
  // fit_at's band test keeps a numeric centre exactly when top <= cy <= bottom, and a NaN one
  // always (no comparison with NaN holds); with a NaN edge it is left to fit_at itself.
  if (std::isnan(top) || std::isnan(bottom)) return extract::fit_at(box, dy, glyphs_, tol);
  const auto from = std::lower_bound(by_centre_.begin(), by_centre_.end(), top,
                                     [&](size_t g, double y) { return glyphs_[g].cy < y; });
  const auto to = std::upper_bound(from, by_centre_.end(), bottom,
                                   [&](double y, size_t g) { return y < glyphs_[g].cy; });
  std::vector<size_t> band(from, to);
  band.insert(band.end(), no_centre_.begin(), no_centre_.end());
  std::sort(band.begin(), band.end());  // in the page's order, as fit_at meets them
  const auto each_in_band = [&](const auto& visit) {
    for (size_t g : band) visit(g);
  };
  return fit_in_band(box, glyphs_, each_in_band, tol);
}

namespace {

// fitting_shifts, each shift judged by `fit_of(dy)`.
template <typename FitOf>
std::vector<std::pair<double, Fit>> shifts_tested_on(const Box& box,
                                                     const std::vector<Glyph>& glyphs, double tol,
                                                     FitOf fit_of) {
  std::vector<double> tried;
  const double centre = box.centre_y();
  for (const Glyph& c : glyphs) {
    if (std::fabs(c.x0 - box.x0) > tol && std::fabs(c.x1 - box.x1) > tol) continue;
    tried.push_back(c.cy - centre);
  }
  std::sort(tried.begin(), tried.end());
  std::vector<std::pair<double, Fit>> fit;
  for (double dy : tried) {
    if (!fit.empty() && dy - fit.back().first <= tol) continue;
    const Fit f = fit_of(dy);
    if (f != Fit::kNone) fit.emplace_back(dy, f);
  }
  return fit;
}

}  // namespace

std::vector<std::pair<double, Fit>> fitting_shifts(const Box& box, const GlyphLines& lines,
                                                   double tol) {
  return shifts_tested_on(box, lines.glyphs(), tol,
                          [&](double dy) { return lines.fit_at(box, dy, tol); });
}

std::vector<std::pair<double, Fit>> fitting_shifts_by_line(const Box& box,
                                                           const std::vector<Glyph>& glyphs,
                                                           double tol) {
  return shifts_tested_on(box, glyphs, tol, [&](double dy) {
    // fit_at looks at the characters whose centres lie within the moved rectangle's height;
    // a word's, on one centre line, are all in or all out, so the cuts it tests are the same.
    const auto from = std::lower_bound(glyphs.begin(), glyphs.end(), box.y0 + dy,
                                       [](const Glyph& g, double y) { return g.cy < y; });
    const auto to = std::upper_bound(from, glyphs.end(), box.y1 + dy,
                                     [](double y, const Glyph& g) { return y < g.cy; });
    return fit_at(box, dy, std::span<const Glyph>(from, to), tol);
  });
}

std::string text_at(const Box& box, double dy, const std::vector<Glyph>& glyphs) {
  std::string text;
  int word = -1;
  for (const Glyph& c : glyphs) {
    const double cx = (c.x0 + c.x1) / 2;
    if (c.cy < box.y0 + dy || c.cy > box.y1 + dy || cx < box.x0 || cx > box.x1) continue;
    if (word >= 0 && c.word != word) text += ' ';
    append_utf8(c.ch, text);
    word = c.word;
  }
  return text;
}

namespace {

// `text` lower-cased, code point by code point.
std::string lower(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    char32_t c = 0;
    i += std::max<size_t>(decode_utf8(text, i, c), 1);
    append_utf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))), out);
  }
  return out;
}

}  // namespace

bool url_names_words(const std::string& url, const std::string& text, double min_share) {
  const std::string address = lower(url);
  int words = 0, named = 0;
  std::string word;
  size_t letters = 0;
  const auto close = [&] {
    if (letters >= 3) {
      ++words;
      named += address.find(word) != std::string::npos;
    }
    word.clear();
    letters = 0;
  };
  const std::string lowered = lower(text);
  for (size_t i = 0; i < lowered.size();) {
    char32_t c = 0;
    const size_t length = std::max<size_t>(decode_utf8(lowered, i, c), 1);
    if (u_isalnum(static_cast<UChar32>(c))) {
      word += lowered.substr(i, length);
      ++letters;
    } else {
      close();
    }
    i += length;
  }
  close();
  return words > 0 && named > min_share * words;
}

bool url_spells_words(const std::string& url, int min_words) {
  const size_t scheme = url.find("://");
  const size_t path = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  int words = 0;
  size_t letters = 0;
  for (size_t i = path == std::string::npos ? url.size() : path; i <= url.size(); ++i) {
    if (i < url.size() && u_isalpha(static_cast<unsigned char>(url[i]))) {
      ++letters;
      continue;
    }
    words += letters >= 3;
    letters = 0;
  }
  return words >= min_words;
}

}  // namespace coi::extract
