#!/usr/bin/python3
"""held_out_7 of the dossier corpus (tools/corpus/fam_fresh7_dossier.py).

Run: /usr/bin/python3 -m unittest discover -s tools/tests

Every dossier kind has a held_out_7 family and only that module's families are
held_out_7; the list is frozen and appended last; every family and extra renders
for every country it serves; the zones hold or fail exactly at the planned digit;
plans say what RULES.md "The dossier" says; and the tuning, held_out, held_out_5
and held_out_6 dossier corpora are the same bytes with or without this set.
"""
import datetime as dt
import json
import random
import re
import sys
import tempfile
import unittest
from pathlib import Path

TOOLS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TOOLS))

from corpus import fam_dossier, families  # noqa: E402
from corpus import fam_fresh5_dossier as f5  # noqa: E402
from corpus import fam_fresh6_dossier as f6  # noqa: E402
from corpus import fam_fresh7_dossier as f7  # noqa: E402
from corpus import textdata as td  # noqa: E402
from corpus.doctypes import Ctx  # noqa: E402
# The check digits and page text as held_out_6's test computes them, apart
# from the writers'.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_dossier_fresh6 import check_plans, folded, icao_digit, page_text, td3_failures  # noqa: E402,F401

D = dt.date
FRESH7D_FROZEN = [
    "application_form/sello_registro", "application_form/representante_ong", "passport/copia_compulsada",
    "passport/pagina_policarbonato", "criminal_record/certificado_en_linea", "criminal_record/constancia_ventanilla",
    "criminal_record/certidao_pf", "criminal_record/nbi_clearance", "criminal_record/pcc_bangladesh",
    "criminal_record/bulletin_tpi", "apostille/electronica_trilingue", "apostille/hoja_adjunta",
    "apostille/legalizacion_cadena", "translation/jurada_formula", "translation/consulado",
    "fee_form/ticket_cajero", "fee_form/adeudo_sede", "protection_application/resguardo_oar",
    "protection_application/admision_tramite", "employment_contract/clausulas", "employment_contract/compromiso",
    "employment_contract/plan_empresa", "vulnerability_certificate/centro_acogida",
    "vulnerability_certificate/trabajo_social_hospital",
    "application_form/justificante_mercurio", "passport/libreta_apaisada",
]
# Written again here rather than read from the module: which states issue e-Apostilles, which a
# paper one, and which (not Hague parties) legalise through the ministry and the Spanish embassy.
E_APOSTILLE = {"Ecuador", "Chile", "Brasil"}
PAPER = {"Nicaragua", "El Salvador", "Filipinas"}
CHAIN = {"Bangladesh", "Camerún"}


def context(country, seed=0, nie=True):
    info = f7.COUNTRIES[country]
    rng = random.Random(f"f7test:{country}:{seed}")
    person = td.Person(info["given"][seed % len(info["given"])], info["sur"][:2 if info["two"] else 1])
    ids = {"passport": "AB1234567", "nat": info["code"], "country": country, "sex": "F",
           "expiry": D(2031, 5, 3), "personal": "12345678" if seed % 2 else "", "apostille_days": 3,
           "card": "4567890", "card_expiry": D(2030, 1, 2), "signed": D(2026, 5, 1)}
    if nie:
        ids["nie"] = "Y1234567X"
    return Ctx(rng, person, True, "es", td.MUNICIPALITIES[0], ids, D(1988, 3, 15), "natural")


SPEC = dict(date=D(2026, 5, 2), issued=D(2026, 3, 1), requested=D(2026, 2, 1), applied=D(2025, 6, 7),
            form="EX-31", pages=3, months=6, paid=True, apostille_on_page=False)


def serves(family, country):
    """Whether a country's case can draw this family (the country picks record and legalisation)."""
    kind, name = family.split("/")
    info = f7.COUNTRIES[country]
    if kind == "criminal_record":
        return name == info["record"]
    if kind == "apostille":
        return name == f7.APOSTILLE_OF[info["legal"]]
    if kind == "translation":
        return info["lang"] != "es"
    if family == "extra/identity_card":
        return bool(info["td1"])
    return True


def all_families():
    return [f"{k}/{n}" for k, fams in f7.FAMILIES.items() for n in fams] + [f"extra/{n}" for n in f7.EXTRA]


