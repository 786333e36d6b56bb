#include "stages/text/citation.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

#include "pipeline/url.h"

namespace coi {

namespace {

#define COI_MONTH                                                                          \
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"      \
  "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
// "12 Jan 2024", "Jan 12, 2024" or "January 2024", or a bare year. The month is written twice, not
// three times ("month day, year" and "month year" share it, the day optional and tried first as
// before): the same matches, and a third less for RE2 to compile (0.4 M instructions a pattern).
#define COI_DATE                                                                           \
  "(?:\\d{1,2}\\s+" COI_MONTH "\\s+\\d{4}|" COI_MONTH "\\s+(?:\\d{1,2},?\\s+)?\\d{4}|\\d{4})\\b"

}  // namespace

const char* const kDefaultDatePattern =
    "(?i)(no date|n\\.d\\.|(?:(?:last\\s+)?updated:?\\s+|adopted\\s+|version\\s+as\\s+of\\s+|published:?\\s+)?"
    COI_DATE ")";
const char* const kDefaultAccessedPattern =
    "(?i)[.,;]?\\s*(?:(?:(?:last|date)\\s+)?accessed(?:\\s+on)?:?\\s*|retrieved(?:\\s+on)?:?\\s*)?"
    "(" COI_DATE ")";

#undef COI_DATE
#undef COI_MONTH

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// Drops leading characters in `chars` (and spaces).
std::string_view skip(std::string_view s, std::string_view chars) {
  while (!s.empty() && (is_space(s.front()) || chars.find(s.front()) != std::string_view::npos)) {
    s.remove_prefix(1);
  }
  return s;
}

std::string trim(std::string_view s, std::string_view chars = "") {
  s = skip(s, chars);
  while (!s.empty() && (is_space(s.back()) || chars.find(s.back()) != std::string_view::npos)) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

// Length of the balanced group opening at s[0] ('(' or '['), or 0 when it never closes.
size_t balanced_length(std::string_view s) {
  const char open = s.front();
  const char close = open == '(' ? ')' : ']';
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == open) ++depth;
    if (s[i] == close && --depth == 0) return i + 1;
  }
  return 0;
}

// Takes a leading parenthetical or bracket off `s` into `detail`.
bool take_group(std::string_view& s, std::string& detail) {
  if (s.empty() || (s.front() != '(' && s.front() != '[')) return false;
  const size_t n = balanced_length(s);
  if (n == 0) return false;
  detail += (detail.empty() ? "" : " ") + std::string(s.substr(0, n));
  s = skip(s.substr(n), ",.;");
  return true;
}

// Whether the date phrase `date` is rather the year ending the title, as the access date after it
// is unlabelled and after a comma (`before` the access date): "Kuwait, 2016, 8 July 2020" is a
// title ending ", 2016" and its date; "no date, 3 March 2025", "2016. 8 July 2020" and "2016,
// Accessed: 8 July 2020" are a date and an access date.
bool ends_title(std::string_view date, std::string_view before) {
  const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  const auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  before = skip(before, "");
  return date.size() == 4 && std::all_of(date.begin(), date.end(), digit) &&
         before.starts_with(",") && std::none_of(before.begin(), before.end(), letter);
}

// Step 2: detail, date, accessed, trailing detail.
void read_rest(std::string_view s, const CitationPatterns& patterns, CitationParts& parts) {
  s = skip(s, ",;");
  while (take_group(s, parts.detail)) {
  }
  std::vector<std::string> groups;
  if (int n = patterns.date.prefix_match(s, groups); n > 0) {
    parts.date = trim(groups.empty() ? std::string(s.substr(0, n)) : groups[0]);
    s = s.substr(static_cast<size_t>(n));
    const int m = patterns.accessed.prefix_match(s, groups);
    const std::string_view before =
        m > 0 && !groups.empty() ? s.substr(0, static_cast<size_t>(m) - groups[0].size()) : "";
    if (m > 0 && !ends_title(parts.date, before)) {
      parts.accessed = trim(groups.empty() ? std::string(s.substr(0, m)) : groups[0]);
      s = s.substr(static_cast<size_t>(m));
    }
    s = skip(s, ".,;");
  }
  if (parts.detail.empty()) take_group(s, parts.detail);
  parts.rest = trim(s, ".,;");
}

