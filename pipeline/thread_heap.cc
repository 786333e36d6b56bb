#include "pipeline/thread_heap.h"

#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>

namespace coi {

namespace {

// glibc's HEAP_MAX_SIZE on 64-bit systems (twice the largest mmap threshold): the size and the
// alignment of every heap of a thread arena, so the heap holding an allocation starts at the
// allocation's address rounded down to it (glibc's heap_for_ptr).
constexpr uintptr_t kThreadHeapSize = uintptr_t{64} << 20;

// madvise's MADV_COLLAPSE (Linux 6.1; glibc's headers may predate it).
constexpr int kMadvCollapse = 25;

std::atomic<size_t> reserve_per_heap{0};

}  // namespace

void collapse_to_huge_page(void* at) { madvise(at, kHugePage, kMadvCollapse); }

void enable_thread_heap_advice(size_t reserve_bytes) { reserve_per_heap = reserve_bytes; }

void advise_thread_heap() {
  const size_t reserve = reserve_per_heap;
  if (reserve == 0) return;
  void* probe = std::malloc(1);  // attaches the thread's arena, if it has none yet
  if (probe == nullptr) return;
  const uintptr_t at = reinterpret_cast<uintptr_t>(probe);
  // The main arena's heap lies below the program break (advised by cli/heap.cc); thread heaps
  // are mapped above it.
  if (at > reinterpret_cast<uintptr_t>(sbrk(0))) {
    void* heap = reinterpret_cast<void*>(at & ~(kThreadHeapSize - 1));
    madvise(heap, kThreadHeapSize, MADV_HUGEPAGE);
    // Grows the heap's writable part by the reserve in one step; freed, it stays with the heap
    // (cli/heap.cc sets the trim threshold above it). Volatile: the compiler may drop an
    // allocation freed unused.
    void* volatile grown = std::malloc(reserve);
    std::free(grown);
    // The heap's first 2 MB holds glibc's records of the arena, written as small pages before
    // the advice, so its faults stay small ones: about 490 on a short note, whose worker never
    // leaves that first 2 MB. Collapsed, it is one huge page.
    collapse_to_huge_page(heap);
  }
  std::free(probe);
}

}  // namespace coi
