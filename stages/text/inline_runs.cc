#include "stages/text/inline_runs.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <limits>
#include <optional>

#include "pipeline/ascii_digits.h"
#include "pipeline/decimal.h"
#include "pipeline/url.h"
#include "pipeline/utf8.h"
#include "stages/text/hyphenation.h"

namespace coi {

namespace {

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
}

bool is_space_like(UChar32 c) {
  return c == 0x09 || c == 0x0A || c == 0x0D || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_invisible(UChar32 c) { return c == 0xAD || c == 0x200B || c == 0xFEFF; }

// True when `text` is well-formed UTF-8 with no code point that normalize_text maps (invisible,
// ligature, space-like): then only NFC could change it.
bool maps_to_itself(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    char32_t c = 0;
    const size_t length = decode_utf8(text, i, c);
    if (length == 0) return false;
    const auto code_point = static_cast<UChar32>(c);
    if (is_invisible(code_point) || !ligature_letters(c).empty() || is_space_like(code_point)) {
      return false;
    }
    i += length;
  }
  return true;
}

// The notes of a raised run of digits: one note, or, for a run too long to be one number (six
// adjacent marks read as one word, "161718192021"), the consecutive notes it spells (16 to 21);
// empty when it spells neither. The footnotes stage splits shorter runs ("1011": 10 and 11)
// with what it knows of the notes.
std::vector<int> mark_numbers(std::string_view digits) {
  if (std::optional<int> one = decimal_int(digits)) return {*one};
  for (size_t first_length = 1; first_length < digits.size() && first_length <= 9; ++first_length) {
    std::optional<int> first = decimal_int(digits.substr(0, first_length));
    std::vector<int> notes{*first};
    std::string spelled(digits.substr(0, first_length));
    while (spelled.size() < digits.size() && notes.back() < std::numeric_limits<int>::max()) {
      notes.push_back(notes.back() + 1);
      spelled += std::to_string(notes.back());
    }
    if (spelled == digits) return notes;
  }
  return {};
}

// The kind and target of a run, without its text: what a word contributes before its text is
// attached, and what decides whether text joins the last run. The URL is borrowed (from the
// page's link or the run it describes), so a word of a link copies no URL unless it opens a run.
struct RunTarget {
  InlineKind kind = InlineKind::kText;
  std::string_view url;     ///< link: the external URL
  std::string_view target;  ///< xref: the target heading's number or text
};

RunTarget target_of(const Inline& run) { return RunTarget{run.kind, run.url, run.target}; }

// The kind and target a word contributes; an xref's target is kept in `xref` (which the returned
// value borrows).
RunTarget run_for_word(const Doc& doc, const WordRef& ref, const InlineRunOptions& options,
                       std::optional<std::string>& xref) {
  const Page& page = doc.pages[ref.page - 1];
  const Word& word = page.words[ref.word];
  if (word.link >= 0 && word.link < static_cast<int>(page.links.size())) {
    const LinkArea& area = page.links[word.link];
    if (!area.uri.empty()) return RunTarget{InlineKind::kLink, area.uri, {}};
    if (options.xref_target && (xref = options.xref_target(area))) {
      return RunTarget{InlineKind::kXref, {}, *xref};
    }
  }
  return RunTarget{word.bold ? InlineKind::kStrong : InlineKind::kText, {}, {}};
}

bool same_target(const Inline& a, const RunTarget& b) {
  return a.kind == b.kind && a.url == b.url && a.target == b.target;
}

// Appends `text` as a run of `run`'s kind and target, merging with the last run when they agree
// (footnote refs never merge): append_run without building the run first.
void append_text(Inlines& inlines, const RunTarget& run, std::string_view text) {
  if (!inlines.empty() && run.kind != InlineKind::kFootnoteRef && same_target(inlines.back(), run)) {
    inlines.back().text += text;
    return;
  }
  inlines.push_back(Inline{run.kind, std::string(text), std::string(run.url), std::string(run.target), 0});
}

bool ends_with_soft_hyphen(const std::string& raw) {
  return raw.size() >= 2 && raw.compare(raw.size() - 2, 2, "\xC2\xAD") == 0;
}

// True when `text` ends with a dash or hyphen attached to what precedes it ("2017–", "44%-"): a
// line may break after such a dash, which then joins the next word without a space
// ("(2017–2021)", "44%-33%"). A dash between spaces ("reform –") is a word of its own.
bool ends_with_attached_dash(const std::string& text) {
  const char32_t last = last_code_point(text);
  const size_t length = last == U'-' ? 1 : (last == 0x2010 || last == 0x2013 || last == 0x2014) ? 3 : 0;
  if (length == 0 || text.size() <= length) return false;
  const char32_t c = last_code_point(std::string_view(text).substr(0, text.size() - length));
  return c != U' ' && !u_isspace(static_cast<UChar32>(c));
}

// True when `last_word` ends in a bracket group attached to what precedes it in the word and
// `next_word` opens another: a chained reference broken between its groups ("Part 2(3)" /
// "(1A)", "(IV(A)(3)" / "(c))"), printed whole, without a space. A group that opens its word
// ("(14%)" / "(n=2,972)") stands on its own and keeps the space.
bool continues_bracket_chain(const std::string& last_word, const std::string& next_word) {
  if (next_word.empty() || next_word.front() != '(' || last_word.empty() ||
      last_word.back() != ')') {
    return false;
  }
  int depth = 0;
  for (size_t i = last_word.size(); i-- > 0;) {
    if (last_word[i] == ')') ++depth;
    if (last_word[i] == '(' && --depth == 0) return i > 0;
  }
  return false;  // its opening bracket is on an earlier line: nothing to judge by
}

// Where an address printed in `text` ends: before the punctuation a sentence sets after it
// ("https://x.org/a," -> the length of "https://x.org/a"); 0 when the text is all such marks.
size_t address_end(std::string_view text) { return text.find_last_not_of(",.;:)") + 1; }

// The length of the web address that `text`, a word under no link, prints ("https://x.org/a"
// of "https://x.org/a,"), or 0. A driver that re-prints a note can drop its link annotations
// (Cairo's `pdftocairo -pdf`, MuPDF's convert drop them all), and a producer can fail to write
// one; an address printed in full is a link all the same, its text its URL. Only an address
// with its scheme: "www.x.org" in a sentence names a site rather than linking it.
size_t printed_address(std::string_view text) {
  if (!text.starts_with("https://") && !text.starts_with("http://")) return 0;
  const size_t end = address_end(text);
  const size_t scheme = text.find("://") + 3;
  return end > scheme ? end : 0;
}

// Whether `run` is a link made of a printed address (printed_address): its URL is its text.
bool printed_link(const Inline& run) {
  return run.kind == InlineKind::kLink && run.url == run.text && printed_address(run.text) > 0;
}

// The length of a web address's scheme cut short where `text` ends ("https:", "https:/",
// "https://" as the last word of "..., https:/"), or 0: a typesetter breaks a long address
// anywhere inside it, its scheme too (XeTeX's url package after "https:/", seed 1871).
size_t cut_scheme_at_end(std::string_view text) {
  static constexpr std::string_view kSchemes[] = {"https://", "http://"};
  for (const std::string_view scheme : kSchemes) {
    for (size_t n = scheme.find(':') + 1; n <= scheme.size(); ++n) {
      if (!text.ends_with(scheme.substr(0, n))) continue;  // also every text shorter than n
      if (text.size() == n || text[text.size() - n - 1] == ' ') return n;
    }
  }
  return 0;
}

// Whether a line ending on `last_word`, a scheme cut short (cut_scheme_at_end), and the next
// opening on `next_word` print one address together ("https:/" / "/www.x.org/a").
bool completes_scheme(std::string_view last_word, std::string_view next_word) {
  if (last_word.empty() || cut_scheme_at_end(last_word) != last_word.size()) return false;
  return printed_address(std::string(last_word) + std::string(next_word)) > 0;
}

// The length of the piece of a scheme's name that a word of its own ends `text` with ("ht" of
// "..., ht"), when that piece and `next` print one address ("ht" + "tps://www.x.org/a"), or 0.
// TeX hyphenates an address set as plain text like any word, inside its scheme too ("ht-" /
// "tps://www.state.gov/...", XeLaTeX's footnotes in held20 seeds 2406, 2410 and 2414): the
// hyphen is the line break's, never the address's, and with the link annotation gone (Cairo's
// re-print) nothing else says the two pieces are one address.
size_t scheme_piece_at_end(std::string_view text, std::string_view next) {
  static constexpr std::string_view kSchemeName = "https";
  for (size_t n = 1; n < kSchemeName.size() && n <= text.size(); ++n) {
    const std::string_view piece = text.substr(text.size() - n);
    if (!kSchemeName.starts_with(piece)) continue;
    if (text.size() > n && text[text.size() - n - 1] != ' ') return 0;
    return printed_address(std::string(piece) + std::string(next)) > 0 ? n : 0;
  }
  return 0;
}

// Whether `last_word`, a piece of a scheme's name and a hyphen ("ht-"), and `next_word` print one
// address hyphenated inside its scheme (scheme_piece_at_end): the hyphen goes.
bool scheme_hyphenated(std::string_view last_word, std::string_view next_word) {
  const size_t hyphen = trailing_hyphen(last_word);
  if (hyphen == 0 || hyphen == last_word.size()) return false;
  const std::string_view piece = last_word.substr(0, last_word.size() - hyphen);
  return scheme_piece_at_end(piece, next_word) == piece.size();
}

// Whether `word` reads as a piece of a URL's path: it opens with a lower-case letter or a digit,
// as a path or host goes on, and holds a character that joins the parts of an address ("/", ".",
// "-", "_", "=", "?", "&", "%", "#") before its end, as no word of a sentence opening a line
// after an address does ("updated", "(page 98),", "Accessed:").
bool reads_as_url_piece(std::string_view word) {
  static constexpr std::string_view kJoiners = "/.-_=?&%#";
  const size_t end = address_end(word);
  if (end < 2) return false;
  const unsigned char first = static_cast<unsigned char>(word.front());
  if (!(first >= 'a' && first <= 'z') && !(first >= '0' && first <= '9')) return false;
  return word.substr(0, end - 1).find_first_of(kJoiners) != std::string_view::npos;
}

// A printed URL whose line ends on a character that ends no URL in print ("...refugees?" /
// "lang=en&id=7": a query or fragment goes on) is broken inside itself, linked or not: a note
// printed without links, or whose link areas are lost, still prints its URLs. So is one ending
// on "/" or "." ("https://www." / "bbc.co.uk/...", "https://x.org/documents/" / "2022/report-x")
// when the next line opens with a piece of a URL's path (reads_as_url_piece): typesetters break
// long addresses after their separators (XeTeX's url package, WeasyPrint's overflow-wrap), and
// with the link annotation gone (a driver's re-print) nothing else says the address goes on.
// An address is known by its scheme on the line's last word, or by the printed link it goes on
// (its second line, "2022/report?lang=en&id=" / "46534").
bool url_broken_open(const Inline& last, const std::string& last_word,
                     const std::string& next_word) {
  static constexpr std::string_view kOpenEnds = "?&=#";
  static constexpr std::string_view kSeparatorEnds = "/.";
  if (completes_scheme(last_word, next_word)) return true;
  if (last_word.empty() || (!prints_as_web_address(last_word) && !printed_link(last))) return false;
  if (kOpenEnds.find(last_word.back()) != std::string_view::npos) return true;
  return kSeparatorEnds.find(last_word.back()) != std::string_view::npos &&
         reads_as_url_piece(next_word);
}

// The separator between two lines (step 3), given the run built so far, the previous line's last
// word and the next line's first word as printed. A hyphen the typesetter added is dropped from
// `last` (also in a link's words: a title is hyphenated like any text, a URL is not, which
// Hyphenation::breaks_word knows).
std::string_view join_lines(Inline& last, const std::string& last_word,
                            const std::string& next_word, const InlineRunOptions& options) {
  if (ends_with_soft_hyphen(last_word)) return "";  // normalize_text has already dropped it
  const size_t hyphen = trailing_hyphen(last.text);
  if (hyphen == 0) {
    const bool closed = ends_with_attached_dash(last.text) ||
                        continues_bracket_chain(last_word, next_word) ||
                        url_broken_open(last, last_word, next_word);
    return closed ? "" : " ";
  }
  if (scheme_hyphenated(last_word, next_word) ||
      (options.hyphenation && options.hyphenation->breaks_word(last_word, next_word))) {
    last.text.resize(last.text.size() - hyphen);
  }
  return "";
}

// What a link run's URL holds after its printed text ("2016/x.pdf" for "https://x.org/docs/" of
// "https://x.org/docs/2016/x.pdf"); empty when its text is not part of its URL or ends it.
std::string_view url_rest(const Inline& link) {
  if (link.kind != InlineKind::kLink) return {};
  const size_t at = link.url.find(link.text);
  if (at == std::string::npos) return {};
  return std::string_view(link.url).substr(at + link.text.size());
}

// A printed URL broken at the end of a line goes on without a space: the word that opens the next
// line belongs to the same link and its text continues the URL exactly ("https://rsf.org/en/" /
// "country-focus.pdf"). A link whose printed text is not its URL keeps its spaces. Some
// producers' link areas cover only the URL's first line (XeTeX's): a plain word
// that is the rest of the URL, or the start of it, continues it too, and so does one that ends
// it before closing punctuation ("id=337," ends the URL "...id=337").
bool continues_url(const Inlines& inlines, const RunTarget& next, std::string_view text) {
  if (inlines.empty() || text.empty()) return false;
  const std::string_view rest = url_rest(inlines.back());
  if (next.kind == InlineKind::kLink) {
    return same_target(inlines.back(), next) && rest.starts_with(text);
  }
  if (next.kind != InlineKind::kText || rest.empty()) return false;
  if (rest.starts_with(text)) return true;
  const size_t end = address_end(text);
  return end > 0 && rest == text.substr(0, end);
}

// Whether `text` opens with punctuation that closes what comes before it, which English sets
// with no space before it: a closing quotation mark too (a title quoted ‘...’ closes on "’", an
// apostrophe ending a word on the same character; an opening mark is "‘" or "“").
bool opens_with_closing(std::string_view text) {
  return (!text.empty() && std::string_view(".,;:!?)]").find(text[0]) != std::string_view::npos) ||
         text.starts_with("\u2019") || text.starts_with("\u201D");
}

// Whether the inlines end in a printed address that `next`, the word opening the next line, may
// go on: a printed link, or one whose last character was set aside as the punctuation after it
// ("https://www." read as the link "https://www" and the text "."), which is then the link's
// again, or a scheme cut short that `next` completes (completes_scheme: "https:/" / "/www...";
// scheme_piece_at_end: "ht" of "ht-" / "tps://www...", its hyphen dropped by join_lines), which
// is then a link of its own for `next` to go on.
bool reopen_printed_link(Inlines& inlines, std::string_view next) {
  if (inlines.empty()) return false;
  if (printed_link(inlines.back())) return true;
  if (Inline& text = inlines.back(); text.kind == InlineKind::kText) {
    const std::string_view printed = text.text;
    size_t cut = cut_scheme_at_end(printed);
    if (cut == 0 || !completes_scheme(printed.substr(printed.size() - cut), next)) {
      cut = scheme_piece_at_end(printed, next);
    }
    const std::string scheme = text.text.substr(text.text.size() - cut);
    if (cut > 0) {
      text.text.resize(text.text.size() - cut);
      if (text.text.empty()) inlines.pop_back();
      inlines.push_back(Inline{InlineKind::kLink, scheme, scheme, "", 0});
      return true;
    }
  }
  if (inlines.size() < 2 || inlines.back().kind != InlineKind::kText ||
      inlines.back().text != ".") {
    return false;
  }
  Inline& link = inlines[inlines.size() - 2];
  if (!printed_link(link)) return false;
  link.text += inlines.back().text;
  link.url = link.text;
  inlines.pop_back();
  return true;
}

}  // namespace

