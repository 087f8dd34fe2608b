#pragma once
// Result<T>: a value or an Error. It mirrors std::expected's interface because
// GCC 12 has no <expected> in C++20 mode; switching later is a rename.
// Why not exceptions: across a batch a broken PDF is expected, and the report
// must list it as a flagged document, so the failure is a value.

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace presencia::core {

// The codes that can reach a report are the schema's file flags; the others
// stop a case (bad case.json, bad command line) or an output file.
enum class ErrorCode {
    corrupt_file,
    encrypted_pdf,
    unsupported_file,
    unreadable,
    io_error,
    bad_case,
    bad_argument,
    too_large,
    interrupted, // the run was asked to stop (Ctrl-C, SIGTERM, a server shutting down)
};

std::string_view to_string(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::io_error;
    std::string detail; // human-readable reason, Spanish-neutral (file names, numbers)
    std::string file;   // relative to the case folder, empty when not about a file
    int page = 0;       // 1-based, 0 when not about a page
};

template <typename E> struct Unexpected { E error; };
inline Unexpected<Error> fail(ErrorCode code, std::string detail, std::string file = {},
                              int page = 0) {
    return {Error{code, std::move(detail), std::move(file), page}};
}

template <typename T> class [[nodiscard]] Result {
  public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Unexpected<Error> unexpected)
        : m_state(std::in_place_index<1>, std::move(unexpected.error)) {}

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & {
        assert(has_value());
        return std::get<0>(m_state);
    }
    const T& value() const& {
        assert(has_value());
        return std::get<0>(m_state);
    }
    T&& value() && {
        assert(has_value());
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const {
        assert(!has_value());
        return std::get<1>(m_state);
    }

  private:
    std::variant<T, Error> m_state;
};

// Result<void>: success or an Error.
struct Ok {};
using Status = Result<Ok>;

} // namespace presencia::core
