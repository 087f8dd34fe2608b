#!/usr/bin/python3
"""The corpus generator's template families and their frozen split.

Run: /usr/bin/python3 -m unittest discover -s tools/tests

Builds every family in every language it claims, for the applicant, a relative
and (where a document may name nobody) no one, with and without a date, and
checks what the truth file will say: the holder is printed, each person listed
is printed, the applicant is flagged only on the applicant's own documents,
and no date is printed on a document the truth calls undated.
"""
import datetime as dt
import json
import random
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

TOOLS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TOOLS))

from corpus import assemble, families  # noqa: E402
from corpus import textdata as td  # noqa: E402

D = dt.date
ROLES = {"holder", "patient", "passenger", "student", "user", "sender", "beneficiary", "tenant",
         "landlord", "official", "relative", "other"}
SPECS = {
    "padron": dict(alta=D(2025, 3, 10), expedicion=D(2026, 2, 20)),
    "padron_historico": dict(rows=[(D(2024, 5, 6), D(2025, 2, 27)), (D(2025, 2, 28), None)],
                             expedicion=D(2026, 4, 20)),
    "utility_bill": dict(period=(D(2026, 3, 1), D(2026, 3, 31)), issue=D(2026, 4, 6), kind="luz"),
    "payslip": dict(period=(D(2025, 11, 1), D(2025, 11, 30)), issue=D(2025, 12, 2)),
}
UNDATED_KINDS = ("attendance_certificate", "other", "library_card", "shop_receipt")
# A day and a month in any printed form: an undated page prints none.
_MONTHS = "|".join(sorted({m for ms in td.MONTHS.values() for m in ms} |
                          {td.strip_accents(a).rstrip(".").lower() for ms in td.MONTH_ABBR_DOT.values()
                           for a in ms} | {a.lower() for a in td.ABBR}, key=len, reverse=True))
_FULL = "|".join(td.strip_accents(m) for ms in td.MONTHS.values() for m in ms)
DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}[/-]\d{1,2}[/-]\d{1,2}\b|"
                  r"\b\d{1,2}\W{0,3}(" + _MONTHS + r")\b|\b(" + _FULL + r") \d{1,2}\b|"
                  r"\b(dos|dous) mil\b", re.I)


def page_text(doc):
    return "\n".join(op[3] for p in doc.pages for op in p.ops if op[0] == "text")


def folded(s):
    return " ".join(td.strip_accents(s).lower().replace(",", " ").split())


def applicant(seed):
    rng = random.Random(seed)
    app = assemble.Applicant(rng)
    app.nie = td.nie(rng)
    return app


class EveryFamily(unittest.TestCase):
    def build(self, kind, name, lang, holder, date=D(2026, 3, 16), seed=0):
        app = applicant(f"fam:{kind}:{name}:{seed}")
        spec = SPECS.get(kind, {"date": date})
        pd = {"type": kind, "holder": holder, "spec": spec, "bad": None, "dup_of": None,
              "lang": lang}
        rng = random.Random(f"fam:{kind}:{name}:{lang}:{holder}:{seed}")
        orig = families.choose
        families.choose = lambda _r, _k, _w: name
        try:
            doc = assemble.build_doc(rng, app, pd, "all")
        finally:
            families.choose = orig
        return app, doc

    def test_every_family_builds_and_its_truth_is_printed(self):
        for kind, fams in families.REGISTRY.items():
            for name in fams:
                for lang in families.langs(kind, name):
                    for holder in ("applicant", "relative"):
                        for seed in range(2):
                            with self.subTest(family=f"{kind}/{name}", lang=lang, holder=holder,
                                              seed=seed):
                                self.check(kind, name, lang, holder, seed)

    def check(self, kind, name, lang, holder, seed):
        app, doc = self.build(kind, name, lang, holder, seed=seed)
        self.assertEqual(doc.family, f"{kind}/{name}")
        text = folded(page_text(doc))
        self.assertIsNotNone(doc.holder)
        # Split APELLIDOS / NOMBRE fields print "SURNAMES, GIVEN" as two values.
        for part in doc.holder.split(", ") if doc.holder.count(",") == 1 else [doc.holder]:
            self.assertIn(folded(part), text)
        # A boarding pass with no Spanish leg proves no day (RULES.md, Codes).
        self.assertTrue(doc.presence or "needs_review" in getattr(doc, "flags", []))
        for p in doc.people:
            self.assertIn(p["role"], ROLES)
            for part in p["name"].split(", ") if p["name"].count(",") == 1 else [p["name"]]:
                self.assertIn(folded(part), text)
        mine = [p for p in doc.people if p["is_applicant"]]
        if holder == "applicant":
            self.assertEqual([p["name"] for p in mine], [doc.holder])
        else:
            self.assertEqual(mine, [])
        self.assertEqual([p["name"] for p in doc.people].count(doc.holder), 1)

    def test_undated_documents_print_no_date(self):
        for kind in UNDATED_KINDS:
            for name in families.REGISTRY[kind]:
                for lang in families.langs(kind, name):
                    with self.subTest(family=f"{kind}/{name}", lang=lang):
                        _, doc = self.build(kind, name, lang, "applicant", date=None)
                        self.assertEqual(doc.presence, [])
                        text = page_text(doc)
                        self.assertIsNone(DATE.search(td.strip_accents(text)), text)

    def test_shop_receipts_may_name_nobody(self):
        for name in families.REGISTRY["shop_receipt"]:
            with self.subTest(family=name):
                _, doc = self.build("shop_receipt", name, "es", "none")
                self.assertIsNone(doc.holder)
                self.assertEqual(doc.people, [])


