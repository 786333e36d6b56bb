// The XML emitter: a walk over the finished model streamed through libxml2's xmlTextWriter.
// The vocabulary (docs/FORMAT.md, schema docs/coi.rng) borrows from Akoma Ntoso (nested
// part/section/subsection/level containers, paragraph = num + content, eId, ref, noteRef, toc),
// legislation.gov.uk's CLML (footnotes out of line, referenced by ID, several marks per note),
// TEI (note, listBibl/bibl) and XHTML tables. This is the only file that includes libxml2.
//
// Steps:
//   1. meta, then the body: each heading opens a container of its level (1 part, 2 section,
//      3 subsection, 4 level) after closing the open containers of the same or a deeper level;
//      other blocks go into the innermost open container;
//   2. notes (footnotes with their source, method, confidence and citing blocks);
//   3. the bibliography, each source with the notes and blocks that cite it
//      (source <- footnotes <- blocks);
//   4. diagnostics, last, so that the "xml-invalid-char" warning counting every character
//      dropped in steps 1-4 can be added to the findings before they are written.
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "pipeline/model_names.h"
#include "pipeline/utf8.h"
#include "stages/emit/emit.h"
#include "stages/emit/xml_text.h"

namespace coi {

namespace {

constexpr const char* kNamespacePrefix = "urn:coi:note:";

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// Output sink of the libxml2 writer: the serialised document grows in a std::string.
int append_output(void* context, const char* buffer, int length) {
  static_cast<std::string*>(context)->append(buffer, static_cast<size_t>(length));
  return length;
}

// The entity for `c` in element content, as libxml2's serialiser escapes it (XML 1.0 section
// 2.4; CR as a character reference so that line-end normalisation keeps it); null when `c` stands
// for itself.
const char* text_entity(char c) {
  switch (c) {
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '&': return "&amp;";
    case '\r': return "&#13;";
    default: return nullptr;
  }
}

// The entity for `c` in a double-quoted attribute; tab, LF and CR as character references so
// that attribute-value normalisation keeps them.
const char* attribute_entity(char c) {
  switch (c) {
    case '"': return "&quot;";
    case '\t': return "&#9;";
    case '\n': return "&#10;";
    default: return text_entity(c);
  }
}

// `text` with each character that `entity` names replaced: `text` itself when there is none
// (most text), else a view of `out`, which receives the escaped copy in runs between entities.
// `specials` are the printable characters `entity` names (controls are looked at anyway).
template <const char* (*entity)(char), char... specials>
std::string_view escape(std::string_view text, std::string& out) {
  size_t plain = 0;  // start of the characters not yet copied
  for (size_t i = next_special<specials...>(text, 0); i < text.size();
       i = next_special<specials...>(text, i + 1)) {
    const char* replacement = entity(text[i]);
    if (replacement == nullptr) continue;
    if (plain == 0) out.clear();  // the first entity: the copy starts
    out.append(text.substr(plain, i - plain));
    out += replacement;
    plain = i + 1;
  }
  if (plain == 0) return text;
  out.append(text.substr(plain));
  return out;
}

// Streams the document through libxml2's xmlTextWriter, pretty-printed the way libxml2 formats
// a tree: an element holding only elements puts each child on its own line, indented two spaces
// a level; an element holding text ("mixed") is written on one line, with everything inside it.
// Calls follow document order: start(), then its attributes, then its content, then end().
// libxml2 signals failure (out of memory) with a negative count; the writer records the first
// one and later calls become no-ops, so the walk stays linear and the failure is reported
// once, as a Status, by finish().
class XmlWriter {
 public:
  /// `expected`: room for the document's text at once (see expected_size), so that a long
  /// note's XML is not copied each time it outgrows its string.
  explicit XmlWriter(size_t expected) {
    output_.reserve(expected);
    xmlOutputBufferPtr out = xmlOutputBufferCreateIO(append_output, nullptr, &output_, nullptr);
    if (out != nullptr) writer_ = xmlNewTextWriter(out);  // owns `out` from here on
    failed_ = writer_ == nullptr;
    raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }
  ~XmlWriter() {
    if (writer_ != nullptr) xmlFreeTextWriter(writer_);
  }
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  void start(const char* name) {
    if (failed_) return;
    if (!open_.empty()) {
      Frame& parent = open_.back();
      // Its first child ends the parent's start tag's line; later ones follow an end() whose
      // line end is pending: either way a line of their own.
      if (parent.indented) {
        new_line(open_.size());
      } else {
        write_pending_line_end();
      }
      parent.has_content = true;
    }
    check(xmlTextWriterStartElement(writer_, X(name)));
    open_.push_back(Frame{open_.empty() || open_.back().indented, false});
  }
  void end() {
    if (failed_ || open_.empty()) return;
    const Frame frame = open_.back();
    open_.pop_back();
    if (frame.indented && frame.has_content) {
      new_line(open_.size());
    } else {
      write_pending_line_end();
    }
    check(frame.has_content ? xmlTextWriterFullEndElement(writer_)
                            : xmlTextWriterEndElement(writer_));
    // The line end is written with whatever comes next (one libxml2 call for both).
    if (open_.empty() || open_.back().indented) line_end_pending_ = true;
  }
  /// An element holding only `value` as text.
  void text_element(const char* name, std::string_view value) {
    start(name);
    text(value);
    end();
  }
  void text(std::string_view value) {
    if (failed_ || value.empty()) return;
    const std::string_view clean = xml_clean(value, dropped_, cleaned_);
    if (clean.empty()) return;
    mark_mixed();
    raw(escape<text_entity, '<', '>', '&'>(clean, escaped_));
  }
  /// Marks the open element's content as text, so that it is never indented, and gives it an
  /// end tag even when nothing follows.
  void mark_mixed() {
    if (failed_ || open_.empty()) return;
    open_.back().indented = false;
    open_.back().has_content = true;
  }
  void attr(const char* name, std::string_view value) {
    if (failed_) return;
    const std::string_view clean = xml_clean(value, dropped_, cleaned_);
    check(xmlTextWriterStartAttribute(writer_, X(name)));
    raw(escape<attribute_entity, '<', '>', '&', '"'>(clean, escaped_));
    check(xmlTextWriterEndAttribute(writer_));
  }
  void attr_if(const char* name, std::string_view value) {
    if (!value.empty()) attr(name, value);
  }
  /// Counts what text() and attr() would drop from `value`, without writing it.
  int count_dropped(std::string_view value) const {
    int dropped = 0;
    std::string scratch;
    xml_clean(value, dropped, scratch);
    return dropped;
  }
  int dropped() const { return dropped_; }

