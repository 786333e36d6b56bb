// The one name of each value of the model's enumerations, as every output writes and every
// reader reads it: the model JSON, the XML, the diff and the CLI. An output that writes another
// word for a value (the XML's element names for block and inline kinds, say) states so where it
// writes it; there is no second table.
#pragma once

#include <optional>
#include <string_view>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"

namespace coi {

/// "heading", "paragraph", "list", "quote", "table", "figure", "back_to_contents", "toc".
const char* name_of(BlockKind kind);
/// "text", "strong", "link", "xref", "fnref".
const char* name_of(InlineKind kind);
/// "text" (kNone: no value), "integer", "decimal", "percent", "currency", "range", "missing".
const char* name_of(TypedValue::Type type);
/// "layout", "structure-tree".
const char* name_of(Signal signal);
/// "" (kNone), "url", "alias-title", "title", "alias-fuzzy", "ambiguous".
const char* name_of(ResolveMethod method);
/// "cited", "consulted".
const char* name_of(SourceList list);
/// "info", "warning", "error".
const char* name_of(Severity severity);

/// The value of `Enum` that name_of calls `name`; nullopt when none is. `Enum` is one of the
/// enumerations above.
template <typename Enum>
std::optional<Enum> enum_named(std::string_view name);

}  // namespace coi
