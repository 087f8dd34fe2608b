#!/usr/bin/python3
"""Decode rate of boarding-pass barcodes on clean, scanned and photographed pages.

Renders passes with tools/render_test_pages.py's drawing (zint codes), in
PDF417, Aztec and QR, on a printed layout and on a phone-screen layout, then
audits each condition as one case with the presencia binary and counts the
pages whose code was decoded and parsed as BCBP. Prints one line per
(symbology, layout, condition). Deterministic: fixed seeds.

Then the same for the corpus generator's boarding passes (tools/corpus/fam_travel.py,
three airlines, printed or on a phone, some prints damaged), rendered and damaged
as the corpus does (clean scan, scan, phone photo): per family and condition, the
passes whose code was decoded, and of those with a damaged print how many still
counted on their flight's day.

With --corpus DIR (a tools/gen_corpus.py output), audits every case twice,
with codes and with --no-codes (OCR alone), and prints, over the documents
whose truth holds a code: how many are right (counted as the truth says, with
its presence) each way, how many the codes rescued and how many they lost;
and for every document whose truth prints a CSV, how many reports show it,
and the QR addresses found.

Usage: tools/codes_decode_rate.py --bin build/presencia [--per-cell 4] [--out DIR]
                                  [--only test|corpus]
       tools/codes_decode_rate.py --bin build/presencia --corpus DIR [--jobs 2]
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_test_pages as r  # noqa: E402
from corpus import assemble, degrade, families  # noqa: E402

SURNAMES = ["LOPEZ QUISPE", "OKAFOR", "EL IDRISSI", "NGUYEN", "POPESCU", "SILVA COSTA"]
GIVEN = ["MARIA", "CHIDI", "FATIMA", "LINH", "ANDREI", "JOAO"]
ROUTES = [("LIM", "MAD", "IB"), ("BCN", "ORY", "VY"), ("AGP", "LGW", "U2"), ("CMN", "SVQ", "AT")]


def bcbp(rng):
    name = (rng.choice(SURNAMES) + "/" + rng.choice(GIVEN))[:20].ljust(20)
    frm, to, carrier = rng.choice(ROUTES)
    flight = str(rng.randint(100, 9999)).rjust(4, "0") + " "
    day = "%03d" % rng.randint(1, 365)
    pnr = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)) + " "
    seat = "%03d" % rng.randint(1, 40) + rng.choice("ABCDEF")
    return ("M1" + name + "E" + pnr + frm + to + carrier.ljust(3) + flight + day + "Y" + seat +
            "%04d" % rng.randint(1, 300) + " 100")


CONDITIONS = {
    "clean": lambda p: p,
    "scanned": lambda p: r.noisy(r.skewed(p, 2), sigma=18),
    "photographed": lambda p: r.keystoned(p).filter(ImageFilter.GaussianBlur(1.2)),
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--per-cell", type=int, default=4)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--only", choices=("test", "corpus"), default=None)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="codes-rate-"))
    if args.corpus:
        rescued(args, out)
        return
    if args.only != "corpus":
        test_layouts(args, out)
    if args.only != "test":
        corpus_passes(args, out)


def audit(binary, case):
    report = case.parent / (case.name + ".json")
    subprocess.run([binary, "audit", str(case), "--no-cache", "--quiet", "--json", str(report)],
                   check=False, stdout=subprocess.DEVNULL)
    return json.loads(report.read_text())["documents"]


APPLICANT = {"applicant": "Maria Fernanda Lopez Quispe", "submission_date": "2026-06-30"}
CORPUS_CONDITIONS = {"clean": "clean_scan", "scanned": "scan", "photographed": "photo"}


def corpus_passes(args, out):
    print("family condition decoded/pages damaged_print_counted/damaged_prints")
    app = assemble.Applicant(random.Random(19))
    app.person = assemble.td.Person("María Fernanda", ["López", "Quispe"])
    day = random.Random(7)
    for family in sorted(n for n in families.REGISTRY["transport_ticket"] if n.startswith("boarding")):
        for condition, mode in CORPUS_CONDITIONS.items():
            case = out / ("corpus-%s-%s" % (family, condition))
            case.mkdir(parents=True, exist_ok=True)
            (case / "case.json").write_text(json.dumps(APPLICANT))
            rng = random.Random("%s:%s" % (family, condition))
            g = assemble.numpy_rng(rng)
            truth = {}
            for i in range(args.per_cell):
                date = assemble.dt.date(2026, 1, 20) + assemble.dt.timedelta(days=day.randint(0, 150))
                pd = {"type": "transport_ticket", "holder": "applicant", "spec": {"date": date},
                      "bad": None, "dup_of": None}
                orig = families.choose
                families.choose = lambda _r, _k, _w, name=family: name
                try:
                    doc = assemble.build_doc(rng, app, pd, "all")
                finally:
                    families.choose = orig
                log = []
                img, dpi = assemble.page_image(doc.pages[0], mode, g, log, doc.type)
                name = "pass%02d.jpg" % i
                (case / name).write_bytes(degrade.encode(img, "jpg", quality=80, dpi=dpi))
                truth[name] = doc
            docs = {d["file"]: d for d in audit(args.bin, case)}
            decoded = damaged = rescued = 0
            for name, doc in truth.items():
                got = docs.get(name, {})
                text = doc.codes[0]["text"]
                decoded += any(c.get("text") == text for c in got.get("codes", []))
                # A pass with no Spanish leg proves nothing, damaged or not.
                if getattr(doc, "print_damage", None) and doc.presence:
                    damaged += 1
                    want = [{"start": s.isoformat(), "end": e.isoformat()} for s, e in doc.presence]
                    rescued += bool(got.get("counted")) and got.get("presence") == want
            print("%s %s %d/%d %d/%d" % (family, condition, decoded, len(truth), rescued, damaged),
                  flush=True)


def audit_corpus(binary, corpus, out, extra, jobs):
    """{case_id: {(file, page): report document}} for every case of the corpus."""
    out.mkdir(parents=True, exist_ok=True)
    # Only the cases with a boarding pass or a verification code: the others have
    # nothing for codes to rescue and no CSV to report.
    cases = sorted(p for p in (corpus / "cases").iterdir() if p.is_dir() and
                   any(d.get("codes") or d.get("verification") for d in json.loads(
                       (corpus / "truth" / (p.name + ".json")).read_text())["documents"]))

    def one(case):
        report = out / (case.name + ".json")
        if not report.exists():
            subprocess.run([binary, "audit", str(case), "--no-cache", "--quiet", "--jobs", "1",
                            "--json", str(report)] + extra, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        docs = json.loads(report.read_text())["documents"] if report.exists() else []
        return case.name, {(d["file"], d.get("page", 1)): d for d in docs}

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return dict(pool.map(one, cases))


def right(tdoc, rdoc):
    """The report says of the document what the truth says: counted or not, and when counted
    the same presence."""
    if rdoc is None:
        return False
    if tdoc["counted"] != bool(rdoc.get("counted")):
        return False
    return not tdoc["counted"] or [(p["start"], p["end"]) for p in rdoc.get("presence", [])] == \
        [(p["start"], p["end"]) for p in tdoc["presence"]]


FILE_FLAGS = {"corrupt_file", "encrypted_pdf", "unsupported_file", "unreadable"}


def squash(csv):
    # RULES.md: compared without spaces or dashes, case-insensitive.
    return "".join(c for c in (csv or "") if c.isalnum()).upper()


def rescued(args, out):
    with_codes = audit_corpus(args.bin, args.corpus, out / "with-codes", [], args.jobs)
    ocr_only = audit_corpus(args.bin, args.corpus, out / "ocr-only", ["--no-codes"], args.jobs)
    passes = both = saved = lost = only_ocr_right = codes_right = decoded = 0
    csvs = csv_found = csv_shown = urls = url_found = 0
    for path in sorted((args.corpus / "truth").glob("*.json")):
        truth = json.loads(path.read_text())
        case = truth["case_id"]
        if case not in with_codes:
            continue
        for t in truth["documents"]:
            key = (t["file"], t["page"])
            rc, ro = with_codes.get(case, {}).get(key), ocr_only.get(case, {}).get(key)
            if t.get("codes") and not set(t["flags"]) & FILE_FLAGS:
                passes += 1
                a, b = right(t, rc), right(t, ro)
                codes_right += a
                only_ocr_right += b
                both += a and b
                saved += a and not b
                lost += b and not a
                decoded += any(c.get("text") == t["codes"][0]["text"]
                               for c in (rc or {}).get("codes", []))
            v = t.get("verification")
            if v and not t["flags"]:
                csvs += 1
                got = (rc or {}).get("verification", {})
                csv_found += squash(got.get("csv")) == squash(v["csv"])
                csv_shown += bool(got.get("csv"))
                if v.get("url"):
                    urls += 1
                    url_found += got.get("url") == v["url"]
    print("boarding passes (truth holds a BCBP code): %d" % passes)
    print("  code decoded: %d/%d" % (decoded, passes))
    print("  right with codes: %d/%d; right with OCR alone: %d/%d" %
          (codes_right, passes, only_ocr_right, passes))
    print("  rescued by the codes (right only with them): %d; lost (right only without): %d" %
          (saved, lost))
    print("documents printing a CSV: a CSV in the report %d/%d, exactly the printed one %d/%d; "
          "QR address in the report %d/%d" % (csv_shown, csvs, csv_found, csvs, url_found, urls))


def test_layouts(args, out):
    rng = random.Random(19)
    print("symbology layout condition decoded/pages")
    for symbology in ("PDF417", "AZTEC", "QRCODE"):
        for layout in ("print", "phone"):
            passes = [bcbp(rng) for _ in range(args.per_cell)]
            for condition, damage in CONDITIONS.items():
                case = out / ("%s-%s-%s" % (symbology, layout, condition))
                case.mkdir(parents=True, exist_ok=True)
                (case / "case.json").write_text(
                    '{"applicant": "Maria Lopez Quispe", "submission_date": "2026-12-31"}')
                for i, text in enumerate(passes):
                    if layout == "print":
                        page = r.render_boarding_pass(text, symbology, "AIRLINE", "FLIGHT")
                    else:
                        page = r.render_phone_pass(text, symbology, "AIRLINE", "FLIGHT")
                    damage(page).convert("L").save(case / ("pass%02d.jpg" % i), quality=85)
                docs = audit(args.bin, case)
                decoded = sum(1 for d in docs
                              if any(c.get("text") in passes and c.get("kind") == "bcbp"
                                     for c in d.get("codes", [])))
                print("%s %s %s %d/%d" % (symbology, layout, condition, decoded, len(passes)),
                      flush=True)


if __name__ == "__main__":
    main()
