// The process's address space against its cap (RLIMIT_AS, which `coi convert` sets from
// [limits] max_memory_mb). Allocations past the cap fail, and not every library survives that:
// Poppler prints "Out of memory" and aborts the process. So the command checks that coi fits
// under the cap before it applies it, and extract that Poppler stays clear of it.
#pragma once

namespace coi {

/// MB the process maps now (code, libraries, heap, thread stacks), or -1 when /proc/self/statm
/// cannot be read. Allocates nothing, so it works when memory is nearly gone.
double address_space_mapped_mb();

/// MB left under the cap: negative when the process already maps more than the cap allows;
/// +infinity when there is no cap or the mapped size cannot be read.
double address_space_left_mb();

}  // namespace coi
