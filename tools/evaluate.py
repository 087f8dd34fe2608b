#!/usr/bin/python3
"""Score presencia case reports against the corpus generator's truth files.

Usage: tools/evaluate.py TRUTH_DIR REPORTS_DIR [--json OUT] [--worst N]
                         [--schema PATH] [--subset NAME] [--families FILE]

Besides the subset columns, the figures are given side by side for template
families seen while tuning, held out, held out a second time (held_out_2,
written after held_out had been looked at), a third (held_out_3, written
after held_out_2 had been looked at), a fourth (held_out_4, written after
held_out_3 had been looked at), a fifth (held_out_5, written after held_out_4
had been looked at), a sixth (held_out_6, written after held_out_5 had been
looked at), a seventh (held_out_7, written after held_out_6 had been
looked at), an eighth (held_out_8, written after held_out_7 had been
looked at), a ninth (held_out_9, written after held_out_8 had been
looked at) and a tenth (held_out_10, written after held_out_9 had been
looked at; tools/corpus/families.json): a document by its
own family, a case by whether all its documents share a split.

The figures say how often the audit would mislead the person holding the
report, so a missing or unreadable report is scored as a wrong answer rather
than skipped: skipping would reward crashes. Exit status is 0 whatever the
accuracy (this is a measurement, not a gate) and 2 for bad arguments or an
unreadable truth corpus.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin

import jsonschema

FLAGS = ("not_nominative", "other_person", "undated", "after_submission", "duplicate",
         "unreadable", "corrupt_file", "encrypted_pdf", "unsupported_file")
# Files the product cannot open have no readable type to score.
FILE_FLAGS = frozenset({"corrupt_file", "encrypted_pdf", "unsupported_file"})
# A document whose name question has an answer worth checking.
HOLDER_FLAGS = frozenset({"other_person", "not_nominative"})
GAP_TOLERANCE_DAYS = 3
SUBSET_COLUMNS = ("all", "clean", "degraded")
SCHEMA_NAME = "case-report.schema.json"
NO_DEGRADATION = "(none)"
SPLIT_COLUMNS = ("tuning", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7", "held_out_8", "held_out_9", "held_out_10")
UNKNOWN = "unknown"
MIXED = "mixed"

# Lower is more harmful: a false `complete` sends someone to a refusal.
SEVERITY = {"false complete": 0, "wrong verdict": 1, "gap": 2,
            "presence": 3, "holder": 4, "type": 5}


class UsageError(Exception):
    """Bad arguments or inputs; main() turns it into exit status 2."""


@dataclass
class Miss:
    """One scored error, kept so the worst can be shown to whoever fixes it."""
    kind: str
    case_id: str
    subset: str
    file: str
    page: object
    degradations: list
    expected: str
    got: str
    magnitude: int = 0

    def sort_key(self):
        return (SEVERITY[self.kind], -self.magnitude, self.case_id, self.file, str(self.page))


@dataclass
class CaseResult:
    """Additive counts for one case plus its misses, so subsets can be summed.
    by_split and by_family hold the same counts regrouped: documents under
    their family's split and family, case-level figures under the case's split."""
    subset: str
    counts: Counter
    misses: list
    schema_error: str = None
    split: str = UNKNOWN
    by_split: dict = None
    by_family: dict = None


# ---------------------------------------------------------------- loading

def read_json(path):
    """Return the parsed file, or None when it is missing or not JSON: the
    caller decides whether that is fatal (truth) or a scored miss (report)."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def load_truths(truth_dir, subset):
    """Return truth dicts sorted by case id; a broken truth file is fatal
    because every figure computed from it would be wrong."""
    truths = []
    for path in sorted(truth_dir.glob("*.json")):
        truth = read_json(path)
        if not isinstance(truth, dict) or "verdict" not in truth:
            raise UsageError(f"truth file {path} is not a valid truth record")
        truth.setdefault("case_id", path.stem)
        if subset is None or truth.get("subset") == subset:
            truths.append(truth)
    if not truths:
        wanted = f" of subset {subset!r}" if subset else ""
        raise UsageError(f"no truth files{wanted} (*.json) in {truth_dir}")
    return sorted(truths, key=lambda t: t["case_id"])


def load_report(reports_dir, case_id):
    """Return the report as a dict, or None when it cannot be scored at all."""
    report = read_json(reports_dir / f"{case_id}.json")
    return report if isinstance(report, dict) else None


def default_families_path():
    return Path(__file__).resolve().parent / "corpus" / "families.json"


def load_family_split(path_arg):
    """family -> split; empty when the file is absent (truth may carry family_split)."""
    path = Path(path_arg) if path_arg else default_families_path()
    data = read_json(path)
    if data is None:
        if path_arg:
            raise UsageError(f"cannot read families file {path}")
        return {}
    return data.get("families", {}) if isinstance(data, dict) else {}


