// A narrow, fast reader of structure-element dictionaries straight from a PDF's bytes, so the
// structure tree does not pay for Poppler's general object parser (see object_scan.cc).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace coi::extract {

/// An indirect reference "num gen R"; num -1 when absent.
struct ObjRef {
  int num = -1;
  int gen = -1;
};

struct ElementDict;

/// One entry of an element's /K: a marked-content ID, a reference, or a dictionary written
/// inline (an index into ElementDict::inlined).
struct ElementKid {
  int mcid = -1;     ///< an integer kid (may be negative: callers judge)
  bool is_mcid = false;
  ObjRef ref;        ///< a reference kid
  int inlined = -1;  ///< an inline dictionary kid
};

/// The keys of a structure element, MCR or OBJR dictionary the tree reader uses.
struct ElementDict {
  std::string type;             ///< /Type when it is a name ("StructElem", "MCR", "OBJR")
  std::string s;                ///< /S when it is a name (#xx escapes decoded)
  bool has_s = false;           ///< /S is a name
  ObjRef pg;                    ///< /Pg when it is a reference
  bool has_pg = false;
  int mcid = -1;                ///< /MCID when it is an integer
  bool has_mcid = false;
  std::vector<ElementKid> kids;       ///< /K in order (entries of other kinds dropped)
  std::vector<ElementDict> inlined;   ///< dictionaries written inside /K

  /// Empties every key, keeping the vectors' room: a reader reusing one dictionary for
  /// thousands of elements allocates for the first few only.
  void clear() {
    type.clear();
    s.clear();
    has_s = false;
    pg = ObjRef{};
    has_pg = false;
    mcid = -1;
    has_mcid = false;
    kids.clear();
    inlined.clear();
  }
};

/// Reads element dictionaries from the bytes of an unencrypted PDF file.
class ObjectScanner {
 public:
  /// `bytes` must outlive the scanner.
  explicit ObjectScanner(std::string_view bytes)
      : begin_(bytes.data()), end_(bytes.data() + bytes.size()) {}

  /// Parses the object `ref` written at byte `offset` ("num gen obj << ... >>") into `out`.
  /// False whenever the bytes are anything but a plain dictionary object this reader fully
  /// understands (a stream, a key we need given by reference, odd syntax, another object):
  /// the caller then asks Poppler, which copes with everything.
  bool element_at(size_t offset, ObjRef ref, ElementDict& out);

 private:
  // kKeyword: a bare word ("R", "obj", "true"...); kOther: a value we skip (a real number, a
  // string). A token's value is left in number_ (kInt) or text_ (kName, kKeyword) rather than
  // returned with it: the kind alone comes back in a register, ~20 tokens an element.
  enum class Kind : unsigned char { kInt, kName, kDictStart, kDictEnd, kArrayStart, kArrayEnd,
                                    kKeyword, kOther, kError };

  // The keys of an element dictionary the reader keeps.
  enum class Key { kK, kType, kS, kPg, kMcid, kOther };

  static Key key_of(std::string_view key);
  Kind next();
  Kind name();
  Kind word();
  bool skip_string();
  bool skip_hex_string();
  bool keyword(std::string_view word);
  bool as_ref(int num, ObjRef& ref);
  bool dict_body(ElementDict* out, int depth);
  bool entry(Key key, ElementDict& out, int depth);
  bool kids(Kind first, ElementDict& out, int depth);
  bool kid(Kind kind, ElementDict& out, int depth);
  bool skip_value(Kind kind, int depth);

  const char* begin_;
  const char* end_;
  const char* p_ = nullptr;  // the cursor, between begin_ and end_
  int number_ = 0;           // the last kInt token's value
  std::string_view text_;    // the last kName (decoded) or kKeyword token: into the bytes or
                             // name_buffer_
  std::string name_buffer_;  // the last name read that had #xx escapes, decoded
};

}  // namespace coi::extract
