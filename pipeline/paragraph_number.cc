#include "pipeline/paragraph_number.h"

#include <charconv>
#include <vector>

namespace coi {

namespace {

// "4.1.10" -> {4, 1, 10}: numbers compare part by part, not as text.
std::vector<int> number_parts(const std::string& number) {
  std::vector<int> parts;
  size_t start = 0;
  while (start <= number.size()) {
    size_t dot = number.find('.', start);
    if (dot == std::string::npos) dot = number.size();
    int value = 0;
    std::from_chars(number.data() + start, number.data() + dot, value);
    parts.push_back(value);
    start = dot + 1;
  }
  return parts;
}

}  // namespace

bool number_precedes(const std::string& a, const std::string& b) {
  return number_parts(a) < number_parts(b);
}

}  // namespace coi
