// The state file between runs: freshness, newly/still broken, fixed; and its format.
#include "links/state.h"

#include <gtest/gtest.h>

#include "links/links_run.h"
#include "links/report.h"
#include "tests/links_fake_http_client.h"

namespace coi {
namespace {

std::vector<CitedUrl> cited(const std::vector<std::string>& urls) {
  std::vector<CitedUrl> out;
  for (const std::string& url : urls) out.push_back(CitedUrl{url, {Citation{"n.json", {3}, {"1.2"}, {"T"}}}});
  return out;
}

TEST(LinksState, NewlyBrokenThenStillBrokenThenFixed) {
  const std::vector<std::string> urls = {"http://a.test/x"};
  testing::FakeHttpClient night1;
  night1.on_status("http://a.test/x", 404);
  LinksRun first = run_link_check(cited(urls), LinksState{}, LinksConfig{}, night1, 1000);
  EXPECT_EQ(first.outcomes[0].change, NightlyChange::kNewlyBroken);
  EXPECT_EQ(first.outcomes[0].dead_runs, 1);

  testing::FakeHttpClient night2;
  night2.on_status("http://a.test/x", 410);
  LinksRun second = run_link_check(cited(urls), first.state, LinksConfig{}, night2, 90000);
  EXPECT_EQ(second.outcomes[0].change, NightlyChange::kStillBroken);
  EXPECT_EQ(second.outcomes[0].dead_runs, 2);
  EXPECT_NE(render_links_text(second, 1).find("[still broken, 2 runs in a row]"),
            std::string::npos);

  testing::FakeHttpClient night3;
  night3.on_status("http://a.test/x", 200);
  LinksRun third = run_link_check(cited(urls), second.state, LinksConfig{}, night3, 180000);
  EXPECT_EQ(third.outcomes[0].change, NightlyChange::kFixed);
  EXPECT_EQ(third.state.urls.at("http://a.test/x").dead_runs, 0);
}

TEST(LinksState, FreshOkUrlsAreNotRechecked) {
  LinksState previous;
  previous.urls["http://a.test/fresh"] = UrlState{LinkClass::kOk, 200, 1000, 0, "http://a.test/fresh"};
  previous.urls["http://a.test/stale"] = UrlState{LinkClass::kOk, 200, 1000 - 21 * 3600, 0, ""};
  testing::FakeHttpClient client;
  client.on_other([](const HttpRequest&, int) { return testing::response(200); });
  LinksRun run = run_link_check(cited({"http://a.test/fresh", "http://a.test/stale"}), previous,
                                LinksConfig{}, client, 1000 + 3600);
  EXPECT_FALSE(run.outcomes[0].rechecked);
  EXPECT_TRUE(run.outcomes[1].rechecked);
  ASSERT_EQ(client.sent.size(), 1u);
  EXPECT_EQ(client.sent[0].request.url, "http://a.test/stale");
  EXPECT_EQ(run.state.urls.at("http://a.test/fresh").checked_at, 1000);  // kept, not renewed
}

TEST(LinksState, TransientFailureKeepsTheBrokenHistory) {
  LinksState previous;
  previous.urls["http://a.test/x"] = UrlState{LinkClass::kBroken, 404, 1000, 3, ""};
  testing::FakeHttpClient client;
  client.on_status("http://a.test/x", 503);
  LinksConfig config;
  config.max_retries = 0;
  LinksRun run = run_link_check(cited({"http://a.test/x"}), previous, config, client, 99999);
  EXPECT_EQ(run.outcomes[0].result.link_class, LinkClass::kFailedTransient);
  EXPECT_EQ(run.outcomes[0].change, NightlyChange::kNone);
  EXPECT_EQ(run.state.urls.at("http://a.test/x").dead_runs, 3);
}

// URLs the run's deadline left unchecked leave the state file as it was: no verdict, no new
// entry, the broken history kept.
TEST(LinksState, NotCheckedUrlsLeaveTheStateAsItWas) {
  LinksState previous;
  previous.urls["http://a.test/x"] = UrlState{LinkClass::kBroken, 404, 1000, 3, ""};
  testing::FakeHttpClient client;
  client.on_other([](const HttpRequest&, int) {
    return testing::failure(TransportError::kTimeout);
  });
  LinksConfig config;
  config.run_deadline_s = 5;
  LinksRun run = run_link_check(cited({"http://a.test/x", "http://a.test/new"}), previous, config,
                                client, 99999);
  EXPECT_EQ(run.outcomes[0].result.link_class, LinkClass::kNotChecked);
  EXPECT_EQ(run.outcomes[0].change, NightlyChange::kNone);
  EXPECT_EQ(run.outcomes[0].dead_runs, 3);
  EXPECT_EQ(write_links_state(run.state), write_links_state(previous));
  const LinksSummary summary = summarize_links_run(run);
  EXPECT_EQ(summary.classes.at(LinkClass::kNotChecked), 2);
  EXPECT_EQ(summary.checked, 0);
}

TEST(LinksState, RoundTripsThroughJson) {
  LinksState state;
  state.urls["http://a.test/x"] = UrlState{LinkClass::kSoft404, 200, 12345, 2, "http://a.test/"};
  const std::string text = write_links_state(state);
  EXPECT_EQ(text,  // the state file of docs/FORMAT.md
            "{\n"
            " \"coi_links_state\": 1,\n"
            " \"urls\": {\n"
            "  \"http://a.test/x\": {\n"
            "   \"class\": \"soft-404\",\n"
            "   \"status\": 200,\n"
            "   \"checked_at\": 12345,\n"
            "   \"dead_runs\": 2,\n"
            "   \"final_url\": \"http://a.test/\"\n"
            "  }\n"
            " }\n"
            "}\n");
  Result<LinksState> back = read_links_state(text, "s.json");
  ASSERT_TRUE(back.is_ok()) << back.status().to_string();
  ASSERT_EQ(back.value().urls.size(), 1u);
  const UrlState& s = back.value().urls.at("http://a.test/x");
  EXPECT_EQ(s.link_class, LinkClass::kSoft404);
  EXPECT_EQ(s.status, 200);
  EXPECT_EQ(s.checked_at, 12345);
  EXPECT_EQ(s.dead_runs, 2);
  EXPECT_EQ(s.final_url, "http://a.test/");
}

TEST(LinksState, BadFilesAreRefusedWithOneLine) {
  EXPECT_EQ(read_links_state("{", "s.json").status().to_string(), "s.json: not valid JSON");
  EXPECT_EQ(read_links_state("{}", "s.json").status().to_string(),
            "s.json: not a links state file (no coi_links_state field)");
  EXPECT_EQ(read_links_state("{\"coi_links_state\": 9, \"urls\": {}}", "s.json")
                .status()
                .to_string(),
            "s.json: links state version 9 is not supported (this coi reads version 1)");
  EXPECT_TRUE(load_links_state("/nonexistent/state.json").is_ok());  // the first run
}

TEST(LinksReport, JunitFailsBrokenAndSkipsBlocked) {
  testing::FakeHttpClient client;
  client.on_status("http://a.test/404", 404);
  client.on_status("http://a.test/999", 999);
  client.on_status("http://a.test/ok", 200);
  LinksRun run = run_link_check(cited({"http://a.test/404", "http://a.test/999", "http://a.test/ok"}),
                                LinksState{}, LinksConfig{}, client, 1);
  const std::string xml = render_links_junit(run, 1.5);
  EXPECT_NE(xml.find("tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\""), std::string::npos);
  EXPECT_NE(xml.find("<failure type=\"broken\" message=\"broken: 404 [newly broken]\">"
                     "n.json: footnotes 3; paragraphs 1.2; sources &quot;T&quot;\n</failure>"),
            std::string::npos)
      << xml;
  const std::string json = render_links_json(run, 1.5);
  EXPECT_NE(json.find("\"change\": \"newly-broken\""), std::string::npos);
}

}  // namespace
}  // namespace coi
