#include "extract/approximate_match.hpp"
#include "test_lexicon.hpp"

#include <gtest/gtest.h>

using namespace presencia;
using extract::best_substring_score;
using extract::similarity;
using extract::weighted_distance;

namespace {

const extract::ConfusionModel& model() {
    return test_support::lexicon().confusions;
}

} // namespace

TEST(ApproximateMatch, OcrConfusionsCostLessThanOtherLetters) {
    // 1 for I, 5 for S, 0 for O, 8 for B: cheap; any other letter: a whole error.
    EXPECT_LT(weighted_distance("ali", "al1", model()), 0.5);
    EXPECT_LT(weighted_distance("oksana", "ok5ana", model()), 0.5);
    EXPECT_LT(weighted_distance("boyko", "b0yk0", model()), 0.5);
    EXPECT_LT(weighted_distance("bah", "8ah", model()), 0.5);
    EXPECT_DOUBLE_EQ(weighted_distance("ali", "alo", model()), 1.0);
    EXPECT_TRUE(extract::similar_words("ali", "al1", model()));
    EXPECT_FALSE(extract::similar_words("ali", "alo", model()));
}

TEST(ApproximateMatch, GlyphsOfTwoLettersAndDoubledLetters) {
    EXPECT_LT(weighted_distance("amina", "arnina", model()), 0.5); // rn for m
    EXPECT_LT(weighted_distance("ahmed", "ahmecl", model()), 0.5); // cl for d
    EXPECT_LT(weighted_distance("pena", "pefia", model()), 0.5);   // ñ read as fi, folded
    EXPECT_LT(weighted_distance("awa", "awwa", model()), 0.5);     // a letter doubled
    EXPECT_DOUBLE_EQ(weighted_distance("amina", "amina", model()), 0.0);
}

TEST(ApproximateMatch, ScoreIsBetweenZeroAndOne) {
    EXPECT_DOUBLE_EQ(similarity("khan", "khan", model()), 1.0);
    EXPECT_GE(similarity("khan", "xyzw", model()), 0.0);
    EXPECT_LT(similarity("khan", "xyzw", model()), 0.3);
    // Plain edit distance without a model: "al1" is one letter off.
    const extract::ConfusionModel plain;
    EXPECT_DOUBLE_EQ(weighted_distance("ali", "al1", plain), 1.0);
}

TEST(ApproximateMatch, IdentityNumberInsideALineWithOcrSlips) {
    EXPECT_DOUBLE_EQ(best_substring_score("y1234567x", "nieny1234567xfecha", model()), 1.0);
    // O for 0 and I for 1 inside the number: still it.
    EXPECT_GE(best_substring_score("x7604002h", "documentox76o4o02h", model()),
              model().id_threshold);
    // Another digit is another number, however close.
    EXPECT_LT(best_substring_score("x7604002h", "documentox7604003h", model()),
              model().id_threshold);
}

TEST(ApproximateMatch, LetterLikeDigitsKeepAWordAName) {
    EXPECT_TRUE(extract::is_letter_like_word("al1", model()));
    EXPECT_TRUE(extract::is_letter_like_word("ok5ana", model()));
    EXPECT_FALSE(extract::is_letter_like_word("y1234567x", model()));
    EXPECT_FALSE(extract::is_letter_like_word("1a", model()));
}
