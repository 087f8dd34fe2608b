#!/usr/bin/python3
"""Score presencia on a households corpus (tools/gen_corpus.py --households).

  tools/household_accuracy.py --corpus DIR [--bin build/presencia] [--reports DIR] [--jobs J]

Audits each DIR/cases/<id> (unless its report is already in --reports, default
DIR/reports), then prints, split by template family (tuning / held_out / held_out_2 / held_out_3 / held_out_7 / held_out_8 / held_out_9 / held_out_10):
per-member verdict accuracy, document-to-member assignment accuracy (also per
document family, with --misses), and false
`complete` for any member (must be 0).
"""
import argparse
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import households  # noqa: E402


def audit(binary, case_dir, report, jobs):
    if os.path.exists(report):
        return
    subprocess.run([binary, "audit", case_dir, "--json", report, "--jobs", str(jobs)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


# held_out_7 … held_out_10 are named so that a --families held_out_7 (or _8, _9, _10) corpus is reported as such, not
# under held_out, where its household-only padrón families come from.
SPLITS = ("tuning", "held_out", "held_out_2", "held_out_3", "held_out_7", "held_out_8", "held_out_9", "held_out_10")


def household_split(truth):
    # A corpus drawn from one split is that split's (held_out_2/3 households
    # take their shared padrón from held_out: households.py says why).
    if truth.get("families") in SPLITS:
        return truth["families"]
    for d in truth["documents"]:
        if d["type"] == "padron" and d["family"] in households.HOUSEHOLD_FAMILIES:
            return households.split_of(d["family"])
    return "unknown"


def score(truth, report, tally):
    split = household_split(truth)
    t = tally[split]
    t["households"] += 1
    got = {m["name"]: m for m in (report or {}).get("members", [])}
    for m in truth["members"]:
        t["members"] += 1
        verdict = got.get(m["name"], {}).get("verdict", "missing")
        t["verdict_ok"] += verdict == m["verdict"]
        if verdict == "complete" and m["verdict"] != "complete":
            t["false_complete"] += 1
            t["false_complete_cases"].append(f"{truth['case_id']}:{m['relation']}")
        if verdict != m["verdict"]:
            t["confusions"][f"{m['verdict']}->{verdict}"] += 1
            t["misses"].append(f"{truth['case_id']} member {m['relation']} {m['name']}: "
                               f"truth {m['verdict']} got {verdict}")
    assigned = {}
    for e in (report or {}).get("household", {}).get("documents", []):
        assigned[(e["file"], e["page"])] = set(e["members"])
    for d in truth["documents"]:
        t["documents"] += 1
        got_members = assigned.get((d["file"], d["page"]), set())
        ok = got_members == set(d["members"])
        t["assignment_ok"] += ok
        if not ok:
            t["misses"].append(f"{truth['case_id']} {d['file']}#{d['page']} {d['family']}: "
                               f"truth {sorted(d['members'])} got {sorted(got_members)}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--bin", default="build/presencia")
    ap.add_argument("--reports")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--misses", action="store_true",
                    help="list each document assigned wrongly, with its template family")
    a = ap.parse_args(argv)
    reports = a.reports or os.path.join(a.corpus, "reports")
    os.makedirs(reports, exist_ok=True)
    tally = collections.defaultdict(lambda: collections.defaultdict(int))
    for split in SPLITS:
        tally[split]["confusions"] = collections.Counter()
        tally[split]["false_complete_cases"] = []
        tally[split]["misses"] = []
    for name in sorted(os.listdir(os.path.join(a.corpus, "truth"))):
        with open(os.path.join(a.corpus, "truth", name), encoding="utf-8") as fh:
            truth = json.load(fh)
        report_path = os.path.join(reports, truth["case_id"] + ".json")
        audit(a.bin, os.path.join(a.corpus, "cases", truth["case_id"]), report_path, a.jobs)
        report = None
        if os.path.exists(report_path):
            with open(report_path, encoding="utf-8") as fh:
                report = json.load(fh)
        score(truth, report, tally)
    for split in SPLITS:
        t = tally[split]
        if not t["households"]:
            continue
        print(f"{split}: {t['households']} households, {t['members']} members, "
              f"{t['documents']} documents")
        print(f"  per-member verdict accuracy: {t['verdict_ok']}/{t['members']} "
              f"({100.0 * t['verdict_ok'] / t['members']:.1f}%)")
        print(f"  assignment accuracy (document to members): {t['assignment_ok']}/{t['documents']} "
              f"({100.0 * t['assignment_ok'] / t['documents']:.1f}%)")
        print(f"  false complete (any member): {t['false_complete']} "
              f"{' '.join(t['false_complete_cases'])}")
        if t["confusions"]:
            print("  verdict confusions (truth->report): " +
                  ", ".join(f"{k} {v}" for k, v in sorted(t["confusions"].items())))
        if a.misses:
            for line in t["misses"]:
                print("  miss: " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
