// The sources a render reads into one list of the bibliography, held against its model's.
#pragma once

#include <gtest/gtest.h>

#include <vector>

#include "pipeline/model.h"

namespace coi::testing {

/// What of each source to compare beyond its title, date and accessed date.
struct SourceFields {
  bool url = true;    ///< false where a driver dropped the render's links
  bool text = false;  ///< the entry's printed text, as the model prints it
};

/// The sources of `doc` in `list`, in order.
inline std::vector<const Source*> sources_in(const Doc& doc, SourceList list) {
  std::vector<const Source*> found;
  for (const Source& source : doc.sources) {
    if (source.list == list) found.push_back(&source);
  }
  return found;
}

/// The sources `ours` reads into `list` are the model's, one for one and in order.
inline void expect_the_models_sources(const Doc& model, const Doc& ours, SourceList list,
                                      SourceFields fields = {}) {
  const std::vector<const Source*> want = sources_in(model, list);
  const std::vector<const Source*> got = sources_in(ours, list);
  ASSERT_FALSE(want.empty());
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    if (fields.text) {
      EXPECT_EQ(plain_text(got[i]->inlines), plain_text(want[i]->inlines)) << "entry " << i + 1;
    }
    EXPECT_EQ(got[i]->title, want[i]->title) << "entry " << i + 1;
    if (fields.url) {
      EXPECT_EQ(got[i]->url, want[i]->url) << want[i]->title;
    }
    EXPECT_EQ(got[i]->date, want[i]->date) << want[i]->title;
    EXPECT_EQ(got[i]->accessed, want[i]->accessed) << want[i]->title;
  }
}

}  // namespace coi::testing
