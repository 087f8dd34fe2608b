#include "audit/audit_case.hpp"

#include "audit/thumbnail.hpp"
#include "codes/find_codes.hpp"
#include "dossier/assess.hpp"
#include "extract/extractor.hpp"
#include "extract/mrz.hpp"
#include "household/household.hpp"
#include "load/case_folder.hpp"
#include "ocr/page_cost.hpp"
#include "rules/evaluate.hpp"
#include "rules/submission_dates.hpp"
#include "util/json_file.hpp"
#include "util/text.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <mutex>
#include <unistd.h>

namespace presencia::audit {

using ocr::timed;
namespace {

core::Flag flag_for(core::ErrorCode code) {
    switch (code) {
    case core::ErrorCode::encrypted_pdf:
        return core::Flag::encrypted_pdf;
    case core::ErrorCode::unsupported_file:
        return core::Flag::unsupported_file;
    case core::ErrorCode::corrupt_file:
        return core::Flag::corrupt_file;
    default:
        return core::Flag::unreadable; // too large, cannot be read, illegible
    }
}

core::Document problem_document(const std::string& file, int page, const core::Error& error) {
    core::Document doc;
    doc.file = file;
    doc.page = doc.last_page = std::max(1, page);
    doc.type = core::DocType::unknown;
    doc.add_flag(flag_for(error.code));
    doc.problem = error.detail;
    return doc;
}

size_t letters_in(const core::OcrText& text) {
    size_t n = 0;
    for (const auto& line : text.lines) {
        n += static_cast<size_t>(std::count_if(line.text.begin(), line.text.end(), [](char c) {
            return std::isalpha(static_cast<unsigned char>(c));
        }));
    }
    return n;
}

// Below these a poorly read page is said to be too dark, faint or blurred
// (image::assess_quality; edge widths measured on the rendered certificate:
// 1.0 sharp, 2.5 at a 3-pixel blur, where Tesseract starts losing words).
constexpr float k_dark_paper_level = 100.0f;
constexpr float k_faint_contrast = 60.0f;
constexpr float k_blurred_edge_width = 2.2f;

// Why a page that read poorly did: from how the page looks, when measured.
std::string illegible_reason(const core::PageQuality& quality) {
    if (!quality.measured()) {
        return "text could not be read reliably";
    }
    if (quality.paper_level < k_dark_paper_level) {
        return "page too dark";
    }
    if (quality.contrast < k_faint_contrast) {
        return "print too faint";
    }
    if (quality.edge_width > k_blurred_edge_width) {
        return "page too blurred";
    }
    return "text could not be read reliably";
}

constexpr size_t k_min_letters = 12; // fewer: a blank page, or nothing legible on it

bool reads_poorly(const core::OcrText& text, float min_confidence) {
    return letters_in(text) < k_min_letters ||
           (text.source == core::TextSource::ocr && text.mean_confidence < min_confidence);
}

// What the camera did wrong, when the page measures it: dark paper, or
// print blurred (only where there is print to blur: a blank page's faint
// texture measures as wide edges).
std::optional<std::string> photo_fault(const core::PageQuality& quality) {
    if (!quality.measured()) {
        return std::nullopt;
    }
    const bool dark = quality.paper_level < k_dark_paper_level;
    const bool blurred =
        quality.contrast >= k_faint_contrast && quality.edge_width > k_blurred_edge_width;
    if (dark && blurred) {
        return "page too dark and too blurred";
    }
    if (dark) {
        return "page too dark";
    }
    if (blurred) {
        return "page too blurred";
    }
    return std::nullopt;
}

// Blank, or read so poorly that nothing on it can be trusted. A page with
// no legible text that measures dark or blurred says so: "blank page" would
// send the volunteer looking for another document, when the remedy is to
// take the photo again.
std::optional<core::Error> illegible(const core::OcrText& text, float min_confidence) {
    const bool too_few_letters = letters_in(text) < k_min_letters;
    const bool poor_ocr =
        text.source == core::TextSource::ocr && text.mean_confidence < min_confidence;
    if (!too_few_letters && !poor_ocr) {
        return std::nullopt;
    }
    if (auto fault = photo_fault(text.quality)) {
        return core::Error{core::ErrorCode::unreadable, std::move(*fault), "", 0};
    }
    if (too_few_letters &&
        (!text.quality.measured() || text.quality.contrast >= k_faint_contrast)) {
        return core::Error{core::ErrorCode::unreadable, "blank page or no legible text", "", 0};
    }
    return core::Error{core::ErrorCode::unreadable, illegible_reason(text.quality), "", 0};
}

// Text-layer pages have no image: they are rendered at this dpi for the thumbnail.
int preview_dpi(const AuditOptions& options) {
    return options.load.preview_dpi > 0 ? options.load.preview_dpi : options.preview_dpi;
}

// A text-layer page's codes are looked for on a render at this dpi: a
// boarding pass's PDF417 (0.3-0.5 mm modules) and a padrón's QR decode
// there, at a quarter of the pixels of the 300 dpi an OCR'd scan gets.
constexpr int k_codes_dpi = 150;

// The dpi text-layer pages are rendered at, when they are: for the codes
// (once per page, see read_page), and the thumbnail made from that render.
int text_layer_render_dpi(const AuditOptions& options) {
    const int thumb = options.thumbnails == Thumbnails::yes ? preview_dpi(options) : 0;
    return options.find_codes == FindCodes::yes ? std::max(thumb, k_codes_dpi) : thumb;
}

// Each document gets the picture of its first page, found by file and page.
void attach_thumbnails(std::vector<core::Document>& documents,
                       const std::vector<load::CaseFile>& files,
                       const std::vector<std::vector<core::Page>>& pages,
                       std::vector<std::vector<Thumbnail>> thumbs) {
    for (core::Document& doc : documents) {
        for (size_t i = 0; i < files.size(); ++i) {
            for (size_t p = 0; files[i].name == doc.file && p < pages[i].size(); ++p) {
                if (pages[i][p].page_no == doc.page && !thumbs[i][p].jpeg.empty()) {
                    attach(doc, thumbs[i][p]);
                    thumbs[i][p] = Thumbnail{}; // each page's bytes are held once
                }
            }
        }
    }
}

// No one applies on their own papers younger than this: a "birth" read in
// the last years is a label whose value OCR lost, over a visit's date
// ("Fecha de nacimiento _ 08/01/1 976" above "Llegada 09/04/2026").
constexpr int k_youngest_applicant_years = 14;

// The birth date labelled as such on the applicant's own documents, when
// they agree on one; none when they disagree (a misread digit) or say none.
std::optional<core::Date> labelled_birth_date(const std::vector<core::Document>& documents,
                                              core::Date submission) {
    std::optional<core::Date> found;
    for (const core::Document& d : documents) {
        if (!d.holder_is_applicant) {
            continue;
        }
        for (const core::DateMention& m : d.dates) {
            if (m.role != core::DateRole::birth ||
                m.date.year() > submission.year() - k_youngest_applicant_years) {
                continue;
            }
            if (found && *found != m.date) {
                return std::nullopt;
            }
            found = m.date;
        }
    }
    return found;
}

// The first machine-readable zone whose check digits hold, else the first
// found, with the page it is on.
std::optional<core::Identity>
find_identity(const std::vector<load::CaseFile>& files,
              const std::vector<std::vector<core::Page>>& pages,
              const std::vector<std::vector<core::Result<core::OcrText>>>& texts,
              const core::CaseInfo& info) {
    // A passport's zone (TD3) before an ID card's (TD1): the dossier asks
    // for the passport, and a card's zone that holds must not stand in for
    // a passport's that fails. Then zones whose check digits hold first.
    std::optional<core::Identity> found;
    int found_rank = -1;
    for (size_t i = 0; i < files.size(); ++i) {
        for (size_t p = 0; p < texts[i].size(); ++p) {
            if (!texts[i][p]) {
                continue;
            }
            if (const auto mrz = extract::find_mrz(*texts[i][p])) {
                core::Identity id = extract::identity_of(*mrz, info);
                id.file = files[i].name;
                id.page = pages[i][p].page_no;
                const int rank =
                    (mrz->format == extract::MrzFormat::td3 ? 2 : 0) + (id.check_digits_ok ? 1 : 0);
                if (rank > found_rank) {
                    found_rank = rank;
                    found = std::move(id);
                }
            }
        }
    }
    return found;
}

// RULES.md, the dossier: each document with the folded text of its pages
// and its file's page count, for the checklist.
std::vector<dossier::Paper>
dossier_papers(const std::vector<core::Document>& documents,
               const std::vector<load::CaseFile>& files,
               const std::vector<std::vector<core::Page>>& pages,
               const std::vector<std::vector<core::Result<core::OcrText>>>& texts) {
    std::vector<dossier::Paper> papers;
    for (const core::Document& doc : documents) {
        dossier::Paper paper{&doc, "", 1};
        for (size_t i = 0; i < files.size(); ++i) {
            if (files[i].name != doc.file) {
                continue;
            }
            paper.file_pages = static_cast<int>(std::max<size_t>(1, pages[i].size()));
            std::string joined;
            for (size_t p = 0; p < pages[i].size() && p < texts[i].size(); ++p) {
                const int no = pages[i][p].page_no;
                if (no >= doc.page && no <= doc.last_page && texts[i][p]) {
                    joined += texts[i][p]->joined() + "\n";
                }
            }
            paper.folded = util::fold(joined);
        }
        papers.push_back(std::move(paper));
    }
    return papers;
}

// The household's family supuesto; none for a household of one (nobody
// looked, so it does not hold).
std::optional<core::FamilySupuesto> family_supuesto(const core::CaseReport& report) {
    if (!report.household || report.info.members.empty()) {
        return std::nullopt;
    }
    return report.household->family_supuesto;
}

// One line per page read now (tab-separated, no header: audits running at
// once append to the same file, each case in one write), for
// tools/evaluate.py's slowest pages. The columns:
//   case, file, page, megapixels, total, decode, prepare, trial_read,
//   orientation, first_read, rereads, ink_check, quality, codes, thumbnail
//   (CPU seconds),
//   reads, confidence, outcome ("read", or the page's error).
template <class Cost>
void write_page_costs(const char* path, const std::filesystem::path& case_dir,
                      const std::vector<load::CaseFile>& files,
                      const std::vector<std::vector<core::Page>>& pages,
                      const std::vector<std::vector<core::Result<core::OcrText>>>& texts,
                      const std::vector<std::vector<Cost>>& costs) {
    const std::filesystem::path name =
        case_dir.has_filename() ? case_dir.filename() : case_dir.parent_path().filename();
    std::string lines;
    char numbers[256];
    for (size_t i = 0; i < files.size(); ++i) {
        for (size_t p = 0; p < costs[i].size(); ++p) {
            const Cost& c = costs[i][p];
            if (!c.read_now) {
                continue;
            }
            const auto& text = texts[i][p];
            std::snprintf(numbers, sizeof numbers,
                          "%d\t%.2f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%."
                          "3f\t%d\t%.2f\t",
                          pages[i][p].page_no, c.megapixels, c.total(), c.decode, c.prepare,
                          c.ocr.trial_read, c.ocr.orientation, c.ocr.first_read, c.ocr.rereads,
                          c.ocr.ink_check, c.quality, c.codes, c.thumbnail, c.ocr.reads,
                          text ? text->mean_confidence : 0.0f);
            lines += name.string() + "\t" + files[i].name + "\t" + numbers +
                     (text ? std::string("read") : text.error().detail) + "\n";
        }
    }
    const int fd = ::open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd >= 0) {
        [[maybe_unused]] const ssize_t written = ::write(fd, lines.data(), lines.size());
        ::close(fd);
    }
}

} // namespace

