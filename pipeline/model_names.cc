#include "pipeline/model_names.h"

#include <span>
#include <utility>

namespace coi {

namespace {

template <typename Enum>
using NameTable = std::span<const std::pair<Enum, const char*>>;

// One table per enumeration, listing every value: name_of reads it one way, enum_named the other.
constexpr std::pair<BlockKind, const char*> kBlockKinds[] = {
    {BlockKind::kHeading, "heading"}, {BlockKind::kParagraph, "paragraph"},
    {BlockKind::kList, "list"},       {BlockKind::kQuote, "quote"},
    {BlockKind::kTable, "table"},     {BlockKind::kFigure, "figure"},
    {BlockKind::kBackToContents, "back_to_contents"}, {BlockKind::kToc, "toc"}};
constexpr std::pair<InlineKind, const char*> kInlineKinds[] = {
    {InlineKind::kText, "text"}, {InlineKind::kStrong, "strong"}, {InlineKind::kLink, "link"},
    {InlineKind::kXref, "xref"}, {InlineKind::kFootnoteRef, "fnref"}};
constexpr std::pair<TypedValue::Type, const char*> kValueTypes[] = {
    {TypedValue::Type::kNone, "text"},         {TypedValue::Type::kInteger, "integer"},
    {TypedValue::Type::kDecimal, "decimal"},   {TypedValue::Type::kPercent, "percent"},
    {TypedValue::Type::kCurrency, "currency"}, {TypedValue::Type::kRange, "range"},
    {TypedValue::Type::kMissing, "missing"}};
constexpr std::pair<Signal, const char*> kSignals[] = {{Signal::kLayout, "layout"},
                                                       {Signal::kStructTree, "structure-tree"}};
constexpr std::pair<ResolveMethod, const char*> kResolveMethods[] = {
    {ResolveMethod::kNone, ""},
    {ResolveMethod::kUrl, "url"},
    {ResolveMethod::kAliasTitle, "alias-title"},
    {ResolveMethod::kTitle, "title"},
    {ResolveMethod::kAliasFuzzy, "alias-fuzzy"},
    {ResolveMethod::kAmbiguous, "ambiguous"}};
constexpr std::pair<SourceList, const char*> kSourceLists[] = {
    {SourceList::kCited, "cited"}, {SourceList::kConsulted, "consulted"}};
constexpr std::pair<Severity, const char*> kSeverities[] = {
    {Severity::kInfo, "info"}, {Severity::kWarning, "warning"}, {Severity::kError, "error"}};

NameTable<BlockKind> table_of(BlockKind) { return kBlockKinds; }
NameTable<InlineKind> table_of(InlineKind) { return kInlineKinds; }
NameTable<TypedValue::Type> table_of(TypedValue::Type) { return kValueTypes; }
NameTable<Signal> table_of(Signal) { return kSignals; }
NameTable<ResolveMethod> table_of(ResolveMethod) { return kResolveMethods; }
NameTable<SourceList> table_of(SourceList) { return kSourceLists; }
NameTable<Severity> table_of(Severity) { return kSeverities; }

template <typename Enum>
const char* lookup(Enum value) {
  const NameTable<Enum> table = table_of(value);
  for (const auto& [entry, name] : table) {
    if (entry == value) return name;
  }
  return table.front().second;  // unreachable: every table lists every value
}

}  // namespace

const char* name_of(BlockKind kind) { return lookup(kind); }
const char* name_of(InlineKind kind) { return lookup(kind); }
const char* name_of(TypedValue::Type type) { return lookup(type); }
const char* name_of(Signal signal) { return lookup(signal); }
const char* name_of(ResolveMethod method) { return lookup(method); }
const char* name_of(SourceList list) { return lookup(list); }
const char* name_of(Severity severity) { return lookup(severity); }

template <typename Enum>
std::optional<Enum> enum_named(std::string_view name) {
  for (const auto& [value, text] : table_of(Enum{})) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template std::optional<BlockKind> enum_named(std::string_view);
template std::optional<InlineKind> enum_named(std::string_view);
template std::optional<TypedValue::Type> enum_named(std::string_view);
template std::optional<Signal> enum_named(std::string_view);
template std::optional<ResolveMethod> enum_named(std::string_view);
template std::optional<SourceList> enum_named(std::string_view);
template std::optional<Severity> enum_named(std::string_view);

}  // namespace coi
