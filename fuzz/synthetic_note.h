// Synthetic notes at the block level: what segment and footnotes hand to the stages after them,
// and what `coi diff` compares. Built from a small pool of words, titles and URLs so that
// paragraphs, footnotes and bibliography entries overlap the way a real note's do.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#include "fuzz/byte_reader.h"
#include "pipeline/model.h"

namespace coi::fuzz {

/// Sections of numbered and unnumbered paragraphs, lists, quotes and tables (with spans), footnotes
/// citing sources, and a bibliography part ("Sources cited", "Sources consulted but not cited")
/// whose entries are paragraphs and publisher lines, as segment leaves them.
Doc synthetic_note(ByteReader& in);

/// `doc` as a later version might be: paragraphs inserted, deleted, moved, split, merged,
/// renumbered and reworded; table cells changed and rows added; footnotes and bibliography entries
/// added, removed and given other URLs. Which edits, where, is read from `in`.
Doc edited_version(Doc doc, ByteReader& in);

/// A note and an edited version of it from one byte string. The last quarter of the bytes
/// chooses the edits, so they do not wait until the note has used up the rest.
std::pair<Doc, Doc> note_versions(const uint8_t* data, size_t size);

}  // namespace coi::fuzz
