// Cell text and header rows of table fragments.
//
// Step 1: a word belongs to the cell under the centre of its box (stages/tables/cell_grid.h:
//         words are far smaller than cells, and the centre is immune to a glyph that overhangs
//         a border). Words in the footnote area never count.
// Step 1b: footnote marks. Layout marks superscripts against its lines, which do not follow
//         cells; a word at most `superscript_max_size` times the size of the word it follows
//         (touching it on the right) and raised by `superscript_min_rise` font-size units above
//         its baseline is marked raised here, so the inline builder reads it as a mark. A
//         mark goes into the cell of the word it follows, wherever its centre lies: past the
//         grid's right border when that word fills the last column (mark_cells.h); and the
//         digits of a mark wrapped below its word in a narrow cell are its pieces.
// Step 2: a cell's words are split into printed lines: sorted by baseline, a new line starts
//         where the baseline moves by more than `line_tolerance` font-size units (a raised
//         footnote mark stays on its line), and each line reads left to right, the pieces of a
//         mark wrapped below its text after it, top to bottom. Poppler reads a
//         row as one line across its cells, so the space it saw after a cell line's last word
//         lies between two cells: it is dropped (that word may be step 3's first piece).
// Step 3: words broken without a hyphen. A word wider than its column cannot wrap at a space,
//         so Word and LibreOffice break it between two characters: "Ye" / "ar", "20" / "2" /
//         "1" in a narrow Year column (a line ending in a hyphen, "-" or U+2010, was broken
//         with one: the hyphen judge reads it). A line break is such a break when `rejoin_broken_words`
//         is on, the line above holds one word (pieces already rejoined count as one) and the
//         last printed line of that word plus the first character of the next line's first word
//         (its width from the PDF's character positions where it gives them)
//         is wider than the cell's text width (the cell's width less its left padding on both sides): a break at a
//         space would have left room for at least that character. Where no rule draws the
//         column borders, the grid's are guesses between the columns' text, and the text width
//         is at most what the columns' text starts leave the column (cell_grid.h,
//         column_text_widths): WeasyPrint's "22" / "7" and "Hea" / "lth‐" / "care" in columns
//         19 and 27 pt wide sat in cells guessed 25 and 32 pt wide (a border at a column's first
//         letter), where "227" and "Heal" seemed to fit: "22 7", "Hea lthcare". The next word
//         moves up onto the line above, which the inline builder reads as one word (no space,
//         no gap), and so do raised marks left alone on its line ("1" + mark "90"). None of
//         this in a note whose cells let words overflow (stages/tables/whole_words.h, Step 3): its
//         producer never cuts a word ("Refugee" 7.5 pt past its column, then "status"). A
//         hyphen alone on the line under a line of one word moves up whatever the widths say:
//         a range cut between characters ("42%" / "-" / "38" / "%"), which the hyphen judge
//         then reads as a line ending in a hyphen over a number ("42%-38%").
// Step 3b: geometry cannot tell "Average" / "time" in a column just wider than "Average" from a
//         broken "Averagetime"; the words the note prints whole can (stages/tables/whole_words.h,
//         see two_words): both are words the note prints elsewhere, "Averagetime" is not, or a
//         wider cell's widths show them whole ("Refugee" / "status" with room for the "s"). A
//         table's words count only where their cell prints them beside another word: Poppler
//         reads a row as one line across its cells, so every piece a narrow column cut ("Gra" /
//         "nted", "Y" / "e" / "ar") has a space beside it, and counted as running text it read
//         as a word. The word above is the whole word so far: "Unac" / "compa" / "nied" /
//         "minors" compares "Unaccompanied" with "minors", not the piece "nied"; the word below
//         may run on over the lines after it ("First" / "inst" / "anc" / "e" has "instance").
//         Nor can geometry tell "US$5.6" / "billion" from a broken "US$5.6billion": a number
//         then a word are two words, and so are an acronym and a capitalised word ("PRAHDA" /
//         "Est-2": no word runs from capitals into one). A word hyphenated over several lines
//         counts whole on either side: "Unac-" / "com-" / "panied" / "mi-" / "nors" compares
//         "Unaccompanied" with "minors"; each hyphen as the hyphen judge reads it, a compound's
//         kept: "Provence-" / "Alpes-Côte" / "d’Azur" compares "Provence-Alpes-Côte", whole in
//         the paragraphs, with "d’Azur" (held19 2312, WeasyPrint: once "Côted’Azur"). The pieces
//         of a word a line-end hyphen broke in the paragraphs ("accommod-" / "ation", "applic-" /
//         "ations") are no words of the note
//         (whole_words.h, Step 5): counted, a narrow header's "Accommod" / "ation" read as two
//         words the note prints (held18 2204, 2208: "Accommod ation", "Reconsider ations").
//         Two pieces printed whole nowhere join, whatever the widths say, into a word the note
//         prints in running text or as a cell's only line ("Accommoda" / "tion" beside a cell
//         "Accommodation": whole_words.h, Step 7; joins_into_a_word).
// Step 3c: a number cut between two characters ("121," / "288", "40." / "3%", "46.3" / "%",
//         "US$" / "8.4": stages/tables/number_cut.h) is rejoined whatever the widths say (CSS
//         engines break lines inside numbers, so the widths do not show it).
// Step 3d: a word cut after other words on its line. XeLaTeX breaks a word at least 80% of its
//         column anywhere, after the words that fit before it ("Not appli" / "cable", "US$3.2
//         billi" / "on"); a line of several words is read as cut inside its last word when
//         the next line's first character would not have followed it (the line's extent, from
//         where it was printed: a first word moved up onto the line above, "US$3." / "2
//         billi", still took its room), the break is between two letters or digits, and the
//         note's words say so: it prints the joined word more often than the piece
//         ("billion", not "billi"): a break at a space that left a full line rarely joins into
//         a word, and never into one printed more often than the word before it ("in" /
//         "to"); or it prints the rest below as a word nowhere (NoteWords::whole, where
//         Poppler's reading of a row across its cells does not count) and the joined word
//         somewhere, in running text or printed whole in a cell ("First in" / "stance": "in" a
//         common word, "instance" in the paragraphs above; "€698 m" / "illion" where the note
//         prints "million" only under "€653" in a cell whose widths show the space:
//         whole_words.h, Step 4; held21 2574). Two pieces of letters the note prints as words
//         nowhere (whole_words.h, Step 6: a cell's "Not app" is no evidence that "app" is a
//         word), joining into no word it prints, are one word where they are too wide together
//         for a line of the cell: TeX cuts a word after others only where no line could hold it
//         whole (the break at the space before it costs no penalty), so "Not app" / "licable"
//         in a column narrower than "applicable" (held18 2216; 2210's "Not appli" / "cable").
//         Narrower than the line, they say nothing: LibreOffice's "remained" / "precarious" in a
//         cell whose line left no room for the "p" (cell-rows/description-moved-over-a-page-1109),
//         two words a space broke. Only TeX cuts a word after others on its line (CSS engines and
//         LibreOffice move a word too wide for what is left of the line whole to the next): its
//         evidence is XeLaTeX's (held17: 4 cells, seeds 2146-2160: 10; the rest printed as no word:
//         seed 2148; held18: 4 cells too wide for their line), read alike in Ghostscript and Cairo
//         re-prints (held17 2105, 2125, 2126; 2148's page re-printed by Cairo, 2216's by
//         Ghostscript), and it changes none of held17's and held18's LibreOffice and WeasyPrint
//         notes.
// Step 3e: a number cut between two digits in a column whose other rows print numbers of one
//         length, each alone in its cell ("1994", "1997": a Year column): a line of one word
//         of digits and the digits below that make a number of that length join, whatever the
//         widths say ("199" / "5³⁰"). XeLaTeX cut "1995" and its mark though, by the PDF's
//         widths, they fitted the column by 0.4 pt (what the line held past the mark is not
//         printed; held21 2575 four cells, held18 2229 one); over held18-21's 356 renders it
//         changes those five cells and no other.
// Step 4: the lines become inline runs through the shared builder (stages/text/inline_runs.h),
//         exactly as paragraph text does: bold kept, raised digits as footnote refs, links with
//         their URLs, a line break as a space ("Cases Judged/" + "Decided" -> "Cases Judged/
//         Decided").
// Step 5: header rows. A rule under the header with none between the body rows under it
//         (hrule_tables.h's `rule_header_rows`) says which rows are the header, whatever their
//         weight. Failing that, weight: Word and LibreOffice's default table styles set a header
//         row in bold (and repeat it on every page). Counting from the top, a row is a header row while every word of the cells
//         starting in it is bold (raised marks aside) and it has text; an empty top-left cell
//         does not break it. The count then grows to cover the rowspans of the header cells ("Type of
//         exploitation" spanning two header rows). A fragment whose rows are all bold has no
//         header: nothing tells header from body. At most `max_header_rows`.
// Step 6: an empty header cell right of a header cell with text (same rows) is part of it:
//         Word users leave the second cell of "Competent authority (EN/FR)" empty instead of
//         merging the two, and the heading means both columns below it.
//
//   | Year | Cases     |     <- all bold: header row 1
//   | 2021 | 68,403    |     <- not bold: first body row, the count stops
//
// Assumption: body cells are not set wholly in bold across an entire row at the top of a table;
// a bold first column alone ("Total") does not make a header because the other cells are not.
#include "stages/tables/cell_text.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <tuple>
#include <utility>