Auditor::Auditor(extract::Lexicon lexicon, dossier::Lexicon dossier_words,
                 const AuditOptions& options)
    : m_lexicon(std::move(lexicon)), m_dossier_words(std::move(dossier_words)), m_options(options) {
}

core::Result<std::unique_ptr<Auditor>> Auditor::create(const std::filesystem::path& models_dir,
                                                       const AuditOptions& options) {
    auto lexicon = extract::load_lexicon(models_dir);
    if (!lexicon) {
        return core::Unexpected<core::Error>{lexicon.error()};
    }
    const auto dossier_json = util::read_json_file(models_dir / "lexicon/dossier.json");
    if (!dossier_json) {
        return core::Unexpected<core::Error>{dossier_json.error()};
    }
    auto dossier_words = dossier::parse_lexicon(*dossier_json);
    if (!dossier_words) {
        return core::Unexpected<core::Error>{dossier_words.error()};
    }
    std::unique_ptr<Auditor> auditor(
        new Auditor(std::move(*lexicon), std::move(*dossier_words), options));
    if (options.use_cache == UseCache::yes) {
        const auto path =
            options.cache_path.empty() ? ocr::Cache::default_path() : options.cache_path;
        if (auto cache = ocr::Cache::open(path)) {
            auditor->m_cache.emplace(std::move(*cache));
        } else {
            auditor->m_warnings.push_back("OCR cache not used: " + cache.error().detail + " " +
                                          cache.error().file);
        }
    }
    auditor->m_pool = std::make_unique<WorkerPool>(options.jobs, options.engine);
    return auditor;
}

