// HTTP dates (RFC 9110 section 5.6.7), for Retry-After and Date headers, read by libcurl's
// curl_getdate. Servers must send the IMF-fixdate form; recipients must also accept the two
// obsolete forms, and so do we.
#pragma once

#include <ctime>
#include <optional>
#include <string_view>

namespace coi {

/// Seconds since the epoch of "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT"
/// or "Sun Nov  6 08:49:37 1994"; nullopt for anything else.
std::optional<std::time_t> parse_http_date(std::string_view text);

}  // namespace coi
