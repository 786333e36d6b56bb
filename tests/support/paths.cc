// The build's absolute paths are compiled into this file alone (CMakeLists.txt): every other test
// file compiles the same in any checkout, so ccache serves them to every worktree.
#include "tests/support/paths.h"

namespace coi::testing {

const char* source_dir() { return COI_SOURCE_DIR; }

std::string coi_binary() { return COI_BINARY; }

std::string coi_as_linked_binary() { return COI_AS_LINKED_BINARY; }

}  // namespace coi::testing
