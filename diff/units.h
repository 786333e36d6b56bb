// The paragraphs of one version, cut into comparable units and word tokens (internal to diff/).
//
// A unit is a paragraph or quote block, or one list item: the smallest thing a note's author
// edits as a whole and a reader cites. Its tokens come from ICU's word BreakIterator; a
// footnote mark becomes one token standing for what it cites (the source ID, or the footnote's
// text when it cites no listed source), so renumbered footnotes compare equal.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "diff/diff_report.h"
#include "pipeline/model.h"

namespace coi::diff_internal {

/// Interns token texts into small integers shared by both versions.
class Interner {
 public:
  /// The ID of `text`, allocating one for a new text.
  int id(const std::string& text);
  /// How many distinct texts were interned.
  int size() const { return static_cast<int>(ids_.size()); }

 private:
  std::unordered_map<std::string, int> ids_;
};

/// One token: a word, a punctuation mark or a citation, with the spacing before it.
struct Token {
  std::string text;
  int id = 0;
  bool space_before = false;
  bool word = false;  ///< counts for similarity (words, numbers and citations, not punctuation)
};

/// A unit's tokens and what the aligner needs of them.
struct UnitText {
  std::vector<Token> tokens;
  std::vector<int> bag;  ///< sorted IDs of the word tokens (a multiset)
  uint64_t hash = 0;     ///< of the token IDs in order: equal text <=> equal hash (w.h.p.)
};

/// What a footnote mark stands for.
struct Citation {
  std::string key;      ///< source ID, or "note: <footnote text>" when unresolved
  std::string display;  ///< as shown in word diffs: "[S017]"
};

/// Footnote number -> citation. Source IDs are renamed through `rename` (old ID -> new ID), so
/// that a source whose ID changed with its URL still compares equal.
std::map<int, Citation> citations(const Doc& doc, const std::map<std::string, std::string>& rename);

/// Word-breaks text with ICU (one BreakIterator reused across calls).
class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;
  /// Tokens of `inlines`; footnote marks through `cites`.
  UnitText tokenize(const Inlines& inlines, const std::map<int, Citation>& cites,
                    Interner& interner);

 private:
  void add_text(const std::string& text, Interner& interner, UnitText& out, bool& space);
  struct Impl;
  Impl* impl_;
};

/// The units of `doc` in reading order, with their tokens.
void collect_units(const Doc& doc, const std::map<int, Citation>& cites, Tokenizer& tokenizer,
                   Interner& interner, std::vector<DiffUnit>& units, std::vector<UnitText>& texts);

/// Dice similarity of two sorted multisets.
double dice(const std::vector<int>& a, const std::vector<int>& b);
/// Union of sorted multisets (for concatenated paragraphs).
std::vector<int> bag_union(const std::vector<int>& a, const std::vector<int>& b);

/// Plain text of inlines with footnote marks shown as their citations (table cells).
std::string cited_text(const Inlines& inlines, const std::map<int, Citation>& cites);

/// What two texts are compared by: `text` without the spaces that touch punctuation, so that
/// "labour/ domestic" and "labour/domestic" (a line break after the slash on one page, at the
/// space on the other: the page cannot tell them apart) or "( 2019)" and "(2019)" are the same
/// text, as they are the same tokens to the paragraph diff. Spaces between words still count.
std::string substance(const std::string& text);

}  // namespace coi::diff_internal
