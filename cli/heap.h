// The heap a conversion allocates from, set up so that first touches of fresh memory cost less.
//
// Extract and the stages allocate and free many small objects (Poppler's per-page text, the
// model's words and lines); on a virtual machine every first touch of a 4 KB page is a fault that
// costs more than the work done in it (bench/README.md: coi took 5,900 faults on the 103-page
// fixture, pdftotext 1,850). glibc's malloc can back its heap with 2 MB transparent huge pages
// (the glibc.malloc.hugetlb tunable), but only from the environment, before the process starts.
// prepare_heap does part of that from inside: the main arena's heap grown once by a reserve that
// is then advised as huge pages and kept (not trimmed back), and allocations up to 32 MB taken
// from the heap rather than mapped (and unmapped) one by one. Threads keep their own arenas (one
// arena shared by both page workers made them wait on its lock, on a quiet machine 2.4 times the
// CPU time, bench/README.md); prepare_heap lets them advise theirs (pipeline/thread_heap.h).
#pragma once

#include "pipeline/limits_config.h"

namespace coi {

/// Grows and advises the heap as above by limits.heap_reserve_mb (0: nothing done), and enables
/// advise_thread_heap with a reserve of at most 30 MB. Call it after
/// the memory cap applies: the reserve is mapped address space, so under a cap it takes at most
/// a quarter of what the cap leaves.
void prepare_heap(const LimitsConfig& limits);

}  // namespace coi
