// The fuzz harnesses (fuzz/harnesses.cc) in the regular test run: every input saved under
// tests/data/fuzz/<harness>/ (crashes the fuzzer once found, kept as regression inputs) replays
// without a crash or a broken invariant, and each generator reaches the code it is meant to fuzz.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "cli/config.h"
#include "diff/diff.h"
#include "fuzz/harnesses.h"
#include "fuzz/synthetic_note.h"
#include "fuzz/synthetic_pages.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

namespace fs = std::filesystem;

std::vector<uint8_t> read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// `count` inputs of random bytes, the same on every run.
std::vector<std::vector<uint8_t>> random_inputs(int count) {
  std::mt19937 rng(20261127);
  std::vector<std::vector<uint8_t>> inputs;
  for (int i = 0; i < count; ++i) {
    std::vector<uint8_t> bytes(64 + rng() % 2048);
    for (uint8_t& b : bytes) b = static_cast<uint8_t>(rng());
    inputs.push_back(std::move(bytes));
  }
  return inputs;
}

TEST(FuzzHarnesses, EverySavedInputReplaysCleanly) {
  int replayed = 0;
  for (const fuzz::Harness& harness : fuzz::harnesses()) {
    const fs::path dir = fs::path(testing::source_path("tests/data/fuzz")) / harness.name;
    if (!fs::is_directory(dir)) continue;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
      SCOPED_TRACE(entry.path().string());
      const std::vector<uint8_t> bytes = read_bytes(entry.path());
      harness.run(bytes.data(), bytes.size());
      ++replayed;
    }
  }
  EXPECT_GT(replayed, 0);
}

TEST(FuzzHarnesses, EveryHarnessTakesRandomAndEmptyInput) {
  const std::vector<std::vector<uint8_t>> inputs = random_inputs(20);
  for (const fuzz::Harness& harness : fuzz::harnesses()) {
    SCOPED_TRACE(harness.name);
    harness.run(nullptr, 0);
    for (const std::vector<uint8_t>& bytes : inputs) harness.run(bytes.data(), bytes.size());
  }
}

TEST(FuzzGenerators, FlowingPagesReachTheFootnoteParser) {
  int with_footnotes = 0;
  for (const std::vector<uint8_t>& bytes : random_inputs(30)) {
    fuzz::ByteReader in(bytes.data(), bytes.size());
    if (!fuzz::run_stages(fuzz::flowing_pages(in), {"layout", "tables", "segment", "footnotes"}).footnotes.empty()) {
      ++with_footnotes;
    }
  }
  EXPECT_GE(with_footnotes, 5);
}

TEST(FuzzGenerators, TablePagesReachTheTableFinder) {
  int with_tables = 0;
  for (const std::vector<uint8_t>& bytes : random_inputs(30)) {
    fuzz::ByteReader in(bytes.data(), bytes.size());
    const Doc doc = fuzz::run_stages(fuzz::table_pages(in), {"layout", "tables"});
    for (const Block& b : doc.blocks) with_tables += b.kind == BlockKind::kTable;
  }
  EXPECT_GE(with_tables, 10);
}

TEST(FuzzGenerators, SyntheticNotesHaveSourcesThatFootnotesResolveTo) {
  int sources = 0, resolved = 0;
  for (const std::vector<uint8_t>& bytes : random_inputs(30)) {
    fuzz::ByteReader in(bytes.data(), bytes.size());
    const Doc doc = fuzz::run_stages(fuzz::synthetic_note(in), {"bibliography", "resolve"});
    sources += static_cast<int>(doc.sources.size());
    for (const Footnote& note : doc.footnotes) resolved += !note.source_id.empty();
  }
  EXPECT_GE(sources, 30);
  EXPECT_GE(resolved, 10);
}

TEST(FuzzGenerators, EditedVersionsMostlyDiffer) {
  static const Config config = default_config().value();
  int differ = 0;
  for (const std::vector<uint8_t>& bytes : random_inputs(30)) {
    const auto [old_note, new_note] = fuzz::note_versions(bytes.data(), bytes.size());
    differ += !diff_docs(old_note, new_note, config.diff).same();
    EXPECT_TRUE(diff_docs(old_note, old_note, config.diff).same());
  }
  EXPECT_GE(differ, 10);
}

}  // namespace
}  // namespace coi
