#include "ocr/cache.hpp"
#include "scratch.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>

namespace presencia::ocr {
namespace {

namespace fs = std::filesystem;

class CacheTest : public ::testing::Test {
  protected:
    fs::path db_path() const { return m_dir / "deep" / "ocr.sqlite"; }
    presencia::testing::ScratchDir m_scratch;
    fs::path m_dir = m_scratch.path() / "cache";
};

core::OcrText sample_text() {
    core::OcrText text;
    text.lines.push_back({"D./Dña.: MARIA FERNANDA LOPEZ QUISPE", {167, 480, 900, 40}, 0.93f});
    text.lines.push_back({"Fecha de alta: 15/03/2026", {167, 560, 700, 38}, 0.5f});
    text.page_width = 2480;
    text.page_height = 3508;
    text.mean_confidence = 0.91f;
    text.rotation_applied = 180;
    return text;
}

unsigned mode_of(const fs::path& path) {
    struct stat info {};
    EXPECT_EQ(::stat(path.c_str(), &info), 0) << path;
    return info.st_mode & 0777;
}

TEST_F(CacheTest, RoundTrip) {
    auto cache = Cache::open(db_path());
    ASSERT_TRUE(cache) << cache.error().detail;
    EXPECT_FALSE(cache->find("abc:1"));
    const core::OcrText text = sample_text();
    cache->store("abc:1", text);
    const auto found = cache->find("abc:1");
    ASSERT_TRUE(found);
    ASSERT_EQ(found->lines.size(), 2u);
    EXPECT_EQ(found->lines[0].text, text.lines[0].text);
    EXPECT_EQ(found->lines[0].box, text.lines[0].box);
    EXPECT_FLOAT_EQ(found->lines[1].confidence, 0.5f);
    EXPECT_EQ(found->page_width, 2480);
    EXPECT_EQ(found->page_height, 3508);
    EXPECT_FLOAT_EQ(found->mean_confidence, 0.91f);
    EXPECT_EQ(found->source, core::TextSource::ocr);
    EXPECT_EQ(found->rotation_applied, 180);
    EXPECT_FALSE(cache->find("abc:2"));
}

constexpr const char* k_zone_one = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
constexpr const char* k_zone_two = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

TEST_F(CacheTest, ZoneReadsRoundTrip) {
    auto cache = Cache::open(db_path());
    ASSERT_TRUE(cache);
    core::OcrText text = sample_text();
    text.lines.push_back({k_zone_one, {100, 3000, 2200, 60}, 0.8f});
    text.zone_reads = {
        {{k_zone_one, {100, 3001, 2200, 58}, 0.9f}},
        {{k_zone_one, {100, 3002, 2200, 59}, 0.9f}, {k_zone_two, {100, 3100, 2200, 59}, 0.95f}}};
    cache->store("z", text);
    const auto found = cache->find("z");
    ASSERT_TRUE(found);
    ASSERT_EQ(found->zone_reads.size(), 2u);
    ASSERT_EQ(found->zone_reads[1].size(), 2u);
    EXPECT_EQ(found->zone_reads[1][1].text, k_zone_two);
    EXPECT_EQ(found->zone_reads[1][1].box, (core::Box{100, 3100, 2200, 59}));
    EXPECT_EQ(found->zone_reads[0][0].box, (core::Box{100, 3001, 2200, 58}));
}

// A row written before zones were re-read (format 2) still stands for a
// page without a zone, which has nothing to re-read; for a page with a
// zone-like line it is a miss, so the page is read again with its zone.
TEST_F(CacheTest, ARowWithoutZoneReadsStandsOnlyForAPageWithoutAZone) {
    {
        auto cache = Cache::open(db_path());
        ASSERT_TRUE(cache);
    }
    const auto row = [](const std::string& line) {
        return R"({"v":2,"lines":[{"t":")" + line +
               R"(","b":[10,20,900,40],"c":0.9}],"codes":[],"w":1000,"h":800,"mc":0.9,)"
               R"("src":"ocr","rot":0})";
    };
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(db_path().c_str(), &db), SQLITE_OK);
    const std::string sql = "INSERT INTO ocr (key, value) VALUES ('plain', '" +
                            row("Fecha de alta: 15/03/2026") + "'), ('passport', '" +
                            row(k_zone_two) + "')";
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto cache = Cache::open(db_path());
    ASSERT_TRUE(cache);
    const auto plain = cache->find("plain");
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->lines.at(0).text, "Fecha de alta: 15/03/2026");
    EXPECT_FALSE(cache->find("passport"));
}

