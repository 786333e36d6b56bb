// URLs through libcurl's URL API, and the rules notes need on top of it (pipeline/url.h).
#include "pipeline/url.h"

#include <gtest/gtest.h>

namespace coi {
namespace {

std::string norm(const std::string& url) { return normalize_url(url, kDefaultIgnoredUrlParameters); }

TEST(UrlNormalize, SchemeHostWwwSlashFragmentAndTracking) {
  EXPECT_EQ(norm("HTTP://WWW.Example.org/Report/?utm_source=x&id=3#p2"),
            "https://example.org/Report?id=3");
  EXPECT_EQ(norm("https://example.org/"), "https://example.org");
  EXPECT_EQ(norm("https://example.org"), "https://example.org");
  EXPECT_EQ(norm("https://example.org:443/a?fbclid=1&UTM_MEDIUM=2"), "https://example.org/a");
  EXPECT_EQ(norm("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32013R0604"),
            "https://eur-lex.europa.eu/legal-content/EN/TXT?uri=CELEX:32013R0604");
  EXPECT_EQ(norm(" ftp://Files.example.org/x/ "), "ftp://files.example.org/x");
  EXPECT_NE(norm("https://example.org/A"), norm("https://example.org/a"));  // paths keep case
}

TEST(UrlNormalize, DefaultPortsGoOthersStay) {
  EXPECT_EQ(norm("http://example.org:80/a"), "https://example.org/a");
  EXPECT_EQ(norm("https://example.org:443/a"), "https://example.org/a");
  EXPECT_EQ(norm("https://example.org:8443/a"), "https://example.org:8443/a");
  // A default port is the written scheme's: https on port 80 is another server.
  EXPECT_EQ(norm("https://example.org:80/a"), "https://example.org:80/a");
}

TEST(UrlNormalize, PercentEncodingIsNormalised) {
  // Unreserved characters plain, every other byte an upper-case triplet, raw bytes encoded.
  EXPECT_EQ(norm("https://example.org/%7euser/a%2fb?q=%7E%2f"),
            "https://example.org/~user/a%2Fb?q=~%2F");
  EXPECT_EQ(norm("https://example.org/caf%c3%a9"), "https://example.org/caf%C3%A9");
  EXPECT_EQ(norm("https://example.org/café"), "https://example.org/caf%C3%A9");
  EXPECT_EQ(norm("https://example.org/a b"), "https://example.org/a%20b");
  EXPECT_EQ(norm("https://example.org/100%zz"), "https://example.org/100%zz");  // not a triplet
  // The encoded name of a tracking parameter is still its name.
  EXPECT_EQ(norm("https://example.org/a?utm%5Fsource=x&id=1"), "https://example.org/a?id=1");
}

TEST(UrlNormalize, InternationalHostsAsPunycode) {
  EXPECT_EQ(norm("https://Bücher.example/x"), "https://xn--bcher-kva.example/x");
  EXPECT_EQ(norm("https://b%C3%BCcher.example/x"), "https://xn--bcher-kva.example/x");
  EXPECT_EQ(norm("https://XN--BCHER-KVA.example/x"), "https://xn--bcher-kva.example/x");
  EXPECT_EQ(norm("https://www.straße.de/"), "https://xn--strae-oqa.de");  // nontransitional
}

TEST(UrlNormalize, FragmentsCredentialsAndDotSegmentsGo) {
  EXPECT_EQ(norm("https://example.org/a#b#c"), "https://example.org/a");
  EXPECT_EQ(norm("https://example.org/a?b=1#c?d"), "https://example.org/a?b=1");
  EXPECT_EQ(norm("http://user:pw@Host.org/x"), "https://host.org/x");
  EXPECT_EQ(norm("https://example.org/a/./b/../c"), "https://example.org/a/c");
  EXPECT_EQ(norm("https://example.org/a?b=1&&c=2&"), "https://example.org/a?b=1&c=2");
  EXPECT_EQ(norm("https://example.org/a//"), "https://example.org/a");
}

TEST(UrlNormalize, TheSameCitedPageMatches) {
  // A footnote's link and the bibliography entry for the same page.
  EXPECT_EQ(norm("http://unhcr.org/states#x"), norm("https://www.unhcr.org/states/"));
  EXPECT_EQ(norm("https://www.gov.uk/report?utm_campaign=a&fbclid=b"),
            norm("https://gov.uk/report"));
  EXPECT_NE(norm("https://example.org/a?id=1"), norm("https://example.org/a?id=2"));
  EXPECT_NE(norm("https://example.org/a?x=1&y=2"), norm("https://example.org/a?y=2&x=1"));
}

TEST(UrlNormalize, ConfiguredParametersAndWildcards) {
  EXPECT_EQ(normalize_url("https://x.org/a?ref=1&refresh=2&id=3", {"ref*"}), "https://x.org/a?id=3");
  EXPECT_EQ(normalize_url("https://x.org/a?ref=1&refresh=2", {"REF"}), "https://x.org/a?refresh=2");
  EXPECT_EQ(normalize_url("https://x.org/a?utm_source=1", {}), "https://x.org/a?utm_source=1");
}

TEST(UrlNormalize, TextThatIsNotAUrlComesBackTrimmed) {
  EXPECT_EQ(norm("not a url"), "not a url");
  EXPECT_EQ(norm("  www.example.org/report "), "www.example.org/report");
  EXPECT_EQ(norm("mailto:someone@example.org"), "mailto:someone@example.org");
  EXPECT_EQ(norm("https://exa mple.org/"), "https://exa mple.org/");
  EXPECT_EQ(norm(""), "");
}

TEST(Url, ParsesSchemeHostPortPathAndOrigin) {
  std::optional<Url> url = parse_url("HTTP://User@WWW.Example.org/a/../b?q=1#f");
  ASSERT_TRUE(url.has_value());
  EXPECT_EQ(url->scheme, "http");
  EXPECT_EQ(url->host, "www.example.org");
  EXPECT_EQ(url->port, 80);
  EXPECT_EQ(url->path, "/b");
  EXPECT_EQ(url->origin, "http://www.example.org");
  EXPECT_EQ(url->host_key(), "www.example.org:80");

  url = parse_url("https://example.org:8443");
  ASSERT_TRUE(url.has_value());
  EXPECT_EQ(url->port, 8443);
  EXPECT_EQ(url->path, "/");
  EXPECT_EQ(url->origin, "https://example.org:8443");

  url = parse_url("http://[::1]:8080/x");
  ASSERT_TRUE(url.has_value());
  EXPECT_EQ(url->host_key(), "[::1]:8080");

  url = parse_url("https://Bücher.example/");
  ASSERT_TRUE(url.has_value());
  EXPECT_EQ(url->host, "xn--bcher-kva.example");

  url = parse_url("https://example.org:443/");
  ASSERT_TRUE(url.has_value());
  EXPECT_EQ(url->origin, "https://example.org");
}

TEST(Url, RefusesWhatIsNotAnAbsoluteUrlWithAHost) {
  EXPECT_FALSE(parse_url("not a url").has_value());
  EXPECT_FALSE(parse_url("mailto:a@b.org").has_value());
  EXPECT_FALSE(parse_url("/relative/path").has_value());
  EXPECT_FALSE(parse_url("file:///etc/passwd").has_value());
  EXPECT_FALSE(parse_url("https://example.org:99999/").has_value());
  EXPECT_FALSE(parse_url("").has_value());
}

TEST(Url, StripFragmentKeepsTheUrlAsWritten) {
  EXPECT_EQ(strip_fragment("  https://Example.org/a/?x=1#part\n"), "https://Example.org/a/?x=1");
  EXPECT_EQ(strip_fragment("https://example.org"), "https://example.org");
  EXPECT_EQ(strip_fragment(" \t"), "");
}

TEST(Url, ResolvesLocationHeaders) {
  const std::string base = "https://a.test/dir/page?x=1";
  EXPECT_EQ(resolve_location(base, "https://b.test/new?y=2#frag"), "https://b.test/new?y=2");
  EXPECT_EQ(resolve_location(base, "//c.test/p"), "https://c.test/p");
  EXPECT_EQ(resolve_location(base, "/root"), "https://a.test/root");
  EXPECT_EQ(resolve_location(base, "other"), "https://a.test/dir/other");
  EXPECT_EQ(resolve_location(base, "../up/./x"), "https://a.test/up/x");
  EXPECT_EQ(resolve_location(base, "?z=3"), "https://a.test/dir/page?z=3");
  EXPECT_EQ(resolve_location(base, "#only-a-fragment"), "https://a.test/dir/page?x=1");
  EXPECT_EQ(resolve_location("http://a.test/old", "../final"), "http://a.test/final");
  EXPECT_EQ(resolve_location(base, "file:///etc/passwd"), "file:///etc/passwd");
  // What libcurl cannot read comes back as written, for the checker to name.
  EXPECT_EQ(resolve_location(base, "mailto:x@y.org#f"), "mailto:x@y.org");
  EXPECT_EQ(resolve_location("not a url", "/x"), "");
}

TEST(Url, HomePaths) {
  for (const char* home : {"", "/", "/index.html", "/Default.aspx", "/home", "/en/", "/fr-fr/",
                           "/en_gb/index.html"}) {
    EXPECT_TRUE(is_home_path(home)) << home;
  }
  for (const char* deep : {"/en", "/ok", "/faq", "/a/b/report", "/en/report", "/news/"}) {
    EXPECT_FALSE(is_home_path(deep)) << deep;
  }
}

}  // namespace
}  // namespace coi
