#include "links/http_date.h"

#include <curl/curl.h>

#include <string>

#include "pipeline/pattern.h"

namespace coi {

std::optional<std::time_t> parse_http_date(std::string_view text) {
  // libcurl reads the date (names of days and months, ranges, two-digit years), but it also
  // reads many other styles ("06 Nov 1994") and stops once it has a whole date, leaving
  // trailing words unread: the value must first have the shape of one of the three forms
  // (RFC 9110's grammar).
  static const Pattern kForms =
      Pattern::compile("[A-Za-z]{3}, \\d{2} [A-Za-z]{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"
                       "|[A-Za-z]+, \\d{2}-[A-Za-z]{3}-\\d{2} \\d{2}:\\d{2}:\\d{2} GMT"
                       "|[A-Za-z]{3} [A-Za-z]{3} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4}",
                       "HTTP date")
          .value();
  const std::string value(text);
  if (!kForms.full_match(value)) return std::nullopt;
  const std::time_t seconds = curl_getdate(value.c_str(), nullptr);
  if (seconds == -1) return std::nullopt;  // also 1969-12-31 23:59:59, which no server sends
  return seconds;
}

}  // namespace coi
