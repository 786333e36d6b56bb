// Where the tests find the project's own files (never ../shared).
#pragma once

#include <string>

namespace coi::testing {

/// Absolute path of a file in the source tree, e.g. source_path("fixtures/x/note.pdf").
inline std::string source_path(const std::string& relative) {
  return std::string(COI_SOURCE_DIR) + "/" + relative;
}

/// The built `coi` executable, for end-to-end tests of the command line.
inline std::string coi_binary() { return COI_BINARY; }

inline const char* kFranceModel = "fixtures/france-cin-v2.0/note.json";
inline const char* kFrancePdf = "fixtures/france-cin-v2.0/note.pdf";

}  // namespace coi::testing
