// Paragraph alignment: which paragraph of the new version is which paragraph of the old one.
//
// Paragraph numbers cannot be trusted (an insertion renumbers everything after it in its
// subsection), so units are aligned by content, in passes from the cheapest and surest to the
// most tentative, each over what the earlier passes left unmatched. No pass compares all pairs.
//
//   1. Exact: units whose token sequences hash equal (footnote marks already replaced by what
//      they cite, so renumbered footnotes do not matter). Hashes seen once on each side pair at
//      once; repeated texts ("See also ...") pair by the position their matched neighbours
//      predict.
//   2. Candidates: an inverted index over the rarer words of the unmatched new units. Each
//      unmatched old unit looks up its `rare_words_per_paragraph` rarest words, keeps the
//      `candidates_per_paragraph` new units sharing most of them and scores those by Dice over
//      word multisets. Pairs at or above `min_similarity` are taken best first, anywhere in the
//      note: this finds modified and moved paragraphs.
//   3. Splits and merges: a matched pair (old P, new A) grows by an unmatched neighbour B of A
//      when Dice(P, A+B) beats Dice(P, A) by `split_min_gain` (up to `max_split_parts`); the
//      same on the old side gives merges. A paragraph cut in two halves matches the bigger half
//      in pass 2 and takes the other here.
//   4. Gaps: the matched pairs in order (a longest increasing subsequence of new positions) are
//      anchors; between two anchors the leftovers of both sides are aligned by dynamic
//      programming, pairing those with Dice >= `gap_min_similarity` (a heavily rewritten
//      paragraph that stayed in place). Gaps larger than `max_gap_cells` are skipped.
//   5. Classes: unmatched old units are deleted, unmatched new ones inserted; groups with two or
//      more units on one side are splits or merges; a 1:1 pair has moved when its section (the
//      nearest heading both versions share) differs or it is outside the ordered anchors,
//      else it is modified when its tokens differ, renumbered when only its number does.
//
// Example: old 6.5.1 "A ...", 6.5.2 "B ..."; new 6.5.1 "B ..." (A deleted). Pass 1 pairs the
// two Bs (same hash); A stays unmatched -> deleted; B's number differs -> renumbered.
#include "diff/align.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "diff/word_diff.h"

namespace coi::diff_internal {

namespace {

struct Group {
  std::vector<int> olds, news;
  double sim = 1;
};

class Aligner {
 public:
  Aligner(const Side& a, const Side& b, const DiffConfig& config)
      : a_(a),
        b_(b),
        config_(config),
        old_group_(a.units->size(), -1),
        new_group_(b.units->size(), -1) {}

  std::vector<Group> run() {
    match_exact();
    match_candidates();
    grow_splits_and_merges();
    match_gaps();
    return std::move(groups_);
  }

 private:
  int n_old() const { return static_cast<int>(old_group_.size()); }
  int n_new() const { return static_cast<int>(new_group_.size()); }
  const UnitText& old_text(int i) const { return (*a_.texts)[i]; }
  const UnitText& new_text(int j) const { return (*b_.texts)[j]; }

  void pair(int i, int j, double sim) {
    old_group_[i] = new_group_[j] = static_cast<int>(groups_.size());
    groups_.push_back(Group{{i}, {j}, sim});
  }

  // Where each old unit should land, judging by the nearest unit before it matched so far.
  std::vector<int> expected_positions() const {
    std::vector<int> out(old_group_.size());
    int last_old = -1, last_new = -1;
    for (int i = 0; i < n_old(); ++i) {
      out[i] = last_old < 0 ? i : last_new + (i - last_old);
      if (old_group_[i] >= 0) last_old = i, last_new = groups_[old_group_[i]].news.back();
    }
    return out;
  }

