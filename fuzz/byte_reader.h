// Turning fuzzer bytes into choices: a reader that hands out small numbers, flags and words.
// Every generator in fuzz/ draws from one, so any byte string is a valid (if odd) input and
// libFuzzer's mutations map onto small changes of the generated document.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

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
  /// A few words joined by spaces.
  std::string phrase(int max_words);
  bool done() const { return pos_ >= size_; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

}  // namespace coi::fuzz
