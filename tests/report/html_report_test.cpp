// The HTML report as a file a volunteer opens offline: nothing it could
// fetch, every name escaped, the verdict and the timeline in it.

#include "hostile_report.hpp"
#include "report/explain.hpp"
#include "report/html_report.hpp"
#include "report/json_report.hpp"
#include "report/text_report.hpp"
#include "report/timeline_svg.hpp"
#include "test_paths.hpp"

#include <gtest/gtest.h>

using namespace presencia;
using core::Date;

namespace {

Date d(const char* iso) {
    return *Date::parse_iso(iso);
}

report::Messages messages(const std::string& lang) {
    auto m = report::Messages::load(test_paths::models_dir(), lang);
    EXPECT_TRUE(m.has_value());
    return *m;
}

core::Document counted_doc() {
    core::Document doc;
    doc.file = "factura <luz> & \"gas\".pdf";
    doc.type = core::DocType::utility_bill;
    doc.holder = core::HolderReading{
        "<script>alert(1)</script> O'Brien & Co", "", {10, 20, 100, 12}, 1.0f, "titular"};
    doc.holder_match = core::HolderMatch::name;
    doc.holder_is_applicant = true;
    doc.presence = {{d("2026-01-01"), d("2026-03-31")}};
    doc.dates = {core::DateMention{d("2026-03-31"),
                                   core::DateRole::period_end,
                                   false,
                                   "31/03/2026",
                                   "",
                                   {200, 40, 80, 12},
                                   1.0f,
                                   true}};
    doc.counted = true;
    // Bytes that base64 to '/' runs: a data URL must not read as a link.
    doc.thumbnail_jpeg = std::string("\xff\xff\xff\xff\xff\xff", 6);
    doc.thumbnail_width = 50;
    doc.thumbnail_height = 70;
    doc.thumbnail_scale = 0.1;
    return doc;
}

core::CaseReport sample_report() {
    core::CaseReport r;
    r.info.applicant = "Ana <b>Pérez</b> & \"hija\"";
    r.info.submission_date = d("2026-05-20");
    r.profile.id = "rd316-2026";
    r.profile.title = "Regularización extraordinaria";
    r.profile.cutoff = d("2025-12-31");
    r.profile.period_start = d("2026-04-16");
    r.profile.period_end = d("2026-06-30");
    r.window = {d("2025-12-20"), d("2026-05-20")};
    r.documents = {counted_doc()};
    core::Document flagged;
    flagged.file = "scan.jpg";
    flagged.type = core::DocType::medical;
    flagged.presence = {{d("2026-02-01"), d("2026-02-01")}};
    flagged.flags = {core::Flag::not_nominative};
    r.documents.push_back(flagged);
    r.coverage = {{d("2026-01-01"), d("2026-03-31")}};
    r.gaps = {{d("2026-04-01"), d("2026-05-20")}};
    r.checks = {true, false, true};
    r.verdict = core::Verdict::incomplete;
    r.earliest_evidence = d("2026-01-01");
    r.complete_if_submitted = {{d("2026-04-16"), d("2026-04-30")}};
    return r;
}

// The HTML without its data: URLs, whose base64 may hold "//". (No
// std::regex: libstdc++'s recursion overflows the stack on long matches.)
std::string without_data_urls(std::string html) {
    const std::string prefix = "data:image/jpeg;base64,";
    for (size_t at = html.find(prefix); at != std::string::npos; at = html.find(prefix, at)) {
        const size_t end = html.find('"', at);
        html.replace(at, end == std::string::npos ? std::string::npos : end - at, "DATA");
    }
    return html;
}

} // namespace

TEST(HtmlReport, RefersToNothingOutsideTheFile) {
    const std::string html = to_html(sample_report(), messages("es"));
    ASSERT_NE(html.find("data:image/jpeg;base64,"), std::string::npos);
    const std::string rest = without_data_urls(html);
    for (const char* forbidden : {"http:", "https:", "//", "<script", "@import", "url(",
                                  " src=", "<link", "<iframe", "<object", "<embed", "file:"}) {
        EXPECT_EQ(rest.find(forbidden), std::string::npos) << forbidden;
    }
    // And the browser is told so, in case a future change slips.
    EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
}

