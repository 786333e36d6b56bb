// Figures against the tree's Figure elements: what the page cannot show, the tree can.
//
// A figure prints no text, so the layout finds it as a placed image and knows nothing of what it
// shows. A tagged PDF wraps the image's marked content in a Figure element whose /Alt holds the
// alternative text the author wrote (Word's and LibreOffice's "Alt Text").
// 1. Figure elements holding marked content, in tree order, each on the first page it marks.
// 2. The figure blocks, in reading order. Walking both, a block takes the next unclaimed Figure
//    on its own page; a Figure on an earlier page than the block is skipped (the layout found no
//    image for it: too small, or not an image) and reported.
// 3. The alternative text as the reader should get it. LibreOffice writes a frame's title and
//    description joined as "title - description"; with both the same (the usual case, as in the
//    tagged fixture: "Flow chart ... - Flow chart ...") that is one text, written once.
// 4. A matched figure takes the alt text whatever the tree's soundness (nothing else states it);
//    its signal is "structure-tree" only when the tree is sound.
// Example: figure blocks on pages 24 and 34, Figure elements marking pages 24, 34, 34 -> the
// first two are matched; the third Figure has no block and is reported.
#include <string>
#include <string_view>
#include <vector>

#include "stages/structure/structure_parts.h"

namespace coi::structure {

namespace {

std::string written_once(const std::string& alt) {
  constexpr std::string_view kJoin = " - ";
  if (alt.size() < kJoin.size() || (alt.size() - kJoin.size()) % 2 != 0) return alt;
  const size_t half = (alt.size() - kJoin.size()) / 2;
  if (alt.compare(half, kJoin.size(), kJoin) != 0) return alt;
  if (alt.compare(0, half, alt, half + kJoin.size(), half) != 0) return alt;
  return alt.substr(0, half);
}

}  // namespace

void judge_figures(const std::vector<StructNode>& nodes, std::vector<Block>& blocks,
                   const Soundness& tree, Reporter& report) {
  std::vector<size_t> figures;  // step 1
  for (size_t n = 0; n < nodes.size(); ++n) {
    if (nodes[n].type == "Figure" && !nodes[n].pages.empty()) figures.push_back(n);
  }
  size_t next = 0;
  for (Block& b : blocks) {
    if (b.kind != BlockKind::kFigure) continue;
    const int page = first_page(b.where);
    while (next < figures.size() && nodes[figures[next]].pages.front() < page) {
      const StructNode& lost = nodes[figures[next++]];
      report.disagree("Figure element with no figure printed on its page", lost.pages.front(),
                      "");
    }
    if (next == figures.size() || nodes[figures[next]].pages.front() != page) continue;
    b.alt = written_once(nodes[figures[next++]].alt);
    if (tree.sound) b.signal = Signal::kStructTree;
  }
}

}  // namespace coi::structure
