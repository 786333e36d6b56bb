// Every stage after extract, fed synthetic pages of positioned words, rules and links.
// Any Status is fine; a crash, sanitizer report or hang is a finding.
#include <cstdint>

#include "fuzz/fuzz_input.h"
#include "pipeline/config.h"
#include "pipeline/stage.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const coi::Config config = coi::default_config().value();
  coi::fuzz::ByteReader in(data, size);
  coi::Doc doc = coi::fuzz::synthetic_doc(in);
  coi::Diagnostics diag;
  for (const coi::StageInfo& stage : coi::stage_table()) {
    if (stage.name == "extract") continue;
    coi::Result<coi::Doc> next = stage.run(std::move(doc), config, diag);
    if (!next.is_ok()) return 0;
    doc = std::move(next).value();
  }
  return 0;
}