namespace {

// The page's barcodes, looked for once: on the prepared page, whose boxes
// match the OCR's, else on the original, where binarising has not broken
// a fine code's modules (boxes scaled to the prepared page).
std::vector<core::Code> page_codes(const image::PreparedPage& prepared, const cv::Mat& original) {
    // The prepared page is searched as zxing finds codes; the pattern scan
    // (and the crops it leads to) is left to the original, once.
    if (!prepared.blank) {
        if (auto found = codes::find_codes(prepared.with_rules, {}); !found.empty()) {
            return found;
        }
    }
    cv::Mat gray = original;
    if (original.channels() == 3) {
        cv::cvtColor(original, gray, cv::COLOR_BGR2GRAY);
    } else if (original.channels() == 4) {
        cv::cvtColor(original, gray, cv::COLOR_BGRA2GRAY);
    }
    if (gray.depth() != CV_8U) {
        return {};
    }
    // A 50-megapixel photo is searched at the prepared page's size: the
    // cost grows with pixels, and a code prepare() kept legible survives it.
    if (prepared.scale < 1.0) {
        cv::resize(gray, gray, cv::Size(), prepared.scale, prepared.scale, cv::INTER_AREA);
    }
    // Most pages hold no code: the second search runs only where a code's
    // fixed pattern shows, which a scan of rows sees for a fraction of it.
    const std::vector<codes::PatternHit> hits = codes::find_patterns(gray);
    if (hits.empty()) {
        return {};
    }
    std::vector<core::Code> found = codes::find_codes(gray, hits);
    // A pattern seen but not decoded: a photo's keystone and blur, which
    // prepare() undid, can defeat zxing on the original; the prepared
    // page's own patterns (its geometry differs) are tried once more.
    if (found.empty() && !prepared.blank) {
        return codes::find_codes(prepared.with_rules, codes::find_patterns(prepared.with_rules));
    }
    if (prepared.scale < 1.0) {
        return found;
    }
    for (core::Code& code : found) {
        const double s = prepared.scale;
        code.box = {static_cast<int>(code.box.x * s), static_cast<int>(code.box.y * s),
                    static_cast<int>(code.box.w * s), static_cast<int>(code.box.h * s)};
    }
    return found;
}

// The codes on a text-layer page's render, their boxes in the text layer's
// pixels. A render is crisp: what zxing misses, only a pattern seen leads
// to the Aztec crops.
std::vector<core::Code> rendered_page_codes(const cv::Mat& render, const core::OcrText& text) {
    cv::Mat gray = render;
    if (render.channels() == 3) {
        cv::cvtColor(render, gray, cv::COLOR_BGR2GRAY);
    } else if (render.channels() == 4) {
        cv::cvtColor(render, gray, cv::COLOR_BGRA2GRAY);
    }
    if (gray.empty() || gray.depth() != CV_8U) {
        return {};
    }
    std::vector<core::Code> found = codes::find_codes(gray, {});
    if (found.empty()) {
        if (const auto hits = codes::find_patterns(gray); !hits.empty()) {
            found = codes::find_codes(gray, hits);
        }
    }
    const double s = text.page_width > 0 ? static_cast<double>(text.page_width) / gray.cols : 1.0;
    for (core::Code& code : found) {
        code.box = {static_cast<int>(code.box.x * s), static_cast<int>(code.box.y * s),
                    static_cast<int>(code.box.w * s), static_cast<int>(code.box.h * s)};
    }
    return found;
}

} // namespace

