// Words Poppler glued across a table's column border. Poppler ends a word where the next glyph
// starts more than about a tenth of an em after the last one, or overlaps it by a fifth; a word
// overflowing its narrow column (LaTeX's p columns, a header word wider than its cell) can end
// just where, or just after, the next cell's text begins, and the two cells' words come out as
// one ("Disproportionately" + "Unaccompanied" -> "DisproportionatelyUnaccompanied"). The
// characters' left edges (Page::char_x) tell where inside such a word the next column starts.
// Layout cuts a word where a link's text ends inside it ("cards" of "cards’,",
// layout_broken_links.cc), the tables stage where a column starts, segment where a paragraph
// number printed with no gap before its text ends ("6.1.10The", stages/segment/glued_numbers.cc):
// all cut the model's words, so the cut lives with the model.
#pragma once

#include <cstddef>

#include "pipeline/model.h"

namespace coi {

/// The code point of `word` (past its first) whose left edge lies nearest x, within `tolerance`
/// (the last of equals); 0 when none does, or when extract kept no character edges for it
/// (hand-built words).
size_t char_start_at(const Page& page, const Word& word, double x, double tolerance);

/// Cuts page word `w` before its code point `k` (0 < k < its code points): the word keeps the
/// characters before, a new word (appended to page.words, placed after `w` in its line) takes
/// the rest. The PDF put no space between them.
void cut_word(Page& page, int w, size_t k);

/// Drops the characters' left edges (Page::char_x, Word::first_char) once no stage is left to cut
/// a word (segment, the last, releases them): a long note's take megabytes.
void release_char_edges(Doc& doc);

}  // namespace coi
