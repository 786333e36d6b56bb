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

// Character classes of PDF syntax (ISO 32000 7.2.2): white space, delimiters, regular; '#' is
// regular, classed apart so a name's plain run stops at it in one look-up.
enum CharClass : unsigned char { kRegular, kNumberSign, kSpace, kDelimiter };

struct CharClasses {
  CharClass of[256] = {};
  constexpr CharClasses() {
    for (unsigned char c : {' ', '\n', '\r', '\t', '\f', '\0'}) of[c] = kSpace;
    for (unsigned char c : {'(', ')', '<', '>', '[', ']', '{', '}', '/', '%'}) of[c] = kDelimiter;
    of[static_cast<unsigned char>('#')] = kNumberSign;
  }
};
constexpr CharClasses kClasses;

CharClass class_of(char c) { return kClasses.of[static_cast<unsigned char>(c)]; }
bool is_space(char c) { return class_of(c) == kSpace; }
bool is_regular(char c) { return class_of(c) < kSpace; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The first byte at or after `p` that is neither white space nor inside a comment. A free
// function on a local cursor: the compiler keeps it in a register and inlines it.
const char* skip_space(const char* p, const char* end) {
  while (p < end) {
    if (is_space(*p)) {
      ++p;
    } else if (*p == '%') {
      while (p < end && *p != '\n' && *p != '\r') ++p;
    } else {
      break;
    }
  }
  return p;
}

}  // namespace

ObjectScanner::Kind ObjectScanner::next() {
  const char* const p = skip_space(p_, end_);
  p_ = p;
  if (p == end_) return Kind::kError;
  const auto doubled = [p, this] { return p + 1 < end_ && p[1] == *p; };  // "<<", ">>"
  switch (*p) {
    case '/': p_ = p + 1; return name();
    case '[': p_ = p + 1; return Kind::kArrayStart;
    case ']': p_ = p + 1; return Kind::kArrayEnd;
    case '<':
      if (doubled()) {
        p_ = p + 2;
        return Kind::kDictStart;
      }
      return skip_hex_string() ? Kind::kOther : Kind::kError;
    case '>':
      if (!doubled()) return Kind::kError;
      p_ = p + 2;
      return Kind::kDictEnd;
    case '(': return skip_string() ? Kind::kOther : Kind::kError;
    case ')': case '{': case '}': return Kind::kError;
    default: return word();
  }
}

// A name after its "/": text_ views the bytes, or name_buffer_ when #xx escapes were decoded.
ObjectScanner::Kind ObjectScanner::name() {
  const char* const start = p_;
  const char* p = start;
  while (p < end_ && class_of(*p) == kRegular) ++p;
  if (p == end_ || *p != '#') {
    p_ = p;
    text_ = std::string_view(start, static_cast<size_t>(p - start));
    return text_.size() > kMaxName ? Kind::kError : Kind::kName;
  }
  name_buffer_.assign(start, p);
  while (p < end_ && is_regular(*p)) {
    char c = *p++;
    if (c == '#') {
      const int hi = p < end_ ? hex_value(p[0]) : -1;
      const int lo = p + 1 < end_ ? hex_value(p[1]) : -1;
      if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) return Kind::kError;
      c = static_cast<char>(hi * 16 + lo);
      p += 2;
    }
    name_buffer_.push_back(c);
  }
  p_ = p;
  text_ = name_buffer_;
  return text_.size() > kMaxName ? Kind::kError : Kind::kName;
}

// A literal string: parentheses nest, a backslash escapes the next byte.
bool ObjectScanner::skip_string() {
  int depth = 0;
  while (p_ < end_) {
    const char c = *p_++;
    if (c == '\\') {
      if (p_ < end_) ++p_;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0) {
      return true;
    }
  }
  return false;
}

bool ObjectScanner::skip_hex_string() {
  const std::string_view rest(p_, static_cast<size_t>(end_ - p_));
  const size_t end = rest.find('>');
  if (end == std::string_view::npos) return false;
  p_ += end + 1;
  return true;
}

// A bare word: an integer ("+12", "-3"; kOther when it does not fit an int), a real ("1.5",
// "-.5": kOther), or a keyword of letters; anything else is an error. Every element holds a
// dozen of these (object numbers, MCIDs): the cursor stays in a local in the loops.
ObjectScanner::Kind ObjectScanner::word() {
  const char* const start = p_;
  const char* p = start;
  Kind kind;
  if (is_letter(*p)) {
    while (p < end_ && is_letter(*p)) ++p;
    text_ = std::string_view(start, static_cast<size_t>(p - start));
    kind = Kind::kKeyword;
  } else {
    const bool negative = *p == '-';
    if (negative || *p == '+') ++p;
    long long value = 0;
    const char* const first_digit = p;
    for (; p < end_ && is_digit(*p); ++p) {
      if (value <= INT_MAX) value = value * 10 + (*p - '0');
    }
    std::ptrdiff_t digits = p - first_digit;
    const bool real = p < end_ && *p == '.';
    if (real) {
      const char* const fraction = ++p;
      while (p < end_ && is_digit(*p)) ++p;
      digits += p - fraction;
    }
    if (negative) value = -value;
    if (digits == 0) {
      kind = Kind::kError;
    } else if (real || value > INT_MAX || value < INT_MIN) {
      kind = Kind::kOther;
    } else {
      kind = Kind::kInt;
      number_ = static_cast<int>(value);
    }
  }
  if (p < end_ && is_regular(*p)) {  // "12abc", "R2": not PDF syntax
    while (p < end_ && is_regular(*p)) ++p;
    kind = Kind::kError;
  }
  p_ = p;
  return kind;
}

