#include "stages/text/hyphenation.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/utf8.h"

namespace coi {

namespace {

// Step 4a: a stem heads hyphenated compounds at least this often to be a prefix the note
// hyphenates: once may be a coinage, or a word the running text broke at its own hyphen.
constexpr int kPrefixCompounds = 2;

// True when the code point ending text[0, end) is a letter or digit.
bool alnum_at_end(std::string_view text, size_t end) {
  const char32_t c = last_code_point(text.substr(0, end));
  return c != 0 && u_isalnum(static_cast<UChar32>(c));
}

// True when `stem` (a line's last word less its hyphen) is made of letters, but for hyphens
// inside it and punctuation before it: typesetters hyphenate words, not URLs, paths or numbers.
bool letters_only(std::string_view stem) {
  bool letter_seen = false;
  for (size_t i = 0; i < stem.size();) {
    char32_t c = 0;
    const size_t length = decode_utf8(stem, i, c);
    if (length == 0) return false;
    i += length;
    if (u_isalpha(static_cast<UChar32>(c))) {
      letter_seen = true;
    } else if (letter_seen && c != U'-' && c != 0x2010) {
      return false;
    }
  }
  return letter_seen;
}

// Step 2: `before` less its hyphen, where a typesetter could have broken a word there.
std::optional<std::string_view> syllable_stem(std::string_view before, std::string_view after) {
  const size_t hyphen = trailing_hyphen(before);
  const std::string_view stem = before.substr(0, before.size() - hyphen);
  if (hyphen == 0 || !opens_lower_case(after) || !letters_only(stem)) return std::nullopt;
  return stem;
}

// Step 2a: `before` less its hyphen when it ends in a capital and `after` opens with one ("UN-" /
// "HCR"): an all-capitals word broken between its letters, or two names joined ("EU-" / "UK").
std::optional<std::string_view> capitals_stem(std::string_view before, std::string_view after) {
  const size_t hyphen = trailing_hyphen(before);
  const std::string_view stem = before.substr(0, before.size() - hyphen);
  char32_t first = 0;
  if (hyphen == 0 || decode_utf8(after, 0, first) == 0 || !letters_only(stem) ||
      !u_isupper(static_cast<UChar32>(first)) ||
      !u_isupper(static_cast<UChar32>(last_code_point(stem)))) {
    return std::nullopt;
  }
  return stem;
}

// Step 2a: true when `word`, its surrounding punctuation aside, is two letters or more, every
// one a capital ("ACCORD" of "(ACCORD),").
bool capitals_only(std::string_view word) {
  int letters = 0;
  for (size_t i = 0; i < word.size();) {
    char32_t c = 0;
    const size_t length = decode_utf8(word, i, c);
    if (length == 0) return false;
    i += length;
    if (u_isupper(static_cast<UChar32>(c))) {
      ++letters;
    } else if (u_isalnum(static_cast<UChar32>(c)) || (letters > 0 && c == U'-')) {
      return false;
    }
  }
  return letters >= 2;
}

// Step 0: true when U+2010 ends some word of the note (after a letter or digit) and lies inside
// none.
bool u2010_only_at_word_ends(const Doc& doc) {
  constexpr std::string_view kMark = "\u2010";
  bool at_end = false;
  for (const Page& page : doc.pages) {
    for (const Word& word : page.words) {
      const size_t at = word.text.find(kMark);
      if (at == std::string::npos) continue;
      if (at + kMark.size() != word.text.size() || trailing_hyphen(word.text) == 0) return false;
      at_end = true;
    }
  }
  return at_end;
}

// Step 4b: true when `word`, the marks and punctuation after its last letter aside, is letters
// holding a hyphen between two of them ("de-France" of "de-France52" or "de-France,"): a
// compound's part. Not a URL's piece ("tps://www.example.org/some-page").
bool holds_compound_hyphen(std::string_view word) {
  while (!word.empty() && !u_isalpha(static_cast<UChar32>(last_code_point(word)))) {
    size_t cut = word.size() - 1;  // the last code point's first byte
    while (cut > 0 && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) --cut;
    word = word.substr(0, cut);
  }
  const size_t hyphen = word.find('-');
  return letters_only(word) && hyphen != std::string_view::npos && hyphen > 0;
}

// Step 4a: the stem of a compound (`folded`, a vocabulary key) before its first hyphen, when a
// letter follows that hyphen and the stem is letters only ("semi" of "semi-public"); else empty.
std::string_view compound_head(std::string_view folded) {
  const size_t hyphen = folded.find('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 1 >= folded.size()) return {};
  const std::string_view head = folded.substr(0, hyphen);
  if (!letters_only(head)) return {};
  char32_t next = 0;
  if (decode_utf8(folded, hyphen + 1, next) == 0 || !u_isalpha(static_cast<UChar32>(next))) {
    return {};
  }
  return head;
}

// A judge kept in a document's memo with the count of words it reads (Hyphenation keeps a
// reference to it): the count lives as long as the judge.
struct CountAndJudge {
  std::shared_ptr<const Vocabulary> vocabulary;
  Hyphenation hyphenation;
};

}  // namespace

size_t trailing_hyphen(std::string_view word) {
  const char32_t last = last_code_point(word);
  const size_t length = last == U'-' ? 1 : (last == 0x2010 ? 3 : 0);
  return length > 0 && alnum_at_end(word, word.size() - length) ? length : 0;
}

Hyphenation::Hyphenation(const Doc& doc, const Vocabulary& vocabulary)
    : vocabulary_(vocabulary), marks_breaks_(u2010_only_at_word_ends(doc)) {
  for (const Page& page : doc.pages) {  // step 1a
    for (size_t i = 0; i < page.words.size(); ++i) {
      const std::string& text = page.words[i].text;
      if (Vocabulary::in_running_text(page, i)) continue;
      if (capitals_only(text)) set_apart_acronyms_.add(text);  // step 2a
      if (text.find('-') == std::string::npos) continue;
      if (!compound_head(Vocabulary::fold(text)).empty()) set_apart_compounds_.add(text);
    }
  }
  int word_breaks = 0, compounds = 0;
  for (const Page& page : doc.pages) {
    for (size_t i = 0; i + 1 < page.lines.size(); ++i) {
      const Line& line = page.lines[i];
      const Line& next = page.lines[i + 1];
      if (line.words.empty() || next.words.empty() || line.role != next.role) continue;
      const std::string& before = page.words[line.words.back()].text;
      const std::string& after = page.words[next.words.front()].text;
      const std::optional<std::string_view> stem = syllable_stem(before, after);
      if (!stem) continue;
      switch (evidence(*stem, after)) {
        case Verdict::kWordBreak:
          ++word_breaks;
          if (Vocabulary::in_running_text(page, static_cast<size_t>(next.words.front()))) {
            ++syllables_[Vocabulary::fold(after)];
          }
          break;
        case Verdict::kCompound: ++compounds; break;
        case Verdict::kUnknown:
          if (Vocabulary::in_running_text(page, static_cast<size_t>(next.words.front()))) {
            ++undecided_[Vocabulary::fold(after)];
          }
          break;
      }
    }
  }
  hyphenates_ = word_breaks > compounds;
  read_compound_heads();
}

void Hyphenation::read_compound_heads() {
  size_t longest = 0;
  vocabulary_.for_each([&](const std::string& folded, int count) {
    if (const std::string_view head = compound_head(folded); !head.empty()) {
      compound_heads_[std::string(head)] += count;
      longest = std::max(longest, head.size());
    }
  });
  if (compound_heads_.empty()) return;
  // Which lengths the heads opening with each byte have: a word's prefix of another length is no
  // head, and most are, so it is neither hashed nor looked up.
  const size_t row = longest + 1;
  std::vector<bool> head_length(256 * row, false);  // [first byte * row + length]
  for (const auto& [head, count] : compound_heads_) {
    head_length[static_cast<unsigned char>(head.front()) * row + head.size()] = true;
  }
  vocabulary_.for_each([&](const std::string& word, int) {
    if (word.size() < 2 || word.find('-') != std::string::npos) return;
    const size_t first = static_cast<unsigned char>(word.front()) * row;
    // A head followed by one more letter at least ("semi" of "seminar"; "semi" alone is none).
    for (size_t n = 1; n < word.size() && n <= longest; ++n) {
      if (!head_length[first + n]) continue;
      const auto head = compound_heads_.find(std::string_view(word).substr(0, n));
      if (head != compound_heads_.end()) joined_heads_.insert(head->first);
    }
  });
}

Hyphenation::Verdict Hyphenation::evidence(std::string_view stem, std::string_view after,
                                           bool capitals) const {
  const std::string joined = std::string(stem) + std::string(after);
  const std::string hyphenated = std::string(stem) + "-" + std::string(after);
  const int whole = vocabulary_.count(joined) + (capitals ? set_apart_acronyms_.count(joined) : 0);
  const int compound = vocabulary_.count(hyphenated) + set_apart_compounds_.count(hyphenated);
  if (whole > compound) return Verdict::kWordBreak;
  if (compound > whole) return Verdict::kCompound;
  return Verdict::kUnknown;
}

bool Hyphenation::breaks_word(std::string_view before, std::string_view after) const {
  // Step 0: the typesetter's mark is a break; a "-" is then the text's own hyphen.
  if (marks_breaks_) return trailing_hyphen(before) == 3 && !after.empty();
  const std::optional<std::string_view> stem = syllable_stem(before, after);
  if (!stem) {
    const std::optional<std::string_view> capitals = capitals_stem(before, after);
    return capitals && evidence(*capitals, after, true) == Verdict::kWordBreak;  // step 2a
  }
  switch (evidence(*stem, after)) {  // step 1
    case Verdict::kWordBreak: return true;
    case Verdict::kCompound: return false;
    case Verdict::kUnknown: break;
  }
  // Step 4; the second half is printed once here, as this line's first word, and elsewhere at
  // most as the second half of attested breaks or of breaks as undecided as this one (the same
  // word broken the same way again: "up-" / "dated" twice in a bibliography, "updated" printed
  // whole nowhere, is no evidence of a word "dated": seed 1330, XeLaTeX).
  if (!hyphenates_) return false;
  const std::string head = Vocabulary::fold(*stem);
  if (const auto compound = compound_heads_.find(head);
      compound != compound_heads_.end() && compound->second >= kPrefixCompounds &&
      !joined_heads_.contains(head)) {
    return false;  // step 4a
  }
  if (holds_compound_hyphen(after)) return false;  // step 4b
  const auto syllable = syllables_.find(Vocabulary::fold(after));
  const int as_syllable = syllable == syllables_.end() ? 0 : syllable->second;
  const auto undecided = undecided_.find(Vocabulary::fold(after));
  const int again = undecided == undecided_.end() ? 0 : undecided->second - 1;  // but this one
  return vocabulary_.count(after) - as_syllable - again < 2;
}

const Hyphenation& hyphenation_of(const Doc& doc) {
  std::shared_ptr<const Vocabulary> vocabulary = vocabulary_of(doc);
  // Keyed by the count, which the stages replace when they change a word (Doc::vocabulary).
  const void* count = vocabulary.get();
  return doc.memo
      .get<CountAndJudge>(count,
                          [&] {
                            Hyphenation judge(doc, *vocabulary);
                            return CountAndJudge{std::move(vocabulary), std::move(judge)};
                          })
      .hyphenation;
}

}  // namespace coi
