// The structure tree of a tagged PDF, read from the PDF's objects through Poppler's core API
// (XRef, Object), flattened into the model's Doc::structure.
//
// Poppler's StructTreeRoot would do this too, but it also parses every element's attributes and
// the ParentTree, and drops elements whose type it cannot resolve (with their subtrees): on a
// 100-page note that doubled the extract time for data we never use. We read only /S, /K and /Pg.
// 1. Walk the tree from /StructTreeRoot /K depth-first (an explicit stack: hostile files nest
//    deeply; a set of visited objects stops cycles). Each element becomes one StructNode.
// 2. Its type is /S followed through the RoleMap until a standard type (LibreOffice writes
//    "Numbered Paragraph" -> P; Word writes standard names); an unmapped custom type is kept.
// 3. A kid that is an integer, or an MCR dictionary, is marked content: page_mcids[page][mcid]
//    = node. The page is the MCR's /Pg, else the nearest element's /Pg up the tree.
// 4. OBJR kids (annotations) carry no text and are skipped.
// Example: Document > H2 (/Pg page 5, /K [2 3]) gives nodes [Document, H2] and
// page_mcids[4][2] = page_mcids[4][3] = 1; a word drawn under MCID 3 on page 5 gets node 1.
#include <poppler/Object.h>
#include <poppler/XRef.h>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "stages/extract/extract_parts.h"

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

class TreeReader {
 public:
  TreeReader(PDFDoc& doc, int max_nodes, StructureIndex& index)
      : doc_(doc), xref_(doc.getXRef()), max_nodes_(max_nodes), index_(index) {}

  // Returns false when the tree exceeds max_nodes.
  bool read(const Object& tree_root) {
    role_map_ = tree_root.dictLookup("RoleMap");
    push_kids(tree_root.dictLookupNF("K"), -1, 0);
    while (!stack_.empty()) {
      Pending p = std::move(stack_.back());
      stack_.pop_back();
      if (!visit(p)) return false;
    }
    return true;
  }

 private:
  struct Pending {
    Object kid;  // unfetched: a Ref, an integer MCID or a dictionary
    int parent;  // node index, -1 for the root's kids
    int page;    // inherited page (0 unknown)
  };

  // Queues the kids in /K (one object or an array) so they pop in document order.
  void push_kids(const Object& k, int parent, int page) {
    if (k.isArray()) {
      for (int i = k.arrayGetLength() - 1; i >= 0; --i) {
        stack_.push_back(Pending{k.arrayGetNF(i).copy(), parent, page});
      }
    } else if (!k.isNull()) {
      stack_.push_back(Pending{k.copy(), parent, page});
    }
  }

  bool visit(const Pending& p) {
    if (p.kid.isInt()) return record(p.page, p.kid.getInt(), p.parent), true;
    if (p.kid.isRef() && !visited_.insert({p.kid.getRefNum(), p.kid.getRefGen()}).second) {
      return true;  // a cycle or a shared kid
    }
    const Object kid = p.kid.fetch(xref_);
    if (!kid.isDict()) return true;
    const int page = page_of(kid.dictLookupNF("Pg"), p.page);
    if (kid.dictIs("MCR")) {
      const Object mcid = kid.dictLookup("MCID");
      if (mcid.isInt()) record(page, mcid.getInt(), p.parent);
      return true;
    }
    if (kid.dictIs("OBJR")) return true;
    const Object s = kid.dictLookup("S");
    if (!s.isName()) return true;
    if (static_cast<int>(index_.nodes.size()) >= max_nodes_) return false;
    const int node = static_cast<int>(index_.nodes.size());
    index_.nodes.push_back(StructNode{resolve(s.getName()), p.parent, {}});
    push_kids(kid.dictLookupNF("K"), node, page);
    return true;
  }

  // The standard type `name` stands for through the RoleMap (chains followed a few steps).
  std::string resolve(std::string name) {
    constexpr int kMaxChain = 8;  // RoleMap chains are one or two steps; this stops loops
    for (int i = 0; i < kMaxChain && !is_standard(name) && role_map_.isDict(); ++i) {
      const Object mapped = role_map_.dictLookup(name.c_str());
      if (!mapped.isName()) break;
      name = mapped.getName();
    }
    return name;
  }

  int page_of(const Object& pg, int inherited) {
    if (!pg.isRef()) return inherited;
    auto [it, inserted] = pages_.try_emplace({pg.getRefNum(), pg.getRefGen()}, 0);
    if (inserted) it->second = doc_.findPage(pg.getRef());
    return it->second;
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

  PDFDoc& doc_;
  XRef* xref_;
  const int max_nodes_;
  StructureIndex& index_;
  Object role_map_;
  std::vector<Pending> stack_;
  std::set<std::pair<int, int>> visited_;
  std::map<std::pair<int, int>, int> pages_;  // Catalog::findPage scans every page per call
};

}  // namespace

int StructureIndex::node_of(int page, int mcid) const {
  if (page < 1 || page > static_cast<int>(page_mcids.size()) || mcid < 0) return -1;
  const std::vector<int>& mcids = page_mcids[static_cast<size_t>(page - 1)];
  return mcid < static_cast<int>(mcids.size()) ? mcids[static_cast<size_t>(mcid)] : -1;
}

StructureIndex read_structure(PDFDoc& doc, int max_nodes) {
  StructureIndex index;
  const Object catalog = doc.getXRef()->getCatalog();
  if (!catalog.isDict()) return index;
  const Object root = catalog.dictLookup("StructTreeRoot");
  if (!root.isDict()) return index;
  index.page_mcids.resize(static_cast<size_t>(std::max(doc.getNumPages(), 0)));
  if (!TreeReader(doc, max_nodes, index).read(root)) return StructureIndex{};
  return index;
}

}  // namespace coi::extract
