// The HTML report of `coi diff` loaded in headless Chromium: the page's script must run without
// error (it marks <body data-script="ok">) and the expected changes must be in the DOM.
// Skipped when chromium is not installed (scripts/setup installs it).
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "diff/diff.h"
#include "diff/render.h"
#include "pipeline/model_json.h"
#include "tests/support/chromium.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

TEST(DiffHtmlTest, ReportRunsInHeadlessChromiumAndShowsTheChanges) {
  // scripts/setup installs Debian's chromium: its absence is a broken set-up, not a skip.
  ASSERT_TRUE(testing::chromium_installed()) << "chromium is not installed";
  Result<Doc> old_doc =
      load_model_json(testing::source_path(testing::kFranceModel), JsonFlavor::kCorpus);
  Result<Doc> new_doc = load_model_json(testing::source_path("fixtures/france-cin-v2.1/note.json"),
                                        JsonFlavor::kCorpus);
  ASSERT_TRUE(old_doc.is_ok() && new_doc.is_ok());
  const DiffReport report = diff_docs(old_doc.value(), new_doc.value(), DiffConfig{});

  char dir_template[] = "/tmp/coi-diff-html-XXXXXX";
  ASSERT_NE(mkdtemp(dir_template), nullptr);
  const std::filesystem::path dir(dir_template);
  const std::filesystem::path page = dir / "report.html";
  std::ofstream(page) << render_diff_html(report);
  const std::string dom = testing::chromium_load(page, dir).dom;
  std::filesystem::remove_all(dir);

  const size_t body_at = dom.find("<body");
  ASSERT_NE(body_at, std::string::npos) << "no DOM dumped";
  const std::string body = dom.substr(body_at, dom.find('>', body_at) - body_at);
  // The script counts the change sections; the report's summary counts the changes.
  int changes = 0;
  for (const ChangeCount& c : change_counts(report)) changes += c.count;
  EXPECT_EQ(body, "<body data-changes=\"" + std::to_string(changes) + "\" data-script=\"ok\"")
      << "the script failed or did not run";
  EXPECT_NE(dom.find("<del>26</del><ins>28</ins>"), std::string::npos);  // 6.4.1 figure
  EXPECT_NE(dom.find("<ins>(renewable)</ins>"), std::string::npos);      // 8.1.1 clause
  EXPECT_NE(dom.find("data-change=\"split\""), std::string::npos);
  EXPECT_NE(dom.find("data-change=\"merged\""), std::string::npos);
  EXPECT_NE(dom.find("data-change=\"moved\""), std::string::npos);
  EXPECT_NE(dom.find("<span class=\"old-num\">6.2.3</span> → <span class=\"new-num\">6.2.4</span>"),
            std::string::npos);
  EXPECT_NE(dom.find("row <b>EUAA</b>"), std::string::npos);
  EXPECT_NE(dom.find("Cites newly: <ins>S228</ins>"), std::string::npos);
  EXPECT_NE(dom.find("<a class=\"next\" href=\"#change-2\">next</a>"), std::string::npos);
}

}  // namespace
}  // namespace coi
