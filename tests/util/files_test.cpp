#include "scratch.hpp"
#include "util/files.hpp"

#include <gtest/gtest.h>

namespace presencia::util {
namespace {

using presencia::testing::ScratchDir;

TEST(ReadFile, ReadsTheWholeFile) {
    ScratchDir dir;
    const std::string bytes(100'000, 'x');
    const auto read = read_file(dir.write("a.bin", bytes));
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, bytes);
}

// The limit holds before reading: a file over it is never read into memory.
TEST(ReadFile, FileOverTheLimitIsTooLarge) {
    ScratchDir dir;
    const auto path = dir.write("a.bin", std::string(1001, 'x'));
    EXPECT_TRUE(read_file(path, 1001));
    const auto read = read_file(path, 1000);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, core::ErrorCode::too_large);
}

TEST(ReadFile, MissingFileIsAnIoError) {
    ScratchDir dir;
    const auto read = read_file(dir.path() / "missing");
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, core::ErrorCode::io_error);
}

TEST(ReadHead, ReadsOnlyTheFirstBytes) {
    ScratchDir dir;
    const auto path = dir.write("a.bin", "%PDF-1.7 and the rest");
    EXPECT_EQ(*read_head(path, 8), "%PDF-1.7");
    EXPECT_EQ(*read_head(path, 1000), "%PDF-1.7 and the rest");
}

TEST(HumanSize, DecimalUnitsOneDecimalBelowTen) {
    EXPECT_EQ(human_size(0), "0 bytes");
    EXPECT_EQ(human_size(999), "999 bytes");
    EXPECT_EQ(human_size(66'359), "66 KB");
    EXPECT_EQ(human_size(200'000'000), "200 MB");
    EXPECT_EQ(human_size(3'100'000'000), "3.1 GB");
}

} // namespace
} // namespace presencia::util
