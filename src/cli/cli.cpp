#include "cli/cli.hpp"

#include "cli/audit_command.hpp"
#include "cli/batch_command.hpp"
#include "cli/serve_command.hpp"
#include "cli/watch_command.hpp"
#include "load/load_file.hpp"
#include "ocr/engine.hpp"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace presencia::cli {

int run(int argc, char** argv) {
    ocr::limit_openmp_to_one_thread(argv); // may run the program again, with the limit
    ::umask(077); // reports and caches hold immigration data: private to the user
    load::quiet_library_messages();

    CLI::App app{"presencia: audits the documents that prove presence in Spain"};
    app.set_version_flag("--version", std::string("presencia ") + PRESENCIA_VERSION);
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
