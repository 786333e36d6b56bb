// The XML emitter: a walk over the finished model that builds a libxml2 tree and serialises it.
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
//      dropped in steps 1-4 can be added to the document before they are written.
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "pipeline/model_json.h"
#include "stages/emit/emit.h"
#include "stages/emit/xml_text.h"

namespace coi {

namespace {

constexpr const char* kNamespacePrefix = "urn:coi:note:";

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// Owns the libxml2 document. libxml2 signals failure (out of memory) with null pointers; the
// builder records the first one and later calls become no-ops, so the walk stays linear and the
// failure is reported once, as a Status, by finish().
class XmlBuilder {
 public:
  XmlBuilder() : doc_(xmlNewDoc(X("1.0"))) { failed_ = doc_ == nullptr; }
  ~XmlBuilder() { xmlFreeDoc(doc_); }
  XmlBuilder(const XmlBuilder&) = delete;
  XmlBuilder& operator=(const XmlBuilder&) = delete;

  xmlNodePtr root(const char* name, const std::string& ns_uri) {
    if (failed_) return nullptr;
    xmlNodePtr node = xmlNewDocNode(doc_, nullptr, X(name), nullptr);
    if (!check(node)) return nullptr;
    xmlDocSetRootElement(doc_, node);
    ns_ = xmlNewNs(node, X(ns_uri.c_str()), nullptr);
    if (check(ns_)) xmlSetNs(node, ns_);
    return node;
  }
  xmlNodePtr child(xmlNodePtr parent, const char* name) {
    if (failed_ || parent == nullptr) return nullptr;
    xmlNodePtr node = xmlNewDocNode(doc_, ns_, X(name), nullptr);
    return check(node) ? xmlAddChild(parent, node) : nullptr;
  }
  /// An element holding only `value` as text.
  xmlNodePtr text_child(xmlNodePtr parent, const char* name, std::string_view value) {
    xmlNodePtr node = child(parent, name);
    text(node, value);
    return node;
  }
  void text(xmlNodePtr parent, std::string_view value) {
    if (failed_ || parent == nullptr || value.empty()) return;
    const std::string clean = xml_clean(value, dropped_);
    if (clean.empty()) return;
    xmlNodePtr node = xmlNewDocTextLen(doc_, X(clean.c_str()), static_cast<int>(clean.size()));
    if (check(node) && xmlAddChild(parent, node) == nullptr) failed_ = true;
  }
  /// Gives `parent` an empty text child, so that serialisation never indents its content.
  void mark_mixed(xmlNodePtr parent) {
    if (failed_ || parent == nullptr) return;
    xmlNodePtr node = xmlNewDocText(doc_, X(""));
    if (check(node) && xmlAddChild(parent, node) == nullptr) failed_ = true;
  }
  void attr(xmlNodePtr node, const char* name, std::string_view value) {
    if (failed_ || node == nullptr) return;
    const std::string clean = xml_clean(value, dropped_);
    check(xmlNewProp(node, X(name), X(clean.c_str())));
  }
  void attr_if(xmlNodePtr node, const char* name, std::string_view value) {
    if (!value.empty()) attr(node, name, value);
  }
  /// Counts what text() and attr() would drop from `value`, without writing it.
  int count_dropped(std::string_view value) const {
    int dropped = 0;
    xml_clean(value, dropped);
    return dropped;
  }
  int dropped() const { return dropped_; }

  /// The serialised document, pretty-printed UTF-8, or the libxml2 failure as a Status.
  Result<std::string> finish(const std::string& where) {
    xmlChar* memory = nullptr;
    int size = 0;
    if (!failed_) xmlDocDumpFormatMemoryEnc(doc_, &memory, &size, "UTF-8", 1);
    if (failed_ || memory == nullptr || size < 0) {
      const xmlError* error = xmlGetLastError();
      std::string message = "XML output failed in libxml2";
      if (error != nullptr && error->message != nullptr) {
        std::string detail = error->message;
        while (!detail.empty() && detail.back() == '\n') detail.pop_back();
        message += ": " + detail;
      }
      xmlFree(memory);
      return Status(StatusCode::kIo, message, where);
    }
    std::string out(reinterpret_cast<const char*>(memory), static_cast<size_t>(size));
    xmlFree(memory);
    return out;
  }

 private:
  template <typename T>
  bool check(T* pointer) {
    if (pointer == nullptr) failed_ = true;
    return pointer != nullptr;
  }
  xmlDocPtr doc_ = nullptr;
  xmlNsPtr ns_ = nullptr;
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
  XmlEmitter(const Doc& doc, XmlBuilder& x) : doc_(doc), x_(x) {
    for (size_t i = 0; i < doc.blocks.size(); ++i) {
      const Block& b = doc.blocks[i];
      block_order_.emplace(b.id, i);
      if (b.kind != BlockKind::kHeading) continue;
      if (!b.number.empty()) heading_by_number_.emplace(b.number, b.id);
      heading_by_text_.emplace(plain_text(b.inlines), b.id);
    }
    for (const Footnote& f : doc.footnotes) note_numbers_.emplace(f.number, true);
  }

