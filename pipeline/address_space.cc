#include "pipeline/address_space.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <limits>

namespace coi {

namespace {

constexpr double kBytesPerMb = 1024.0 * 1024.0;

// /proc/self/statm, opened at the first read and kept open: extract reads it before every page
// (Poppler must stay clear of the cap), and a path lookup in /proc plus an open and a close cost
// more than the read (bench/README.md, Session 17). pread from offset 0 makes the kernel write the
// file anew each time. An open that fails (no descriptor left) is tried again at the next read.
int statm_descriptor() {
  static std::atomic<int> kept{-1};
  int fd = kept.load(std::memory_order_acquire);
  if (fd >= 0) return fd;
  fd = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  int expected = -1;
  if (kept.compare_exchange_strong(expected, fd, std::memory_order_acq_rel)) return fd;
  ::close(fd);  // another thread kept its descriptor first
  return expected;
}

}  // namespace

double address_space_mapped_mb() {
  // The first field of /proc/self/statm is the mapped size in pages. Plain system calls and a
  // stack buffer: no allocation.
  const int fd = statm_descriptor();
  if (fd < 0) return -1;
  char text[128];
  const ssize_t n = ::pread(fd, text, sizeof(text) - 1, 0);
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
