// What a page says about itself: its <title> and its main heading.
#include "links/page_signals.h"

#include <gtest/gtest.h>

namespace coi {
namespace {

TEST(LinksPageSignals, TitleIsDecodedAndCollapsed) {
  EXPECT_EQ(html_title("<TITLE lang=en>  A &lt;b&gt;\n title </TITLE>"), "A <b> title");
  EXPECT_EQ(html_title("<p>no title</p>"), "");
  EXPECT_EQ(html_title("<titlebar>x</titlebar><title>Real</title>"), "Real");
  EXPECT_EQ(html_title("<title>Cut off by the body limit"), "Cut off by the body limit");
}

TEST(LinksPageSignals, MainHeadingIsTheFirstH1WithoutItsTags) {
  EXPECT_EQ(html_main_heading("<h2>Menu</h2><H1 class=\"x\">Page <em>not</em>&nbsp;found</H1>"
                              "<h1>Second</h1>"),
            "Page not found");
  EXPECT_EQ(html_main_heading("<h10>odd</h10><p>no heading</p>"), "");
  EXPECT_EQ(html_main_heading("<h1>Line<br>break</h1>"), "Line break");
}

}  // namespace
}  // namespace coi