// Where the tail of an unlinked citation starts: the first ", " (or space after "?!)]") from
// which the rest reads completely as detail, date and accessed date; npos when there is none.
size_t tail_start(std::string_view s, const CitationPatterns& patterns) {
  for (size_t i = 1; i < s.size(); ++i) {
    const bool comma = s[i] == ',';
    const bool after_mark = s[i] == ' ' && std::string_view("?!)]").find(s[i - 1]) != std::string_view::npos;
    if (!comma && !after_mark) continue;
    CitationParts tail;
    read_rest(s.substr(i), patterns, tail);
    if (!tail.date.empty() && tail.rest.empty()) return i;
  }
  return std::string_view::npos;
}

// Where the title of an unlinked citation without a readable tail ends: at the first
// parenthetical or bracket, or at the first ", " followed by a date phrase.
size_t title_end(std::string_view s, const CitationPatterns& patterns) {
  std::vector<std::string> groups;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((s[i] == '(' || s[i] == '[') && i > 0 && s[i - 1] == ' ') return i;
    if (s[i] == ',' && patterns.date.prefix_match(skip(s.substr(i + 1), ""), groups) > 0) return i;
  }
  return s.size();
}

// Moves the parentheticals and brackets that end `title` to the front of `detail`.
// A parenthetical that is only a date ("(May 2021)") belongs to the title: "Iraq: briefing (May
// 2021)" names an edition, where "(page 7)" or "(3.3.1)" points into the source.
void strip_trailing_groups(std::string& title, std::string& detail, const Pattern& date) {
  std::vector<std::string> groups;
  while (!title.empty() && (title.back() == ')' || title.back() == ']')) {
    const char close = title.back(), open = close == ')' ? '(' : '[';
    int depth = 0;
    size_t i = title.size();
    while (i-- > 0) {
      depth += title[i] == close ? 1 : title[i] == open ? -1 : 0;
      if (depth == 0) break;
    }
    if (depth != 0 || i == 0 || title[i - 1] != ' ') return;
    const std::string_view inner = std::string_view(title).substr(i + 1, title.size() - i - 2);
    if (date.prefix_match(inner, groups) == static_cast<int>(inner.size())) return;
    detail = title.substr(i) + (detail.empty() ? "" : " ") + detail;
    title = trim(title.substr(0, i));
  }
}

// Typographic and plain quote marks around a title, as UTF-8: the opening marks and the closing
// mark each one pairs with.
struct QuotePair {
  std::string_view open, close;
};
constexpr QuotePair kQuotePairs[] = {{"\u2018", "\u2019"}, {"\u201C", "\u201D"}, {"\"", "\""}};

// The pair whose opening mark starts `s`, if any.
const QuotePair* opening_quote(std::string_view s) {
  for (const QuotePair& q : kQuotePairs) {
    if (s.starts_with(q.open)) return &q;
  }
  return nullptr;
}

// `s` without the closing marks (and spaces) it starts with: what follows a quoted title.
std::string_view skip_closing_quotes(std::string_view s) {
  for (bool again = true; again;) {
    again = false;
    s = skip(s, "");
    for (const QuotePair& q : kQuotePairs) {
      if (s.starts_with(q.close)) {
        s.remove_prefix(q.close.size());
        again = true;
      }
    }
  }
  return s;
}

// `s` trimmed of the opening marks, commas and spaces it ends with: the prefix before a quoted
// title ("Amnesty International, ‘").
std::string trim_prefix(std::string_view s) {
  std::string out = trim(s, ",;:'");
  for (bool again = true; again;) {
    again = false;
    for (const QuotePair& q : kQuotePairs) {
      if (std::string_view(out).ends_with(q.open)) {
        out = trim(std::string_view(out).substr(0, out.size() - q.open.size()), ",;:'");
        again = true;
      }
    }
  }
  return out;
}

