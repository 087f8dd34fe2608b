#!/usr/bin/python3
"""The generator's own implementation of spec/RULES.md (profile rd316-2026).

Truth files are computed here from what each generated document carries,
never from what the case planner intended. Run this file to self-test.
"""
import datetime as dt

CUTOFF = dt.date(2025, 12, 31)          # last day that proves "before 2026"
PERIOD = (dt.date(2026, 4, 16), dt.date(2026, 6, 30))
WINDOW_MONTHS = 5
MAX_GAP_DAYS = 30
PROFILE = "rd316-2026"

# Flags a document can get from rules (file flags are set by the writer).
FILE_FLAGS = ("unreadable", "corrupt_file", "encrypted_pdf", "unsupported_file")


def add_months(d, months):
    """d shifted by whole calendar months, clamped to the month's last day.

    >>> add_months(dt.date(2026, 7, 31), -5)
    datetime.date(2026, 2, 28)
    """
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


def window_for(submission):
    """[submission - 5 calendar months, submission], both ends included."""
    return add_months(submission, -WINDOW_MONTHS), submission


def merge_intervals(intervals):
    """Sorted union; intervals that overlap or touch (end + 1 day) merge."""
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1] + dt.timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def uncovered_runs(window, coverage):
    """Runs of window days not covered by the (merged) coverage, as (start, end)."""
    ws, we = window
    runs, cursor = [], ws
    for s, e in merge_intervals(coverage):
        if e < cursor or s > we:
            continue
        if s > cursor:
            runs.append((cursor, s - dt.timedelta(days=1)))
        cursor = max(cursor, e + dt.timedelta(days=1))
    if cursor <= we:
        runs.append((cursor, we))
    return runs


def gaps(window, coverage, max_gap=MAX_GAP_DAYS):
    """Uncovered runs longer than max_gap days: [(start, end, days)]."""
    out = []
    for s, e in uncovered_runs(window, coverage):
        days = (e - s).days + 1
        if days > max_gap:
            out.append((s, e, days))
    return out


def document_flags(doc, submission):
    """Content flags of one document, in schema order (duplicate is set later).

    doc: dict with holder, holder_is_applicant, presence [(s, e)], flags.
    """
    flags = [f for f in doc.get("flags", []) if f in FILE_FLAGS]
    if flags:
        return flags
    if doc["holder"] is None:
        flags.append("not_nominative")
    elif not doc["holder_is_applicant"]:
        flags.append("other_person")
    # A builder's needs_review (a boarding pass with no Spanish leg) is dated, but its
    # days are not in Spain: it proves nothing (RULES.md, Codes).
    review = "needs_review" in doc.get("flags", [])
    if not doc["presence"]:
        if not review:
            flags.append("undated")
    elif any(s > submission for s, _ in doc["presence"]):
        flags.append("after_submission")
    if review:
        flags.append("needs_review")
    return flags


def mark_duplicates(docs):
    """Set 'duplicate' on every copy but the first in (file bytes, page) order.

    docs carry a 'dup_key' (same value for copies of one document) or None.
    """
    seen = set()
    order = sorted(range(len(docs)),
                   key=lambda i: (docs[i]["file"].encode("utf-8"), docs[i]["page"]))
    for i in order:
        key = docs[i].get("dup_key")
        if key is None:
            continue
        if key in seen and "duplicate" not in docs[i]["flags"]:
            docs[i]["flags"].append("duplicate")
        seen.add(key)


def evaluate(docs, submission):
    """Flags, counted, coverage, gaps, checks and verdict for one case.

    Mutates docs (flags, counted); returns the case-level part of the truth.
    """
    for d in docs:
        d["flags"] = document_flags(d, submission)
    mark_duplicates(docs)
    counted = []
    for d in docs:
        d["counted"] = not d["flags"]
        if d["counted"]:
            counted.extend(d["presence"])
    window = window_for(submission)
    coverage = merge_intervals(counted)
    found_gaps = gaps(window, coverage)
    before = any(s <= CUTOFF for s, _ in coverage)
    continuous = not found_gaps
    reasons = []
    if not before:
        reasons.append("no_presence_before_cutoff")
    if not continuous:
        reasons.append("gap_in_window")
    return {
        "window": window,
        "verdict": "complete" if before and continuous else "incomplete",
        "reasons": reasons,
        "checks": {"presence_before_cutoff": before, "continuous_window": continuous,
                   "submission_in_period": PERIOD[0] <= submission <= PERIOD[1]},
        "coverage": coverage,
        "gaps": found_gaps,
    }


def _self_test():
    D = dt.date
    assert window_for(D(2026, 6, 15)) == (D(2026, 1, 15), D(2026, 6, 15))
    assert window_for(D(2026, 7, 31)) == (D(2026, 2, 28), D(2026, 7, 31))
    assert window_for(D(2026, 5, 31)) == (D(2025, 12, 31), D(2026, 5, 31))
    assert add_months(D(2026, 3, 31), -1) == D(2026, 2, 28)
    assert merge_intervals([(D(2026, 2, 1), D(2026, 2, 28)), (D(2026, 3, 1), D(2026, 3, 5))]) \
        == [(D(2026, 2, 1), D(2026, 3, 5))]
    w = (D(2026, 1, 15), D(2026, 6, 15))
    # Exactly 30 uncovered days is fine, 31 is a gap.
    assert gaps(w, [(D(2026, 1, 15), D(2026, 1, 15)), (D(2026, 2, 15), D(2026, 6, 15))]) == []
    assert gaps(w, [(D(2026, 1, 15), D(2026, 1, 15)), (D(2026, 2, 16), D(2026, 6, 15))]) \
        == [(D(2026, 1, 16), D(2026, 2, 15), 31)]
    # Runs at both ends count.
    assert gaps(w, [(D(2026, 3, 1), D(2026, 5, 1))]) == [
        (D(2026, 1, 15), D(2026, 2, 28), 45), (D(2026, 5, 2), D(2026, 6, 15), 45)]
    assert gaps(w, []) == [(w[0], w[1], 152)]
    sub = D(2026, 6, 15)
    base = {"file": "a.pdf", "page": 1, "holder": "X", "holder_is_applicant": True, "flags": []}
    assert document_flags(dict(base, presence=[]), sub) == ["undated"]
    assert document_flags(dict(base, presence=[(D(2026, 6, 16),) * 2]), sub) == ["after_submission"]
    assert document_flags(dict(base, holder=None, presence=[(sub, sub)]), sub) == ["not_nominative"]
    assert document_flags(dict(base, holder_is_applicant=False, presence=[(sub, sub)]), sub) \
        == ["other_person"]
    assert document_flags(dict(base, flags=["corrupt_file"], presence=[]), sub) == ["corrupt_file"]
    docs = [dict(base, file="b.jpg", presence=[(D(2025, 12, 1), D(2026, 6, 15))], dup_key=1),
            dict(base, file="B.jpg", presence=[(D(2025, 12, 1), D(2026, 6, 15))], dup_key=1)]
    res = evaluate(docs, sub)
    # Byte order: "B" (0x42) sorts before "b" (0x62), so b.jpg is the duplicate.
    assert docs[0]["flags"] == ["duplicate"] and docs[1]["flags"] == []
    assert res["verdict"] == "complete" and res["reasons"] == []
    res = evaluate([dict(base, presence=[(D(2026, 1, 1), D(2026, 6, 15))])], sub)
    assert res["reasons"] == ["no_presence_before_cutoff"]
    print("rules self-test: ok")


if __name__ == "__main__":
    import doctest
    doctest.testmod()
    _self_test()
