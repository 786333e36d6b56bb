// Hyphens at line ends: a word the typesetter broke ("con-" / "sidering" is "considering") or a
// compound broken at its own hyphen ("semi-" / "public" is "semi-public"). Word breaks only at
// hyphens that are in the text; TeX, CSS engines and LibreOffice with hyphenation on also break
// words between syllables and print a hyphen that is not in the text. No dictionary is needed
// (and none would know "Lefèvre-Nguyen"): the note itself is the evidence.
//
// Step 1: a break is judged by the note's vocabulary (pipeline/vocabulary.h): when the joined
//         word ("considering") is printed elsewhere more often than the hyphenated one
//         ("con-sidering"), the hyphen was the typesetter's; the other way round, the text's.
// Step 1a: the hyphenated form counts wherever the note prints it whole, in running text or not:
//         a hyphen inside a printed word is the text's own, never a line break's, so a compound
//         standing alone on its line, as a list item's last ("north-east."), or in a table's
//         cell is the note's word as surely as one between others. The joined form counts in
//         running text only (pipeline/vocabulary.h): a word alone on its line may be a piece
//         a narrow column broke off a longer one. XeLaTeX, seed 2223 p. 5: "north-" / "east.",
//         "north-east." printed once more alone on a line of a list item and "northeast"
//         nowhere, was step 4's syllable break ("east" printed once) and read "northeast".
// Step 2: a next line opening with something other than a lower-case letter ("French-" /
//         "Italian", "225-" / "6") continues a compound or a range: no syllable break does that.
//         Nor does one end in anything but letters: typesetters hyphenate words, not URLs
//         ("example.org/some-" / "page") or numbers.
// Step 2a: but for capitals: TeX breaks an acronym between its letters ("UN-" / "HCR"), and
//         "EU-" / "UK" is two names joined. A capital after a capital is a word break only when
//         step 1 says so: the joined word ("UNHCR") printed more often than the hyphenated one.
//         An acronym printed whole counts wherever it is printed, as step 1a's compounds do: a
//         note names one in a glossary's cell or alone on a line ("ACCORD" beside its name in a
//         table, "(ACCORD)," wrapped alone to a bibliography entry's line) more often than in
//         running text, and a narrow column breaks a word without a hyphen, so a piece of one
//         is no acronym of the note's (XeLaTeX, seed 2416: "(AC-" / "CORD)," in six footnotes,
//         "ACCORD" printed nowhere in running text, was "AC-CORD").
// Step 3: the note's habit. Every line-end hyphen followed by a lower-case letter that step 1
//         can judge is a vote; the note hyphenates words when more breaks are the typesetter's
//         than the text's. A note that does not keeps every hyphen it prints (Word's habit).
// Step 4: in a note that hyphenates, a break neither form of which is printed elsewhere is a
//         compound when its second half is a word the note prints on its own ("long-" / "term"),
//         else a syllable break ("gov-" / "ernment"). Printed with a capital, in a name, it
//         counts too: "See Socio-" / "economic situation" beside "Organisation for Economic
//         Co-operation" is "Socio-economic" (XeLaTeX, fixture quote-shallow-indent-justified; and
//         "counter-" / "trafficking" beside "Trafficking in Persons Report" in two more). The
//         same evidence misreads "Im-" / "migration" beside "International Organization for
//         Migration" (XeLaTeX, seed 2621 p. 47, "Immigration" printed nowhere else): the note
//         alone cannot tell the two apart. A second half printed elsewhere only as
//         the rest of a word step 1 shows broken is no word of its own: "ing" of "Rådgivn-" /
//         "ing," and of "accord-" / "ing to" ("according" printed) is a suffix, twice broken
//         off; "de-France" of "Hauts-" / "de-France" and of "Île-" / "de-France" ("Île-de-France"
//         printed) is a compound's tail, a word. Nor is one printed elsewhere only as the
//         second half of the same undecided break ("up-" / "dated" twice, "updated" and
//         "up-dated" printed nowhere else).
// Step 4a: before that, the first half's habit: a stem the note prints at least twice as the
//         head of a hyphenated compound and never joined to more letters is a prefix it
//         hyphenates, so "Semi-" / "urban" (a table header, "urban" printed nowhere else) is
//         "Semi-urban" in a note printing "semi-public" and "semi-autonomous" but no "semi..."
//         word. A stem the note joins too ("co-ordinating" beside "country") tells nothing.
// Step 4b: then the second half's shape: one holding a hyphen of its own between letters
//         ("de-France" of "Hauts-" / "de-France", the whole compound printed nowhere in running
//         text) is a compound's tail, broken at the compound's first hyphen. TeX and LibreOffice
//         break a hyphenated compound only at its hyphens (the renders of seeds 1-30, 101-130
//         and 601-1330 break "Hauts-" / "de-France" and "Île-" / "de-France" 65 times by
//         XeLaTeX and 104 by LibreOffice, and a compound's part between syllables never); a CSS
//         engine that does ("Au‐" / "vergne-Rhône") marks its own hyphen (step 0).
//
// Step 0: the typesetter's own mark. CSS engines print the hyphen they add as U+2010 and keep the
//         text's own hyphens as "-"; a note that prints U+2010 at word ends only, never inside a
//         word, uses it for nothing else, so a break at U+2010 is the typesetter's whatever the
//         vocabulary says or the next line opens with ("Reconsidera‐" / "tions", "UN‐" / "HCR":
//         words a table's header prints on every page, broken the same way each time), and a
//         break at "-" is at the text's own hyphen, kept ("Semi-" / "urban", "Île-" /
//         "de-France": a compound neither form of which the note prints in running text). A
//         note that prints U+2010 inside a word too is judged by steps 1-4 alone.
//
//   "pro-" / "vided"      "provided" printed 3 times, "pro-vided" never  -> "provided"
//   "asylum-" / "seekers" "asylum-seekers" printed, "asylumseekers" never -> "asylum-seekers"
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "pipeline/model.h"
#include "pipeline/vocabulary.h"

