#!/usr/bin/python3
"""Prints the share of date expressions presencia reads, from other date
parsers' public test corpora (tests/extract/data/date_expressions.tsv, each
group naming its source).

(a) the date grammar alone: the rows as the extract tests read them
    (build/tests/extract_tests --gtest_filter=DateExpressions.*);
(b) each expression printed on a one-page PDF with a text layer, in two
    layouts: a plain receipt ("Fecha: <expr>"; a month-only row as a bill's
    "Periodo de facturación: <expr>") and an NGO attendance certificate
    ("Fecha de asistencia: <expr>", the rows that name a day), each case
    audited by the real binary
    (presencia audit DIR --json r.json --no-cache). A row counts as read when
    the page's presence is its day (or, for a month-only row, its month).
    Text-layer PDFs need no OCR, so this takes a few minutes at most.

Usage: tools/date_expressions.py [--build build] [--skip-pdf] [--keep DIR]
"""

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests/extract/data/date_expressions.tsv"
APPLICANT = "María Fernanda López Quispe"
NIE = "Y1234567X"
SUBMISSION = "2026-06-15"


def rows():
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        text, value, lang = line.split("\t")
        out.append((text, value, lang))
    return out


def share(counter):
    total = sum(counter.values())
    return f"{counter['read']}/{total} read ({100.0 * counter['read'] / total:.1f} %), " \
           f"{counter['wrong']} wrong, {counter['missed']} not read"


def parser_alone(build):
    binary = build / "tests/extract_tests"
    run = subprocess.run([str(binary), "--gtest_filter=DateExpressions.*"],
                         capture_output=True, text=True)
    results = []
    for line in run.stdout.splitlines():
        if line.startswith("date-expression\t"):
            _, status, lang, value, text = line.split("\t", 4)
            results.append((status, lang, value, text))
    if not results:
        sys.exit(f"no rows from {binary}: build the extract_tests target")
    return results


def month_end(value):
    y, m = map(int, value.split("-"))
    first_next = date(y + (m == 12), m % 12 + 1, 1)
    return (first_next - timedelta(days=1)).isoformat()


def page(path, lines):
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 90
    for i, (text, size) in enumerate(lines):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", size)
        c.drawString(70, y, text)
        y -= size + 14
    c.showPage()
    c.save()


def receipt(expr, value):
    if len(value) == 7:  # a month-only period prints on a bill
        return [("FACTURA DE ELECTRICIDAD", 16), ("Suministro eléctrico - Comercializadora Luz del Sur", 11),
                (f"Titular: {APPLICANT}", 11), (f"Periodo de facturación: {expr}", 11),
                ("Importe total: 48,20 EUR", 11)]
    return [("JUSTIFICANTE DE ENTREGA", 16), ("Oficina municipal de registro", 11),
            (f"Nombre: {APPLICANT}", 11), (f"Fecha: {expr}", 11), ("Documento entregado en mano.", 11)]


def certificate(expr, value):
    label = "Fecha de asistencia"
    return [("CERTIFICADO DE ASISTENCIA", 16), ("Asociación Acogida Solidaria - Programa de acogida", 11),
            (f"La entidad certifica que {APPLICANT}, con NIE {NIE},", 11),
            ("ha asistido al taller de español para personas migrantes.", 11),
            (f"{label}: {expr}", 11)]


def audit(build, layout, table, keep):
    with tempfile.TemporaryDirectory() as tmp:
        case = Path(keep) / layout if keep else Path(tmp) / layout
        case.mkdir(parents=True, exist_ok=True)
        (case / "case.json").write_text(json.dumps(
            {"applicant": APPLICANT, "submission_date": SUBMISSION}), encoding="utf-8")
        for i, (text, value, _) in enumerate(table):
            page(case / f"row_{i:03d}.pdf", layout_lines[layout](text, value))
        # Beside the case, never in it: an audit never writes into the folder it reads.
        report = case.parent / f"{layout}.json"
        subprocess.run([str(build / "presencia"), "audit", str(case), "--json", str(report),
                        "--no-cache", "-q"], check=False)
        docs = json.loads(report.read_text(encoding="utf-8"))["documents"]
    by_file = {d["file"]: d for d in docs}
    results = []
    for i, (text, value, lang) in enumerate(table):
        d = by_file.get(f"row_{i:03d}.pdf")
        presence = [(p["start"], p["end"]) for p in (d or {}).get("presence", [])]
        want = (value + "-01", month_end(value)) if len(value) == 7 else (value, value)
        status = "read" if want in presence else "wrong" if presence else "missed"
        results.append((status, lang, value, text))
    return results


layout_lines = {"receipt": receipt, "certificate": certificate}


def report(title, results):
    overall = collections.Counter(s for s, *_ in results)
    print(f"{title}: {share(overall)}")
    for lang in ("es", "ca", "gl"):
        c = collections.Counter(s for s, l, *_ in results if l == lang)
        if c:
            print(f"    {lang}: {share(c)}")
    for status, lang, value, text in results:
        if status != "read":
            print(f"    {status:6} {lang} {value:10} {text}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=str(ROOT / "build"))
    ap.add_argument("--skip-pdf", action="store_true", help="only (a), the grammar alone")
    ap.add_argument("--keep", help="write the case folders here instead of a temporary folder")
    args = ap.parse_args()
    build = Path(args.build)
    table = rows()
    print(f"{len(table)} date expressions from {DATA.relative_to(ROOT)}")
    report("(a) date grammar alone", parser_alone(build))
    if args.skip_pdf:
        return
    report("(b) one-page text-layer PDF, audited", audit(build, "receipt", table, args.keep))
    # A certificate proves the day of attendance; a month-only period is a
    # bill's or a payslip's, so those rows are measured on the bill only.
    days = [row for row in table if len(row[1]) == 10]
    print(f"(the certificate takes the {len(days)} rows that name a day)")
    report("(b) NGO attendance certificate, audited", audit(build, "certificate", days, args.keep))


if __name__ == "__main__":
    main()
