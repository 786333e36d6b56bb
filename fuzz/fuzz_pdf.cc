// PDF bytes through the whole pipeline, as `coi convert` runs it.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "pipeline/config.h"
#include "pipeline/runner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const coi::Config config = coi::default_config().value();
  static const std::string path = "/tmp/coi-fuzz-" + std::to_string(::getpid()) + ".pdf";
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  coi::Diagnostics diag;
  coi::Result<coi::Doc> doc = coi::convert_pdf(path, config, {}, diag);
  (void)doc;
  return 0;
}