  /// The serialised document, pretty-printed UTF-8, or the libxml2 failure as a Status.
  Result<std::string> finish(const std::string& where) {
    while (!failed_ && !open_.empty()) end();
    write_pending_line_end();
    if (!failed_) check(xmlTextWriterFlush(writer_));
    if (failed_) {
      const xmlError* error = xmlGetLastError();
      std::string message = "XML output failed in libxml2";
      if (error != nullptr && error->message != nullptr) {
        std::string detail = error->message;
        while (!detail.empty() && detail.back() == '\n') detail.pop_back();
        message += ": " + detail;
      }
      return Status(StatusCode::kIo, message, where);
    }
    return std::move(output_);
  }

 private:
  // An open element: whether its children go on lines of their own, and whether it has any.
  struct Frame {
    bool indented;
    bool has_content;
  };
  void raw(std::string_view text) {
    if (failed_ || text.empty()) return;
    write_pending_line_end();
    write_raw(text);
  }
  void write_raw(std::string_view text) {
    check(xmlTextWriterWriteRawLen(writer_, X(text.data()), static_cast<int>(text.size())));
  }
  // Each call to libxml2 costs about 300 instructions whatever its length, and a pretty-printed
  // line starts with a line end and an indentation: both go in one call.
  void new_line(size_t levels) {
    line_end_pending_ = false;
    if (failed_) return;
    if (indent_.size() < 1 + 2 * levels) indent_.resize(1 + 2 * levels, ' ');
    write_raw(std::string_view(indent_).substr(0, 1 + 2 * levels));
  }
  void write_pending_line_end() {
    if (!line_end_pending_) return;
    line_end_pending_ = false;
    if (!failed_) write_raw("\n");
  }
  void check(int count) {
    if (count < 0) failed_ = true;
  }
  std::string output_;
  xmlTextWriterPtr writer_ = nullptr;
  std::vector<Frame> open_;
  std::string cleaned_, escaped_;  // scratch, reused so that cleaning and escaping allocate rarely
  std::string indent_ = "\n";     // a line end and two spaces a level, grown to the deepest level met
  bool line_end_pending_ = false;  // an element ended its line; the line end is not written yet
  bool failed_ = false;
  int dropped_ = 0;
};

const char* container_name(int level) {
  switch (std::clamp(level, 1, 4)) {
    case 1: return "part";
    case 2: return "section";
    case 3: return "subsection";
    default: return "level";
  }
}

std::string note_id(int number) { return "fn" + std::to_string(number); }

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// The walk. Lookups are built once so that references resolve in constant time.
class XmlEmitter {
 public:
  XmlEmitter(const Doc& doc, XmlWriter& x) : doc_(doc), x_(x) {
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
      const Block& b = doc.blocks[i];
      block_order_.emplace(b.id, i);
      if (b.kind != BlockKind::kHeading) continue;
      if (!b.number.empty()) heading_by_number_.emplace(b.number, b.id);
      heading_by_text_.emplace(plain_text(b.inlines), b.id);
    }
    for (size_t i = 0; i < doc.footnotes.size(); ++i) {
      footnotes_by_number_[doc.footnotes[i].number].push_back(i);
    }
  }

