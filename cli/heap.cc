#include "cli/heap.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "cli/note_limits.h"
#include "pipeline/address_space.h"
#include "pipeline/thread_heap.h"

namespace coi {

namespace {

constexpr double kBytesPerMb = 1024.0 * 1024.0;
// Share of the address space left under the cap the reserve may take: Poppler aborts on a failed
// allocation, so most of what is left stays for the allocations themselves.
constexpr double kReserveShareOfLeft = 0.25;
// glibc's default top pad (mallopt(3)): what the heap grows by beyond each allocation's need.
constexpr int kDefaultTopPad = 128 * 1024;
// The heap's free top is trimmed (given back) only past this many reserves: the reserve itself,
// freed and used again, stays mapped and advised.
constexpr size_t kTrimAfterReserves = 2;
// glibc refuses a larger M_MMAP_THRESHOLD (half its 64 MB heap size on 64-bit systems).
constexpr size_t kLargestMmapThreshold = size_t{32} << 20;

}  // namespace

void prepare_heap(const LimitsConfig& limits) {
  // Sanitizer builds (no memory limit there either) allocate with their own malloc, not glibc's.
  if (limits.heap_reserve_mb <= 0 || !memory_limit_enforced()) return;
  const double left = address_space_left_mb();
  const double mb = std::min<double>(limits.heap_reserve_mb, left * kReserveShareOfLeft);
  if (mb < 2 * kHugePage / kBytesPerMb) return;  // too little to hold one whole huge page
  const size_t reserve = static_cast<size_t>(mb * kBytesPerMb);
  mallopt(M_MMAP_THRESHOLD, static_cast<int>(std::min(reserve, kLargestMmapThreshold)));
  // The heap keeps up to a reserve free at its top instead of giving it back after each free.
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(kTrimAfterReserves * reserve));
  // Grow the heap by the reserve now (one allocation past its top makes malloc extend it by the
  // allocation plus the top pad), then advise the grown part; later growth is by glibc's default
  // pad again, so near the cap an allocation asks for no more than it needs.
  mallopt(M_TOP_PAD, static_cast<int>(reserve));
  void* probe = std::malloc(kHugePage);
  const uintptr_t end = reinterpret_cast<uintptr_t>(sbrk(0));
  if (probe != nullptr) {
    const uintptr_t from = (reinterpret_cast<uintptr_t>(probe) + kHugePage - 1) & ~(kHugePage - 1);
    const uintptr_t to = end & ~(kHugePage - 1);
    if (to > from) {
      madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
      // The first allocations fill the heap from the probe on: the 2 MB before `from` (up to
      // 512 faults, unless the heap starts inside it: then the kernel refuses) and the first
      // advised 2 MB, where malloc wrote the probe's end before the advice. Worth its zeroing on
      // the shortest notes too: without them an 18-page note takes about 850 more page faults and
      // more CPU time, not less (bench/README.md, Session 17, speed22).
      collapse_to_huge_page(reinterpret_cast<void*>(from - kHugePage));
      collapse_to_huge_page(reinterpret_cast<void*>(from));
    }
  }
  std::free(probe);
  mallopt(M_TOP_PAD, kDefaultTopPad);
  // A page worker's heap (pipeline/thread_heap.h) is made writable by one allocation, which must
  // stay under the mmap threshold to come from the heap: a worker keeps the words of the pages
  // it read, about half of a 515-page note's in 30 MB. Writable but untouched, it costs no
  // memory and no address space (the heap's 64 MB are mapped already).
  enable_thread_heap_advice(std::min(reserve, kLargestMmapThreshold) - kHugePage);
}

}  // namespace coi
