// The libFuzzer entry point of one harness; CMake builds this file once per harness of
// fuzz/harnesses.cc, naming it with COI_FUZZ_HARNESS.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "fuzz/harnesses.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const coi::fuzz::Harness* const harness = coi::fuzz::find_harness(COI_FUZZ_HARNESS);
  if (!harness) {
    std::fprintf(stderr, "no fuzz harness called %s\n", COI_FUZZ_HARNESS);
    std::abort();
  }
  harness->run(data, size);
  return 0;
}