  void match_exact() {
    std::unordered_map<uint64_t, std::pair<std::vector<int>, std::vector<int>>> by_hash;
    for (int i = 0; i < n_old(); ++i) by_hash[old_text(i).hash].first.push_back(i);
    for (int j = 0; j < n_new(); ++j) by_hash[new_text(j).hash].second.push_back(j);
    std::vector<const std::pair<std::vector<int>, std::vector<int>>*> repeated;
    for (const auto& [hash, sides] : by_hash) {
      if (sides.first.empty() || sides.second.empty()) continue;
      if (sides.first.size() == 1 && sides.second.size() == 1) {
        pair(sides.first[0], sides.second[0], 1);
      } else {
        repeated.push_back(&sides);
      }
    }
    std::sort(repeated.begin(), repeated.end(),
              [](const auto* x, const auto* y) { return x->first[0] < y->first[0]; });
    // Closest to where the matched neighbours predict, best pairs first.
    const std::vector<int> expected = expected_positions();
    for (const auto* sides : repeated) {
      std::vector<std::tuple<int, int, int>> costs;  // distance, old, new
      for (int i : sides->first) {
        const int want = expected[i];
        for (int j : sides->second) costs.emplace_back(std::abs(j - want), i, j);
      }
      std::sort(costs.begin(), costs.end());
      for (const auto& [distance, i, j] : costs) {
        if (old_group_[i] < 0 && new_group_[j] < 0) pair(i, j, 1);
      }
    }
  }

  void match_candidates() {
    int max_id = 0;
    for (const UnitText& t : *a_.texts)
      for (int id : t.bag) max_id = std::max(max_id, id);
    for (const UnitText& t : *b_.texts)
      for (int id : t.bag) max_id = std::max(max_id, id);
    std::vector<int> df(max_id + 1, 0);
    auto count_df = [&](const UnitText& t) {
      for (size_t k = 0; k < t.bag.size(); ++k) df[t.bag[k]] += k == 0 || t.bag[k] != t.bag[k - 1];
    };
    for (const UnitText& t : *a_.texts) count_df(t);
    for (const UnitText& t : *b_.texts) count_df(t);
    std::vector<std::vector<int>> postings(max_id + 1);
    for (int j = 0; j < n_new(); ++j) {
      if (new_group_[j] >= 0) continue;
      const std::vector<int>& bag = new_text(j).bag;
      for (size_t k = 0; k < bag.size(); ++k) {
        if ((k == 0 || bag[k] != bag[k - 1]) && df[bag[k]] <= config_.max_word_paragraphs) {
          postings[bag[k]].push_back(j);
        }
      }
    }
    std::vector<std::tuple<double, int, int, int>> found;  // -sim, distance, old, new
    std::vector<int> shared(n_new(), 0);
    for (int i = 0; i < n_old(); ++i) {
      if (old_group_[i] >= 0) continue;
      std::vector<int> rare(old_text(i).bag);
      rare.erase(std::unique(rare.begin(), rare.end()), rare.end());
      std::stable_sort(rare.begin(), rare.end(), [&](int x, int y) { return df[x] < df[y]; });
      if (static_cast<int>(rare.size()) > config_.rare_words_per_paragraph) {
        rare.resize(config_.rare_words_per_paragraph);
      }
      std::vector<int> touched;
      for (int id : rare) {
        for (int j : postings[id]) {
          if (shared[j]++ == 0) touched.push_back(j);
        }
      }
      std::sort(touched.begin(), touched.end(), [&](int x, int y) {
        return shared[x] != shared[y] ? shared[x] > shared[y] : x < y;
      });
      for (size_t k = 0; k < touched.size(); ++k) {
        const int j = touched[k];
        if (static_cast<int>(k) < config_.candidates_per_paragraph) {
          const double sim = dice(old_text(i).bag, new_text(j).bag);
          if (sim >= config_.min_similarity) found.emplace_back(-sim, std::abs(i - j), i, j);
        }
        shared[j] = 0;
      }
    }
    std::sort(found.begin(), found.end());
    for (const auto& [neg_sim, distance, i, j] : found) {
      if (old_group_[i] < 0 && new_group_[j] < 0) pair(i, j, -neg_sim);
    }
  }