// Page pictures are binary (JPEG): NUL bytes and all come back unchanged,
// in their own table, so a text key and a bytes key never collide.
TEST_F(CacheTest, BytesRoundTrip) {
    auto cache = Cache::open(db_path());
    ASSERT_TRUE(cache);
    const std::string jpeg("\xff\xd8\x00\x01tail\x00", 9);
    EXPECT_FALSE(cache->find_bytes("k|thumb"));
    cache->store_bytes("k|thumb", jpeg);
    cache->store("k|thumb", sample_text());
    EXPECT_EQ(cache->find_bytes("k|thumb"), jpeg);
    EXPECT_TRUE(cache->find("k|thumb"));
}

TEST_F(CacheTest, PersistsAcrossOpensAndOverwrites) {
    {
        auto cache = Cache::open(db_path());
        ASSERT_TRUE(cache);
        cache->store("k", sample_text());
        core::OcrText other = sample_text();
        other.lines.resize(1);
        cache->store("k", other);
    }
    auto cache = Cache::open(db_path());
    ASSERT_TRUE(cache);
    const auto found = cache->find("k");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->lines.size(), 1u);
}

TEST_F(CacheTest, FileIsPrivate) {
    auto cache = Cache::open(db_path());
    ASSERT_TRUE(cache);
    cache->store("k", sample_text());
    EXPECT_EQ(mode_of(db_path()), 0600u);
    EXPECT_EQ(mode_of(db_path().parent_path()), 0700u);
    EXPECT_EQ(mode_of(m_dir), 0700u);
    for (const auto& entry : fs::directory_iterator(db_path().parent_path())) {
        EXPECT_EQ(mode_of(entry.path()), 0600u) << entry.path();
    }
}

TEST_F(CacheTest, ExistingLooseFileIsTightened) {
    fs::create_directories(db_path().parent_path());
    std::ofstream(db_path()).close();
    fs::permissions(db_path(), fs::perms::owner_read | fs::perms::owner_write |
                                   fs::perms::group_read | fs::perms::others_read);
    auto cache = Cache::open(db_path());
    ASSERT_TRUE(cache);
    EXPECT_EQ(mode_of(db_path()), 0600u);
}

TEST_F(CacheTest, CorruptFileFailsToOpen) {
    fs::create_directories(db_path().parent_path());
    std::ofstream(db_path(), std::ios::binary) << std::string(4096, 'x');
    const auto cache = Cache::open(db_path());
    ASSERT_FALSE(cache);
    EXPECT_EQ(cache.error().code, core::ErrorCode::io_error);
    EXPECT_FALSE(cache.error().detail.empty());
}

TEST_F(CacheTest, IsMovable) {
    auto opened = Cache::open(db_path());
    ASSERT_TRUE(opened);
    Cache cache(std::move(*opened));
    cache.store("k", sample_text());
    Cache other = std::move(cache);
    EXPECT_TRUE(other.find("k"));
}

TEST_F(CacheTest, ThreadsShareOneCache) {
    auto cache = Cache::open(db_path());
    ASSERT_TRUE(cache);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 25; ++i) {
                const std::string key = std::to_string(t) + ":" + std::to_string(i);
                cache->store(key, sample_text());
                EXPECT_TRUE(cache->find(key));
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    EXPECT_TRUE(cache->find("3:24"));
}

TEST(CacheDefaultPath, FollowsXdgThenHome) {
    const char* saved_xdg = std::getenv("XDG_CACHE_HOME");
    const std::string xdg = saved_xdg ? saved_xdg : "";
    ::setenv("XDG_CACHE_HOME", "/tmp/xdg-test", 1);
    EXPECT_EQ(Cache::default_path(), fs::path("/tmp/xdg-test/presencia/ocr.sqlite"));
    ::setenv("XDG_CACHE_HOME", "relative", 1); // invalid per XDG: ignored
    ::setenv("HOME", "/home/test", 1);
    EXPECT_EQ(Cache::default_path(), fs::path("/home/test/.cache/presencia/ocr.sqlite"));
    if (saved_xdg) {
        ::setenv("XDG_CACHE_HOME", xdg.c_str(), 1);
    } else {
        ::unsetenv("XDG_CACHE_HOME");
    }
}

} // namespace
} // namespace presencia::ocr
