#pragma once
// One case folder end to end: files → pages → OCR → documents → verdict.
// The Auditor owns what is expensive to make (the worker pool with its
// engines, the lexicon, the OCR cache) so a batch reuses it across cases.

#include "audit/thumbnail.hpp"
#include "audit/worker_pool.hpp"
#include "core/case_report.hpp"
#include "dossier/lexicon.hpp"
#include "extract/extractor.hpp"
#include "extract/lexicon.hpp"
#include "image/prepare.hpp"
#include "load/load_file.hpp"
#include "ocr/cache.hpp"
#include "ocr/engine.hpp"

#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>

namespace presencia::audit {

enum class UseCache { yes, no };
// Page pictures for the HTML report: a little time and memory per page.
enum class Thumbnails { yes, no };

enum class FindCodes { yes, no };

struct AuditOptions {
    unsigned jobs = 0; // worker threads, 0: one per core
    UseCache use_cache = UseCache::yes;
    std::filesystem::path cache_path; // empty: ocr::Cache::default_path()
    load::LoadOptions load;
    image::PrepareOptions prepare;
    ocr::EngineOptions engine;
    float unreadable_confidence = 0.35f; // OCR confidence under which a page is illegible
    Thumbnails thumbnails = Thumbnails::no;
    // Measuring only (audit --no-codes): what OCR alone reads, codes ignored.
    FindCodes find_codes = FindCodes::yes;
    int preview_dpi =
        72; // text-layer PDF pages have no image: rendered at this dpi for the thumbnail
};

// Shared by a batch with the audits it runs: counters it shows as progress
// (any thread may read them) and a stop flag it sets on Ctrl-C.
struct AuditControl {
    std::atomic<size_t> pages_found{0}; // pages loaded, over every audit
    std::atomic<size_t> pages_read{0};  // pages whose text is known (OCR, cache or text layer)
    std::atomic<bool> stop{false};      // set: pages not read yet are skipped, audit() fails
};

class Auditor {
  public:
    // Fails when the models cannot be read. A cache that cannot be opened is
    // not fatal: the audit runs without it and says so in warnings().
    [[nodiscard]] static core::Result<std::unique_ptr<Auditor>>
    create(const std::filesystem::path& models_dir, const AuditOptions& options);

    // Audits the case folder. Fails only when the folder cannot be listed,
    // no OCR engine can start or `control->stop` was set (code
    // interrupted); a bad file is a flagged document instead. Several
    // threads may audit at once: their pages share the worker pool.
    [[nodiscard]] core::Result<core::CaseReport> audit(const std::filesystem::path& case_dir,
                                                       const core::CaseInfo& info,
                                                       const core::Profile& profile,
                                                       AuditControl* control = nullptr);

    const std::vector<std::string>& warnings() const { return m_warnings; }
    // The words and name-matching model documents are read with.
    const extract::Lexicon& lexicon() const { return m_lexicon; }

  private:
    Auditor(extract::Lexicon lexicon, dossier::Lexicon dossier_words, const AuditOptions& options);
    // What reading one page cost its worker, pass by pass (CPU seconds),
    // written out when PRESENCIA_PAGE_TIMES names a file.
    struct PageCost {
        bool read_now = false; // false: from the cache or a text layer
        double decode = 0.0, prepare = 0.0, quality = 0.0, codes = 0.0, thumbnail = 0.0;
        ocr::ReadCost ocr;
        double megapixels = 0.0; // of the decoded page
        double total() const {
            return decode + prepare + ocr.total() + quality + codes + thumbnail;
        }
    };
    // What one page gives the audit: its text and, if asked, its picture.
    struct PageReading {
        core::Result<core::OcrText> text;
        Thumbnail thumbnail;
        PageCost cost;
    };
    // The page's text: its PDF text layer, the OCR cache, or OCR now; and
    // its thumbnail from the cache or made now. The pixels are decoded only
    // when something is not in the cache.
    PageReading read_page(core::Page& page, LazyEngine& engine, Thumbnails thumbnails);
    std::vector<core::Document> read_file(const load::CaseFile& file,
                                          const std::vector<core::Page>& pages,
                                          const std::vector<core::Result<core::OcrText>>& texts,
                                          const extract::Extractor& extractor) const;

    extract::Lexicon m_lexicon;
    dossier::Lexicon m_dossier_words; // RULES.md, the dossier
    AuditOptions m_options;
    std::optional<ocr::Cache> m_cache;
    std::unique_ptr<WorkerPool> m_pool;
    std::vector<std::string> m_warnings;
};

} // namespace presencia::audit
