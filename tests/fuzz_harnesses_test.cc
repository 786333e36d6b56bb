// The fuzz harnesses (fuzz/harnesses.cc) in the regular test run: every harness keeps at least
// one input under tests/data/fuzz/<harness>/ (seeds, and crashes the fuzzer once found), every
// one replays without a crash or a broken invariant, and each generator and seed reaches the code
// it is meant to fuzz.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
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
#include "pipeline/runner.h"
#include "stages/stage_list.h"
#include "tests/support/paths.h"
#include "tests/support/scratch_dir.h"

namespace coi {
namespace {

namespace fs = std::filesystem;

std::vector<uint8_t> read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The saved inputs of harness `name` (tests/data/fuzz/<name>/), in name order.
std::vector<fs::path> saved_inputs(const std::string& name) {
  const fs::path dir = fs::path(testing::source_path("tests/data/fuzz")) / name;
  std::vector<fs::path> paths;
  if (fs::is_directory(dir)) {
    for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
      paths.push_back(entry.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
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

// `count` damaged copies of the saved PDFs, the same on every run: random bytes never pass the
// "%PDF-" header check, these keep the header and so reach Poppler and the stages. Each copy has
// a few bytes overwritten past the header, and every third is also cut short.
std::vector<std::vector<uint8_t>> mutated_pdfs(int count) {
  constexpr size_t kHeader = 16;
  std::vector<std::vector<uint8_t>> seeds;
  for (const fs::path& path : saved_inputs("pdf")) seeds.push_back(read_bytes(path));
  std::mt19937 rng(20261205);
  std::vector<std::vector<uint8_t>> inputs;
  for (int i = 0; i < count && !seeds.empty(); ++i) {
    std::vector<uint8_t> bytes = seeds[i % seeds.size()];
    const int changes = 1 + static_cast<int>(rng() % 8);
    for (int c = 0; c < changes; ++c) {
      bytes[kHeader + rng() % (bytes.size() - kHeader)] = static_cast<uint8_t>(rng());
    }
    if (i % 3 == 2) bytes.resize(kHeader + rng() % (bytes.size() - kHeader));
    inputs.push_back(std::move(bytes));
  }
  return inputs;
}

// What a harness is fed besides its saved inputs: random bytes, or damaged PDFs for `pdf`.
std::vector<std::vector<uint8_t>> generated_inputs(const std::string& harness, int count) {
  return harness == "pdf" ? mutated_pdfs(count) : random_inputs(count);
}

TEST(FuzzHarnesses, EveryHarnessKeepsASavedInput) {
  for (const fuzz::Harness& harness : fuzz::harnesses()) {
    EXPECT_FALSE(saved_inputs(harness.name).empty()) << "tests/data/fuzz/" << harness.name;
  }
}

// The config fuzzer starts from the configuration coi ships, so its seed is config/coi.toml as it
// is now: a key added there and not here would never be mutated.
TEST(FuzzSavedInputs, ConfigSeedIsTheShippedConfig) {
  EXPECT_EQ(read_bytes(testing::source_path("tests/data/fuzz/config/shipped.toml")),
            read_bytes(testing::source_path("config/coi.toml")))
      << "copy config/coi.toml to tests/data/fuzz/config/shipped.toml";
}

TEST(FuzzHarnesses, EverySavedInputReplaysCleanly) {
  for (const fuzz::Harness& harness : fuzz::harnesses()) {
    for (const fs::path& path : saved_inputs(harness.name)) {
      SCOPED_TRACE(path.string());
      const std::vector<uint8_t> bytes = read_bytes(path);
      harness.run(bytes.data(), bytes.size());
    }
  }
}

TEST(FuzzHarnesses, EveryHarnessTakesGeneratedAndEmptyInput) {
  for (const fuzz::Harness& harness : fuzz::harnesses()) {
    SCOPED_TRACE(harness.name);
    harness.run(nullptr, 0);
    for (const std::vector<uint8_t>& bytes : generated_inputs(harness.name, 20)) {
      harness.run(bytes.data(), bytes.size());
    }
  }
}

// The pdf harness writes its input to a file; it must not leave it behind.
TEST(FuzzHarnesses, PdfHarnessLeavesNoFile) {
  const std::vector<uint8_t> bytes = read_bytes(saved_inputs("pdf").at(0));
  fuzz::find_harness("pdf")->run(bytes.data(), bytes.size());
  const fs::path file =
      fs::temp_directory_path() / ("coi-fuzz-" + std::to_string(::getpid()) + ".pdf");
  EXPECT_FALSE(fs::exists(file)) << file;
}

// The saved PDF is a small note that every stage has something to do with.
TEST(FuzzSavedInputs, SmallNoteConvertsThroughEveryStage) {
  static const Config config = default_config().value();
  Diagnostics diag;
  const Result<Doc> doc = convert_pdf(
      testing::source_path("tests/data/fuzz/pdf/small-note.pdf"), config, RunOptions{}, diag);
  ASSERT_TRUE(doc.is_ok()) << doc.status().to_string();
  int numbered = 0, tables = 0;
  for (const Block& b : doc.value().blocks) {
    numbered += b.kind == BlockKind::kParagraph && !b.number.empty();
    tables += b.kind == BlockKind::kTable;
  }
  EXPECT_EQ(doc.value().pages.size(), 2u);
  EXPECT_EQ(numbered, 3);
  EXPECT_EQ(tables, 1);
  ASSERT_EQ(doc.value().footnotes.size(), 1u);
  EXPECT_EQ(doc.value().sources.size(), 2u);
  EXPECT_FALSE(doc.value().footnotes[0].source_id.empty());
  EXPECT_EQ(doc.value().renderings.size(), 2u);
}

// Most damaged copies of it still get past extract, so the replay exercises the later stages.
TEST(FuzzGenerators, MutatedPdfsReachTheStages) {
  static const Config config = default_config().value();
  testing::ScratchDir scratch;
  const std::string path = scratch.file("mutated.pdf");
  int converted = 0;
  for (const std::vector<uint8_t>& bytes : mutated_pdfs(20)) {
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()),
               static_cast<std::streamsize>(bytes.size()));
    Diagnostics diag;
    converted += convert_pdf(path, config, RunOptions{}, diag).is_ok();
  }
  EXPECT_GE(converted, 10);
}

TEST(FuzzSavedInputs, FootnotesInputReachesTheFootnoteParser) {
  const std::vector<uint8_t> bytes = read_bytes(saved_inputs("footnotes").at(0));
  fuzz::ByteReader in(bytes.data(), bytes.size());
  const Doc doc =
      fuzz::run_stages(fuzz::flowing_pages(in), {"layout", "tables", "segment", "footnotes"});
  EXPECT_FALSE(doc.footnotes.empty());
}

TEST(FuzzSavedInputs, TablesInputReachesTheTableFinder) {
  const std::vector<uint8_t> bytes = read_bytes(saved_inputs("tables").at(0));
  fuzz::ByteReader in(bytes.data(), bytes.size());
  const Doc doc = fuzz::run_stages(fuzz::table_pages(in), {"layout", "tables"});
  EXPECT_TRUE(std::any_of(doc.blocks.begin(), doc.blocks.end(),
                          [](const Block& b) { return b.kind == BlockKind::kTable; }));
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