std::string_view normalize_text(std::string_view text, std::string& scratch) {
  const auto changes_ascii = [](char c) { return (c & 0x80) != 0 || c == '\t' || c == '\n' || c == '\r'; };
  // Every word of the note comes through here, most of them printable ASCII: that is skipped
  // eight bytes at a time, and only the bytes next_special stops at (controls, non-ASCII) looked at.
  size_t i = next_special<>(text, 0);
  while (i < text.size() && !changes_ascii(text[i])) i = next_special<>(text, i + 1);
  if (i == text.size()) return text;
  if (is_ascii(text)) {
    scratch.assign(text);
    std::replace_if(scratch.begin(), scratch.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    return scratch;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) && maps_to_itself(text) &&
      nfc->isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status) &&
      U_SUCCESS(status)) {
    return text;  // typographic quotes and dashes, accented letters already composed
  }
  status = U_ZERO_ERROR;
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < in.length();) {
    const UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (is_invisible(c)) continue;
    const std::string_view letters = ligature_letters(static_cast<char32_t>(c));
    if (!letters.empty()) {
      for (const char letter : letters) mapped.append(static_cast<UChar>(letter));
    } else if (is_space_like(c)) {
      mapped.append(static_cast<UChar>(' '));
    } else {
      mapped.append(c);
    }
  }
  nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString normalized = U_SUCCESS(status) ? nfc->normalize(mapped, status) : mapped;
  if (U_FAILURE(status)) normalized = mapped;
  scratch.clear();
  normalized.toUTF8String(scratch);
  return scratch;
}

