// The TOML configuration loader on arbitrary text.
#include <cstdint>
#include <string_view>

#include "pipeline/config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  coi::Result<coi::Config> config = coi::parse_config(text, "fuzz.toml");
  (void)config;
  return 0;
}
