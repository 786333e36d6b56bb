// What stages work out from the model and share. Some objects several stages read are costly
// to make and made from parts of the model that no longer change once read: the judge of
// line-end hyphens (stages/text/hyphenation.h), made from the final words and their count,
// which segment's inline runs and footnotes' notes both ask; the owners of a tagged PDF's
// structure elements (stages/tree/element_owners.h), which segment's lines and structure's
// evidence both ask. Each travels with the document in its memo (Doc::memo): the first stage to
// ask makes it, the next is handed the same object. The pipeline knows none of their types
// (stages/ sit above it): the stage that knows one keeps it here under its type and source.
//
// A source is the object of the model a kept object was made from, compared by address: only
// objects the model no longer changes in place once they are read are sources (Doc::vocabulary,
// const and replaced when the words change; Doc::structure, the extract stage's, by its
// nodes' storage, which moves with the document). Asked for another source (a vocabulary
// counted again), the memo makes and keeps another object beside the first, so what a stage
// was handed stays valid as long as the document does. Not emitted, not read back (a model read
// from JSON starts with an empty memo); one stage at a time asks, so it takes no lock.
#pragma once

#include <memory>
#include <typeindex>
#include <typeinfo>
#include <utility>
#include <vector>

namespace coi {

class DocMemo {
 public:
  /// The T kept for `source`, made by `make()` (which returns a T) if none is kept for it yet.
  /// It lives as long as the memo or a copy of it does.
  template <class T, class Make>
  const T& get(const void* source, Make make) const {
    for (const Kept& kept : kept_) {
      if (kept.type == typeid(T) && kept.source == source) {
        return *static_cast<const T*>(kept.object.get());
      }
    }
    std::shared_ptr<const T> object = std::make_shared<T>(make());
    const T& made = *object;
    kept_.push_back(Kept{typeid(T), source, std::move(object)});
    return made;
  }

 private:
  struct Kept {
    std::type_index type;
    const void* source;
    std::shared_ptr<const void> object;
  };
  // A cache of what the model determines: filled through the const documents stages read.
  mutable std::vector<Kept> kept_;
};

}  // namespace coi
