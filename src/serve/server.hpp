#pragma once
// `presencia serve ROOT`: the case folders of ROOT in a browser, on the
// loopback interface only, every request carrying the start-up token.

#include "audit/audit_case.hpp"

#include <filesystem>
#include <functional>
#include <string>

namespace presencia::serve {

struct ServeOptions {
    std::filesystem::path root;
    std::filesystem::path models;
    int port = 0; // 0: any free port
    std::string token;
    size_t max_file_bytes = 60u << 20;     // one upload
    size_t max_request_bytes = 250u << 20; // one request, all its files
    bool watch = true;                     // audit files that appear in a case folder (inotify)
};

// Serves until SIGINT or SIGTERM. `on_listening(url)` is called once the port
// is bound, with the address to open (token included). Returns the exit
// status: 0 after a clean stop, non-zero when the port cannot be bound.
int run_server(const ServeOptions& options, std::unique_ptr<audit::Auditor> auditor,
               const std::function<void(const std::string& url)>& on_listening);

} // namespace presencia::serve
