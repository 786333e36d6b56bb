// A fixture render's footnotes held against its model's, for the tests of footnote areas.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_text.h"

namespace coi::testing {

/// "number -> text" of every footnote, its whitespace squashed.
inline std::map<int, std::string> note_texts(const Doc& doc) {
  std::map<int, std::string> out;
  for (const Footnote& f : doc.footnotes) out[f.number] = squash_spaces(plain_text(f.inlines));
  return out;
}

/// coi's reading of `folder`'s `producer` render (every stage) holds the notes `first` to `last`
/// with the model's texts, and no other note; returns that reading.
inline Doc expect_notes_as_model(const std::string& folder, const std::string& producer, int first,
                                 int last) {
  const Doc model = load_fixture_model(folder);
  Doc ours = convert_fixture(folder, producer, "");
  const std::map<int, std::string> want = note_texts(model), got = note_texts(ours);
  EXPECT_EQ(got.size(), static_cast<size_t>(last - first + 1));
  for (int n = first; n <= last; ++n) {
    EXPECT_TRUE(want.count(n)) << "the model has no note " << n;
    EXPECT_TRUE(got.count(n)) << "note " << n << " lost";
    if (want.count(n) && got.count(n)) {
      EXPECT_EQ(got.at(n), want.at(n)) << "note " << n;
    }
  }
  return ours;
}

/// The same for a render cut from pages apart: the notes `numbers`, which its pages print, with
/// the model's texts, and no other note; returns that reading.
inline Doc expect_notes_as_model(const std::string& folder, const std::string& producer,
                                 const std::vector<int>& numbers) {
  const Doc model = load_fixture_model(folder);
  Doc ours = convert_fixture(folder, producer, "");
  const std::map<int, std::string> want = note_texts(model), got = note_texts(ours);
  std::vector<int> read;
  for (const auto& [n, text] : got) read.push_back(n);
  EXPECT_EQ(read, numbers);
  for (int n : numbers) {
    EXPECT_TRUE(want.count(n)) << "the model has no note " << n;
    if (want.count(n) && got.count(n)) {
      EXPECT_EQ(got.at(n), want.at(n)) << "note " << n;
    }
  }
  return ours;
}

}  // namespace coi::testing
