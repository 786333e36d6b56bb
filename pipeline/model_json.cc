#include "pipeline/model_json.h"

#include <cmath>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace coi {

using nlohmann::json;
// Keys in insertion order, so the output reads like MODEL.md (type first) and is deterministic.
using ojson = nlohmann::ordered_json;

namespace {

// ---------------------------------------------------------------------------------------------
// Names of enum values in the JSON.

const char* block_kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return "heading";
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kList: return "list";
    case BlockKind::kQuote: return "quote";
    case BlockKind::kTable: return "table";
    case BlockKind::kFigure: return "figure";
    case BlockKind::kBackToContents: return "back_to_contents";
    case BlockKind::kToc: return "toc";
  }
  return "paragraph";
}

const char* inline_kind_name(InlineKind kind) {
  switch (kind) {
    case InlineKind::kText: return "text";
    case InlineKind::kStrong: return "strong";
    case InlineKind::kLink: return "link";
    case InlineKind::kXref: return "xref";
    case InlineKind::kFootnoteRef: return "fnref";
  }
  return "text";
}

const char* value_type_name(TypedValue::Type type) {
  switch (type) {
    case TypedValue::Type::kNone: return "none";
    case TypedValue::Type::kInteger: return "integer";
    case TypedValue::Type::kDecimal: return "decimal";
    case TypedValue::Type::kPercent: return "percent";
    case TypedValue::Type::kCurrency: return "currency";
    case TypedValue::Type::kRange: return "range";
    case TypedValue::Type::kMissing: return "missing";
  }
  return "none";
}

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "warning";
}

template <typename Enum, size_t N>
Enum parse_enum(const std::string& name, const std::pair<const char*, Enum> (&table)[N],
                const char* what) {
  for (const auto& [text, value] : table) {
    if (name == text) return value;
  }
  throw std::runtime_error(std::string("unknown ") + what + " \"" + name + "\"");
}

const std::pair<const char*, BlockKind> kBlockKinds[] = {
    {"heading", BlockKind::kHeading}, {"paragraph", BlockKind::kParagraph},
    {"list", BlockKind::kList},       {"quote", BlockKind::kQuote},
    {"table", BlockKind::kTable},     {"figure", BlockKind::kFigure},
    {"back_to_contents", BlockKind::kBackToContents}, {"toc", BlockKind::kToc}};
const std::pair<const char*, InlineKind> kInlineKinds[] = {
    {"text", InlineKind::kText}, {"strong", InlineKind::kStrong}, {"link", InlineKind::kLink},
    {"xref", InlineKind::kXref}, {"fnref", InlineKind::kFootnoteRef}};
const std::pair<const char*, TypedValue::Type> kValueTypes[] = {
    {"none", TypedValue::Type::kNone},         {"integer", TypedValue::Type::kInteger},
    {"decimal", TypedValue::Type::kDecimal},   {"percent", TypedValue::Type::kPercent},
    {"currency", TypedValue::Type::kCurrency}, {"range", TypedValue::Type::kRange},
    {"missing", TypedValue::Type::kMissing}};
const std::pair<const char*, Severity> kSeverities[] = {
    {"info", Severity::kInfo}, {"warning", Severity::kWarning}, {"error", Severity::kError}};

// ---------------------------------------------------------------------------------------------
// Writing.

// Two decimals are far below a glyph's size and keep the output stable across platforms.
double rounded(double v) { return std::round(v * 100.0) / 100.0; }

ojson places_json(const Places& places) {
  ojson out = ojson::array();
  for (const Place& p : places) {
    out.push_back({{"page", p.page},
                   {"box", {rounded(p.box.x0), rounded(p.box.y0), rounded(p.box.x1),
                            rounded(p.box.y1)}}});
  }
  return out;
}

ojson inlines_json(const Inlines& inlines) {
  ojson out = ojson::array();
  for (const Inline& run : inlines) {
    ojson j = {{"t", inline_kind_name(run.kind)}};
    if (run.kind == InlineKind::kFootnoteRef) {
      j["n"] = run.footnote;
    } else {
      j["v"] = run.text;
    }
    if (run.kind == InlineKind::kLink) j["url"] = run.url;
    if (run.kind == InlineKind::kXref) j["target"] = run.target;
    out.push_back(std::move(j));
  }
  return out;
}