def document_split(tdoc, family_split):
    """The truth's own family_split wins; else the frozen file; else unknown
    (a corpus generated before template families)."""
    split = tdoc.get("family_split")
    if split in SPLIT_COLUMNS:
        return split
    return family_split.get(tdoc.get("family"), UNKNOWN)


def case_split(doc_splits):
    """A held-out split only when every document is in it: one seen family in a
    case lets what tuning taught decide its verdict."""
    kinds = set(doc_splits)
    if len(kinds) == 1:
        return kinds.pop()
    if not kinds:
        return UNKNOWN
    return MIXED


def default_schema_path():
    """The spec lives beside the repo (../shared/spec from the repo root)."""
    repo_root = Path(__file__).resolve().parent.parent
    return repo_root.parent / "shared" / "spec" / SCHEMA_NAME


def load_validator(schema_arg):
    """Return a Draft 2020-12 validator, or None (with a warning) when the
    default schema is absent; an explicit --schema that is missing is an error."""
    path = Path(schema_arg) if schema_arg else default_schema_path()
    schema = read_json(path)
    if schema is None:
        if schema_arg:
            raise UsageError(f"cannot read schema {path}")
        print(f"warning: schema {path} not found; schema validity not checked",
              file=sys.stderr)
        return None
    # The schema's $id is relative; jsonschema 4.10 joins it onto the base URI
    # before resolving "#/$defs/...", so register the schema under that join.
    base = path.resolve().as_uri()
    resolver = jsonschema.RefResolver(base_uri=base, referrer=schema,
                                      store={urljoin(base, schema.get("$id", "")): schema})
    return jsonschema.Draft202012Validator(schema, resolver=resolver)


# ---------------------------------------------------------------- formatting

def interval_key(interval):
    """(start, end) strings; tolerant of malformed entries so they just mismatch."""
    if isinstance(interval, dict):
        return (str(interval.get("start")), str(interval.get("end")))
    return ("?", repr(interval))


def intervals(items):
    """Sorted interval keys of a list that might not be a list."""
    return sorted(interval_key(i) for i in items) if isinstance(items, list) else []


def show_intervals(keys):
    """Compact: a one-day proof prints as one date."""
    return "[" + ", ".join(s if s == e else f"{s}..{e}" for s, e in keys) + "]"


def show_gap(gap):
    start, end = interval_key(gap)
    return f"gap {start}..{end} ({gap.get('days', '?')}d)"


def show_holder(doc):
    who = "applicant" if doc.get("holder_is_applicant") else "not applicant"
    return f"{who} (holder {doc.get('holder')!r})"


# ---------------------------------------------------------------- verdict

def score_verdict(truth, report, counts, misses, miss):
    """Verdict is the answer the person acts on; a false `complete` is the
    error that costs them a refused appointment, so it is counted apart."""
    expected = truth["verdict"]
    got = report.get("verdict") if report is not None else None
    counts["verdict_correct"] += got == expected
    counts["error_verdicts"] += got == "error"
    if got == expected:
        return
    checks = (report or {}).get("checks")
    failed = [name for name, ok in checks.items() if ok is False] if isinstance(checks, dict) else []
    shown_got = "no report" if report is None else f"{got} (failed checks: {', '.join(failed) or '-'})"
    shown_expected = f"{expected} (reasons: {', '.join(truth.get('reasons', [])) or '-'})"
    if got == "complete":
        counts["false_complete"] += 1
        misses.append(miss("false complete", shown_expected, shown_got))
    else:
        misses.append(miss("wrong verdict", shown_expected, shown_got))


# ---------------------------------------------------------------- gaps

def gap_distance(truth_gap, predicted_gap):
    """Total end-point distance in days when the gaps match, else None.
    Matching needs overlap and both ends within GAP_TOLERANCE_DAYS, so a gap
    found a few days off still tells the person what document to look for."""
    try:
        ts, te = (date.fromisoformat(d) for d in interval_key(truth_gap))
        ps, pe = (date.fromisoformat(d) for d in interval_key(predicted_gap))
    except ValueError:
        return None
    start_off, end_off = abs((ts - ps).days), abs((te - pe).days)
    overlaps = ps <= te and ts <= pe
    if overlaps and start_off <= GAP_TOLERANCE_DAYS and end_off <= GAP_TOLERANCE_DAYS:
        return start_off + end_off
    return None


def match_gaps(truth_gaps, predicted_gaps):
    """One-to-one greedy matching, closest predicted gap first; returns
    {truth index: (predicted index, distance)}."""
    matches, taken = {}, set()
    for ti, tgap in enumerate(truth_gaps):
        candidates = [(d, pi) for pi, pgap in enumerate(predicted_gaps)
                      if pi not in taken and (d := gap_distance(tgap, pgap)) is not None]
        if candidates:
            distance, pi = min(candidates)
            matches[ti] = (pi, distance)
            taken.add(pi)
    return matches


