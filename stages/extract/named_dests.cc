// Named destinations resolved once, in the order of their objects (extract_parts.h says why).
//
// 1. The names come from the catalog's Dests dictionary (PDF 1.1) and from the leaves of its
//    Names/Dests tree, each with the object its value refers to (unresolved: no object is read
//    for it yet). A tree node met twice (a cycle in a damaged file) is walked once; a tree
//    deeper than kMaxTreeDepth (damaged or hostile) leaves the table empty, and each link
//    looks its name up itself, as before; so do more names than kMaxNamesPerPage per page.
// 2. They are resolved in the order of those objects' numbers, each once, by Poppler's own
//    lookup (PDFDoc::findDest: the dictionary first, then the tree) and the same placement as a
//    link's (place_destination), so a name resolves here as it did link by link. Writers give
//    the objects of one object stream consecutive numbers, so in this order the stream Poppler
//    parsed for one destination still holds the next. The lookups run before the page tree is
//    walked (PageNumbers), the placements after it (place): the walk comes last, so the five
//    object streams Poppler keeps when the pages are read are the walk's last, those of the
//    last pages, which the first copy reads first (page_workers.cc); looked up after the walk,
//    the destinations' streams evicted them.
// 3. Poppler's messages while resolving a name are kept with it and said again wherever a link
//    or bookmark uses it; messages for names no link uses are never reported.
#include <poppler/Catalog.h>
#include <poppler/Link.h>
#include <poppler/XRef.h>

#include <algorithm>
#include <climits>
#include <set>
#include <tuple>

#include "stages/extract/extract_parts.h"
#include "stages/extract/poppler_session.h"

namespace coi::extract {

namespace {

// A name and the object number its value refers to (INT_MAX for a direct value: nothing to read).
struct Named {
  std::string name;
  int object = INT_MAX;
};

int object_of(const Object& value) { return value.isRef() ? value.getRefNum() : INT_MAX; }

// Deeper than any name tree a writer balances (pdfTeX and xdvipdfmx write two or three levels):
// a deeper one is a damaged or hostile file, left to Poppler's lookup link by link as before, so
// that it is recursed into (by this walk and by Poppler's, which has no bound) only where a link
// asks for a name. Changes no output, only when the table is built.
constexpr int kMaxTreeDepth = 64;

// More names per page than a note's links and bookmarks could use (a XeLaTeX note names each
// page, section, footnote and list item: 6 a page on a 103-page note): the trees then hold
// names no link asks for (a generated index of every object, or a hostile file), and resolving
// each ahead (about 50,000 instructions a name where its object stream is parsed for it) would
// cost more than the pages. Links look their names up themselves instead: the same targets,
// paid only for the names used. Changes no output, only when names are resolved.
constexpr int kMaxNamesPerPage = 200;

// Step 1: the leaves of the name tree under `node`; false when it is deeper than kMaxTreeDepth.
bool collect_tree(const Object& node, int depth, std::set<int>& walked, std::vector<Named>& out) {
  if (depth > kMaxTreeDepth) return false;
  if (!node.isDict()) return true;
  const Object names = node.dictLookup("Names");
  if (names.isArray()) {
    for (int i = 0; i + 1 < names.arrayGetLength(); i += 2) {
      const Object key = names.arrayGet(i);
      if (key.isString()) {
        out.push_back(Named{key.getString()->toStr(), object_of(names.arrayGetNF(i + 1))});
      }
    }
  }
  const Object kids = node.dictLookup("Kids");
  if (!kids.isArray()) return true;
  for (int i = 0; i < kids.arrayGetLength(); ++i) {
    const Object& ref = kids.arrayGetNF(i);
    if (ref.isRef() && !walked.insert(ref.getRefNum()).second) continue;
    if (!collect_tree(kids.arrayGet(i), depth + 1, walked, out)) return false;
  }
  return true;
}

}  // namespace

NamedDestinations::NamedDestinations(PDFDoc& doc) {
  ErrorScope scope(&document_errors_);
  std::vector<Named> names;
  const Object catalog = doc.getXRef()->getCatalog();
  if (!catalog.isDict()) return;
  const Object dests = catalog.dictLookup("Dests");
  if (dests.isDict()) {
    for (int i = 0; i < dests.dictGetLength(); ++i) {
      names.push_back(Named{dests.dictGetKey(i), object_of(dests.dictGetValNF(i))});
    }
  }
  const Object tree = catalog.dictLookup("Names");
  if (tree.isDict()) {
    std::set<int> walked;
    const Object& root = tree.dictLookupNF("Dests");
    if (root.isRef()) walked.insert(root.getRefNum());
    if (!collect_tree(tree.dictLookup("Dests"), 0, walked, names)) return;
  }
  if (names.empty() ||
      names.size() > static_cast<size_t>(kMaxNamesPerPage) * std::max(doc.getNumPages(), 1)) {
    return;
  }
  // Poppler reads its copy of the tree at the first lookup: its messages about the tree are the
  // document's (page 1's, with the outline's), not the first name's.
  doc.getCatalog()->numDestNameTree();
  // Step 2.
  std::stable_sort(names.begin(), names.end(),
                   [](const Named& a, const Named& b) { return a.object < b.object; });
  for (const Named& named : names) {
    const auto [it, added] = targets_.try_emplace(named.name);
    if (!added) continue;
    ErrorScope name_scope(&it->second.errors);
    const GooString name(named.name);
    looked_up_.push_back(LookedUp{&it->second, doc.findDest(&name)});
  }
}

NamedDestinations::~NamedDestinations() = default;

void NamedDestinations::place(PDFDoc& doc, const PageNumbers& pages) {
  report_poppler_messages(document_errors_);
  document_errors_.clear();
  for (LookedUp& looked_up : looked_up_) {
    Target& target = *looked_up.target;
    ErrorScope scope(&target.errors);
    LinkArea area;
    place_destination(doc, pages, looked_up.dest.get(), area);
    target.page = area.dest_page;
    target.y = area.dest_y;
  }
  looked_up_.clear();
}

const NamedDestinations::Target* NamedDestinations::find(const std::string& name) const {
  const auto it = targets_.find(name);
  return it == targets_.end() ? nullptr : &it->second;
}

}  // namespace coi::extract
