// The structure tree of a tagged PDF, read from the PDF's objects through Poppler's core API
// (XRef, Object), flattened into the model's Doc::structure.
//
// Poppler's StructTreeRoot would do this too, but it also parses every element's attributes and
// the ParentTree, and drops elements whose type it cannot resolve (with their subtrees): on a
// 100-page note that doubled the extract time for data we never use. We read only /S, /K and /Pg,
// and read them with ObjectScanner (object_scan.cc) straight from the file's bytes where it can:
// Poppler's general parser cost ~21,000 instructions per element.
// 1. Walk the tree from /StructTreeRoot /K depth-first (an explicit stack: hostile files nest
//    deeply; a set of visited objects stops cycles). Each element becomes one StructNode.
// 2. Its type is /S followed through the RoleMap until a standard type (LibreOffice writes
//    "Numbered Paragraph" -> P; Word writes standard names); an unmapped custom type is kept.
// 3. A kid that is an integer, or an MCR dictionary, is marked content: page_mcids[page][mcid]
//    = node. The page is the MCR's /Pg, else the nearest element's /Pg up the tree (page
//    numbers come from PageNumbers, looked up once).
// 4. OBJR kids (annotations) carry no text and are skipped.
// 5. A Figure element's /Alt (its alternative text, which the page cannot show) is kept.
// Example: Document > H2 (/Pg page 5, /K [2 3]) gives nodes [Document, H2] and
// page_mcids[4][2] = page_mcids[4][3] = 1; a word drawn under MCID 3 on page 5 gets node 1.
#include <poppler/Object.h>
#include <poppler/XRef.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "stages/extract/extract_parts.h"
#include "stages/extract/object_scan.h"
#include "stages/extract/poppler_text.h"

namespace coi::extract {

namespace {

// PDF 1.7 / 2.0 standard structure types: RoleMap chains end at one of these.
bool is_standard(std::string_view t) {
  static const std::set<std::string_view> kTypes = {
      "Document", "DocumentFragment", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption",
      "TOC", "TOCI", "Index", "NonStruct", "Private", "Aside", "Title", "FENote", "P", "H",
      "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD",
      "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code",
      "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula",
      "Form", "Em", "Strong", "Sub", "Artifact"};
  return kTypes.count(t) > 0;
}

// Element dictionaries by reference: read by ObjectScanner from the file's bytes where it can
// (plain objects of an unencrypted file), else fetched through Poppler.
class ElementSource {
 public:
  explicit ElementSource(PDFDoc& doc) : xref_(doc.getXRef()) {
    const GooString* name = doc.getFileName();
    if (doc.isEncrypted() || !name || !doc.getBaseStream()) return;
    std::ifstream in(name->toStr(), std::ios::binary | std::ios::ate);
    const std::streamoff size = in.tellg();
    if (size <= 0) return;
    bytes_ = std::make_unique_for_overwrite<char[]>(static_cast<size_t>(size));  // no zeroing
    in.seekg(0);
    if (!in.read(bytes_.get(), size)) return;
    start_ = doc.getBaseStream()->getStart();
    scanner_.emplace(std::string_view(bytes_.get(), static_cast<size_t>(size)));
  }

  // False when `ref` is not a dictionary.
  bool load(ObjRef ref, ElementDict& out) {
    if (scanner_ && ref.num >= 0 && ref.num < xref_->getNumObjects()) {
      const XRefEntry* e = xref_->getEntry(ref.num, false);
      const bool plain = e->type == xrefEntryUncompressed && e->gen == ref.gen &&
                         e->obj.isNull() && e->offset >= 0;
      if (plain && scanner_->element_at(static_cast<size_t>(start_ + e->offset), ref, out)) {
        return true;
      }
    }
    const Object obj = xref_->fetch(ref.num, ref.gen);
    if (!obj.isDict()) return false;
    out.clear();
    from_object(obj, out, 0);
    return true;
  }

  // The /Alt text of the element `ref` (UTF-8), empty when it has none. Read through Poppler:
  // only figures are asked, a handful per note.
  std::string alt_text(ObjRef ref) {
    const Object obj = xref_->fetch(ref.num, ref.gen);
    if (!obj.isDict()) return {};
    const Object alt = obj.dictLookup("Alt");
    return alt.isString() ? text_string_utf8(alt.getString()) : std::string();
  }

