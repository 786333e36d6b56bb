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

// Short timeouts keep the suite fast; per-host limit raised so slow cases do not queue others.
LinksConfig fast_config() {
  LinksConfig config;
  config.connect_timeout_s = 0.5;
  config.timeout_s = 0.5;
  config.max_per_host = 8;
  config.host_delay_s = 0;
  config.max_retries = 2;
  config.backoff_initial_s = 0.05;
  config.backoff_max_s = 0.2;
  config.retry_after_cap_s = 1.5;
  config.max_redirects = 5;
  LinksConfig defaults;
  defaults.load(*std::make_unique<ConfigSection>(nullptr, "links",
                                                 std::make_shared<std::vector<Status>>()));
  config.not_found_titles = defaults.not_found_titles;
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
    server_ = new testing::LinksServer(2);
    ASSERT_TRUE(server_->ok()) << "links_server.py did not start";
    const std::string soft = server_->origin(0), strict = server_->origin(1);
    closed_ = "http://127.0.0.1:" + std::to_string(testing::closed_port()) + "/";
    cases_ = {
        {soft + "/ok", {LinkClass::kOk, 0}},
        {soft + "/moved", {LinkClass::kMoved, 0}},
        {soft + "/loop/a", {LinkClass::kBroken, 0}},
        {soft + "/missing", {LinkClass::kBroken, 0}},
        {soft + "/gone", {LinkClass::kBroken, 0}},
        {soft + "/flaky/a1", {LinkClass::kOk, 1}},
        {soft + "/ratelimited/a1", {LinkClass::kOk, 1}},
        {soft + "/slow", {LinkClass::kFailedTransient, 2}},
        {soft + "/nohead", {LinkClass::kOk, 0}},
        {closed_, {LinkClass::kBroken, 0}},
        {soft + "/huge", {LinkClass::kOk, 0}},
        {soft + "/tofile", {LinkClass::kBroken, 0}},
        {soft + "/challenge", {LinkClass::kBlocked, 0}},
        {soft + "/deep/report/2020", {LinkClass::kSoft404, 0}},
        {soft + "/notfoundpage", {LinkClass::kSoft404, 0}},
        {strict + "/notfoundpage", {LinkClass::kOk, 0}},
        {strict + "/always500", {LinkClass::kFailedTransient, 2}},
        {strict + "/always429", {LinkClass::kBlocked, 2}},
        {strict + "/linkedin", {LinkClass::kBlocked, 0}},
        {strict + "/pdf#page=3", {LinkClass::kOk, 0}},
        {"ftp://example.org/file", {LinkClass::kSkipped, 0}},
    };
    std::vector<std::string> urls;
    for (const auto& [url, expected] : cases_) urls.push_back(url);
    CurlHttpClient client;
    const auto start = std::chrono::steady_clock::now();
    std::vector<LinkResult> results = check_urls(urls, fast_config(), client, {}, &stats_);
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
  const std::string soft = server_->origin(0);
  EXPECT_EQ(result(soft + "/missing").reason, "404");
  EXPECT_EQ(result(soft + "/gone").reason, "410");
  EXPECT_EQ(result(soft + "/loop/a").reason, "more than 5 redirects (a loop?)");
  EXPECT_EQ(result(soft + "/tofile").reason, "redirect to file: refused (file:///etc/passwd)");
  EXPECT_EQ(result(soft + "/challenge").reason, "403 bot challenge (cf-mitigated)");
  EXPECT_EQ(result(soft + "/slow").reason, "timed out (3 attempts)");
  EXPECT_EQ(result(closed_).reason, "connection refused");
  EXPECT_EQ(result(soft + "/deep/report/2020").reason,
            "deep link redirected to the home page " + soft +
                "/; the host answers 200 for a missing page too");
  EXPECT_EQ(result(server_->origin(1) + "/notfoundpage").reason,
            "title says \"Page not found\", but the host answers 404 for missing pages");
}

TEST_F(LinksIntegration, MovedKeepsTheRedirectChain) {
  const std::string soft = server_->origin(0);
  const LinkResult& r = result(soft + "/moved");
  ASSERT_EQ(r.redirects.size(), 1u);
  EXPECT_EQ(r.redirects[0].status, 301);
  EXPECT_EQ(r.final_url, soft + "/ok");
  EXPECT_EQ(r.reason, "permanently redirected to " + soft + "/ok");
}

TEST_F(LinksIntegration, HeadRefusedFallsBackToGet) {
  const LinkResult& r = result(server_->origin(0) + "/nohead");
  EXPECT_TRUE(r.used_get);
  EXPECT_EQ(r.requests, 2);  // HEAD 405, then GET 200 (which also gave the title)
}

TEST_F(LinksIntegration, HugeBodyIsCutAtTheLimitAndTheRunStaysFast) {
  EXPECT_EQ(result(server_->origin(0) + "/huge").status, 200);
  // 64 MiB would take seconds; the slowest case is /slow at about 4 x 0.5 s + backoffs.
  EXPECT_LT(seconds_, 5.0);
}

TEST_F(LinksIntegration, OneSoft404ProbePerSuspectHost) {
  EXPECT_EQ(stats_.probes, 2);
}

}  // namespace
}  // namespace coi
