// stages/text/normalized_urls.h: the URLs the bibliography normalises for its IDs are handed to
// resolve from the document's memo, each list of ignored parameters keeping its own answers, all
// equal to normalize_url's.
#include "stages/text/normalized_urls.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "pipeline/model.h"
#include "pipeline/url.h"

namespace coi {
namespace {

const std::vector<std::string> kTracking = {"utm_*", "fbclid"};
const std::string kUrl = "HTTP://WWW.Example.org/Report/?utm_source=x&id=3#p2";

TEST(NormalizedUrls, AnswersAsNormalizeUrl) {
  const DocMemo memo;
  const NormalizedUrls& urls = normalized_urls(memo, kTracking);
  EXPECT_EQ(urls.of(kUrl), "https://example.org/Report?id=3");
  EXPECT_EQ(urls.of(kUrl), normalize_url(kUrl, kTracking));
  EXPECT_EQ(urls.of("not a url"), normalize_url("not a url", kTracking));
}

// The bibliography's answer is the one resolve is handed: one normaliser per list, and the
// string a URL was given stays where it was.
TEST(NormalizedUrls, OneNormaliserPerListKeptInTheMemo) {
  const DocMemo memo;
  const NormalizedUrls& first = normalized_urls(memo, kTracking);
  const std::string& answer = first.of(kUrl);
  EXPECT_EQ(&normalized_urls(memo, kTracking), &first);
  EXPECT_EQ(&normalized_urls(memo, kTracking).of(kUrl), &answer);
}

// The two stages' settings may differ: another list keeps its own answers.
TEST(NormalizedUrls, AnotherListOfIgnoredParametersAnswersForItself) {
  const DocMemo memo;
  const NormalizedUrls& tracking = normalized_urls(memo, kTracking);
  const NormalizedUrls& none = normalized_urls(memo, {});
  EXPECT_NE(&tracking, &none);
  EXPECT_EQ(tracking.of(kUrl), "https://example.org/Report?id=3");
  EXPECT_EQ(none.of(kUrl), "https://example.org/Report?utm_source=x&id=3");
}

// The memo moves with the document from stage to stage (the bibliography's Doc is returned and
// handed to resolve): what was normalised before the move is there after it.
TEST(NormalizedUrls, MoveWithTheDocument) {
  Doc doc;
  const std::string* answer = &normalized_urls(doc.memo, kTracking).of(kUrl);
  Doc moved = std::move(doc);
  EXPECT_EQ(&normalized_urls(moved.memo, kTracking).of(kUrl), answer);
}

}  // namespace
}  // namespace coi
