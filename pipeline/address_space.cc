#include "pipeline/address_space.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdlib>
#include <limits>

namespace coi {

namespace {

constexpr double kBytesPerMb = 1024.0 * 1024.0;

}  // namespace

double address_space_mapped_mb() {
  // The first field of /proc/self/statm is the mapped size in pages. Plain system calls and a
  // stack buffer: no allocation.
  const int fd = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  char text[128];
  const ssize_t n = ::read(fd, text, sizeof(text) - 1);
  ::close(fd);
  if (n <= 0) return -1;
  text[n] = '\0';
  char* end = nullptr;
  const unsigned long long pages = std::strtoull(text, &end, 10);
  if (end == text) return -1;
  return static_cast<double>(pages) * static_cast<double>(::sysconf(_SC_PAGESIZE)) / kBytesPerMb;
}

double address_space_left_mb() {
  rlimit limit;
  if (::getrlimit(RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) {
    return std::numeric_limits<double>::infinity();
  }
  const double mapped = address_space_mapped_mb();
  if (mapped < 0) return std::numeric_limits<double>::infinity();
  return static_cast<double>(limit.rlim_cur) / kBytesPerMb - mapped;
}

}  // namespace coi