// `title` without the pair of marks that encloses it whole ("‘Title’"); a title that only opens
// with a quotation ("“Let me dream”: a charity ...") keeps it.
std::string_view strip_enclosing_marks(std::string_view title) {
  const QuotePair* q = opening_quote(title);
  if (q == nullptr || title.size() < q->open.size() + q->close.size() ||
      !title.ends_with(q->close)) {
    return title;
  }
  return title.substr(q->open.size(), title.size() - q->open.size() - q->close.size());
}

// A link's title without the closing mark of a quotation opened before the link ("‘[Title’],
// 2021"): a rectangle reaching past its text takes in a narrow mark after it (pdfTeX's and
// LuaTeX's link margin, 1 pt each side by default, over Heros' 1.8 pt ’: LuaLaTeX, seed 2535
// p. 12). Kept where another closing mark follows the link: the title's own ends in an apostrophe
// ("‘[Parents’]’").
std::string without_closing_mark(std::string title, std::string_view before,
                                std::string_view after) {
  const std::string opened = trim(before);
  for (const QuotePair& q : kQuotePairs) {
    if (std::string_view(opened).ends_with(q.open) && title.size() > q.close.size() &&
        title.ends_with(q.close) && !skip(after, "").starts_with(q.close)) {
      return trim(std::string_view(title).substr(0, title.size() - q.close.size()));
    }
  }
  return title;
}

// An unlinked title: its enclosing marks stripped, and plain quotes at either end dropped, as they
// were before typographic ones were known.
std::string unquote(std::string_view title) {
  return trim(strip_enclosing_marks(trim(title)), "'\"");
}

// Whether `c` continues a word: after a closing mark it makes the mark an apostrophe
// ("d’Ivoire", "Women’s"). Bytes of non-ASCII letters count.
bool continues_word(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0;
}

// Step 1 for an unlinked citation whose title is quoted ("HRW, ‘Title, 2024’, no date. ..."):
// the opening mark starts the text or follows ", "; the title closes at the first matching mark
// that ends a word and after which the rest reads completely. A quoted title keeps its commas and
// parentheticals. False when there is no quoted title, or when no closing mark leaves a tail that
// reads (the quotation opens a longer title: "“Let me dream”: a charity ..., 2024").
bool read_quoted(std::string_view text, const CitationPatterns& patterns, CitationParts& parts) {
  size_t open_at = 0;
  const QuotePair* q = opening_quote(text);
  for (size_t comma = text.find(", "); q == nullptr && comma != std::string_view::npos;
       comma = text.find(", ", comma + 1)) {
    open_at = comma + 2;
    q = opening_quote(text.substr(open_at));
  }
  if (q == nullptr) return false;
  const std::string_view body = text.substr(open_at + q->open.size());
  size_t close_at = std::string_view::npos;
  for (size_t at = body.find(q->close); at != std::string_view::npos;
       at = body.find(q->close, at + 1)) {
    const size_t after = at + q->close.size();
    if (at == 0 || (after < body.size() && continues_word(body[after]))) continue;
    close_at = at;
    CitationParts tail;
    read_rest(skip_closing_quotes(body.substr(after)), patterns, tail);
    if (tail.rest.empty()) break;
    close_at = std::string_view::npos;
  }
  if (close_at == std::string_view::npos) return false;
  parts.prefix = trim_prefix(text.substr(0, open_at));
  parts.title = trim(body.substr(0, close_at));
  read_rest(skip_closing_quotes(body.substr(close_at + q->close.size())), patterns, parts);
  return true;
}

// `inlines` from `offset` bytes of their plain text on (footnote refs before it dropped).
Inlines inlines_from(const Inlines& inlines, size_t offset) {
  Inlines out;
  size_t at = 0;
  for (const Inline& run : inlines) {
    const size_t size = run.kind == InlineKind::kFootnoteRef ? 0 : run.text.size();
    if (at >= offset) {
      out.push_back(run);
    } else if (at + size > offset) {
      Inline tail = run;
      tail.text = run.text.substr(offset - at);
      out.push_back(std::move(tail));
    }
    at += size;
  }
  return out;
}

// Whether `title` is no title but a tail: empty, or read completely as a date and what follows.
bool reads_as_tail(std::string_view title, const CitationPatterns& patterns) {
  CitationParts tail;
  read_rest(title, patterns, tail);
  return title.empty() || (!tail.date.empty() && tail.rest.empty());
}

