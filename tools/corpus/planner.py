"""Decide what a case holds: applicant, submission date, scenario, and the documents.

The plan only aims at a scenario; the truth is recomputed from the documents by
rules.py, and gen_corpus checks that the aim was hit.
"""
import datetime as dt

from . import rules
from . import textdata as td

DAY = dt.timedelta(days=1)

# scenario -> (weight, expected verdict, expected reasons)
SCENARIOS = {
    "complete": (34, "complete", []),
    "border30": (6, "complete", []),
    "no_cutoff": (10, "incomplete", ["no_presence_before_cutoff"]),
    "gap_middle": (12, "incomplete", ["gap_in_window"]),
    "gap_start": (8, "incomplete", ["gap_in_window"]),
    "gap_end": (8, "incomplete", ["gap_in_window"]),
    "noncounting": (12, "incomplete", ["gap_in_window"]),
    "border31": (6, "incomplete", ["gap_in_window"]),
}
ONE_DAY_TYPES = [("bank_receipt", 14), ("transport_ticket", 14), ("medical", 12),
                 ("attendance_certificate", 12), ("training_certificate", 6), ("library_card", 4),
                 ("rental_contract", 5), ("job_offer", 3), ("shop_receipt", 5), ("other", 5)]


def rand_date(rng, lo, hi):
    return lo + dt.timedelta(days=rng.randint(0, max(0, (hi - lo).days)))


class Plan:
    def __init__(self, rng):
        self.rng = rng
        self.docs = []          # dicts: type, holder (applicant|landlord|relative|none), spec, ...

    def add(self, type_, holder="applicant", **spec):
        d = {"type": type_, "holder": holder, "spec": spec, "bad": None, "dup_of": None}
        self.docs.append(d)
        return d


def one_day(plan, day, types=None):
    """A one-day document dated day (not padrón, not a bill)."""
    rng = plan.rng
    t = td.pick_weighted(rng, types or ONE_DAY_TYPES)
    holder = "applicant"
    if t == "shop_receipt":
        holder = "applicant"  # nominative receipt (pharmacy, locutorio)
    return plan.add(t, holder, date=day)


def period_doc(plan, day, sub, forbidden):
    """A bill or payslip for the month holding day, if it fits; else None."""
    rng = plan.rng
    s, e = td.month_bounds(day.year, day.month)
    if rng.random() < 0.25 and day.month > 1:  # bimonthly bill
        s = td.month_bounds(day.year, day.month - 1)[0]
    if e > sub or any(s <= fe and fs <= e for fs, fe in forbidden):
        return None
    issue = min(e + dt.timedelta(days=rng.randint(2, 12)), sub)
    if s.month != e.month or rng.random() < 0.6:
        return plan.add("utility_bill", period=(s, e), issue=issue,
                        kind=rng.choice(["luz", "agua", "gas", "telefono", "internet"]))
    return plan.add("payslip", period=(s, e), issue=issue)


def covers(plan_doc):
    """Presence the plan expects this document to prove (None if not counted)."""
    sp = plan_doc["spec"]
    t = plan_doc["type"]
    if t == "padron":
        return [(sp["alta"], sp["expedicion"])]
    if t == "padron_historico":
        return [(a, b or sp["expedicion"]) for a, b in sp["rows"]]
    if t in ("utility_bill", "payslip"):
        if t == "payslip":
            return [sp["period"]]
        return [sp["period"]] if sp.get("period") else [(sp["issue"], sp["issue"])]
    return [(sp["date"], sp["date"])]


