#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <string_view>

#include "pipeline/utf8.h"
#include "stages/extract/capture_device.h"
#include "stages/extract/extract_parts.h"
#include "stages/extract/poppler_text.h"

namespace coi::extract {

namespace {

// "ABCDEF+LiberationSans-Bold" -> "LiberationSans-Bold": the subset tag is six capitals and '+'.
std::string_view without_subset(std::string_view s) {
  if (s.size() > 7 && s[6] == '+' &&
      std::all_of(s.begin(), s.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return s.substr(7);
  }
  return s;
}

std::string strip_subset(const GooString* name) {
  return name ? std::string(without_subset(name->toStr())) : std::string();
}

// A font's name (its index in the page's font table) and style. The style patterns are regexes,
// too dear to run for each of a page's thousands of words, so each page's handful of fonts is
// looked up once.
struct FontStyle {
  int font = -1;
  bool bold = false, italic = false;
  bool bbox_as_ascent = false;  // CaptureDevice::declares_bbox_as_ascent
};

class FontStyles {
 public:
  FontStyles(const ExtractConfig& config, const CaptureDevice& device,
             std::vector<std::string>& fonts)
      : config_(config), device_(device), fonts_(fonts) {}

  // A font is bold where its descriptor's flags, its name, or its program's own names say so
  // (font_program_names.h: a driver may rename the font and drop the flag).
  const FontStyle& of(const TextFontInfo* font) {
    // A page's words come line by line, mostly in one font: ask the last font's first.
    if (last_ < styles_.size() && styles_[last_].first == font) return styles_[last_].second;
    for (size_t k = 0; k < styles_.size(); ++k) {
      if (styles_[k].first == font) {
        last_ = k;
        return styles_[k].second;
      }
    }
    const std::string name = strip_subset(font->getFontName());
    const auto [program_bold, program_italic] = device_.program_style(font);
    FontStyle style;
    style.font = font_index(fonts_, name);
    style.bold = font->isBold() || program_bold || config_.bold_font_name.partial_match(name);
    style.italic =
        font->isItalic() || program_italic || config_.italic_font_name.partial_match(name);
    style.bbox_as_ascent = device_.declares_bbox_as_ascent(font);
    styles_.emplace_back(font, style);
    last_ = styles_.size() - 1;
    return styles_.back().second;
  }

  // Two subsets of one font are one font: a driver that re-embeds fonts may split one into
  // several (Cairo, `pdftocairo -pdf`, sets the glyphs a simple font can encode in one subset
  // and the rest, U+2010 or a curly quote, in another, so "wom‐" is drawn in two), and a word
  // set in both is still one word in one style.
  bool same(const TextFontInfo* a, const TextFontInfo* b) {
    if (a == b) return true;
    const FontStyle sa = of(a);  // a copy: looking up b may grow the table
    const FontStyle& sb = of(b);
    return sa.font == sb.font && sa.bold == sb.bold && sa.italic == sb.italic;
  }

 private:
  const ExtractConfig& config_;
  const CaptureDevice& device_;
  std::vector<std::string>& fonts_;
  std::vector<std::pair<const TextFontInfo*, FontStyle>> styles_;  // a page has few fonts
  size_t last_ = 0;  // styles_' entry found last
};

// Whether `c` is an ASCII letter with its UTF-16 bytes swapped ('f', U+0066, as U+6600).
bool swapped_letter(Unicode c) {
  const Unicode low = c >> 8;
  return (c & 0xFF) == 0 && ((low >= 'a' && low <= 'z') || (low >= 'A' && low <= 'Z'));
}

// The two letters of a three-letter ligature's last two units written as one, their bytes
// summed and swapped: U+CF00 ('f' + 'i' = 0xCF) of "ffi", U+D200 ('f' + 'l') of "ffl".
std::string_view summed_letters(Unicode c) {
  if (c == 0xCF00) return "fi";
  if (c == 0xD200) return "fl";
  return {};
}

// The boxes of a word's characters as TextWord::getCharBBox gives them, read here from the
// word's edges: along its direction (rotation 0 and 2 across the page, 1 and 3 down it) the
// edges of the character, in the order a word set backwards (rotation 2 and 3) gives them, and
// across it the word's own extent. page_words asks for every character's box, and a call into
// Poppler for each cost about 30 instructions a character of the note (bench/README.md, Session
// 23); the word's facts are read once here. Poppler sets the word's extent across its direction
// by its font's declared Ascent and Descent; where the font declares its FontBBox's (a driver's
// re-print: `bbox_as_ascent`), that is how far its tallest glyph reaches, not its letters, and
// the word reaches no farther from its baseline than [extract] word_max_ascent and
// word_max_descent of its size (extract_config.h).
class CharBoxes {
 public:
  CharBoxes(const TextWord* tw, bool bbox_as_ascent, const ExtractConfig& config)
      : tw_(tw), across_(tw->getRotation() % 2 == 0), backwards_(tw->getRotation() >= 2) {
    tw->getBBox(&word_.x0, &word_.y0, &word_.x1, &word_.y1);
    if (bbox_as_ascent) clamp_to_baseline(config);
  }

  // Character `i`'s box (`i` within the word).
  Box operator()(int i) const {
    const double first = tw_->getEdge(backwards_ ? i + 1 : i);
    const double second = tw_->getEdge(backwards_ ? i : i + 1);
    if (across_) return Box{first, word_.y0, second, word_.y1};
    return Box{word_.x0, first, word_.x1, second};
  }

  // The word's box.
  const Box& word() const { return word_; }

 private:
  // Poppler puts the ascent on the side of smaller coordinates for rotations 0 and 3 (up the
  // page, or left of a word set downwards) and of larger ones for 1 and 2.
  void clamp_to_baseline(const ExtractConfig& config) {
    const double base = tw_->getBaseline();
    const double ascent = config.word_max_ascent * tw_->getFontSize();
    const double descent = config.word_max_descent * tw_->getFontSize();
    const int rotation = tw_->getRotation();
    const bool ascent_low = rotation == 0 || rotation == 3;
    double& low = across_ ? word_.y0 : word_.x0;
    double& high = across_ ? word_.y1 : word_.x1;
    low = std::max(low, base - (ascent_low ? ascent : descent));
    high = std::min(high, base + (ascent_low ? descent : ascent));
  }

  const TextWord* tw_;
  bool across_, backwards_;
  Box word_;
};

// Appends character `i` of `tw` (a run [begin, end)) to `text` as the text means it; returns how
// many code points that was.
// 1. Ghostscript's pdfwrite (10.0: distilling, "printing to PDF") rebuilds a ligature's
//    ToUnicode entry with each UTF-16 unit's bytes swapped, so "fi" reads as U+6600 U+6900
//    ("昀椀rst"), and a three-letter one's last two units summed into one ("ffi": U+6600
//    U+CF00, "o昀케ce"); seen on all three producers' PDFs. Two such characters side by side are
//    read back as letters: one alone may be an ideograph, but ideographs each a multiple of 256
//    whose high byte is a letter, side by side, are one pair in 65,536.
// 2. A soft hyphen drawn with a width is a printed hyphen: a soft hyphen shows only where a
//    line breaks, and a driver that rebuilds the Unicode map from the font's own (MuPDF,
//    `mutool convert`) names the hyphen glyph U+00AD where the font maps both to it, wherever
//    the hyphen stands: between letters ("socio\u00ADeconomic"), before a digit ("Est\u00AD1",
//    "12%\u00AD23%"), at a line's end ("long\u00AD" / "term", a compound broken at its own
//    hyphen or a word between syllables, which the text stage tells apart as it does for every
//    printed hyphen: stages/text/hyphenation.h), and at a word's start: a minus sign
//    ("\u00AD60") or a table cell's lone "-" (WeasyPrint re-printed, held16 seeds 2010 and
//    2012), where a soft hyphen never shows.
int append_char(const TextWord* tw, int i, int begin, int end, double width, std::string& text) {
  const Unicode c = *tw->getChar(i);
  if (c < 0x80) {
    text += static_cast<char>(c);  // most of a note is ASCII: no encoding call for it
    return 1;
  }
  if (c == 0xAD && width > 0) {
    text += '-';
    return 1;
  }
  const bool after_swapped = i > begin && swapped_letter(*tw->getChar(i - 1));
  if (swapped_letter(c) && (after_swapped || (i + 1 < end && (swapped_letter(*tw->getChar(i + 1)) ||
                                                              !summed_letters(*tw->getChar(i + 1)).empty())))) {
    text += static_cast<char>(c >> 8);
    return 1;
  }
  if (const std::string_view letters = summed_letters(c); after_swapped && !letters.empty()) {
    text += letters;
    return 2;
  }
  append_utf8(c, text);
  return 1;
}

// The characters [begin, end) of `tw`, whose boxes `char_box` reads, as the model word `w` (made
// where the page keeps it, not moved there); their left edges go to `char_x`.
void make_run(const TextWord* tw, const CharBoxes& char_box, int begin, int end,
              FontStyles& styles, std::vector<float>& char_x, Word& w) {
  const Box first = char_box(begin);
  w.box = Box{first.x0, char_box.word().y0, first.x1, char_box.word().y1};
  w.first_char = static_cast<int>(char_x.size());
  for (int i = begin; i < end; ++i) {
    const Box c = char_box(i);
    const double cx0 = c.x0, cx1 = c.x1;
    const float left = static_cast<float>(std::min(cx0, cx1));
    w.box.x0 = std::min(w.box.x0, std::min(cx0, cx1));
    w.box.x1 = std::max(w.box.x1, std::max(cx0, cx1));
    // Each code point has its left edge; two read from one character share it.
    for (int n = append_char(tw, i, begin, end, std::abs(cx1 - cx0), w.text); n > 0; --n) {
      char_x.push_back(left);
    }
  }
  w.baseline = tw->getBaseline();
  w.font_size = tw->getFontSize();
  const FontStyle& style = styles.of(tw->getFontInfo(begin));
  w.font = style.font;
  w.bold = style.bold;
  w.italic = style.italic;
  w.space_after = end == tw->getLength() && tw->getSpaceAfter();
}

// Whether character `c` (box `c_box`) stands in the margin a producer draws round a link's text
// rather than in the text: a punctuation mark or symbol sticking out of the rectangle `link` to
// the left or right by more than [extract] link_margin_max_protrusion of its width. pdfTeX and
// LuaTeX reach 1 pt past the text, so the ’ or , right after it has its centre inside (seed 2535
// p. 12: the rectangle ends at 269.98, the ’ spans 268.98-270.75, 0.44 of it out; a 9 pt note's
// ’ 0.23 out). A link's own last mark stands out 0.17 at most (WeasyPrint's ",", LibreOffice's
// ")", held18-21), XeTeX's 0.03. A letter or digit out so far is the text's own, on a rectangle
// drawn short.
bool in_link_margin(char32_t c, const Box& c_box, const Box& link, const ExtractConfig& config) {
  if (u_isalnum(static_cast<UChar32>(c))) return false;
  const double x0 = std::min(c_box.x0, c_box.x1), x1 = std::max(c_box.x0, c_box.x1);
  const double out = std::max(link.x0 - x0, x1 - link.x1);
  return out > config.link_margin_max_protrusion * (x1 - x0);
}

// Index of the link (among `candidates`) whose box holds the centre of character `i` of `tw`, or
// -1; -1 too where the character stands in that link's margin, which then goes to `margin_of`.
int char_link(const TextWord* tw, const CharBoxes& char_box, int i,
              const std::vector<LinkArea>& links, std::span<const int> candidates,
              const ExtractConfig& config, int& margin_of) {
  const Box c = char_box(i);
  const double cx = (c.x0 + c.x1) / 2, cy = (c.y0 + c.y1) / 2;
  for (int l : candidates) {
    const Box& link = links[static_cast<size_t>(l)].box;
    if (!link.contains(cx, cy)) continue;
    if (!in_link_margin(static_cast<char32_t>(*tw->getChar(i)), c, link, config)) return l;
    margin_of = l;
    return -1;
  }
  return -1;
}

// The link covering most of `w` when it covers more than the configured share, else -1; never
// `margin_of`, the link in whose margin the word's characters stand.
int covering_link(const Word& w, const std::vector<LinkArea>& links,
                  std::span<const int> candidates, int margin_of, const ExtractConfig& config) {
  double best = config.link_min_word_cover * w.box.width() * w.box.height();
  int found = -1;
  for (int l : candidates) {
    if (l == margin_of) continue;
    const double covered = overlap_area(w.box, links[static_cast<size_t>(l)].box);
    if (covered > best) best = covered, found = l;
  }
  return found;
}

// Whether the run boundary before character `j` of `tw` falls inside a word: a letter or digit
// on both sides. A link's rectangle drawn on its own text ends where its text ends, between
// words or before punctuation ("2024" | ","); one that splits "Exami|nation" is not on its text.
bool inside_word(const TextWord* tw, int j) {
  return u_isalnum(static_cast<UChar32>(*tw->getChar(j - 1))) &&
         u_isalnum(static_cast<UChar32>(*tw->getChar(j)));
}

// A page's links by the top of their rectangles, so that each word is tested against the few at
// its height rather than against every link of the page (tens a page, and hundreds of words):
// those whose top lies above the word's bottom, from the lowest back to where none of them
// reaches below the word's top. A link or word with a NaN edge is ordered nowhere, so it is
// tested against everything, as before.
class LinksByTop {
 public:
  explicit LinksByTop(const std::vector<LinkArea>& links) : links_(links) {
    for (size_t l = 0; l < links.size(); ++l) {
      const Box& b = links[l].box;
      (std::isnan(b.y0) || std::isnan(b.y1) ? unordered_ : by_top_).push_back(static_cast<int>(l));
    }
    std::sort(by_top_.begin(), by_top_.end(),
              [&links](int a, int b) { return links[a].box.y0 < links[b].box.y0; });
    double reach = -std::numeric_limits<double>::infinity();
    reach_.reserve(by_top_.size());
    for (int l : by_top_) reach_.push_back(reach = std::max(reach, links[l].box.y1));
  }

  // Appends to `out`, in increasing order, the links whose rectangle overlaps `box`.
  void overlapping(const Box& box, std::vector<int>& out) const {
    const auto first = static_cast<std::ptrdiff_t>(out.size());
    if (std::isnan(box.y0) || std::isnan(box.y1)) {
      for (size_t l = 0; l < links_.size(); ++l) test(static_cast<int>(l), box, out);
      return;
    }
    const auto above = std::partition_point(
        by_top_.begin(), by_top_.end(), [&](int l) { return links_[l].box.y0 < box.y1; });
    for (auto i = static_cast<size_t>(above - by_top_.begin()); i > 0 && reach_[i - 1] > box.y0;
         --i) {
      test(by_top_[i - 1], box, out);
    }
    for (int l : unordered_) test(l, box, out);
    std::sort(out.begin() + first, out.end());
  }

 private:
  // Link `l` meets `box` with an area. A link above or below the word (most of them) is passed
  // over without computing an area, which would be zero.
  void test(int l, const Box& box, std::vector<int>& out) const {
    const Box& b = links_[static_cast<size_t>(l)].box;
    if (b.y0 >= box.y1 || box.y0 >= b.y1) return;
    if (overlap_area(box, b) > 0) out.push_back(l);
  }

  const std::vector<LinkArea>& links_;
  std::vector<int> by_top_;     // links with numeric edges, by the top of their rectangles
  std::vector<double> reach_;   // reach_[i]: the lowest bottom among by_top_[0..i]
  std::vector<int> unordered_;  // links with a NaN edge
};

// One model word to be: characters [begin, end) of `tw`, whose boxes `boxes` reads (made once a
// TextWord: finding the runs and making their words read the same boxes), and the links its
// TextWord overlaps (candidates [first_candidate, end_candidate) of the page's list).
struct Run {
  const TextWord* tw;
  CharBoxes boxes;
  int begin, end;
  size_t first_candidate, end_candidate;
  int margin_of;  // the link in whose margin the run's characters stand (char_link), or -1
};

// Whether `text` ends with an opening quotation mark, which English sets with no space after it
// ("‘Press", "(“A").
bool ends_opening_quote(std::string_view text) {
  return text.ends_with("\u2018") || text.ends_with("\u201C");
}

// An opening quotation mark and the word Poppler's line puts right after it (its TextWord's
// next), nearer than [extract] opening_quote_max_gap of the mark's size, are one word of the text
// whatever Poppler's word break says: Poppler breaks a word at a gap of 0.1 of its size, and a
// driver that re-positions each run of text (Cairo's `pdftocairo -pdf`, re-subsetting the quote
// into a font of its own) sets "Press" 0.101 of the size past the mark's advance, read "‘ Press"
// (LibreOffice re-printed, held19 seed 2310 p. 14). A space is wider (TeX shrinks one to 0.22
// of the size at the least), so a mark standing apart keeps it. `runs[k]` made `words[k]`.
void join_opening_quotes(const std::vector<Run>& runs, std::vector<Word>& words,
                         const ExtractConfig& config) {
  for (size_t k = 0; k + 1 < runs.size(); ++k) {
    Word& mark = words[k];
    const Run& run = runs[k];
    const bool next_on_line = run.end == run.tw->getLength() && runs[k + 1].begin == 0 &&
                              run.tw->getNext() == runs[k + 1].tw;
    if (!mark.space_after || !next_on_line || !ends_opening_quote(mark.text)) continue;
    if (words[k + 1].box.x0 - mark.box.x1 < config.opening_quote_max_gap * mark.font_size) {
      mark.space_after = false;
    }
  }
}

}  // namespace

std::vector<Word> page_words(CaptureDevice& dev, const std::vector<LinkArea>& links,
                             const ExtractConfig& config, std::vector<int>& char_pos,
                             std::vector<int>& cutting_links, std::vector<float>& char_x,
                             std::vector<std::string>& fonts) {
  std::unique_ptr<TextWordList> list = dev.makeWordList();
  // Pass 1 finds the runs, pass 2 makes their words: the note keeps every page's words, so the
  // vector is sized once, exactly, rather than grown past Poppler's word count (runs outnumber
  // words where fonts and links change) and shrunk again, each time moving every word.
  std::vector<Run> runs;
  runs.reserve(static_cast<size_t>(list->getLength()));
  std::vector<int> candidates;  // every TextWord's, one after the other
  const LinksByTop links_by_top(links);
  FontStyles styles(config, dev, fonts);
  size_t chars = char_x.size();
  for (int i = 0; i < list->getLength(); ++i) {
    const TextWord* tw = list->get(i);
    const CharBoxes char_box(tw, styles.of(tw->getFontInfo(0)).bbox_as_ascent, config);
    const Box& box = char_box.word();
    const size_t first_candidate = candidates.size();
    links_by_top.overlapping(box, candidates);
    const std::span<const int> own(candidates.data() + first_candidate,
                                   candidates.size() - first_candidate);
    // Runs end where the font changes, and where one link ends and another begins: Word prints
    // adjacent footnote marks ("78" for 7 and 8) as one string, but links each mark on its own.
    const int n = tw->getLength();
    chars += static_cast<size_t>(n);
    int begin = 0;
    int margin_of = -1;
    int link = own.empty() ? -1 : char_link(tw, char_box, 0, links, own, config, margin_of);
    for (int j = 1; j <= n; ++j) {
      int next_margin_of = -1;
      const int next = (j == n || own.empty())
                           ? -1
                           : char_link(tw, char_box, j, links, own, config, next_margin_of);
      // Between a link and unlinked text inside a word, the linked side's rectangle is off its
      // words; between two links (adjacent footnote marks "78") nothing is wrong.
      if (j < n && next != link && (next < 0 || link < 0) && inside_word(tw, j)) {
        cutting_links.push_back(link >= 0 ? link : next);
      }
      if (j == n || next != link || !styles.same(tw->getFontInfo(begin), tw->getFontInfo(j))) {
        runs.push_back(
            Run{tw, char_box, begin, j, first_candidate, candidates.size(), margin_of});
        begin = j;
        margin_of = -1;
      }
      if (next_margin_of >= 0) margin_of = next_margin_of;
      link = next;
    }
  }
  // One edge per character, reserved whole for the same reason as the words.
  char_x.reserve(chars);
  std::vector<Word> words;
  words.reserve(runs.size());
  char_pos.reserve(char_pos.size() + runs.size());
  for (const Run& run : runs) {
    make_run(run.tw, run.boxes, run.begin, run.end, styles, char_x, words.emplace_back());
    const std::span<const int> own(candidates.data() + run.first_candidate,
                                   run.end_candidate - run.first_candidate);
    words.back().link = covering_link(words.back(), links, own, run.margin_of, config);
    // Poppler keeps only the word's first position; a run further in is placed pro rata
    // (characters of one word share a font, so they take equally many bytes).
    const TextWord* tw = run.tw;
    char_pos.push_back(tw->getCharPos() + tw->getCharLen() * run.begin / tw->getLength());
  }
  join_opening_quotes(runs, words, config);
  return words;
}

}  // namespace coi::extract
