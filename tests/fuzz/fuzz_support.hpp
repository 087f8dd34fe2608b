#pragma once
// Shared by the libFuzzer targets and their GoogleTest replay: the real
// models/ lexicon, loaded once, and a check that aborts so that both
// libFuzzer and ctest see a broken invariant as a crash.

#include "extract/lexicon.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string_view>

namespace presencia::fuzz {

inline void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

// Fuzz targets have no main() of their own, so the lexicon is a lazy static.
inline const extract::Lexicon& lexicon() {
    static const extract::Lexicon lex = [] {
        auto loaded = extract::load_lexicon(PRESENCIA_FUZZ_MODELS);
        check(loaded.has_value(), "models/lexicon loads");
        return *loaded;
    }();
    return lex;
}

inline std::string_view as_text(const unsigned char* data, size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace presencia::fuzz