Auditor::PageReading Auditor::read_page(core::Page& page, LazyEngine& engine,
                                        Thumbnails thumbnails) {
    PageCost cost;
    const auto failed = [&page, &cost](core::Error e) {
        e.file = page.file;
        e.page = page.page_no;
        return PageReading{core::Unexpected<core::Error>{std::move(e)}, {}, cost};
    };
    if (page.error) {
        return failed(*page.error);
    }
    // The thumbnail is turned as OCR turned the page, so it is keyed like
    // the text; a text-layer page's picture depends only on the file.
    const std::string ocr_key = page.content_key + "|" + ocr::Engine::identity(m_options.engine) +
                                "|" + image::signature(m_options.prepare);
    const std::string thumbnail_key =
        (page.text_layer ? page.content_key + "|preview" + std::to_string(preview_dpi(m_options))
                         : ocr_key) +
        "|thumb" + std::to_string(k_thumbnail_width);
    std::optional<core::OcrText> text = page.text_layer;
    if (!text && m_cache) {
        text = m_cache->find(ocr_key);
    }
    const bool want_thumbnail = thumbnails == Thumbnails::yes;
    std::optional<Thumbnail> thumbnail;
    if (want_thumbnail && m_cache) {
        if (auto bytes = m_cache->find_bytes(thumbnail_key)) {
            thumbnail = thumbnail_from_bytes(*bytes);
        }
    }
    // What zxing read is cached; what it means is worked out on every read.
    const auto reading = [&thumbnail, &cost, this](core::OcrText read) {
        if (m_options.find_codes == FindCodes::no) {
            read.codes.clear();
        }
        for (core::Code& code : read.codes) {
            codes::classify(code);
        }
        return PageReading{std::move(read), thumbnail.value_or(Thumbnail{}), cost};
    };
    // A text-layer page's codes: from the cache, else from its render, once.
    // An OCR'd page's codes were read with its OCR and are cached with it.
    const std::string codes_key = page.content_key + "|codes" + std::to_string(k_codes_dpi);
    bool want_codes = false;
    if (page.text_layer && m_options.find_codes == FindCodes::yes) {
        if (auto cached = m_cache ? m_cache->find(codes_key) : std::nullopt) {
            text->codes = std::move(cached->codes);
        } else {
            want_codes = true;
        }
    }
    if (text && !want_codes && (!want_thumbnail || thumbnail)) {
        return reading(std::move(*text));
    }

    cost.read_now = true;
    timed(cost.decode, [&] {
        load::ensure_pixels(page);
        return 0;
    });
    if (page.error) {
        return failed(*page.error);
    }
    cost.megapixels = static_cast<double>(page.image.total()) / 1e6;
    if (want_codes) {
        text->codes = rendered_page_codes(page.preview, *text);
        if (m_cache) {
            core::OcrText codes_only;
            codes_only.codes = text->codes;
            m_cache->store(codes_key, codes_only);
        }
    }
    if (!text) {
        ocr::Engine* ocr = engine.get();
        if (!ocr) {
            return failed(core::Error{core::ErrorCode::io_error, "no OCR engine", "", 0});
        }
        const auto prepared =
            timed(cost.prepare, [&] { return image::prepare(page.image, m_options.prepare); });
        if (!prepared) {
            return failed(prepared.error());
        }
        text.emplace();
        if (!prepared->blank) {
            auto read = prepared->poor_photo
                            ? ocr->read_poor_photo(prepared->gray, prepared->letter_height)
                            : ocr->read(prepared->gray);
            cost.ocr = ocr->last_page_cost();
            if (!read) {
                // A page too slow to read is shown all the same: it is the one to redo.
                PageReading out = failed(read.error());
                if (want_thumbnail) {
                    out.thumbnail = make_thumbnail(page.image, core::OcrText{});
                }
                return out;
            }
            text = std::move(*read);
        }
        if (reads_poorly(*text, m_options.unreadable_confidence)) {
            text->quality = timed(cost.quality, [&] { return image::assess_quality(page.image); });
        }
        // Without codes the row would lack them: it is not cached.
        if (m_options.find_codes == FindCodes::yes) {
            text->codes = timed(cost.codes, [&] { return page_codes(*prepared, page.image); });
            if (m_cache) {
                m_cache->store(ocr_key, *text);
            }
        }
    }
    if (want_thumbnail && !thumbnail) {
        thumbnail = timed(cost.thumbnail, [&] {
            return make_thumbnail(page.image.empty() ? page.preview : page.image, *text);
        });
        if (m_cache && !thumbnail->jpeg.empty()) {
            m_cache->store_bytes(thumbnail_key, to_bytes(*thumbnail));
        }
    }
    return reading(std::move(*text));
}

