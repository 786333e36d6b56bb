// The model JSON reader (what `coi diff` and `coi links` load) on arbitrary bytes, and the
// writer on whatever it accepted.
#include <cstdint>
#include <string_view>

#include "pipeline/model_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (coi::JsonFlavor flavor : {coi::JsonFlavor::kCoi, coi::JsonFlavor::kCorpus}) {
    coi::Result<coi::Doc> doc = coi::read_model_json(text, "fuzz.json", flavor);
    if (doc.is_ok()) (void)coi::write_model_json(doc.value(), false);
  }
  return 0;
}