ojson value_json(const TypedValue& v) {
  ojson j = {{"type", value_type_name(v.type)}};
  if (v.type != TypedValue::Type::kMissing) j["value"] = v.value;
  if (v.type == TypedValue::Type::kRange) j["high"] = v.high;
  if (!v.unit.empty()) j["unit"] = v.unit;
  if (v.marked) j["marked"] = true;
  return j;
}

ojson table_rows_json(const Table& table) {
  ojson rows = ojson::array();
  for (const auto& row : table.rows) {
    ojson cells = ojson::array();
    for (const Cell& cell : row) {
      ojson c = {{"inlines", inlines_json(cell.inlines)},
                 {"colspan", cell.colspan},
                 {"rowspan", cell.rowspan}};
      if (cell.header) c["header"] = true;
      if (cell.value.type != TypedValue::Type::kNone) c["value"] = value_json(cell.value);
      c["where"] = places_json(cell.where);
      cells.push_back(std::move(c));
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

ojson block_json(const Block& b) {
  ojson j = {{"type", block_kind_name(b.kind)}, {"id", b.id}};
  if (!b.part.empty()) j["part"] = b.part;
  switch (b.kind) {
    case BlockKind::kHeading:
      j["level"] = b.level;
      j["number"] = b.number.empty() ? ojson(nullptr) : ojson(b.number);
      j["text"] = plain_text(b.inlines);
      j["inlines"] = inlines_json(b.inlines);
      break;
    case BlockKind::kParagraph:
      j["number"] = b.number.empty() ? ojson(nullptr) : ojson(b.number);
      j["inlines"] = inlines_json(b.inlines);
      break;
    case BlockKind::kQuote:
      j["inlines"] = inlines_json(b.inlines);
      break;
    case BlockKind::kList: {
      j["ordered"] = b.ordered;
      ojson items = ojson::array();
      for (const ListItem& item : b.items) {
        items.push_back({{"inlines", inlines_json(item.inlines)},
                         {"level", item.level},
                         {"where", places_json(item.where)}});
      }
      j["items"] = std::move(items);
      break;
    }
    case BlockKind::kTable:
      j["header_rows"] = b.table.header_rows;
      j["column_types"] = b.table.column_types;
      j["rows"] = table_rows_json(b.table);
      break;
    case BlockKind::kFigure:
      j["alt"] = b.alt;
      break;
    case BlockKind::kToc: {
      ojson entries = ojson::array();
      for (const TocEntry& e : b.toc) {
        entries.push_back({{"text", e.text},
                           {"number", e.number.empty() ? ojson(nullptr) : ojson(e.number)},
                           {"page", e.page},
                           {"level", e.level}});
      }
      j["entries"] = std::move(entries);
      break;
    }
    case BlockKind::kBackToContents:
      break;
  }
  j["signal"] = b.signal == Signal::kStructTree ? "structure-tree" : "layout";
  j["where"] = places_json(b.where);
  return j;
}

ojson source_json(const Source& s) {
  return {{"id", s.id},         {"group", s.group},   {"author", s.author},
          {"title", s.title},   {"url", s.url},       {"detail", s.detail},
          {"date", s.date},     {"accessed", s.accessed},
          {"inlines", inlines_json(s.inlines)},       {"where", places_json(s.where)}};
}

ojson stats_json(const Doc& doc) {
  int numbered = 0, paragraphs = 0, tables = 0, lists = 0, headings = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kParagraph) {
      ++paragraphs;
      if (!b.number.empty()) ++numbered;
    }
    tables += b.kind == BlockKind::kTable;
    lists += b.kind == BlockKind::kList;
    headings += b.kind == BlockKind::kHeading;
  }
  int resolved = 0, warnings = 0;
  for (const Footnote& f : doc.footnotes) resolved += !f.source_id.empty();
  for (const Diagnostic& d : doc.diagnostics) warnings += d.severity != Severity::kInfo;
  return {{"blocks", doc.blocks.size()},   {"paragraphs", paragraphs},
          {"numbered_paragraphs", numbered}, {"headings", headings},
          {"lists", lists},                {"tables", tables},
          {"footnotes", doc.footnotes.size()}, {"footnotes_resolved", resolved},
          {"sources", doc.sources.size()}, {"warnings", warnings}};
}

}  // namespace

