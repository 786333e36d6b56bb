// The malloc arenas of coi's own threads (extract's page workers), first touched as 2 MB
// transparent huge pages like the main heap (cli/heap.cc) rather than as 4 KB faults.
//
// glibc gives a thread that allocates while another holds the main arena an arena of its own: a
// heap mapped (inaccessible) at a multiple of 64 MB, HEAP_MAX_SIZE on 64-bit systems, and made
// writable a few pages at a time as it grows. cli/heap.cc's reserve covers only the main arena,
// so the second page worker took its first touches one 4 KB page each: about 1,300 faults of the
// 3,400 on the 103-page fixture (bench/README.md). advise_thread_heap, called first thing in such
// a thread, advises the thread's heap as huge pages and makes a reserve of it writable at once
// (a huge page needs a whole aligned 2 MB inside one writable mapping). The heap's mapping is
// already counted by [limits] max_memory_mb's cap, so the reserve adds nothing there.
#pragma once

#include <cstddef>
#include <cstdint>

namespace coi {

/// The transparent huge page size on x86-64 and arm64 (4 KB base pages). Advice on a range that
/// holds no whole aligned huge page is harmless: the kernel keeps small pages there.
inline constexpr uintptr_t kHugePage = uintptr_t{2} << 20;

/// Makes the 2 MB at `at` (aligned, in an anonymous writable mapping) one huge page now, the small
/// pages already touched there copied in: a range touched before its advice otherwise keeps
/// taking 4 KB faults. MADV_COLLAPSE (Linux 6.1); older kernels refuse it, harmlessly.
void collapse_to_huge_page(void* at);

/// Lets advise_thread_heap act, with `reserve_bytes` made writable per thread heap (0: it does
/// nothing, the default). The command calls it once it has prepared the main heap.
void enable_thread_heap_advice(size_t reserve_bytes);

/// Advises the calling thread's malloc heap as above, when enabled and when the thread
/// allocates from a heap of its own (not the main arena's, below the program break).
void advise_thread_heap();

}  // namespace coi
