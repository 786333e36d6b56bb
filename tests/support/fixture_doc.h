// A fixture's model and coi's reading of one of its renders, for tests that compare the two.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"

namespace coi::testing {

/// The model of a fixture folder ("fixtures/quote-indents": its note.json), or an empty Doc and a
/// test failure.
inline Doc load_fixture_model(const std::string& folder) {
  Result<Doc> model = load_model_json(source_path(folder + "/note.json"), JsonFlavor::kCorpus);
  EXPECT_TRUE(model.is_ok()) << model.status().to_string();
  return model.is_ok() ? std::move(model).value() : Doc{};
}

/// coi's Doc of a fixture's render ("libreoffice": its libreoffice.pdf) through `stop_after`
/// ("" for every stage), with the shipped configuration and the model checked between stages,
/// its diagnostics in `findings`; or an empty Doc and a test failure.
inline Doc convert_fixture(const std::string& folder, const std::string& producer,
                           const std::string& stop_after, Diagnostics& findings) {
  RunOptions options;
  options.stop_after = stop_after;
  options.validate_between = true;
  Result<Doc> doc = convert_pdf(source_path(folder + "/" + producer + ".pdf"),
                                default_config().value(), options, findings);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

/// The same, its diagnostics dropped.
inline Doc convert_fixture(const std::string& folder, const std::string& producer,
                           const std::string& stop_after) {
  Diagnostics findings;
  return convert_fixture(folder, producer, stop_after, findings);
}

/// A test suite over one render of a fixture: the folder's model, and coi's Doc of the render
/// with its diagnostics, read once for the whole suite. `Render` names the render:
///   struct Render { static constexpr const char* kFolder = "fixtures/...";
///                   static constexpr const char* kProducer = "latex";
///                   static constexpr const char* kStopAfter = "segment"; };  // "": every stage
template <typename Render>
class FixtureRenderSuite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    model_ = new Doc(load_fixture_model(Render::kFolder));
    findings_ = new Diagnostics();
    ours_ = new Doc(convert_fixture(Render::kFolder, Render::kProducer, Render::kStopAfter,
                                    *findings_));
  }
  static void TearDownTestSuite() {
    delete model_;
    delete ours_;
    delete findings_;
  }

  static inline Doc* model_ = nullptr;
  static inline Doc* ours_ = nullptr;
  static inline Diagnostics* findings_ = nullptr;
};

}  // namespace coi::testing