std::string normalize_text(std::string_view text) {
  std::string scratch;
  const std::string_view normalized = normalize_text(text, scratch);
  return normalized.data() == scratch.data() ? std::move(scratch) : std::string(normalized);
}

void append_run(Inlines& inlines, Inline run) {
  if (!inlines.empty() && run.kind != InlineKind::kFootnoteRef &&
      same_target(inlines.back(), target_of(run))) {
    inlines.back().text += run.text;
    return;
  }
  inlines.push_back(std::move(run));
}

namespace {

// Step 5 for one run's text, in place: a space after a space (`previous_space`, carried across
// runs) goes.
void collapse_spaces(std::string& text, bool& previous_space) {
  size_t kept = 0;
  for (const char c : text) {
    const bool space = c == ' ';
    if (space && previous_space) continue;
    text[kept++] = c;
    previous_space = space;
  }
  text.resize(kept);
}

// Whether step 4 splits `run`: a styled run's boundary spaces go to the plain-text side, and a
// styled run of spaces (or of nothing) is just a space.
bool splits(const Inline& run) {
  if (run.kind == InlineKind::kText || run.kind == InlineKind::kFootnoteRef) return false;
  return run.text.empty() || run.text.front() == ' ' || run.text.back() == ' ';
}

// Steps 4 and 5 where no run splits (most paragraphs): the runs are collapsed and merged where
// they stand, none moved but those after a merge or a run left empty.
void collapse_in_place(Inlines& inlines) {
  bool previous_space = true;  // true at the start trims leading spaces
  size_t kept = 0;
  for (size_t i = 0; i < inlines.size(); ++i) {
    Inline& run = inlines[i];
    if (run.kind != InlineKind::kFootnoteRef) {
      collapse_spaces(run.text, previous_space);
      if (run.text.empty()) continue;
      if (kept > 0 && same_target(inlines[kept - 1], target_of(run))) {  // as append_run
        inlines[kept - 1].text += run.text;
        continue;
      }
    }
    if (kept != i) inlines[kept] = std::move(run);
    ++kept;
  }
  inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(kept), inlines.end());
}

