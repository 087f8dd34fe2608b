#!/usr/bin/python3
"""Writes the dossier papers of the sample applicant María Fernanda López
Quispe into a case folder, rendered by the corpus's dossier families
(tools/corpus/fam_dossier.py): passport (three pages, TD3 zone), EX-32,
Colombian criminal-record certificate with its apostille on its own page,
fee form 790 código 052 paid, open-ended employment contract.

  make_dossier.py CASE_DIR [--without KIND]...   (KIND: passport, form, record, fee, contract)
"""
import argparse
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))

from corpus import fam_dossier as fd  # noqa: E402
from corpus import textdata as td  # noqa: E402
from corpus.doctypes import Ctx  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case_dir")
    ap.add_argument("--without", action="append", default=[])
    a = ap.parse_args()
    rng = random.Random("e2e-dossier")
    person = td.Person("María Fernanda", ["López", "Quispe"])
    birth = dt.date(1991, 8, 23)
    ids = {"passport": "PA1234567", "nat": "COL", "country": "Colombia", "expiry": dt.date(2031, 1, 1)}
    muni = ("Madrid", "Madrid", "es", "280")
    ctx = lambda: Ctx(rng, person, True, "es", muni, dict(ids), birth, "natural")
    papers = {
        "passport": ("pasaporte.pdf", lambda: fd.passport_plain(ctx(), pages=3)),
        "form": ("EX-32 solicitud.pdf", lambda: fd.form_boxes(ctx(), form="EX-32", date=dt.date(2026, 6, 10))),
        "record": ("antecedentes penales.pdf", None),
        "fee": ("tasa 790.png", lambda: fd.fee_grid(ctx(), epigrafe="2.3.1", paid=True, date=dt.date(2026, 6, 5))),
        "contract": ("contrato.png", lambda: fd.contract(ctx(), months=0, date=dt.date(2026, 5, 20))),
    }
    for kind, (name, build) in papers.items():
        if kind in a.without:
            continue
        if kind == "record":
            issued = dt.date(2026, 3, 2)
            pages = fd.record_header(ctx(), issued=issued).pages + fd.apostille_hague(ctx(), issued=issued).pages
        else:
            pages = build().pages
        fd._save(pages, os.path.join(a.case_dir, name), 200)


if __name__ == "__main__":
    main()
