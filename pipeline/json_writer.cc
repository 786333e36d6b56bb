#include "pipeline/json_writer.h"

#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

namespace coi {

namespace {

// Whether `text` is well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates,
// nothing above U+10FFFF), the same bytes nlohmann's decoder accepts.
bool valid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  auto in = [](unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; };
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int length = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (in(c, 0xC2, 0xDF)) length = 2;
    else if (c == 0xE0) length = 3, lo = 0xA0;
    else if (in(c, 0xE1, 0xEC) || in(c, 0xEE, 0xEF)) length = 3;
    else if (c == 0xED) length = 3, hi = 0x9F;
    else if (c == 0xF0) length = 4, lo = 0x90;
    else if (in(c, 0xF1, 0xF3)) length = 4;
    else if (c == 0xF4) length = 4, hi = 0x8F;
    else return false;
    if (end - p < length || !in(p[1], lo, hi)) return false;
    for (int i = 2; i < length; ++i) {
      if (!in(p[i], 0x80, 0xBF)) return false;
    }
    p += length;
  }
  return true;
}

}  // namespace

void JsonWriter::newline_indent() {
  out_ += '\n';
  out_.append(2 * has_items_.size(), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;  // the top-level value
  if (has_items_.back()) out_ += ',';
  has_items_.back() = true;
  if (pretty_) newline_indent();
}

void JsonWriter::key(std::string_view name) {
  before_value();
  escaped(name);
  out_ += pretty_ ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  has_items_.push_back(false);
}

void JsonWriter::close(char bracket) {
  const bool had_items = has_items_.back();
  has_items_.pop_back();
  if (had_items && pretty_) newline_indent();
  out_ += bracket;
}

void JsonWriter::escaped(std::string_view text) {
  if (!valid_utf8(text)) {
    // Rare (text from damaged PDFs): nlohmann's own replacement rules, byte for byte.
    out_ += nlohmann::json(std::string(text)).dump(-1, ' ', false,
                                                   nlohmann::json::error_handler_t::replace);
    return;
  }
  out_ += '"';
  // In valid UTF-8 no byte of a multi-byte sequence is below 0x80, so escaping byte by byte
  // only touches ASCII.
  size_t plain = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(text.substr(plain, i - plain));
    plain = i + 1;
    switch (c) {
      case '\b': out_ += "\\b"; break;
      case '\t': out_ += "\\t"; break;
      case '\n': out_ += "\\n"; break;
      case '\f': out_ += "\\f"; break;
      case '\r': out_ += "\\r"; break;
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      default: {
        static const char kHex[] = "0123456789abcdef";
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 0xF];
      }
    }
  }
  out_.append(text.substr(plain));
  out_ += '"';
}

void JsonWriter::value(std::string_view text) {
  before_value();
  escaped(text);
}

void JsonWriter::value(int number) {
  before_value();
  char buffer[16];
  out_.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, number).ptr);
}

void JsonWriter::value(size_t number) {
  before_value();
  char buffer[24];
  out_.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, number).ptr);
}

void JsonWriter::value(double number) {
  before_value();
  if (!std::isfinite(number)) {
    out_ += "null";
    return;
  }
  // nlohmann's own digit generation (Grisu2 plus its exponent rules), so numbers print as
  // json::dump prints them.
  char buffer[64];
  out_.append(buffer, nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, number));
}

void JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

void JsonWriter::string_or_null(std::string_view name, std::string_view text) {
  key(name);
  if (text.empty()) null();
  else value(text);
}

}  // namespace coi
