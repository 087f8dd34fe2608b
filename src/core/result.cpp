#include "core/result.hpp"

namespace presencia::core {

std::string_view to_string(ErrorCode code) {
    switch (code) {
    case ErrorCode::corrupt_file:
        return "corrupt_file";
    case ErrorCode::encrypted_pdf:
        return "encrypted_pdf";
    case ErrorCode::unsupported_file:
        return "unsupported_file";
    case ErrorCode::unreadable:
        return "unreadable";
    case ErrorCode::io_error:
        return "io_error";
    case ErrorCode::bad_case:
        return "bad_case";
    case ErrorCode::bad_argument:
        return "bad_argument";
    case ErrorCode::too_large:
        return "too_large";
    case ErrorCode::interrupted:
        return "interrupted";
    }
    return "unknown";
}

} // namespace presencia::core
