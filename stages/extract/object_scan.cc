// A narrow reader of structure-element dictionaries, straight from the file's bytes.
//
// Why: a 100-page Word or LibreOffice note holds ~7,500 structure elements, each a small
// dictionary object ("12 0 obj <</Type/StructElem/S/P/P 4 0 R/Pg 9 0 R/K[3 4]>> endobj").
// Poppler's XRef::fetch spends ~21,000 instructions on each (a substream, a Lexer reading
// character by character through virtual calls, a Dict of heap-allocated Objects): 159 M
// instructions for data we read five keys of, about 7% of the whole conversion.
// What: one forward pass over the object's bytes that keeps /Type, /S, /Pg, /MCID and /K
// (integers, references and inline dictionaries) and steps over every other value.
// Rules that keep it exactly as good as Poppler:
// 1. It only claims objects it fully understands. Anything else (another object number at the
//    offset, a stream, /S or /MCID given by reference, a bad #xx escape, a name longer than
//    Poppler's 127 bytes, unbalanced brackets, nesting deeper than kMaxDepth, unknown bare
//    words) makes it answer false, and the caller fetches that object through Poppler.
// 2. Values are typed as Poppler types them: an integer is digits with an optional sign that
//    fit an int (larger ones, and reals, are "other"), "a b R" is a reference, names decode
//    #xx escapes.
// 3. Encrypted files and objects inside object streams never reach it (the caller checks):
//    names and numbers are never encrypted, but we keep the rule simple.
// Example: "7 0 obj <</S/Numbered#20Paragraph/Pg 3 0 R/A 80 0 R/K[0 <</Type/MCR/MCID 1>>]>>
// endobj" at its offset gives s "Numbered Paragraph", pg {3,0}, kids [mcid 0, inlined 0] and
// inlined[0] = {type "MCR", mcid 1}; /A is stepped over.
#include "stages/extract/object_scan.h"

#include <climits>
#include <cstddef>

