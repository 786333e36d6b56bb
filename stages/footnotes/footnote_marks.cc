// Linking the body's footnote marks to the notes.
//
// Step 1: the marks (fnref inlines of headings, paragraphs, quotes, list items and table cells)
//         are walked in reading order, tracking `next`: the highest mark seen so far + 1.
// Step 2: a mark that is `next`, or an earlier note marked again (footnote 43 cited twice), is
//         taken as printed.
// Step 3: any other mark may be several marks printed side by side and read as one word. It is
//         split when the PDF links it to several notes (MarkSplits), or when its digits read as
//         notes in citing order: each part either `next` (a new note, `next` then moving on) or
//         an earlier note cited again ("7551" where 75 is next -> 75, 51). Of the readings, the
//         one with the most new notes wins, then the one with the fewest parts. A reading must
//         cite a new note, and one that also cites earlier notes is taken only when the printed
//         number is no note: "48" where 47 is next is note 48 (mark 47 lost), not 4 and 8;
//         or when it is more than max_lost_notes past `next`, as many lost marks being less
//         likely than two printed side by side: "95" where 9 is next -> 9, 5.
//         A printed number that is no note may also open past `next`, when a mark before it
//         was lost, as consecutive new notes: "124125" where 123 is next -> 124, 125.
// Step 4: each mark adds its block to the note's cited_by; marks without a note, notes without a
//         mark and marks that skip ahead are reported. A mark without a note does not move
//         `next`: one misread mark must not throw the sequence off for every mark after it.
//
//   next = 7, mark "78", notes 7 and 8 exist        -> marks 7, 8; next = 9
//   next = 75, mark "7551", notes 51 and 75 exist   -> marks 75, 51; next = 76
//   next = 44, mark "43"                            -> a second citation of note 43
//   next = 9, mark "95", notes 5, 9 and 95 exist    -> marks 9, 5 (95 is too far ahead)
#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <unordered_map>

#include "stages/footnotes/footnotes_parts.h"

namespace coi {

namespace {

// Calls `visit` on every inline container of `block`, in reading order.
void for_each_container(Block& block, const std::function<void(Inlines&)>& visit) {
  visit(block.inlines);
  for (ListItem& item : block.items) visit(item.inlines);
  for (std::vector<Cell>& row : block.table.rows) {
    for (Cell& cell : row) visit(cell.inlines);
  }
}

// A reading of a mark's digits as several marks, and how many of them are new notes.
struct Reading {
  std::vector<int> parts;
  int new_notes = 0;
};

// True when `a` is the better reading: more new notes, then fewer parts.
bool better(const Reading& a, const Reading& b) {
  if (a.new_notes != b.new_notes) return a.new_notes > b.new_notes;
  return a.parts.size() < b.parts.size();
}

// Step 3: the best reading of `digits` from byte `at` as notes in citing order (see the top),
// `next` being the note a new mark would cite; nullopt when there is none. A mark has a handful
// of digits, so trying every cut is cheap.
std::optional<Reading> read_digits(const std::string& digits, size_t at, int next, bool may_skip,
                                   const std::function<bool(int)>& known) {
  if (at == digits.size()) return Reading{};
  if (digits[at] == '0') return std::nullopt;  // no note number starts with 0
  std::optional<Reading> best;
  for (size_t length = 1; at + length <= digits.size(); ++length) {
    const int n = std::stoi(digits.substr(at, length));
    const bool fresh = n == next || (may_skip && n > next);
    if (!known(n) || (!fresh && n > next)) continue;
    std::optional<Reading> rest =
        read_digits(digits, at + length, fresh ? n + 1 : next, false, known);
    if (!rest) continue;
    rest->parts.insert(rest->parts.begin(), n);
    rest->new_notes += fresh ? 1 : 0;
    if (!best || better(*rest, *best)) best = std::move(rest);
  }
  return best;
}

class MarkLinker {
 public:
  MarkLinker(Doc& doc, MarkSplits splits, const FootnotesConfig& config, Diagnostics& diag)
      : doc_(doc), splits_(std::move(splits)), config_(config), diag_(diag) {
    for (size_t i = 0; i < doc_.footnotes.size(); ++i) index_.emplace(doc_.footnotes[i].number, i);
  }

  void run() {
    for (Block& block : doc_.blocks) {
      block_ = &block;
      for_each_container(block, [this](Inlines& inlines) { relink(inlines); });
    }
    for (const Footnote& note : doc_.footnotes) {
      if (!marked_.count(note.number)) {
        diag_.warn("unmarked-footnote",
                   "footnote " + std::to_string(note.number) + " has no mark in the body",
                   note.where.empty() ? 0 : note.where.front().page);
      }
    }
  }

