// cli/heap: the heap reserve advised as transparent huge pages. prepare_heap changes the whole
// process's malloc, so the unit tests call it in a child process; the end-to-end tests run the
// built `coi convert` with and without the reserve on the fixture.
#include "cli/heap.h"

#include <gtest/gtest.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "cli/note_limits.h"
#include "pipeline/address_space.h"
#include "pipeline/thread_heap.h"
#include "tests/support/paths.h"
#include "tests/support/scratch_dir.h"

namespace coi {
namespace {

// MB of this process's mappings advised for huge pages ("hg" among smaps' VmFlags).
double advised_mb() {
  std::ifstream in("/proc/self/smaps");
  double total_kb = 0, size_kb = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("Size:", 0) == 0) size_kb = std::stod(line.substr(5));
    if (line.rfind("VmFlags:", 0) == 0 && (line + " ").find(" hg ") != std::string::npos) {
      total_kb += size_kb;
    }
  }
  return total_kb / 1024;
}

// Runs `check` in a child process; the test passes when it returns true there.
template <typename Check>
void expect_in_child(Check check) {
  if (!memory_limit_enforced()) GTEST_SKIP() << "sanitizer builds keep their own allocator";
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) ::_exit(check() ? 0 : 1);
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

LimitsConfig reserve_of(int mb) {
  LimitsConfig limits;
  limits.heap_reserve_mb = mb;
  return limits;
}

TEST(Heap, TheReserveIsAdvisedAsHugePages) {
  expect_in_child([] {
    const double before = advised_mb();
    prepare_heap(reserve_of(16));
    // The reserve's whole 2 MB pages: at least 16 MB less the partial pages at either end.
    return advised_mb() - before >= 12;
  });
}

TEST(Heap, ZeroLeavesTheHeapAsGlibcHasIt) {
  expect_in_child([] {
    const double mapped = address_space_mapped_mb(), advised = advised_mb();
    prepare_heap(reserve_of(0));
    return advised_mb() == advised && address_space_mapped_mb() - mapped < 1;
  });
}

// Under a cap 40 MB above what is mapped, a 32 MB reserve shrinks to a quarter of the 40 MB.
TEST(Heap, UnderACapTheReserveTakesAQuarterOfWhatIsLeft) {
  expect_in_child([] {
    const double mapped = address_space_mapped_mb();
    rlimit limit;
    limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>((mapped + 40) * 1024 * 1024);
    if (::setrlimit(RLIMIT_AS, &limit) != 0) return false;
    prepare_heap(reserve_of(32));
    const double grown = address_space_mapped_mb() - mapped;
    return grown >= 8 && grown <= 10 + 2;  // the reserve, and the 2 MB probe that grew it
  });
}

// MB advised for huge pages after a new thread has called advise_thread_heap, less before.
double advised_by_a_thread() {
  const double before = advised_mb();
  std::thread([] { advise_thread_heap(); }).join();
  return advised_mb() - before;
}

// A page worker's arena is a heap of glibc's 64 MB: advised whole once the reserve is prepared.
TEST(Heap, AThreadAdvisesItsOwnHeapOnceTheReserveIsPrepared) {
  expect_in_child([] {
    prepare_heap(reserve_of(16));
    return advised_by_a_thread() >= 64;
  });
}

TEST(Heap, WithoutTheReserveAThreadLeavesItsHeapAsGlibcHasIt) {
  expect_in_child([] {
    prepare_heap(reserve_of(0));
    return advised_by_a_thread() == 0;
  });
}

// `coi convert` of the fixture with `config_text` as its configuration: whether it succeeded
// and the XML written. (What the reserve saves, page faults, is measured by
// bench/convert_speed.py, not here: a count that depends on the kernel's huge pages is no unit
// test's business.)
struct Converted {
  bool ok = false;
  std::string xml;
};

Converted convert_with(const std::string& config_text, const testing::ScratchDir& scratch,
                       const std::string& name) {
  const std::string config = scratch.file(name + ".toml");
  std::ofstream(config) << config_text;
  const std::string out = scratch.file(name);
  Converted result;
  const pid_t pid = ::fork();
  if (pid == 0) {
    const std::string binary = testing::coi_binary();
    const std::string pdf = testing::source_path(testing::kFrancePdf);
    ::execl(binary.c_str(), binary.c_str(), "convert", "-q", "--config", config.c_str(), "-o",
            out.c_str(), pdf.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  if (pid < 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
      WEXITSTATUS(status) != 0) {
    return result;
  }
  result.ok = true;
  std::ostringstream xml;
  xml << std::ifstream(out + "/note.xml").rdbuf();
  result.xml = xml.str();
  return result;
}

TEST(Heap, ConvertWritesTheSameWithAndWithoutTheReserve) {
  testing::ScratchDir scratch;
  const Converted with = convert_with("", scratch, "with");
  const Converted without = convert_with("[limits]\nheap_reserve_mb = 0\n", scratch, "without");
  ASSERT_TRUE(with.ok);
  ASSERT_TRUE(without.ok);
  EXPECT_FALSE(with.xml.empty());
  EXPECT_EQ(with.xml, without.xml);
}

}  // namespace
}  // namespace coi
