// The words a note prints, counted: the note's own evidence for telling a word that a narrow
// table column broke between two characters ("Ye" / "ar") from two words on two lines
// ("Average" / "time"). Words are folded (ASCII lower case, surrounding punctuation removed,
// typographic quotes and dashes too), so "Year," and "year" count as one, and so do
// "readmission’," and "readmission"; ligature glyphs are spelled out, so "oﬀicials" is
// "officials", as a line break inside the ligature ("of-" / "ficials") prints it. Only words
// printed in running text count: a word with a space printed before or after it on its line. A
// piece of a broken word stands alone on its line, so "Reconsi" / "derations" repeated in two
// header cells is not taken for two words of the note.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/model.h"

namespace coi {

class Vocabulary {
 public:
  /// Counts the words of running text on every page of `doc`.
  explicit Vocabulary(const Doc& doc);
  /// An empty vocabulary, to count words chosen by the caller (add).
  Vocabulary() = default;
  /// Counts `printed` once more (folded, its surrounding punctuation removed).
  void add(std::string_view printed);
  /// Counts the words of running text of `page` once more.
  void add_page(const Page& page);
  /// Counts `printed` once less (folded as add folds it); a word no longer counted is dropped,
  /// so that the count equals one made without it.
  void remove(std::string_view printed);
  /// How often `word` (folded here) is printed in running text in the note.
  int count(std::string_view word) const;
  /// `word` as the vocabulary keys it: surrounding punctuation removed, ASCII lower case.
  static std::string fold(std::string_view word);
  /// True when word `i` of `page` has a space printed before or after it on its line.
  static bool in_running_text(const Page& page, size_t i);
  /// True when both count the same words the same number of times.
  friend bool operator==(const Vocabulary&, const Vocabulary&) = default;
  /// Calls `visit(word, count)` for every word counted (folded, as fold gives it), in no order.
  template <class Visit>
  void for_each(Visit visit) const {
    for (const auto& [word, count] : counts_) visit(word, count);
  }

 private:
  // Hash and equality that fold ASCII case, so that a printed word is looked up without a folded
  // copy of it (the vocabulary looks up every word of the note; keys are stored folded).
  struct FoldedHash {
    using is_transparent = void;
    size_t operator()(std::string_view word) const;
  };
  struct FoldedEqual {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const;
  };

  std::unordered_map<std::string, int, FoldedHash, FoldedEqual> counts_;
};

/// The words of running text of every page as they stood, kept so that a stage which cuts and
/// joins words (tables) can bring its count of them up to date by counting again only the pages
/// it changed, instead of the whole note (a page's words are about 250 instructions each to
/// count; copying and comparing them costs a tenth of that).
class RunningWords {
 public:
  /// Keeps the running-text words of every page of `doc`.
  explicit RunningWords(const Doc& doc);
  /// `vocabulary` counted the words kept here: takes away from it the kept words of each page
  /// that are no longer there (those between the words the page still starts and ends with),
  /// and counts the words now in their place, so that it then counts `doc` as Vocabulary(doc)
  /// would.
  void update(Vocabulary& vocabulary, const Doc& doc) const;

 private:
  // One page's running-text words: their bytes one after another, and where each ends.
  struct PageText {
    std::string bytes;
    std::vector<size_t> ends;
  };
  static PageText running_text(const Page& page);
  // True when the running-text words of `page` are those of `text`, one by one.
  static bool prints(const Page& page, const PageText& text);
  std::vector<PageText> pages_;
};

/// The vocabulary of `doc`: the one counted into the model (Doc::vocabulary), else counted now
/// (a model that has not been through segment, such as a hand-built one).
std::shared_ptr<const Vocabulary> vocabulary_of(const Doc& doc);

}  // namespace coi