  void meta(xmlNodePtr root) {
    xmlNodePtr meta = x_.child(root, "meta");
    const Meta& m = doc_.meta;
    x_.text_child(meta, "kind", m.kind);
    x_.text_child(meta, "title", m.title);
    x_.text_child(meta, "country", m.country);
    x_.text_child(meta, "publisher", m.publisher);
    x_.text_child(meta, "version", m.version);
    x_.text_child(meta, "date", m.date);
    x_.text_child(meta, "validFrom", m.valid_from);
    x_.text_child(meta, "cutoff", m.cutoff);
  }

  void body(xmlNodePtr root) {
    struct Open {
      int level;
      xmlNodePtr node;
    };
    std::vector<Open> open;
    xmlNodePtr body = x_.child(root, "body");
    for (const Block& b : doc_.blocks) {
      if (b.kind != BlockKind::kHeading) {
        block(open.empty() ? body : open.back().node, b);
        continue;
      }
      const int level = std::clamp(b.level, 1, 4);
      while (!open.empty() && open.back().level >= level) open.pop_back();
      if (level == 1 || open.empty()) part_.clear();
      xmlNodePtr node = x_.child(open.empty() ? body : open.back().node, container_name(level));
      common(node, b);
      if (level == 1) part_ = b.part;
      if (!b.number.empty()) x_.text_child(node, "num", b.number);
      inlines(x_.child(node, "heading"), b.inlines);
      open.push_back(Open{level, node});
    }
  }

  void notes(xmlNodePtr root) {
    xmlNodePtr notes = x_.child(root, "notes");
    for (const Footnote& f : doc_.footnotes) {
      xmlNodePtr note = x_.child(notes, "note");
      x_.attr(note, "eId", note_id(f.number));
      x_.attr(note, "n", std::to_string(f.number));
      x_.attr_if(note, "source", f.source_id);
      x_.attr_if(note, "method", f.method);
      x_.attr(note, "confidence", format_number(std::round(f.confidence * 100.0) / 100.0));
      x_.attr_if(note, "citedBy", join(f.cited_by));
      if (f.signal == Signal::kStructTree) x_.attr(note, "signal", "structure-tree");
      provenance(note, f.where);
      inlines(note, f.inlines);
    }
  }

  void bibliography(xmlNodePtr root) {
    // source <- footnotes <- blocks, each list in document order without repeats.
    std::map<std::string, std::vector<int>> notes_of;
    for (const Footnote& f : doc_.footnotes) {
      if (!f.source_id.empty()) notes_of[f.source_id].push_back(f.number);
    }
    xmlNodePtr bibliography = x_.child(root, "bibliography");
    xmlNodePtr cited = x_.child(bibliography, "listBibl");
    x_.attr(cited, "type", "cited");
    xmlNodePtr consulted = x_.child(bibliography, "listBibl");
    x_.attr(consulted, "type", "consulted");
    for (const Source& s : doc_.sources) {
      xmlNodePtr bibl = x_.child(s.list == "consulted" ? consulted : cited, "bibl");
      x_.attr(bibl, "eId", s.id);
      provenance(bibl, s.where);
      if (!s.group.empty()) x_.text_child(bibl, "publisher", s.group);
      if (!s.author.empty()) x_.text_child(bibl, "author", s.author);
      if (!s.title.empty()) x_.text_child(bibl, "title", s.title);
      if (!s.url.empty()) x_.attr(x_.child(bibl, "ptr"), "target", s.url);
      if (!s.detail.empty()) x_.text_child(bibl, "detail", s.detail);
      if (!s.date.empty()) x_.text_child(bibl, "date", s.date);
      if (!s.accessed.empty()) x_.text_child(bibl, "accessed", s.accessed);
      inlines(x_.child(bibl, "printed"), s.inlines);
      auto it = notes_of.find(s.id);
      if (it != notes_of.end()) cited_by(bibl, it->second);
    }
  }

  void diagnostics(xmlNodePtr root, const std::vector<Diagnostic>& items) {
    xmlNodePtr list = x_.child(root, "diagnostics");
    for (const Diagnostic& d : items) {
      xmlNodePtr node = x_.text_child(list, "diagnostic", d.message);
      x_.attr(node, "severity", severity_name(d.severity));
      x_.attr(node, "code", d.code);
      x_.attr_if(node, "stage", d.stage);
      if (d.page > 0) x_.attr(node, "page", std::to_string(d.page));
      x_.attr_if(node, "block", d.block);
    }
  }