namespace coi::extract {

namespace {

constexpr int kMaxDepth = 32;     // nesting of dictionaries and arrays followed
constexpr size_t kMaxName = 127;  // Poppler truncates longer names; we leave those to it

// Character classes of PDF syntax (ISO 32000 7.2.2): white space, delimiters, regular.
enum CharClass : unsigned char { kRegular, kSpace, kDelimiter };

struct CharClasses {
  CharClass of[256] = {};
  constexpr CharClasses() {
    for (unsigned char c : {' ', '\n', '\r', '\t', '\f', '\0'}) of[c] = kSpace;
    for (unsigned char c : {'(', ')', '<', '>', '[', ']', '{', '}', '/', '%'}) of[c] = kDelimiter;
  }
};
constexpr CharClasses kClasses;

bool is_space(char c) { return kClasses.of[static_cast<unsigned char>(c)] == kSpace; }
bool is_regular(char c) { return kClasses.of[static_cast<unsigned char>(c)] == kRegular; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

void ObjectScanner::skip_space() {
  const char* p = bytes_.data() + pos_;
  const char* const end = bytes_.data() + bytes_.size();
  while (p < end) {
    if (is_space(*p)) {
      ++p;
    } else if (*p == '%') {
      while (p < end && *p != '\n' && *p != '\r') ++p;
    } else {
      break;
    }
  }
  pos_ = static_cast<size_t>(p - bytes_.data());
}

ObjectScanner::Token ObjectScanner::next() {
  skip_space();
  Token t;
  if (pos_ >= bytes_.size()) return t;
  const char c = bytes_[pos_];
  const char after = pos_ + 1 < bytes_.size() ? bytes_[pos_ + 1] : '\0';
  switch (c) {
    case '/': ++pos_, read_name(t); return t;
    case '[': ++pos_, t.kind = Kind::kArrayStart; return t;
    case ']': ++pos_, t.kind = Kind::kArrayEnd; return t;
    case '<':
      if (after == '<') {
        pos_ += 2;
        t.kind = Kind::kDictStart;
      } else {
        t.kind = skip_hex_string() ? Kind::kOther : Kind::kError;
      }
      return t;
    case '>':
      if (after == '>') pos_ += 2, t.kind = Kind::kDictEnd;
      return t;
    case '(': t.kind = skip_string() ? Kind::kOther : Kind::kError; return t;
    case ')': case '{': case '}': return t;
    default: return word();
  }
}

// A name after its "/": a view of the bytes, or of name_buffer_ when #xx escapes were decoded.
void ObjectScanner::read_name(Token& t) {
  t.kind = Kind::kName;
  const size_t start = pos_;
  const char* p = bytes_.data() + pos_;
  const char* const end = bytes_.data() + bytes_.size();
  while (p < end && is_regular(*p) && *p != '#') ++p;
  pos_ = static_cast<size_t>(p - bytes_.data());
  if (p == end || *p != '#') {
    t.text = bytes_.substr(start, pos_ - start);
    if (t.text.size() > kMaxName) t.kind = Kind::kError;
    return;
  }
  name_buffer_.assign(bytes_.substr(start, pos_ - start));
  while (pos_ < bytes_.size() && is_regular(bytes_[pos_])) {
    char c = bytes_[pos_++];
    if (c == '#') {
      const int hi = pos_ < bytes_.size() ? hex_value(bytes_[pos_]) : -1;
      const int lo = pos_ + 1 < bytes_.size() ? hex_value(bytes_[pos_ + 1]) : -1;
      if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) return void(t.kind = Kind::kError);
      c = static_cast<char>(hi * 16 + lo);
      pos_ += 2;
    }
    name_buffer_.push_back(c);
  }
  t.text = name_buffer_;
  if (t.text.size() > kMaxName) t.kind = Kind::kError;
}

// A literal string: parentheses nest, a backslash escapes the next byte.
bool ObjectScanner::skip_string() {
  int depth = 0;
  while (pos_ < bytes_.size()) {
    const char c = bytes_[pos_++];
    if (c == '\\') {
      ++pos_;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0) {
      return true;
    }
  }
  return false;
}

bool ObjectScanner::skip_hex_string() {
  const size_t end = bytes_.find('>', pos_);
  if (end == std::string_view::npos) return false;
  pos_ = end + 1;
  return true;
}

// A bare word: an integer ("+12", "-3"; kOther when it does not fit an int), a real ("1.5",
// "-.5": kOther), or a keyword of letters; anything else is an error. Every element holds a
// dozen of these (object numbers, MCIDs): the cursor stays in a local in the loops.
ObjectScanner::Token ObjectScanner::word() {
  const char* const begin = bytes_.data();
  const char* const end = begin + bytes_.size();
  const char* const start = begin + pos_;
  const char* p = start;
  Token t;
  if (is_letter(*p)) {
    while (p < end && is_letter(*p)) ++p;
    t.text = std::string_view(start, static_cast<size_t>(p - start));
    t.kind = Kind::kKeyword;
  } else {
    const bool negative = *p == '-';
    if (negative || *p == '+') ++p;
    long long value = 0;
    const char* const first_digit = p;
    for (; p < end && is_digit(*p); ++p) {
      if (value <= INT_MAX) value = value * 10 + (*p - '0');
    }
    std::ptrdiff_t digits = p - first_digit;
    const bool real = p < end && *p == '.';
    if (real) {
      const char* const fraction = ++p;
      while (p < end && is_digit(*p)) ++p;
      digits += p - fraction;
    }
    if (negative) value = -value;
    if (digits == 0) {
      t.kind = Kind::kError;
    } else if (real || value > INT_MAX || value < INT_MIN) {
      t.kind = Kind::kOther;
    } else {
      t.kind = Kind::kInt;
      t.number = static_cast<int>(value);
    }
  }
  if (p < end && is_regular(*p)) {  // "12abc", "R2": not PDF syntax
    while (p < end && is_regular(*p)) ++p;
    t.kind = Kind::kError;
  }
  pos_ = static_cast<size_t>(p - begin);
  return t;
}

bool ObjectScanner::keyword(std::string_view w) {
  const Token t = next();
  return t.kind == Kind::kKeyword && t.text == w;
}

// After an integer `num`: consumes "gen R" and fills `ref` when they follow, else reads nothing.
// Looks at the bytes directly: every integer in an MCID array asks this.
bool ObjectScanner::as_ref(int num, ObjRef& ref) {
  const size_t saved = pos_;
  skip_space();
  if (pos_ < bytes_.size() && is_digit(bytes_[pos_])) {
    const Token gen = word();
    skip_space();
    const bool r = pos_ < bytes_.size() && bytes_[pos_] == 'R' &&
                   (pos_ + 1 == bytes_.size() || !is_regular(bytes_[pos_ + 1]));
    if (gen.kind == Kind::kInt && r) {
      ++pos_;
      ref = ObjRef{num, gen.number};
      return true;
    }
  }
  pos_ = saved;
  return false;
}

bool ObjectScanner::element_at(size_t offset, ObjRef ref, ElementDict& out) {
  if (offset >= bytes_.size()) return false;
  pos_ = offset;
  const Token num = next();
  const Token gen = next();
  if (num.kind != Kind::kInt || gen.kind != Kind::kInt || num.number != ref.num ||
      gen.number != ref.gen || !keyword("obj") || next().kind != Kind::kDictStart) {
    return false;
  }
  out = ElementDict{};
  return dict_body(&out, 0) && keyword("endobj");
}

// The entries of a dictionary whose "<<" was read, up to its ">>"; `out` null to skip them.
bool ObjectScanner::dict_body(ElementDict* out, int depth) {
  if (depth > kMaxDepth) return false;
  for (;;) {
    const Token key = next();
    if (key.kind == Kind::kDictEnd) return true;
    if (key.kind != Kind::kName) return false;
    if (out ? !entry(key.text, *out, depth) : !skip_value(next(), depth)) return false;
  }
}

// Which of the keys we keep `key` is: by its length first, as most keys are none of them.
ObjectScanner::Key ObjectScanner::key_of(std::string_view key) {
  switch (key.size()) {
    case 1: return key[0] == 'K' ? Key::kK : key[0] == 'S' ? Key::kS : Key::kOther;
    case 2: return key == "Pg" ? Key::kPg : Key::kOther;
    case 4: return key == "Type" ? Key::kType : key == "MCID" ? Key::kMcid : Key::kOther;
    default: return Key::kOther;
  }
}

bool ObjectScanner::entry(std::string_view key, ElementDict& out, int depth) {
  // `key` may view name_buffer_, which reading the value can overwrite: judge it first.
  const Key k = key_of(key);
  const Token v = next();
  if (k == Key::kK) return kids(v, out, depth);
  if (v.kind == Kind::kInt) {
    ObjRef r;
    if (as_ref(v.number, r)) {
      if (k == Key::kS || k == Key::kMcid) return false;  // Poppler would fetch them
      if (k == Key::kPg) out.pg = r, out.has_pg = true;
    } else if (k == Key::kMcid) {
      out.mcid = v.number, out.has_mcid = true;
    }
    return true;
  }
  if (v.kind == Kind::kName) {
    if (k == Key::kType) out.type = v.text;
    if (k == Key::kS) out.s = v.text, out.has_s = true;
    return true;
  }
  return skip_value(v, depth);
}

bool ObjectScanner::kids(Token t, ElementDict& out, int depth) {
  if (t.kind != Kind::kArrayStart) return kid(t, out, depth);
  if (depth + 1 > kMaxDepth) return false;
  constexpr size_t kUsualKids = 4;  // most elements hold one to four: one allocation, not three
  out.kids.reserve(kUsualKids);
  for (t = next(); t.kind != Kind::kArrayEnd; t = next()) {
    if (!kid(t, out, depth + 1)) return false;
  }
  return true;
}

// One entry of /K; arrays, names and null inside /K are not kids and are stepped over.
bool ObjectScanner::kid(const Token& t, ElementDict& out, int depth) {
  if (t.kind == Kind::kInt) {
    ElementKid k;
    if (!as_ref(t.number, k.ref)) k.mcid = t.number, k.is_mcid = true;
    out.kids.push_back(k);
    return true;
  }
  if (t.kind == Kind::kDictStart) {
    ElementDict inner;
    if (!dict_body(&inner, depth + 1)) return false;
    ElementKid k;
    k.inlined = static_cast<int>(out.inlined.size());
    out.kids.push_back(k);
    out.inlined.push_back(std::move(inner));
    return true;
  }
  return skip_value(t, depth);
}

bool ObjectScanner::skip_value(const Token& t, int depth) {
  if (depth > kMaxDepth) return false;
  switch (t.kind) {
    case Kind::kInt: {
      ObjRef ignored;
      as_ref(t.number, ignored);
      return true;
    }
    case Kind::kName:
    case Kind::kOther: return true;
    case Kind::kKeyword: return t.text == "true" || t.text == "false" || t.text == "null";
    case Kind::kDictStart: return dict_body(nullptr, depth + 1);
    case Kind::kArrayStart:
      for (Token e = next(); e.kind != Kind::kArrayEnd; e = next()) {
        if (!skip_value(e, depth + 1)) return false;
      }
      return true;
    default: return false;
  }
}

}  // namespace coi::extract
