// End to end on the fixture PDF: footnotes, marks, bibliography and resolution against the
// model (docs/MODEL.md).
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <sstream>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "pipeline/model_names.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

std::string squash(const std::string& text) {
  std::istringstream in(text);
  std::string word, out;
  while (in >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

std::vector<std::string> urls(const Inlines& inlines) {
  std::vector<std::string> out;
  for (const Inline& run : inlines) {
    if (run.kind == InlineKind::kLink) out.push_back(run.url);
  }
  return out;
}

std::vector<int> marks(const std::vector<Block>& blocks) {
  std::vector<int> out;
  auto take = [&](const Inlines& inlines) {
    for (const Inline& run : inlines) {
      if (run.kind == InlineKind::kFootnoteRef) out.push_back(run.footnote);
    }
  };
  for (const Block& b : blocks) {
    take(b.inlines);
    for (const ListItem& item : b.items) take(item.inlines);
    for (const auto& row : b.table.rows) {
      for (const Cell& cell : row) take(cell.inlines);
    }
  }
  return out;
}

class FootnotesFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Doc> model = load_model_json(testing::source_path(testing::kFranceModel), JsonFlavor::kCorpus);
    ASSERT_TRUE(model.is_ok()) << model.status().to_string();
    model_ = std::make_unique<Doc>(std::move(model).value());
    Diagnostics diag;
    RunOptions options;
    options.stop_after = "resolve";
    Result<Doc> doc = convert_pdf(testing::source_path(testing::kFrancePdf), default_config().value(),
                                  options, diag);
    ASSERT_TRUE(doc.is_ok()) << doc.status().to_string();
    doc_ = std::make_unique<Doc>(std::move(doc).value());
  }
  static void TearDownTestSuite() {
    model_.reset();
    doc_.reset();
  }
  static std::unique_ptr<Doc> model_, doc_;
};

std::unique_ptr<Doc> FootnotesFixture::model_;
std::unique_ptr<Doc> FootnotesFixture::doc_;

TEST_F(FootnotesFixture, EveryFootnoteWithNumberTextAndUrls) {
  ASSERT_EQ(doc_->footnotes.size(), model_->footnotes.size());
  for (size_t i = 0; i < model_->footnotes.size(); ++i) {
    const Footnote& got = doc_->footnotes[i];
    const Footnote& want = model_->footnotes[i];
    EXPECT_EQ(got.number, want.number);
    EXPECT_EQ(squash(plain_text(got.inlines)), squash(plain_text(want.inlines))) << want.number;
    EXPECT_EQ(urls(got.inlines), urls(want.inlines)) << want.number;
  }
}

TEST_F(FootnotesFixture, EveryMarkLinkedToItsNote) {
  EXPECT_EQ(marks(doc_->blocks), marks(model_->blocks));
  for (const Footnote& f : doc_->footnotes) EXPECT_FALSE(f.cited_by.empty()) << f.number;
}

// Every footnote cites the source the model names (compared by URL and title: coi's source IDs
// are not the model's), or none where the model has none.
TEST_F(FootnotesFixture, FootnotesResolveToTheModelsSources) {
  ASSERT_EQ(doc_->footnotes.size(), model_->footnotes.size());
  std::map<std::string, const Source*> ours, theirs;
  for (const Source& s : doc_->sources) ours[s.id] = &s;
  for (const Source& s : model_->sources) theirs[s.id] = &s;
  for (size_t i = 0; i < model_->footnotes.size(); ++i) {
    const Footnote& want = model_->footnotes[i];
    const Footnote& got = doc_->footnotes[i];
    if (want.source_id.empty()) {
      EXPECT_EQ(got.source_id, "") << "footnote " << got.number << " cites no listed source";
      continue;
    }
    const Source* expected = theirs.at(want.source_id);
    auto found = ours.find(got.source_id);
    EXPECT_TRUE(found != ours.end() && found->second->url == expected->url &&
                found->second->title == expected->title)
        << "footnote " << got.number << " -> " << (got.source_id.empty() ? "none" : got.source_id)
        << " (" << name_of(got.method) << "), model: " << expected->title << " " << expected->url;
  }
}

TEST_F(FootnotesFixture, EverySourceParsedAsInTheModel) {
  ASSERT_EQ(doc_->sources.size(), model_->sources.size());
  for (size_t i = 0; i < model_->sources.size(); ++i) {
    const Source& got = doc_->sources[i];
    const Source& want = model_->sources[i];
    EXPECT_EQ(got.list, want.list) << want.id;
    EXPECT_EQ(got.group, want.group) << want.id;
    EXPECT_EQ(got.title, want.title) << want.id;
    EXPECT_EQ(got.url, want.url) << want.id;
    EXPECT_EQ(got.detail, want.detail) << want.id;
    EXPECT_EQ(got.date, want.date) << want.id;
    EXPECT_EQ(got.accessed, want.accessed) << want.id;
  }
}

}  // namespace
}  // namespace coi
