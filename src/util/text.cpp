#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>
#include <numeric>
#include <unicode/translit.h>
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

} // namespace

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
    for (const char c : valid_utf8_or_replaced(text)) {
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
