// Turning fuzzer bytes into model inputs: a reader that hands out small numbers and strings,
// and a builder of synthetic pages of positioned words and rules (what extract would produce).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline/model.h"

namespace coi::fuzz {

/// Consumes the fuzzer's bytes; returns zeros once they run out.
class ByteReader {
 public:
  ByteReader(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  /// A value in [0, limit).
  int below(int limit) { return limit <= 0 ? 0 : (byte() << 8 | byte()) % limit; }
  bool flag() { return byte() & 1; }
  /// A short string drawn from note-like vocabulary and raw bytes.
  std::string word();
  bool done() const { return pos_ >= size_; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

/// A document of a few pages with words, rules and links placed by the bytes.
Doc synthetic_doc(ByteReader& in);

}  // namespace coi::fuzz