 private:
  void provenance(xmlNodePtr node, const Places& where) {
    if (where.empty()) return;
    x_.attr(node, "pages", pages_attribute(where));
    x_.attr(node, "bbox", bbox_attribute(where));
  }

  // Attributes every block carries. `part` is written where it differs from the enclosing
  // part container's, so a reader can recover each block's part without it being repeated.
  void common(xmlNodePtr node, const Block& b) {
    x_.attr(node, "eId", b.id);
    if (b.part != part_) x_.attr(node, "part", b.part);
    if (b.signal == Signal::kStructTree) x_.attr(node, "signal", "structure-tree");
    provenance(node, b.where);
  }

  void block(xmlNodePtr parent, const Block& b) {
    switch (b.kind) {
      case BlockKind::kParagraph: {
        xmlNodePtr node = x_.child(parent, b.number.empty() ? "p" : "paragraph");
        common(node, b);
        if (b.number.empty()) {
          inlines(node, b.inlines);
        } else {
          x_.text_child(node, "num", b.number);
          inlines(x_.child(node, "content"), b.inlines);
        }
        break;
      }
      case BlockKind::kQuote: {
        xmlNodePtr node = x_.child(parent, "quote");
        common(node, b);
        inlines(node, b.inlines);
        break;
      }
      case BlockKind::kList: {
        xmlNodePtr node = x_.child(parent, "list");
        common(node, b);
        x_.attr(node, "ordered", b.ordered ? "true" : "false");
        size_t next = 0;
        items(node, b.items, next, 0);
        break;
      }
      case BlockKind::kTable: table(parent, b); break;
      case BlockKind::kFigure: {
        xmlNodePtr node = x_.child(parent, "figure");
        common(node, b);
        x_.text_child(node, "figDesc", b.alt);
        break;
      }
      case BlockKind::kBackToContents: common(x_.child(parent, "backToContents"), b); break;
      case BlockKind::kToc: toc(parent, b); break;
      case BlockKind::kHeading: break;  // containers, opened by body()
    }
  }

  // Items deeper than `parent_level` starting at `next`; an item followed by deeper ones holds
  // them in a nested list, as HTML and TEI nest lists.
  void items(xmlNodePtr list, const std::vector<ListItem>& all, size_t& next, int parent_level) {
    while (next < all.size() && all[next].level > parent_level) {
      const ListItem& item = all[next++];
      xmlNodePtr node = x_.child(list, "item");
      x_.attr(node, "level", std::to_string(item.level));
      provenance(node, item.where);
      inlines(x_.child(node, "content"), item.inlines);
      if (next < all.size() && all[next].level > item.level) {
        items(x_.child(node, "list"), all, next, item.level);
      }
    }
  }

  void table(xmlNodePtr parent, const Block& b) {
    const Table& t = b.table;
    xmlNodePtr node = x_.child(parent, "table");
    common(node, b);
    x_.attr(node, "headerRows", std::to_string(t.header_rows));
    if (!t.column_types.empty()) {
      xmlNodePtr colgroup = x_.child(node, "colgroup");
      for (const std::string& type : t.column_types) x_.attr(x_.child(colgroup, "col"), "type", type);
    }
    xmlNodePtr head = nullptr, rows_body = nullptr;
    for (size_t r = 0; r < t.rows.size(); ++r) {
      const bool in_head = static_cast<int>(r) < t.header_rows;
      xmlNodePtr& group = in_head ? head : rows_body;
      if (group == nullptr) group = x_.child(node, in_head ? "thead" : "tbody");
      xmlNodePtr row = x_.child(group, "tr");
      for (const Cell& cell : t.rows[r]) this->cell(row, cell);
    }
  }

  void cell(xmlNodePtr row, const Cell& cell) {
    xmlNodePtr node = x_.child(row, cell.header ? "th" : "td");
    if (cell.colspan != 1) x_.attr(node, "colspan", std::to_string(cell.colspan));
    if (cell.rowspan != 1) x_.attr(node, "rowspan", std::to_string(cell.rowspan));
    const TypedValue& v = cell.value;
    if (v.type != TypedValue::Type::kNone) {
      x_.attr(node, "valueType", value_type_name(v.type));
      if (v.type != TypedValue::Type::kMissing) x_.attr(node, "value", format_number(v.value));
      if (v.type == TypedValue::Type::kRange) x_.attr(node, "high", format_number(v.high));
      x_.attr_if(node, "unit", v.unit);
      if (v.marked) x_.attr(node, "marked", "true");
    }
    provenance(node, cell.where);
    inlines(node, cell.inlines);
  }

