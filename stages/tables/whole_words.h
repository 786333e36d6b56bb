// The words a note prints whole: the evidence that tells a word a narrow table column broke
// between characters ("Gra" / "nted", "Y" / "e" / "ar") from two words a column wrapped
// ("Refugee" / "status") (cell_text.cc, Step 3b).
//
// Step 1: words of running text outside every table count, as in Vocabulary: a word with a space
//         printed before or after it on its line.
// Step 2: a word inside a table counts only where a line of its own cell prints it beside
//         another word, a space apart ("Refugee status" on one line of a wider cell, "Not
//         applicable"). Poppler reads a table row as one line across its cells, so every cell
//         line has a space printed beside it; counted as running text, each piece a narrow
//         column cut would be a word of the note ("Gra" and "nted" in a header repeated on ten
//         pages, "Y" and "e" in every Year column).
//
//   | Decision |  Year |      Gra / nted, Y / e / ar: each alone on its cell line, never counted
//   | Gra      |  Y    |      "Refugee status" beside each other in a wider cell: both counted,
//   | nted     |  e    |      so "Refugee" / "status" in a narrow one reads as two words
//   |          |  ar   |
//
// Step 3: whether the note's cells let words overflow: a line of one word (two characters or
//         more, opening with a letter) wider than its cell's text width by more than
//         `overflowing_word` of its size. A producer that cuts words to fit their column (Word,
//         LibreOffice, CSS engines told to) never leaves one; one that lets them overflow (TeX)
//         breaks lines at spaces and hyphens only, in every table of the note, so none of its
//         cell lines ends inside a word ("Subsidiary" / "protection" in a column just wider than
//         "Subsidiary", while "Unaccompanied" runs 40 pt past its own).
//
// Step 4: a word a cell prints alone on its line counts where the cell's own widths show a break
//         at a space beside it: the line, the next line's first character and
//         `space_break_room` of its size fit the cell's text width (cell_grid.h; where no rule
//         draws the column borders, at most what the columns' text starts leave the column, as
//         in cell_text.cc's Step 3), so a producer cutting a word to fit would have kept that
//         character. A line so broken counts when the cell's first line or broken so above it,
//         and the line after it when the cell's last line or broken so below it; a line alone
//         in its cell says nothing (a grid that split a header's lines into rows gives "Pen" /
//         "ding" a cell each). Words of two letters or more only, opening and ending with a
//         letter: a CSS engine breaks lines after "/" and "," too ("N/" / "A"), and a cut most
//         often leaves one letter ("Me" / "n"); the line above may end in a number, since no
//         line breaks between a digit and a letter but at a space ("€653" / "million").
//         WeasyPrint prints "Refugee status" whole in no cell, but a wide cell's "Refugee" /
//         "status" (room for the "s") makes both words, so that "Refu" / "gee" / "sta‐" / "tus"
//         in a narrow one reads as two.
//
// Step 5: the pieces of a word a line-end hyphen broke are no words: the head ("accommod-",
//         which the vocabulary folds to "accommod") and the rest opening the next line ("ation"),
//         in running text (a paragraph or footnote read on over a page break: "applic-" at the
//         foot of one page, "ations" atop the next; a cover's title, "Informa-" / "tion Note":
//         counted, XeLaTeX's "Educa" / "tion" in three narrow header cells read as a piece and
//         a word, held21 2555) and inside a cell. Counted, XeLaTeX's
//         "Accommod" / "ation" in a narrow header read as two words the note prints (held18
//         2204, 2208), where no paragraph prints either piece but beside its hyphen. Only a
//         break the hyphen judge reads as the typesetter's: a compound's halves are words
//         ("child-" / "protection": counted, "Subsidiary" / "protection" in a narrow cell stay
//         two words; held19 2306, 2329, LibreOffice and WeasyPrint).
//
// Step 6: a cell line's last word after other words, too wide together with the next line's
//         first word for a line of the cell (both letters at the break), counts nowhere: it may
//         be the piece of a word TeX cut after the words that fit before it ("Not app" /
//         "licable", three cells of a row), which the cell prints beside "Not" but which is no
//         word the note prints (cell_text.cc, Step 3d). A word so ended that is one ("not" of
//         "Data not" / "applicable") is printed elsewhere.
//
// Step 7: apart from the words printed whole, the words a cell prints as its only line, alone
//         ("Accommodation" in a row of figures): a cell of one line broke nothing, so its word is
//         printed whole, but a grid that split a header's lines into rows gives each piece a
//         cell ("Pen" / "ding"), so these answer only whether two pieces join into a word the
//         note prints (cell_text.cc, Step 3b), never whether a piece is a word.
//
// Every page's tables are found before any is filled (tables.cc), so a word printed whole on a
// later page counts too.
#pragma once

#include <vector>

#include "pipeline/model.h"
#include "pipeline/vocabulary.h"
#include "stages/tables/cell_grid.h"
#include "stages/tables/fragment.h"
#include "stages/tables/tables_config.h"
#include "stages/text/hyphenation.h"

namespace coi::tables {

/// What a note's cells say of its words.
struct CellWords {
  Vocabulary whole;             ///< the words it prints whole (Steps 1, 2 and 4 to 6)
  Vocabulary alone;             ///< the words a cell prints as its only line (Step 7)
  bool words_overflow = false;  ///< its cells let words overflow (Step 3)
};

/// Whether `piece`, a cell line's last word after other words, and `rest`, the first word of
/// the line below, are too wide together for a line of the cell's text width `width` (Step 6):
/// a typesetter that cuts a word after others on its line ("Not app" / "licable") cuts only a
/// word no line of the cell could hold whole, as breaking at the space before it costs less.
bool wider_than_line(const Word& piece, const Word& rest, double width);

/// Reads `doc`'s words, given every page's table fragments by page index (one list per page),
/// their cells not yet filled, the count of its running-text words as they now stand
/// (Vocabulary(doc)), the note's running footer (whose words are no cell's) and its judge of
/// line-end hyphens (Step 5 takes away the pieces of broken words only, not a compound's halves).
CellWords read_cell_words(const Doc& doc, const std::vector<std::vector<Fragment>>& fragments,
                          Vocabulary running, const RunningFooter& footer,
                          const Hyphenation& hyphenation, const TablesConfig& config);

}  // namespace coi::tables
