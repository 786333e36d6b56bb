// The heap a conversion allocates from, set up so that first touches of fresh memory cost less.
//
// Extract and the stages allocate and free many small objects (Poppler's per-page text, the
// model's words and lines); on a virtual machine every first touch of a 4 KB page is a fault that
// costs more than the work done in it (bench/README.md: coi took 5,900 faults on the 103-page
// fixture, pdftotext 1,850). glibc's malloc can back its heap with 2 MB transparent huge pages
// (the glibc.malloc.hugetlb tunable), but only from the environment, before the process starts.
// share_one_arena and prepare_heap do the same from inside: one arena for every thread (a
// thread's own arena is a separate mapping the advice would not cover), the heap grown once by a
// reserve that is then advised as huge pages and kept (not trimmed back), and allocations up to
// 32 MB taken from the heap rather than mapped (and unmapped) one by one.
#pragma once

#include "pipeline/limits_config.h"

namespace coi {

/// Makes every thread allocate from the main arena (no 64 MB address-space reservation per thread
/// either, which the memory cap would count). Call it before a second thread allocates.
void share_one_arena();

/// Grows and advises the heap as above by limits.heap_reserve_mb (0: nothing done). Call it after
/// share_one_arena and after the memory cap applies: the reserve is mapped address space, so
/// under a cap it takes at most a quarter of what the cap leaves.
void prepare_heap(const LimitsConfig& limits);

}  // namespace coi
