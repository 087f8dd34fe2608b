#!/usr/bin/python3
"""Decode rate of boarding-pass barcodes on clean, scanned and photographed pages.

Renders passes with tools/render_test_pages.py's drawing (zint codes), in
PDF417, Aztec and QR, on a printed layout and on a phone-screen layout, then
audits each condition as one case with the presencia binary and counts the
pages whose code was decoded and parsed as BCBP. Prints one line per
(symbology, layout, condition). Deterministic: fixed seeds.

Usage: tools/codes_decode_rate.py --bin build/presencia [--per-cell 4] [--out DIR]
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_test_pages as r  # noqa: E402

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
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="codes-rate-"))
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
                report = case.parent / (case.name + ".json")
                subprocess.run([args.bin, "audit", str(case), "--no-cache", "--quiet", "--json",
                                str(report)], check=False, stdout=subprocess.DEVNULL)
                docs = json.loads(report.read_text())["documents"]
                decoded = sum(1 for d in docs
                              if any(c.get("text") in passes and c.get("kind") == "bcbp"
                                     for c in d.get("codes", [])))
                print("%s %s %s %d/%d" % (symbology, layout, condition, decoded, len(passes)),
                      flush=True)


if __name__ == "__main__":
    main()
