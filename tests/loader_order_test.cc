// cmake/LoaderOrder.cmake: coi names its libraries in the order the dynamic loader binds most
// symbols to them. The order may change how fast the loader finds a symbol, never where: a symbol
// defined by two libraries binds to the first one searched, so every binding of coi must be the
// one coi_as_linked (coi with the link's own order) makes.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/command.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

// Each symbol `program --version` binds at start, as "REF -> DEF: NAME [VERSION]" lines, sorted;
// the program's own path reads PROGRAM, so that two builds of it compare.
std::vector<std::string> bindings(const std::string& program) {
  const std::string log =
      testing::run_command("LD_DEBUG=bindings '" + program + "' --version 2>&1 >/dev/null");
  const std::string marker = "binding file ";
  std::vector<std::string> out;
  std::istringstream lines(log);
  for (std::string line; std::getline(lines, line);) {
    const size_t at = line.find(marker);
    if (at == std::string::npos) continue;
    std::string binding = line.substr(at + marker.size());
    for (size_t p; (p = binding.find(program)) != std::string::npos;) {
      binding.replace(p, program.size(), "PROGRAM");
    }
    out.push_back(binding);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(LoaderOrder, EverySymbolBindsToTheLibraryItBindsToAsLinked) {
  const std::vector<std::string> ordered = bindings(testing::coi_binary());
  const std::vector<std::string> as_linked = bindings(testing::coi_as_linked_binary());
  ASSERT_GT(as_linked.size(), 1000u) << "LD_DEBUG=bindings reported no bindings";
  EXPECT_EQ(ordered.size(), as_linked.size());
  std::vector<std::string> differ;
  std::set_symmetric_difference(ordered.begin(), ordered.end(), as_linked.begin(),
                                as_linked.end(), std::back_inserter(differ));
  EXPECT_TRUE(differ.empty()) << differ.size() << " bindings differ, e.g. " << differ.front();
}

}  // namespace
}  // namespace coi