std::vector<core::Document>
Auditor::read_file(const load::CaseFile& file, const std::vector<core::Page>& pages,
                   const std::vector<core::Result<core::OcrText>>& texts,
                   const extract::Extractor& extractor) const {
    std::vector<core::Document> documents;
    // The document being read, which following pages may continue. It is
    // read once, when it closes: re-reading the joined text at every page
    // made a long untitled PDF quadratic.
    struct OpenDocument {
        core::OcrText joined;
        const core::OcrText* last_text;
        int first_page;
        int last_page;
    };
    std::optional<OpenDocument> open;
    const auto close = [&] {
        if (open) {
            documents.push_back(extractor.read(open->joined, file.name, open->first_page));
            documents.back().last_page = open->last_page;
            open.reset();
        }
    };
    for (size_t p = 0; p < pages.size(); ++p) {
        const int page_no = pages[p].page_no;
        if (!texts[p]) {
            close();
            documents.push_back(problem_document(file.name, page_no, texts[p].error()));
            continue;
        }
        const core::OcrText& text = *texts[p];
        if (auto problem = illegible(text, m_options.unreadable_confidence)) {
            close();
            if (text.codes.empty()) {
                documents.push_back(problem_document(file.name, page_no, *problem));
                continue;
            }
            // RULES.md, Codes: an unreadable print is no disagreement, the
            // code alone counts. The guessed text is dropped, not read.
            core::OcrText codes_only = text;
            codes_only.lines.clear();
            codes_only.zone_reads.clear();
            documents.push_back(extractor.read(codes_only, file.name, page_no));
            continue;
        }
        // RULES.md: each PDF page is its own document unless it continues the previous one.
        // A boarding pass is a paper of its own, however its print reads.
        const bool pass = std::any_of(text.codes.begin(), text.codes.end(),
                                      [](const core::Code& c) { return c.bcbp.has_value(); });
        if (open && !pass && extractor.continues(*open->last_text, text)) {
            const int offset = open->joined.page_height;
            for (core::OcrLine line : text.lines) {
                line.box.y += offset;
                open->joined.lines.push_back(std::move(line));
            }
            for (core::Code code : text.codes) {
                code.box.y += offset;
                open->joined.codes.push_back(std::move(code));
            }
            for (std::vector<core::OcrLine> read : text.zone_reads) {
                for (core::OcrLine& line : read) {
                    line.box.y += offset;
                }
                open->joined.zone_reads.push_back(std::move(read));
            }
            open->joined.page_height += text.page_height;
            open->last_text = &text;
            open->last_page = page_no;
            continue;
        }
        close();
        open = OpenDocument{text, &text, page_no, page_no};
    }
    close();
    // A PDF's signature covers the whole file: every document read from it.
    for (core::Document& d : documents) {
        d.signature = pages.empty() ? core::Signature{} : pages.front().signature;
    }
    return documents;
}

