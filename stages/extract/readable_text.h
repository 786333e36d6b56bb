// Whether a PDF's text layer reads as text: a driver that re-prints a note can leave its words
// unreadable (fonts with no Unicode map, whose character codes Poppler reads as they are:
// "+RPH 2IILFH" for "Home Office"; or a map to the glyphs' own numbers: control characters), and
// such a note must be refused in one line rather than converted into garbage.
//
// A COI note is in English, and the commonest English words ("the", "of", "and", ...) are a
// quarter of the words of English prose. A text layer of at least `readable_min_chars`
// characters in which they are fewer than `readable_min_share` of the words is not text. Words
// are counted as at least one in six characters, so that a layer of digits, punctuation and
// control characters, with no words of letters at all, is judged too. Single letters are no
// evidence either way (a coded text is full of them) and are left out of the common words.
// A layer short of common words is still read when at least `readable_min_spelled` of its
// printed words are spelled as English spells words (letters, lower case but the first, a
// vowel): a few words repeated, or a page of names and figures, is text; a coded layer spells
// almost nothing.
//
//   "The authorities stated that ..."     the, that: 2 of 4 words           -> readable
//   "A single enormous page." x 300       no common word, 3 of 4 spelled    -> readable
//   "7KH DXWKRULWLHV VWDWHG WKDW ..."     no common word, none spelled      -> unreadable
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model.h"
#include "stages/extract/extract_config.h"

namespace coi::extract {

/// What makes the text of `pages` unreadable, as a message ("text cannot be read: ..."), or
/// nothing when it reads as English or is too short to tell.
std::optional<std::string> unreadable_text(const std::vector<Page>& pages, const ExtractConfig& config);

}  // namespace coi::extract