#include "pipeline/ascii_digits.h"
#include "pipeline/utf8.h"
#include "stages/tables/cell_grid.h"
#include "stages/tables/mark_cells.h"
#include "stages/tables/number_cut.h"
#include "stages/tables/whole_words.h"
#include "stages/text/inline_runs.h"

namespace coi::tables {

namespace {

// Step 3b: an acronym above ("PRAHDA", two capitals or more, nothing else) and a capitalised word
// below ("Est-2", "Nord-1": a capital then two lower-case letters at least) are two words: no
// word runs from capitals into a capitalised word, so the widths need not say it ("PRAHDA" /
// "Est-2" in a column just wider than "PRAHDA"). One lower-case letter may be a plural ("ID" /
// "Ps" of "IDPs").
bool acronym_then_name(const std::string& above, const std::string& below) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  return above.size() >= 2 && std::all_of(above.begin(), above.end(), upper) &&
         below.size() >= 3 && upper(below[0]) && lower(below[1]) && lower(below[2]);
}

// What a cell's column says of the words its lines broke: its text width (column_text_widths)
// and, where its other rows each print one number of digits alone, all of one length ("1994",
// "1997": a Year column), that length (Step 3e), else 0.
struct ColumnShape {
  double text_width = std::numeric_limits<double>::infinity();
  size_t digits = 0;
};

// Step 3e: the length of the numbers of digits `f`'s cells of one column print alone (one word
// besides raised marks), by column: 0 where fewer than two cells do or their lengths differ.
std::vector<size_t> column_digits(const Page& page, const Fragment& f) {
  const size_t columns = static_cast<size_t>(std::max(f.column_count(), 0));
  std::vector<std::vector<size_t>> lengths(columns);
  for (const GridCell& cell : f.cells) {
    if (cell.colspan != 1 || cell.col < 0 || static_cast<size_t>(cell.col) >= columns) continue;
    std::vector<const std::string*> plain;  // the words not raised
    for (int w : cell.words) {
      if (!page.words[w].raised) plain.push_back(&page.words[w].text);
    }
    if (plain.size() == 1 && all_ascii_digits(*plain.front())) {
      lengths[static_cast<size_t>(cell.col)].push_back(plain.front()->size());
    }
  }
  std::vector<size_t> digits(columns, 0);
  for (size_t c = 0; c < columns; ++c) {
    const std::vector<size_t>& seen = lengths[c];
    if (seen.size() >= 2 && std::all_of(seen.begin(), seen.end(),
                                        [&](size_t n) { return n == seen.front(); })) {
      digits[c] = seen.front();
    }
  }
  return digits;
}

// Step 3e: `above`, a line's one word of digits, and a run of digits below make a number of the
// length the column prints whole in its other rows ("199" / "5" in a column of years): a number
// cut between two digits, whatever the widths say.
bool column_number_cut(const std::string& above, const std::vector<std::string>& below,
                       size_t digits) {
  if (digits == 0 || !all_ascii_digits(above)) return false;
  return std::any_of(below.begin(), below.end(), [&](const std::string& run) {
    return all_ascii_digits(run) && above.size() + run.size() == digits;
  });
}

// Step 3b, the other way: two pieces the note prints nowhere whole as words, which joined make a
// word it prints, are one word, whatever the widths say: the first character's width is the
// average of its word's, and "Unacco" / "mpanied" broke where an average letter would have
// fitted but the "m" did not. The pieces are asked of the words printed whole (NoteWords::whole),
// not of running text: Poppler reads a row across its cells, so the pieces of a header cut alike
// in every column ("Accommoda" / "tion", six times on the page) each have a space beside them
// there. The joined word counts where a cell prints it as its only line too (NoteWords::alone):
// XeLaTeX's last column, whose "t" missed the line by 0.095 pt, read "Accommoda tion" (held20
// 2413) where the note prints "Accommodation" only alone in a cell of another table.
bool joins_into_a_word(const std::string& above, const std::string& below, bool below_counted,
                       const NoteWords& words) {
  const std::string joined = above + below;
  return !above.empty() && !below.empty() &&
         words.printed.count(joined) + words.alone.count(joined) > 0 &&
         words.whole.count(above) == 0 && words.whole.count(below) <= (below_counted ? 1 : 0);
}

// The length of the hyphen ending a cell line's word ("Unac-", "mi‐"): trailing_hyphen's, or 1
// for any other final "-"; 0 when it ends in none.
size_t line_end_hyphen(const std::string& word) {
  const size_t hyphen = trailing_hyphen(word);
  return hyphen > 0 ? hyphen : (!word.empty() && word.back() == '-' ? 1 : 0);
}

// The word that starts line `i`, whole when the line holds only its first piece, hyphenated
// ("mi-" / "nors" -> "minors"), so that Step 3b compares words, not pieces.
std::string word_from(const Page& page, const std::vector<std::vector<int>>& lines, size_t i) {
  std::string word;
  for (; i < lines.size() && !lines[i].empty(); ++i) {
    const std::string& text = page.words[lines[i].front()].text;
    const size_t hyphen = line_end_hyphen(text);
    if (lines[i].size() != 1 || i + 1 >= lines.size() || hyphen == 0) return word + text;
    word += text.substr(0, text.size() - hyphen);
  }
  return word;
}

// Step 3b: what the lines from `i` on may start: the first piece, the word whole over hyphens
// (word_from), and the first piece run on with the word of each next line that holds one alone,
// as a word cut over several lines reads ("inst" / "anc" / "e": "inst", "instanc", "instance").
std::vector<std::string> runs_from(const Page& page, const std::vector<std::vector<int>>& lines,
                                   size_t i) {
  std::vector<std::string> runs{page.words[lines[i].front()].text, word_from(page, lines, i)};
  std::string run = runs.front();
  for (size_t k = i + 1; k < lines.size() && lines[k - 1].size() == 1 && lines[k].size() == 1;
       ++k) {
    run += page.words[lines[k].front()].text;
    runs.push_back(run);
  }
  return runs;
}

// Step 3d: the word ending a line of several words, its pieces glued together ("US$3.2" then
// "billi": "billi") and their boxes united; its text empty when the line ends in a raised mark.
Word last_word(const Page& page, const std::vector<int>& line) {
  Word word;
  for (size_t k = line.size(); k-- > 0;) {
    const Word& w = page.words[line[k]];
    if (w.raised) return {};
    if (k + 1 < line.size() && w.space_after) break;
    word.box = word.text.empty() ? w.box : unite(word.box, w.box);
    word.text.insert(0, w.text);
  }
  return word;
}

// Step 3d: true when every character of `text` is a letter.
bool letters_only(const std::string& text) {
  char32_t c = 0;
  for (size_t i = 0, n = 0; i < text.size(); i += n) {
    n = decode_utf8(text, i, c);
    if (n == 0 || !u_isalpha(static_cast<UChar32>(c))) return false;
  }
  return !text.empty();
}

// Step 3d: a line of several words whose last word a typesetter broke between two characters
// ("Not appli" / "cable"): the next character did not fit after it, the break is between two
// letters or digits (a dash or a hyphen ending the line is a break the line allows: "border –"
// / "in") and the note's words (whole, printed) say the pieces are one word, or, printing
// neither piece as a word, leave it to the widths: `piece` and `rest` (the next line's first
// word) too wide together for the line (see the essay).
bool cut_after_words(const Word& piece, const Word& rest, const std::vector<std::string>& runs,
                     bool fits, double text_width, const NoteWords& words) {
  const std::string& word = piece.text;
  if (fits || word.empty() || !u_isalnum(static_cast<UChar32>(last_code_point(word)))) {
    return false;
  }
  const int printed = words.printed.count(word);
  const bool rest_no_word = words.whole.count(runs.front()) == 0;
  // Two pieces of letters the note prints as words nowhere, too wide together for a line of
  // the cell: no break at the space before them would have left them whole.
  if (rest_no_word && words.whole.count(word) == 0 && letters_only(word) &&
      letters_only(runs.front()) && wider_than_line(piece, rest, text_width)) {
    return true;
  }
  return std::any_of(runs.begin(), runs.end(), [&](const std::string& run) {
    char32_t first = 0;
    if (run.empty() || decode_utf8(run, 0, first) == 0 ||
        !u_isalnum(static_cast<UChar32>(first))) {
      return false;
    }
    const int joined = words.printed.count(word + run);
    return joined > printed ||
           (rest_no_word && (joined > 0 || words.whole.count(word + run) > 0));
  });
}

// Step 3: a cell's printed lines as broken words move back onto one line, and where each line's
// last printed line starts: once "Subsidiar" / "y" is rejoined, the line that must be full for
// the next break to be a broken word is "y", not the word.
class MendedLines {
 public:
  MendedLines(const Page& page, std::vector<std::vector<int>>& lines)
      : page_(page), lines_(lines), printed_(lines.size(), 0), left_(lines.size(), 0) {
    // A line whose first word moved up onto the line above ("US$3." / "2 billi" / "on") still
    // printed it, so its extent runs from there.
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!lines[i].empty()) left_[i] = page.words[lines[i].front()].box.x0;
    }
  }

  // The extent of line i's last printed line, from where it starts to its last word.
  double printed_width(size_t i) const {
    const std::vector<int>& line = lines_[i];
    return page_.words[line.back()].box.x1 -
           (printed_[i] > 0 ? page_.words[line[printed_[i]]].box.x0 : left_[i]);
  }

  // Moves the first word of line i + 1 up onto line i, where a printed line starts with it;
  // raised marks left alone below follow it, and the line below goes: true then.
  bool move_up(size_t i) {
    std::vector<int>& above = lines_[i];
    std::vector<int>& below = lines_[i + 1];
    printed_[i] = above.size();
    above.push_back(below.front());
    below.erase(below.begin());
    const bool marks_only = std::all_of(below.begin(), below.end(),
                                        [&](int w) { return page_.words[w].raised; });
    if (!marks_only) return false;
    above.insert(above.end(), below.begin(), below.end());
    drop_line_below(i);
    return true;
  }

  // Moves line i + 1, one word, up onto line i, and drops it.
  void take_line_below(size_t i) {
    lines_[i].push_back(lines_[i + 1].front());
    drop_line_below(i);
  }

 private:
  // The line under `line`, its words moved up onto it, goes with what is kept of it.
  void drop_line_below(size_t line) {
    const long below = static_cast<long>(line) + 1;
    lines_.erase(lines_.begin() + below);
    printed_.erase(printed_.begin() + below);
    left_.erase(left_.begin() + below);
  }

  const Page& page_;
  std::vector<std::vector<int>>& lines_;
  std::vector<size_t> printed_;
  std::vector<double> left_;
};

