#include "pipeline/model_json.h"

#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "pipeline/decimal.h"
#include "pipeline/doc_stats.h"
#include "pipeline/json_writer.h"
#include "pipeline/model_names.h"

namespace coi {

using nlohmann::json;

namespace {

// ---------------------------------------------------------------------------------------------
// Writing.

// Two decimals are far below a glyph's size and keep the output stable across platforms.
double rounded(double v) { return round_half_away(v * 100.0) / 100.0; }

// The writers below stream members in the order docs/MODEL.md lists them (type first).

void write_places(JsonWriter& w, const Places& places) {
  w.begin_array();
  for (const Place& p : places) {
    w.begin_object();
    w.field("page", p.page);
    w.key("box");
    w.begin_array();
    for (double v : {p.box.x0, p.box.y0, p.box.x1, p.box.y1}) w.value(rounded(v));
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

void write_inlines(JsonWriter& w, const Inlines& inlines) {
  w.begin_array();
  for (const Inline& run : inlines) {
    w.begin_object();
    w.field("t", name_of(run.kind));
    if (run.kind == InlineKind::kFootnoteRef) {
      w.field("n", run.footnote);
    } else {
      w.field("v", run.text);
    }
    if (run.kind == InlineKind::kLink) w.field("url", run.url);
    if (run.kind == InlineKind::kXref) w.field("target", run.target);
    w.end_object();
  }
  w.end_array();
}

void write_strings(JsonWriter& w, const std::vector<std::string>& strings) {
  w.begin_array();
  for (const std::string& s : strings) w.value(s);
  w.end_array();
}

void write_value(JsonWriter& w, const TypedValue& v) {
  w.begin_object();
  w.field("type", name_of(v.type));
  if (v.type != TypedValue::Type::kMissing) w.field("value", v.value);
  if (v.type == TypedValue::Type::kRange) w.field("high", v.high);
  if (!v.unit.empty()) w.field("unit", v.unit);
  if (v.marked) w.field("marked", true);
  w.end_object();
}

void write_table_rows(JsonWriter& w, const Table& table) {
  w.begin_array();
  for (const auto& row : table.rows) {
    w.begin_array();
    for (const Cell& cell : row) {
      w.begin_object();
      w.key("inlines");
      write_inlines(w, cell.inlines);
      w.field("colspan", cell.colspan);
      w.field("rowspan", cell.rowspan);
      if (cell.header) w.field("header", true);
      if (cell.value.type != TypedValue::Type::kNone) {
        w.key("value");
        write_value(w, cell.value);
      }
      w.key("where");
      write_places(w, cell.where);
      w.end_object();
    }
    w.end_array();
  }
  w.end_array();
}

// The members only some kinds of block have.
void write_block_body(JsonWriter& w, const Block& b) {
  switch (b.kind) {
    case BlockKind::kHeading:
      w.field("level", b.level);
      w.string_or_null("number", b.number);
      w.field("text", plain_text(b.inlines));
      w.key("inlines");
      write_inlines(w, b.inlines);
      break;
    case BlockKind::kParagraph:
      w.string_or_null("number", b.number);
      w.key("inlines");
      write_inlines(w, b.inlines);
      break;
    case BlockKind::kQuote:
      w.key("inlines");
      write_inlines(w, b.inlines);
      break;
    case BlockKind::kList:
      w.field("ordered", b.ordered);
      w.key("items");
      w.begin_array();
      for (const ListItem& item : b.items) {
        w.begin_object();
        w.key("inlines");
        write_inlines(w, item.inlines);
        w.field("level", item.level);
        w.key("where");
        write_places(w, item.where);
        w.end_object();
      }
      w.end_array();
      break;
    case BlockKind::kTable:
      w.field("header_rows", b.table.header_rows);
      w.key("column_types");
      w.begin_array();
      for (const TypedValue::Type type : b.table.column_types) w.value(name_of(type));
      w.end_array();
      w.key("rows");
      write_table_rows(w, b.table);
      break;
    case BlockKind::kFigure:
      w.field("alt", b.alt);
      break;
    case BlockKind::kToc:
      w.key("entries");
      w.begin_array();
      for (const TocEntry& e : b.toc) {
        w.begin_object();
        w.field("text", e.text);
        w.string_or_null("number", e.number);
        w.field("page", e.page);
        w.field("level", e.level);
        w.end_object();
      }
      w.end_array();
      break;
    case BlockKind::kBackToContents:
      break;
  }
}

void write_block(JsonWriter& w, const Block& b) {
  w.begin_object();
  w.field("type", name_of(b.kind));
  w.field("id", b.id);
  if (!b.part.empty()) w.field("part", b.part);
  write_block_body(w, b);
  w.field("signal", name_of(b.signal));
  w.key("where");
  write_places(w, b.where);
  w.end_object();
}

void write_footnote(JsonWriter& w, const Footnote& f) {
  w.begin_object();
  w.field("n", f.number);
  w.key("inlines");
  write_inlines(w, f.inlines);
  w.string_or_null("source", f.source_id);
  w.field("method", name_of(f.method));
  w.field("confidence", rounded(f.confidence));
  w.key("cited_by");
  write_strings(w, f.cited_by);
  w.key("where");
  write_places(w, f.where);
  // Written only when the structure tree decided, so untagged outputs stay as they were.
  if (f.signal == Signal::kStructTree) w.field("signal", name_of(f.signal));
  w.end_object();
}

void write_source(JsonWriter& w, const Source& s) {
  w.begin_object();
  w.field("id", s.id);
  w.field("group", s.group);
  w.field("author", s.author);
  w.field("title", s.title);
  w.field("url", s.url);
  w.field("detail", s.detail);
  w.field("date", s.date);
  w.field("accessed", s.accessed);
  w.key("inlines");
  write_inlines(w, s.inlines);
  w.key("where");
  write_places(w, s.where);
  w.end_object();
}

void write_bibliography(JsonWriter& w, const Doc& doc) {
  w.begin_object();
  for (const SourceList list : {SourceList::kCited, SourceList::kConsulted}) {
    w.key(name_of(list));
    w.begin_array();
    for (const Source& s : doc.sources) {
      if (s.list == list) write_source(w, s);
    }
    w.end_array();
  }
  w.end_object();
}

void write_diagnostic(JsonWriter& w, const Diagnostic& d) {
  w.begin_object();
  w.field("severity", name_of(d.severity));
  w.field("code", d.code);
  w.field("message", d.message);
  w.field("stage", d.stage);
  w.field("page", d.page);
  w.field("block", d.block);
  w.end_object();
}

void write_stats(JsonWriter& w, const Doc& doc, const Diagnostics& findings) {
  const DocStats stats = count_stats(doc, findings);
  w.begin_object();
  w.field("blocks", stats.blocks);
  w.field("paragraphs", stats.paragraphs);
  w.field("numbered_paragraphs", stats.numbered_paragraphs);
  w.field("headings", stats.headings);
  w.field("lists", stats.lists);
  w.field("tables", stats.tables);
  w.field("footnotes", stats.footnotes);
  w.field("footnotes_resolved", stats.footnotes_resolved);
  w.field("sources", stats.sources);
  w.field("warnings", stats.warnings);
  w.end_object();
}

void write_meta(JsonWriter& w, const Meta& meta) {
  w.begin_object();
  w.field("kind", meta.kind);
  w.field("title", meta.title);
  w.field("country", meta.country);
  w.field("publisher", meta.publisher);
  w.field("version", meta.version);
  w.field("date", meta.date);
  w.field("valid_from", meta.valid_from);
  w.field("cutoff", meta.cutoff);
  w.end_object();
}

// Room for the JSON of `doc`, from its words: the held-out notes write 38 (the France note, mostly
// prose) to 81 bytes a word (a note of many tables, each cell with its place), pretty-printed.
// Pages of the string never written are never touched, so erring high costs nothing; erring low
// copies the text once more as it grows, as it did each time it doubled before.
size_t expected_size(const Doc& doc) {
  constexpr size_t kBytesPerWord = 96;
  size_t words = 0;
  for (const Page& page : doc.pages) words += page.words.size();
  return 4096 + kBytesPerWord * words;
}

}  // namespace

std::string write_model_json(const Doc& doc, const Diagnostics& findings, bool pretty) {
  // Invalid UTF-8 (text comes from arbitrary PDFs) is replaced, as json::dump's
  // error_handler_t::replace does.
  JsonWriter w(pretty);
  w.reserve(expected_size(doc));
  w.begin_object();
  w.field("coi_format", kModelFormatVersion);
  w.field("source", doc.source_name);
  w.key("meta");
  write_meta(w, doc.meta);
  w.key("blocks");
  w.begin_array();
  for (const Block& b : doc.blocks) write_block(w, b);
  w.end_array();
  w.key("footnotes");
  w.begin_array();
  for (const Footnote& f : doc.footnotes) write_footnote(w, f);
  w.end_array();
  w.key("bibliography");
  write_bibliography(w, doc);
  w.key("diagnostics");
  w.begin_array();
  for (const Diagnostic& d : findings.items()) write_diagnostic(w, d);
  w.end_array();
  w.key("stats");
  write_stats(w, doc, findings);
  w.end_object();
  std::string text = w.take();
  text += '\n';
  return text;
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

// The value name_of calls `name`; an unknown name throws, as nlohmann's type errors do.
template <typename Enum>
Enum parse_enum(const std::string& name, const char* what) {
  if (const std::optional<Enum> value = enum_named<Enum>(name)) return *value;
  throw std::runtime_error(std::string("unknown ") + what + " \"" + name + "\"");
}

// The value named at `key`; `fallback` when the key is absent or null (a corpus note has none).
template <typename Enum>
Enum enum_at(const json& j, const char* key, Enum fallback, const char* what) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  return parse_enum<Enum>(it->get<std::string>(), what);
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
    run.kind = parse_enum<InlineKind>(r.at("t").get<std::string>(), "inline type");
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
    for (const json& type : *it) {
      t.column_types.push_back(parse_enum<TypedValue::Type>(type.get<std::string>(), "column type"));
    }
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
        cell.value.type = parse_enum<TypedValue::Type>(v->at("type").get<std::string>(), "value type");
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
  b.kind = parse_enum<BlockKind>(j.at("type").get<std::string>(), "block type");
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
  b.signal = enum_at(j, "signal", Signal::kLayout, "signal");
  b.where = read_places(j);
  return b;
}

void read_sources(const json& entries, SourceList list, std::vector<Source>& out) {
  for (const json& s : entries) {
    Source src;
    src.id = str(s, "id");
    src.list = list;
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

Doc read_doc(const json& root, Diagnostics& findings) {
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
      note.method = enum_at(f, "method", ResolveMethod::kNone, "resolution method");
      note.confidence = num(f, "confidence", 0.0);
      if (auto c = f.find("cited_by"); c != f.end()) {
        note.cited_by = c->get<std::vector<std::string>>();
      }
      note.where = read_places(f);
      note.signal = enum_at(f, "signal", Signal::kLayout, "signal");
      doc.footnotes.push_back(std::move(note));
    }
  }
  if (auto bib = root.find("bibliography"); bib != root.end()) {
    for (const SourceList list : {SourceList::kCited, SourceList::kConsulted}) {
      if (auto c = bib->find(name_of(list)); c != bib->end()) read_sources(*c, list, doc.sources);
    }
  }
  if (auto it = root.find("diagnostics"); it != root.end()) {
    for (const json& d : *it) {
      findings.add(Diagnostic{parse_enum<Severity>(d.at("severity").get<std::string>(), "severity"),
                              str(d, "code"), str(d, "message"), str(d, "stage"),
                              num(d, "page", 0), str(d, "block")});
    }
  }
  return doc;
}

}  // namespace

Result<Doc> read_model_json(std::string_view text, std::string_view name, JsonFlavor flavor,
                            Diagnostics* findings) {
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
    // Read into a list of its own, so that a malformed file adds nothing to `findings`.
    Diagnostics read;
    Doc doc = read_doc(root, read);
    if (findings != nullptr) {
      for (const Diagnostic& d : read.items()) findings->add(d);
    }
    return doc;
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
