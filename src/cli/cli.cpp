#include "cli/cli.hpp"

#include "cli/audit_command.hpp"
#include "cli/batch_command.hpp"
#include "cli/common.hpp"
#include "cli/serve_command.hpp"
#include "cli/watch_command.hpp"
#include "load/load_file.hpp"
#include "ocr/engine.hpp"
#include "rules/profile_file.hpp"
#include "util/hash.hpp"

#include <tesseract/baseapi.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace presencia::cli {

namespace {

// A report's figures depend on the models and the OCR engine as much as on
// the program, so --version names all three. Models and profiles carry no
// version field: their content hash is the version (12 hex digits of the
// SHA-256 over every file's relative path and SHA-256, in path order).
std::string version_text() {
    namespace fs = std::filesystem;
    const fs::path models = find_models("");
    std::vector<fs::path> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(models, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    std::string manifest;
    for (const fs::path& file : files) {
        manifest += file.lexically_relative(models).generic_string() + " " +
                    util::sha256_file(file).value_or("unreadable") + "\n";
    }
    std::string text = std::string("presencia ") + PRESENCIA_VERSION + "\n";
    text += files.empty() ? "models: none found at " + models.string() + "\n"
                          : "models: " + util::sha256_hex(manifest).substr(0, 12) + " (" +
                                std::to_string(files.size()) + " files in " +
                                models.lexically_normal().string() + ")\n";
    for (const std::string& id : rules::available_profiles(models)) {
        const auto hash = util::sha256_file(models / "profiles" / (id + ".json"));
        text += "profile: " + id + " " + (hash ? hash->substr(0, 12) : "unreadable") + "\n";
    }
    text += std::string("tesseract: ") + tesseract::TessBaseAPI::Version();
    return text;
}

} // namespace

int run(int argc, char** argv) {
    ocr::limit_openmp_to_one_thread(argv); // may run the program again, with the limit
    ::umask(077); // reports and caches hold immigration data: private to the user
    load::quiet_library_messages();

    CLI::App app{"presencia: audits the documents that prove presence in Spain"};
    app.set_version_flag("--version", version_text,
                         "Print the program, models, profiles and Tesseract versions");
    app.require_subcommand(1);
    AuditArgs audit_args;
    add_audit_command(app, audit_args);
    BatchArgs batch_args;
    add_batch_command(app, batch_args);
    ServeArgs serve_args;
    add_serve_command(app, serve_args);
    WatchArgs watch_args;
    add_watch_command(app, watch_args);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : k_exit_bad_input;
    }
    try {
        if (audit_args.selected) {
            return run_audit(audit_args);
        }
        if (batch_args.selected) {
            return run_batch(batch_args);
        }
        if (serve_args.selected) {
            return run_serve(serve_args);
        }
        if (watch_args.selected) {
            return run_watch(watch_args);
        }
    } catch (const std::exception& e) {
        std::cerr << "presencia: internal error: " << e.what() << "\n";
        return k_exit_failure;
    }
    return k_exit_bad_input;
}

} // namespace presencia::cli