// Step 3: a cell line's words glued after `carried` (the pieces of its word already rejoined),
// and whether the line is one word (no space inside it, no raised mark).
std::pair<std::string, bool> line_word(const Page& page, const std::vector<int>& line,
                                       std::string carried) {
  bool one_word = true;
  for (size_t k = 0; k < line.size(); ++k) {
    const Word& w = page.words[line[k]];
    carried += w.text;
    one_word &= !w.raised && (k + 1 == line.size() || !w.space_after);
  }
  return {std::move(carried), one_word};
}

// Step 3: the least that moved down onto `below`: its first character, with the marks glued
// to it when it is the whole word ("2021" + mark 90 printed "20" / "2" / "1⁹⁰": "21⁹⁰" did not
// fit).
double least_moved_down(const Page& page, const std::vector<int>& below) {
  const Word& next = page.words[below.front()];
  const size_t chars = std::max<size_t>(count_code_points(next.text), 1);
  double first_char = first_char_width(page, next, chars);
  for (size_t k = 1; chars == 1 && k < below.size() && page.words[below[k]].raised; ++k) {
    first_char += page.words[below[k]].box.width();
  }
  return first_char;
}

// Steps 3 to 3c: whether the break after `word`, line i's one word, cut it between two
// characters; `fits`: the next line's first character would have followed it.
bool one_word_cut(const Page& page, const std::vector<std::vector<int>>& lines, size_t i,
                  const std::string& word, const std::vector<std::string>& runs, bool fits,
                  size_t column_digits, const NoteWords& words) {
  const std::vector<int>& below = lines[i + 1];
  const bool below_counted = Vocabulary::in_running_text(page, static_cast<size_t>(below.front()));
  // The word below whole ("mi-" / "nors": "minors"), or its first piece: the whole may be cut
  // on again ("in-" / "stanc" / "e") or printed only hyphenated in running text too ("Accom-" /
  // "modation", counted there as "accom").
  const std::string below_word = word_from(page, lines, i + 1);
  const bool below_whole = below.size() > 1 && page.words[below.front()].space_after;
  return number_cut(word, runs) || column_number_cut(word, runs, column_digits) ||
         ((!fits || joins_into_a_word(word, below_word, below_counted, words)) &&
          !two_words(word, runs, below_whole, words));
}

