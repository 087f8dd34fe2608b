#!/usr/bin/python3
"""Score the dossier checklist against the dossier corpus's truth (issue 20).

  tools/gen_corpus.py --dossier --families held_out --cases 45 --out /tmp/dossier-held
  tools/dossier_accuracy.py --corpus /tmp/dossier-held --bin build/presencia

Audits every case (or reads --reports), then prints per requirement and split
how often the status is right (found / missing / to_check / not_needed, as the
truth expects) and how often "found or not" is right, and the number of cases
whose dossier is `ready` although a required document is missing or must be
checked (must be 0). Exit status 1 when that number is not 0.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

REQUIREMENTS = ["application_form", "passport", "criminal_record", "protection_application", "fee",
                "supuesto"]


def audit(binary, case_dir, out_json):
    subprocess.run([binary, "audit", case_dir, "--json", out_json, "-q", "-j", "1"],
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def score(truths, reports):
    exact = collections.defaultdict(lambda: [0, 0])     # (split, req) -> [right, total]
    binary = collections.defaultdict(lambda: [0, 0])
    false_ready, misses, presence = 0, [], collections.Counter()
    for t in truths:
        rep = reports.get(t["case"])
        got = {}
        if rep and "dossier" in rep:
            got = {r["id"]: r for r in rep["dossier"]["requirements"]}
            presence[rep["verdict"]] += 1
        for req in REQUIREMENTS:
            want = t["expect"][req]
            have = got.get(req, {}).get("status", "absent")
            key = (t["split"], req)
            exact[key][1] += 1
            binary[key][1] += 1
            exact[key][0] += have == want
            binary[key][0] += (have == "found") == (want == "found")
            if have != want:
                misses.append(f"{t['case']} {t['scenario']:28s} {req}: want {want}, got {have}: "
                              f"{got.get(req, {}).get('reason', '')[:150]}")
        wants_ready = all(t["expect"][r] in ("found", "not_needed") for r in REQUIREMENTS)
        if rep and rep.get("dossier", {}).get("verdict") == "ready" and not wants_ready:
            false_ready += 1
            misses.append(f"{t['case']} FALSE READY ({t['scenario']})")
    return exact, binary, false_ready, misses, presence


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True, help="gen_corpus.py --dossier output")
    ap.add_argument("--bin", default="build/presencia")
    ap.add_argument("--reports", help="read reports from here instead of auditing")
    ap.add_argument("--misses", action="store_true", help="list every wrong status")
    a = ap.parse_args(argv)
    truth_dir = os.path.join(a.corpus, "truth")
    truths = [json.load(open(os.path.join(truth_dir, f), encoding="utf-8"))
              for f in sorted(os.listdir(truth_dir)) if f.endswith(".json")]
    rdir = a.reports or os.path.join(a.corpus, "reports")
    os.makedirs(rdir, exist_ok=True)
    reports = {}
    for t in truths:
        out = os.path.join(rdir, t["case"] + ".json")
        if not a.reports:
            audit(a.bin, os.path.join(a.corpus, "cases", t["case"]), out)
        if os.path.exists(out):
            reports[t["case"]] = json.load(open(out, encoding="utf-8"))
    exact, binary, false_ready, misses, presence = score(truths, reports)
    splits = sorted({s for s, _ in exact})
    print(f"cases: {len(truths)}  reports: {len(reports)}  presence verdicts: {dict(presence)}")
    print(f"{'requirement':24s} " + " ".join(f"{s + ' status':>16s} {s + ' found?':>16s}" for s in splits))
    for req in REQUIREMENTS:
        cells = []
        for s in splits:
            for table in (exact, binary):
                right, total = table[(s, req)]
                cells.append(f"{100.0 * right / total:6.1f}% ({right:3d}/{total:3d})" if total else " " * 16)
        print(f"{req:24s} " + " ".join(f"{c:>16s}" for c in cells))
    print(f"ready although a document is missing or to check: {false_ready}")
    if a.misses:
        for m in misses:
            print("  " + m)
    return 1 if false_ready else 0


if __name__ == "__main__":
    sys.exit(main())