  void meta() {
    x_.start("meta");
    const Meta& m = doc_.meta;
    x_.text_element("kind", m.kind);
    x_.text_element("title", m.title);
    x_.text_element("country", m.country);
    x_.text_element("publisher", m.publisher);
    x_.text_element("version", m.version);
    x_.text_element("date", m.date);
    x_.text_element("validFrom", m.valid_from);
    x_.text_element("cutoff", m.cutoff);
    x_.end();
  }

  void body() {
    std::vector<int> open;  // levels of the open containers, outermost first
    x_.start("body");
    for (const Block& b : doc_.blocks) {
      if (b.kind != BlockKind::kHeading) {
        block(b);
        continue;
      }
      const int level = std::clamp(b.level, 1, 4);
      while (!open.empty() && open.back() >= level) {
        open.pop_back();
        x_.end();
      }
      if (level == 1 || open.empty()) part_.clear();
      x_.start(container_name(level));
      common(b);
      if (level == 1) part_ = b.part;
      if (!b.number.empty()) x_.text_element("num", b.number);
      x_.start("heading");
      inlines(b.inlines);
      x_.end();
      open.push_back(level);
    }
    for (size_t i = 0; i < open.size(); ++i) x_.end();
    x_.end();
  }

  void notes() {
    x_.start("notes");
    for (const Footnote& f : doc_.footnotes) {
      x_.start("note");
      x_.attr("eId", note_id(f.number));
      x_.attr("n", std::to_string(f.number));
      x_.attr_if("source", f.source_id);
      x_.attr_if("method", name_of(f.method));
      x_.attr("confidence", format_number(std::round(f.confidence * 100.0) / 100.0));
      x_.attr_if("citedBy", join(f.cited_by));
      if (f.signal == Signal::kStructTree) x_.attr("signal", name_of(f.signal));
      provenance(f.where);
      inlines(f.inlines);
      x_.end();
    }
    x_.end();
  }

  void bibliography() {
    // source <- footnotes <- blocks, each list in document order without repeats.
    std::map<std::string, std::vector<int>> notes_of;
    for (const Footnote& f : doc_.footnotes) {
      if (!f.source_id.empty()) notes_of[f.source_id].push_back(f.number);
    }
    x_.start("bibliography");
    for (const SourceList list : {SourceList::kCited, SourceList::kConsulted}) {
      x_.start("listBibl");
      x_.attr("type", name_of(list));
      for (const Source& s : doc_.sources) {
        if (s.list == list) bibl(s, notes_of);
      }
      x_.end();
    }
    x_.end();
  }

