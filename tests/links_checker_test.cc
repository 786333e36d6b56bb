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
  EXPECT_EQ(r[2].reason, "transfer failed: simulated (2 attempts)");
  for (const LinkResult& result : r) EXPECT_EQ(result.retries, 1) << result.url;
}

TEST(LinksChecker, OneGetPerUrlByDefault) {
  FakeHttpClient client;
  client.on("http://a.test/page", [](const HttpRequest&, int) { return testing::html_page("A"); });
  client.on_status("http://a.test/report.pdf", 200, {{"content-type", "application/pdf"}});
  auto r = check_urls({"http://a.test/page", "http://a.test/report.pdf"}, LinksConfig{}, client);
  EXPECT_EQ(r[0].link_class, LinkClass::kOk);
  EXPECT_EQ(r[1].link_class, LinkClass::kOk);
  ASSERT_EQ(client.sent.size(), 2u);
  for (const auto& sent : client.sent) {
    EXPECT_FALSE(sent.request.head) << sent.request.url;
    EXPECT_EQ(sent.request.body_limit, 65536u);
  }
}

LinksConfig head_first_config() {
  LinksConfig config = config_with_titles();
  config.head_first.push_back(Pattern::compile("^http://a\\.test/", "head_first").value());
  return config;
}

// HEAD is believed for good news only: a 404, 403, 405 or 501 from a server that mishandles
// HEAD, or a HEAD that times out, is asked again with GET (a fallback, not a retry).
TEST(LinksChecker, HeadFirstBadNewsIsConfirmedWithGet) {
  FakeHttpClient client;
  for (int status : {404, 403, 405, 501, 429, 503}) {
    client.on("http://a.test/" + std::to_string(status),
              [status](const HttpRequest& request, int) {
                return request.head ? response(status)
                                    : response(200, {{"content-type", "application/pdf"}});
              });
  }
  client.on("http://a.test/timeout", [](const HttpRequest& request, int) {
    return request.head ? failure(TransportError::kTimeout) : response(200);
  });
  const std::vector<std::string> urls = {"http://a.test/404", "http://a.test/403",
                                         "http://a.test/405", "http://a.test/501",
                                         "http://a.test/429", "http://a.test/503",
                                         "http://a.test/timeout"};
  auto r = check_urls(urls, head_first_config(), client);
  for (const LinkResult& result : r) {
    EXPECT_EQ(result.link_class, LinkClass::kOk) << result.url << ": " << result.reason;
    EXPECT_EQ(result.requests, 2) << result.url;
    EXPECT_EQ(result.retries, 0) << result.url;
    EXPECT_TRUE(result.used_get) << result.url;
  }
}

TEST(LinksChecker, HeadFirstTrustsAHeadOnlyForAPageThatIsNotHtml) {
  FakeHttpClient client;
  client.on_status("http://a.test/report.pdf", 200, {{"content-type", "application/pdf"}});
  client.on("http://a.test/page", [](const HttpRequest&, int) { return testing::html_page("A"); });
  client.on_status("http://a.test/gone", 404);
  auto r = check_urls({"http://a.test/report.pdf", "http://a.test/page", "http://a.test/gone"},
                      head_first_config(), client);
  EXPECT_EQ(r[0].requests, 1);  // the HEAD sufficed
  EXPECT_FALSE(r[0].used_get);
  EXPECT_EQ(r[1].requests, 2);  // HTML: the GET reads what the page says
  EXPECT_EQ(r[2].link_class, LinkClass::kBroken);
  EXPECT_EQ(r[2].requests, 2);  // broken on the strength of the GET
  EXPECT_TRUE(client.sent_to("http://a.test/gone")[0].request.head);
  EXPECT_FALSE(client.sent_to("http://a.test/gone")[1].request.head);
}

