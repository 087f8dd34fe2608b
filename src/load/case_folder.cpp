#include "load/case_folder.hpp"

#include "util/files.hpp"

#include <algorithm>
#include <system_error>
#include <unistd.h>

namespace presencia::load {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view k_case_json = "case.json";

bool is_skipped_name(const std::string& name) {
    return name.empty() || name.front() == '.' || name == k_case_json;
}

// True when `target` (canonical) lies inside `root` (canonical), at any depth.
bool is_inside(const fs::path& target, const fs::path& root) {
    const fs::path relative = target.lexically_relative(root);
    return !relative.empty() && relative != "." && *relative.begin() != "..";
}

core::Error file_problem(core::ErrorCode code, std::string detail, const std::string& name) {
    return core::Error{code, std::move(detail), name, 0};
}

// Resolves a symbolic link and checks it stays in the case folder. Returns
// the problem, or nothing when the link may be followed.
std::optional<core::Error> check_symlink(const fs::path& link, const fs::path& root,
                                         const std::string& name) {
    std::error_code ec;
    const fs::path target = fs::weakly_canonical(link, ec);
    if (ec) {
        // ELOOP is the loop case: a -> b -> a never resolves.
        const bool loop = ec == std::errc::too_many_symbolic_link_levels;
        return file_problem(core::ErrorCode::io_error,
                            loop ? "symbolic link loop" : "symbolic link cannot be resolved", name);
    }
    if (!is_inside(target, root)) {
        // Never read what a link points to outside the folder: a case folder
        // received from someone else must not make us read ~/.ssh.
        return file_problem(core::ErrorCode::unsupported_file,
                            "symbolic link leads outside the case folder", name);
    }
    if (!fs::exists(target, ec)) {
        return file_problem(core::ErrorCode::io_error, "symbolic link to a missing file", name);
    }
    return std::nullopt;
}

// One directory entry as a CaseFile, or nullopt when it is not a file of the
// case (a subfolder, a FIFO, a link to a subfolder).
std::optional<CaseFile> to_case_file(const fs::directory_entry& entry, const fs::path& root) {
    CaseFile file;
    // Shown in every report, and JSON must be UTF-8: a Latin-1 name from an
    // old zip made the JSON report throw. `path` keeps the bytes on disk.
    file.name = util::display_name(entry.path().filename());
    file.path = entry.path();
    std::error_code ec;
    if (entry.is_symlink(ec)) {
        file.problem = check_symlink(entry.path(), root, file.name);
        if (file.problem) {
            return file;
        }
    }
    // Follows the link (now known to stay inside); subfolders and special
    // files are not documents.
    if (!entry.is_regular_file(ec)) {
        return std::nullopt;
    }
    file.size = entry.file_size(ec);
    if (ec) {
        file.problem =
            file_problem(core::ErrorCode::io_error, "cannot read the file size", file.name);
    } else if (::access(entry.path().c_str(), R_OK) != 0) {
        file.problem =
            file_problem(core::ErrorCode::io_error, "no permission to read the file", file.name);
    }
    return file;
}

} // namespace

core::Result<std::vector<CaseFile>> list_case_files(const std::filesystem::path& case_dir) {
    std::vector<CaseFile> files;
    try {
        const fs::path root = fs::canonical(case_dir);
        for (const fs::directory_entry& entry : fs::directory_iterator(root)) {
            if (is_skipped_name(entry.path().filename().string())) {
                continue;
            }
            if (auto file = to_case_file(entry, root)) {
                files.push_back(std::move(*file));
            }
        }
    } catch (const fs::filesystem_error& e) {
        return core::fail(core::ErrorCode::io_error,
                          "cannot list the case folder: " + e.code().message(),
                          util::display_name(case_dir));
    }
    // std::string compares through char_traits<char>::lt, which compares as
    // unsigned char: byte-wise, as RULES.md wants for duplicates.
    std::sort(files.begin(), files.end(),
              [](const CaseFile& a, const CaseFile& b) { return a.name < b.name; });
    return files;
}

} // namespace presencia::load
