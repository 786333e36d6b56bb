// The HTML report of `coi links`: what it holds, that it is self-contained, and that it runs in
// headless Chromium without a console message and shows the JSON report's counts. The test
// leaves screenshots (desktop and phone widths) in BUILD/test-output/ for a person to look at.
#include "links/report_html.h"

#include <gtest/gtest.h>
#include <re2/re2.h>
#include <nlohmann/json.hpp>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <iostream>

#include "links/report.h"
#include "tests/links_fake_http_client.h"
#include "tests/support/chromium.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

namespace fs = std::filesystem;

CitedUrl cited(const std::string& url, std::vector<Citation> citations) {
  return CitedUrl{url, std::move(citations)};
}

// A second night over two notes: one URL of each class the report lists, one newly broken,
// one still broken, one fixed.
LinksRun sample_run() {
  LinksConfig config;
  ConfigSection none(nullptr, "links", std::make_shared<std::vector<Status>>());
  config.load(none);
  testing::FakeHttpClient client;
  client.on_status("http://a.test/404", 404);
  client.on_status("http://a.test/410", 410);
  client.on_status("http://a.test/fixed", 200);
  client.on_status("http://a.test/ok", 200);
  client.on_status("http://a.test/moved", 301, {{"location", "http://b.test/new"}});
  client.on("http://b.test/new", [](const HttpRequest&, int) {
    return testing::html_page("The new page");
  });
  client.on("http://a.test/login", [](const HttpRequest&, int) {
    return testing::html_page("Sign in");
  });
  client.on("http://a.test/soft", [](const HttpRequest&, int) {
    return testing::html_page("Page not found");
  });
  LinksState previous;
  previous.urls["http://a.test/410"] = UrlState{LinkClass::kBroken, 410, 1000, 2, ""};
  previous.urls["http://a.test/fixed"] = UrlState{LinkClass::kBroken, 404, 1000, 1, ""};
  const Citation n1{"n1.json", {3, 12}, {"4.1.1"}, {"Report <2020> & annex"}};
  const Citation n2{"n2.json", {7}, {"2.3"}, {"Second source"}};
  std::vector<CitedUrl> urls = {
      cited("http://a.test/404", {n1, n2}), cited("http://a.test/410", {n1}),
      cited("http://a.test/fixed", {n2}),    cited("http://a.test/ok", {n1}),
      cited("http://a.test/moved", {n2}),    cited("http://a.test/login", {n1}),
      cited("http://a.test/soft", {n2}),     cited("mailto:someone@a.test", {n1}),
  };
  return run_link_check(std::move(urls), previous, config, client, 1764200000);
}

TEST(LinksReportHtml, ListsEachLinkToActOnPerNoteWithItsCitations) {
  const std::string html = render_links_html(sample_run(), 2.5);
  EXPECT_NE(html.find("<title>coi links, 2025-11-26 23:33 UTC</title>"), std::string::npos);
  EXPECT_NE(html.find("<tr data-class=\"broken\" data-note=\"n1.json\"><td data-label=\"Note\">"
                      "n1.json</td><td data-label=\"Class\" data-sort=\"0\"><span class=\"badge "
                      "broken\">broken</span></td><td data-label=\"URL\"><a href=\"http://a.test/"
                      "404\">http://a.test/404</a><div class=\"reason\">404</div></td><td "
                      "data-label=\"Footnotes\">3, 12</td><td data-label=\"Paragraphs\">4.1.1</td>"
                      "<td data-label=\"Source\">Report &lt;2020&gt; &amp; annex</td><td "
                      "data-label=\"New URL\"></td><td data-label=\"History\" data-sort=\"1\">"
                      "newly broken</td></tr>"),
            std::string::npos)
      << html;
  // The moved link gives the new URL for the bibliography.
  EXPECT_NE(html.find("<td data-label=\"New URL\"><a href=\"http://b.test/new\">"),
            std::string::npos);
  EXPECT_NE(html.find("<td data-label=\"History\" data-sort=\"3\">3 nights in a row</td>"),
            std::string::npos);
  // 404 twice (two notes), 410, moved, login, soft: six rows; ok, fixed and skipped have none.
  int rows = 0;
  for (size_t at = html.find("<tr data-class"); at != std::string::npos;
       at = html.find("<tr data-class", at + 1)) {
    ++rows;
  }
  EXPECT_EQ(rows, 6);
  EXPECT_NE(html.find("<ul class=\"changes\" data-change=\"fixed\">\n<li><a href=\"http://a.test/"
                      "fixed\">"),
            std::string::npos);
}