std::string write_model_json(const Doc& doc, bool pretty) {
  ojson root;
  root["coi_format"] = kModelFormatVersion;
  root["source"] = doc.source_name;
  root["meta"] = {{"kind", doc.meta.kind},       {"title", doc.meta.title},
                  {"country", doc.meta.country}, {"publisher", doc.meta.publisher},
                  {"version", doc.meta.version}, {"date", doc.meta.date},
                  {"valid_from", doc.meta.valid_from}, {"cutoff", doc.meta.cutoff}};
  ojson blocks = ojson::array();
  for (const Block& b : doc.blocks) blocks.push_back(block_json(b));
  root["blocks"] = std::move(blocks);
  ojson footnotes = ojson::array();
  for (const Footnote& f : doc.footnotes) {
    footnotes.push_back({{"n", f.number},
                         {"inlines", inlines_json(f.inlines)},
                         {"source", f.source_id.empty() ? ojson(nullptr) : ojson(f.source_id)},
                         {"method", f.method},
                         {"confidence", rounded(f.confidence)},
                         {"cited_by", f.cited_by},
                         {"where", places_json(f.where)}});
    if (f.signal == Signal::kStructTree) footnotes.back()["signal"] = "structure-tree";
  }
  root["footnotes"] = std::move(footnotes);
  ojson cited = ojson::array(), consulted = ojson::array();
  for (const Source& s : doc.sources) (s.list == "consulted" ? consulted : cited).push_back(source_json(s));
  root["bibliography"] = {{"cited", std::move(cited)}, {"consulted", std::move(consulted)}};
  ojson diagnostics = ojson::array();
  for (const Diagnostic& d : doc.diagnostics) {
    diagnostics.push_back({{"severity", severity_name(d.severity)}, {"code", d.code},
                           {"message", d.message}, {"stage", d.stage},
                           {"page", d.page},        {"block", d.block}});
  }
  root["diagnostics"] = std::move(diagnostics);
  root["stats"] = stats_json(doc);
  // Invalid UTF-8 is replaced rather than thrown on: text comes from arbitrary PDFs.
  return root.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace) + "\n";
}

// ---------------------------------------------------------------------------------------------
// Reading. nlohmann throws on type errors; read_model_json catches them at this seam.

namespace {

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  return it->get<std::string>();
}

template <typename T>
T num(const json& j, const char* key, T fallback) {
  auto it = j.find(key);
  return (it == j.end() || it->is_null()) ? fallback : it->get<T>();
}

Places read_places(const json& j) {
  Places places;
  auto it = j.find("where");
  if (it == j.end()) return places;
  for (const json& p : *it) {
    const json& b = p.at("box");
    places.push_back(Place{p.at("page").get<int>(),
                           Box{b.at(0).get<double>(), b.at(1).get<double>(),
                               b.at(2).get<double>(), b.at(3).get<double>()}});
  }
  return places;
}

Inlines read_inlines(const json& j) {
  Inlines out;
  auto it = j.find("inlines");
  if (it == j.end()) return out;
  for (const json& r : *it) {
    Inline run;
    run.kind = parse_enum(r.at("t").get<std::string>(), kInlineKinds, "inline type");
    run.text = str(r, "v");
    run.url = str(r, "url");
    run.target = str(r, "target");
    run.footnote = num(r, "n", 0);
    out.push_back(std::move(run));
  }
  return out;
}

Table read_table(const json& j) {
  Table t;
  t.header_rows = num(j, "header_rows", 0);
  if (auto it = j.find("column_types"); it != j.end()) {
    t.column_types = it->get<std::vector<std::string>>();
  }
  for (const json& row : j.at("rows")) {
    std::vector<Cell> cells;
    for (const json& c : row) {
      Cell cell;
      cell.inlines = read_inlines(c);
      cell.colspan = num(c, "colspan", 1);
      cell.rowspan = num(c, "rowspan", 1);
      cell.header = num(c, "header", false);
      if (auto v = c.find("value"); v != c.end()) {
        cell.value.type = parse_enum(v->at("type").get<std::string>(), kValueTypes, "value type");
        cell.value.value = num(*v, "value", 0.0);
        cell.value.high = num(*v, "high", 0.0);
        cell.value.unit = str(*v, "unit");
        cell.value.marked = num(*v, "marked", false);
      }
      cell.where = read_places(c);
      cells.push_back(std::move(cell));
    }
    t.rows.push_back(std::move(cells));
  }
  return t;
}

