// Reading a citation as printed: a footnote ("GoF, [Asylum applications] (section 3.1), 26 June
// 2025") or a bibliography entry ("Ac.Sé, [About Ac.Sé], no date. Accessed: 27 November 2025").
// Shared by the bibliography stage (which stores the parts) and the resolve stage (which matches
// footnotes to sources on them), so both read the same text the same way.
//
// Step 0: text before the citation proper (`lead`: "... See ") is dropped.
// Step 1: the title. Where the citation has an external link, its text is the title and its URL
//         the URL; the text before it is the prefix (publisher or author). Without a link, the
//         prefix runs to the first ", " and the title up to the tail: the first ", " (or space
//         after "?", "!", ")" or "]") from which the rest reads as detail, date and accessed
//         date; when the title would then read as a tail itself ("Report, 2016. Accessed: ..."
//         under a publisher line), the first ", " was the title's and there is no prefix.
//         Parentheticals ending the title move to the detail ("Q&A #1 (3.3.1)" -> title
//         "Q&A #1", detail "(3.3.1)"), except a bare date, which names an edition ("briefing
//         (May 2021)"); long_title keeps them, for titles that include them.
//         A quoted title (‘Title’, “Title”, "Title") is read by its marks, as many house styles
//         print one: marks outside a link are dropped (the prefix ends before the opening one,
//         the rest starts after the closing one), a pair enclosing the whole link text too.
//         Unlinked, the opening mark starts the text or follows ", " (so the prefix may hold
//         commas: "GoF, MoI, ‘Title’"); the title closes at the first matching mark that ends a
//         word ("d’Ivoire" and "Women’s" hold apostrophes) and after which the rest reads
//         completely, and keeps its commas ("..., 2024") and parentheticals ("(May 2021)"). A
//         quotation opening a longer title ("“Let me dream”: a charity ...") is no quoted title.
//         A link that prints its own address ("HRW, Title, https://...") is no title: the
//         citation is read as if the address were not printed, and keeps the link's URL. An
//         unlinked citation printing an address is read the same way, the address its URL (a
//         producer may lose a link's annotation: xdvipdfmx under a link broken over a page,
//         LibreOffice's rectangles placed by another pagination).
// Step 2: the rest, left to right: a parenthetical (balanced, so "(Article 53(1))" is one) is the
//         detail, a bracket ("[Available on request]") joins it; then a date phrase ("no date",
//         "updated 5 Nov 2025", "June 2025"); then the accessed date, labelled or not (but an
//         unlabelled date after a comma that follows a bare year is the citation's date, the
//         year ending the title: "Kuwait, 2016, 8 July 2020"); then a last parenthetical when no
//         detail came before.
// Step 3: whatever is left (punctuation aside) is kept in `rest`, so callers can report it.
//
//   "EUFRA, [Scope ... law] (pages 13 to 15), 2016"
//     -> prefix "EUFRA", title "Scope ... law", detail "(pages 13 to 15)", date "2016"
//   "HRW, ‘Viet Nam, 2024’, no date. Last accessed: 3 March 2025"
//     -> prefix "HRW", title "Viet Nam, 2024", date "no date", accessed "3 March 2025"
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model.h"
#include "pipeline/pattern.h"

namespace coi {

/// Default date phrase (case-insensitive): "no date", "[last] updated 5 Nov 2025", "June 2025",
/// "version as of 17 November 2025", "2016".
extern const char* const kDefaultDatePattern;
/// Default accessed date after the date phrase: "Accessed: 27 November 2025", "Last accessed:",
/// "Date accessed:", "Retrieved", or a bare date.
extern const char* const kDefaultAccessedPattern;

/// The patterns a citation is read with (compiled from config).
struct CitationPatterns {
  Pattern date;      ///< matched at the start of the text after the title; group 1 is the date
  Pattern accessed;  ///< matched after the date; group 1 is the accessed date
  /// Matched against the whole text when set: group 1 is the citation proper, what comes before
  /// it is lead text ("Observers said ... See HRW, ‘Title’, 2024"). Unset: all is citation.
  Pattern lead;
};

/// The parts of one printed citation.
struct CitationParts {
  std::string prefix;    ///< text before the title (publisher/author), without trailing ", "
  std::string title;     ///< the link text, or the text title where there is no link
  std::string long_title;  ///< unlinked: the title with its trailing parentheticals, if any
  std::string url;       ///< the first external link's URL, empty when none
  std::string detail;    ///< "(page 7)", "(Editorial)"; brackets joined with a space
  std::string date;      ///< "no date", "updated 5 Nov 2025"
  std::string accessed;  ///< "27 November 2025"
  std::string rest;      ///< text left unread (punctuation trimmed); empty when all was read
};

/// Reads `inlines` (footnote refs ignored) into parts.
CitationParts parse_citation(const Inlines& inlines, const CitationPatterns& patterns);

/// A publisher or title folded for comparison: lower case, accents removed, typographic quotes
/// and dashes made plain, hyphens inside words dropped ("psycho-trauma" = "psychotrauma"), other
/// punctuation to spaces, whitespace collapsed.
std::string fold_for_match(std::string_view text);

/// The words of folded text, without `stop_words` (also folded).
std::vector<std::string> match_words(std::string_view folded,
                                     const std::vector<std::string>& stop_words);

}  // namespace coi
