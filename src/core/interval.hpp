#pragma once
// Closed date intervals: [start, end], both days included. A one-day proof
// has start == end.

#include "core/date.hpp"

#include <vector>

namespace presencia::core {

struct Interval {
    Date start;
    Date end;

    int days() const { return end - start + 1; }
    bool contains(Date d) const { return start <= d && d <= end; }
    friend bool operator==(const Interval&, const Interval&) = default;
};

// Sorted, with overlapping or adjacent intervals joined: the union as runs.
std::vector<Interval> merge_intervals(std::vector<Interval> intervals);

// The runs of `range` that none of `covered` touches, in order.
std::vector<Interval> uncovered_runs(const Interval& range, const std::vector<Interval>& covered);

// The part of `a` inside `range`, if any.
std::vector<Interval> clip(const std::vector<Interval>& intervals, const Interval& range);

} // namespace presencia::core
