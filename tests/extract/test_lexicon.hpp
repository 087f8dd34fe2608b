#pragma once
// The real models/ lexicon, loaded once per test binary.

#include "extract/lexicon.hpp"

#include <cstdlib>
#include <stdexcept>

namespace presencia::test_support {

inline const extract::Lexicon& lexicon() {
    static const extract::Lexicon lex = [] {
        const char* dir = std::getenv("PRESENCIA_MODELS");
        auto loaded = extract::load_lexicon(dir ? dir : PRESENCIA_TEST_MODELS);
        if (!loaded) {
            throw std::runtime_error("cannot load lexicon: " + loaded.error().detail);
        }
        return *loaded;
    }();
    return lex;
}

} // namespace presencia::test_support
