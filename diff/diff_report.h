// What `coi diff` found between two versions of a note: the result of diff_docs() and the
// input of the renderers (text, JSON, XML, HTML). Plain data; indices refer to the report's own
// unit lists, block indices to the Doc each side came from.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "pipeline/model.h"

namespace coi {

/// One comparable paragraph: a paragraph or quote block, or one list item.
struct DiffUnit {
  enum class Kind { kParagraph, kListItem, kQuote };
  Kind kind = Kind::kParagraph;
  int block = -1;                  ///< index into Doc::blocks
  int item = -1;                   ///< list item index, -1 for paragraphs and quotes
  std::string key;                 ///< "b49" or "b94.2" (block index, item index)
  std::string number;              ///< paragraph number, empty when unnumbered
  int heading = -1;                ///< block index of the nearest heading before it, -1 if none
  std::string section;             ///< that heading as printed ("6.2 Overview and timelines")
  std::vector<std::string> cites;  ///< citation keys of its footnote marks, in order
  /// Its inline links, in order: (printed text, URL).
  std::vector<std::pair<std::string, std::string>> links;
  std::string text;                ///< the text as compared: footnote marks shown as "[S017]"
  Places where;
};

/// A word-level edit: runs of tokens kept, deleted or inserted, with their spacing.
struct WordOp {
  enum class Op { kSame, kDelete, kInsert };
  Op op = Op::kSame;
  std::string text;           ///< the run's tokens with their inner spacing
  bool space_before = false;  ///< a space precedes the run
};

/// An inline link of a paragraph whose URL changed, or that was added or removed: its printed
/// text and both URLs (empty on the side without the link).
struct LinkChange {
  std::string text, old_url, new_url;
};

/// How a paragraph fared.
enum class Change {
  kUnchanged,
  kRenumbered,
  kModified,
  kMoved,
  kInserted,
  kDeleted,
  kSplit,
  kMerged
};

/// One paragraph group: one old and one new unit, or a split (1 -> n), a merge (n -> 1), an
/// insertion (0 -> 1) or a deletion (1 -> 0). Every unit of both sides is in exactly one group.
struct ParagraphChange {
  Change change = Change::kUnchanged;
  std::vector<int> old_units;  ///< indices into DiffReport::old_units
  std::vector<int> new_units;  ///< indices into DiffReport::new_units
  bool text_changed = false;   ///< words or citations differ (moved/split/merged may be false)
  bool renumbered = false;     ///< the paragraph number differs
  double similarity = 1;       ///< Dice over words, 1 for exact matches
  std::vector<WordOp> words;   ///< word diff, for groups with both sides and text_changed
  std::vector<std::string> cites_added;    ///< sources (or footnote texts) newly cited
  std::vector<std::string> cites_removed;  ///< sources no longer cited
  /// Links whose URL changed (or that appeared or went); a change of URL alone makes the group
  /// modified even when its words are the same.
  std::vector<LinkChange> links;
};

/// How a heading fared.
struct HeadingChange {
  enum class Kind { kUnchanged, kRenumbered, kRenamed, kAdded, kRemoved };
  Kind kind = Kind::kUnchanged;
  int old_block = -1, new_block = -1;
  int level = 0;
  std::string old_number, new_number, old_text, new_text;
  Places old_where, new_where;  ///< where each version prints it (empty on the side without it)
};

/// A change inside a table (or a whole table added/removed).
struct TableChange {
  enum class Kind {
    kCell,
    kRowAdded,
    kRowRemoved,
    kColumnAdded,
    kColumnRemoved,
    kTableAdded,
    kTableRemoved
  };
  Kind kind = Kind::kCell;
  std::string table;               ///< the table's ID (new side when it has one), else "table N"
  std::string near;                ///< number of the nearest numbered paragraph before the table
  std::string row;                 ///< row label: the row's first cell
  std::string column;              ///< column label: the column's header cell
  std::string old_text, new_text;  ///< cell change: the cell's texts
  /// Where the change is printed in each version: the cell, the row's or column's cells, or
  /// the whole table (empty on the side without it, or when the model has no provenance).
  Places old_where, new_where;
};

/// A bibliography change.
struct SourceChange {
  enum class Kind { kAdded, kRemoved, kUrl, kTitle };
  Kind kind = Kind::kAdded;
  std::string old_id, new_id;
  std::string title;                 ///< the source's title (new side when both exist)
  std::string old_value, new_value;  ///< url / title changes
  Places old_where, new_where;       ///< the bibliography entry in each version
};

/// A field of the note's metadata (version, date...) that changed.
struct MetaChange {
  std::string field, old_value, new_value;
};

/// The whole comparison.
struct DiffReport {
  std::string old_name, new_name;  ///< the files compared
  Meta old_meta, new_meta;
  std::vector<DiffUnit> old_units, new_units;
  std::vector<ParagraphChange> paragraphs;  ///< in new-document order, deletions in place
  std::vector<HeadingChange> headings;
  std::vector<TableChange> tables;
  std::vector<SourceChange> sources;
  std::vector<MetaChange> meta;

  /// True when nothing but unchanged paragraphs and headings was found.
  bool same() const;
};

/// Stable lower-case names used by every output format ("modified", "row-added"...).
const char* change_name(Change c);
const char* change_name(HeadingChange::Kind k);
const char* change_name(TableChange::Kind k);
const char* change_name(SourceChange::Kind k);

}  // namespace coi
