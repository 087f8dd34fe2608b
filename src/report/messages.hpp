#pragma once
// The report's words, from models/messages/<lang>.json: a third language is
// a file, not code.

#include "core/date.hpp"
#include "core/result.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace presencia::report {

class Messages {
  public:
    // Fails with bad_argument naming the language when there is no such file.
    [[nodiscard]] static core::Result<Messages> load(const std::filesystem::path& models_dir,
                                                     const std::string& lang);

    using Args = std::vector<std::pair<std::string, std::string>>;
    // The text for `key` with {name} placeholders filled; the key itself
    // when the catalogue lacks it (visible, never a crash). A text holding
    // "{n, plural, ...}" is ICU MessageFormat: whole-number arguments are
    // numbers there, so each language's plural rules choose the words.
    std::string text(const std::string& key, const Args& args = {}) const;
    // A reason the loader gave in English ("empty file (0 bytes)"), in this
    // language when the catalogue has it under "reason.<english>", else as is.
    std::string reason(const std::string& english) const;
    std::string date(core::Date d) const;    // "15 de marzo de 2026"
    std::string month_name(int month) const; // "junio" for 6
    // "mar" for month 3: the catalogue's "months_short" (space-separated),
    // else the month's first three letters.
    std::string month_short(int month) const;
    const std::string& lang() const { return m_lang; }

  private:
    std::string m_lang;
    std::map<std::string, std::string> m_texts;
    std::vector<std::string> m_months;
};

} // namespace presencia::report
