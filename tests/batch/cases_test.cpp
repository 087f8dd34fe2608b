#include "batch/cases.hpp"
#include "batch_scratch.hpp"

#include <gtest/gtest.h>

#include <set>
#include <unistd.h>

namespace presencia::batch {
namespace {

namespace fs = std::filesystem;
using testing::k_case_json;
using testing::ScratchDir;
using testing::write;

std::vector<std::string> relatives(const std::vector<FoundCase>& cases) {
    std::vector<std::string> out;
    for (const FoundCase& c : cases) {
        out.push_back(c.relative);
    }
    return out;
}

TEST(FindCases, FindsNestedCaseFoldersSortedByteWise) {
    ScratchDir root;
    for (const char* c : {"b", "a/z", "a/Y", "a", "b/c/d", "Ñ"}) {
        write(root.path() / c / "case.json", k_case_json);
    }
    fs::create_directories(root.path() / "no-case" / "deeper");
    const auto found = find_cases(root.path());
    ASSERT_TRUE(found);
    EXPECT_EQ(relatives(*found), (std::vector<std::string>{"a", "a/Y", "a/z", "b", "b/c/d", "Ñ"}));
    EXPECT_EQ((*found)[1].path, root.path() / "a/Y");
}

TEST(FindCases, RootItselfIsACase) {
    ScratchDir root;
    write(root.path() / "case.json", k_case_json);
    const auto found = find_cases(root.path());
    ASSERT_TRUE(found);
    EXPECT_EQ(relatives(*found), std::vector<std::string>{"."});
}

TEST(FindCases, DoesNotFollowSymlinkedFoldersOrEnterHiddenOnes) {
    ScratchDir root;
    ScratchDir outside;
    write(outside.path() / "secret" / "case.json", k_case_json);
    write(root.path() / "real" / "case.json", k_case_json);
    write(root.path() / ".git" / "case.json", k_case_json);
    fs::create_directory_symlink(outside.path() / "secret", root.path() / "link");
    const auto found = find_cases(root.path());
    ASSERT_TRUE(found);
    EXPECT_EQ(relatives(*found), std::vector<std::string>{"real"});
}

TEST(FindCases, UnreadableFolderIsAProblemNotAStop) {
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root reads any folder";
    }
    ScratchDir root;
    write(root.path() / "ok" / "case.json", k_case_json);
    fs::create_directories(root.path() / "locked");
    fs::permissions(root.path() / "locked", fs::perms::none);
    const auto found = find_cases(root.path());
    fs::permissions(root.path() / "locked", fs::perms::owner_all);
    ASSERT_TRUE(found);
    ASSERT_EQ(relatives(*found), (std::vector<std::string>{"locked", "ok"}));
    EXPECT_TRUE((*found)[0].problem);
    EXPECT_FALSE((*found)[1].problem);
}

TEST(FindCases, RootThatIsNotAFolderFails) {
    ScratchDir root;
    const auto found = find_cases(root.path() / "missing");
    ASSERT_FALSE(found);
    EXPECT_EQ(found.error().code, core::ErrorCode::bad_argument);
}

TEST(ParseShard, AcceptsKOfN) {
    const auto shard = parse_shard("2/3");
    ASSERT_TRUE(shard);
    EXPECT_EQ(shard->index, 2u);
    EXPECT_EQ(shard->count, 3u);
    EXPECT_TRUE(parse_shard("1/1"));
}

TEST(ParseShard, RejectsOutOfRangeAndMalformed) {
    for (const char* bad :
         {"0/3", "4/3", "3", "a/b", "1/0", "-1/3", "1/3x", " 1/3", "/", "1/", "1/9999999999"}) {
        const auto shard = parse_shard(bad);
        ASSERT_FALSE(shard) << bad;
        EXPECT_NE(shard.error().detail.find("K/N"), std::string::npos);
    }
}

TEST(Shard, ShardsPartitionTheCases) {
    std::vector<std::string> cases;
    for (int i = 0; i < 500; ++i) {
        cases.push_back("provincia-" + std::to_string(i % 7) + "/caso " + std::to_string(i));
    }
    for (const std::uint64_t n : {1u, 2u, 3u, 7u, 64u}) {
        std::vector<int> taken(cases.size(), 0);
        for (std::uint64_t k = 1; k <= n; ++k) {
            for (size_t i = 0; i < cases.size(); ++i) {
                taken[i] += in_shard(cases[i], Shard{k, n});
            }
        }
        for (size_t i = 0; i < cases.size(); ++i) {
            EXPECT_EQ(taken[i], 1) << cases[i] << " in " << taken[i] << " of " << n << " shards";
        }
    }
}

TEST(Shard, SplitsRoughlyEvenly) {
    std::vector<int> sizes(4, 0);
    for (int i = 0; i < 4000; ++i) {
        for (std::uint64_t k = 1; k <= 4; ++k) {
            sizes[k - 1] += in_shard("case-" + std::to_string(i), Shard{k, 4});
        }
    }
    for (const int size : sizes) {
        EXPECT_GT(size, 800);
        EXPECT_LT(size, 1200);
    }
}

TEST(OutputName, KeepsPlainNamesAndEncodesTheRest) {
    EXPECT_EQ(output_name("maria-lopez_2.v1"), "maria-lopez_2.v1");
    EXPECT_EQ(output_name("a/b c"), "a%2Fb%20c");
    EXPECT_EQ(output_name("."), "%2E");
    EXPECT_EQ(output_name(".hidden"), "%2Ehidden");
    EXPECT_EQ(output_name("ñ"), "%C3%B1");
}

TEST(OutputName, DistinctCasesGetDistinctNames) {
    std::set<std::string> names;
    for (const char* c : {"a/b", "a%2Fb", "a_b", "a b", "a%20b", "A/b"}) {
        EXPECT_TRUE(names.insert(output_name(c)).second) << c;
    }
}

TEST(OutputName, ShortensLongNamesKeepingThemDistinct) {
    const std::string long_a = std::string(300, 'x') + "a";
    const std::string long_b = std::string(300, 'x') + "b";
    EXPECT_LE(output_name(long_a).size(), 200u);
    EXPECT_NE(output_name(long_a), output_name(long_b));
    const std::string escapes(120, '/');
    const std::string name = output_name(escapes);
    EXPECT_LE(name.size(), 200u);
    const size_t tilde = name.find('~');
    ASSERT_NE(tilde, std::string::npos);
    EXPECT_EQ(tilde % 3, 0u) << "cut inside a %XX escape: " << name;
}

} // namespace
} // namespace presencia::batch
