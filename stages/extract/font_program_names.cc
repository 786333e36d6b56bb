#include "stages/extract/font_program_names.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

namespace coi::extract {

namespace {

// The CFF's standard strings (string IDs below 391) that name a weight: a name-keyed font's
// Weight is usually one of these rather than a string of its own.
constexpr int kFirstWeightString = 383;
constexpr std::array<std::string_view, 8> kWeightStrings = {
    "Black", "Bold", "Book", "Light", "Medium", "Regular", "Roman", "Semibold"};
constexpr int kStandardStrings = 391;

// DICT operators (an escaped one, 12 x, as 1200 + x).
constexpr int kFullName = 2;
constexpr int kWeight = 4;
constexpr int kFdArray = 1236;
constexpr int kFontName = 1238;

using Bytes = std::span<const unsigned char>;

// A CFF INDEX: its items' bytes, and where the INDEX ends.
struct Index {
  std::vector<Bytes> items;
  size_t end = 0;
};

// The INDEX at `pos` of `cff`, or none where it runs past the end or is malformed.
std::optional<Index> read_index(Bytes cff, size_t pos) {
  if (pos + 2 > cff.size()) return std::nullopt;
  const size_t count = size_t{cff[pos]} << 8 | cff[pos + 1];
  Index index;
  if (count == 0) {
    index.end = pos + 2;
    return index;
  }
  if (pos + 3 > cff.size()) return std::nullopt;
  const size_t off_size = cff[pos + 2];
  if (off_size < 1 || off_size > 4) return std::nullopt;
  const size_t offsets = pos + 3;
  if (offsets + (count + 1) * off_size > cff.size()) return std::nullopt;
  const auto offset = [&](size_t i) {
    size_t value = 0;
    for (size_t b = 0; b < off_size; ++b) value = value << 8 | cff[offsets + i * off_size + b];
    return value;
  };
  // Offsets count from the byte before the data, which follows the offset array.
  const size_t data = offsets + (count + 1) * off_size - 1;
  for (size_t i = 0; i < count; ++i) {
    const size_t from = offset(i), to = offset(i + 1);
    if (from < 1 || to < from || data + to > cff.size()) return std::nullopt;
    index.items.push_back(cff.subspan(data + from, to - from));
  }
  index.end = data + offset(count);
  return index;
}

// A DICT's entries: each operator with its last integer operand (the string IDs and offsets
// looked for are single integers; a real operand reads as 0, never looked up).
std::vector<std::pair<int, long>> read_dict(Bytes dict) {
  std::vector<std::pair<int, long>> entries;
  long operand = 0;
  size_t i = 0;
  const auto byte = [&](size_t k) -> long { return k < dict.size() ? dict[k] : 0; };
  while (i < dict.size()) {
    const int b = dict[i];
    if (b <= 21) {  // an operator
      const int op = b == 12 ? 1200 + static_cast<int>(byte(i + 1)) : b;
      i += b == 12 ? 2 : 1;
      entries.emplace_back(op, operand);
      operand = 0;
    } else if (b == 28) {
      operand = static_cast<int16_t>(byte(i + 1) << 8 | byte(i + 2));
      i += 3;
    } else if (b == 29) {
      operand = static_cast<int32_t>(static_cast<uint32_t>(byte(i + 1) << 24 | byte(i + 2) << 16 |
                                                           byte(i + 3) << 8 | byte(i + 4)));
      i += 5;
    } else if (b == 30) {  // a real: nibbles up to one of 0xf
      operand = 0;
      for (++i; i < dict.size() && (dict[i] & 0x0f) != 0x0f && (dict[i] >> 4) != 0x0f;) ++i;
      ++i;
    } else if (b >= 32 && b <= 246) {
      operand = b - 139;
      i += 1;
    } else if (b >= 247 && b <= 250) {
      operand = (b - 247) * 256 + byte(i + 1) + 108;
      i += 2;
    } else if (b >= 251 && b <= 254) {
      operand = -(b - 251) * 256 - byte(i + 1) - 108;
      i += 2;
    } else {
      i += 1;  // reserved
    }
  }
  return entries;
}

std::string as_string(Bytes bytes) { return std::string(bytes.begin(), bytes.end()); }

// The string of string ID `sid`: a weight among the standard strings, or one of the font's.
std::optional<std::string> string_of(long sid, const Index& strings) {
  if (sid >= kFirstWeightString && sid < kStandardStrings) {
    return std::string(kWeightStrings[static_cast<size_t>(sid - kFirstWeightString)]);
  }
  if (sid < kStandardStrings) return std::nullopt;
  const auto own = static_cast<size_t>(sid - kStandardStrings);
  if (own >= strings.items.size()) return std::nullopt;
  return as_string(strings.items[own]);
}

}  // namespace

std::vector<std::string> cff_font_names(Bytes cff) {
  std::vector<std::string> names;
  // Header: major version 1, its size in byte 2.
  if (cff.size() < 4 || cff[0] != 1) return names;
  const std::optional<Index> name_index = read_index(cff, cff[2]);
  if (!name_index || name_index->items.empty()) return names;
  names.push_back(as_string(name_index->items.front()));
  const std::optional<Index> top_dicts = read_index(cff, name_index->end);
  if (!top_dicts || top_dicts->items.empty()) return names;
  const std::optional<Index> strings = read_index(cff, top_dicts->end);
  if (!strings) return names;
  for (const auto& [op, operand] : read_dict(top_dicts->items.front())) {
    if (op == kFullName || op == kWeight) {
      if (auto name = string_of(operand, *strings)) names.push_back(std::move(*name));
    } else if (op == kFdArray && operand > 0) {
      const std::optional<Index> fonts = read_index(cff, static_cast<size_t>(operand));
      if (!fonts) continue;
      for (const Bytes font : fonts->items) {
        for (const auto& [fd_op, fd_operand] : read_dict(font)) {
          if (fd_op != kFontName) continue;
          if (auto name = string_of(fd_operand, *strings)) names.push_back(std::move(*name));
        }
      }
    }
  }
  return names;
}

}  // namespace coi::extract
