#include "core/interval.hpp"

#include <algorithm>

namespace presencia::core {

std::vector<Interval> merge_intervals(std::vector<Interval> intervals) {
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval& a, const Interval& b) { return a.start < b.start; });
    std::vector<Interval> merged;
    for (const Interval& next : intervals) {
        // Adjacent days join too: [1,5] and [6,9] leave no uncovered day.
        if (!merged.empty() && next.start.day_number() <= merged.back().end.day_number() + 1) {
            merged.back().end = std::max(merged.back().end, next.end);
        } else {
            merged.push_back(next);
        }
    }
    return merged;
}

std::vector<Interval> clip(const std::vector<Interval>& intervals, const Interval& range) {
    std::vector<Interval> inside;
    for (const Interval& it : intervals) {
        const Date s = std::max(it.start, range.start);
        const Date e = std::min(it.end, range.end);
        if (s <= e) {
            inside.push_back({s, e});
        }
    }
    return inside;
}

std::vector<Interval> uncovered_runs(const Interval& range, const std::vector<Interval>& covered) {
    std::vector<Interval> runs;
    Date cursor = range.start;
    for (const Interval& c : merge_intervals(clip(covered, range))) {
        if (cursor < c.start) {
            runs.push_back({cursor, c.start.plus_days(-1)});
        }
        cursor = std::max(cursor, c.end.plus_days(1));
    }
    if (cursor <= range.end) {
        runs.push_back({cursor, range.end});
    }
    return runs;
}

} // namespace presencia::core
