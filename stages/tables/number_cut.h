// A number a narrow table column cut between two of its characters. A number has no space
// inside, no word opens with "%" or ",", and none ends with a decimal point or a currency sign,
// so pieces of these shapes are one number whatever the widths say (CSS engines break lines
// inside numbers where Word and LibreOffice do not, and LibreOffice breaks before a "%"; a line
// may break there, so the widths do not show the cut):
//   - a thousands group cut anywhere: "121," / "288", "1,1" / "08", "237,84" / "3";
//   - a decimal point ending the line: "40." / "3%", "US$2." / "7";
//   - a currency sign ending it: "US$" / "8.4", "£" / "2,844";
//   - a "%" or "," opening the next line after a digit: "46.3" / "%", "300" / ",".
// Read by cell_text.cc (Step 3c: lines of one cell) and cut_rows.cc (a row cut by a page break).
#pragma once

#include <string>
#include <vector>

namespace coi::tables {

/// True when `above`, the word ending a cell line, and what the lines below may start
/// (`below`: the next line's first word first, then that word run on over the lines after it,
/// "42" then "428") are one number cut between two characters.
bool number_cut(const std::string& above, const std::vector<std::string>& below);

}  // namespace coi::tables
