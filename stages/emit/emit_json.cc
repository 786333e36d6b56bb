#include "pipeline/model_json.h"
#include "stages/emit/emit.h"

namespace coi {

Result<Doc> run_emit_json(Doc doc, const EmitConfig& config, Diagnostics& diag) {
  std::string text = write_model_json(doc, diag, config.pretty_json);
  doc.renderings.push_back(Rendering{"json", std::move(text)});
  return doc;
}

}  // namespace coi
