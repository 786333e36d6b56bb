// Synthetic pages of positioned words, rules and links: what the extract stage would hand to the
// stages after it. Three shapes, so the fuzzer reaches each family of heuristics:
//   scattered_pages  words, rules and links anywhere (robustness of every geometric step);
//   flowing_pages    a text column: headings, numbered paragraphs, bullets, raised footnote
//                    marks, running footers and a page-bottom footnote area under a short rule
//                    (the line, furniture, segment and footnote parsers);
//   table_pages      the same column with ruled or borderless grids, some with spanning cells,
//                    some continued on the next page under a repeated header row (the table
//                    finder, normaliser and join).
#pragma once

#include "fuzz/byte_reader.h"
#include "pipeline/model.h"

namespace coi::fuzz {

/// Words, rules and links placed anywhere on a few pages.
Doc scattered_pages(ByteReader& in);
/// A few pages of flowing text with footnote areas.
Doc flowing_pages(ByteReader& in);
/// A few pages of flowing text and tables.
Doc table_pages(ByteReader& in);

}  // namespace coi::fuzz
