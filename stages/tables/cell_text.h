// Words into the cells of table fragments, cell text as inline runs, and header rows.
#pragma once

#include <string>
#include <vector>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "pipeline/vocabulary.h"
#include "stages/tables/cell_grid.h"
#include "stages/tables/fragment.h"
#include "stages/tables/tables_config.h"
#include "stages/text/hyphenation.h"
#include "stages/text/inline_runs.h"

namespace coi::tables {

/// The note's words, the evidence that settles words narrow columns broke (cell_text.cc, Step 3b).
struct NoteWords {
  const Vocabulary& printed;  ///< running text, a table row read as a line across its cells
  const Vocabulary& whole;    ///< printed whole, a cell's words only beside another (whole_words.h)
  const Vocabulary& alone;    ///< a cell's only line, one word (whole_words.h, Step 7)
  bool words_overflow;        ///< the note's cells let words overflow: none is cut (whole_words.h)
  const RunningFooter& footer;  ///< where the note prints its running footer (cell_grid.h)
};

/// Puts each word of `page` (outside the footnote area) into the cell of `fragments` under its
/// centre, builds each cell's inlines (the note's `words` settle words that narrow columns
/// broke), and sets each fragment's header_rows. Words sticking out of their cell are reported
/// as "table-cell-overflow".
void fill_cells(const Doc& doc, Page& page, std::vector<Fragment>& fragments,
                const NoteWords& words, const Hyphenation& hyphenation,
                const TablesConfig& config, Diagnostics& diag);

/// Whether `above`, a cell line's one word, and a word broken from it or a word of its own
/// opening the next line (`below`: what that line may start, its first piece first) are two
/// words by the note's words, where the widths leave it open (cell_text.cc, Step 3b). `below_counted`:
/// the first piece is itself counted in the note's running text (a word follows it on its line).
bool two_words(const std::string& above, const std::vector<std::string>& below,
               bool below_counted, const NoteWords& words);

/// True when `word` is a hyphen and nothing else ("-", U+2010, a soft hyphen): a missing value's
/// "-" where it is a cell's whole text; under a line of its cell, a piece of a range a column
/// narrower than it cut between characters ("42%" / "-" / "38%").
bool hyphen_alone(const std::string& word);

/// How a cell's printed lines become inlines: the cell gap that counts as a space, and the
/// note's judge of line-end hyphens (stages/text/hyphenation.h), as for paragraphs.
InlineRunOptions cell_inline_options(const TablesConfig& config, const Hyphenation& hyphenation);

/// True when `mark`, set right after `base`, is a superscript of it: at most
/// superscript_max_size of its size, its baseline raised by superscript_min_rise of it and still
/// inside its box (a footnote mark such as the "90" of "2021⁹⁰").
bool superscript_of(const Word& mark, const Word& base, const TablesConfig& config);

/// Whether a word of `words` not raised yet may be a superscript (superscript_of) of another word
/// of `words`, by size alone: the smallest of them small enough beside the size that allows most.
/// Most tables print one size, and a search of their words for marks then finds none.
bool may_hold_superscripts(const Page& page, const std::vector<int>& words,
                           const TablesConfig& config);

/// Marks as raised the words of `fragment` set as superscripts right after a word of the cell
/// text (superscript_of) that layout left unmarked.
void mark_superscripts(Page& page, const Fragment& fragment, const TablesConfig& config);

/// The number of header rows at the top of `fragment`: rows whose text is all bold, above the
/// first row that is not, extended down to the end of their cells' rowspans. 0 when every row
/// is bold (nothing tells header from body).
int count_header_rows(const Page& page, const Fragment& fragment, const TablesConfig& config);

/// Header cells carry their emphasis in Cell::header: their bold runs become plain text.
void demote_strong(Inlines& inlines);

}  // namespace coi::tables