namespace coi {

class Hyphenation {
 public:
  /// Reads the note's habit (step 3) from the line ends of every page of `doc`; `vocabulary`
  /// counts the running text of the same `doc` (Vocabulary(doc)) and outlives this object.
  Hyphenation(const Doc& doc, const Vocabulary& vocabulary);
  /// True when the hyphen that ends `before` (a line's last word, hyphen included) is the
  /// typesetter's, so that the word continues in `after` (the next line's first word) without it.
  bool breaks_word(std::string_view before, std::string_view after) const;
  /// True when the note's typesetter breaks words between syllables (step 3).
  bool hyphenates() const { return hyphenates_; }
  /// True when the note prints U+2010 at word ends only: the typesetter's mark (step 0).
  bool marks_breaks() const { return marks_breaks_; }

 private:
  enum class Verdict { kWordBreak, kCompound, kUnknown };
  // Step 1; with `capitals` (step 2a), the acronyms printed outside running text count for the
  // joined word too.
  Verdict evidence(std::string_view stem, std::string_view after, bool capitals = false) const;
  // Step 4a: fills compound_heads_ and joined_heads_ from the running text's words, each
  // distinct word once (the vocabulary's), weighted by how often it is printed.
  void read_compound_heads();

  // Lookups by a view (a prefix of a word) without a string made of it.
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };

  const Vocabulary& vocabulary_;
  // Step 1a: the compounds (a hyphen between letters inside the word) printed outside running
  // text, counted as the vocabulary counts.
  Vocabulary set_apart_compounds_;
  // Step 2a: the words of capitals only printed outside running text, counted the same way.
  Vocabulary set_apart_acronyms_;
  // Step 4: how often each word (folded as the vocabulary folds it) is printed in running text
  // as the second half of a break step 1 judges a word break.
  std::unordered_map<std::string, int> syllables_;
  // Step 4: how often each word is printed in running text as the second half of a break step 1
  // cannot judge.
  std::unordered_map<std::string, int> undecided_;
  // Step 4a: how often each stem (folded) heads a hyphenated compound in running text, and the
  // stems among those that also open a word joined to more letters.
  std::unordered_map<std::string, int, ViewHash, std::equal_to<>> compound_heads_;
  std::unordered_set<std::string> joined_heads_;
  bool hyphenates_ = false;
  bool marks_breaks_ = false;
};

/// The judge of `doc` once its words and lines are final (from the segment stage's inline runs
/// on): made from `doc` and its count of words (vocabulary_of) by the first stage that asks and
/// kept in the document's memo (pipeline/doc_memo.h), so that footnotes' notes are judged by the
/// one segment's paragraphs were. Valid while `doc` is.
const Hyphenation& hyphenation_of(const Doc& doc);

/// The length in bytes of the hyphen ending `word` ("-" or U+2010 after a letter or digit), or 0.
size_t trailing_hyphen(std::string_view word);

}  // namespace coi
