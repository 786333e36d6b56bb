#include "diff/units.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

#include "pipeline/utf8.h"

namespace coi::diff_internal {

int Interner::id(const std::string& text) {
  auto [it, inserted] = ids_.try_emplace(text, static_cast<int>(ids_.size()));
  return it->second;
}

namespace {

// Collapses runs of white space to one space and trims, so that line-break differences between
// renderings of the same footnote do not count.
std::string squeeze(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool is_space(const icu::UnicodeString& s) {
  for (int32_t i = 0; i < s.length(); ++i) {
    if (!u_isUWhiteSpace(s.char32At(i))) return false;
  }
  return true;
}

uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * 0x100000001b3ULL;
}

// The hash and word bag of `text`'s tokens.
void summarise(UnitText& text) {
  uint64_t h = 1469598103934665603ULL;
  text.bag.clear();
  for (const Token& t : text.tokens) {
    h = mix(h, static_cast<uint64_t>(t.id));
    if (t.word) text.bag.push_back(t.id);
  }
  text.hash = h;
  std::sort(text.bag.begin(), text.bag.end());
}

}  // namespace

std::map<int, Citation> citations(const Doc& doc,
                                  const std::map<std::string, std::string>& rename) {
  std::map<int, Citation> out;
  for (const Footnote& f : doc.footnotes) {
    Citation c;
    if (!f.source_id.empty()) {
      auto it = rename.find(f.source_id);
      c.key = it == rename.end() ? f.source_id : it->second;
      c.display = "[" + c.key + "]";
    } else {
      const std::string text = squeeze(plain_text(f.inlines));
      c.key = "note: " + text;
      c.display = "[note: " + (text.size() > 40 ? text.substr(0, 40) + "...]" : text + "]");
    }
    out[f.number] = std::move(c);
  }
  return out;
}

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> words;
};

Tokenizer::Tokenizer() : impl_(new Impl) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) impl_->words.reset();
}

Tokenizer::~Tokenizer() { delete impl_; }

void Tokenizer::add_text(const std::string& text, Interner& interner, UnitText& out, bool& space) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  icu::BreakIterator* it = impl_->words.get();
  if (it == nullptr) {  // no ICU data: fall back to one token per space-separated word
    out.tokens.push_back(Token{text, interner.id(text), space, true});
    space = false;
    return;
  }
  it->setText(u);
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    const icu::UnicodeString piece = u.tempSubStringBetween(start, end);
    if (is_space(piece)) {
      space = true;
      continue;
    }
    Token t;
    piece.toUTF8String(t.text);
    t.id = interner.id(t.text);
    t.space_before = space;
    t.word = it->getRuleStatus() != UBRK_WORD_NONE;
    out.tokens.push_back(std::move(t));
    space = false;
  }
}

UnitText Tokenizer::tokenize(const Inlines& inlines, const std::map<int, Citation>& cites,
                             Interner& interner) {
  UnitText out;
  bool space = false;
  for (const Inline& run : inlines) {
    if (run.kind != InlineKind::kFootnoteRef) {
      add_text(run.text, interner, out, space);
      continue;
    }
    auto it = cites.find(run.footnote);
    Token t;
    t.text = it == cites.end() ? "[?" + std::to_string(run.footnote) + "]" : it->second.display;
    t.id = interner.id("\x01" + (it == cites.end() ? t.text : it->second.key));
    t.word = true;
    out.tokens.push_back(std::move(t));
    space = false;
  }
  summarise(out);
  return out;
}