// Step 3: moves the pieces of words broken between characters back onto one line.
void rejoin_broken_words(const Page& page, const Box& cell, const ColumnShape& column,
                         const NoteWords& words, const Hyphenation& hyphenation,
                         std::vector<std::vector<int>>& lines) {
  // A producer that lets words overflow their column cuts none (whole_words.h, Step 3).
  if (words.words_overflow) return;
  const double text_width = std::min(cell_text_width(page, cell, lines), column.text_width);
  MendedLines mended(page, lines);
  // The pieces of a word hyphenated on the lines above ("Unac-" / "com-" / "panied"): the word
  // the vocabulary is asked about is the whole of it.
  std::string hyphenated;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string carried = std::move(hyphenated);  // the word's pieces on the lines above
    hyphenated.clear();
    if (lines[i].empty() || lines[i + 1].empty()) continue;
    const auto [word, one_word] = line_word(page, lines[i], carried);
    const Word& next = page.words[lines[i + 1].front()];
    // A hyphen alone under a word of its cell is a piece of a range cut between characters,
    // whatever the widths say ("22%" / "-" / "13%": LibreOffice breaks "22%-13%", which holds
    // no break opportunity, before the hyphen, where "22%-" may have fitted); read at the line
    // end, it keeps no space on either side.
    if (one_word && lines[i + 1].size() == 1 && hyphen_alone(next.text)) {
      mended.take_line_below(i);
      hyphenated = carried;  // the grown line is read again
      --i;
      continue;
    }
    // A line ending in a hyphen ("-", or a CSS engine's U+2010) was broken with one: the hyphen
    // judge (stages/text/hyphenation.h) reads that break, in the inline builder.
    if (next.raised || word.empty()) continue;
    const bool fits =
        mended.printed_width(i) + least_moved_down(page, lines[i + 1]) <= text_width;
    const std::vector<std::string> runs = runs_from(page, lines, i + 1);
    if (!one_word) {
      if (!cut_after_words(last_word(page, lines[i]), next, runs, fits, text_width, words)) {
        continue;
      }
    } else if (const size_t hyphen = line_end_hyphen(word); hyphen > 0) {
      // As the hyphen judge reads the break: it goes where it broke a word ("Unac-" / "com-"),
      // stays in a compound ("Provence-" / "Alpes-Côte": "Provence-Alpes-Côte", whole in the
      // paragraphs, over "d’Azur").
      const bool broke = hyphenation.breaks_word(page.words[lines[i].back()].text, next.text);
      hyphenated = broke ? word.substr(0, word.size() - hyphen) : word;
      continue;
    } else if (!one_word_cut(page, lines, i, word, runs, fits, column.digits, words)) {
      continue;
    }
    // The line below gone, its successor is now compared with this grown line.
    if (mended.move_up(i)) --i;
  }
}

