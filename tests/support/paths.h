// Where the tests find the project's own files (never ../shared) and the built programs.
#pragma once

#include <string>

namespace coi::testing {

/// The source tree's absolute path.
const char* source_dir();

/// Absolute path of a file in the source tree, e.g. source_path("fixtures/x/note.pdf").
inline std::string source_path(const std::string& relative) {
  return std::string(source_dir()) + "/" + relative;
}

/// The built `coi` executable, for end-to-end tests of the command line.
std::string coi_binary();

/// coi with its libraries in the link's own order (CMakeLists.txt, cmake/LoaderOrder.cmake).
std::string coi_as_linked_binary();

inline const char* kFranceModel = "fixtures/france-cin-v2.0/note.json";
inline const char* kFrancePdf = "fixtures/france-cin-v2.0/note.pdf";

}  // namespace coi::testing
