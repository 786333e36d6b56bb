#include "diff/word_diff.h"

#include <cstdint>

namespace coi::diff_internal {

namespace {

// Appends `t` to the ops, opening a new run when the operation changes.
void emit(std::vector<WordOp>& ops, WordOp::Op op, const Token& t) {
  if (ops.empty() || ops.back().op != op) {
    WordOp run;
    run.op = op;
    run.space_before = t.space_before;
    run.text = t.text;
    ops.push_back(std::move(run));
    return;
  }
  if (t.space_before) ops.back().text += ' ';
  ops.back().text += t.text;
}

}  // namespace

std::vector<WordOp> word_diff(const std::vector<Token>& a, const std::vector<Token>& b,
                              int max_cells) {
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre].id == b[pre].id) ++pre;
  size_t suf = 0;
  while (suf < a.size() - pre && suf < b.size() - pre &&
         a[a.size() - 1 - suf].id == b[b.size() - 1 - suf].id) {
    ++suf;
  }
  std::vector<WordOp> ops;
  for (size_t k = 0; k < pre; ++k) emit(ops, WordOp::Op::kSame, b[k]);
  const size_t n = a.size() - pre - suf, m = b.size() - pre - suf;
  if (static_cast<double>(n) * static_cast<double>(m) > max_cells) {
    for (size_t x = 0; x < n; ++x) emit(ops, WordOp::Op::kDelete, a[pre + x]);
    for (size_t y = 0; y < m; ++y) emit(ops, WordOp::Op::kInsert, b[pre + y]);
  } else {
    // lcs[x][y]: length of the LCS of a's middle from x and b's middle from y.
    std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](size_t x, size_t y) -> uint32_t& { return lcs[x * (m + 1) + y]; };
    for (size_t x = n; x-- > 0;) {
      for (size_t y = m; y-- > 0;) {
        at(x, y) = a[pre + x].id == b[pre + y].id ? at(x + 1, y + 1) + 1
                                                  : std::max(at(x + 1, y), at(x, y + 1));
      }
    }
    size_t x = 0, y = 0;
    while (x < n || y < m) {
      if (x < n && y < m && a[pre + x].id == b[pre + y].id) {
        emit(ops, WordOp::Op::kSame, b[pre + y]);
        ++x, ++y;
      } else if (x < n && (y == m || at(x + 1, y) >= at(x, y + 1))) {
        emit(ops, WordOp::Op::kDelete, a[pre + x++]);
      } else {
        emit(ops, WordOp::Op::kInsert, b[pre + y++]);
      }
    }
  }
  for (size_t k = b.size() - suf; k < b.size(); ++k) emit(ops, WordOp::Op::kSame, b[k]);
  // A replacement reads "[-old-]{+new+}": the space before the new words is the old words'.
  for (size_t k = 1; k < ops.size(); ++k) {
    if (ops[k].op == WordOp::Op::kInsert && ops[k - 1].op == WordOp::Op::kDelete) {
      ops[k].space_before = ops[k].space_before && !ops[k - 1].space_before;
    }
  }
  return ops;
}

}  // namespace coi::diff_internal