  // The keys of the dictionary `dict` that the reader uses, as Poppler sees them.
  static void from_object(const Object& dict, ElementDict& out, int depth) {
    if (const Object& t = dict.dictLookupNF("Type"); t.isName()) out.type = t.getName();
    if (const Object s = dict.dictLookup("S"); s.isName()) out.s = s.getName(), out.has_s = true;
    if (const Object& pg = dict.dictLookupNF("Pg"); pg.isRef()) {
      out.pg = ObjRef{pg.getRefNum(), pg.getRefGen()};
      out.has_pg = true;
    }
    if (const Object m = dict.dictLookup("MCID"); m.isInt()) {
      out.mcid = m.getInt();
      out.has_mcid = true;
    }
    const Object& k = dict.dictLookupNF("K");
    if (k.isArray()) {
      for (int i = 0; i < k.arrayGetLength(); ++i) add_kid(k.arrayGetNF(i), out, depth);
    } else {
      add_kid(k, out, depth);
    }
  }

 private:
  static void add_kid(const Object& kid, ElementDict& out, int depth) {
    constexpr int kMaxInline = 32;  // inline dictionaries nested deeper are dropped
    ElementKid k;
    if (kid.isInt()) {
      k.mcid = kid.getInt(), k.is_mcid = true;
    } else if (kid.isRef()) {
      k.ref = ObjRef{kid.getRefNum(), kid.getRefGen()};
    } else if (kid.isDict() && depth < kMaxInline) {
      k.inlined = static_cast<int>(out.inlined.size());
      out.inlined.emplace_back();
      from_object(kid, out.inlined.back(), depth + 1);
    } else {
      return;
    }
    out.kids.push_back(k);
  }

  XRef* xref_;
  std::unique_ptr<char[]> bytes_;  // the whole file, for the scanner
  Goffset start_ = 0;
  std::optional<ObjectScanner> scanner_;
};

class TreeReader {
 public:
  TreeReader(PDFDoc& doc, const PageNumbers& pages, int max_nodes, StructureIndex& index)
      : source_(doc),
        pages_(pages),
        max_nodes_(max_nodes),
        index_(index),
        visited_gen0_(static_cast<size_t>(std::max(doc.getXRef()->getNumObjects(), 0)), false) {}

  // Returns false when the tree exceeds max_nodes.
  bool read(const Object& tree_root) {
    role_map_ = tree_root.dictLookup("RoleMap");
    auto root = std::make_shared<ElementDict>();
    ElementSource::from_object(tree_root, *root, 0);
    push_kids(root, *root, -1, 0);
    while (!stack_.empty()) {
      Pending p = std::move(stack_.back());
      stack_.pop_back();
      if (!visit(p)) return false;
    }
    return true;
  }

 private:
  struct Pending {
    ElementKid kid;
    std::shared_ptr<const ElementDict> owner;  // holds an inline kid's dictionary
    int parent;  // node index, -1 for the root's kids
    int page;    // inherited page (0 unknown)
  };

  // Queues the kids of `dict` (held by `owner` when it has inline kids) so they pop in
  // document order.
  void push_kids(const std::shared_ptr<const ElementDict>& owner, const ElementDict& dict,
                 int parent, int page) {
    for (auto it = dict.kids.rbegin(); it != dict.kids.rend(); ++it) {
      stack_.push_back(Pending{*it, it->inlined >= 0 ? owner : nullptr, parent, page});
    }
  }

  bool visit(const Pending& p) {
    if (p.kid.is_mcid) return record(p.page, p.kid.mcid, p.parent), true;
    if (p.kid.inlined >= 0) {
      return element(std::shared_ptr<const ElementDict>(
                         p.owner, &p.owner->inlined[static_cast<size_t>(p.kid.inlined)]),
                     p);
    }
    if (!first_visit(p.kid.ref)) return true;  // cycle, shared
    // Read into one reused dictionary: its kids are queued by value, so only a dictionary with
    // inline kids, which the queue then points into, needs a home of its own.
    if (!source_.load(p.kid.ref, loaded_)) return true;
    if (loaded_.inlined.empty()) return element(std::shared_ptr<const ElementDict>(), loaded_, p);
    return element(std::make_shared<const ElementDict>(loaded_), p);
  }

  bool element(const std::shared_ptr<const ElementDict>& dict, const Pending& p) {
    return element(dict, *dict, p);
  }

