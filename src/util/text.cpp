#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>
#include <numeric>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace presencia::util {
namespace {

// ICU transliterators are expensive to build and not thread-safe to use
// concurrently, so each thread builds its own once.
icu::Transliterator* folding_transliterator() {
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            t.reset();
        }
        return t;
    }();
    return transliterator.get();
}

// Calls `keep(bytes)` for each run of valid UTF-8 to copy as it is and
// `code_point(c)` for each control or format character; invalid bytes
// become U+FFFD.
template <typename Keep, typename CodePoint>
void walk_controls(std::string_view text, Keep keep, CodePoint code_point) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            keep(std::string_view("\xEF\xBF\xBD"));
        } else if (is_control_or_format(static_cast<char32_t>(c))) {
            code_point(static_cast<char32_t>(c));
        } else {
            keep(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
        }
    }
}

// Most text is printable ASCII: no copy through the decoder for it.
bool plain_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c >= 0x20 && c < 0x7F;
    });
}

void append_hex(std::string& out, uint32_t value, int digits, const char* alphabet) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
        out += alphabet[(value >> shift) & 15];
    }
}

} // namespace

bool is_control_or_format(char32_t c) {
    if (c == 0x00AD) {
        return false; // soft hyphen
    }
    switch (u_charType(static_cast<UChar32>(c))) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
        return true;
    default:
        return false;
    }
}

std::string escape_controls(std::string_view text) {
    if (plain_ascii(text)) {
        return std::string(text);
    }
    std::string out;
    out.reserve(text.size() + 8);
    walk_controls(
        text, [&](std::string_view bytes) { out.append(bytes); },
        [&](char32_t c) {
            if (c < 0x80) {
                out += "\\x";
                append_hex(out, c, 2, "0123456789abcdef");
            } else {
                out += "<U+";
                append_hex(out, c, c > 0xFFFFF ? 6 : c > 0xFFFF ? 5 : 4, "0123456789ABCDEF");
                out += '>';
            }
        });
    return out;
}

std::string escape_controls_in_json(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    const auto escape_unit = [&out](uint32_t unit) {
        out += "\\u";
        append_hex(out, unit, 4, "0123456789abcdef");
    };
    walk_controls(
        json, [&](std::string_view bytes) { out.append(bytes); },
        [&](char32_t c) {
            if (c < 0x20) { // layout between values: inside strings a serialiser escapes these
                out += static_cast<char>(c);
            } else if (c > 0xFFFF) { // JSON escapes only UTF-16 units
                escape_unit(0xD800 + ((c - 0x10000) >> 10));
                escape_unit(0xDC00 + ((c - 0x10000) & 0x3FF));
            } else {
                escape_unit(c);
            }
        });
    return out;
}

std::string fold(std::string_view utf8) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    if (icu::Transliterator* t = folding_transliterator()) {
        t->transliterate(text);
    } else {
        text.toLower();
    }
    // OCR reads a ç as ¢ ("30 de mar¢ de 2026"); Latin-ASCII keeps the sign.
    text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x00A2)), icu::UnicodeString("c"));
    std::string out;
    text.toUTF8String(out);
    return out;
}

std::string valid_utf8_or_replaced(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    int32_t i = 0;
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            out += "\xEF\xBF\xBD";
        } else {
            out.append(bytes.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
        }
    }
    return out;
}

std::vector<std::string> words(std::string_view folded) {
    std::vector<std::string> result;
    std::string current;
    for (const char ch : folded) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c >= 0x80) {
            current += ch;
        } else if (!current.empty()) {
            result.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) {
        result.push_back(std::move(current));
    }
    return result;
}

int edit_distance(std::string_view a, std::string_view b) {
    std::vector<int> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string squeeze_spaces(std::string_view text) {
    std::string out;
    bool pending_space = false;
    for (const char ch : text) {
        if (std::isspace(static_cast<unsigned char>(ch))) {
            pending_space = !out.empty();
        } else {
            if (pending_space) {
                out += ' ';
                pending_space = false;
            }
            out += ch;
        }
    }
    return out;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : escape_controls(text)) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace presencia::util
