// Words -> inline runs: the one place where printed words become text, bold, links, internal
// cross-references and footnote marks. Shared by segment (paragraphs, items, headings), tables
// (cells) and footnotes (note text), so that every container reads words the same way.
//
// Step 1: each word's text is normalised (normalize_text): NFC, ligature glyphs (ﬁ, ﬂ...) become
//         letters, soft hyphens inside a line vanish, no-break spaces become spaces.
// Step 2: the run kind of each word: a raised word of digits is a footnote mark (fnref); a word
//         under an external link area is a link with that URL; under an internal one, an xref
//         whose target the caller resolves (xref_target); a bold word is strong; a word under
//         no link printing a web address with its scheme ("https://x.org/a,") is a link to that
//         address, the punctuation after it text (a driver that re-prints a note may drop every
//         link annotation, a producer fail to write one); else text.
// Step 3: separators. Within a line, a space where the PDF has one (Word::space_after) or where
//         the gap between boxes is wider than `space_gap` font-size units; never before a mark,
//         and after a mark only where the gap is that wide at the larger of the two sizes
//         ("Refugees¹." has no space); never before closing punctuation nearer than that gap,
//         whatever the PDF's word break says (a driver's re-print moves "readmission" | ", no
//         date" 0.12 em apart), though a run of dots (a leader, an ellipsis) keeps the PDF's.
//         Between lines, a space, except after a soft hyphen (dropped: the word was broken) or
//         after a hyphen (- or U+2010) that follows a letter or digit: no space, and the hyphen
//         kept where it is the text's ("asylum-" / "seekers" is "asylum-seekers", "225-" / "6"
//         is "225-6": Word breaks compounds at their hyphen and does not hyphenate on its own),
//         dropped where the options' Hyphenation judges it the typesetter's ("con-" /
//         "sidering" is "considering"; stages/text/hyphenation.h). Without one, every hyphen is
//         kept. No space either after an en or em dash attached to the word before it (a line
//         breaks after "2017–" in "(2017–2021)"), between the bracket groups of a chained
//         reference ("Part 2(3)" / "(1A)" is "2(3)(1A)"; "(14%)" / "(n=2,972)" keeps its
//         space), or inside a printed URL (the next line's word is the same link and continues
//         its URL; linked or not, a URL whose line ends on "?", "&", "=" or "#" goes on, and
//         one ending on "/" or "." goes on where the next line opens with a piece of an
//         address: "https://www." / "bbc.co.uk/news", url_broken_open; so does a scheme cut
//         short where the next line completes the address: "https:/" / "/www.x.org/a",
//         completes_scheme, and a scheme TeX hyphenated, its hyphen dropped: "ht-" /
//         "tps://www.x.org/a", scheme_hyphenated).
// Step 4: adjacent runs of the same kind (and URL/target) merge; spaces at a run boundary go to
//         the plain-text side, so "Decision makers " [must] " consider" reads as in docs/MODEL.md.
// Step 5: whitespace runs collapse to one space and the ends are trimmed.
//
//   "Decision makers **must** consider all claims¹²"  ->
//   text "Decision makers " | strong "must" | text " consider all claims" | fnref 1 | fnref 2
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model.h"

namespace coi {

class Hyphenation;

/// A word of the document: 1-based page number and index into that page's words.
struct WordRef {
  int page = 0;
  int word = 0;
};

/// The words of one printed line, left to right.
using TextLine = std::vector<WordRef>;

struct InlineRunOptions {
  /// Gap between two words, in font-size units, read as a space when the PDF gives none.
  double space_gap = 0.15;
  /// Turns raised digit words into footnote refs (off where marks cannot occur).
  bool footnote_marks = true;
  /// Judges hyphens at line ends (not owned; must outlive the call). Unset: all are kept.
  const Hyphenation* hyphenation = nullptr;
  /// Maps an internal link to the target of an xref (heading number or text); nullopt keeps the
  /// words as plain text. Unset: internal links are plain text.
  std::function<std::optional<std::string>(const LinkArea&)> xref_target;
};

/// Builds the inline runs of `lines` (in reading order).
Inlines build_inlines(const Doc& doc, const std::vector<TextLine>& lines,
                      const InlineRunOptions& options);

/// NFC, ligatures to letters, soft hyphens removed, no-break and other spaces to ' '.
std::string normalize_text(std::string_view text);
/// normalize_text(text) without a copy where it changes nothing: `text` itself when it is ASCII
/// without tab, LF or CR (most words), else a view of the normalised text put into `scratch`.
std::string_view normalize_text(std::string_view text, std::string& scratch);

/// Appends `run` to `inlines`, merging with the last run when kind and target agree.
void append_run(Inlines& inlines, Inline run);

/// Collapses whitespace inside runs and across run boundaries; trims both ends.
void tidy_whitespace(Inlines& inlines);

}  // namespace coi
