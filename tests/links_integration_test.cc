// The real CurlHttpClient against the scripted loopback server (tests/links_server): one
// check of every scripted behaviour, each asserting its class and its number of retries.
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <string>

#include "links/checker.h"
#include "links/curl_http_client.h"
#include "tests/links_server/links_server.h"
#include "tests/support/no_proxies.h"

namespace coi {
namespace {

// Short timeouts keep the suite fast, yet three times what a quick answer takes on a starved
// machine: at 0.5 s a load of 14 on two cores timed out /huge and retried it. /slow answers
// after 3 s, so it still times out. Per-host limit raised so slow cases do not queue others.
// The patterns are the defaults of config/coi.toml.
constexpr double kTimeoutS = 1.5;

LinksConfig fast_config() {
  LinksConfig config;
  ConfigSection none(nullptr, "links", std::make_shared<std::vector<Status>>());
  config.load(none);
  config.connect_timeout_s = kTimeoutS;
  config.timeout_s = kTimeoutS;
  config.max_per_host = 8;
  config.host_delay_s = 0;
  config.max_retries = 2;
  config.backoff_initial_s = 0.05;
  config.backoff_max_s = 0.2;
  config.retry_after_cap_s = 1.5;
  config.max_redirects = 5;
  return config;
}

struct Expected {
  LinkClass link_class;
  int retries;
};

// Every URL is on the loopback interface, so nothing outside the machine is asked, not even a
// name server: the one transport failure (a refused connection) comes from a closed local port.
class LinksIntegration : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    no_proxies_ = new testing::NoProxies;
    server_ = new testing::LinksServer(2, {"--catch-all-ports", "1"});
    ASSERT_TRUE(server_->ok()) << "links_server.py did not start";
    const std::string soft = server_->origin(0), strict = server_->origin(1);
    const std::string catch_all = server_->origin(2);
    closed_ = "http://127.0.0.1:" + std::to_string(testing::closed_port()) + "/";
    cases_ = {
        {soft + "/ok", {LinkClass::kOk, 0}},
        {soft + "/moved", {LinkClass::kMoved, 0}},
        {soft + "/permanent", {LinkClass::kMoved, 0}},
        {soft + "/loop/a", {LinkClass::kBroken, 0}},
        {soft + "/missing", {LinkClass::kBroken, 0}},
        {soft + "/gone", {LinkClass::kBroken, 0}},
        {soft + "/flaky/a1", {LinkClass::kOk, 1}},
        {soft + "/ratelimited/a1", {LinkClass::kOk, 1}},
        {soft + "/unavailable/a1", {LinkClass::kOk, 1}},
        {soft + "/slow", {LinkClass::kFailedTransient, 2}},
        {soft + "/nohead", {LinkClass::kOk, 0}},
        {soft + "/headlies/404", {LinkClass::kOk, 0}},
        {soft + "/headlies/403", {LinkClass::kOk, 0}},
        {soft + "/headlies/405", {LinkClass::kOk, 0}},
        {closed_, {LinkClass::kBroken, 0}},
        {soft + "/huge", {LinkClass::kOk, 0}},
        {soft + "/gzipbomb", {LinkClass::kOk, 0}},
        {soft + "/tofile", {LinkClass::kBroken, 0}},
        {soft + "/challenge", {LinkClass::kBlocked, 0}},
        {soft + "/deep/report/2020", {LinkClass::kSoft404, 0}},
        {soft + "/notfoundpage", {LinkClass::kSoft404, 0}},
        {soft + "/cookie/a1", {LinkClass::kOk, 0}},
        {soft + "/reset", {LinkClass::kFailedTransient, 2}},
        {soft + "/private/report", {LinkClass::kBlocked, 0}},
        {soft + "/members/report", {LinkClass::kBlocked, 0}},
        {strict + "/notfoundpage", {LinkClass::kSoft404, 0}},
        {strict + "/notfoundheading", {LinkClass::kSoft404, 0}},
        {strict + "/deep/report/2020", {LinkClass::kMoved, 0}},
        {strict + "/headlies/404", {LinkClass::kOk, 0}},
        {strict + "/always500", {LinkClass::kFailedTransient, 2}},
        {strict + "/always429", {LinkClass::kBlocked, 2}},
        {strict + "/linkedin", {LinkClass::kBlocked, 0}},
        {strict + "/pdf#page=3", {LinkClass::kOk, 0}},
        {catch_all + "/any/report", {LinkClass::kSoft404, 0}},
        {catch_all + "/", {LinkClass::kSoft404, 0}},
        {"ftp://example.org/file", {LinkClass::kSkipped, 0}},
    };
    std::vector<std::string> urls;
    for (const auto& [url, expected] : cases_) urls.push_back(url);
    LinksConfig config = fast_config();
    // The soft site's /headlies/ pages are asked with HEAD first (the strict site's are not).
    config.head_first.push_back(Pattern::compile("^" + soft + "/headlies/", "head_first").value());
    CurlHttpClient client;
    const auto start = std::chrono::steady_clock::now();
    std::vector<LinkResult> results = check_urls(urls, config, client, {}, &stats_);
    seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    for (LinkResult& r : results) results_[r.url] = std::move(r);
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    delete no_proxies_;
    no_proxies_ = nullptr;
  }
  static const LinkResult& result(const std::string& url) { return results_.at(url); }

  static testing::NoProxies* no_proxies_;
  static testing::LinksServer* server_;
  static std::vector<std::pair<std::string, Expected>> cases_;
  static std::map<std::string, LinkResult> results_;
  static CheckStats stats_;
  static double seconds_;
  static std::string closed_;  ///< a URL on a loopback port nothing listens on
};