def score_gaps(truth, report, counts, misses, miss):
    """Gap precision/recall: gaps are what the person must go and fill."""
    truth_gaps = truth.get("gaps", [])
    predicted = [g for g in report.get("gaps", []) if isinstance(g, dict)] \
        if isinstance(report.get("gaps"), list) else []
    matches = match_gaps(truth_gaps, predicted)
    counts["gap_truth"] += len(truth_gaps)
    counts["gap_predicted"] += len(predicted)
    counts["gap_matched"] += len(matches)
    counts["gap_exact"] += sum(1 for _, d in matches.values() if d == 0)
    for ti, tgap in enumerate(truth_gaps):
        if ti not in matches:
            misses.append(miss("gap", show_gap(tgap), "no matching gap",
                               magnitude=tgap.get("days", 0)))
    matched_predicted = {pi for pi, _ in matches.values()}
    for pi, pgap in enumerate(predicted):
        if pi not in matched_predicted:
            days = pgap.get("days", 0)
            misses.append(miss("gap", "no gap", show_gap(pgap),
                               magnitude=days if isinstance(days, int) else 0))


# ---------------------------------------------------------------- documents

def document_key(doc):
    return (str(doc.get("file")), doc.get("page"))


def index_report_documents(report):
    """Map (file, page) to the first report document with that key; later
    copies under the same key are left over and counted as extra."""
    docs = report.get("documents")
    index, leftovers = {}, []
    for doc in docs if isinstance(docs, list) else []:
        if not isinstance(doc, dict):
            continue
        if document_key(doc) in index:
            leftovers.append(doc)
        else:
            index[document_key(doc)] = doc
    return index, leftovers


def doc_flags(doc):
    flags = doc.get("flags") if doc else None
    return {f for f in flags if isinstance(f, str)} if isinstance(flags, list) else set()


def score_flags(truth_flags, got_flags, counts):
    for flag in FLAGS:
        if flag in truth_flags:
            counts[("flag", flag, "tp" if flag in got_flags else "fn")] += 1
        elif flag in got_flags:
            counts[("flag", flag, "fp")] += 1


def fold_name(name):
    """Accents, case, punctuation and word order dropped: 'LÓPEZ QUISPE, María'
    and 'maria lopez quispe' are one name as far as the people list goes."""
    s = unicodedata.normalize("NFD", str(name))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").casefold()
    return tuple(sorted(re.sub(r"[^0-9a-z]+", " ", s).split()))


def person_keys(people, with_role):
    keys = Counter()
    for p in people if isinstance(people, list) else []:
        if not isinstance(p, dict):
            continue
        name = fold_name(p.get("name", ""))
        keys[(name, str(p.get("role")), bool(p.get("is_applicant"))) if with_role else name] += 1
    return keys


def score_people(tdoc, rdoc, counts):
    """Precision/recall of (name, role, is_applicant), and of names alone, over
    documents whose report lists people (a report without the field is not
    scored: the people list is newer than the rest of the schema)."""
    if rdoc is None or not isinstance(rdoc.get("people"), list):
        return
    counts["people_docs"] += 1
    for tag, with_role in (("people", True), ("people_name", False)):
        want, got = person_keys(tdoc.get("people", []), with_role), \
            person_keys(rdoc["people"], with_role)
        tp = sum((want & got).values())
        counts[(tag, "tp")] += tp
        counts[(tag, "fp")] += sum(got.values()) - tp
        counts[(tag, "fn")] += sum(want.values()) - tp


def score_document(tdoc, rdoc, counts, misses, miss):
    """Score one truth document against its report twin (None if absent).
    An absent twin is wrong on every measure, so dropping a document never
    improves a figure; it yields a single miss line, not one per measure."""
    tflags = set(tdoc.get("flags", []))
    tags = tdoc.get("degradations") or [NO_DEGRADATION]
    where = dict(file=str(tdoc.get("file")), page=tdoc.get("page"),
                 degradations=tdoc.get("degradations", []))
    expected_presence = intervals(tdoc.get("presence", []))
    presence_ok = rdoc is not None and intervals(rdoc.get("presence")) == expected_presence
    counts["docs"] += 1
    counts["presence_exact"] += presence_ok
    all_ok = presence_ok
    for tag in tags:
        counts[("degradation", tag, "docs")] += 1
        counts[("degradation", tag, "exact")] += presence_ok
    if rdoc is None:
        misses.append(miss("presence", show_intervals(expected_presence),
                           "document missing from report", **where))
    elif not presence_ok:
        misses.append(miss("presence", show_intervals(expected_presence),
                           show_intervals(intervals(rdoc.get("presence"))), **where))

    if tdoc.get("holder") is not None or tflags & HOLDER_FLAGS:
        ok = rdoc is not None and \
            bool(rdoc.get("holder_is_applicant")) == bool(tdoc.get("holder_is_applicant"))
        counts["holder_total"] += 1
        counts["holder_correct"] += ok
        all_ok = all_ok and ok
        if rdoc is not None and not ok:
            misses.append(miss("holder", show_holder(tdoc), show_holder(rdoc), **where))

    if not tflags & FILE_FLAGS:
        ok = rdoc is not None and rdoc.get("type") == tdoc.get("type")
        counts["type_total"] += 1
        counts["type_correct"] += ok
        all_ok = all_ok and ok
        if rdoc is not None and not ok:
            misses.append(miss("type", str(tdoc.get("type")), str(rdoc.get("type")), **where))

    counts["counted_total"] += 1
    counts["counted_correct"] += rdoc is not None and rdoc.get("counted") is tdoc.get("counted")
    score_flags(tflags, doc_flags(rdoc), counts)
    flags_ok = rdoc is not None and doc_flags(rdoc) == tflags
    counts["flags_exact"] += flags_ok
    counts["doc_all_correct"] += all_ok and flags_ok
    score_people(tdoc, rdoc, counts)


