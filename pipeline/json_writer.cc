#include "pipeline/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include <nlohmann/json.hpp>

#include "pipeline/decimal.h"
#include "pipeline/utf8.h"

namespace coi {

namespace {

// How far ahead of what is written the string is sized when it runs out of room: the pages past
// it are touched only as they are written (the reserve stays untouched), and a 100-page note
// grows about a hundred times.
constexpr size_t kGrowthStep = 16 * 1024;

}  // namespace

void JsonWriter::grow(size_t bytes) { out_.resize(used_ + bytes + kGrowthStep); }

void JsonWriter::append(std::string_view text) {
  if (text.empty()) return;  // its data may be null, which memcpy must not be given
  char* out = room(text.size());
  std::memcpy(out, text.data(), text.size());
  commit(out + text.size());
}

char* JsonWriter::newline(char* out) const {
  const size_t width = 2 * has_items_.size();
  *out++ = '\n';
  // Eight spaces a store, up to seven past the indentation (separator_room() leaves room for
  // them; the next value writes over them): a call to memset cost more than the spaces.
  static constexpr char kSpaces[8] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
  for (size_t done = 0; done < width; done += sizeof kSpaces) {
    std::memcpy(out + done, kSpaces, sizeof kSpaces);
  }
  return out + width;
}

char* JsonWriter::separator(char* out) {
  if (after_key_) {
    after_key_ = false;
    return out;
  }
  if (has_items_.empty()) return out;  // the top-level value
  if (has_items_.back()) *out++ = ',';
  has_items_.back() = true;
  return pretty_ ? newline(out) : out;
}

void JsonWriter::key(std::string_view name) {
  char* out = room(separator_room() + name.size() + 4);
  out = separator(out);
  *out++ = '"';
  std::memcpy(out, name.data(), name.size());
  out += name.size();
  *out++ = '"';
  *out++ = ':';
  if (pretty_) *out++ = ' ';
  commit(out);
  after_key_ = true;
}

void JsonWriter::open(char bracket) {
  char* out = separator(room(separator_room() + 1));
  *out++ = bracket;
  commit(out);
  has_items_.push_back(false);
}

void JsonWriter::close(char bracket) {
  const bool had_items = has_items_.back();
  has_items_.pop_back();
  char* out = room(separator_room() + 1);
  if (had_items && pretty_) out = newline(out);
  *out++ = bracket;
  commit(out);
}

void JsonWriter::escaped(std::string_view text, size_t first) {
  const size_t start = used_;
  append("\"");
  // One pass copies the text in runs between the bytes to escape and checks each multi-byte
  // sequence: in valid UTF-8 no byte of one is below 0x80, so escaping only touches ASCII.
  size_t plain = 0;  // start of the bytes not yet copied
  for (size_t i = first; i < text.size(); i = next_special<'"', '\\'>(text, i)) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      char32_t code_point;
      const size_t length = decode_utf8(text, i, code_point);
      if (length == 0) {  // exactly what nlohmann's decoder refuses
        // Rare (text from damaged PDFs): nlohmann's own replacement rules, byte for byte.
        used_ = start;
        append(nlohmann::json(std::string(text)).dump(-1, ' ', false,
                                                      nlohmann::json::error_handler_t::replace));
        return;
      }
      i += length;
      continue;
    }
    append(text.substr(plain, i - plain));
    plain = ++i;
    switch (c) {
      case '\b': append("\\b"); break;
      case '\t': append("\\t"); break;
      case '\n': append("\\n"); break;
      case '\f': append("\\f"); break;
      case '\r': append("\\r"); break;
      case '"': append("\\\""); break;
      case '\\': append("\\\\"); break;
      default: {
        static const char kHex[] = "0123456789abcdef";
        const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        append(std::string_view(escape, sizeof escape));
      }
    }
  }
  append(text.substr(plain));
  append("\"");
}

void JsonWriter::value(std::string_view text) {
  const size_t first = next_special<'"', '\\'>(text, 0);
  if (first == text.size()) {  // plain ASCII, most of a note's strings: written as it is
    char* out = separator(room(separator_room() + text.size() + 2));
    *out++ = '"';
    if (!text.empty()) std::memcpy(out, text.data(), text.size());
    out += text.size();
    *out++ = '"';
    commit(out);
    return;
  }
  commit(separator(room(separator_room())));
  escaped(text, first);
}

void JsonWriter::value(int number) {
  constexpr size_t kDigits = 11;  // "-2147483648"
  char* out = separator(room(separator_room() + kDigits));
  commit(std::to_chars(out, out + kDigits, number).ptr);
}

void JsonWriter::value(size_t number) {
  constexpr size_t kDigits = 20;  // 2^64 - 1
  char* out = separator(room(separator_room() + kDigits));
  commit(std::to_chars(out, out + kDigits, number).ptr);
}

void JsonWriter::value(double number) {
  // nlohmann's digit generation needs 17 digits' room and writes at most 25 characters.
  constexpr size_t kDigits = 32;
  char* out = separator(room(separator_room() + kDigits));
  if (!std::isfinite(number)) {
    std::memcpy(out, "null", 4);
    commit(out + 4);
    return;
  }
  // nlohmann's own digit generation (Grisu2 plus its exponent rules), so numbers print as
  // json::dump prints them; most numbers are coordinates rounded to hundredths, which
  // write_hundredths prints the same (whole ones with json::dump's ".0").
  if (char* end = write_hundredths(out, number)) {
    if (std::find(out, end, '.') == end) {
      *end++ = '.';
      *end++ = '0';
    }
    commit(end);
    return;
  }
  commit(nlohmann::detail::to_chars(out, out + kDigits, number));
}

void JsonWriter::value(bool flag) {
  const std::string_view word = flag ? "true" : "false";
  char* out = separator(room(separator_room() + word.size()));
  std::memcpy(out, word.data(), word.size());
  commit(out + word.size());
}

void JsonWriter::null() {
  char* out = separator(room(separator_room() + 4));
  std::memcpy(out, "null", 4);
  commit(out + 4);
}

void JsonWriter::string_or_null(std::string_view name, std::string_view text) {
  key(name);
  if (text.empty()) null();
  else value(text);
}

}  // namespace coi
