#include "core/case_report.hpp"

namespace presencia::core {

std::string_view to_string(Verdict v) {
    switch (v) {
    case Verdict::complete:
        return "complete";
    case Verdict::incomplete:
        return "incomplete";
    case Verdict::error:
        return "error";
    }
    return "error";
}

} // namespace presencia::core