// Step 2: the words of a cell as printed lines. Raised words (marks) join the line whose
// baseline is nearest at or below theirs, since their own baseline sits above it.
std::vector<TextLine> cell_lines(Page& page, const Box& cell_box, const ColumnShape& column,
                                 std::vector<int> words, const NoteWords& note_words,
                                 const Hyphenation& hyphenation, const TablesConfig& config) {
  std::sort(words.begin(), words.end(), [&](int a, int b) {
    return page.words[a].baseline < page.words[b].baseline;
  });
  auto [lines, baselines] = baseline_lines(page, words, config.line_tolerance);
  for (int w : words) {
    const Word& word = page.words[w];
    if (!word.raised) continue;
    size_t best = 0;
    while (best + 1 < baselines.size() && baselines[best] < word.baseline) ++best;
    if (lines.empty()) lines.emplace_back(), baselines.push_back(word.baseline);
    lines[best].push_back(w);
  }
  std::vector<TextLine> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::vector<int>& line = lines[i];
    // A piece of a mark wrapped below the line's text (mark_cells.h, step 3) follows it, and
    // pieces stacked at one x read top to bottom.
    auto wrapped = [&](int w) {
      return page.words[w].raised && page.words[w].box.y0 > baselines[i];
    };
    std::sort(line.begin(), line.end(), [&](int a, int b) {
      const Box& p = page.words[a].box;
      const Box& q = page.words[b].box;
      return std::make_tuple(wrapped(a), p.x0, p.y0) < std::make_tuple(wrapped(b), q.x0, q.y0);
    });
    // Poppler reads a table row as one line across its cells, so the space it records after a
    // cell line's last word stands between two cells: kept, it would part a word rejoined below
    // ("Reconsiderati" + "ons" read "Reconsiderati ons" in every column but the last).
    if (!line.empty()) page.words[line.back()].space_after = false;
  }
  if (config.rejoin_broken_words) {
    rejoin_broken_words(page, cell_box, column, note_words, hyphenation, lines);
  }
  for (std::vector<int>& line : lines) {
    if (line.empty()) continue;
    TextLine text_line;
    for (int w : line) text_line.push_back(WordRef{page.number, w});
    out.push_back(std::move(text_line));
  }
  return out;
}