  // Grows `g` on one side by unmatched neighbours while that raises its similarity.
  void grow(int g, bool on_new_side) {
    for (;;) {
      Group& group = groups_[g];
      std::vector<int>& members = on_new_side ? group.news : group.olds;
      std::vector<int>& owner = on_new_side ? new_group_ : old_group_;
      if (static_cast<int>(members.size()) >= config_.max_split_parts) return;
      const int fixed = on_new_side ? group.olds[0] : group.news[0];
      const std::vector<int>& target = on_new_side ? old_text(fixed).bag : new_text(fixed).bag;
      std::vector<int> bag;
      for (int m : members) bag = bag_union(bag, on_new_side ? new_text(m).bag : old_text(m).bag);
      double best_sim = group.sim + config_.split_min_gain;
      int best = -1;
      for (int c : {members.front() - 1, members.back() + 1}) {
        if (c < 0 || c >= static_cast<int>(owner.size()) || owner[c] >= 0) continue;
        const double sim =
            dice(target, bag_union(bag, on_new_side ? new_text(c).bag : old_text(c).bag));
        if (sim >= best_sim) best_sim = sim, best = c;
      }
      if (best < 0) return;
      members.insert(best < members.front() ? members.begin() : members.end(), best);
      owner[best] = g;
      group.sim = best_sim;
    }
  }

  void grow_splits_and_merges() {
    for (int g = 0; g < static_cast<int>(groups_.size()); ++g) {
      if (groups_[g].sim >= 1) continue;
      grow(g, /*on_new_side=*/true);
      if (groups_[g].news.size() == 1) grow(g, /*on_new_side=*/false);
    }
  }

  void match_gaps() {
    std::vector<std::pair<int, int>> anchors{{-1, -1}};
    for (int g : ordered_groups(groups_))
      anchors.emplace_back(groups_[g].olds[0], groups_[g].news[0]);
    anchors.emplace_back(n_old(), n_new());
    for (size_t k = 0; k + 1 < anchors.size(); ++k) {
      std::vector<int> olds, news;
      for (int i = anchors[k].first + 1; i < anchors[k + 1].first; ++i) {
        if (old_group_[i] < 0) olds.push_back(i);
      }
      for (int j = anchors[k].second + 1; j < anchors[k + 1].second; ++j) {
        if (new_group_[j] < 0) news.push_back(j);
      }
      if (olds.empty() || news.empty()) continue;
      if (static_cast<double>(olds.size()) * static_cast<double>(news.size()) >
          config_.max_gap_cells) {
        continue;
      }
      align_gap(olds, news);
    }
  }

  // Order-preserving pairing of a gap's leftovers maximising the summed similarity.
  void align_gap(const std::vector<int>& olds, const std::vector<int>& news) {
    const size_t n = olds.size(), m = news.size();
    std::vector<double> sim(n * m), best((n + 1) * (m + 1), 0);
    for (size_t x = 0; x < n; ++x) {
      for (size_t y = 0; y < m; ++y) {
        const double s = dice(old_text(olds[x]).bag, new_text(news[y]).bag);
        sim[x * m + y] = s >= config_.gap_min_similarity ? s : 0;
      }
    }
    auto at = [&](size_t x, size_t y) -> double& { return best[x * (m + 1) + y]; };
    for (size_t x = n; x-- > 0;) {
      for (size_t y = m; y-- > 0;) {
        const double take = sim[x * m + y] > 0 ? sim[x * m + y] + at(x + 1, y + 1) : 0;
        at(x, y) = std::max({take, at(x + 1, y), at(x, y + 1)});
      }
    }
    size_t x = 0, y = 0;
    while (x < n && y < m) {
      const double s = sim[x * m + y];
      if (s > 0 && at(x, y) == s + at(x + 1, y + 1)) {
        pair(olds[x++], news[y++], s);
      } else if (at(x, y) == at(x + 1, y)) {
        ++x;
      } else {
        ++y;
      }
    }
  }

