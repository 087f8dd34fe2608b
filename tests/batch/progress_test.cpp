#include "batch/progress.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace presencia::batch {
namespace {

TEST(ProgressLine, ShowsCasesPagesRateAndEta) {
    ProgressSnapshot s;
    s.cases_total = 10;
    s.cases_started = 4;
    s.cases_done = 2;
    s.cases_failed = 1;
    s.pages_found = 40;
    s.pages_read = 20;
    s.elapsed_seconds = 10;
    // 20 pages left of the started cases, 6 cases x 10 pages not started: 80 pages at 2/s.
    EXPECT_EQ(progress_line(s), "cases 2/10 (1 error) | pages 20 | 2.0 pages/s | ETA 40s");
    EXPECT_DOUBLE_EQ(progress_fraction(s), 0.2);
}

TEST(ProgressLine, NoRateBeforeTheFirstPage) {
    ProgressSnapshot s;
    s.cases_total = 3;
    EXPECT_EQ(progress_line(s), "cases 0/3 | pages 0");
    EXPECT_DOUBLE_EQ(progress_fraction(s), 0.0);
}

TEST(ProgressLine, NoEtaWhenDone) {
    ProgressSnapshot s;
    s.cases_total = s.cases_started = s.cases_done = 3;
    s.pages_found = s.pages_read = 30;
    s.elapsed_seconds = 3700;
    EXPECT_EQ(progress_line(s), "cases 3/3 | pages 30 | 0.0 pages/s");
    EXPECT_DOUBLE_EQ(progress_fraction(s), 1.0);
}

TEST(ProgressDisplay, LinesWhenNotATerminal) {
    std::ostringstream out;
    {
        ProgressDisplay display(
            out, ProgressStyle::lines, [] { return ProgressSnapshot{}; },
            std::chrono::milliseconds(10));
        display.message("presencia: case x: broken");
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    const std::string text = out.str();
    EXPECT_NE(text.find("presencia: case x: broken\n"), std::string::npos);
    EXPECT_NE(text.find("presencia: cases 0/0 | pages 0\n"), std::string::npos);
    EXPECT_EQ(text.find('\r'), std::string::npos);
}

// A case's folder name is in its error line: it must not clear the screen.
TEST(ProgressDisplay, MessagesShowControlsAsEscapes) {
    std::ostringstream out;
    {
        ProgressDisplay display(out, ProgressStyle::none, [] { return ProgressSnapshot{}; });
        display.message("presencia: caso\x1b[2J\u202Efdp.exe: broken");
    }
    EXPECT_EQ(out.str(), "presencia: caso\\x1b[2J<U+202E>fdp.exe: broken\n");
}

TEST(ProgressDisplay, BarRedrawsInPlace) {
    std::ostringstream out;
    {
        ProgressDisplay display(out, ProgressStyle::bar, [] { return ProgressSnapshot{}; });
    }
    EXPECT_EQ(out.str().front(), '\r');
    EXPECT_NE(out.str().find("100%"), std::string::npos); // nothing to do is all done
}

} // namespace
} // namespace presencia::batch