def score_documents(truth, report, counts, misses, miss, family_split=None):
    """Pair documents by (file, page); report documents with no truth twin
    are counted as extra and their flags as false positives (into counts).
    Returns [(split, family, Counter)] per truth document, for the caller to add."""
    index, leftovers = index_report_documents(report)
    truth_keys, per_doc = set(), []
    for tdoc in truth.get("documents", []):
        truth_keys.add(document_key(tdoc))
        doc_counts = Counter()
        score_document(tdoc, index.get(document_key(tdoc)), doc_counts, misses, miss)
        per_doc.append((document_split(tdoc, family_split or {}),
                        str(tdoc.get("family") or UNKNOWN), doc_counts))
    extras = leftovers + [d for k, d in index.items() if k not in truth_keys]
    counts["extra_docs"] += len(extras)
    for doc in extras:
        score_flags(set(), doc_flags(doc), counts)
    return per_doc


# ---------------------------------------------------------------- per case

def evaluate_case(truth, report, validator, family_split=None):
    """Score one case; a missing report is scored as an empty one so its
    gaps and documents count as misses, but only the verdict line is kept
    in the misses list (one line says it all)."""
    case_id, subset = truth["case_id"], truth.get("subset", "unknown")
    counts, misses, schema_error = Counter(cases=1), [], None

    def miss(kind, expected, got, file="-", page="-", degradations=(), magnitude=0):
        return Miss(kind, case_id, subset, file, page, list(degradations),
                    expected, got, magnitude)

    if report is None:
        counts["no_report"] += 1
    elif validator is not None and (error := jsonschema.exceptions.best_match(
            validator.iter_errors(report))) is not None:
        counts["schema_invalid"] += 1
        schema_error = f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
    score_verdict(truth, report, counts, misses, miss)
    doc_misses = []
    score_gaps(truth, report or {}, counts, doc_misses, miss)
    # Case-level figures (verdict, gaps, extra documents) go to the case's split,
    # each truth document's to its own family's split.
    per_doc = score_documents(truth, report or {}, counts, doc_misses, miss, family_split)
    if report is not None:
        misses.extend(doc_misses)
    split = case_split(s for s, _, _ in per_doc)
    by_split, by_family = {split: Counter(counts)}, {}
    for doc_split, family, doc_counts in per_doc:
        counts.update(doc_counts)
        by_split.setdefault(doc_split, Counter()).update(doc_counts)
        by_family.setdefault(family, Counter()).update(doc_counts)
        by_family[family]["split:" + doc_split] = 1
    return CaseResult(subset, counts, misses, schema_error, split, by_split, by_family)


def evaluate(truths, reports_dir, validator, family_split=None):
    return [evaluate_case(t, load_report(reports_dir, t["case_id"]), validator, family_split)
            for t in truths]


# ---------------------------------------------------------------- summary

def rate(correct, total):
    return correct / total if total else None


def summarise_flag(counts, flag):
    tp, fp, fn = (counts[("flag", flag, k)] for k in ("tp", "fp", "fn"))
    precision, recall = rate(tp, tp + fp), rate(tp, tp + fn)
    f1 = None
    if tp + fp + fn:
        f1 = 2 * tp / (2 * tp + fp + fn)
    return {"tp": tp, "fp": fp, "fn": fn, "support": tp + fn,
            "precision": precision, "recall": recall, "f1": f1}


def ratio_entry(counts, correct_key, total_key):
    correct, total = counts[correct_key], counts[total_key]
    return {"correct": correct, "total": total, "accuracy": rate(correct, total)}