 public:
  // Groups (with both sides) forming the longest run in the same order in both versions.
  static std::vector<int> ordered_groups(const std::vector<Group>& groups) {
    std::vector<int> by_old;
    for (int g = 0; g < static_cast<int>(groups.size()); ++g) {
      if (!groups[g].olds.empty() && !groups[g].news.empty()) by_old.push_back(g);
    }
    std::sort(by_old.begin(), by_old.end(),
              [&](int x, int y) { return groups[x].olds[0] < groups[y].olds[0]; });
    // Patience-style LIS over the new positions, O(n log n).
    std::vector<int> tails, prev(by_old.size(), -1), tail_at;
    for (size_t k = 0; k < by_old.size(); ++k) {
      const int v = groups[by_old[k]].news[0];
      auto it = std::lower_bound(tails.begin(), tails.end(), v);
      const size_t pos = static_cast<size_t>(it - tails.begin());
      if (it == tails.end())
        tails.push_back(v), tail_at.push_back(static_cast<int>(k));
      else
        *it = v, tail_at[pos] = static_cast<int>(k);
      prev[k] = pos > 0 ? tail_at[pos - 1] : -1;
    }
    std::vector<int> chain;
    for (int k = tail_at.empty() ? -1 : tail_at.back(); k >= 0; k = prev[k])
      chain.push_back(by_old[k]);
    std::reverse(chain.begin(), chain.end());
    return chain;
  }