  void toc(xmlNodePtr parent, const Block& b) {
    xmlNodePtr node = x_.child(parent, "toc");
    common(node, b);
    for (const TocEntry& e : b.toc) {
      xmlNodePtr item = x_.text_child(node, "tocItem", e.text);
      x_.attr(item, "level", std::to_string(e.level));
      x_.attr_if(item, "num", e.number);
      if (e.page > 0) x_.attr(item, "page", std::to_string(e.page));
      const std::string target = heading_id(e.number.empty() ? e.text : e.number);
      if (!target.empty()) x_.attr(item, "href", "#" + target);
    }
  }

  void inlines(xmlNodePtr parent, const Inlines& runs) {
    // Pretty-printing indents an element whose children are all elements, which would put
    // whitespace into runs such as a note made of one link; a text child, even empty, marks
    // the content as mixed and keeps it on one line, exactly as given.
    x_.mark_mixed(parent);
    for (const Inline& run : runs) {
      switch (run.kind) {
        case InlineKind::kText: x_.text(parent, run.text); break;
        case InlineKind::kStrong: x_.text_child(parent, "b", run.text); break;
        case InlineKind::kLink: x_.attr(x_.text_child(parent, "a", run.text), "href", run.url); break;
        case InlineKind::kXref: {
          xmlNodePtr ref = x_.text_child(parent, "ref", run.text);
          x_.attr(ref, "target", run.target);
          const std::string id = heading_id(run.target);
          if (!id.empty()) x_.attr(ref, "href", "#" + id);
          break;
        }
        case InlineKind::kFootnoteRef: {
          xmlNodePtr ref = x_.child(parent, "noteRef");
          x_.attr(ref, "n", std::to_string(run.footnote));
          if (note_numbers_.count(run.footnote)) x_.attr(ref, "href", "#" + note_id(run.footnote));
          break;
        }
      }
    }
  }

  // The ID of the heading an xref or contents entry names: by number first, else by text.
  std::string heading_id(const std::string& target) const {
    if (auto it = heading_by_number_.find(target); it != heading_by_number_.end()) return it->second;
    if (auto it = heading_by_text_.find(target); it != heading_by_text_.end()) return it->second;
    return {};
  }

  void cited_by(xmlNodePtr bibl, const std::vector<int>& note_numbers) {
    std::vector<std::string> notes, blocks;
    std::vector<const std::string*> citing;
    for (int n : note_numbers) notes.push_back(note_id(n));
    for (const Footnote& f : doc_.footnotes) {
      if (std::find(note_numbers.begin(), note_numbers.end(), f.number) == note_numbers.end()) {
        continue;
      }
      for (const std::string& id : f.cited_by) citing.push_back(&id);
    }
    // Document order; IDs naming no block (a model error the validator reports) go last.
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
    xmlNodePtr node = x_.child(bibl, "citedBy");
    x_.attr(node, "notes", join(notes));
    x_.attr_if(node, "blocks", join(blocks));
  }

  const Doc& doc_;
  XmlBuilder& x_;
  std::string part_;  // part slug of the open level-1 container
  std::unordered_map<std::string, size_t> block_order_;
  std::unordered_map<std::string, std::string> heading_by_number_, heading_by_text_;
  std::unordered_map<int, bool> note_numbers_;
};

}  // namespace

Result<Doc> run_emit_xml(Doc doc, const EmitConfig& config, Diagnostics& diag) {
  (void)config;
  xmlResetLastError();
  XmlBuilder x;
  const std::string ns = kNamespacePrefix + std::to_string(kModelFormatVersion);
  xmlNodePtr root = x.root("document", ns);
  x.attr(root, "format", std::to_string(kModelFormatVersion));
  x.attr(root, "source", doc.source_name);
  XmlEmitter emitter(doc, x);
  emitter.meta(root);
  emitter.body(root);
  emitter.notes(root);
  emitter.bibliography(root);
  int dropped = x.dropped();
  for (const Diagnostic& d : doc.diagnostics) {
    dropped += x.count_dropped(d.message) + x.count_dropped(d.code) +
               x.count_dropped(d.stage) + x.count_dropped(d.block);
  }
  if (dropped > 0) {
    diag.warn("xml-invalid-char", "dropped " + std::to_string(dropped) +
                                      " character(s) that XML 1.0 does not allow (control "
                                      "characters or malformed UTF-8)");
    doc.diagnostics.push_back(diag.items().back());
  }
  emitter.diagnostics(root, doc.diagnostics);
  Result<std::string> text = x.finish(doc.source_name);
  if (!text.is_ok()) return text.status();
  doc.renderings.push_back(Rendering{"xml", std::move(text).value()});
  return doc;
}

}  // namespace coi
