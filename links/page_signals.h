// What an HTML page says about itself, read from the first body_limit_bytes of a GET: its
// <title> and its main heading (the first <h1>), the two places where a "not found" page or a
// sign-in page says what it is.
#pragma once

#include <string>
#include <string_view>

namespace coi {

/// The text of the first <title> of an HTML prefix, entities decoded, spaces collapsed.
std::string html_title(std::string_view html);

/// The text of the first <h1> of an HTML prefix, inner tags dropped, entities decoded, spaces
/// collapsed.
std::string html_main_heading(std::string_view html);

}  // namespace coi