def pre_cutoff(plan, window, gap, no_cutoff):
    """Evidence from before 2026 (or, for no_cutoff, an arrival in 2026)."""
    rng = plan.rng
    ws, sub = window
    if no_cutoff:
        alta = rand_date(rng, dt.date(2026, 1, 2), min(ws + 20 * DAY, sub - 60 * DAY))
        alta = max(alta, dt.date(2026, 1, 2))
        exp_hi = (gap[0] - DAY) if gap and gap[0] > alta else sub
        if rng.random() < 0.6 and exp_hi > alta:
            plan.add("padron", alta=alta, expedicion=rand_date(rng, alta, exp_hi))
        else:
            one_day(plan, alta)
        return
    kind = rng.random()
    if kind < 0.45:
        alta = rand_date(rng, dt.date(2023, 6, 1), dt.date(2025, 11, 30))
        hi = (gap[0] - DAY) if gap else sub
        lo = max(alta, min(hi, ws + 10 * DAY))
        if hi < alta:
            one_day(plan, alta)
            return
        plan.add("padron", alta=alta, expedicion=rand_date(rng, lo, hi) if rng.random() < 0.8
                 else rand_date(rng, alta, min(hi, dt.date(2025, 12, 31))))
    elif kind < 0.6:
        a1 = rand_date(rng, dt.date(2023, 1, 1), dt.date(2024, 12, 31))
        b1 = rand_date(rng, a1 + 60 * DAY, dt.date(2025, 10, 31))
        a2 = b1 + rng.choice([1, 1, 20, 45]) * DAY
        hi = (gap[0] - DAY) if gap else sub
        if a2 > hi:
            one_day(plan, a1)
            return
        plan.add("padron_historico", rows=[(a1, b1), (a2, None)],
                 expedicion=rand_date(rng, max(a2, min(hi, ws)), hi))
    else:
        day = rand_date(rng, dt.date(2024, 3, 1), dt.date(2025, 12, 31))
        if rng.random() < 0.4 and day.month < 12:
            period_doc(plan, day, dt.date(2025, 12, 31), []) or one_day(plan, day)
        else:
            one_day(plan, day)


def fill_window(plan, window, forbidden, covered):
    """One-day and period documents so every uncovered run outside forbidden is <= 28 days.

    A forbidden range (a planned gap) stays uncovered, and its edges are covered
    exactly so the gap has the planned length.
    """
    rng = plan.rng
    ws, sub = window
    free = rules.uncovered_runs(window, covered + forbidden)
    for a, b in free:
        must_a = a > ws and any(fe == a - DAY for _, fe in forbidden)
        must_b = b < sub and any(fs == b + DAY for fs, _ in forbidden)
        p = a if must_a else a + rng.randint(0, min(14, (b - a).days)) * DAY
        last = a - DAY
        while p <= b:
            doc = None
            if rng.random() < 0.35:
                doc = period_doc(plan, p, sub, forbidden)
                if doc is not None:
                    _, e = covers(doc)[0]
                    last = e
                    p = e + rng.randint(1, 25) * DAY
                    continue
            one_day(plan, p)
            last = p
            p = p + rng.randint(10, 27) * DAY
        if must_b and last < b:
            one_day(plan, b)
        elif (b - last).days > 27:
            one_day(plan, b - rng.randint(0, 6) * DAY)


def plan_gap(rng, scenario, window):
    ws, sub = window
    if scenario in ("border30", "border31"):
        n = 30 if scenario == "border30" else 31
        s = rand_date(rng, ws + 10 * DAY, sub - (n + 10) * DAY)
        return (s, s + (n - 1) * DAY)
    n = rng.randint(35, 70)
    if scenario == "gap_start":
        return (ws, ws + (n - 1) * DAY)
    if scenario == "gap_end":
        return (sub - (n - 1) * DAY, sub)
    if scenario in ("gap_middle", "noncounting"):
        s = rand_date(rng, ws + 15 * DAY, sub - (n + 15) * DAY)
        return (s, s + (n - 1) * DAY)
    return None