def summarise(counts, schema_checked):
    """All figures for one column, as plain data for both the table and --json."""
    return {
        "cases": counts["cases"],
        "no_report": counts["no_report"],
        "schema_invalid": counts["schema_invalid"] if schema_checked else None,
        "verdict": ratio_entry(counts, "verdict_correct", "cases"),
        "false_complete": counts["false_complete"],
        "error_verdicts": counts["error_verdicts"],
        "gaps": {"truth": counts["gap_truth"], "predicted": counts["gap_predicted"],
                 "matched": counts["gap_matched"], "exact": counts["gap_exact"],
                 "precision": rate(counts["gap_matched"], counts["gap_predicted"]),
                 "recall": rate(counts["gap_matched"], counts["gap_truth"])},
        "documents": counts["docs"],
        "extra_report_documents": counts["extra_docs"],
        "presence_exact": ratio_entry(counts, "presence_exact", "docs"),
        "holder": ratio_entry(counts, "holder_correct", "holder_total"),
        "type": ratio_entry(counts, "type_correct", "type_total"),
        "counted": ratio_entry(counts, "counted_correct", "counted_total"),
        "flags": {flag: summarise_flag(counts, flag) for flag in FLAGS},
        "flags_exact": ratio_entry(counts, "flags_exact", "docs"),
        "document_all_correct": ratio_entry(counts, "doc_all_correct", "docs"),
        "people": summarise_people(counts),
    }