bool sticks_out(const Box& word, const Box& cell, double tolerance) {
  return word.x0 < cell.x0 - tolerance || word.x1 > cell.x1 + tolerance ||
         word.y0 < cell.y0 - tolerance || word.y1 > cell.y1 + tolerance;
}

// Step 6 (cells are row-major, so a cell's left neighbour precedes it).
void absorb_empty_header_cells(Fragment& f) {
  std::vector<GridCell> kept;
  for (GridCell& cell : f.cells) {
    if (cell.row < f.header_rows && cell.empty() && !kept.empty()) {
      GridCell& left = kept.back();
      if (left.row == cell.row && left.rowspan == cell.rowspan && !left.empty() &&
          left.col + left.colspan == cell.col) {
        left.colspan += cell.colspan;
        left.box = unite(left.box, cell.box);
        continue;
      }
    }
    kept.push_back(std::move(cell));
  }
  f.cells = std::move(kept);
}

void fill_fragment(const Doc& doc, Page& page, Fragment& f, const NoteWords& words,
                   const Hyphenation& hyphenation, const TablesConfig& config,
                   Diagnostics& diag) {
  std::vector<int> cells(page.words.size());
  {
    const CellGrid grid(page, f, words.footer, config.grid_overflow_share);
    for (size_t w = 0; w < page.words.size(); ++w) cells[w] = grid.cell_of(page.words[w]);
  }
  place_marks_with_their_words(page, f, config, cells);
  bool overflow_reported = false;
  for (int w = 0; w < static_cast<int>(page.words.size()); ++w) {
    const Box& b = page.words[w].box;
    const int cell = cells[static_cast<size_t>(w)];
    if (cell < 0) continue;
    f.cells[cell].words.push_back(w);
    if (!overflow_reported && sticks_out(b, f.cells[cell].box, config.overflow_tolerance)) {
      diag.warn("table-cell-overflow",
                "text \"" + page.words[w].text + "\" runs outside its table cell", page.number);
      overflow_reported = true;  // once per fragment: one cause usually affects a whole column
    }
  }
  const InlineRunOptions options = cell_inline_options(config, hyphenation);
  const std::vector<double> column_widths = column_text_widths(f);
  const std::vector<size_t> digits = column_digits(page, f);
  for (GridCell& cell : f.cells) {
    if (cell.words.empty()) continue;
    const auto col = static_cast<size_t>(cell.col);
    const ColumnShape column{cell_text_width(column_widths, col, cell.colspan),
                             cell.colspan == 1 && col < digits.size() ? digits[col] : 0};
    cell.lines = cell_lines(page, cell.box, column, cell.words, words, hyphenation, config);
    cell.inlines = build_inlines(doc, cell.lines, options);
  }
  // A rule under the header outweighs the header's weight (bold or not).
  f.header_rows = f.rule_header_rows > 0 ? f.rule_header_rows : count_header_rows(page, f, config);
  absorb_empty_header_cells(f);
}