// A host that never answers: each request's timeout is cut to what is left of the URL's budget,
// and the URL ends failed-transient when the budget is spent, not after max_retries x timeout.
TEST(LinksChecker, HangingHostCostsAtMostTheUrlBudget) {
  FakeHttpClient client;
  client.on("http://a.test/hang", [](const HttpRequest&, int) {
    return failure(TransportError::kTimeout);
  });
  LinksConfig config;  // timeout 30 s, budget 60 s, 3 retries
  auto r = check_urls({"http://a.test/hang"}, config, client);
  EXPECT_EQ(r[0].link_class, LinkClass::kFailedTransient);
  EXPECT_EQ(r[0].reason, "timed out (2 attempts; the URL's 60 s budget is spent)");
  const auto sent = client.sent_to("http://a.test/hang");
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_EQ(sent[0].request.timeout_s, 30);
  EXPECT_NEAR(sent[1].request.timeout_s, 60 - sent[1].at, 1e-9);
  EXPECT_LE(client.now(), 60 + 1e-9);
}

TEST(LinksChecker, RunDeadlineLeavesUndecidedUrlsNotChecked) {
  FakeHttpClient client;
  client.on("http://slow.test/a", [](const HttpRequest&, int) {
    return failure(TransportError::kTimeout);
  });
  client.on("http://slow.test/b", [](const HttpRequest&, int) {
    return failure(TransportError::kTimeout);
  });
  client.on_status("http://fast.test/ok", 200);
  LinksConfig config;
  config.run_deadline_s = 10;
  auto r = check_urls({"http://slow.test/a", "http://slow.test/b", "http://fast.test/ok"},
                      config, client);
  EXPECT_EQ(r[0].link_class, LinkClass::kNotChecked);
  EXPECT_EQ(r[0].reason, "the run's deadline (10 s) came first");
  EXPECT_EQ(r[1].link_class, LinkClass::kNotChecked);
  EXPECT_EQ(r[2].link_class, LinkClass::kOk);
  EXPECT_NEAR(client.now(), 10, 1e-9);
  EXPECT_EQ(client.in_flight(), 0);  // the hanging requests were cancelled
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

// A page that says it does not exist is a soft 404 whatever the host does for other paths.
TEST(LinksChecker, NotFoundTitleOrHeadingIsSoft404WithoutAProbe) {
  FakeHttpClient client;
  client.on("http://a.test/t", [](const HttpRequest&, int) {
    return testing::html_page("\n Sorry &amp; page NOT found");
  });
  client.on("http://a.test/h", [](const HttpRequest&, int) {
    return testing::html_page("Ministry of Examples", "<span>This page</span> does not exist");
  });
  client.on("http://a.test/fine", [](const HttpRequest&, int) {
    return testing::html_page("Country policy and information note: Ruritania", "Contents");
  });
  CheckStats stats;
  auto r = check_urls({"http://a.test/t", "http://a.test/h", "http://a.test/fine"},
                      config_with_titles(), client, {}, &stats);
  EXPECT_EQ(r[0].link_class, LinkClass::kSoft404);
  EXPECT_EQ(r[0].reason, "title says \"Sorry & page NOT found\"");
  EXPECT_EQ(r[1].link_class, LinkClass::kSoft404);
  EXPECT_EQ(r[1].reason, "heading says \"This page does not exist\"");
  EXPECT_EQ(r[2].link_class, LinkClass::kOk);
  EXPECT_EQ(stats.probes, 0);
}

// A page reached through a redirect that changed its path is compared with what a random path
// on the cited host gets: the same title and size make it a soft 404. One probe per host.
TEST(LinksChecker, RedirectedPageMatchingTheProbeIsSoft404) {
  FakeHttpClient client;
  client.on_status("http://soft.test/reports/2020", 301, {{"location", "/"}});
  client.on_status("http://soft.test/reports/2021", 302, {{"location", "/"}});
  client.on("http://soft.test/", [](const HttpRequest&, int) {
    return testing::html_page("Soft home");
  });
  client.on_status("http://strict.test/old", 301, {{"location", "/new"}});
  client.on("http://strict.test/new", [](const HttpRequest&, int) {
    return testing::html_page("The new page");
  });
  client.on_other([](const HttpRequest& request, int) {
    // The probes: soft.test sends a missing page home, strict.test answers 404.
    return request.url.rfind("http://soft.test/", 0) == 0 ? response(302, {{"location", "/"}})
                                                          : response(404);
  });
  CheckStats stats;
  auto r = check_urls({"http://soft.test/reports/2020", "http://soft.test/reports/2021",
                       "http://strict.test/old"},
                      config_with_titles(), client, {}, &stats);
  EXPECT_EQ(stats.probes, 2);
  EXPECT_EQ(r[0].link_class, LinkClass::kSoft404);
  EXPECT_EQ(r[0].reason, "deep link redirected to the home page http://soft.test/; a random "
                         "path on the host gets the same page");
  EXPECT_EQ(r[1].link_class, LinkClass::kSoft404);
  EXPECT_EQ(r[2].link_class, LinkClass::kMoved);
  EXPECT_EQ(r[2].reason, "permanently redirected to http://strict.test/new");
}

TEST(LinksChecker, ProbeWithADifferentPageClearsTheSuspect) {
  FakeHttpClient client;
  client.on_status("http://a.test/deep/x", 302, {{"location", "/"}});
  client.on("http://a.test/", [](const HttpRequest&, int) { return testing::html_page("Home"); });
  client.on_other([](const HttpRequest&, int) { return testing::html_page("Search results"); });
  auto r = check_urls({"http://a.test/deep/x"}, config_with_titles(), client);
  EXPECT_EQ(r[0].link_class, LinkClass::kOk);
  EXPECT_EQ(r[0].reason, "deep link redirected to the home page http://a.test/, but a random "
                         "path on the host gets a different page");
}

// A link redirected to a sign-in page, or a page titled "Sign in", is behind a login wall.
TEST(LinksChecker, LoginWallIsBlocked) {
  FakeHttpClient client;
  client.on_status("http://a.test/private/doc", 302,
                   {{"location", "/account/login?next=%2Fprivate%2Fdoc"}});
  client.on("http://a.test/account/login?next=%2Fprivate%2Fdoc", [](const HttpRequest&, int) {
    return testing::html_page("Ministry portal");
  });
  client.on("http://a.test/members/doc", [](const HttpRequest&, int) {
    return testing::html_page("Log in | Members");
  });
  client.on("http://a.test/login-guidance", [](const HttpRequest&, int) {
    return testing::html_page("Guidance on logins for refugees");
  });
  auto r = check_urls({"http://a.test/private/doc", "http://a.test/members/doc",
                       "http://a.test/login-guidance"},
                      config_with_titles(), client);
  EXPECT_EQ(r[0].link_class, LinkClass::kBlocked);
  EXPECT_EQ(r[0].reason, "redirected to a sign-in page "
                         "http://a.test/account/login?next=%2Fprivate%2Fdoc");
  EXPECT_EQ(r[1].link_class, LinkClass::kBlocked);
  EXPECT_EQ(r[1].reason, "a sign-in page: title says \"Log in | Members\"");
  EXPECT_EQ(r[2].link_class, LinkClass::kOk);
}

TEST(LinksChecker, ClassNamesRoundTrip) {
  for (LinkClass c : {LinkClass::kOk, LinkClass::kMoved, LinkClass::kBroken, LinkClass::kBlocked,
                      LinkClass::kSoft404, LinkClass::kFailedTransient, LinkClass::kSkipped,
                      LinkClass::kNotChecked}) {
    EXPECT_EQ(parse_link_class(link_class_name(c)), c);
  }
  EXPECT_FALSE(parse_link_class("fine").has_value());
}

}  // namespace
}  // namespace coi
