#include "pipeline/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <nlohmann/json.hpp>

#include "pipeline/decimal.h"
#include "pipeline/utf8.h"

namespace coi {

void JsonWriter::newline_indent() {
  // The newline and the indentation in one append (deeper nesting than this takes a second).
  static constexpr std::string_view kIndent =
      "\n                                                                ";
  const size_t width = 2 * has_items_.size();
  const size_t first = std::min(width, kIndent.size() - 1);
  out_.append(kIndent.substr(0, 1 + first));
  if (width > first) out_.append(width - first, ' ');
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
  out_ += '"';
  out_ += name;
  out_ += pretty_ ? std::string_view("\": ") : std::string_view("\":");
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
  const size_t start = out_.size();
  out_ += '"';
  // One pass copies the text in runs between the bytes to escape and checks each multi-byte
  // sequence: in valid UTF-8 no byte of one is below 0x80, so escaping only touches ASCII.
  size_t plain = 0;  // start of the bytes not yet copied
  for (size_t i = next_special<'"', '\\'>(text, 0); i < text.size();
       i = next_special<'"', '\\'>(text, i)) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      char32_t code_point;
      const size_t length = decode_utf8(text, i, code_point);
      if (length == 0) {  // exactly what nlohmann's decoder refuses
        // Rare (text from damaged PDFs): nlohmann's own replacement rules, byte for byte.
        out_.resize(start);
        out_ += nlohmann::json(std::string(text)).dump(-1, ' ', false,
                                                       nlohmann::json::error_handler_t::replace);
        return;
      }
      i += length;
      continue;
    }
    out_.append(text.substr(plain, i - plain));
    plain = ++i;
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
  // json::dump prints them; most numbers are coordinates rounded to hundredths, which
  // write_hundredths prints the same (whole ones with json::dump's ".0").
  char buffer[64];
  if (char* end = write_hundredths(buffer, number)) {
    out_.append(buffer, end);
    if (std::find(buffer, end, '.') == end) out_ += ".0";
    return;
  }
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