// Every non-raised word of the cell is bold; an empty cell has no say (nullopt-like: -1).
int cell_boldness(const Page& page, const GridCell& cell) {
  bool any = false;
  for (int w : cell.words) {
    const Word& word = page.words[w];
    if (word.raised) continue;
    if (!word.bold) return 0;
    any = true;
  }
  return any ? 1 : -1;
}

}  // namespace

// Step 3b: the note's words settle what geometry leaves open. A broken word's pieces rejoin
// into a word the note prints elsewhere ("year"), or include a piece the note prints nowhere
// whole ("Ye"); two words it prints whole and never together ("Average" + "time") stay apart,
// and so do a number and a word of three letters or more ("US$5.6" + "billion", "€528" +
// "million", though the note prints "billion" in its tables only: no word runs a number into a
// word). Other numbers are left to geometry: "104" and "4" are common, "1044" may be printed once.
// And where the note prints the joined word nowhere, a piece below of four letters
// or more that it prints as a word of its own, not as the rest of a word a line-end hyphen
// broke, opens one ("Subsidiary" / "protection"; hyphenation.h, step 4, reads "long-" / "term").
// `below` holds what the lines below may start (runs_from): "First" / "inst" / "anc" / "e" has
// "instance" below. A piece is a word when the note prints it whole (NoteWords::whole): in running
// text outside tables, or beside another word of its cell. `above` stands alone on its line and
// never counts itself; the piece below does when a word follows it on its line (`below_counted`).
bool two_words(const std::string& above, const std::vector<std::string>& below,
               bool below_counted, const NoteWords& words) {
  auto starts_with_letter = [](const std::string& word) {
    return !word.empty() && (std::isalpha(static_cast<unsigned char>(word[0])) ||
                             static_cast<unsigned char>(word[0]) >= 0x80);
  };
  for (const std::string& run : below) {
    if (words.printed.count(above + run) > 0) return false;
  }
  if (acronym_then_name(above, below.front())) return true;
  const bool number_above = !above.empty() && std::isdigit(static_cast<unsigned char>(above.back()));
  const bool above_whole = starts_with_letter(above) && words.whole.count(above) > 0;
  for (const std::string& run : below) {
    const size_t letters = static_cast<size_t>(
        std::find_if_not(run.begin(), run.end(),
                         [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }) -
        run.begin());
    if (number_above && letters >= 3) return true;  // "1990" + "s", "25" + "th" are one
    if (above_whole && starts_with_letter(run) &&
        words.whole.count(run) > (below_counted ? 1 : 0)) {
      return true;
    }
    // The piece below a word of its own, as hyphenation.h's step 4 reads a compound's second
    // half ("long-" / "term"): where the note prints the joined word nowhere, a piece it prints
    // as a word, not only as the rest of a word broken at a line end ("tion" of "protec-" /
    // "tion"), starts one, whatever `above` is ("Subsidiary" / "protection", "Subsidiary" a
    // header's word only). Letters only, four at least, after a letter: a shorter rest of a
    // word cut between characters is a word too often ("Wo" / "men", "Internationalisati" /
    // "on"). The rests of words broken at line ends are no words of the note's (whole_words.h,
    // Step 5).
    const int own = below_counted ? 1 : 0;
    if (letters == run.size() && letters >= 4 && !above.empty() &&
        std::isalpha(static_cast<unsigned char>(above.back())) && words.whole.count(run) > own) {
      return true;
    }
  }
  return false;
}