  // `dict`, held by `owner` when it has inline kids. An element dictionary written inline in
  // its parent's /K has no reference to read /Alt by; such figures keep no alternative text
  // (no producer we know writes figures inline).
  bool element(const std::shared_ptr<const ElementDict>& owner, const ElementDict& dict,
               const Pending& p) {
    const int page = dict.has_pg ? pages_.find(Ref{dict.pg.num, dict.pg.gen}) : p.page;
    if (dict.type == "MCR") {
      if (dict.has_mcid) record(page, dict.mcid, p.parent);
      return true;
    }
    if (dict.type == "OBJR" || !dict.has_s) return true;
    if (static_cast<int>(index_.nodes.size()) >= max_nodes_) return false;
    const int node = static_cast<int>(index_.nodes.size());
    index_.nodes.push_back(StructNode{resolve(dict.s), p.parent, {}, {}});
    if (index_.nodes.back().type == "Figure" && p.kid.inlined < 0) {
      index_.nodes.back().alt = source_.alt_text(p.kid.ref);
    }
    push_kids(owner, dict, node, page);
    return true;
  }

  // Whether `ref` is met for the first time. Elements are generation-0 objects of the
  // cross-reference table, marked by number; any other reference is kept in a set.
  bool first_visit(ObjRef ref) {
    if (ref.gen == 0 && ref.num >= 0 && static_cast<size_t>(ref.num) < visited_gen0_.size()) {
      if (visited_gen0_[static_cast<size_t>(ref.num)]) return false;
      visited_gen0_[static_cast<size_t>(ref.num)] = true;
      return true;
    }
    return visited_.insert({ref.num, ref.gen}).second;
  }

  // The standard type `name` stands for through the RoleMap (chains followed a few steps).
  const std::string& resolve(const std::string& name) {
    auto [it, inserted] = resolved_.try_emplace(name, name);
    if (!inserted) return it->second;
    constexpr int kMaxChain = 8;  // RoleMap chains are one or two steps; this stops loops
    std::string& type = it->second;
    for (int i = 0; i < kMaxChain && !is_standard(type) && role_map_.isDict(); ++i) {
      const Object mapped = role_map_.dictLookup(type.c_str());
      if (!mapped.isName()) break;
      type = mapped.getName();
    }
    return type;
  }

  void record(int page, int mcid, int node) {
    if (node < 0 || page < 1 || page > static_cast<int>(index_.page_mcids.size()) || mcid < 0) {
      return;
    }
    constexpr int kMaxMcid = 1 << 20;  // far beyond any page; guards the table's size
    if (mcid >= kMaxMcid) return;
    std::vector<int>& mcids = index_.page_mcids[static_cast<size_t>(page - 1)];
    if (mcid >= static_cast<int>(mcids.size())) mcids.resize(static_cast<size_t>(mcid) + 1, -1);
    mcids[static_cast<size_t>(mcid)] = node;
    std::vector<int>& on = index_.nodes[static_cast<size_t>(node)].pages;
    if (std::find(on.begin(), on.end(), page) == on.end()) {
      on.insert(std::lower_bound(on.begin(), on.end(), page), page);
    }
  }

  ElementSource source_;
  const PageNumbers& pages_;
  const int max_nodes_;
  StructureIndex& index_;
  Object role_map_;
  std::vector<Pending> stack_;
  ElementDict loaded_;  // the element read last (visit)
  std::vector<bool> visited_gen0_;  // by object number, for generation 0
  std::set<std::pair<int, int>> visited_;  // every other reference
  std::unordered_map<std::string, std::string> resolved_;  // RoleMap answers by custom name
};

}  // namespace

int StructureIndex::node_of(int page, int mcid) const {
  if (page < 1 || page > static_cast<int>(page_mcids.size()) || mcid < 0) return -1;
  const std::vector<int>& mcids = page_mcids[static_cast<size_t>(page - 1)];
  return mcid < static_cast<int>(mcids.size()) ? mcids[static_cast<size_t>(mcid)] : -1;
}

StructureIndex read_structure(PDFDoc& doc, const PageNumbers& pages, int max_nodes) {
  StructureIndex index;
  const Object catalog = doc.getXRef()->getCatalog();
  if (!catalog.isDict()) return index;
  const Object root = catalog.dictLookup("StructTreeRoot");
  if (!root.isDict()) return index;
  index.page_mcids.resize(static_cast<size_t>(std::max(doc.getNumPages(), 0)));
  if (!TreeReader(doc, pages, max_nodes, index).read(root)) return StructureIndex{};
  return index;
}

}  // namespace coi::extract
