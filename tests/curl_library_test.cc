// pipeline/curl_library: libcurl opened on first use, its functions forwarded. The variadic ones
// pass one argument whose type depends on the option; each type goes through and comes back.
#include "pipeline/curl_library.h"

#include <curl/curl.h>
#include <gtest/gtest.h>

#include <string>

#include "tests/support/paths.h"
#include "tests/support/shell.h"

namespace coi {
namespace {

// The point of opening it late: `coi` maps none of libcurl's 26 libraries at start.
TEST(CurlLibrary, TheBinaryDoesNotLinkLibcurl) {
  const testing::ShellRun run = testing::run_shell("readelf -d " + testing::coi_binary());
  ASSERT_EQ(run.exit_code, 0);
  EXPECT_NE(run.output.find("(NEEDED)"), std::string::npos);
  EXPECT_EQ(run.output.find("libcurl"), std::string::npos) << run.output;
}

size_t discard(char*, size_t size, size_t count, void*) { return size * count; }

TEST(CurlLibrary, EveryOptionTypeGoesThroughSetoptAndGetinfo) {
  load_curl();
  CURL* easy = curl_easy_init();
  ASSERT_NE(easy, nullptr);
  EXPECT_EQ(curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L), CURLE_OK);                   // long
  EXPECT_EQ(curl_easy_setopt(easy, CURLOPT_URL, "http://example.invalid/a"), CURLE_OK);  // object
  EXPECT_EQ(curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, discard), CURLE_OK);          // function
  EXPECT_EQ(curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t{1} << 40),
            CURLE_OK);  // curl_off_t
  // A long out of range is refused: the value arrived as given, not as garbage.
  EXPECT_EQ(curl_easy_setopt(easy, CURLOPT_MAXREDIRS, -2L), CURLE_BAD_FUNCTION_ARGUMENT);
  char* url = nullptr;
  EXPECT_EQ(curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &url), CURLE_OK);
  ASSERT_NE(url, nullptr);
  EXPECT_EQ(std::string(url), "http://example.invalid/a");
  curl_easy_cleanup(easy);
}

TEST(CurlLibrary, ShareTakesItsLockDataAsAnInt) {
  CURLSH* share = curl_share_init();
  ASSERT_NE(share, nullptr);
  EXPECT_EQ(curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_COOKIE), CURLSHE_OK);
  EXPECT_EQ(curl_share_setopt(share, CURLSHOPT_SHARE, 12345), CURLSHE_BAD_OPTION);
  EXPECT_EQ(curl_share_cleanup(share), CURLSHE_OK);
}

}  // namespace
}  // namespace coi
