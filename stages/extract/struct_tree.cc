// The structure tree of a tagged PDF, read through Poppler's core API (StructTreeRoot /
// StructElement), flattened into the model's Doc::structure.
//
// 1. Walk the tree depth-first (an explicit stack: hostile files nest deeply). Every element
//    becomes one StructNode, its type the standard name Poppler resolved through the RoleMap
//    (LibreOffice writes "Numbered Paragraph" and maps it to P; Word writes standard names).
// 2. A content child (MCID) ties the element to marked content on a page: page_mcids[page][mcid]
//    = node. The page comes from the content's /Pg, else its ancestors' (Poppler walks up).
// 3. Object references (OBJR: link annotations) carry no text and are skipped.
// Example: Document > H2 (MCIDs 2, 3 on page 5) gives nodes [Document, H2] and
// page_mcids[4][2] = page_mcids[4][3] = 1; a word drawn under MCID 3 on page 5 gets node 1.
// Poppler drops elements whose type it cannot resolve (with their subtrees); their words then
// stay without a node, which the structure stage treats as missing tree.
#include <poppler/Catalog.h>
#include <poppler/StructElement.h>
#include <poppler/StructTreeRoot.h>

#include <algorithm>
#include <map>
#include <utility>

#include "stages/extract/extract_parts.h"

namespace coi::extract {

namespace {

// Page numbers by page object reference: Catalog::findPage scans all pages on each call.
class PageFinder {
 public:
  explicit PageFinder(PDFDoc& doc) : doc_(doc) {}
  int page_of(const StructElement& element) {
    Ref ref;
    if (!element.getPageRef(ref)) return 0;
    auto [it, inserted] = cache_.try_emplace(std::make_pair(ref.num, ref.gen), 0);
    if (inserted) it->second = doc_.findPage(ref);
    return it->second;
  }

 private:
  PDFDoc& doc_;
  std::map<std::pair<int, int>, int> cache_;
};

void add_page(StructNode& node, int page) {
  if (node.pages.empty() || node.pages.back() < page) {
    node.pages.push_back(page);
  } else if (std::find(node.pages.begin(), node.pages.end(), page) == node.pages.end()) {
    node.pages.insert(std::lower_bound(node.pages.begin(), node.pages.end(), page), page);
  }
}

void record_mcid(StructureIndex& index, int page, int mcid, int node) {
  if (page < 1 || page > static_cast<int>(index.page_mcids.size()) || mcid < 0) return;
  std::vector<int>& mcids = index.page_mcids[static_cast<size_t>(page - 1)];
  if (mcid >= static_cast<int>(mcids.size())) mcids.resize(static_cast<size_t>(mcid) + 1, -1);
  mcids[static_cast<size_t>(mcid)] = node;
  add_page(index.nodes[static_cast<size_t>(node)], page);
}

}  // namespace

int StructureIndex::node_of(int page, int mcid) const {
  if (page < 1 || page > static_cast<int>(page_mcids.size()) || mcid < 0) return -1;
  const std::vector<int>& mcids = page_mcids[static_cast<size_t>(page - 1)];
  return mcid < static_cast<int>(mcids.size()) ? mcids[static_cast<size_t>(mcid)] : -1;
}

StructureIndex read_structure(PDFDoc& doc, int max_nodes) {
  StructureIndex index;
  StructTreeRoot* root = doc.getCatalog()->getStructTreeRoot();
  if (!root) return index;
  index.page_mcids.resize(static_cast<size_t>(std::max(doc.getNumPages(), 0)));
  PageFinder pages(doc);
  // (element, parent node); children pushed in reverse so they pop in document order.
  std::vector<std::pair<const StructElement*, int>> stack;
  for (int i = static_cast<int>(root->getNumChildren()) - 1; i >= 0; --i) {
    stack.emplace_back(root->getChild(i), -1);
  }
  while (!stack.empty()) {
    auto [element, parent] = stack.back();
    stack.pop_back();
    if (!element || element->isObjectRef()) continue;
    if (element->isContent()) {
      if (parent >= 0) record_mcid(index, pages.page_of(*element), element->getMCID(), parent);
      continue;
    }
    if (static_cast<int>(index.nodes.size()) >= max_nodes) return StructureIndex{};
    const int node = static_cast<int>(index.nodes.size());
    const char* type = element->getTypeName();
    index.nodes.push_back(StructNode{type ? type : "", parent, {}});
    for (int i = static_cast<int>(element->getNumChildren()) - 1; i >= 0; --i) {
      stack.emplace_back(element->getChild(i), node);
    }
  }
  return index;
}

}  // namespace coi::extract