  void diagnostics(const std::vector<Diagnostic>& items) {
    x_.start("diagnostics");
    for (const Diagnostic& d : items) {
      x_.start("diagnostic");
      x_.attr("severity", name_of(d.severity));
      x_.attr("code", d.code);
      x_.attr_if("stage", d.stage);
      if (d.page > 0) x_.attr("page", std::to_string(d.page));
      x_.attr_if("block", d.block);
      x_.text(d.message);
      x_.end();
    }
    x_.end();
  }

 private:
  void provenance(const Places& where) {
    if (where.empty()) return;
    x_.attr("pages", pages_attribute(where));
    x_.attr("bbox", bbox_attribute(where));
  }

  // Attributes every block carries. `part` is written where it differs from the enclosing
  // part container's, so a reader can recover each block's part without it being repeated.
  void common(const Block& b) {
    x_.attr("eId", b.id);
    if (b.part != part_) x_.attr("part", b.part);
    if (b.signal == Signal::kStructTree) x_.attr("signal", name_of(b.signal));
    provenance(b.where);
  }

  void bibl(const Source& s, const std::map<std::string, std::vector<int>>& notes_of) {
    x_.start("bibl");
    x_.attr("eId", s.id);
    provenance(s.where);
    if (!s.group.empty()) x_.text_element("publisher", s.group);
    if (!s.author.empty()) x_.text_element("author", s.author);
    if (!s.title.empty()) x_.text_element("title", s.title);
    if (!s.url.empty()) {
      x_.start("ptr");
      x_.attr("target", s.url);
      x_.end();
    }
    if (!s.detail.empty()) x_.text_element("detail", s.detail);
    if (!s.date.empty()) x_.text_element("date", s.date);
    if (!s.accessed.empty()) x_.text_element("accessed", s.accessed);
    x_.start("printed");
    inlines(s.inlines);
    x_.end();
    auto it = notes_of.find(s.id);
    if (it != notes_of.end()) cited_by(it->second);
    x_.end();
  }

  // Element names are the XML's own vocabulary (docs/FORMAT.md), not the model's names of block
  // kinds (pipeline/model_names.h): a numbered paragraph is <paragraph>, an unnumbered one <p>.
  void block(const Block& b) {
    switch (b.kind) {
      case BlockKind::kParagraph: {
        x_.start(b.number.empty() ? "p" : "paragraph");
        common(b);
        if (b.number.empty()) {
          inlines(b.inlines);
        } else {
          x_.text_element("num", b.number);
          x_.start("content");
          inlines(b.inlines);
          x_.end();
        }
        x_.end();
        break;
      }
      case BlockKind::kQuote:
        x_.start("quote");
        common(b);
        inlines(b.inlines);
        x_.end();
        break;
      case BlockKind::kList: {
        x_.start("list");
        common(b);
        x_.attr("ordered", b.ordered ? "true" : "false");
        size_t next = 0;
        items(b.items, next, 0);
        x_.end();
        break;
      }
      case BlockKind::kTable: table(b); break;
      case BlockKind::kFigure:
        x_.start("figure");
        common(b);
        x_.text_element("figDesc", b.alt);
        x_.end();
        break;
      case BlockKind::kBackToContents:
        x_.start("backToContents");
        common(b);
        x_.end();
        break;
      case BlockKind::kToc: toc(b); break;
      case BlockKind::kHeading: break;  // containers, opened by body()
    }
  }