class FreshHeldOut7Dossier(unittest.TestCase):
    def mine(self):
        # The dossier kinds' families: held_out_7 may also hold presence families
        # (fam_fresh7, another branch), tested in test_corpus_families.
        return sorted(f for f, s in families.SPLIT.items() if s == "held_out_7"
                      and f.split("/")[0] in families.DOSSIER_REGISTRY)

    def test_every_dossier_kind_has_a_held_out_7_family_and_only_this_module_is_held_out_7(self):
        for kind in fam_dossier.FAMILIES:
            self.assertTrue(any(families.SPLIT[f"{kind}/{n}"] == "held_out_7" for n in f7.FAMILIES[kind]), kind)
        self.assertEqual(self.mine(), sorted(f"{k}/{n}" for k, fams in f7.FAMILIES.items() for n in fams))
        for kind, fams in f7.FAMILIES.items():   # no name shadows an earlier family
            earlier = set(fam_dossier.FAMILIES[kind]) | set(f5.FAMILIES.get(kind, {})) | set(f6.FAMILIES.get(kind, {}))
            self.assertFalse(set(fams) & earlier, kind)
        self.assertIn("held_out_7", families.DOSSIER_SPLITS)
        self.assertEqual(set(f7.COUNTRIES), E_APOSTILLE | PAPER | CHAIN)
        earlier = set(fam_dossier.COUNTRIES) | set(f5.COUNTRIES) | set(f6.COUNTRIES)
        self.assertFalse(set(f7.COUNTRIES) & earlier)   # eight states no earlier set has

    def test_split_is_frozen_and_appended_last(self):
        self.assertEqual(self.mine(), sorted(FRESH7D_FROZEN))
        # The dossier's block is the last of the dossier's held_out_7 entries (the presence
        # set of the same split may merge before or after it, as one block of its own).
        # The blind sets written after it (held_out_8 ...) are appended after it.
        later = {"held_out_8", "held_out_9", "held_out_10"}
        order = [f for f in families.SPLIT if f in set(FRESH7D_FROZEN)
                 or families.SPLIT[f] not in {"held_out_7"} | later]
        self.assertEqual(order[-len(FRESH7D_FROZEN):], FRESH7D_FROZEN)

    def test_every_family_renders_for_every_country_it_serves(self):
        for fam in all_families():
            for country in f7.COUNTRIES:
                if not serves(fam, country):
                    continue
                with self.subTest(fam=fam, country=country):
                    c = context(country)
                    doc = f7._builder(fam)(c, **SPEC)
                    self.assertTrue(doc.pages)
                    text = page_text(doc)
                    for p in doc.pages:
                        for op in p.ops:
                            if op[0] == "text":
                                self.assertTrue(-1 <= op[1] <= p.w + 1 and 0 <= op[2] <= p.h + 1, (fam, op[3]))
                    if fam != "apostille/" + f7.APOSTILLE_OF[f7.COUNTRIES[country]["legal"]]:
                        self.assertIn(folded(c.holder.surnames[0]), folded(text), fam)

    def test_passport_zones_hold_or_fail_where_planned(self):
        for fam in ("passport/copia_compulsada", "passport/pagina_policarbonato", "passport/libreta_apaisada"):
            for country in f7.COUNTRIES:
                for wrong in (None, "birth", "expiry", "number", "composite"):
                    for seed in (0, 1):
                        with self.subTest(fam=fam, country=country, wrong=wrong, seed=seed):
                            doc = f7._builder(fam)(context(country, seed), **dict(SPEC, wrong=wrong))
                            lines = [op[3] for op in doc.pages[0].ops if op[0] == "text" and len(op[3]) == 44
                                     and "<" in op[3]]
                            self.assertEqual(len(lines), 2)
                            self.assertTrue(lines[0].startswith("P<" + f7.COUNTRIES[country]["code"]))
                            self.assertEqual(td3_failures(lines[1]), [wrong] if wrong else [])
                            self.assertEqual(doc.facts["wrong_mrz"], wrong)

    def test_identity_card_zone_holds(self):
        for country, info in f7.COUNTRIES.items():
            if not info["td1"]:
                continue
            doc = f7.EXTRA["identity_card"](context(country), **SPEC)
            zone = [op[3] for op in doc.pages[0].ops if op[0] == "text" and len(op[3]) == 30 and "<" in op[3]]
            self.assertEqual(len(zone), 3, country)
            one, two, _ = zone
            self.assertEqual(icao_digit(one[5:14]), one[14])
            self.assertEqual(icao_digit(two[0:6]), two[6])
            self.assertEqual(icao_digit(two[8:14]), two[14])
            self.assertEqual(icao_digit(one[5:30] + two[0:7] + two[8:15] + two[18:29]), two[29])

    def test_plans_say_what_the_rules_say(self):
        check_plans(self, f7, "held_out_7", 4,
                    lambda country: "electronica_trilingue" if country in E_APOSTILLE else
                        "hoja_adjunta" if country in PAPER else "legalizacion_cadena", E_APOSTILLE)

    def test_papers_print_what_the_truth_relies_on(self):
        for fam in ("protection_application/resguardo_oar", "protection_application/admision_tramite"):
            text = page_text(f7._builder(fam)(context("Nicaragua"), **SPEC))
            self.assertIn("07/06/2025", text, fam)
        for fam in ("fee_form/ticket_cajero", "fee_form/adeudo_sede"):
            paid = page_text(f7._builder(fam)(context("Chile"), **SPEC))
            unpaid = page_text(f7._builder(fam)(context("Chile"), **dict(SPEC, paid=False)))
            self.assertIn("052", unpaid)
            self.assertIn("NRC", paid, fam)
            self.assertNotIn("NRC", unpaid, fam)
            self.assertNotIn("PAGADO", unpaid)
        for fam in f7.CONTRACTS:
            for months, words in ((2, "dos"), (6, "seis"), (24, "veinticuatro")):
                text = folded(page_text(f7._builder(f"employment_contract/{fam}")(context("Ecuador"),
                                                                                 **dict(SPEC, months=months))))
                self.assertIn(f"{words} meses" if fam == "compromiso" else f"{words} ({months}) meses", text)
            self.assertIn("indefinido", page_text(f7._builder(f"employment_contract/{fam}")(context("Ecuador"),
                                                                                          **dict(SPEC, months=0))))
        for fam in ("translation/jurada_formula", "translation/consulado"):
            for country in ("Brasil", "Filipinas", "Bangladesh", "Camerún"):
                text = folded(page_text(f7._builder(fam)(context(country), **SPEC)))
                self.assertIn("traduccion fiel y completa al espanol", text)
                self.assertIn(folded(f7.LANG_ES[f7.COUNTRIES[country]["lang"]]), text)
                self.assertIn("01/03/2026", text)   # the certificate's own date, translated
                self.assertIn("al dorso", text)
                bare = folded(page_text(f7._builder(fam)(context(country), **dict(SPEC, apostilled=False))))
                self.assertNotIn("al dorso", bare)   # no legalisation, none translated
        for form in ("EX-31", "EX-32"):
            for fam in ("application_form/sello_registro", "application_form/representante_ong",
                        "application_form/justificante_mercurio"):
                self.assertIn(form, page_text(f7._builder(fam)(context("Chile"), **dict(SPEC, form=form))))
        # A legalisation on the certificate's back is its page 2, and says what it is.
        for country, word in (("Filipinas", "APOSTILLE"), ("Nicaragua", "APOSTILLA"), ("Bangladesh", "LEGALIZACIÓN"),
                              ("Camerún", "LEGALIZACIÓN")):
            fam = "criminal_record/" + f7.COUNTRIES[country]["record"]
            doc = f7._builder(fam)(context(country), **dict(SPEC, apostille_on_page=True))
            self.assertEqual(len(doc.pages), 2, country)
            self.assertIn(word, "\n".join(op[3] for op in doc.pages[1].ops if op[0] == "text"))

    def test_make_case_writes_truth_and_draws_only_held_out_6(self):
        with tempfile.TemporaryDirectory() as tmp:
            for i, scenario in enumerate(("complete", "requested", "bad_mrz")):
                truth = f7.make_case(tmp, f"c{i}", 5, families.SPLIT, scenario, dpi=50)
                cdir = Path(tmp) / "cases" / f"c{i}"
                self.assertEqual(sorted(p.name for p in cdir.iterdir()),
                                 sorted(["case.json", "volante.pdf"] + [p["file"] for p in truth["papers"]]))
                self.assertEqual(truth["split"], "held_out_7")
                for p in truth["papers"]:
                    self.assertTrue(p["family"].startswith("extra/") or families.SPLIT[p["family"]] == "held_out_7")
                    self.assertNotIn(p["family"].split("/")[-1], p["file"])
                case = json.loads((cdir / "case.json").read_text(encoding="utf-8"))
                self.assertEqual(case["pathway"], truth["pathway"])
            again = tempfile.mkdtemp(dir=tmp)
            f7.make_case(again, "c0", 5, families.SPLIT, "complete", dpi=50)
            for p in (Path(again) / "cases" / "c0").iterdir():   # same arguments, same bytes
                self.assertEqual(p.read_bytes(), (Path(tmp) / "cases" / "c0" / p.name).read_bytes(), p.name)

    def test_earlier_dossier_corpora_are_unchanged_by_the_set(self):
        """fam_dossier (tuning, held_out), fam_fresh5_dossier and fam_fresh6_dossier draw the same
        papers, byte for byte (but the time PIL stamps into fam_dossier's PDFs), with and without
        held_out_7."""
        without = {f: s for f, s in families.SPLIT.items() if s != "held_out_7"}
        stamp = re.compile(rb"/(CreationDate|ModDate) \(D:\d+Z\)")
        with tempfile.TemporaryDirectory() as tmp:
            for split in ("tuning", "held_out", "held_out_5", "held_out_6"):
                trees = []
                for splits in (families.SPLIT, without):
                    out = Path(tmp) / f"{split}-{len(trees)}"
                    for i, scenario in enumerate(("complete", "requested")):
                        if split in ("held_out_5", "held_out_6"):
                            (f5 if split == "held_out_5" else f6).make_case(str(out), f"d{i}", 9, splits, scenario,
                                                                            dpi=50)
                        else:
                            fam_dossier.make_case(str(out), f"d{i}", 9, split, splits, scenario, dpi=50)
                    trees.append({str(p.relative_to(out)): stamp.sub(b"", p.read_bytes())
                                  for p in sorted(out.rglob("*")) if p.is_file()})
                self.assertEqual(trees[0], trees[1], split)
                self.assertTrue(trees[0])


if __name__ == "__main__":
    unittest.main()
