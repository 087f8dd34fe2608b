#pragma once
// What makes a batch resumable: for each case, a record of the inputs its
// reports were made from. A case whose record matches its folder today is
// done and skipped; anything else (new, changed, failed, interrupted) is
// audited again. The record is written after the reports, atomically, so a
// power cut between the two only costs a re-audit (from the OCR cache).

#include "batch/summary.hpp"
#include "core/result.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace presencia::batch {

struct CaseRecord {
    std::string fingerprint; // input_fingerprint() when the reports were written
    bool failed = false;     // the case could not be audited; tried again next run
    SummaryRow row;
};

// SHA-256 over `run_identity` (program version, models, options that change
// the report), case.json's bytes and every other entry of the case folder
// by name, type, size and modification time: adding, replacing or touching
// a document changes it. Fails when the folder or case.json cannot be read.
[[nodiscard]] core::Result<std::string> input_fingerprint(const std::filesystem::path& case_dir,
                                                          std::string_view run_identity);

// SHA-256 over the names and contents of every file under `dir` (models/),
// so that a lexicon or profile change re-audits every case.
std::string tree_hash(const std::filesystem::path& dir);

// The record stored at `path`; nullopt when there is none or it is damaged
// (the case is then simply audited again).
std::optional<CaseRecord> read_record(const std::filesystem::path& path);
[[nodiscard]] core::Status write_record(const std::filesystem::path& path,
                                        const CaseRecord& record);

} // namespace presencia::batch
