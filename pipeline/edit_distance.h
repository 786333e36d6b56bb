// Levenshtein distance between two byte strings: "did you mean" for stage names, and how far an
// extracted text is from its expected form in the acceptance tests.
#pragma once

#include <cstddef>
#include <string>

namespace coi {

/// Insertions, deletions and substitutions turning `a` into `b` (O(|a|·|b|) time, O(|b|) space).
size_t edit_distance(const std::string& a, const std::string& b);

}  // namespace coi