testing::NoProxies* LinksIntegration::no_proxies_ = nullptr;
testing::LinksServer* LinksIntegration::server_ = nullptr;
std::vector<std::pair<std::string, Expected>> LinksIntegration::cases_;
std::map<std::string, LinkResult> LinksIntegration::results_;
CheckStats LinksIntegration::stats_;
double LinksIntegration::seconds_ = 0;
std::string LinksIntegration::closed_;

TEST_F(LinksIntegration, EachScriptedBehaviourGetsItsClassAndRetries) {
  for (const auto& [url, expected] : cases_) {
    const std::string checked = url.substr(0, url.find('#'));
    ASSERT_EQ(results_.count(checked), 1u) << checked;
    const LinkResult& r = result(checked);
    EXPECT_STREQ(link_class_name(r.link_class), link_class_name(expected.link_class))
        << url << ": " << r.reason;
    EXPECT_EQ(r.retries, expected.retries) << url << ": " << r.reason;
  }
}

TEST_F(LinksIntegration, ReasonsNameTheCause) {
  const std::string soft = server_->origin(0), strict = server_->origin(1);
  EXPECT_EQ(result(soft + "/missing").reason, "404");
  EXPECT_EQ(result(soft + "/gone").reason, "410");
  EXPECT_EQ(result(soft + "/loop/a").reason, "more than 5 redirects (a loop?)");
  EXPECT_EQ(result(soft + "/tofile").reason, "redirect to file: refused (file:///etc/passwd)");
  EXPECT_EQ(result(soft + "/challenge").reason, "403 bot challenge (cf-mitigated)");
  EXPECT_EQ(result(soft + "/slow").reason, "timed out (3 attempts)");
  EXPECT_EQ(result(soft + "/reset").reason,
            "transfer failed: Recv failure: Connection reset by peer (3 attempts)");
  EXPECT_EQ(result(closed_).reason, "connection refused");
  EXPECT_EQ(result(soft + "/deep/report/2020").reason,
            "deep link redirected to the home page " + soft +
                "/; a random path on the host gets the same page");
  EXPECT_EQ(result(strict + "/deep/report/2020").reason,
            "permanently redirected to " + strict + "/; deep link redirected to the home page " +
                strict + "/, but a random path on the host gets 404");
  EXPECT_EQ(result(strict + "/notfoundpage").reason, "title says \"Page not found\"");
  EXPECT_EQ(result(strict + "/notfoundheading").reason,
            "heading says \"This page does not exist\"");
  EXPECT_EQ(result(server_->origin(2) + "/any/report").reason,
            "title says \"Not found - Ministry of Examples\"");
  EXPECT_EQ(result(soft + "/private/report").reason,
            "redirected to a sign-in page " + soft + "/login?next=/private/report");
  EXPECT_EQ(result(soft + "/members/report").reason,
            "a sign-in page: title says \"Log in | Members area\"");
}

TEST_F(LinksIntegration, MovedKeepsTheRedirectChain) {
  const std::string soft = server_->origin(0);
  for (const auto& [path, status] : {std::pair{"/moved", 301}, std::pair{"/permanent", 308}}) {
    const LinkResult& r = result(soft + path);
    ASSERT_EQ(r.redirects.size(), 1u) << path;
    EXPECT_EQ(r.redirects[0].status, status);
    EXPECT_EQ(r.final_url, soft + "/ok");
    EXPECT_EQ(r.reason, "permanently redirected to " + soft + "/ok");
  }
}

TEST_F(LinksIntegration, OneGetPerUrl) {
  const std::string soft = server_->origin(0), strict = server_->origin(1);
  for (const char* path : {"/ok", "/nohead", "/huge", "/gzipbomb", "/notfoundpage"}) {
    EXPECT_EQ(result(soft + path).requests, 1) << path;
  }
  EXPECT_EQ(result(strict + "/headlies/404").requests, 1);
}

TEST_F(LinksIntegration, HeadLiesAreConfirmedWithGet) {
  for (const char* code : {"404", "403", "405"}) {
    const LinkResult& r = result(server_->origin(0) + "/headlies/" + code);
    EXPECT_EQ(r.requests, 2) << code;  // HEAD lied, the GET told the truth
    EXPECT_TRUE(r.used_get) << code;
    EXPECT_EQ(r.status, 200) << code;
  }
}

TEST_F(LinksIntegration, CookieCheckRedirectEndsOnceTheCookieComesBack) {
  const std::string url = server_->origin(0) + "/cookie/a1";
  const LinkResult& r = result(url);
  ASSERT_EQ(r.redirects.size(), 1u);
  EXPECT_EQ(r.redirects[0].status, 302);
  EXPECT_EQ(r.final_url, url);
  EXPECT_EQ(r.requests, 2);
}

TEST_F(LinksIntegration, HugeAndGzipBombBodiesAreCutAtTheLimitAndTheRunStaysFast) {
  EXPECT_EQ(result(server_->origin(0) + "/huge").status, 200);
  EXPECT_EQ(result(server_->origin(0) + "/gzipbomb").status, 200);
  // The slowest case is /slow: three timeouts and two backoffs (0.05 s, 0.1 s); every other
  // case, /unavailable's Retry-After of 1 s included, runs beside it. A second of margin.
  EXPECT_LT(seconds_, 3 * kTimeoutS + 0.15 + 1.0);
}

TEST_F(LinksIntegration, OneSoft404ProbePerSuspectHost) {
  EXPECT_EQ(stats_.probes, 2);  // the soft and the strict site; the catch-all needs none
}

}  // namespace
}  // namespace coi
