// The fuzz harnesses, one function each, in a table. fuzz/fuzz_main.cc turns one of them into a
// libFuzzer binary (fuzz_<name>); tests/fuzz_harnesses_test.cc replays every saved input under
// tests/data/fuzz/<name>/ through the same function in the regular and sanitizer builds, so a
// crash the fuzzer found stays fixed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model.h"

namespace coi::fuzz {

/// One harness: takes any bytes; returns normally unless it found a bug (then it aborts).
struct Harness {
  const char* name;  ///< binary fuzz/fuzz_<name>, corpus tests/data/fuzz/<name>/
  const char* what;  ///< one line: what it exercises
  void (*run)(const uint8_t* data, size_t size);
};

/// Every harness.
const std::vector<Harness>& harnesses();

/// The harness called `name`, or nullptr.
const Harness* find_harness(std::string_view name);

/// Runs the named stages over `doc` in stage-table order with the default config, checking the
/// model's invariants after each one (a broken invariant aborts: it is a bug in that stage).
/// An empty Doc when a stage refuses the input.
Doc run_stages(Doc doc, const std::vector<std::string>& names);

}  // namespace coi::fuzz
