// Paragraph numbers ("4.1.2") as the model stores them, compared in document order.
#pragma once

#include <string>

namespace coi {

/// True when paragraph number `a` ("4.1.2") comes before `b` ("4.1.10") in document order.
bool number_precedes(const std::string& a, const std::string& b);

}  // namespace coi