  // Items deeper than `parent_level` starting at `next`, into the open list; an item followed
  // by deeper ones holds them in a nested list, as HTML and TEI nest lists.
  void items(const std::vector<ListItem>& all, size_t& next, int parent_level) {
    while (next < all.size() && all[next].level > parent_level) {
      const ListItem& item = all[next++];
      x_.start("item");
      x_.attr("level", std::to_string(item.level));
      provenance(item.where);
      x_.start("content");
      inlines(item.inlines);
      x_.end();
      if (next < all.size() && all[next].level > item.level) {
        x_.start("list");
        items(all, next, item.level);
        x_.end();
      }
      x_.end();
    }
  }

  void table(const Block& b) {
    const Table& t = b.table;
    x_.start("table");
    common(b);
    x_.attr("headerRows", std::to_string(t.header_rows));
    if (!t.column_types.empty()) {
      x_.start("colgroup");
      for (const TypedValue::Type type : t.column_types) {
        x_.start("col");
        x_.attr("type", name_of(type));
        x_.end();
      }
      x_.end();
    }
    // Header rows come first, so each group opens once: thead, then tbody.
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const bool in_head = static_cast<int>(r) < t.header_rows;
      if (r == 0 || in_head != (static_cast<int>(r) - 1 < t.header_rows)) {
        if (r > 0) x_.end();
        x_.start(in_head ? "thead" : "tbody");
      }
      x_.start("tr");
      for (const Cell& cell : t.rows[r]) this->cell(cell);
      x_.end();
    }
    if (!t.rows.empty()) x_.end();
    x_.end();
  }

  void cell(const Cell& cell) {
    x_.start(cell.header ? "th" : "td");
    if (cell.colspan != 1) x_.attr("colspan", std::to_string(cell.colspan));
    if (cell.rowspan != 1) x_.attr("rowspan", std::to_string(cell.rowspan));
    const TypedValue& v = cell.value;
    if (v.type != TypedValue::Type::kNone) {
      x_.attr("valueType", name_of(v.type));
      if (v.type != TypedValue::Type::kMissing) x_.attr("value", format_number(v.value));
      if (v.type == TypedValue::Type::kRange) x_.attr("high", format_number(v.high));
      x_.attr_if("unit", v.unit);
      if (v.marked) x_.attr("marked", "true");
    }
    provenance(cell.where);
    inlines(cell.inlines);
    x_.end();
  }

  void toc(const Block& b) {
    x_.start("toc");
    common(b);
    for (const TocEntry& e : b.toc) {
      x_.start("tocItem");
      x_.attr("level", std::to_string(e.level));
      x_.attr_if("num", e.number);
      if (e.page > 0) x_.attr("page", std::to_string(e.page));
      const std::string target = heading_id(e.number.empty() ? e.text : e.number);
      if (!target.empty()) x_.attr("href", "#" + target);
      x_.text(e.text);
      x_.end();
    }
    x_.end();
  }

  // The runs, into the open element.
  void inlines(const Inlines& runs) {
    // Pretty-printing indents an element whose children are all elements, which would put
    // whitespace into runs such as a note made of one link; marking the content as mixed
    // keeps it on one line, exactly as given.
    x_.mark_mixed();
    // The XML's own elements for the inline kinds: text is character data, strong <b>, link
    // <a>, xref <ref>, fnref <noteRef>.
    for (const Inline& run : runs) {
      switch (run.kind) {
        case InlineKind::kText: x_.text(run.text); break;
        case InlineKind::kStrong: x_.text_element("b", run.text); break;
        case InlineKind::kLink:
          x_.start("a");
          x_.attr("href", run.url);
          x_.text(run.text);
          x_.end();
          break;
        case InlineKind::kXref: {
          x_.start("ref");
          x_.attr("target", run.target);
          const std::string id = heading_id(run.target);
          if (!id.empty()) x_.attr("href", "#" + id);
          x_.text(run.text);
          x_.end();
          break;
        }
        case InlineKind::kFootnoteRef:
          x_.start("noteRef");
          x_.attr("n", std::to_string(run.footnote));
          if (footnotes_by_number_.count(run.footnote)) x_.attr("href", "#" + note_id(run.footnote));
          x_.end();
          break;
      }
    }
  }

