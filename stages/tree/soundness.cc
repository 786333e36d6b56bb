// Soundness of a structure tree, on the lines the layout stage found.
//
// 1. Coverage: the share of the words of text lines (body, table, footnote: not page furniture,
//    which producers leave untagged as artifacts) drawn inside some element. A half-tagged
//    export fails here.
// 2. Order: walking the body lines in the layout's reading order, each line is owned by the
//    block-level element holding most of its words. Where the owner changes from one line to the
//    next, the new owner should come later in the tree's depth-first order (its index is
//    higher). A reordered or broken tree fails here. Only changes count: a paragraph of ten lines
//    is one step of reading order, not nine agreements.
// The tree is sound when both shares reach their settings; only then may it decide anything.
// Example: lines owned by P 4, P 4, H2 9, P 7, P 12 -> changes 4->9, 9->7, 7->12: 2 of 3 in
// order (67%), below 0.9: not sound.
#include "stages/tree/soundness.h"

namespace coi::tree {

namespace {

bool text_line(LineRole role) {
  return role == LineRole::kBody || role == LineRole::kTable || role == LineRole::kFootnote;
}

}  // namespace

Soundness judge_soundness(const Doc& doc, const ElementOwners& owners,
                          const SoundnessConfig& config) {
  Soundness s;
  long words = 0, tagged = 0;
  int changes = 0, in_order = 0, previous = -1;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (!text_line(line.role)) continue;
      for (int w : line.words) {
        ++words;
        tagged += page.words[static_cast<size_t>(w)].struct_node >= 0;
      }
      if (line.role != LineRole::kBody) continue;
      const int owner = owners.owner_of_words(page, line.words, Lens::kBlock);
      if (owner < 0 || owner == previous) continue;
      if (previous >= 0) ++changes, in_order += owner > previous;
      previous = owner;
    }
  }
  s.tagged_share = words ? static_cast<double>(tagged) / static_cast<double>(words) : 0;
  s.order_agreement = changes ? static_cast<double>(in_order) / changes : 1.0;
  if (s.tagged_share < config.min_tagged_share) {
    s.reason = "too few words tagged";
  } else if (s.order_agreement < config.min_order_agreement) {
    s.reason = "elements out of reading order";
  }
  s.sound = s.reason.empty();
  return s;
}

}  // namespace coi::tree
