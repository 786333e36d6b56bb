#include "pipeline/diagnostics.h"

#include <algorithm>

namespace coi {

void Diagnostics::warn(std::string code, std::string message, int page, std::string block) {
  record(Severity::kWarning, std::move(code), std::move(message), page, std::move(block));
}

void Diagnostics::info(std::string code, std::string message, int page, std::string block) {
  record(Severity::kInfo, std::move(code), std::move(message), page, std::move(block));
}

int Diagnostics::warning_count() const {
  return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity != Severity::kInfo;
  }));
}

void Diagnostics::record(Severity severity, std::string code, std::string message, int page,
                         std::string block) {
  items_.push_back(Diagnostic{severity, std::move(code), std::move(message), stage_, page,
                              std::move(block)});
}

}  // namespace coi