 private:
  const Side& a_;
  const Side& b_;
  const DiffConfig& config_;
  std::vector<int> old_group_, new_group_;
  std::vector<Group> groups_;
};

std::vector<Token> joined_tokens(const std::vector<UnitText>& texts, const std::vector<int>& ids) {
  std::vector<Token> out;
  for (int id : ids) {
    const std::vector<Token>& tokens = texts[id].tokens;
    out.insert(out.end(), tokens.begin(), tokens.end());
    if (out.size() > tokens.size()) out[out.size() - tokens.size()].space_before = true;
  }
  return out;
}

std::vector<std::string> cites_of(const std::vector<DiffUnit>& units, const std::vector<int>& ids) {
  std::vector<std::string> out;
  for (int id : ids) out.insert(out.end(), units[id].cites.begin(), units[id].cites.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::pair<std::string, std::string>> links_of(const std::vector<DiffUnit>& units,
                                                          const std::vector<int>& ids) {
  std::vector<std::pair<std::string, std::string>> out;
  for (int id : ids) out.insert(out.end(), units[id].links.begin(), units[id].links.end());
  return out;
}

// Links pair by their printed text, in order: a pair whose URL differs changed; a link of one
// side that the other lacks appeared or went (its text change, if any, is in the word diff).
std::vector<LinkChange> link_changes(const std::vector<std::pair<std::string, std::string>>& was,
                                     const std::vector<std::pair<std::string, std::string>>& now) {
  std::vector<LinkChange> out;
  size_t j = 0;
  for (const auto& [text, url] : was) {
    size_t k = j;
    while (k < now.size() && now[k].first != text) ++k;
    if (k == now.size()) {
      out.push_back(LinkChange{text, url, ""});
      continue;
    }
    for (; j < k; ++j) out.push_back(LinkChange{now[j].first, "", now[j].second});
    if (now[k].second != url) out.push_back(LinkChange{text, url, now[k].second});
    j = k + 1;
  }
  for (; j < now.size(); ++j) out.push_back(LinkChange{now[j].first, "", now[j].second});
  return out;
}

ParagraphChange classify(const Group& g, bool in_order, const Side& a, const Side& b,
                         const DiffConfig& config) {
  ParagraphChange c;
  c.old_units = g.olds;
  c.new_units = g.news;
  c.similarity = g.sim;
  if (g.olds.empty() || g.news.empty()) {
    c.change = g.olds.empty() ? Change::kInserted : Change::kDeleted;
    c.text_changed = true;
    (g.olds.empty() ? c.cites_added : c.cites_removed) =
        g.olds.empty() ? cites_of(*b.units, g.news) : cites_of(*a.units, g.olds);
    return c;
  }
  const bool one_to_one = g.olds.size() == 1 && g.news.size() == 1;
  std::vector<Token> old_tokens, new_tokens;
  if (one_to_one) {
    c.text_changed = (*a.texts)[g.olds[0]].hash != (*b.texts)[g.news[0]].hash;
  }
  if (!one_to_one || c.text_changed) {
    old_tokens = joined_tokens(*a.texts, g.olds);
    new_tokens = joined_tokens(*b.texts, g.news);
    c.text_changed =
        !std::equal(old_tokens.begin(), old_tokens.end(), new_tokens.begin(), new_tokens.end(),
                    [](const Token& x, const Token& y) { return x.id == y.id; });
  }
  c.links = link_changes(links_of(*a.units, g.olds), links_of(*b.units, g.news));
  c.renumbered = (*a.units)[g.olds[0]].number != (*b.units)[g.news[0]].number;
  const bool moved = !in_order || a.sections[g.olds[0]] != b.sections[g.news[0]];
  if (g.news.size() > 1)
    c.change = Change::kSplit;
  else if (g.olds.size() > 1)
    c.change = Change::kMerged;
  else if (moved)
    c.change = Change::kMoved;
  else if (c.text_changed || !c.links.empty())
    c.change = Change::kModified;
  else if (c.renumbered)
    c.change = Change::kRenumbered;
  if (c.text_changed) {
    c.words = word_diff(old_tokens, new_tokens, config.max_word_cells);
    const std::vector<std::string> was = cites_of(*a.units, g.olds);
    const std::vector<std::string> now = cites_of(*b.units, g.news);
    std::set_difference(now.begin(), now.end(), was.begin(), was.end(),
                        std::back_inserter(c.cites_added));
    std::set_difference(was.begin(), was.end(), now.begin(), now.end(),
                        std::back_inserter(c.cites_removed));
  }
  return c;
}

}  // namespace

std::vector<ParagraphChange> align_paragraphs(const Side& old_side, const Side& new_side,
                                              const DiffConfig& config) {
  std::vector<Group> groups = Aligner(old_side, new_side, config).run();
  std::vector<bool> in_order(groups.size(), false);
  for (int g : Aligner::ordered_groups(groups)) in_order[g] = true;
  // Leftovers become insertions and deletions.
  std::vector<bool> old_seen(old_side.units->size()), new_seen(new_side.units->size());
  for (const Group& g : groups) {
    for (int i : g.olds) old_seen[i] = true;
    for (int j : g.news) new_seen[j] = true;
  }
  for (size_t i = 0; i < old_seen.size(); ++i) {
    if (!old_seen[i]) groups.push_back(Group{{static_cast<int>(i)}, {}, 0});
  }
  for (size_t j = 0; j < new_seen.size(); ++j) {
    if (!new_seen[j]) groups.push_back(Group{{}, {static_cast<int>(j)}, 0});
  }
  in_order.resize(groups.size(), false);
  // New-document order; a deletion sorts just after the group of the old unit before it.
  std::vector<double> place_of_old(old_side.units->size(), -0.5);
  for (const Group& g : groups) {
    for (int i : g.olds)
      if (!g.news.empty()) place_of_old[i] = g.news.back();
  }
  std::vector<std::pair<std::pair<double, int>, int>> order;
  for (int g = 0; g < static_cast<int>(groups.size()); ++g) {
    const Group& group = groups[g];
    double place = group.news.empty() ? -0.5 : group.news[0];
    if (group.news.empty()) {
      for (int i = group.olds[0] - 1; i >= 0; --i) {
        if (place_of_old[i] >= 0) {
          place = place_of_old[i] + 0.5;
          break;
        }
      }
    }
    order.push_back({{place, group.olds.empty() ? 0 : group.olds[0]}, g});
  }
  std::sort(order.begin(), order.end());
  std::vector<ParagraphChange> out;
  out.reserve(order.size());
  for (const auto& entry : order) {
    out.push_back(
        classify(groups[entry.second], in_order[entry.second], old_side, new_side, config));
  }
  return out;
}

}  // namespace coi::diff_internal