// Steps 4 and 5 in one pass: each run's pieces (a styled run's boundary spaces split off to the
// plain-text side, step 4) are collapsed as they come (step 5) and appended to a new list.
// Collapsing piece by piece gives what collapsing the merged runs gives: the spaces are judged
// character by character across run boundaries, and a piece left empty is dropped before it
// could merge.
void split_and_collapse(Inlines& inlines) {
  Inlines out;
  out.reserve(inlines.size());
  bool previous_space = true;  // true at the start trims leading spaces
  const auto collapse_and_append = [&](Inline&& run) {
    if (run.kind == InlineKind::kFootnoteRef) {
      out.push_back(std::move(run));
      return;
    }
    collapse_spaces(run.text, previous_space);
    if (!run.text.empty()) append_run(out, std::move(run));
  };
  for (Inline& run : inlines) {
    if (run.kind == InlineKind::kText || run.kind == InlineKind::kFootnoteRef) {
      collapse_and_append(std::move(run));
      continue;
    }
    const size_t first = run.text.find_first_not_of(' ');
    if (first == std::string::npos) {  // a styled run of spaces is just a space
      collapse_and_append(Inline{InlineKind::kText, " ", "", "", 0});
      continue;
    }
    const size_t last = run.text.find_last_not_of(' ');
    const bool lead = first > 0, trail = last + 1 < run.text.size();
    run.text.erase(last + 1);
    run.text.erase(0, first);
    if (lead) collapse_and_append(Inline{InlineKind::kText, " ", "", "", 0});
    collapse_and_append(std::move(run));
    if (trail) collapse_and_append(Inline{InlineKind::kText, " ", "", "", 0});
  }
  inlines = std::move(out);
}

}  // namespace