// Steps 1 and 2 for an unlinked citation without a quoted title; `prefixed`: the text to its
// first ", " is the prefix.
CitationParts read_unquoted(std::string_view s, bool prefixed, const CitationPatterns& patterns) {
  CitationParts parts;
  if (size_t comma = s.find(", "); prefixed && comma != std::string_view::npos) {
    parts.prefix = trim(s.substr(0, comma));
    s = s.substr(comma + 2);
  }
  if (const size_t tail = tail_start(s, patterns); tail != std::string_view::npos) {
    std::string title = trim(s.substr(0, tail));
    read_rest(s.substr(tail), patterns, parts);
    strip_trailing_groups(title, parts.detail, patterns.date);
    parts.title = unquote(title);
    const std::string whole = unquote(s.substr(0, tail));
    if (whole != parts.title) parts.long_title = whole;
    return parts;
  }
  const size_t end = title_end(s, patterns);
  parts.title = unquote(s.substr(0, end));
  read_rest(s.substr(end), patterns, parts);
  return parts;
}

// Steps 1 to 3 for a citation without a link.
CitationParts parse_unlinked(const std::string& text, const CitationPatterns& patterns) {
  CitationParts parts;
  if (read_quoted(text, patterns, parts)) return parts;
  parts = read_unquoted(text, true, patterns);
  // "Title, 2016. Accessed: ..." under a publisher line has no prefix: the title would be the
  // tail ("2016"), so the first ", " is the title's own.
  if (!parts.prefix.empty() && reads_as_tail(parts.title, patterns)) {
    return read_unquoted(text, false, patterns);
  }
  return parts;
}

// Whether a link prints its address rather than a title ("https://...", "www.x.org/...").
bool prints_its_address(const Inline& link) {
  return prints_as_web_address(trim(link.text));
}

// Steps 1 to 3 for a citation without a link that prints a web address ("HRW, Title,
// https://..., 2024"; the producer lost the link's annotation, or never made one): read as a
// link printing its address is, the address being its URL. Without one, parse_unlinked.
CitationParts parse_printed_address(const std::string& text, const CitationPatterns& patterns) {
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string address = trim(std::string_view(text).substr(start, end - start), ",;:.");
    if (prints_as_web_address(address)) {
      CitationParts parts = parse_unlinked(
          trim(std::string_view(text).substr(0, start), ",;:") + text.substr(start + address.size()),
          patterns);
      parts.url = address;
      return parts;
    }
    start = end + 1;
  }
  return parse_unlinked(text, patterns);
}

// Steps 1 to 3, on the citation proper.
CitationParts parse_own(const Inlines& inlines, const CitationPatterns& patterns) {
  const auto link = std::find_if(inlines.begin(), inlines.end(), [](const Inline& r) {
    return r.kind == InlineKind::kLink && !r.url.empty();
  });
  if (link == inlines.end()) return parse_printed_address(trim(plain_text(inlines)), patterns);
  if (prints_its_address(*link)) {
    // "HRW, Title, https://..., 2024": the title is printed text; the citation reads as if the
    // address were not there, and keeps its URL.
    CitationParts parts = parse_unlinked(
        trim(plain_text(Inlines(inlines.begin(), link)), ",;:") +
            plain_text(Inlines(link + 1, inlines.end())),
        patterns);
    parts.url = link->url;
    return parts;
  }
  // A quoted title's marks sit outside the link ("‘[Title]’, 2021") or inside it.
  CitationParts parts;
  const std::string before = plain_text(Inlines(inlines.begin(), link));
  const std::string after = plain_text(Inlines(link + 1, inlines.end()));
  parts.prefix = trim_prefix(before);
  parts.title = without_closing_mark(trim(strip_enclosing_marks(trim(link->text))), before, after);
  parts.url = link->url;
  read_rest(skip_closing_quotes(after), patterns, parts);
  return parts;
}

}  // namespace

CitationParts parse_citation(const Inlines& inlines, const CitationPatterns& patterns) {
  if (patterns.lead.valid()) {  // step 0
    std::vector<std::string> groups;
    const std::string text = plain_text(inlines);
    if (patterns.lead.full_match(text, groups) && !groups.empty() && !groups[0].empty()) {
      return parse_own(inlines_from(inlines, text.size() - groups[0].size()), patterns);
    }
  }
  return parse_own(inlines, patterns);
}

