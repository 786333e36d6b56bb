// What lies off the page is left out by extract (stages/extract/page_bounds.h).
#include <gtest/gtest.h>

#include "stages/extract/page_bounds.h"

namespace coi {
namespace {

Word word_at(const char* text, Box box) {
  Word w;
  w.text = text;
  w.box = box;
  return w;
}

TEST(PageBounds, DropsWhatLiesWhollyOffThePageAndClipsWhatPokesOut) {
  Page page;
  page.width = 600;
  page.height = 800;
  page.words = {word_at("inside", {10, 10, 50, 20}), word_at("beyond", {610, 10, 650, 20}),
                word_at("below", {10, 900, 50, 910}), word_at("edge", {580, 10, 620, 20})};
  page.rules = {Rule{{0, 790, 700, 791}, false}, Rule{{-50, 10, -40, 400}, false}};
  page.images = {Box{500, 700, 900, 1000}};
  page.links = {LinkArea{{570, 5, 640, 25}, "https://example.org", 0, -1, ""}};

  EXPECT_EQ(extract::keep_inside_page(page), 2);

  ASSERT_EQ(page.words.size(), 2u);
  EXPECT_EQ(page.words[0].text, "inside");
  EXPECT_EQ(page.words[1].text, "edge");
  EXPECT_DOUBLE_EQ(page.words[1].box.x1, 600);
  ASSERT_EQ(page.rules.size(), 1u);
  EXPECT_DOUBLE_EQ(page.rules[0].box.x1, 600);
  ASSERT_EQ(page.images.size(), 1u);
  EXPECT_DOUBLE_EQ(page.images[0].x1, 600);
  EXPECT_DOUBLE_EQ(page.images[0].y1, 800);
  EXPECT_DOUBLE_EQ(page.links[0].box.x1, 600);
}

}  // namespace
}  // namespace coi