void tidy_whitespace(Inlines& inlines) {
  if (std::any_of(inlines.begin(), inlines.end(), splits)) {
    split_and_collapse(inlines);
  } else {
    collapse_in_place(inlines);
  }
  // Trim the end.
  for (auto it = inlines.rbegin(); it != inlines.rend(); ++it) {
    if (it->kind == InlineKind::kFootnoteRef) continue;
    while (!it->text.empty() && it->text.back() == ' ') it->text.pop_back();
    break;
  }
  inlines.erase(std::remove_if(inlines.begin(), inlines.end(), [](const Inline& r) {
                  return r.kind != InlineKind::kFootnoteRef && r.text.empty();
                }), inlines.end());
}

Inlines build_inlines(const Doc& doc, const std::vector<TextLine>& lines,
                      const InlineRunOptions& options) {
  Inlines inlines;
  std::string normalized;               // scratch of normalize_text
  std::string_view pending_separator;  // what goes between the previous word and the next
  const Word* last_word = nullptr;      // the previous line's last word, as printed
  std::string printed_url;              // a word printing an address under no link: its URL
  for (const TextLine& line : lines) {
    if (!inlines.empty() && !line.empty()) {
      const Word& next = doc.pages[line[0].page - 1].words[line[0].word];
      pending_separator = inlines.back().kind == InlineKind::kFootnoteRef || !last_word
                              ? std::string_view(" ")
                              : join_lines(inlines.back(), last_word->text, next.text, options);
    }
    for (size_t i = 0; i < line.size(); ++i) {
      const Word* piece = &doc.pages[line[i].page - 1].words[line[i].word];
      const Word& word = *piece;
      const std::string_view text = normalize_text(word.text, normalized);
      std::string digits;
      if (options.footnote_marks && word.raised && all_ascii_digits(text)) {
        digits = std::string(text);
        // A mark broken over lines in a narrow table cell, its pieces brought onto one line
        // (stages/tables/mark_cells.h): each starts left of where the one before it ends, as no
        // two marks printed side by side do.
        while (i + 1 < line.size()) {
          const Word& next = doc.pages[line[i + 1].page - 1].words[line[i + 1].word];
          if (!next.raised || !all_ascii_digits(next.text) || next.box.x0 >= piece->box.x1) break;
          digits += next.text;
          piece = &next;
          ++i;
        }
      }
      const std::vector<int> marks = digits.empty() ? std::vector<int>{} : mark_numbers(digits);
      if (!marks.empty()) {
        for (int n : marks) inlines.push_back(Inline{InlineKind::kFootnoteRef, "", "", "", n});
      } else {
        std::optional<std::string> xref;
        RunTarget run = run_for_word(doc, line[i], options, xref);
        std::string_view word_text = text;
        const bool continues = i == 0 && continues_url(inlines, run, text);
        // The address's length when the word prints one under no link (the punctuation after
        // it stays text), else the word's.
        size_t linked = word_text.size();
        if (i == 0 && run.kind == InlineKind::kText && !continues && pending_separator.empty() &&
            reopen_printed_link(inlines, text)) {
          // A printed address broken over lines where no space was judged (url_broken_open: it
          // ends on "?", "&", "=" or "#", or on "/" or "." before a piece of a path) goes on in
          // this word, up to the punctuation after it.
          const size_t end = address_end(text);
          inlines.back().text += text.substr(0, end);
          inlines.back().url = inlines.back().text;
          word_text.remove_prefix(end);
          run = RunTarget{};
        } else if (run.kind == InlineKind::kText && !continues) {
          if (const size_t address = printed_address(text); address > 0) {
            printed_url.assign(text.substr(0, address));
            run = RunTarget{InlineKind::kLink, printed_url, {}};
            linked = address;
          }
        }
        if (continues) {
          pending_separator = {};
          // The URL's rest printed outside its link area is the link's text all the same; the
          // punctuation closing the sentence after it ("id=337,") is not.
          if (run.kind == InlineKind::kText) {
            const size_t end = url_rest(inlines.back()).starts_with(text)
                                   ? text.size()
                                   : address_end(text);
            inlines.back().text += text.substr(0, end);
            word_text.remove_prefix(end);
          }
        }
        // The separator joins the run before, so a space never starts a styled run mid-phrase.
        if (!pending_separator.empty()) {
          const bool joins = !inlines.empty() && same_target(inlines.back(), run);
          if (joins && !word_text.empty()) {
            // Both go on the run before, which one look at its target settles for the two.
            inlines.back().text.append(pending_separator).append(word_text.substr(0, linked));
          } else {
            append_text(inlines, joins ? run : RunTarget{}, pending_separator);
            if (!word_text.empty()) append_text(inlines, run, word_text.substr(0, linked));
          }
        } else if (!word_text.empty()) {
          append_text(inlines, run, word_text.substr(0, linked));
        }
        if (linked < word_text.size()) append_text(inlines, RunTarget{}, word_text.substr(linked));
      }
      pending_separator = {};
      last_word = piece;
      if (i + 1 < line.size()) {
        const Word& next = doc.pages[line[i + 1].page - 1].words[line[i + 1].word];
        const bool next_is_mark = options.footnote_marks && next.raised;
        if (!marks.empty()) {
          // After a mark, only a gap a space wide at the text's size is a space: the PDF's own
          // word break is measured at the mark's small size, and a mark set before the
          // punctuation ("Refugees¹.") would otherwise read "Refugees .". Closing punctuation
          // never takes a space before it, whatever gap the typesetter left after the mark.
          const double size = std::max(piece->font_size, next.font_size);
          if (next.box.x0 - piece->box.x1 > options.space_gap * size && !next_is_mark &&
              !opens_with_closing(next.text)) {
            pending_separator = " ";
          }
        } else {
          // Closing punctuation set a hair past the word before it, nearer than a space, takes
          // no space whatever the PDF's word break says: a driver that re-positions each run of
          // text (Cairo's `pdftocairo -pdf`) can leave a link's title and the comma after it
          // ("readmission" | ", no date") 0.12 em apart, past Poppler's break (0.1 em), and a
          // quoted title and its closing mark ("feuds" | "’, 22 September 2018": seeds 1874 and
          // 1879, Cairo and Ghostscript re-printing LibreOffice). A run of dots is a leader or an
          // ellipsis, no closing punctuation: its space is the PDF's (WeasyPrint sets a contents
          // line's leader as dots each a word of its own).
          // Read in the order that decides soonest: most words are a space's gap from the next.
          const auto closing = [&] {
            const bool dots = next.text.starts_with("..") ||
                              (next.text == "." && i + 2 < line.size() &&
                               doc.pages[line[i + 2].page - 1].words[line[i + 2].word].text.starts_with("."));
            return opens_with_closing(next.text) && !dots;
          };
          const bool gap = next.box.x0 - word.box.x1 > options.space_gap * word.font_size;
          const bool spaced = gap || (word.space_after && !closing());
          if (spaced && !next_is_mark) pending_separator = " ";
        }
      }
    }
  }
  tidy_whitespace(inlines);
  return inlines;
}

}  // namespace coi
