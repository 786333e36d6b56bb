// GlyphLines (stages/extract/link_fit.h): a rectangle moved up or down judged on the characters
// of the band it lands on gives fit_at's answer on the whole page, whatever the page's order,
// the words' centre lines (a turned word's characters each have their own) or NaN in either.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <utility>
#include <vector>

#include "stages/extract/link_fit.h"

namespace coi::extract {
namespace {

constexpr double kTol = 0.5;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A page of words on a few lines, out of line order, some turned (each character its own
// centre), some sharing edges (overprinted), a few centres NaN.
std::vector<Glyph> random_page(std::mt19937& rng) {
  std::uniform_int_distribution<int> lines(0, 7), letters(1, 6), kind(0, 9);
  std::vector<Glyph> glyphs;
  for (int word = 0; word < 40; ++word) {
    const double cy = 100 + 12 * lines(rng);
    double x = 10 * letters(rng) * lines(rng);
    const bool turned = kind(rng) == 0, nan_centre = kind(rng) == 0;
    const int n = letters(rng);
    for (int i = 0; i < n; ++i) {
      const int k = kind(rng);
      const char32_t ch = k < 4 ? U'a' + k : k < 8 ? U'0' + k : U',';
      const double centre = nan_centre ? kNaN : turned ? cy + 3 * i : cy;
      glyphs.push_back(Glyph{x, x + 5, centre, k < 8, k >= 4 && k < 8, word, ch});
      if (kind(rng) != 0) x += 5;  // else the next character is drawn over this one
    }
  }
  return glyphs;
}

TEST(GlyphLines, FitsAsFitAtOnTheWholePage) {
  std::mt19937 rng(17);
  int fits = 0;
  for (int page = 0; page < 20; ++page) {
    const std::vector<Glyph> glyphs = random_page(rng);
    const GlyphLines lines(glyphs);
    std::uniform_int_distribution<size_t> pick(0, glyphs.size() - 1);
    for (int trial = 0; trial < 100; ++trial) {
      // Edges on characters' edges (where fits are found), heights around a line's.
      const Glyph& a = glyphs[pick(rng)];
      const Glyph& b = glyphs[pick(rng)];
      Box box{std::min(a.x0, b.x0), 95.0 + (trial % 9), std::max(a.x1, b.x1),
              105.0 + (trial % 11)};
      if (trial % 50 == 0) box.y1 = kNaN;
      if (trial % 50 == 1) std::swap(box.y0, box.y1);  // upside down: no line fits
      for (const Glyph& c : glyphs) {
        const double dy = std::isnan(c.cy) ? kNaN : c.cy - box.centre_y();
        const Fit whole = fit_at(box, dy, glyphs, kTol);
        ASSERT_EQ(lines.fit_at(box, dy, kTol), whole) << "page " << page << " trial " << trial;
        fits += whole != Fit::kNone;
      }
    }
  }
  EXPECT_GT(fits, 1000);  // the pages hold fits to compare, not only misses
}

// Two link rectangles of one line, one exactly on its word, one off by a line: each fits where
// its word is, at the shift that puts it there.
TEST(GlyphLines, FittingShiftsFindTheLineOfTheWord) {
  std::vector<Glyph> glyphs;
  int word = 0;
  for (double cy : {300.0, 100.0, 200.0}) {  // lines out of order, as a page's words may be
    double x = 10;
    for (const char* text : {"see", "report", "here"}) {
      for (const char* c = text; *c; ++c, x += 5) {
        glyphs.push_back(Glyph{x, x + 5, cy, true, false, word, static_cast<char32_t>(*c)});
      }
      ++word;
      x += 5;
    }
  }
  const GlyphLines lines(glyphs);
  const Box on_report{30, 195, 60, 205};  // "report" of the line at 200
  const auto shifts = fitting_shifts(on_report, lines, kTol);
  ASSERT_EQ(shifts.size(), 3u);  // every line holds "report" at the same place
  EXPECT_NEAR(shifts[0].first, -100, 1e-9);
  EXPECT_NEAR(shifts[1].first, 0, 1e-9);
  EXPECT_NEAR(shifts[2].first, 100, 1e-9);
  for (const auto& [dy, fit] : shifts) EXPECT_EQ(fit, Fit::kExact);
}

}  // namespace
}  // namespace coi::extract