def noncounting_in(plan, gap, sub):
    """Documents inside the gap that look like evidence but do not count."""
    rng = plan.rng
    gs, ge = gap
    mid = gs + (ge - gs) // 2
    options = ["landlord_bill", "relative", "undated", "shop"]
    for kind in rng.sample(options, rng.randint(1, 3)):
        day = rand_date(rng, gs, ge)
        if kind == "landlord_bill":
            s, e = td.month_bounds(mid.year, mid.month)
            s, e = max(s, gs), e
            first, last = td.month_bounds(mid.year, mid.month)
            plan.add("utility_bill", "landlord", period=(first, last),
                     issue=min(last + 5 * DAY, sub), kind=rng.choice(["luz", "agua", "gas"]))
        elif kind == "relative":
            plan.add(rng.choice(["medical", "training_certificate", "bank_receipt"]), "relative", date=day)
        elif kind == "undated":
            plan.add(rng.choice(["attendance_certificate", "other", "library_card"]), date=None)
        else:
            plan.add("shop_receipt", "none", date=day)


def noise_docs(plan, window, rng, n):
    """Flagged extras that never change coverage."""
    ws, sub = window
    kinds = ["landlord_bill", "relative", "undated", "after_submission", "shop", "duplicate",
             "corrupt_jpg", "corrupt_pdf", "encrypted", "blank", "docx"]
    for kind in rng.sample(kinds, n):
        if kind == "landlord_bill":
            m = rand_date(rng, ws, sub - 35 * DAY)
            first, last = td.month_bounds(m.year, m.month)
            plan.add("utility_bill", "landlord", period=(first, last), issue=min(last + 6 * DAY, sub),
                     kind=rng.choice(["luz", "agua", "gas", "internet"]))
        elif kind == "relative":
            plan.add(rng.choice(["medical", "bank_receipt", "attendance_certificate"]), "relative",
                     date=rand_date(rng, ws, sub))
        elif kind == "undated":
            plan.add(rng.choice(["attendance_certificate", "other", "library_card", "shop_receipt"]),
                     date=None)
        elif kind == "after_submission":
            plan.add(rng.choice(["medical", "bank_receipt", "transport_ticket", "other"]),
                     date=sub + rng.randint(2, 45) * DAY)
        elif kind == "shop":
            plan.add("shop_receipt", "none", date=rand_date(rng, ws, sub))
        elif kind == "duplicate":
            originals = [i for i, d in enumerate(plan.docs) if d["bad"] is None and
                         d["holder"] == "applicant" and d["dup_of"] is None]
            if originals:
                src = plan.docs[rng.choice(originals)]
                d = plan.add(src["type"], src["holder"], **src["spec"])
                d["dup_of"] = plan.docs.index(src)
        else:
            d = plan.add(rng.choice(["medical", "bank_receipt", "utility_bill", "other"]),
                         date=rand_date(rng, ws, sub))
            if d["type"] == "utility_bill":
                d["spec"] = {"issue": d["spec"]["date"], "period": None}
            d["bad"] = kind


def plan_case(rng, scenario=None):
    """Returns (applicant info dict, submission date, scenario, Plan)."""
    scenario = scenario or td.pick_weighted(rng, [(k, v[0]) for k, v in SCENARIOS.items()])
    r = rng.random()
    if r < 0.08:
        sub = rand_date(rng, dt.date(2026, 3, 1), dt.date(2026, 4, 15))
    elif r < 0.14:
        sub = rand_date(rng, dt.date(2026, 7, 1), dt.date(2026, 7, 31))
    else:
        sub = rand_date(rng, dt.date(2026, 4, 16), dt.date(2026, 6, 30))
    window = rules.window_for(sub)
    plan = Plan(rng)
    gap = plan_gap(rng, scenario, window)
    pre_cutoff(plan, window, gap, scenario == "no_cutoff")
    covered = [iv for d in plan.docs for iv in covers(d)]
    forbidden = [gap] if gap else []
    if scenario == "no_cutoff" and window[0] <= rules.CUTOFF:
        forbidden.append((window[0], rules.CUTOFF))  # nothing may prove 2025
    # A pre-2026 proof must not cover a planned gap (a padrón expedited later would).
    fill_window(plan, window, forbidden, covered)
    if scenario == "noncounting":
        noncounting_in(plan, gap, sub)
    n_noise = max(0, min(rng.randint(0, 3), 12 - len(plan.docs)))
    noise_docs(plan, window, rng, n_noise)
    return sub, scenario, plan
