// The JSON form of the model: written by the JSON emitter, read back by `coi diff`, `coi links`
// and the tests. It is the note format of docs/MODEL.md (blocks, inlines, footnotes,
// bibliography) plus coi's additions: a format version, IDs, provenance, footnote resolution and
// the run's diagnostics (which the Doc does not hold: they come from, and go back to, a
// Diagnostics).
// Only the semantic layer is serialised; pages, words and lines are not.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/status.h"

namespace coi {

/// Serialises the semantic layer of `doc` and the run's `findings` (its "diagnostics" and the
/// warnings of its "stats"). `pretty` indents by two spaces. Deterministic.
std::string write_model_json(const Doc& doc, const Diagnostics& findings, bool pretty);

/// How strictly to read.
enum class JsonFlavor {
  kCoi,     ///< written by coi: "coi_format" must equal kModelFormatVersion
  kCorpus,  ///< a bare note model (docs/MODEL.md), as the fixtures are: no version field
};

/// Parses a model JSON. `name` is used in error messages. Wrong shape or version -> kFormat.
/// The file's diagnostics are appended to `findings` when it is given (diff and links need
/// only the note).
Result<Doc> read_model_json(std::string_view text, std::string_view name, JsonFlavor flavor,
                            Diagnostics* findings = nullptr);

/// Reads a model JSON file from disk.
Result<Doc> load_model_json(const std::string& path, JsonFlavor flavor);

}  // namespace coi
