#!/usr/bin/python3
"""Measure each page-preparation step: accuracy and time with it on and off.

Generates a degraded corpus (scanner and phone-camera damage only), then
audits it once per variant, each with a fresh OCR cache so every page is
really read, and prints a Markdown table: presence exact-match, holder and
verdict accuracy, and seconds per document, for all steps on and for each
step turned off.

Usage: tools/ablation.py [--cases N] [--seed S] [--out DIR] [--jobs J]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = "/usr/bin/python3"

# (name, audit flags): each row turns one step off.
VARIANTS = [
    ("all steps on", []),
    ("no orientation detection", ["--no-orientation"]),
    ("no perspective correction", ["--no-dewarp"]),
    ("no deskew", ["--no-deskew"]),
    ("no background flattening", ["--no-background"]),
    ("no rescaling", ["--no-rescale"]),
    ("no thickening of thin print", ["--no-embolden"]),
    ("ruling lines kept", ["--keep-rules"]),
]


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cases", type=int, default=30)
    p.add_argument("--seed", type=int, default=606)
    p.add_argument("--out", default="/tmp/presencia-ablation")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    return p.parse_args(argv)


def generate(out, cases, seed):
    corpus = out / "corpus"
    stamp = corpus / ".stamp"
    wanted = f"cases={cases} seed={seed} subset=degraded"
    if stamp.exists() and stamp.read_text() == wanted:
        return corpus
    shutil.rmtree(corpus, ignore_errors=True)
    subprocess.run([PYTHON, str(REPO / "tools/gen_corpus.py"), "--out", str(corpus), "--cases", str(cases),
                    "--seed", str(seed), "--subset", "degraded"], check=True, stdout=subprocess.DEVNULL)
    stamp.write_text(wanted)
    return corpus


def audit_all(binary, corpus, reports, cache, flags, jobs):
    """Audits every case single-threaded, `jobs` at a time; returns seconds."""
    shutil.rmtree(reports, ignore_errors=True)
    reports.mkdir(parents=True)
    if cache.exists():
        cache.unlink()
    cases = sorted(p.name for p in (corpus / "cases").iterdir())

    def one(case):
        subprocess.run([binary, "audit", str(corpus / "cases" / case), "--jobs", "1", "--quiet",
                        "--cache", str(cache), "--json", str(reports / f"{case}.json"), *flags],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)

    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(one, cases))
    return time.monotonic() - start


def evaluate(corpus, reports, out_json):
    subprocess.run([PYTHON, str(REPO / "tools/evaluate.py"), str(corpus / "truth"), str(reports),
                    "--json", str(out_json)], check=True, stdout=subprocess.DEVNULL)
    figures = json.loads(out_json.read_text())
    return figures["columns"]["all"], figures["by_degradation"]


TURNED = ("rotated_90", "rotated_180", "rotated_270")


def tagged(by_tag, *tags):
    """Presence exact-match over the documents carrying any of `tags`."""
    docs = sum(by_tag.get(t, {}).get("docs", 0) for t in tags)
    exact = sum(by_tag.get(t, {}).get("exact", 0) for t in tags)
    return f"{100 * exact / docs:.1f}% ({docs})" if docs else "n/a"


def percent(entry):
    return f"{100 * entry['accuracy']:.1f}%" if entry["accuracy"] is not None else "n/a"


def main(argv):
    args = parse_args(argv)
    binary = os.environ.get("PRESENCIA_BIN", str(REPO / "build/presencia"))
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    corpus = generate(out, args.cases, args.seed)
    print(f"Degraded corpus: {args.cases} cases, seed {args.seed}; {args.jobs} audits at a time, "
          "each single-threaded, fresh OCR cache per variant.\n")
    print("| variant | presence exact | phone photos | skewed scans | turned pages | holder | verdict "
          "| false complete | s/document |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, flags in VARIANTS:
        slug = name.replace(" ", "-")
        reports = out / f"reports-{slug}"
        seconds = audit_all(binary, corpus, reports, out / f"cache-{slug}.sqlite", flags, args.jobs)
        figures, by_tag = evaluate(corpus, reports, out / f"accuracy-{slug}.json")
        per_doc = seconds * args.jobs / max(1, figures["documents"])
        print(f"| {name} | {percent(figures['presence_exact'])} | {tagged(by_tag, 'phone_photo')} | "
              f"{tagged(by_tag, 'skew')} | {tagged(by_tag, *TURNED)} | {percent(figures['holder'])} | "
              f"{percent(figures['verdict'])} | {figures['false_complete']} | {per_doc:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
