// The words a note prints, counted: the note's own evidence for telling a word that a narrow
// table column broke between two characters ("Ye" / "ar") from two words on two lines
// ("Average" / "time"). Words are folded (ASCII lower case, surrounding punctuation removed), so
// "Year," and "year" count as one.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "pipeline/model.h"

namespace coi {

class Vocabulary {
 public:
  /// Counts every word on every page of `doc`.
  explicit Vocabulary(const Doc& doc);
  /// How often `word` (folded here) is printed in the note.
  int count(std::string_view word) const;

 private:
  std::unordered_map<std::string, int> counts_;
};

}  // namespace coi