TEST(HtmlReport, EscapesEveryNameItShows) {
    const std::string html = to_html(sample_report(), messages("es"));
    EXPECT_EQ(html.find("<b>Pérez</b>"), std::string::npos);
    EXPECT_EQ(html.find("<script>alert"), std::string::npos);
    EXPECT_EQ(html.find("<luz>"), std::string::npos);
    EXPECT_NE(html.find("Ana &lt;b&gt;Pérez&lt;/b&gt; &amp; &quot;hija&quot;"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien &amp; Co"),
              std::string::npos);
    EXPECT_NE(html.find("factura &lt;luz&gt; &amp; &quot;gas&quot;.pdf"), std::string::npos);
}

// A bidi override would show "factura\u202Efdp.exe" as "facturaexe.pdf".
TEST(HtmlReport, ShowsControlAndBidiCharactersInsteadOfApplyingThem) {
    const std::string html = to_html(report_test::hostile_report(), messages("es"));
    report_test::expect_nothing_acts(without_data_urls(html));
    EXPECT_NE(html.find("factura&lt;U+202E&gt;fdp.exe"), std::string::npos);
    EXPECT_NE(html.find("\\x1b[2J\\x1b[Hpagado.pdf"), std::string::npos);
    EXPECT_NE(html.find("Ana&lt;U+200B&gt;Pérez"), std::string::npos);
}

TEST(HtmlReport, SaysTheVerdictInPlainWordsAndDrawsTheTimeline) {
    const std::string html = to_html(sample_report(), messages("es"));
    EXPECT_NE(html.find("Falta documentación"), std::string::npos);
    EXPECT_NE(html.find("<svg class=\"timeline wide\""), std::string::npos);
    EXPECT_NE(html.find("<svg class=\"timeline narrow\""), std::string::npos);
    EXPECT_NE(html.find("class=\"gap\""), std::string::npos);
    EXPECT_NE(html.find("50 días"), std::string::npos);        // the gap's length
    EXPECT_NE(html.find("class=\"hbox\""), std::string::npos); // where the name was read
    EXPECT_NE(html.find("class=\"dbox\""), std::string::npos); // where the date was read
    EXPECT_NE(
        html.find("Solo estaría completo si se presentara entre el 16 de abril de 2026 y el 30 de "
                  "abril de 2026"),
        std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
    EXPECT_NE(html.find("<html lang=\"es\">"), std::string::npos);
}

// A flight out of Spain inside the window is there for the volunteer to
// ask about, on the page she reads, not only in the JSON.
TEST(HtmlReport, ShowsAFlightOutOfSpainAsAPossibleInterruption) {
    auto report = sample_report();
    EXPECT_EQ(to_html(report, messages("es")).find("class=\"departures\""), std::string::npos);
    report.departures.push_back(
        {*core::Date::parse_iso("2026-03-15"), "MAD", "CMN", "pase.jpg", 1});
    const std::string html = to_html(report, messages("es"));
    EXPECT_NE(html.find("Posibles interrupciones, para revisar"), std::string::npos) << html;
    EXPECT_NE(html.find("Vuelo MAD-CMN"), std::string::npos);
    EXPECT_NE(html.find("pase.jpg"), std::string::npos);
}

TEST(HtmlReport, CompleteCaseSaysReadyToSubmit) {
    core::CaseReport r = sample_report();
    r.gaps.clear();
    r.checks.continuous_window = true;
    r.verdict = core::Verdict::complete;
    EXPECT_NE(to_html(r, messages("es")).find("Listo para presentar"), std::string::npos);
    EXPECT_NE(to_html(r, messages("en")).find("Ready to submit"), std::string::npos);
}

TEST(HtmlReport, EnglishCatalogueGivesEnglishPage) {
    const std::string html = to_html(sample_report(), messages("en"));
    EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(html.find("Documents missing"), std::string::npos);
    EXPECT_NE(html.find("What to bring"), std::string::npos);
    EXPECT_NE(html.find("When to submit"), std::string::npos);
    EXPECT_EQ(html.find("Qué traer"), std::string::npos);
}

TEST(HtmlReport, EveryTextKeyIsInBothCatalogues) {
    // A missing key shows as the key itself ("bring.title"): never in a page.
    for (const char* lang : {"es", "en"}) {
        const std::string html = to_html(sample_report(), messages(lang));
        for (const char* k : {"verdict.", "bring.", "when.", "timeline.", "doc.", "flag.", "role.",
                              "html.", "check."}) {
            EXPECT_EQ(without_data_urls(html).find(std::string(">") + k), std::string::npos)
                << lang << " " << k;
        }
    }
}

TEST(JsonReport, CompleteIfSubmittedIsAnAddedField) {
    const auto j = to_json(sample_report(), messages("es"));
    ASSERT_TRUE(j.contains("complete_if_submitted"));
    ASSERT_EQ(j["complete_if_submitted"].size(), 1u);
    EXPECT_EQ(j["complete_if_submitted"][0]["start"], "2026-04-16");
    EXPECT_EQ(j["complete_if_submitted"][0]["end"], "2026-04-30");
}

TEST(TextReport, SaysWhenToSubmitWithoutColourOffATerminal) {
    const std::string text = to_text(sample_report(), messages("es"), report::Colour::no);
    EXPECT_NE(text.find("Cuándo presentar:"), std::string::npos);
    EXPECT_NE(text.find("Solo estaría completo si se presentara entre el 16 de abril de 2026 y el "
                        "30 de abril de 2026"),
              std::string::npos);
    EXPECT_NE(
        text.find("Con la fecha prevista (20 de mayo de 2026) el expediente NO está completo"),
        std::string::npos);
    EXPECT_EQ(text.find("\033["), std::string::npos);
    EXPECT_NE(to_text(sample_report(), messages("es"), report::Colour::yes).find("\033["),
              std::string::npos);
}

namespace {

// The "Cuándo presentar" section of a page, or "" when it has none.
std::string when_section(const std::string& html) {
    const size_t start = html.find("<section class=\"when\">");
    if (start == std::string::npos) {
        return {};
    }
    return html.substr(start, html.find("</section>", start) - start);
}

} // namespace

// Issue 17, point 2: a hurried reader of a red case must not see "completo"
// in the large green type, and the first words say the planned date fails.
TEST(HtmlReport, RedCaseNeverSaysCompleteInGreenUnderWhenToSubmit) {
    for (const char* lang : {"es", "en"}) {
        const std::string when = when_section(to_html(sample_report(), messages(lang)));
        ASSERT_FALSE(when.empty()) << lang;
        EXPECT_EQ(when.find("class=\"yes\""), std::string::npos) << lang;
        const size_t first = when.find("<p");
        EXPECT_EQ(when.find("<p class=\"no\">"), first) << lang;
    }
    const std::string when = when_section(to_html(sample_report(), messages("es")));
    EXPECT_NE(when.find("<p class=\"no\">Con la fecha prevista (20 de mayo de 2026) el "
                        "expediente NO está completo"),
              std::string::npos);
    EXPECT_EQ(when.find("el expediente está completo"), std::string::npos);
}

TEST(HtmlReport, GreenCaseShowsTheDatesThatWorkInGreen) {
    core::CaseReport r = sample_report();
    r.gaps.clear();
    r.checks.continuous_window = true;
    r.verdict = core::Verdict::complete;
    r.complete_if_submitted = {{d("2026-04-16"), d("2026-05-30")}};
    const std::string when = when_section(to_html(r, messages("es")));
    EXPECT_NE(when.find("<p class=\"yes\">Si presenta entre el 16 de abril"), std::string::npos);
    EXPECT_EQ(when.find("class=\"no\""), std::string::npos);
}

// Issue 17, point 3: a new case is not an error in English.
TEST(HtmlReport, CaseWithNoDocumentsSaysNoDocumentsYet) {
    core::CaseReport r = sample_report();
    r.documents.clear();
    r.coverage.clear();
    r.earliest_evidence.reset();
    r.complete_if_submitted.clear();
    r.checks = {false, false, true};
    r.verdict = core::Verdict::error;
    r.errors = {"no documents in the case folder"};
    const std::string es = to_html(r, messages("es"));
    EXPECT_NE(es.find("<header class=\"banner empty\"><h1>Todavía no hay documentos</h1>"),
              std::string::npos);
    EXPECT_EQ(es.find("no documents"), std::string::npos);
    EXPECT_EQ(es.find("Error del expediente"), std::string::npos);
    EXPECT_EQ(es.find("No se pudo leer"), std::string::npos);
    EXPECT_NE(to_html(r, messages("en")).find("<h1>No documents yet</h1>"), std::string::npos);
    const std::string text = to_text(r, messages("es"), report::Colour::no);
    EXPECT_NE(text.find("TODAVÍA NO HAY DOCUMENTOS"), std::string::npos);
    EXPECT_EQ(text.find("no documents"), std::string::npos);
}

// A case whose files could not be read says so in the reader's language.
TEST(HtmlReport, UnreadableCaseGivesTheCaseErrorInTheCataloguesWords) {
    core::CaseReport r = sample_report();
    for (core::Document& doc : r.documents) {
        doc.counted = false;
        doc.flags = {core::Flag::corrupt_file};
    }
    r.verdict = core::Verdict::error;
    r.errors = {"no document in the case folder could be read"};
    const std::string es = to_html(r, messages("es"));
    EXPECT_NE(es.find("Error del expediente: no se pudo leer ningún documento del expediente"),
              std::string::npos);
    EXPECT_EQ(es.find("could be read"), std::string::npos);
}

// Issue 17, point 14: a green banner still says which papers do not count.
TEST(HtmlReport, CompleteBannerSaysHowManyDocumentsDoNotCount) {
    core::CaseReport r = sample_report();
    r.gaps.clear();
    r.checks.continuous_window = true;
    r.verdict = core::Verdict::complete;
    for (int i = 0; i < 4; ++i) {
        core::Document bad;
        bad.file = "foto" + std::to_string(i) + ".jpg";
        bad.flags = {core::Flag::unreadable};
        r.documents.push_back(bad);
    }
    const std::string es = to_html(r, messages("es"));
    const size_t banner_end = es.find("</header>");
    const size_t said = es.find("5 documentos no cuentan");
    ASSERT_NE(said, std::string::npos);
    EXPECT_LT(said, banner_end);
    EXPECT_NE(to_html(r, messages("en")).find("5 documents do not count"), std::string::npos);
    EXPECT_NE(to_text(r, messages("es"), report::Colour::no).find("5 documentos no cuentan"),
              std::string::npos);
    r.documents.resize(2);
    EXPECT_NE(to_html(r, messages("es")).find("1 documento no cuenta:"), std::string::npos);
    r.documents.resize(1);
    EXPECT_EQ(to_html(r, messages("es")).find("no cuenta:"), std::string::npos);
}

// Issue 17, point 10: plurals come from ICU's rules, never "1 huecos" or "hueco(s)".
TEST(HtmlReport, PluralsFollowTheLanguage) {
    core::CaseReport r = sample_report();
    const std::string one = to_html(r, messages("es"));
    EXPECT_NE(one.find("hay 1 hueco de más de"), std::string::npos);
    EXPECT_EQ(one.find("hueco(s)"), std::string::npos);
    r.gaps.push_back({d("2026-01-01"), d("2026-01-01")});
    EXPECT_NE(to_html(r, messages("es")).find("hay 2 huecos de más de"), std::string::npos);
    EXPECT_NE(to_html(r, messages("en")).find("2 gaps longer than"), std::string::npos);
    EXPECT_NE(to_text(r, messages("es"), report::Colour::no).find("(1 día)"), std::string::npos);
}

// Issue 17, point 12: the printed hand-out says when it was made and by which
// version; the time comes from the front end, and the JSON never holds it.
TEST(HtmlReport, ShowsTheAuditTimeAndVersionTheFrontEndGave) {
    core::CaseReport r = sample_report();
    const std::string without = to_html(r, messages("es"));
    EXPECT_EQ(without.find("Revisado"), std::string::npos);
    r.stamp = core::AuditStamp{d("2026-06-01"), 9, 5, "0.1.0"};
    const std::string es = to_html(r, messages("es"));
    const size_t at = es.find("<dt>Revisado</dt><dd>1 de junio de 2026, a las 09:05 (presencia "
                              "0.1.0)</dd>");
    ASSERT_NE(at, std::string::npos);
    EXPECT_LT(at, es.find("</header>"));
    EXPECT_NE(to_html(r, messages("en")).find("1 June 2026 at 09:05 (presencia 0.1.0)"),
              std::string::npos);
    EXPECT_EQ(to_json(r, messages("es")).dump(), to_json(sample_report(), messages("es")).dump());
    EXPECT_EQ(to_text(r, messages("es"), report::Colour::no),
              to_text(sample_report(), messages("es"), report::Colour::no));
}

// Issue 17, point 10: OCR punctuation around a name is not shown.
TEST(Explain, ShownNameTrimsOcrPunctuation) {
    EXPECT_EQ(report::shown_name("WÍLMER,,"), "WÍLMER");
    EXPECT_EQ(report::shown_name("Sánchez Sanz,)"), "Sánchez Sanz");
    EXPECT_EQ(report::shown_name(", AGUILAR EUCEDA,, NELSON"), "AGUILAR EUCEDA, NELSON");
    EXPECT_EQ(report::shown_name("LOPEZ ,MARIA"), "LOPEZ,MARIA");
    EXPECT_EQ(report::shown_name("J. García-Pérez"), "J. García-Pérez");
    EXPECT_EQ(report::shown_name(",;"), "");
}

TEST(HtmlReport, DatesOfADocumentThatDoesNotCountAreNotGreen) {
    core::CaseReport r = sample_report();
    core::Document& doc = r.documents[0];
    doc.holder->name = "ANA PEREZ,,";
    std::string html = to_html(r, messages("es"));
    EXPECT_NE(html.find("<li class=\"ev\">31 de marzo de 2026 · fin del periodo: prueba que estaba "
                        "en España</li>"),
              std::string::npos);
    EXPECT_NE(html.find("a nombre de ANA PEREZ, prueba"), std::string::npos);
    EXPECT_EQ(html.find("ANA PEREZ,,"), std::string::npos);
    doc.counted = false;
    doc.flags = {core::Flag::other_person};
    html = to_html(r, messages("es"));
    EXPECT_EQ(html.find("<li class=\"ev\">"), std::string::npos);
    EXPECT_NE(html.find("<li class=\"nc\">31 de marzo de 2026"), std::string::npos);
    EXPECT_EQ(html.find("fecha sin contexto"), std::string::npos);
    EXPECT_EQ(html.find("(fecha de permanencia)"), std::string::npos);
}

// Issue 17, point 11: a proof wholly before the calendar shown (the only
// one before the cut-off) keeps its row's arrow, in both layouts.
TEST(TimelineSvg, ProofBeforeTheCalendarShownGetsAnArrow) {
    core::CaseReport r = sample_report();
    core::Document early = counted_doc();
    early.file = "early.pdf";
    early.presence = {{d("2025-06-02"), d("2025-06-02")}};
    r.documents = {early};
    for (const auto layout : {report::TimelineLayout::wide, report::TimelineLayout::narrow}) {
        const std::string svg = report::timeline_svg(r, messages("es"), layout);
        EXPECT_NE(svg.find("<path class=\"bar\""), std::string::npos);
    }
}

// Issue 17, point 11: on a phone a camera's long file name keeps both ends,
// and the cut-off and submission lines pass under the labels, not over them.
TEST(TimelineSvg, PhoneLayoutKeepsLongNamesAndLinesUnderTheLabels) {
    core::CaseReport r = sample_report();
    r.documents[0].file = "WhatsApp Image 2026-02-04 at 12.30.11.jpeg";
    r.documents[1].file = "Escaneado_20260226_2.jpg";
    const std::string svg = report::timeline_svg(r, messages("es"), report::TimelineLayout::narrow);
    EXPECT_NE(svg.find(">Escaneado_20260226_2.jpg<"), std::string::npos);
    EXPECT_NE(svg.find("12.30.11.jpeg<"), std::string::npos); // cut in the middle, if at all
    EXPECT_NE(svg.find("WhatsApp Image"), std::string::npos);
    const size_t cutoff = svg.find("<line class=\"cutoff\"");
    const size_t submission = svg.find("<line class=\"submission\"");
    const size_t chip = svg.find("<rect class=\"chip\"");
    const size_t name = svg.find("<text class=\"name\"");
    ASSERT_NE(cutoff, std::string::npos);
    ASSERT_NE(chip, std::string::npos);
    EXPECT_LT(cutoff, chip); // drawn first: the chip covers it
    EXPECT_LT(submission, chip);
    EXPECT_LT(chip, name);
}

// Issue 19: where a code was read is drawn on the page picture, like a name or a date.
TEST(HtmlReport, DrawsTheCodesBoxOnThePagePicture) {
    core::CaseReport r = sample_report();
    core::Code code;
    code.symbology = "PDF417";
    code.text = "M1PRUEBA/ANA";
    code.box = {100, 300, 200, 80}; // page pixels: 10, 30, 20, 8 on the 0.1 thumbnail
    r.documents[0].codes = {code};
    const std::string html = report::to_html(r, messages("es"));
    EXPECT_NE(html.find("<rect class=\"cbox\" x=\"7\" y=\"27\" width=\"26\" height=\"14\""),
              std::string::npos);
    EXPECT_NE(html.find("morado, un código de barras o QR"), std::string::npos);
}