def prf(tp, fp, fn):
    return {"tp": tp, "fp": fp, "fn": fn, "precision": rate(tp, tp + fp),
            "recall": rate(tp, tp + fn), "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None}


def summarise_people(counts):
    """None when no report document listed people."""
    if not counts["people_docs"]:
        return None
    out = {"documents": counts["people_docs"]}
    out.update(prf(*(counts[("people", k)] for k in ("tp", "fp", "fn"))))
    out["names_only"] = prf(*(counts[("people_name", k)] for k in ("tp", "fp", "fn")))
    return out


def split_counts(results):
    """Columns tuning, held_out, held_out_2 … held_out_10 (always, in that order), then mixed / unknown if present."""
    columns = {name: Counter() for name in SPLIT_COLUMNS}
    for result in results:
        for split, counts in (result.by_split or {}).items():
            columns.setdefault(split, Counter()).update(counts)
    return columns


def family_breakdown(results):
    """Per family: document figures, worst (fewest documents entirely right) first."""
    counts = {}
    for result in results:
        for family, c in (result.by_family or {}).items():
            counts.setdefault(family, Counter()).update(c)
    out = {}
    for family, c in counts.items():
        splits = sorted(k[len("split:"):] for k in c if isinstance(k, str) and k.startswith("split:"))
        out[family] = {"split": splits[0] if len(splits) == 1 else "/".join(splits),
                       "documents": c["docs"],
                       "all_correct": ratio_entry(c, "doc_all_correct", "docs"),
                       "presence_exact": ratio_entry(c, "presence_exact", "docs"),
                       "holder": ratio_entry(c, "holder_correct", "holder_total"),
                       "type": ratio_entry(c, "type_correct", "type_total"),
                       "flags_exact": ratio_entry(c, "flags_exact", "docs"),
                       "people": summarise_people(c)}
    order = sorted(out, key=lambda f: (out[f]["all_correct"]["accuracy"]
                                       if out[f]["all_correct"]["accuracy"] is not None else 2,
                                       -out[f]["documents"], f))
    return {f: out[f] for f in order}


def column_counts(results):
    """Sum cases into the fixed columns plus any other subset the corpus has."""
    columns = {name: Counter() for name in SUBSET_COLUMNS}
    for result in results:
        columns["all"].update(result.counts)
        columns.setdefault(result.subset, Counter()).update(result.counts)
    return columns


def degradation_breakdown(counts):
    tags = sorted({key[1] for key in counts if isinstance(key, tuple) and key[0] == "degradation"})
    return {tag: {"docs": counts[("degradation", tag, "docs")],
                  "exact": counts[("degradation", tag, "exact")],
                  "accuracy": rate(counts[("degradation", tag, "exact")],
                                   counts[("degradation", tag, "docs")])}
            for tag in tags}


def worst_misses(results, limit):
    misses = [m for r in results for m in r.misses]
    return sorted(misses, key=Miss.sort_key)[:limit]


# ---------------------------------------------------------------- rendering

def pct(entry):
    if entry["accuracy"] is None:
        return "n/a"
    return f"{100 * entry['accuracy']:.1f}% ({entry['correct']}/{entry['total']})"


def num(value):
    return "n/a" if value is None else f"{value:.2f}"


def gap_cell(gaps, which):
    total = gaps["predicted"] if which == "precision" else gaps["truth"]
    value = gaps[which]
    return "n/a" if value is None else f"{100 * value:.1f}% ({gaps['matched']}/{total})"


def flag_cell(f):
    """A dash when neither truth nor report used the flag: n/a thrice is noise."""
    if f["tp"] + f["fp"] + f["fn"] == 0:
        return "-"
    return f"P {num(f['precision'])} R {num(f['recall'])} F1 {num(f['f1'])} (n={f['support']})"


ROWS = [
    ("cases evaluated", lambda s: str(s["cases"])),
    ("cases with no report ¹", lambda s: str(s["no_report"])),
    ("schema-invalid reports ⁸", lambda s: "n/a" if s["schema_invalid"] is None
     else str(s["schema_invalid"])),
    ("verdict accuracy", lambda s: pct(s["verdict"])),
    ("**false `complete`** ²", lambda s: str(s["false_complete"])),
    ("`error` verdicts", lambda s: str(s["error_verdicts"])),
    ("gap precision ³", lambda s: gap_cell(s["gaps"], "precision")),
    ("gap recall ³", lambda s: gap_cell(s["gaps"], "recall")),
    ("gaps matched exactly", lambda s: f"{s['gaps']['exact']}/{s['gaps']['truth']}"),
    ("truth documents", lambda s: str(s["documents"])),
    ("extra report documents ⁴", lambda s: str(s["extra_report_documents"])),
    ("presence exact-match ⁴", lambda s: pct(s["presence_exact"])),
    ("holder accuracy ⁵", lambda s: pct(s["holder"])),
    ("type accuracy ⁶", lambda s: pct(s["type"])),
    ("counted accuracy", lambda s: pct(s["counted"])),
] + [(f"flag `{flag}` ⁷", lambda s, flag=flag: flag_cell(s["flags"][flag])) for flag in FLAGS]


def people_cell(p, key=None):
    if p is None:
        return "-"
    q = p if key is None else p[key]
    return f"P {num(q['precision'])} R {num(q['recall'])} F1 {num(q['f1'])}"


# The side-by-side table: the same rows, plus the per-document summaries.
SPLIT_ROWS = ROWS + [
    ("flags exact (per document)", lambda s: pct(s["flags_exact"])),
    ("documents entirely right ⁹", lambda s: pct(s["document_all_correct"])),
    ("people (name, role, applicant) ¹⁰", lambda s: people_cell(s["people"])),
    ("people names only ¹⁰", lambda s: people_cell(s["people"], "names_only")),
    ("documents with a people list", lambda s: "0" if s["people"] is None
     else str(s["people"]["documents"])),
]
SPLIT_FOOTNOTES = """Columns: `tuning` = template families the reader may be tuned on, `held_out` = families meant never to be read while tuning, `held_out_2` = families written after `held_out` had been looked at (tools/corpus/families.json; a corpus has them only with `--families held_out_2`), `held_out_3` = families written after `held_out_2`'s misses had been looked at (only with `--families held_out_3`), `held_out_4` = families written after `held_out_3` had been looked at (only with `--families held_out_4`), `held_out_5` = families written after `held_out_4` had been looked at (only with `--families held_out_5`), `held_out_6` = families written after `held_out_5` had been looked at (only with `--families held_out_6`), `held_out_7` = families written after `held_out_6` had been looked at (only with `--families held_out_7`), `held_out_8` = families written after `held_out_7` had been looked at (only with `--families held_out_8`), `held_out_9` = families written after `held_out_8` had been looked at (only with `--families held_out_9`), `held_out_10` = families written after `held_out_9` had been looked at, which nobody has seen (only with `--families held_out_10`). A document counts under its own family's split; a case (verdict, false `complete`, gaps, cases, extra documents) under a split only when all its documents are in it, `mixed` otherwise.
⁹ Presence exact, holder and type right (where scored) and exactly the truth's flags.
¹⁰ Over documents whose report has `people`: multiset precision/recall of (name, role, is_applicant); names folded (accents, case, punctuation, word order dropped). "names only" ignores role and is_applicant."""

FOOTNOTES = f"""\
¹ Missing, unparsable or non-object report: scored as a wrong verdict, all its gaps and documents as misses.
² Report says `complete`, truth says `incomplete` (the dangerous error). `error` verdicts are counted on their own row and as wrong verdicts.
³ A predicted gap matches a truth gap (one-to-one, closest first) when they overlap and both ends are within {GAP_TOLERANCE_DAYS} days. Precision = matched / predicted; recall = matched / truth. Exactly = same start and end.
⁴ Documents are paired by (file, page). Exact = same list of presence intervals after sorting. Denominator: truth documents; one missing from the report is a miss. Report documents with no truth twin (or a second one with the same key) are "extra".
⁵ Over truth documents with a holder name or flag other_person/not_nominative: report `holder_is_applicant` (absent = false) equals truth's. Missing document = wrong.
⁶ Over truth documents not flagged corrupt_file/encrypted_pdf/unsupported_file. Missing document = wrong. Counted accuracy: report `counted` is the same boolean as truth's, over all truth documents.
⁷ "-" when no truth or report document has the flag. Per document; a missing document counts as a false negative for each truth flag, flags on extra report documents as false positives. n = truth documents with the flag.
⁸ Draft 2020-12 validation against the report schema; --json lists each invalid report's first error."""


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def render_summary(summaries):
    names = list(summaries)
    rows = [[label] + [cell(summaries[n]) for n in names] for label, cell in ROWS]
    return markdown_table(["metric"] + names, rows)


def render_breakdown(breakdown):
    rows = [[tag, str(b["docs"]), pct({"accuracy": b["accuracy"], "correct": b["exact"],
                                       "total": b["docs"]})]
            for tag, b in breakdown.items()]
    return markdown_table(["degradation", "documents", "presence exact-match"], rows)


def render_miss(rank, m):
    place = "" if m.file == "-" else f" {m.file} p{m.page}"
    tags = f" {{{','.join(m.degradations)}}}" if m.degradations else ""
    return (f"{rank}. [{m.kind}] {m.case_id} ({m.subset}){place}{tags}: "
            f"expected {m.expected}; got {m.got}")


def render_split_summary(summaries):
    names = list(summaries)
    rows = [[label] + [cell(summaries[n]) for n in names] for label, cell in SPLIT_ROWS]
    return markdown_table(["metric"] + names, rows)


def render_families(families):
    rows = [[f"`{f}`", b["split"], str(b["documents"]), pct(b["all_correct"]),
             pct(b["presence_exact"]), pct(b["holder"]), pct(b["type"]), pct(b["flags_exact"]),
             people_cell(b["people"])] for f, b in families.items()]
    return markdown_table(["family", "split", "documents", "entirely right", "presence exact",
                           "holder", "type", "flags exact", "people"], rows)


def render(summaries, breakdown, misses, split_summaries=None, families=None):
    parts = [render_summary(summaries), "", FOOTNOTES, "",
             "Presence exact-match by degradation (all subsets; a document counts under each of its tags):",
             "", render_breakdown(breakdown), "", f"Worst misses ({len(misses)} shown):", ""]
    parts += [render_miss(i, m) for i, m in enumerate(misses, 1)] or ["(none)"]
    if split_summaries:
        parts += ["", "Seen (tuning) and held-out template families (held_out, held_out_2 … held_out_10), side by side:", "",
                  render_split_summary(split_summaries), "", SPLIT_FOOTNOTES]
    if families:
        parts += ["", "By template family, worst first (documents entirely right):", "",
                  render_families(families)]
    return "\n".join(parts)


# ---------------------------------------------------------------- page times

# Columns of the file the audit writes when PRESENCIA_PAGE_TIMES names it
# (src/audit/audit_case.cpp, write_page_costs): one line per page read by
# OCR, CPU seconds of the worker that read it. Older files lack trial_read.
PAGE_TIME_COLUMNS = ("case", "file", "page", "megapixels", "total", "decode", "prepare",
                     "trial_read", "orientation", "first_read", "rereads", "ink_check",
                     "quality", "codes", "thumbnail", "reads", "confidence", "outcome")
PASS_COLUMNS = PAGE_TIME_COLUMNS[5:15]
# The bound: no page over 3x a clean page (here: the median page).
SLOW_FACTOR = 3.0


def load_page_times(path):
    """Rows of the page-times file as dicts; [] when there is none."""
    rows = []
    if path is None or not path.is_file():
        return rows
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        cells = line.split("\t")
        if len(cells) == len(PAGE_TIME_COLUMNS) - 1:
            cells.insert(PAGE_TIME_COLUMNS.index("trial_read"), "0")
        if len(cells) != len(PAGE_TIME_COLUMNS):
            continue
        row = dict(zip(PAGE_TIME_COLUMNS, cells))
        try:
            for key in PAGE_TIME_COLUMNS[3:17]:
                row[key] = float(row[key])
            row["page"] = int(row["page"])
        except ValueError:
            continue
        rows.append(row)
    return rows


def quantile(values, q):
    """The q-quantile by linear interpolation (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    at = q * (len(ordered) - 1)
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


def page_kinds(truths):
    """(case, file, page) -> the truth document's degradation tags."""
    kinds = {}
    for truth in truths:
        for doc in truth.get("documents", []):
            tags = doc.get("degradations") or [NO_DEGRADATION]
            first = doc.get("page") or 1
            for page in range(first, (doc.get("last_page") or first) + 1):
                kinds[(truth["case_id"], str(doc.get("file")), page)] = tags
    return kinds


def time_figures(values):
    median = quantile(values, 0.5)
    return {"pages": len(values), "median_s": median, "p99_s": quantile(values, 0.99),
            "max_s": max(values) if values else 0.0,
            "max_over_median": (max(values) / median) if values and median > 0 else None}


def page_time_summary(rows, truths, slowest=10):
    """Median, 99th percentile and max seconds per page, overall and per
    degradation tag, and the slowest pages with where their time went."""
    if not rows:
        return None
    kinds = page_kinds(truths)
    by_tag = {}
    for row in rows:
        row["kinds"] = kinds.get((row["case"], row["file"], row["page"]), [UNKNOWN])
        for tag in row["kinds"]:
            by_tag.setdefault(tag, []).append(row["total"])
    overall = time_figures([r["total"] for r in rows])
    median = overall["median_s"]
    slow = sorted(rows, key=lambda r: -r["total"])[:slowest]
    return {"overall": overall,
            "over_bound": sum(1 for r in rows if median > 0 and r["total"] > SLOW_FACTOR * median),
            "by_degradation": {tag: time_figures(v) for tag, v in sorted(by_tag.items())},
            "slowest": [{k: r[k] for k in ("case", "file", "page", "megapixels", "total", "reads",
                                           "confidence", "outcome", "kinds") + PASS_COLUMNS}
                        for r in slow]}


def render_page_times(summary):
    o = summary["overall"]
    ratio = f"{o['max_over_median']:.1f}x" if o["max_over_median"] else "-"
    parts = [f"Seconds per page (CPU of the worker that read it, pages read by OCR): "
             f"median {o['median_s']:.2f}, p99 {o['p99_s']:.2f}, max {o['max_s']:.2f} "
             f"({ratio} the median; {summary['over_bound']} of {o['pages']} pages over "
             f"{SLOW_FACTOR:.0f}x):", ""]
    rows = [[tag, str(f["pages"]), f"{f['median_s']:.2f}", f"{f['p99_s']:.2f}", f"{f['max_s']:.2f}"]
            for tag, f in sorted(summary["by_degradation"].items(),
                                 key=lambda kv: -kv[1]["max_s"])]
    parts += [markdown_table(["degradation", "pages", "median s", "p99 s", "max s"], rows), "",
              "Slowest pages:", ""]
    rows = [[f"{r['case']}/{r['file']} p{r['page']}", ",".join(r["kinds"]), f"{r['megapixels']:.1f}",
             f"{r['total']:.2f}", str(int(r["reads"])),
             " ".join(f"{c}={r[c]:.2f}" for c in PASS_COLUMNS if r[c] >= 0.05), r["outcome"][:50]]
            for r in summary["slowest"]]
    parts.append(markdown_table(["page", "degradations", "Mpx", "s", "reads", "where (s)",
                                 "outcome"], rows))
    return "\n".join(parts)


# ---------------------------------------------------------------- main

def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("truth_dir", type=Path, metavar="TRUTH_DIR")
    parser.add_argument("reports_dir", type=Path, metavar="REPORTS_DIR")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write all figures as JSON")
    parser.add_argument("--worst", type=int, default=15, metavar="N",
                        help="how many worst misses to list (default 15)")
    parser.add_argument("--schema", metavar="PATH",
                        help=f"report schema (default ../shared/spec/{SCHEMA_NAME} from the repo)")
    parser.add_argument("--subset", help="evaluate only truth cases of this subset")
    parser.add_argument("--page-times", type=Path, metavar="FILE",
                        help="per-page CPU seconds written by the audits (PRESENCIA_PAGE_TIMES;"
                             " default: that variable's file, when set)")
    parser.add_argument("--families", metavar="FILE",
                        help="family split file (default tools/corpus/families.json)")
    args = parser.parse_args(argv)
    if args.worst < 0:
        parser.error("--worst must be >= 0")
    for name in ("truth_dir", "reports_dir"):
        if not getattr(args, name).is_dir():
            parser.error(f"{name.upper()} {getattr(args, name)} is not a directory")
    return args


def main(argv=None):
    args = parse_args(argv)
    try:
        truths = load_truths(args.truth_dir, args.subset)
        validator = load_validator(args.schema)
        family_split = load_family_split(args.families)
    except UsageError as e:
        print(f"evaluate.py: error: {e}", file=sys.stderr)
        return 2
    results = evaluate(truths, args.reports_dir, validator, family_split)
    columns = column_counts(results)
    summaries = {name: summarise(c, validator is not None) for name, c in columns.items()}
    breakdown = degradation_breakdown(columns["all"])
    misses = worst_misses(results, args.worst)
    split_summaries = {name: summarise(c, validator is not None)
                       for name, c in split_counts(results).items()}
    families = family_breakdown(results)
    print(render(summaries, breakdown, misses, split_summaries, families))
    times_path = args.page_times
    if times_path is None and os.environ.get("PRESENCIA_PAGE_TIMES"):
        times_path = Path(os.environ["PRESENCIA_PAGE_TIMES"])
    page_times = page_time_summary(load_page_times(times_path), truths)
    if page_times:
        print("\n" + render_page_times(page_times))
    if args.json:
        figures = {"columns": summaries, "by_degradation": breakdown,
                   "worst_misses": [asdict(m) for m in misses],
                   "schema_errors": {t["case_id"]: r.schema_error
                                     for t, r in zip(truths, results) if r.schema_error},
                   "gap_tolerance_days": GAP_TOLERANCE_DAYS,
                   "by_split": split_summaries,
                   "case_split": {t["case_id"]: r.split for t, r in zip(truths, results)},
                   "by_family": families,
                   "page_times": page_times}
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
