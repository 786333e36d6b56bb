#include "links/http_date.h"

#include <time.h>

#include <string>

namespace coi {

std::optional<std::time_t> parse_http_date(std::string_view text) {
  // strptime reads names of days and months in the C locale, which HTTP dates use.
  static const char* const kForms[] = {"%a, %d %b %Y %H:%M:%S GMT", "%A, %d-%b-%y %H:%M:%S GMT",
                                       "%a %b %e %H:%M:%S %Y"};
  const std::string value(text);
  for (const char* form : kForms) {
    std::tm tm{};
    const char* end = ::strptime(value.c_str(), form, &tm);
    if (end && *end == '\0') return ::timegm(&tm);
  }
  return std::nullopt;
}

}  // namespace coi
