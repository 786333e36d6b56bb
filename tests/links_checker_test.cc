// The checker's scheduling and state machine on the in-memory fake client (virtual time).
#include "links/checker.h"

#include <gtest/gtest.h>

#include "tests/links_fake_http_client.h"

namespace coi {
namespace {

using testing::FakeHttpClient;
using testing::failure;
using testing::response;

LinksConfig config_with_titles() {
  LinksConfig config;
  auto errors = std::make_shared<std::vector<Status>>();
  ConfigSection none(nullptr, "links", errors);
  config.load(none);
  return config;
}

TEST(LinksChecker, RespectsGlobalAndPerHostLimitsAndHostDelay) {
  FakeHttpClient client;
  std::vector<std::string> urls;
  for (int host = 0; host < 10; ++host) {
    for (int page = 0; page < 20; ++page) {
      const std::string url =
          "http://h" + std::to_string(host) + ".test/p" + std::to_string(page);
      client.on_status(url, 200, {{"content-type", "application/pdf"}});
      urls.push_back(url);
    }
  }
  LinksConfig config;
  std::vector<LinkResult> results = check_urls(urls, config, client);
  for (const LinkResult& r : results) EXPECT_EQ(r.link_class, LinkClass::kOk) << r.url;
  EXPECT_EQ(client.peak_in_flight, 16);
  for (const auto& [host, peak] : client.peak_per_host) EXPECT_LE(peak, 2) << host;
  // Starts on one host are at least host_delay_s apart.
  std::map<std::string, double> last_start;
  for (const auto& sent : client.sent) {
    const std::string host = parse_url(sent.request.url)->host;
    if (last_start.count(host)) {
      EXPECT_GE(sent.at - last_start[host], config.host_delay_s - 1e-9);
    }
    last_start[host] = sent.at;
  }
  // The ideal: max(global bound, per-host bound) = max(200 x 0.05 / 16, 20 x max(0.05 / 2,
  // host_delay_s)) = max(0.625, 1.0) = 1.0 s of virtual time.
  EXPECT_GE(client.now(), 1.0 - 1e-9);
  EXPECT_LT(client.now(), 1.0 * 1.3);
}

TEST(LinksChecker, RetriesWithExponentialBackoffAndJitter) {
  FakeHttpClient client;
  client.on("http://a.test/x", [](const HttpRequest&, int call) {
    return response(call < 2 ? 503 : 200);
  });
  LinksConfig config;  // backoff 1 s then 2 s, each scaled into [0.5, 1]
  std::vector<LinkResult> r = check_urls({"http://a.test/x"}, config, client);
  EXPECT_EQ(r[0].link_class, LinkClass::kOk);
  EXPECT_EQ(r[0].retries, 2);
  auto sent = client.sent_to("http://a.test/x");
  ASSERT_EQ(sent.size(), 3u);
  const double first_gap = sent[1].at - sent[0].at - 0.05, second_gap = sent[2].at - sent[1].at - 0.05;
  EXPECT_GE(first_gap, 0.5 - 1e-9);
  EXPECT_LE(first_gap, 1.0 + 1e-9);
  EXPECT_GE(second_gap, 1.0 - 1e-9);
  EXPECT_LE(second_gap, 2.0 + 1e-9);
}

TEST(LinksChecker, RetryAfterIsHonouredUpToTheCap) {
  FakeHttpClient client;
  client.on("http://a.test/x", [](const HttpRequest&, int call) {
    return call == 0 ? response(429, {{"retry-after", "3600"}}) : response(200);
  });
  LinksConfig config;
  config.retry_after_cap_s = 5;
  std::vector<LinkResult> r = check_urls({"http://a.test/x"}, config, client);
  EXPECT_EQ(r[0].link_class, LinkClass::kOk);
  auto sent = client.sent_to("http://a.test/x");
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_NEAR(sent[1].at - sent[0].at, 5.05, 1e-6);
}

TEST(LinksChecker, RetryAfterAsAnHttpDateCountsFromTheResponsesDate) {
  FakeHttpClient client;
  client.on("http://a.test/x", [](const HttpRequest&, int call) {
    return call == 0 ? response(503, {{"retry-after", "Wed, 21 Oct 2015 07:28:03 GMT"},
                                      {"date", "Wed, 21 Oct 2015 07:28:00 GMT"}})
                     : response(200);
  });
  std::vector<LinkResult> r = check_urls({"http://a.test/x"}, LinksConfig{}, client);
  EXPECT_EQ(r[0].link_class, LinkClass::kOk);
  auto sent = client.sent_to("http://a.test/x");
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_NEAR(sent[1].at - sent[0].at, 3.05, 1e-6);
}

TEST(LinksChecker, PersistentFailuresEndAfterMaxRetries) {
  FakeHttpClient client;
  client.on_status("http://a.test/500", 500);
  client.on_status("http://a.test/429", 429);
  client.on("http://a.test/reset", [](const HttpRequest&, int) {
    return failure(TransportError::kReset);
  });
  LinksConfig config;
  config.max_retries = 1;
  auto r = check_urls({"http://a.test/500", "http://a.test/429", "http://a.test/reset"}, config,
                      client);
  EXPECT_EQ(r[0].link_class, LinkClass::kFailedTransient);
  EXPECT_EQ(r[0].reason, "500 (2 attempts)");
  EXPECT_EQ(r[1].link_class, LinkClass::kBlocked);
  EXPECT_EQ(r[2].link_class, LinkClass::kFailedTransient);
  for (const LinkResult& result : r) EXPECT_EQ(result.retries, 1) << result.url;
}

TEST(LinksChecker, HeadTimeoutFallsBackToGetWithoutCountingARetry) {
  FakeHttpClient client;
  client.on("http://a.test/x", [](const HttpRequest& request, int) {
    return request.head ? failure(TransportError::kTimeout) : response(200);
  });
  auto r = check_urls({"http://a.test/x"}, LinksConfig{}, client);
  EXPECT_EQ(r[0].link_class, LinkClass::kOk);
  EXPECT_EQ(r[0].retries, 0);
  EXPECT_TRUE(r[0].used_get);
  EXPECT_EQ(r[0].requests, 2);
}

TEST(LinksChecker, AnswersAreNotRetried) {
  FakeHttpClient client;
  client.on("http://a.test/dns", [](const HttpRequest&, int) {
    return failure(TransportError::kResolve);
  });
  client.on("http://a.test/tls", [](const HttpRequest&, int) {
    return failure(TransportError::kTls);
  });
  client.on_status("http://a.test/401", 401);
  auto r = check_urls({"http://a.test/dns", "http://a.test/tls", "http://a.test/401",
                       "http://a.test/unknown"},
                      LinksConfig{}, client);
  EXPECT_EQ(r[0].link_class, LinkClass::kBroken);
  EXPECT_EQ(r[1].link_class, LinkClass::kBroken);
  EXPECT_EQ(r[1].reason, "TLS failure: simulated");
  EXPECT_EQ(r[2].link_class, LinkClass::kBlocked);
  EXPECT_EQ(r[3].link_class, LinkClass::kBroken);
  EXPECT_EQ(client.sent.size(), 4u);
}

TEST(LinksChecker, RedirectsAreFollowedHopByHopAcrossHosts) {
  FakeHttpClient client;
  client.on_status("http://a.test/old", 302, {{"location", "https://b.test/new?x=1#frag"}});
  client.on_status("https://b.test/new?x=1", 308, {{"location", "../final"}});
  client.on_status("https://b.test/final", 200);
  auto r = check_urls({"http://a.test/old#section"}, LinksConfig{}, client);
  EXPECT_EQ(r[0].url, "http://a.test/old");
  EXPECT_EQ(r[0].link_class, LinkClass::kMoved);
  EXPECT_EQ(r[0].final_url, "https://b.test/final");
  ASSERT_EQ(r[0].redirects.size(), 2u);
  EXPECT_EQ(r[0].redirects[1].status, 308);
  // The fragment was never sent.
  EXPECT_EQ(client.sent[0].request.url, "http://a.test/old");
}

TEST(LinksChecker, SkipsOtherSchemesAndExclusions) {
  FakeHttpClient client;
  LinksConfig config;
  config.exclude.push_back(Pattern::compile("linkedin\\.com", "exclude").value());
  auto r = check_urls({"mailto:a@b.org", "https://www.linkedin.com/in/x", "not a url"}, config,
                      client);
  EXPECT_EQ(r[0].link_class, LinkClass::kSkipped);
  EXPECT_EQ(r[0].reason, "not an absolute URL");
  EXPECT_EQ(r[1].reason, "excluded by linkedin\\.com");
  EXPECT_EQ(r[2].link_class, LinkClass::kSkipped);
  EXPECT_TRUE(client.sent.empty());
}

TEST(LinksChecker, AcceptedStatusCountsAsOk) {
  FakeHttpClient client;
  client.on_status("https://www.linkedin.com/company/x", 999);
  LinksConfig config;
  config.accept_status = {999};
  auto r = check_urls({"https://www.linkedin.com/company/x"}, config, client);
  EXPECT_EQ(r[0].link_class, LinkClass::kOk);
}

TEST(LinksChecker, TitleSoft404IsConfirmedByOneProbePerHost) {
  FakeHttpClient client;
  const std::string html = "<html><head><title>\n Sorry &amp; page NOT found</title>";
  for (const char* url : {"http://soft.test/a", "http://soft.test/b"}) {
    client.on_status(url, 200, {{"content-type", "text/html"}});
    client.on(url, [html](const HttpRequest&, int) {
      return response(200, {{"content-type", "text/html"}}, html);
    });
  }
  // Any other path (the probe) answers 200 too: a soft-404 host.
  client.on_other([](const HttpRequest&, int) { return response(200); });
  LinksConfig config = config_with_titles();
  CheckStats stats;
  auto r = check_urls({"http://soft.test/a", "http://soft.test/b"}, config, client, {}, &stats);
  EXPECT_EQ(stats.probes, 1);
  EXPECT_EQ(r[0].link_class, LinkClass::kSoft404);
  EXPECT_EQ(r[1].link_class, LinkClass::kSoft404);
  EXPECT_EQ(r[0].reason, "title says \"Sorry & page NOT found\"; the host answers 200 for a "
                         "missing page too");
}

TEST(LinksChecker, HtmlTitle) {
  EXPECT_EQ(html_title("<TITLE lang=en>  A &lt;b&gt;\n title </TITLE>"), "A <b> title");
  EXPECT_EQ(html_title("<p>no title</p>"), "");
}

TEST(LinksChecker, ClassNamesRoundTrip) {
  for (LinkClass c : {LinkClass::kOk, LinkClass::kMoved, LinkClass::kBroken, LinkClass::kBlocked,
                      LinkClass::kSoft404, LinkClass::kFailedTransient, LinkClass::kSkipped}) {
    EXPECT_EQ(parse_link_class(link_class_name(c)), c);
  }
  EXPECT_FALSE(parse_link_class("fine").has_value());
}

}  // namespace
}  // namespace coi