namespace {

// Plain ASCII stand-ins for typographic punctuation; 0 to drop the character.
bool is_apostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x60 || c == 0xB4; }

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The typographic punctuation notes print in titles and dates, at `text[i]`: the curly quotes
// U+2018, U+2019 (apostrophes to fold_for_match), U+201C and U+201D, the dashes U+2013 and U+2014,
// U+2026 and U+00A0. No canonical decomposition changes them and none is a letter, digit or mark,
// so they fold as ASCII punctuation does. Their length in bytes, or 0 for any other sequence.
size_t plain_punctuation(std::string_view text, size_t i, bool& apostrophe) {
  const auto byte = [&](size_t k) {
    return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u;
  };
  apostrophe = false;
  if (byte(0) == 0xC2 && byte(1) == 0xA0) return 2;
  if (byte(0) != 0xE2 || byte(1) != 0x80) return 0;
  switch (byte(2)) {
    case 0x98: case 0x99: apostrophe = true; return 3;
    case 0x93: case 0x94: case 0x9C: case 0x9D: case 0xA6: return 3;
    default: return 0;
  }
}

// fold_for_match for text that is ASCII but for plain_punctuation, where decomposition and ICU's
// classes reduce to the obvious ones: most titles and dates are, and the ICU path costs thousands
// of instructions per string. Nothing for other text.
std::optional<std::string> fold_plain(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  char previous = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c & 0x80) != 0) {
      bool apostrophe = false;
      const size_t length = plain_punctuation(text, i, apostrophe);
      if (length == 0) return std::nullopt;
      i += length - 1;
      if (apostrophe) continue;
      if (!out.empty() && out.back() != ' ') out += ' ';
      previous = c;  // no letter: a hyphen after it joins nothing
      continue;
    }
    if (c == '\'' || c == '`') continue;
    if (is_ascii_alpha(c) || (c >= '0' && c <= '9')) {
      // The program sets no locale, so this is std::tolower's answer without its call a byte.
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      previous = c;
      continue;
    }
    // A byte of punctuation after it (its first, >= 0x80) is no letter either.
    const char next = i + 1 < text.size() ? text[i + 1] : 0;
    const bool joining_hyphen = c == '-' && is_ascii_alpha(previous) && is_ascii_alpha(next);
    if (!joining_hyphen && !out.empty() && out.back() != ' ') out += ' ';
    previous = c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string fold_for_match(std::string_view text) {
  if (std::optional<std::string> plain = fold_plain(text)) return std::move(*plain);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(source, status) : source;
  if (U_FAILURE(status)) decomposed = source;
  icu::UnicodeString out;
  UChar32 previous = 0;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    const UChar32 c = decomposed.char32At(i);
    const UChar32 next =
        i + 1 < decomposed.length() ? decomposed.char32At(decomposed.moveIndex32(i, 1)) : 0;
    if (u_charType(c) == U_NON_SPACING_MARK || is_apostrophe(c)) continue;
    if (u_isalnum(c)) {
      out.append(u_tolower(c));
      previous = c;
      continue;
    }
    // A hyphen between letters joins ("psycho-trauma"); every other mark separates words.
    const bool joining_hyphen = (c == '-' || c == 0x2010 || c == 0x2011) && u_isalpha(previous) &&
                                u_isalpha(next);
    if (!joining_hyphen && out.length() > 0 && out.char32At(out.length() - 1) != ' ') {
      out.append(static_cast<UChar32>(' '));
    }
    previous = c;
  }
  std::string result;
  out.toUTF8String(result);
  while (!result.empty() && result.back() == ' ') result.pop_back();
  return result;
}

std::vector<std::string> match_words(std::string_view folded,
                                     const std::vector<std::string>& stop_words) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    std::string word(folded.substr(start, end - start));
    if (!word.empty() && std::find(stop_words.begin(), stop_words.end(), word) == stop_words.end()) {
      words.push_back(std::move(word));
    }
    start = end + 1;
  }
  return words;
}

}  // namespace coi