class DateForms(unittest.TestCase):
    """The forms issue 16 lists, as the new families print them."""

    def test_day_forms(self):
        f = td.fmt_date2
        self.assertEqual(f(D(2026, 5, 5), "words_day"), "cinco de mayo de 2026")
        self.assertEqual(f(D(2026, 5, 4), "words_full", "ca"), "quatre de maig de dos mil vint-i-sis")
        self.assertEqual(f(D(2026, 7, 1), "ordinal"), "1.º de julio de 2026")
        self.assertEqual(f(D(2025, 8, 12), "ymd_slash"), "2025/08/12")
        self.assertEqual(f(D(2026, 2, 14), "y_mon_d"), "2026-feb-14")
        self.assertEqual(f(D(2026, 2, 3), "abbr_dot", "ca"), "3 febr. 2026")
        self.assertEqual(f(D(2026, 5, 5), "month_first"), "mayo 5 del 2026")

    def test_month_only_forms(self):
        f = td.fmt_month2
        self.assertEqual([f(2025, 11, s) for s in ("abbr_lower", "num_dash")], ["nov 2025", "11-2025"])
        self.assertEqual([f(2025, 12, "abbr_dot"), f(2026, 3, "num_slash"), f(2026, 3, "year_first")],
                         ["dic. 2025", "3/2026", "2026/3"])
        self.assertEqual(f(2025, 8, "abbr_dash"), "ago-2025")


class FrozenSplit(unittest.TestCase):
    def test_split_covers_every_family_and_kind(self):
        families.check_split()
        held = [f for f, s in families.SPLIT.items() if s == "held_out"]
        self.assertTrue(0.25 <= len(held) / len(families.SPLIT) <= 0.4)
        for must in ("attendance_certificate/prose_persona", "training_certificate/official_first",
                     "bank_receipt/remittance", "rental_contract/two_tenants"):
            self.assertEqual(families.SPLIT[must], "held_out")

    def test_generated_documents_keep_to_the_split(self):
        with tempfile.TemporaryDirectory() as tmp:
            for which in ("held_out", "tuning"):
                out = Path(tmp) / which
                subprocess.run([sys.executable, str(TOOLS / "gen_corpus.py"), "--out", str(out),
                                "--cases", "3", "--seed", "5", "--families", which, "--jobs", "1"],
                               check=True, capture_output=True)
                for path in sorted((out / "truth").glob("*.json")):
                    for d in json.loads(path.read_text())["documents"]:
                        self.assertEqual(d["family_split"], which, d["family"])
                        self.assertEqual(families.split_of(d["family"]), which)


if __name__ == "__main__":
    unittest.main()