bool ObjectScanner::keyword(std::string_view w) { return next() == Kind::kKeyword && text_ == w; }

// After an integer `num`: consumes "gen R" and fills `ref` when they follow, else reads nothing
// (number_ is then another's: callers keep `num`). Every integer in an MCID array asks this.
bool ObjectScanner::as_ref(int num, ObjRef& ref) {
  const char* const saved = p_;
  p_ = skip_space(p_, end_);
  if (p_ < end_ && is_digit(*p_)) {
    const bool is_int = word() == Kind::kInt;
    const char* const p = skip_space(p_, end_);
    const bool r = p < end_ && *p == 'R' && (p + 1 == end_ || !is_regular(p[1]));
    if (is_int && r) {
      p_ = p + 1;
      ref = ObjRef{num, number_};
      return true;
    }
  }
  p_ = saved;
  return false;
}

bool ObjectScanner::element_at(size_t offset, ObjRef ref, ElementDict& out) {
  if (offset >= static_cast<size_t>(end_ - begin_)) return false;
  p_ = begin_ + offset;
  if (next() != Kind::kInt || number_ != ref.num) return false;
  if (next() != Kind::kInt || number_ != ref.gen) return false;
  if (!keyword("obj") || next() != Kind::kDictStart) return false;
  out.clear();
  return dict_body(&out, 0) && keyword("endobj");
}

// The entries of a dictionary whose "<<" was read, up to its ">>"; `out` null to skip them.
bool ObjectScanner::dict_body(ElementDict* out, int depth) {
  if (depth > kMaxDepth) return false;
  for (;;) {
    const Kind key = next();
    if (key == Kind::kDictEnd) return true;
    if (key != Kind::kName) return false;
    // Judged before the value is read: reading it can overwrite name_buffer_, which text_ may
    // view.
    if (out ? !entry(key_of(text_), *out, depth) : !skip_value(next(), depth)) return false;
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

bool ObjectScanner::entry(Key key, ElementDict& out, int depth) {
  const Kind v = next();
  if (key == Key::kK) return kids(v, out, depth);
  if (v == Kind::kInt) {
    const int number = number_;
    ObjRef r;
    if (as_ref(number, r)) {
      if (key == Key::kS || key == Key::kMcid) return false;  // Poppler would fetch them
      if (key == Key::kPg) out.pg = r, out.has_pg = true;
    } else if (key == Key::kMcid) {
      out.mcid = number, out.has_mcid = true;
    }
    return true;
  }
  if (v == Kind::kName) {
    if (key == Key::kType) out.type = text_;
    if (key == Key::kS) out.s = text_, out.has_s = true;
    return true;
  }
  return skip_value(v, depth);
}

bool ObjectScanner::kids(Kind first, ElementDict& out, int depth) {
  if (first != Kind::kArrayStart) return kid(first, out, depth);
  if (depth + 1 > kMaxDepth) return false;
  constexpr size_t kUsualKids = 4;  // most elements hold one to four: one allocation, not three
  out.kids.reserve(kUsualKids);
  for (Kind k = next(); k != Kind::kArrayEnd; k = next()) {
    if (!kid(k, out, depth + 1)) return false;
  }
  return true;
}

// One entry of /K; arrays, names and null inside /K are not kids and are stepped over.
bool ObjectScanner::kid(Kind kind, ElementDict& out, int depth) {
  if (kind == Kind::kInt) {
    const int number = number_;
    ElementKid k;
    if (!as_ref(number, k.ref)) k.mcid = number, k.is_mcid = true;
    out.kids.push_back(k);
    return true;
  }
  if (kind == Kind::kDictStart) {
    ElementDict inner;
    if (!dict_body(&inner, depth + 1)) return false;
    ElementKid k;
    k.inlined = static_cast<int>(out.inlined.size());
    out.kids.push_back(k);
    out.inlined.push_back(std::move(inner));
    return true;
  }
  return skip_value(kind, depth);
}

bool ObjectScanner::skip_value(Kind kind, int depth) {
  if (depth > kMaxDepth) return false;
  switch (kind) {
    case Kind::kInt: {
      ObjRef ignored;
      as_ref(number_, ignored);
      return true;
    }
    case Kind::kName:
    case Kind::kOther: return true;
    case Kind::kKeyword: return text_ == "true" || text_ == "false" || text_ == "null";
    case Kind::kDictStart: return dict_body(nullptr, depth + 1);
    case Kind::kArrayStart:
      for (Kind e = next(); e != Kind::kArrayEnd; e = next()) {
        if (!skip_value(e, depth + 1)) return false;
      }
      return true;
    default: return false;
  }
}

}  // namespace coi::extract