bool hyphen_alone(const std::string& word) {
  return word == "-" || word == "\u2010" || word == "\u00ad";
}

bool superscript_of(const Word& mark, const Word& base, const TablesConfig& config) {
  return mark.font_size <= config.superscript_max_size * base.font_size &&
         mark.baseline <= base.baseline - config.superscript_min_rise * base.font_size &&
         mark.baseline > base.box.y0;
}

bool may_hold_superscripts(const Page& page, const std::vector<int>& words,
                           const TablesConfig& config) {
  double smallest = std::numeric_limits<double>::infinity();  // of the words not raised
  double least = smallest, most = -smallest;                   // of all
  for (int w : words) {
    const double size = page.words[w].font_size;
    if (!page.words[w].raised) smallest = std::min(smallest, size);
    least = std::min(least, size);
    most = std::max(most, size);
  }
  const double k = config.superscript_max_size;
  // A bound that is not a number (an infinite size times a ratio of 0) answers "may".
  return !(smallest > std::max(k * most, k * least));
}

void mark_superscripts(Page& page, const Fragment& fragment, const TablesConfig& config) {
  std::vector<int> inside;  // words of the fragment, by right edge
  for (int w = 0; w < static_cast<int>(page.words.size()); ++w) {
    if (overlap_area(page.words[w].box, fragment.box) > 0) inside.push_back(w);
  }
  raise_wrapped_marks(page, inside, config);
  if (!may_hold_superscripts(page, inside, config)) return;
  auto right_edge = [&](int w) { return page.words[w].box.x1; };
  std::sort(inside.begin(), inside.end(),
            [&](int a, int b) { return right_edge(a) < right_edge(b); });
  for (int m : inside) {
    Word& mark = page.words[m];
    if (mark.raised) continue;
    // The word it follows ends where the mark starts.
    auto it = std::lower_bound(inside.begin(), inside.end(), mark.box.x0 - config.snap_tolerance,
                               [&](int w, double x) { return right_edge(w) < x; });
    for (; it != inside.end() && right_edge(*it) <= mark.box.x0 + config.snap_tolerance; ++it) {
      if (*it != m && superscript_of(mark, page.words[*it], config)) {
        mark.raised = true;
        break;
      }
    }
  }
}

void fill_cells(const Doc& doc, Page& page, std::vector<Fragment>& fragments,
                const NoteWords& words, const Hyphenation& hyphenation,
                const TablesConfig& config, Diagnostics& diag) {
  for (Fragment& f : fragments) fill_fragment(doc, page, f, words, hyphenation, config, diag);
}

InlineRunOptions cell_inline_options(const TablesConfig& config, const Hyphenation& hyphenation) {
  InlineRunOptions options;
  options.space_gap = config.space_gap;
  options.hyphenation = &hyphenation;
  return options;
}

int count_header_rows(const Page& page, const Fragment& fragment, const TablesConfig& config) {
  int header_end = 0;  // rows [0, header_end) are header rows
  for (int r = 0; r < fragment.row_count() && r < config.max_header_rows; ++r) {
    if (r < header_end) continue;  // covered by a header cell's rowspan already
    bool any_text = false, all_bold = true;
    for (const GridCell& cell : fragment.cells) {
      if (cell.row != r) continue;
      const int bold = cell_boldness(page, cell);
      if (bold == 0) all_bold = false;
      if (bold == 1) any_text = true;
    }
    if (!any_text || !all_bold) break;
    header_end = r + 1;
    for (const GridCell& cell : fragment.cells) {
      if (cell.row == r) header_end = std::max(header_end, cell.row + cell.rowspan);
    }
  }
  // With no body row left, bold tells nothing.
  return header_end >= fragment.row_count() ? 0 : header_end;
}

void demote_strong(Inlines& inlines) {
  Inlines out;
  for (Inline& run : inlines) {
    if (run.kind == InlineKind::kStrong) run.kind = InlineKind::kText;
    append_run(out, std::move(run));
  }
  inlines = std::move(out);
}

}  // namespace coi::tables