  // The ID of the heading an xref or contents entry names: by number first, else by text.
  std::string heading_id(const std::string& target) const {
    if (auto it = heading_by_number_.find(target); it != heading_by_number_.end()) return it->second;
    if (auto it = heading_by_text_.find(target); it != heading_by_text_.end()) return it->second;
    return {};
  }

  void cited_by(const std::vector<int>& note_numbers) {
    std::vector<std::string> notes, blocks;
    std::vector<const std::string*> citing;
    // Every footnote carrying one of the numbers, each once (a number is listed once per
    // footnote of the source that carries it).
    std::vector<size_t> footnotes;
    for (int n : note_numbers) {
      notes.push_back(note_id(n));
      const auto it = footnotes_by_number_.find(n);
      if (it != footnotes_by_number_.end()) {
        footnotes.insert(footnotes.end(), it->second.begin(), it->second.end());
      }
    }
    std::sort(footnotes.begin(), footnotes.end());
    footnotes.erase(std::unique(footnotes.begin(), footnotes.end()), footnotes.end());
    for (const size_t i : footnotes) {
      for (const std::string& id : doc_.footnotes[i].cited_by) citing.push_back(&id);
    }
    // Document order; IDs naming no block (a model error: a hand-made or edited JSON) go last.
    const auto order = [&](const std::string* id) {
      auto it = block_order_.find(*id);
      return it == block_order_.end() ? doc_.blocks.size() : it->second;
    };
    std::sort(citing.begin(), citing.end(), [&](const std::string* a, const std::string* b) {
      return order(a) != order(b) ? order(a) < order(b) : *a < *b;
    });
    for (const std::string* id : citing) {
      if (blocks.empty() || blocks.back() != *id) blocks.push_back(*id);
    }
    x_.start("citedBy");
    x_.attr("notes", join(notes));
    x_.attr_if("blocks", join(blocks));
    x_.end();
  }

  const Doc& doc_;
  XmlWriter& x_;
  std::string part_;  // part slug of the open level-1 container
  std::unordered_map<std::string, size_t> block_order_;
  std::unordered_map<std::string, std::string> heading_by_number_, heading_by_text_;
  // Indices into doc.footnotes by footnote number: a source's citing blocks are gathered from its
  // notes without a pass over every footnote per source.
  std::unordered_map<int, std::vector<size_t>> footnotes_by_number_;
};

// Room for the XML of `doc`, from its words: the held-out notes and the France note write 18 to
// about 40 bytes a word (less than half their JSON). Pages of the string never written are never
// touched, so erring high costs nothing; erring low copies the text once more as it grows.
size_t expected_size(const Doc& doc) {
  constexpr size_t kBytesPerWord = 48;
  size_t words = 0;
  for (const Page& page : doc.pages) words += page.words.size();
  return 4096 + kBytesPerWord * words;
}

}  // namespace

Result<Doc> run_emit_xml(Doc doc, const EmitConfig& config, Diagnostics& diag) {
  (void)config;
  xmlResetLastError();
  XmlWriter x(expected_size(doc));
  x.start("document");
  x.attr("xmlns", kNamespacePrefix + std::to_string(kModelFormatVersion));
  x.attr("format", std::to_string(kModelFormatVersion));
  x.attr("source", doc.source_name);
  XmlEmitter emitter(doc, x);
  emitter.meta();
  emitter.body();
  emitter.notes();
  emitter.bibliography();
  int dropped = x.dropped();
  for (const Diagnostic& d : diag.items()) {
    dropped += x.count_dropped(d.message) + x.count_dropped(d.code) +
               x.count_dropped(d.stage) + x.count_dropped(d.block);
  }
  if (dropped > 0) {
    diag.warn("xml-invalid-char", "dropped " + std::to_string(dropped) +
                                      " character(s) that XML 1.0 does not allow (control "
                                      "characters or malformed UTF-8)");
  }
  emitter.diagnostics(diag.items());
  x.end();
  Result<std::string> text = x.finish(doc.source_name);
  if (!text.is_ok()) return text.status();
  doc.renderings.push_back(Rendering{"xml", std::move(text).value()});
  return doc;
}

}  // namespace coi
