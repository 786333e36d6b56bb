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

/// coi's Doc of a fixture's render ("libreoffice": its libreoffice.pdf) through `stop_after`,
/// with the shipped configuration, or an empty Doc and a test failure.
inline Doc convert_fixture(const std::string& folder, const std::string& producer,
                           const std::string& stop_after) {
  Diagnostics diag;
  RunOptions options;
  options.stop_after = stop_after;
  Result<Doc> doc = convert_pdf(source_path(folder + "/" + producer + ".pdf"),
                                default_config().value(), options, diag);
  EXPECT_TRUE(doc.is_ok()) << doc.status().to_string();
  return doc.is_ok() ? std::move(doc).value() : Doc{};
}

}  // namespace coi::testing
