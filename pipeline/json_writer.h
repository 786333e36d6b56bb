// A streaming JSON writer whose text is exactly nlohmann::json::dump's (indent 2 or compact,
// non-ASCII kept as UTF-8, invalid UTF-8 replaced by U+FFFD), written straight into one string.
// The model's JSON is about 1.5 MB for a 100-page note; building it as an ordered_json tree and
// then dumping it cost more than most analysis stages, for no benefit.
//
//   JsonWriter w(/*pretty=*/true);
//   w.begin_object(); w.key("n"); w.value(1); w.key("v"); w.begin_array(); w.end_array();
//   w.end_object();   ->   "{\n  \"n\": 1,\n  \"v\": []\n}"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace coi {

/// Writes one JSON value (objects and arrays nested through begin_/end_ calls) into a string.
class JsonWriter {
 public:
  /// `pretty`: two-space indentation and one member per line; else no whitespace at all.
  explicit JsonWriter(bool pretty) : pretty_(pretty) {}

  /// Opens an object (as a value: after key() inside objects, directly inside arrays).
  void begin_object() { open('{'); }
  /// Closes the innermost object.
  void end_object() { close('}'); }
  /// Opens an array.
  void begin_array() { open('['); }
  /// Closes the innermost array.
  void end_array() { close(']'); }
  /// Names the next member of the innermost object. `name` is one of the model's own member
  /// names (letters, digits, '_'), written as it stands: none needs escaping, and checking the
  /// ~28,000 names of a 100-page note's JSON for what to escape cost more than writing them.
  void key(std::string_view name);

  /// A string value (escaped as nlohmann escapes it).
  void value(std::string_view text);
  /// A string value (an overload so that literals do not become bools).
  void value(const char* text) { value(std::string_view(text)); }
  /// A string value.
  void value(const std::string& text) { value(std::string_view(text)); }
  /// An integer value.
  void value(int number);
  /// An unsigned integer value (sizes and counts).
  void value(size_t number);
  /// A floating-point value: shortest round-trip digits, "1.0" for whole numbers, null if not
  /// finite.
  void value(double number);
  /// true or false.
  void value(bool flag);
  /// null.
  void null();

  /// key(name) then value(v).
  template <typename T>
  void field(std::string_view name, const T& v) {
    key(name);
    value(v);
  }
  /// A string member, or null when `text` is empty.
  void string_or_null(std::string_view name, std::string_view text);

  /// Makes room for `bytes` of text at once, so that a long document's text is not copied each
  /// time it outgrows its string. Changes no output.
  void reserve(size_t bytes) { out_.reserve(bytes); }

  /// The text written so far (the writer is spent afterwards).
  std::string take() {
    out_.resize(used_);
    return std::move(out_);
  }

 private:
  // Each value is written through room() and commit(): one check for space and one length a
  // value, where appending its separator, indentation and text piece by piece made a note's JSON
  // cost about 200 instructions a member.
  // Room for `bytes` more after what is written; write them through the pointer, then commit().
  char* room(size_t bytes) {
    if (bytes > out_.size() - used_) grow(bytes);
    return out_.data() + used_;
  }
  // Ends what is written at `end` (a pointer from room(), moved past what was written there).
  void commit(const char* end) { used_ = static_cast<size_t>(end - out_.data()); }
  void grow(size_t bytes);
  void append(std::string_view text);
  // The most separator() and newline() write, and the seven spaces newline() may store past
  // the indentation.
  size_t separator_room() const { return 2 + 2 * has_items_.size() + 7; }
  // What goes before a value: nothing after a key or for the top-level value, else a comma after
  // an earlier member and (pretty) a new line.
  char* separator(char* out);
  // A new line, indented for the containers open.
  char* newline(char* out) const;
  void open(char bracket);
  void close(char bracket);
  // `text` quoted and escaped; `first` is its first byte to look at (next_special).
  void escaped(std::string_view text, size_t first);

  bool pretty_;
  std::string out_;  ///< its first used_ bytes are the text; the rest is room not yet written
  size_t used_ = 0;
  std::vector<char> has_items_;  ///< per open container: whether it holds a member yet
  bool after_key_ = false;
};

}  // namespace coi
