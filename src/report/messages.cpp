#include "report/messages.hpp"

#include "util/json_file.hpp"

#include <charconv>
#include <unicode/locid.h>
#include <unicode/msgfmt.h>

namespace presencia::report {

core::Result<Messages> Messages::load(const std::filesystem::path& models_dir,
                                      const std::string& lang) {
    const auto file = models_dir / "messages" / (lang + ".json");
    if (lang.empty() || lang.find('/') != std::string::npos || !std::filesystem::exists(file)) {
        return core::fail(core::ErrorCode::bad_argument,
                          "no messages for language \"" + lang + "\" (try es or en)");
    }
    auto j = util::read_json_file(file);
    if (!j) {
        return core::Unexpected<core::Error>{j.error()};
    }
    Messages m;
    m.m_lang = lang;
    for (const auto& [key, value] : j->items()) {
        if (value.is_string()) {
            m.m_texts[key] = value.get<std::string>();
        }
    }
    if (j->contains("months")) {
        m.m_months = j->at("months").get<std::vector<std::string>>();
    }
    if (m.m_months.size() != 12) {
        return core::fail(core::ErrorCode::bad_argument, "messages need 12 month names",
                          file.string());
    }
    return m;
}

namespace {

// An argument that is a whole number goes to ICU as a number, so that
// "{count, plural, one {# hueco} other {# huecos}}" picks the language's
// plural form; anything else (a date already in words) as a string.
icu::Formattable icu_argument(const std::string& value) {
    long long n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec == std::errc{} && end == value.data() + value.size() && !value.empty()) {
        return icu::Formattable(static_cast<int64_t>(n));
    }
    return icu::Formattable(icu::UnicodeString::fromUTF8(value));
}

// A catalogue text in ICU MessageFormat (it holds a plural or select): the
// language's own plural rules, not hand-written "hueco(s)". Nothing when
// ICU refuses the pattern, so the caller falls back to plain placeholders.
std::optional<std::string> icu_format(const std::string& pattern, const std::string& lang,
                                      const Messages::Args& args) {
    UErrorCode status = U_ZERO_ERROR;
    icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern), icu::Locale(lang.c_str()),
                              status);
    if (U_FAILURE(status)) {
        return std::nullopt;
    }
    std::vector<icu::UnicodeString> names;
    std::vector<icu::Formattable> values;
    for (const auto& [name, value] : args) {
        names.push_back(icu::UnicodeString::fromUTF8(name));
        values.push_back(icu_argument(value));
    }
    icu::UnicodeString result;
    format.format(names.data(), values.data(), static_cast<int32_t>(names.size()), result, status);
    if (U_FAILURE(status)) {
        return std::nullopt;
    }
    std::string out;
    result.toUTF8String(out);
    return out;
}

bool is_icu_pattern(const std::string& text) {
    return text.find(", plural,") != std::string::npos ||
           text.find(", select,") != std::string::npos;
}

} // namespace

std::string Messages::text(const std::string& key, const Args& args) const {
    const auto it = m_texts.find(key);
    std::string out = it == m_texts.end() ? key : it->second;
    if (is_icu_pattern(out)) {
        if (auto formatted = icu_format(out, m_lang, args)) {
            return *formatted;
        }
    }
    for (const auto& [name, value] : args) {
        const std::string placeholder = "{" + name + "}";
        for (size_t pos = out.find(placeholder); pos != std::string::npos;
             pos = out.find(placeholder, pos + value.size())) {
            out.replace(pos, placeholder.size(), value);
        }
    }
    return out;
}

std::string Messages::date(core::Date d) const {
    return text("date", {{"d", std::to_string(d.day())},
                         {"month", m_months[static_cast<size_t>(d.month() - 1)]},
                         {"y", std::to_string(d.year())}});
}

std::string Messages::month_name(int month) const {
    return month >= 1 && month <= 12 ? m_months[static_cast<size_t>(month - 1)] : std::string();
}

std::string Messages::month_short(int month) const {
    const size_t index = static_cast<size_t>(month - 1);
    std::vector<std::string> names;
    std::string name;
    for (const char c : text("months_short") + " ") {
        if (c != ' ') {
            name += c;
        } else if (!name.empty()) {
            names.push_back(std::move(name));
            name.clear();
        }
    }
    if (names.size() == 12) {
        return names[index];
    }
    // Three code points, not three bytes: a UTF-8 letter is never cut.
    const std::string& full = m_months[index];
    size_t end = 0;
    for (int points = 0; end < full.size() && points < 3; ++points) {
        ++end;
        while (end < full.size() && (static_cast<unsigned char>(full[end]) & 0xC0) == 0x80) {
            ++end;
        }
    }
    return full.substr(0, end);
}

std::string Messages::reason(const std::string& english) const {
    if (const auto it = m_texts.find("reason." + english); it != m_texts.end()) {
        return it->second;
    }
    // A reason with a figure in it ("page took too long to read (over 20
    // s)", the figure an option's): its key holds {n} where the figure was.
    const size_t digit = english.find_first_of("0123456789");
    if (digit != std::string::npos) {
        const size_t end = english.find_first_not_of("0123456789.", digit);
        const std::string figure = english.substr(digit, end - digit);
        const std::string key = "reason." + english.substr(0, digit) + "{n}" +
                                (end == std::string::npos ? "" : english.substr(end));
        if (m_texts.count(key) != 0) {
            return text(key, {{"n", figure}});
        }
    }
    return english;
}

} // namespace presencia::report