namespace {

// The part slug of the contents list (docs/MODEL.md; the layout stage gives its toc block this
// part, the segment stage the blocks under the "Contents" title).
constexpr const char* kContentsPart = "contents";

// Text left in the contents part is contents entries the layout stage could not read as such:
// their numbers are page numbers (and the section numbers the headings carry), which move with
// every new page break, so they never make a paragraph change.
void drop_numbers(UnitText& text) {
  const auto is_number = [](const Token& t) {
    return !t.text.empty() &&
           std::all_of(t.text.begin(), t.text.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  text.tokens.erase(std::remove_if(text.tokens.begin(), text.tokens.end(), is_number),
                    text.tokens.end());
  summarise(text);
}

std::string heading_label(const Block& b) {
  const std::string text = plain_text(b.inlines);
  return b.number.empty() ? text : b.number + " " + text;
}

void add_cites(const Inlines& inlines, const std::map<int, Citation>& cites, DiffUnit& unit) {
  for (const Inline& run : inlines) {
    if (run.kind != InlineKind::kFootnoteRef) continue;
    auto it = cites.find(run.footnote);
    unit.cites.push_back(it == cites.end() ? "note " + std::to_string(run.footnote)
                                           : it->second.key);
  }
}

}  // namespace

void collect_units(const Doc& doc, const std::map<int, Citation>& cites, Tokenizer& tokenizer,
                   Interner& interner, std::vector<DiffUnit>& units, std::vector<UnitText>& texts) {
  int heading = -1;
  std::string section;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    const int bi = static_cast<int>(i);
    if (b.kind == BlockKind::kHeading) {
      heading = bi;
      section = heading_label(b);
    }
    auto add = [&](DiffUnit::Kind kind, int item, const Inlines& inlines, const Places& where) {
      DiffUnit u;
      u.kind = kind;
      u.block = bi;
      u.item = item;
      u.key = "b" + std::to_string(bi) + (item >= 0 ? "." + std::to_string(item) : "");
      if (item < 0) u.number = b.number;
      u.heading = heading;
      u.section = section;
      u.where = where;
      add_cites(inlines, cites, u);
      for (const Inline& run : inlines) {
        if (run.kind == InlineKind::kLink) u.links.emplace_back(squeeze(run.text), run.url);
      }
      texts.push_back(tokenizer.tokenize(inlines, cites, interner));
      if (b.part == kContentsPart) drop_numbers(texts.back());
      for (const Token& t : texts.back().tokens) {
        if (t.space_before && !u.text.empty()) u.text += ' ';
        u.text += t.text;
      }
      units.push_back(std::move(u));
    };
    if (b.kind == BlockKind::kParagraph || b.kind == BlockKind::kQuote) {
      add(b.kind == BlockKind::kQuote ? DiffUnit::Kind::kQuote : DiffUnit::Kind::kParagraph, -1,
          b.inlines, b.where);
    } else if (b.kind == BlockKind::kList) {
      for (size_t k = 0; k < b.items.size(); ++k) {
        add(DiffUnit::Kind::kListItem, static_cast<int>(k), b.items[k].inlines, b.items[k].where);
      }
    }
  }
}

double dice(const std::vector<int>& a, const std::vector<int>& b) {
  if (a.empty() && b.empty()) return 1;
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j])
      ++i;
    else if (b[j] < a[i])
      ++j;
    else
      ++common, ++i, ++j;
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

std::vector<int> bag_union(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<int> out;
  out.reserve(a.size() + b.size());
  std::merge(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

std::string cited_text(const Inlines& inlines, const std::map<int, Citation>& cites) {
  std::string out;
  for (const Inline& run : inlines) {
    if (run.kind != InlineKind::kFootnoteRef) {
      out += run.text;
      continue;
    }
    auto it = cites.find(run.footnote);
    out += it == cites.end() ? "[?]" : it->second.display;
  }
  return squeeze(out);
}

std::string substance(const std::string& text) {
  const auto word_char = [](char32_t c) { return c != 0 && u_isalnum(static_cast<UChar32>(c)); };
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != ' ') {
      out += text[i];
      continue;
    }
    char32_t next = 0;
    if (i + 1 < text.size()) decode_utf8(text, i + 1, next);
    if (word_char(last_code_point(out)) && word_char(next)) out += ' ';
  }
  return out;
}

}  // namespace coi::diff_internal
