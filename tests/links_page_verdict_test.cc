// Step 4 of the link checker on its own: what a page says about the cited link, with the
// default [links] patterns, and a suspect settled against its host's probe.
#include "links/page_verdict.h"

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace coi {
namespace {

LinksConfig default_config() {
  LinksConfig config;
  auto errors = std::make_shared<std::vector<Status>>();
  ConfigSection none(nullptr, "links", errors);
  config.load(none);
  return config;
}

TEST(LinksPageVerdict, SignInPageByItsAddressOrItsTitleIsALoginWall) {
  const LinksConfig config = default_config();
  PageVerdict by_url = judge_page(config, "https://a.org/report", "https://a.org/login?next=x",
                                  true, "Welcome", "");
  EXPECT_EQ(by_url.kind, PageKind::kLoginWall);
  EXPECT_EQ(by_url.signal, "redirected to a sign-in page https://a.org/login?next=x");
  PageVerdict by_title =
      judge_page(config, "https://a.org/report", "https://a.org/report", false, "Sign in", "");
  EXPECT_EQ(by_title.kind, PageKind::kLoginWall);
  // A sign-in address reached without a redirect is the cited page itself: nothing to say.
  EXPECT_EQ(judge_page(config, "https://a.org/login", "https://a.org/login", false, "Welcome", "")
                .kind,
            PageKind::kPlain);
}

TEST(LinksPageVerdict, NotFoundTitleOrHeadingIsASoft404) {
  const LinksConfig config = default_config();
  PageVerdict title = judge_page(config, "https://a.org/x", "https://a.org/x", false,
                                 "Page not found | A.org", "");
  EXPECT_EQ(title.kind, PageKind::kNotFound);
  EXPECT_EQ(title.signal, "title says \"Page not found | A.org\"");
  PageVerdict heading = judge_page(config, "https://a.org/x", "https://a.org/x", false, "A.org",
                                   "Error 404");
  EXPECT_EQ(heading.kind, PageKind::kNotFound);
  EXPECT_EQ(heading.signal, "heading says \"Error 404\"");
}

TEST(LinksPageVerdict, RedirectToAnotherPathIsASuspectAndToTheHomePageSaysSo) {
  const LinksConfig config = default_config();
  PageVerdict home =
      judge_page(config, "https://a.org/reports/2021", "https://a.org/", true, "A.org", "");
  EXPECT_EQ(home.kind, PageKind::kSuspect);
  EXPECT_TRUE(home.home);
  EXPECT_EQ(home.signal, "deep link redirected to the home page https://a.org/");
  PageVerdict elsewhere = judge_page(config, "https://a.org/reports/2021",
                                     "https://a.org/search?q=2021", true, "Search", "");
  EXPECT_EQ(elsewhere.kind, PageKind::kSuspect);
  EXPECT_FALSE(elsewhere.home);
  // A redirect that only adds a trailing slash or changes the scheme keeps the page.
  EXPECT_EQ(judge_page(config, "http://a.org/reports", "https://a.org/reports/", true, "Reports",
                       "")
                .kind,
            PageKind::kPlain);
}

TEST(LinksPageVerdict, ProbeWithTheSameTitleAndNearSizeIsTheSamePage) {
  const PageSeen page{200, "A.org", 10000};
  EXPECT_TRUE(same_page(page, PageSeen{200, "A.org", 10900}, 0.1));
  EXPECT_FALSE(same_page(page, PageSeen{200, "A.org", 12000}, 0.1));
  EXPECT_FALSE(same_page(page, PageSeen{200, "Search", 10000}, 0.1));
  EXPECT_FALSE(same_page(page, PageSeen{404, "A.org", 10000}, 0.1));
  EXPECT_EQ(probe_answer(PageSeen{}), "no answer");
  EXPECT_EQ(probe_answer(PageSeen{404, "", 0}), "404");
  EXPECT_EQ(probe_answer(PageSeen{200, "Search", 10}), "a different page");
}

}  // namespace
}  // namespace coi