Block read_block(const json& j) {
  Block b;
  b.kind = parse_enum(j.at("type").get<std::string>(), kBlockKinds, "block type");
  b.id = str(j, "id");
  b.part = str(j, "part");
  b.level = num(j, "level", 0);
  b.number = str(j, "number");
  b.inlines = read_inlines(j);
  if (b.kind == BlockKind::kHeading && b.inlines.empty()) {
    b.inlines.push_back(Inline{InlineKind::kText, str(j, "text"), "", "", 0});
  }
  b.ordered = num(j, "ordered", false);
  if (auto it = j.find("items"); it != j.end()) {
    for (const json& i : *it) {
      b.items.push_back(ListItem{read_inlines(i), num(i, "level", 1), read_places(i)});
    }
  }
  if (b.kind == BlockKind::kTable) b.table = read_table(j);
  b.alt = str(j, "alt");
  if (auto it = j.find("entries"); it != j.end()) {
    for (const json& e : *it) {
      b.toc.push_back(TocEntry{str(e, "text"), str(e, "number"), num(e, "page", 0),
                               num(e, "level", 1)});
    }
  }
  b.signal = str(j, "signal") == "structure-tree" ? Signal::kStructTree : Signal::kLayout;
  b.where = read_places(j);
  return b;
}

void read_sources(const json& list, const char* name, std::vector<Source>& out) {
  for (const json& s : list) {
    Source src;
    src.id = str(s, "id");
    src.list = name;
    src.group = str(s, "group");
    src.author = str(s, "author");
    src.title = str(s, "title");
    src.url = str(s, "url");
    src.detail = str(s, "detail");
    src.date = str(s, "date");
    src.accessed = str(s, "accessed");
    src.inlines = read_inlines(s);
    src.where = read_places(s);
    out.push_back(std::move(src));
  }
}

Doc read_doc(const json& root) {
  Doc doc;
  doc.source_name = str(root, "source");
  if (auto m = root.find("meta"); m != root.end()) {
    doc.meta = Meta{str(*m, "kind"),    str(*m, "title"), str(*m, "country"),
                    str(*m, "publisher"), str(*m, "version"), str(*m, "date"),
                    str(*m, "valid_from"), str(*m, "cutoff")};
  }
  for (const json& b : root.at("blocks")) doc.blocks.push_back(read_block(b));
  if (auto it = root.find("footnotes"); it != root.end()) {
    for (const json& f : *it) {
      Footnote note;
      note.number = f.at("n").get<int>();
      note.inlines = read_inlines(f);
      note.source_id = str(f, "source");
      note.method = str(f, "method");
      note.confidence = num(f, "confidence", 0.0);
      if (auto c = f.find("cited_by"); c != f.end()) {
        note.cited_by = c->get<std::vector<std::string>>();
      }
      note.where = read_places(f);
      if (str(f, "signal") == "structure-tree") note.signal = Signal::kStructTree;
      doc.footnotes.push_back(std::move(note));
    }
  }
  if (auto bib = root.find("bibliography"); bib != root.end()) {
    if (auto c = bib->find("cited"); c != bib->end()) read_sources(*c, "cited", doc.sources);
    if (auto c = bib->find("consulted"); c != bib->end()) read_sources(*c, "consulted", doc.sources);
  }
  if (auto it = root.find("diagnostics"); it != root.end()) {
    for (const json& d : *it) {
      doc.diagnostics.push_back(Diagnostic{
          parse_enum(d.at("severity").get<std::string>(), kSeverities, "severity"),
          str(d, "code"), str(d, "message"), str(d, "stage"), num(d, "page", 0), str(d, "block")});
    }
  }
  return doc;
}

}  // namespace

Result<Doc> read_model_json(std::string_view text, std::string_view name, JsonFlavor flavor) {
  const std::string where(name);
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return Status(StatusCode::kFormat, "not valid JSON", where);
  if (!root.is_object()) return Status(StatusCode::kFormat, "not a note model (no object)", where);
  if (flavor == JsonFlavor::kCoi) {
    auto version = root.find("coi_format");
    if (version == root.end() || !version->is_number_integer()) {
      return Status(StatusCode::kFormat, "not a coi JSON (no coi_format field)", where);
    }
    if (version->get<int>() != kModelFormatVersion) {
      return Status(StatusCode::kFormat,
                    "coi_format " + std::to_string(version->get<int>()) +
                        " is not supported (this coi reads format " +
                        std::to_string(kModelFormatVersion) + ")",
                    where);
    }
  }
  try {
    return read_doc(root);
  } catch (const std::exception& e) {
    return Status(StatusCode::kFormat, std::string("malformed note model: ") + e.what(), where);
  }
}

Result<Doc> load_model_json(const std::string& path, JsonFlavor flavor) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open file", path);
  std::ostringstream text;
  text << in.rdbuf();
  return read_model_json(text.str(), path, flavor);
}

}  // namespace coi