 private:
  bool known(int n) const { return index_.count(n) > 0; }
  bool all_known(const std::vector<int>& parts) const {
    return std::all_of(parts.begin(), parts.end(), [this](int n) { return known(n); });
  }
  int page() const { return block_->where.empty() ? 0 : block_->where.front().page; }
  std::string block_ref() const { return block_->id.empty() ? block_->number : block_->id; }

  // Steps 2-3: the marks a printed number stands for.
  std::vector<int> read_mark(int printed) {
    if (printed == next_ || (printed < next_ && known(printed)) || !config_.split_adjacent_marks) {
      return {printed};
    }
    if (auto it = splits_.find(printed); it != splits_.end() && !it->second.empty()) {
      std::vector<int> parts = std::move(it->second.front());
      it->second.erase(it->second.begin());
      if (all_known(parts)) return parts;
    }
    const std::string digits = std::to_string(printed);
    auto is_note = [this](int n) { return known(n); };
    const std::optional<Reading> reading = read_digits(digits, 0, next_, false, is_note);
    if (reading && reading->parts.size() >= 2 && reading->new_notes > 0) {
      const bool all_new = reading->new_notes == static_cast<int>(reading->parts.size());
      if (all_new || !known(printed) || printed - next_ > config_.max_lost_notes) {
        return reading->parts;
      }
    }
    // A number that is no note may open past `next` after a lost mark, as new notes only.
    if (!known(printed)) {
      const std::optional<Reading> skipping = read_digits(digits, 0, next_, true, is_note);
      if (skipping && skipping->parts.size() >= 2 &&
          skipping->new_notes == static_cast<int>(skipping->parts.size())) {
        return skipping->parts;
      }
    }
    return {printed};
  }

  // Most containers hold no mark and nearly every mark reads as one note: a mark is renumbered
  // in place, and only one read as several notes (or none) is replaced by its marks.
  void relink(Inlines& inlines) {
    size_t at = 0;
    while (at < inlines.size()) {
      if (inlines[at].kind != InlineKind::kFootnoteRef) {
        ++at;
        continue;
      }
      const int printed = inlines[at].footnote;
      const std::vector<int> marks = read_mark(printed);
      if (marks.size() > 1) {
        std::string list;
        for (size_t i = 0; i < marks.size(); ++i) {
          list += (i == 0 ? "" : i + 1 == marks.size() ? " and " : ", ") + std::to_string(marks[i]);
        }
        diag_.info("footnote-marks-split",
                   "mark " + std::to_string(printed) + " read as marks " + list, page(),
                   block_ref());
      }
      for (int n : marks) cite(n);
      if (marks.size() == 1) {
        inlines[at].footnote = marks.front();
        ++at;
        continue;
      }
      std::vector<Inline> split(marks.size(), inlines[at]);
      for (size_t i = 0; i < marks.size(); ++i) split[i].footnote = marks[i];
      const auto place = inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(at));
      inlines.insert(place, split.begin(), split.end());
      at += split.size();
    }
  }

  // Step 4 for one mark.
  void cite(int n) {
    if (n > next_) {
      diag_.warn("footnote-mark-out-of-sequence",
                 "mark " + std::to_string(n) +
                     (next_ == 1 ? " is the first mark" : " follows mark " + std::to_string(next_ - 1)),
                 page(), block_ref());
    }
    marked_.insert(n);
    auto it = index_.find(n);
    if (it != index_.end()) next_ = std::max(next_, n + 1);
    if (it == index_.end()) {
      diag_.warn("orphan-footnote-mark", "mark " + std::to_string(n) + " has no footnote", page(),
                 block_ref());
      return;
    }
    std::vector<std::string>& cited_by = doc_.footnotes[it->second].cited_by;
    const std::string ref = block_ref();
    if (!ref.empty() && std::find(cited_by.begin(), cited_by.end(), ref) == cited_by.end()) {
      cited_by.push_back(ref);
    }
  }

  Doc& doc_;
  MarkSplits splits_;
  const FootnotesConfig& config_;
  Diagnostics& diag_;
  std::unordered_map<int, size_t> index_;
  std::set<int> marked_;
  Block* block_ = nullptr;
  int next_ = 1;
};

}  // namespace

void link_marks(Doc& doc, MarkSplits splits, const FootnotesConfig& config, Diagnostics& diag) {
  MarkLinker(doc, std::move(splits), config, diag).run();
}

}  // namespace coi
