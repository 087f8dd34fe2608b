#pragma once
// The real models/ lexicon, loaded once per test binary.

#include "extract/lexicon.hpp"
#include "test_paths.hpp"

#include <stdexcept>

namespace presencia::test_support {

inline const extract::Lexicon& lexicon() {
    static const extract::Lexicon lex = [] {
        auto loaded = extract::load_lexicon(test_paths::models_dir());
        if (!loaded) {
            throw std::runtime_error("cannot load lexicon: " + loaded.error().detail);
        }
        return *loaded;
    }();
    return lex;
}

} // namespace presencia::test_support
