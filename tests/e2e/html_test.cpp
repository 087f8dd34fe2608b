// The HTML report as a person sees it: the sample cases rendered in headless
// Chromium (tools/html_check.py), which must load each page with no error
// and no request outside the file. Screenshots (1280 px, 390 px) and the A4
// print stay in the build tree under tests/html-report/ for a look.

#include "e2e_support.hpp"

#include <gtest/gtest.h>

#include <sstream>

using namespace presencia::e2e;
using nlohmann::json;

namespace {

struct Rendered {
    fs::path html;
    std::string expected_banner;
};

std::string read_text(const fs::path& file) {
    std::ifstream in(file);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A shell command line as it is (run() puts the binary in front).
RunResult shell(const std::string& command, const fs::path& scratch) {
    const fs::path out = scratch / "shell-output.txt";
    const int status = std::system((command + " > " + quoted(out.string()) + " 2>&1").c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_text(out)};
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

fs::path output_dir() {
    return presencia::test_paths::data_dir().parent_path() / "html-report";
}

// Audits the samples (in parallel: OCR is the slow part) and returns their
// HTML reports, plus one in English read from the cache the first run filled.
std::vector<Rendered> render_samples() {
    const fs::path out = output_dir();
    fs::remove_all(out);
    fs::create_directories(out);
    std::vector<Rendered> pages;
    std::string commands;
    for (const auto& entry : fs::directory_iterator(source_dir() / "samples/truth")) {
        const std::string name = entry.path().stem().string();
        const json truth = read_json(entry.path());
        const fs::path html = out / (name + ".html");
        commands += quoted(binary().string()) + " audit " +
                    quoted((source_dir() / "samples/cases" / name).string()) + " -q --cache " +
                    quoted((out / (name + ".sqlite")).string()) + " --html " +
                    quoted(html.string()) + " & ";
        pages.push_back({html, truth.at("verdict") == "complete" ? "Listo para presentar"
                                                                 : "Falta documentación"});
    }
    const RunResult r = shell(commands + "wait", out);
    EXPECT_EQ(r.exit_code, 0) << r.output;
    const std::string english = "ahmed-benali-gap";
    const fs::path html = out / (english + "-en.html");
    run("audit " + quoted((source_dir() / "samples/cases" / english).string()) +
            " -q --lang en --cache " + quoted((out / (english + ".sqlite")).string()) + " --html " +
            quoted(html.string()),
        out);
    pages.push_back({html, "Documents missing"});
    return pages;
}

} // namespace

TEST(HtmlReportInBrowser, SamplesLoadWithNoErrorAndNoOutsideRequest) {
    const std::vector<Rendered> pages = render_samples();
    std::string args;
    for (const Rendered& page : pages) {
        ASSERT_TRUE(fs::exists(page.html)) << page.html;
        // The file itself: nothing that could reach outside it.
        const std::string html = without_data_urls(read_text(page.html));
        for (const char* forbidden :
             {"http:", "https:", "//", "<script", "@import", "url(", " src=", "<link"}) {
            EXPECT_EQ(html.find(forbidden), std::string::npos) << page.html << ": " << forbidden;
        }
        args += " " + quoted(page.html.string());
    }
    const fs::path out = output_dir();
    const RunResult r =
        shell("/usr/bin/python3 " + quoted((source_dir() / "tools/html_check.py").string()) +
                  " --pdf --out " + quoted(out.string()) + args,
              out);
    if (r.exit_code == 77) {
        GTEST_SKIP() << "chromium is not installed; tools/install-deps.sh installs it";
    }
    std::istringstream lines(r.output);
    size_t checked = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line[0] != '{') {
            continue;
        }
        const json page = json::parse(line);
        const std::string file = page.at("file");
        const auto wanted = std::find_if(
            pages.begin(), pages.end(), [&](const Rendered& p) { return p.html.string() == file; });
        ASSERT_NE(wanted, pages.end()) << file;
        EXPECT_TRUE(page.at("outside_requests").empty())
            << file << ": " << page.at("outside_requests").dump();
        EXPECT_TRUE(page.at("errors").empty()) << file << ": " << page.at("errors").dump();
        EXPECT_EQ(page.at("verdict"), wanted->expected_banner) << file;
        EXPECT_GT(page.at("images").get<int>(), 0) << file << ": no page thumbnails";
        for (const auto& shot : page.at("screenshots")) {
            EXPECT_GT(fs::file_size(shot.get<std::string>()), 20'000u) << shot; // not a blank page
        }
        ++checked;
    }
    EXPECT_EQ(checked, pages.size()) << r.output;
    EXPECT_EQ(r.exit_code, 0) << r.output;
}
