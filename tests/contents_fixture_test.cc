// The contents list whatever its entries look like: fixtures/france-contents/ (fixtures/README.md
// "Contents lists of every shape"), a note whose contents list is four levels deep, rendered
// without leaders on A4 (long titles wrap and their page numbers stand alone on the next line)
// and with leaders on Letter (other page numbers). Both must give the model's contents list
// back as contents, never as body paragraphs or lists, the body as the model has it, and
// `coi diff` between them must find nothing: only the contents' page numbers differ.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "cli/config.h"
#include "diff/diff.h"
#include "diff/render.h"
#include "pipeline/model_json.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"
#include "tests/support/compare.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

using testing::source_path;

constexpr const char* kPlain = "fixtures/france-contents/note.pdf";
constexpr const char* kLetter = "fixtures/france-contents/note-letter.pdf";

const Doc& converted(const std::string& pdf) {
  static std::map<std::string, Doc> cache;
  auto it = cache.find(pdf);
  if (it != cache.end()) return it->second;
  RunOptions options;
  options.validate_between = true;
  Diagnostics diag;
  Result<Doc> doc = convert_pdf(source_path(pdf), default_config().value(), options, diag);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return cache[pdf] = doc.is_ok() ? std::move(doc).value() : Doc{};
}

const Doc& model() {
  static const Doc cache = [] {
    Result<Doc> model = load_model_json(source_path("fixtures/france-contents/note.json"),
                                        JsonFlavor::kCorpus);
    EXPECT_TRUE(model.is_ok()) << model.status().to_string();
    return model.is_ok() ? std::move(model).value() : Doc{};
  }();
  return cache;
}

std::string squash(const std::string& text) {
  std::istringstream in(text);
  std::string word, out;
  while (in >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

// "level|number|text" of every contents entry, in order.
std::vector<std::string> entries(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) {
    for (const TocEntry& e : b.toc) {
      out.push_back(std::to_string(e.level) + "|" + e.number + "|" + squash(e.text));
    }
  }
  return out;
}

// Numbered paragraph -> its text.
std::map<std::string, std::string> numbered(const Doc& doc) {
  std::map<std::string, std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph && !b.number.empty()) {
      out[b.number] = squash(plain_text(b.inlines));
    }
  }
  return out;
}

class ContentsFixture : public ::testing::TestWithParam<const char*> {};

TEST_P(ContentsFixture, EveryEntryOfTheModelIsAContentsEntry) {
  const Doc& ours = converted(GetParam());
  std::vector<std::string> got = entries(ours), want = entries(model());
  EXPECT_EQ(got, want);
}

// Each entry's page is the page its heading landed on.
TEST_P(ContentsFixture, EachEntryGivesThePageOfItsHeading) {
  const Doc& ours = converted(GetParam());
  std::map<std::string, int> heading_page;
  for (const Block& b : ours.blocks) {
    if (b.kind != BlockKind::kHeading || b.where.empty()) continue;
    heading_page.emplace(b.number + "|" + squash(plain_text(b.inlines)), b.where.front().page);
  }
  int checked = 0;
  for (const Block& b : ours.blocks) {
    for (const TocEntry& e : b.toc) {
      const auto it = heading_page.find(e.number + "|" + squash(e.text));
      ASSERT_NE(it, heading_page.end()) << "no heading for entry " << e.number << " " << e.text;
      EXPECT_EQ(e.page, it->second) << e.number << " " << e.text;
      ++checked;
    }
  }
  EXPECT_EQ(checked, static_cast<int>(entries(model()).size()));
}

// The Contents part holds its title and the contents list, nothing else.
TEST_P(ContentsFixture, NoEntryBecomesABodyParagraphOrList) {
  for (const Block& b : converted(GetParam()).blocks) {
    if (b.part != "contents") continue;
    const bool title = b.kind == BlockKind::kHeading && plain_text(b.inlines) == "Contents";
    EXPECT_TRUE(title || b.kind == BlockKind::kToc)
        << b.id << ": " << squash(plain_text(b.inlines)) << " in the contents part";
  }
}

TEST_P(ContentsFixture, NumberedParagraphsAreTheModels) {
  EXPECT_TRUE(testing::same_map(numbered(model()), numbered(converted(GetParam()))));
}

INSTANTIATE_TEST_SUITE_P(Renders, ContentsFixture, ::testing::Values(kPlain, kLetter),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                           return std::string(info.param == kPlain ? "PlainA4" : "DottedLetter");
                         });

// Every page number of the contents from the second part on differs between the renders; the
// note is the same.
TEST(ContentsDiff, OtherContentsPageNumbersAreNoChange) {
  const Config config = default_config().value();
  const DiffReport report = diff_docs(converted(kPlain), converted(kLetter), config.diff);
  for (const ParagraphChange& p : report.paragraphs) {
    EXPECT_EQ(p.change, Change::kUnchanged) << render_diff_text(report, false);
  }
  EXPECT_TRUE(report.same());
  EXPECT_NE(render_diff_text(report, false).find("same in substance"), std::string::npos);
}

}  // namespace
}  // namespace coi
