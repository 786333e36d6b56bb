// The JSON form of the model: written by the JSON emitter, read back by `coi diff`, `coi links`
// and the tests. It is MODEL.md's note format (blocks, inlines, footnotes, bibliography) plus
// coi's additions: a format version, IDs, provenance, footnote resolution and diagnostics.
// Only the semantic layer is serialised; pages, words and lines are not.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/model.h"
#include "pipeline/status.h"

namespace coi {

/// Serialises the semantic layer of `doc`. `pretty` indents by two spaces. Deterministic.
std::string write_model_json(const Doc& doc, bool pretty);

/// How strictly to read.
enum class JsonFlavor {
  kCoi,     ///< written by coi: "coi_format" must equal kModelFormatVersion
  kCorpus,  ///< a bare MODEL.md note (the ground truth files): no version field
};

/// Parses a model JSON. `name` is used in error messages. Wrong shape or version -> kFormat.
Result<Doc> read_model_json(std::string_view text, std::string_view name, JsonFlavor flavor);

/// Reads a model JSON file from disk.
Result<Doc> load_model_json(const std::string& path, JsonFlavor flavor);

}  // namespace coi