core::Result<core::CaseReport> Auditor::audit(const std::filesystem::path& case_dir,
                                              const core::CaseInfo& info,
                                              const core::Profile& profile, AuditControl* control) {
    const auto stopped = [control] { return control && control->stop.load(); };
    auto files = load::list_case_files(case_dir);
    if (!files) {
        return core::Unexpected<core::Error>{files.error()};
    }

    // Load every file in parallel (PDF rasterising is not free), keeping order.
    std::vector<std::vector<core::Page>> pages(files->size());
    std::vector<WorkerPool::Task> load_tasks;
    const bool thumbnails = m_options.thumbnails == Thumbnails::yes;
    load::LoadOptions load_options = m_options.load;
    if (const int dpi = text_layer_render_dpi(m_options); dpi > 0) {
        load_options.preview_dpi = dpi;
    }
    load_options.defer_pixels = true; // read_page decodes only what the cache lacks
    std::vector<size_t> load_file_of; // task -> file
    for (size_t i = 0; i < files->size(); ++i) {
        if (!(*files)[i].problem) {
            load_file_of.push_back(i);
            load_tasks.push_back([&, i](LazyEngine&) {
                if (!stopped()) {
                    pages[i] = load::load_file((*files)[i], load_options);
                }
            });
        }
    }
    for (const WorkerPool::TaskFailure& f : m_pool->run_all(std::move(load_tasks))) {
        const size_t i = load_file_of[f.task];
        core::Page failed;
        failed.file = (*files)[i].name;
        failed.error =
            core::Error{core::ErrorCode::corrupt_file,
                        "the file could not be decoded (" + f.what + ")", failed.file, 1};
        pages[i] = {std::move(failed)};
    }

    // Read every page in parallel, each worker with its own engine.
    std::vector<std::vector<core::Result<core::OcrText>>> texts(files->size());
    std::vector<std::vector<Thumbnail>> thumbs(files->size());
    std::vector<std::vector<PageCost>> costs(files->size());
    std::vector<WorkerPool::Task> ocr_tasks;
    std::vector<std::pair<size_t, size_t>> ocr_page_of; // task -> (file, page)
    for (size_t i = 0; i < files->size(); ++i) {
        texts[i].assign(pages[i].size(), core::fail(core::ErrorCode::io_error, "not read"));
        thumbs[i].resize(pages[i].size());
        costs[i].resize(pages[i].size());
        for (size_t p = 0; p < pages[i].size(); ++p) {
            ocr_page_of.emplace_back(i, p);
            ocr_tasks.push_back([&, i, p](LazyEngine& engine) {
                if (!stopped()) {
                    PageReading reading = read_page(pages[i][p], engine, m_options.thumbnails);
                    texts[i][p] = std::move(reading.text);
                    thumbs[i][p] = std::move(reading.thumbnail);
                    costs[i][p] = reading.cost;
                }
                pages[i][p].image.release(); // the pixels are not needed any more
                pages[i][p].preview.release();
                pages[i][p].render = nullptr;
                if (control) {
                    ++control->pages_read;
                }
            });
        }
    }
    if (control) {
        control->pages_found += ocr_tasks.size();
    }
    for (const WorkerPool::TaskFailure& f : m_pool->run_all(std::move(ocr_tasks))) {
        const auto [i, p] = ocr_page_of[f.task];
        texts[i][p] =
            core::fail(core::ErrorCode::unreadable, "the page could not be read (" + f.what + ")",
                       pages[i][p].file, pages[i][p].page_no);
        pages[i][p].image.release();
        pages[i][p].preview.release();
        if (control) {
            ++control->pages_read;
        }
    }
    if (stopped()) {
        return core::fail(core::ErrorCode::interrupted, "interrupted");
    }
    if (std::string why = m_pool->engine_error(); !why.empty()) {
        return core::fail(core::ErrorCode::io_error, "the OCR engine cannot start: " + why);
    }
    if (const char* path = std::getenv("PRESENCIA_PAGE_TIMES"); path && *path) {
        write_page_costs(path, case_dir, *files, pages, texts, costs);
    }

    const auto read_all = [&](const core::CaseInfo& known) {
        const extract::Extractor extractor(m_lexicon, known);
        std::vector<core::Document> read;
        for (size_t i = 0; i < files->size(); ++i) {
            const load::CaseFile& file = (*files)[i];
            if (file.problem) {
                read.push_back(problem_document(file.name, 1, *file.problem));
                continue;
            }
            for (core::Document& d : read_file(file, pages[i], texts[i], extractor)) {
                read.push_back(std::move(d));
            }
        }
        return read;
    };
    // RULES.md (the dossier): the passport's machine-readable zone says who
    // the applicant is. A zone whose check digits hold and whose name is the
    // applicant's fills what case.json lacks (the birth date, which is never
    // presence; the passport number, which names the applicant's papers).
    const std::optional<core::Identity> identity = find_identity(*files, pages, texts, info);
    core::CaseInfo known = info;
    if (identity && identity->check_digits_ok && identity->name_exact) {
        if (!known.birth_date) {
            known.birth_date = identity->birth_date;
        }
        if (!identity->document_number.empty() &&
            std::find(known.id_numbers.begin(), known.id_numbers.end(),
                      identity->document_number) == known.id_numbers.end()) {
            known.id_numbers.push_back(identity->document_number);
        }
    }
    std::vector<core::Document> documents = read_all(known);
    // Without a birth date, the one labelled on the applicant's own papers is
    // hers: the same date on a page whose label OCR lost ("DATA DENAIXEMENT")
    // is her birth, never presence (a birth date read as a visit once proved
    // presence before the cut-off). Read again, text only (the OCR is done),
    // when that date was read as something else.
    const auto read_otherwise = [&](core::Date birth) {
        return std::any_of(documents.begin(), documents.end(), [&](const core::Document& d) {
            return std::any_of(d.dates.begin(), d.dates.end(), [&](const core::DateMention& m) {
                return m.date == birth && m.role != core::DateRole::birth;
            });
        });
    };
    if (!known.birth_date) {
        if (const auto birth = labelled_birth_date(documents, info.submission_date);
            birth && read_otherwise(*birth)) {
            known.birth_date = birth;
            documents = read_all(known);
        }
    }
    // Before evaluate_case flags them: each candidate date is judged afresh.
    std::vector<core::Interval> complete_dates =
        rules::complete_submission_dates(info, profile, documents);
    core::CaseReport report = rules::evaluate_case(info, profile, std::move(documents));
    report.complete_if_submitted = std::move(complete_dates);
    report.identity = identity;
    // RULES.md, Households: a verdict per member, the top level staying the
    // applicant's. Before the dossier: it may re-evaluate the applicant, and
    // it decides the family supuesto.
    household::apply_household(report, m_lexicon);
    if (profile.dossier) {
        const auto papers = dossier_papers(report.documents, *files, pages, texts);
        report.dossier =
            dossier::assess_dossier({report.info, *profile.dossier, papers, report.identity,
                                     report.checks, report.verdict, family_supuesto(report)},
                                    m_dossier_words);
    }
    if (thumbnails) {
        attach_thumbnails(report.documents, *files, pages, std::move(thumbs));
    }
    return report;
}

} // namespace presencia::audit
