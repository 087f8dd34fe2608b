#!/usr/bin/python3
"""Seeded synthetic corpus of presence-proof case folders for presencia.

  tools/gen_corpus.py --out DIR --cases N --seed S [--subset clean|degraded|mixed] [--jobs J]
                     [--families tuning|held_out|held_out_2|held_out_3|held_out_4|held_out_5|held_out_6|held_out_7|held_out_8|held_out_9|held_out_10|all|classic]
  tools/gen_corpus.py --samples DIR
  tools/gen_corpus.py --households --out DIR --cases N --seed S [--families tuning|held_out|held_out_6|held_out_7|held_out_8|all]

Writes DIR/cases/<case_id>/ (case.json + documents) and DIR/truth/<case_id>.json.
Same arguments => byte-identical output. Truth is computed by tools/corpus/rules.py.
--families keeps every document to the template families of that frozen split
(tools/corpus/families.json); the default, all, draws from the tuning and
held_out families; held_out_2, held_out_3, held_out_4, held_out_5, held_out_6, held_out_7, held_out_8, held_out_9 and held_out_10 (the fresh,
frozen sets) are drawn only when named; classic keeps the first corpus's builders only and
reproduces it byte for byte.
"""
import argparse
import multiprocessing
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpus import assemble, packaging, planner  # noqa: E402
from corpus import textdata as td  # noqa: E402


def case_json(rng, app, sub):
    out = {"applicant": app.person.natural, "submission_date": sub.isoformat()}
    if rng.random() < 0.5:
        out["birth_date"] = app.birth.isoformat()
        if app.nie:
            out["nie"] = app.nie
        if not app.nie or rng.random() < 0.4:
            out["passport"] = app.passport
    return out


def generate_case(args):
    """Worker: one case, fully determined by (seed, index, subset option)."""
    out, seed, index, subset_opt, which = args
    rng = random.Random(f"presencia-corpus:{seed}:{index}")
    subset = subset_opt if subset_opt != "mixed" else rng.choice(["clean", "degraded"])
    case_id = f"case-{index + 1:04d}"
    app = assemble.Applicant(rng)
    sub, scenario, plan = planner.plan_case(rng)
    built = []
    for pd in plan.docs:
        if pd["dup_of"] is not None:
            built.append(built[pd["dup_of"]])
        else:
            built.append(assemble.build_doc(rng, app, pd, None if which == "classic" else which))
    files = packaging.package(rng, plan.docs, built, subset)
    g = assemble.numpy_rng(rng)
    truth = assemble.write_case(out, case_id, seed, subset, app, sub, case_json(rng, app, sub),
                                files, built, plan.docs, g)
    want = planner.SCENARIOS[scenario][1]
    miss = "" if truth["verdict"] == want else f" (planned {scenario}: {want})"
    return f"{case_id} {subset:8s} {scenario:11s} {truth['verdict']}{miss}"


def run_corpus(out, n, seed, subset, jobs, which="all"):
    tasks = [(out, seed, i, subset, which) for i in range(n)]
    if jobs > 1:
        with multiprocessing.Pool(jobs) as pool:
            lines = pool.map(generate_case, tasks, chunksize=1)
    else:
        lines = [generate_case(t) for t in tasks]
    for ln in lines:
        print(ln)