TEST(LinksReportHtml, IsSelfContained) {
  const std::string html = render_links_html(sample_run(), 2.5);
  for (const char* outside : {"<link", " src=", "@import", "url(", "http-equiv"}) {
    EXPECT_EQ(html.find(outside), std::string::npos) << outside;
  }
}

TEST(LinksReportHtml, NothingToActOnSaysSo) {
  LinksRun run;
  const std::string html = render_links_html(run, 0);
  EXPECT_NE(html.find("<p class=\"empty\">None: no link is broken, soft 404, blocked or moved."),
            std::string::npos);
}

// The figures the page shows: data-key -> number, from the DOM.
std::map<std::string, int> shown_counts(const std::string& dom) {
  std::map<std::string, int> counts;
  // <dd data-key="KEY">NUMBER</dd>, read with RE2 like the rest of the project (std::regex
  // trips GCC 12's maybe-uninitialized warning in the sanitizer build).
  static const RE2 kFigure("<dd data-key=\"([^\"]+)\">([0-9]+)</dd>");
  re2::StringPiece rest(dom);
  std::string key;
  int number = 0;
  while (RE2::FindAndConsume(&rest, kFigure, &key, &number)) counts[key] = number;
  return counts;
}

TEST(LinksReportHtml, RunsInHeadlessChromiumAndShowsTheJsonCounts) {
  // scripts/setup installs Debian's chromium: its absence is a broken set-up, not a skip.
  ASSERT_TRUE(testing::chromium_installed()) << "chromium is not installed";
  const LinksRun run = sample_run();
  char dir_template[] = "/tmp/coi-links-html-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  const fs::path dir(dir_template);
  const fs::path page = dir / "links.html";
  std::ofstream(page) << render_links_html(run, 2.5);

  const testing::ChromiumPage loaded = testing::chromium_load(page, dir);
  const fs::path shots = fs::path(testing::coi_binary()).parent_path() / "test-output";
  const bool desktop =
      testing::chromium_screenshot(page, shots / "links-report-desktop.png", 1280, 1400, dir);
  const bool phone =
      testing::chromium_screenshot(page, shots / "links-report-phone.png", 390, 1600, dir);
  fs::remove_all(dir);

  ASSERT_NE(loaded.dom.find("<body data-script=\"ok\">"), std::string::npos)
      << "the script failed or did not run:\n" << loaded.dom.substr(0, 2000);
  EXPECT_EQ(loaded.console, "") << "console messages";
  EXPECT_NE(loaded.dom.find("<span id=\"shown\" class=\"when\">6 of 6 shown</span>"),
            std::string::npos);

  const nlohmann::json summary = nlohmann::json::parse(render_links_json(run, 2.5))["summary"];
  const std::map<std::string, int> shown = shown_counts(loaded.dom);
  for (const auto& [key, value] : summary.items()) {
    if (key == "requests" || key == "seconds") continue;  // in the header line
    ASSERT_EQ(shown.count(key), 1u) << key << " is not shown";
    EXPECT_EQ(shown.at(key), value.get<int>()) << key;
  }
  EXPECT_EQ(shown.size(), summary.size() - 2);
  EXPECT_TRUE(desktop) << "no screenshot in " << shots;
  EXPECT_TRUE(phone) << "no screenshot in " << shots;
  std::cout << "screenshots: " << (shots / "links-report-desktop.png").string() << ", "
            << (shots / "links-report-phone.png").string() << "\n";
}

}  // namespace
}  // namespace coi
