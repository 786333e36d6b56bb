#include "fuzz/byte_reader.h"

namespace coi::fuzz {

namespace {

// Words that steer the heuristics into their interesting branches.
const char* const kVocabulary[] = {
    "4.1.1", "5.1", "4.", "Page", "1", "of", "100", "Back", "to", "Contents", "•", "o", "i.",
    "Sources", "cited", "consulted", "Accessed:", "no", "date", "(page", "7)", "GoF", "MoI,",
    "153,715", "38.8%", "€1.5", "million", "N/A", "-", "65*", "…", "“", "”", "ﬁ", "\xC2\xAD",
    "Executive", "summary", "France", "https://www.gov.uk/x", "Table", "Total"};

}  // namespace

std::string ByteReader::word() {
  const int choice = below(64);
  constexpr int kWords = sizeof(kVocabulary) / sizeof(kVocabulary[0]);
  if (choice < kWords) return kVocabulary[choice];
  std::string raw;
  for (int n = below(8) + 1; n > 0; --n) raw += static_cast<char>(byte());
  return raw;
}

std::string ByteReader::phrase(int max_words) {
  std::string text = word();
  for (int n = below(max_words); n > 0 && !done(); --n) text += " " + word();
  return text;
}

}  // namespace coi::fuzz