def run_dossier(out, n, seed, which):
    """Dossier cases: scenario i % len(SCENARIOS), documents from the `which` split only."""
    from corpus import fam_dossier, families
    if which == "held_out_5":
        # The blind set (fam_fresh5_dossier): its own families for every paper, every
        # scenario (it has a held_out_5 contract family for short_contract).
        from corpus import fam_fresh5_dossier as fresh5
        for i in range(n):
            scenario = fam_dossier.SCENARIOS[i % len(fam_dossier.SCENARIOS)]
            truth = fresh5.make_case(out, f"dossier-held_out_5-{i + 1:04d}", seed, families.SPLIT, scenario)
            print(truth["case"], truth["pathway"], scenario)
        return
    if which == "held_out_6":
        # The second blind set (fam_fresh6_dossier), drawn the same way as held_out_5.
        from corpus import fam_fresh6_dossier as fresh6
        for i in range(n):
            scenario = fam_dossier.SCENARIOS[i % len(fam_dossier.SCENARIOS)]
            truth = fresh6.make_case(out, f"dossier-held_out_6-{i + 1:04d}", seed, families.SPLIT, scenario)
            print(truth["case"], truth["pathway"], scenario)
        return
    if which == "held_out_7":
        # The third blind set (fam_fresh7_dossier), drawn the same way as held_out_5 and 6.
        from corpus import fam_fresh7_dossier as fresh7
        for i in range(n):
            scenario = fam_dossier.SCENARIOS[i % len(fam_dossier.SCENARIOS)]
            truth = fresh7.make_case(out, f"dossier-held_out_7-{i + 1:04d}", seed, families.SPLIT, scenario)
            print(truth["case"], truth["pathway"], scenario)
        return
    if which == "held_out_8":
        # The fourth blind set (fam_fresh8_dossier), drawn the same way as held_out_5, 6 and 7.
        from corpus import fam_fresh8_dossier as fresh8
        for i in range(n):
            scenario = fam_dossier.SCENARIOS[i % len(fam_dossier.SCENARIOS)]
            truth = fresh8.make_case(out, f"dossier-held_out_8-{i + 1:04d}", seed, families.SPLIT, scenario)
            print(truth["case"], truth["pathway"], scenario)
        return
    if which == "held_out_9":
        # The fifth blind set (fam_fresh9_dossier), drawn the same way as held_out_5 … 8.
        from corpus import fam_fresh9_dossier as fresh9
        for i in range(n):
            scenario = fam_dossier.SCENARIOS[i % len(fam_dossier.SCENARIOS)]
            truth = fresh9.make_case(out, f"dossier-held_out_9-{i + 1:04d}", seed, families.SPLIT, scenario)
            print(truth["case"], truth["pathway"], scenario)
        return
    if which == "held_out_10":
        # The sixth blind set (fam_fresh10_dossier), drawn the same way as held_out_5 … 9.
        from corpus import fam_fresh10_dossier as fresh10
        for i in range(n):
            scenario = fam_dossier.SCENARIOS[i % len(fam_dossier.SCENARIOS)]
            truth = fresh10.make_case(out, f"dossier-held_out_10-{i + 1:04d}", seed, families.SPLIT, scenario)
            print(truth["case"], truth["pathway"], scenario)
        return
    split = "held_out" if which == "held_out" else "tuning"
    scenarios = [s for s in fam_dossier.SCENARIOS if split == "tuning" or s != "short_contract"]
    for i in range(n):
        scenario = scenarios[i % len(scenarios)]
        truth = fam_dossier.make_case(out, f"dossier-{split}-{i + 1:04d}", seed, split,
                                      families.SPLIT, scenario)
        print(truth["case"], truth["pathway"], scenario)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out")
    ap.add_argument("--cases", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--subset", choices=["clean", "degraded", "mixed"], default="mixed")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--families", choices=["tuning", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7", "held_out_8", "held_out_9", "held_out_10", "all", "classic"], default="all",
                    help="template families to draw documents from (frozen split)")
    ap.add_argument("--samples", metavar="DIR", help="write the fixed sample set into DIR")
    ap.add_argument("--households", action="store_true",
                    help="families of 2-5 members in one folder, truth per member "
                         "(tools/corpus/households.py)")
    ap.add_argument("--dossier", action="store_true",
                    help="write dossier cases instead (issue 20): every scenario in turn, "
                         "families of --families (tuning, held_out, held_out_5, held_out_6, held_out_7, held_out_8, held_out_9 or held_out_10)")
    a = ap.parse_args(argv)
    if a.samples:
        from corpus import samples
        samples.write_samples(a.samples)
        return 0
    if not a.out:
        ap.error("--out or --samples is required")
    if a.households:
        from corpus import households
        households.run(a.out, a.cases, a.seed, a.subset,
                       "all" if a.families == "classic" else a.families)
        return 0
    if a.dossier:
        run_dossier(a.out, a.cases, a.seed, a.families)
        return 0
    run_corpus(a.out, a.cases, a.seed, a.subset, a.jobs, a.families)
    return 0


if __name__ == "__main__":
    sys.exit(main())
