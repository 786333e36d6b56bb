// pipeline/address_space: the mapped size and what is left under RLIMIT_AS, checked in a child
// process so that the cap it sets never reaches the test binary.
#include "pipeline/address_space.h"

#include <gtest/gtest.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>

namespace coi {
namespace {

TEST(AddressSpace, MapsSomethingAndHasNoCapInTheTestBinary) {
  EXPECT_GT(address_space_mapped_mb(), 1.0);
  rlimit limit;
  ASSERT_EQ(::getrlimit(RLIMIT_AS, &limit), 0);
  if (limit.rlim_cur != RLIM_INFINITY) GTEST_SKIP() << "the suite runs under ulimit -v";
  EXPECT_TRUE(std::isinf(address_space_left_mb()));
}

// Under a cap 50 MB above what the process maps, about 50 MB are left (the child exits 0 when
// it finds 49 to 50; a few pages may be mapped between the two readings).
TEST(AddressSpace, LeftIsTheCapMinusWhatIsMapped) {
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    const double mapped = address_space_mapped_mb();
    rlimit limit;
    limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>((mapped + 50) * 1024 * 1024);
    if (::setrlimit(RLIMIT_AS, &limit) != 0) ::_exit(2);
    const double left = address_space_left_mb();
    ::_exit(left > 49 && left <= 50 ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

}  // namespace
}  // namespace coi
