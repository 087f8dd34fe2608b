#!/usr/bin/python3
"""held_out_9 of the dossier corpus (tools/corpus/fam_fresh9_dossier.py).

Run: /usr/bin/python3 -m unittest discover -s tools/tests

Every dossier kind has a held_out_9 family and only that module's families are
held_out_9; the list is frozen and appended last; every family and extra renders
for every country it serves; the zones hold or fail exactly at the planned digit;
plans say what RULES.md "The dossier" says; and the tuning, held_out, held_out_5,
held_out_6, held_out_7 and held_out_8 dossier corpora are the same bytes with or without this set.
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
from corpus import fam_fresh8_dossier as f8o  # noqa: E402
from corpus import fam_fresh9_dossier as f8  # noqa: E402
from corpus import textdata as td  # noqa: E402
from corpus.doctypes import Ctx  # noqa: E402
# The check digits and page text as held_out_6's test computes them, apart
# from the writers'.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_dossier_fresh6 import check_plans, folded, icao_digit, page_text, td3_failures  # noqa: E402,F401

D = dt.date
FRESH9D_FROZEN = [
    "application_form/rellenado_boligrafo",
    "application_form/pdf_rellenable",
    "application_form/registro_entrada",
    "passport/escaner_plano",
    "passport/fotocopia_gris",
    "passport/foto_inclinada",
    "criminal_record/certificacion_registro_judicial",
    "criminal_record/policivo_dij",
    "criminal_record/vertetim_e_albania",
    "criminal_record/teghekank_armenia",
    "criminal_record/bulletin3_bilingue",
    "criminal_record/extrait_bamako",
    "criminal_record/phieu_ly_lich",
    "criminal_record/good_conduct_dci",
    "apostille/verificacion_qr",
    "apostille/hoja_adherida",
    "apostille/sello_ministerio_embajada",
    "translation/notas_traductor",
    "translation/dos_columnas",
    "fee_form/banca_online_pdf",
    "fee_form/carta_pago_tres",
    "protection_application/resguardo_cita_oar",
    "protection_application/tarjeta_roja_copia",
    "employment_contract/modelo_sepe",
    "employment_contract/carta_oferta",
    "employment_contract/memoria_autonomo",
    "vulnerability_certificate/servicios_sociales_ccaa",
    "vulnerability_certificate/informe_ong_acogida",
]
# Written again here rather than read from the module: which states issue e-Apostilles, which a
# paper one, and which (not Hague parties) legalise through the ministry and the Spanish embassy.
E_APOSTILLE = {"Costa Rica", "Panamá"}
PAPER = {"Albania", "Armenia", "Túnez"}
CHAIN = {"Malí", "Vietnam", "Kenia"}
# The certificate printed in a script the OCR's data does not hold: its holder is not in Latin letters.
SCRIPT = {"Armenia": "ՏԵՂԵԿԱՆՔ"}


def context(country, seed=0, nie=True):
    info = f8.COUNTRIES[country]
    rng = random.Random(f"f9test:{country}:{seed}")
    person = td.Person(info["given"][seed % len(info["given"])], info["sur"][:2 if info["two"] else 1])
    ids = {"passport": "AB1234567", "nat": info["code"], "country": country, "sex": "F",
           "expiry": D(2031, 5, 3), "personal": "1234567890123" if seed % 2 else "", "apostille_days": 3,
           "apostille_no": "44556677", "card": "456789012", "card_expiry": D(2030, 1, 2)}
    if nie:
        ids["nie"] = "Y1234567X"
    return Ctx(rng, person, True, "es", td.MUNICIPALITIES[0], ids, D(1988, 3, 15), "natural")


SPEC = dict(date=D(2026, 5, 2), issued=D(2026, 3, 1), requested=D(2026, 2, 1), applied=D(2025, 6, 7),
            form="EX-31", pages=3, months=6, paid=True, apostille_on_page=False)


def serves(family, country):
    """Whether a country's case can draw this family (the country picks record and legalisation)."""
    kind, name = family.split("/")
    info = f8.COUNTRIES[country]
    if kind == "criminal_record":
        return name == info["record"]
    if kind == "apostille":
        return name == f8.APOSTILLE_OF[info["legal"]]
    if kind == "translation":
        return info["lang"] != "es"
    if family == "extra/identity_card":
        return bool(info["td1"])
    return True


def all_families():
    return [f"{k}/{n}" for k, fams in f8.FAMILIES.items() for n in fams] + [f"extra/{n}" for n in f8.EXTRA]


class FreshHeldOut9Dossier(unittest.TestCase):
    def mine(self):
        # The dossier kinds' families: held_out_9 may also hold presence families
        # (fam_fresh9, another branch), tested in test_corpus_families.
        return sorted(f for f, s in families.SPLIT.items() if s == "held_out_9"
                      and f.split("/")[0] in families.DOSSIER_REGISTRY)

    def test_every_dossier_kind_has_a_held_out_9_family_and_only_this_module_is_held_out_9(self):
        for kind in fam_dossier.FAMILIES:
            self.assertTrue(any(families.SPLIT[f"{kind}/{n}"] == "held_out_9" for n in f8.FAMILIES[kind]), kind)
        self.assertEqual(self.mine(), sorted(f"{k}/{n}" for k, fams in f8.FAMILIES.items() for n in fams))
        for kind, fams in f8.FAMILIES.items():   # no name shadows an earlier family
            earlier = set(fam_dossier.FAMILIES[kind]) | set(f5.FAMILIES.get(kind, {})) | \
                set(f6.FAMILIES.get(kind, {})) | set(f7.FAMILIES.get(kind, {})) | set(f8o.FAMILIES.get(kind, {}))
            self.assertFalse(set(fams) & earlier, kind)
        self.assertIn("held_out_9", families.DOSSIER_SPLITS)
        self.assertIn("held_out_9", families.SPLITS)
        self.assertEqual(set(f8.COUNTRIES), E_APOSTILLE | PAPER | CHAIN)
        earlier = set(fam_dossier.COUNTRIES) | set(f5.COUNTRIES) | set(f6.COUNTRIES) | set(f7.COUNTRIES) | set(f8o.COUNTRIES)
        self.assertFalse(set(f8.COUNTRIES) & earlier)   # eight states no earlier set has

    def test_split_is_frozen_and_appended_last(self):
        self.assertEqual(self.mine(), sorted(FRESH9D_FROZEN))
        # The dossier's block is the last of the dossier's held_out_9 entries (the presence
        # set of the same split may merge before or after it, as one block of its own).
        # The blind sets written after it (held_out_10 ...) are appended after it.
        order = [f for f in families.SPLIT if f in set(FRESH9D_FROZEN)
                 or families.SPLIT[f] not in ("held_out_9", "held_out_10")]
        self.assertEqual(order[-len(FRESH9D_FROZEN):], FRESH9D_FROZEN)

    def test_every_family_renders_for_every_country_it_serves(self):
        for fam in all_families():
            for country in f8.COUNTRIES:
                if not serves(fam, country):
                    continue
                for on_page in (False, True):
                    if on_page and not fam.startswith("criminal_record/"):
                        continue
                    with self.subTest(fam=fam, country=country, on_page=on_page):
                        c = context(country)
                        doc = f8._builder(fam)(c, **dict(SPEC, apostille_on_page=on_page))
                        self.assertTrue(doc.pages)
                        text = page_text(doc)
                        for p in doc.pages:
                            for op in p.ops:
                                if op[0] == "text":
                                    self.assertTrue(-1 <= op[1] <= p.w + 1 and 0 <= op[2] <= p.h + 1, (fam, op[3]))
                                    from corpus.layout import text_width
                                    w = text_width(op[3], op[4], op[5])
                                    left = op[1] - {"l": 0, "c": w / 2, "r": w}[op[6]]
                                    self.assertTrue(left >= -0.5 and left + w <= p.w + 0.5, (fam, op[3]))
                        if fam.startswith("apostille/"):
                            continue
                        if fam.startswith("criminal_record/") and country in SCRIPT:
                            self.assertNotIn(folded(c.holder.surnames[0]), folded(text))
                            self.assertIn(SCRIPT[country], text)
                        else:
                            self.assertIn(folded(c.holder.surnames[0]), folded(text), fam)

    def test_passport_zones_hold_or_fail_where_planned(self):
        for fam in ("passport/escaner_plano", "passport/fotocopia_gris", "passport/foto_inclinada"):
            for country in f8.COUNTRIES:
                for wrong in (None, "birth", "expiry", "number", "composite"):
                    for seed in (0, 1):
                        for pages in (1, 2, 3):
                            with self.subTest(fam=fam, country=country, wrong=wrong, seed=seed, pages=pages):
                                doc = f8._builder(fam)(context(country, seed), **dict(SPEC, wrong=wrong, pages=pages))
                                lines = [op[3] for p in doc.pages for op in p.ops if op[0] == "text"
                                         and len(op[3]) == 44 and "<" in op[3]]
                                self.assertEqual(len(lines), 2)
                                self.assertTrue(lines[0].startswith("P<" + f8.COUNTRIES[country]["code"]))
                                self.assertEqual(td3_failures(lines[1]), [wrong] if wrong else [])
                                self.assertEqual(doc.facts["wrong_mrz"], wrong)
                                self.assertEqual(len(doc.pages), pages)

    def test_identity_card_zone_holds(self):
        for country, info in f8.COUNTRIES.items():
            if not info["td1"]:
                continue
            doc = f8.EXTRA["identity_card"](context(country), **SPEC)
            zone = [op[3] for op in doc.pages[0].ops if op[0] == "text" and len(op[3]) == 30 and "<" in op[3]]
            self.assertEqual(len(zone), 3, country)
            one, two, _ = zone
            self.assertTrue(one.startswith("ID" + info["code"]))
            self.assertEqual(icao_digit(one[5:14]), one[14])
            self.assertEqual(icao_digit(two[0:6]), two[6])
            self.assertEqual(icao_digit(two[8:14]), two[14])
            self.assertEqual(icao_digit(one[5:30] + two[0:7] + two[8:15] + two[18:29]), two[29])

    def test_plans_say_what_the_rules_say(self):
        check_plans(self, f8, "held_out_9", 5,
                    lambda country: "verificacion_qr" if country in E_APOSTILLE else
                        "hoja_adherida" if country in PAPER else "sello_ministerio_embajada", E_APOSTILLE)

    def test_papers_print_what_the_truth_relies_on(self):
        for fam in ("protection_application/resguardo_cita_oar", "protection_application/tarjeta_roja_copia"):
            text = page_text(f8._builder(fam)(context("Albania"), **SPEC))
            self.assertIn("07/06/2025", text, fam)
        for fam in ("fee_form/banca_online_pdf", "fee_form/carta_pago_tres"):
            paid = page_text(f8._builder(fam)(context("Panamá"), **SPEC))
            unpaid = page_text(f8._builder(fam)(context("Panamá"), **dict(SPEC, paid=False)))
            for text in (paid, unpaid):
                self.assertIn("790", text)
                self.assertIn("052", text)
            self.assertIn("NRC", paid, fam)
            self.assertNotIn("NRC", unpaid, fam)
            self.assertNotIn("PAGADO", unpaid.upper())
            self.assertNotIn("REALIZADA", unpaid.upper())
        for fam in f8.CONTRACTS:
            for months, words in ((2, "dos meses"), (6, "seis meses"), (24, "veinticuatro meses")):
                text = folded(page_text(f8._builder(f"employment_contract/{fam}")(context("Costa Rica"),
                                                                                 **dict(SPEC, months=months))))
                self.assertIn(words, text)
                self.assertIn(f"{months}", text)
            self.assertIn("indefinid", folded(page_text(f8._builder(f"employment_contract/{fam}")(
                context("Costa Rica"), **dict(SPEC, months=0)))))
        for fam in ("translation/notas_traductor", "translation/dos_columnas"):
            for country in ("Albania", "Armenia", "Túnez", "Malí", "Vietnam", "Kenia"):
                text = folded(page_text(f8._builder(fam)(context(country), **SPEC)))
                self.assertIn("traduccion fiel y completa al espanol", text)
                self.assertIn(folded(f8.LANG_ES[f8.COUNTRIES[country]["lang"]]), text)
                self.assertIn("01/03/2026", text)   # the certificate's own date, translated
                self.assertIn(folded(context(country).holder.surnames[0]), text)   # the name in Latin letters
                self.assertIn("al dorso", text)
                bare = folded(page_text(f8._builder(fam)(context(country), **dict(SPEC, apostilled=False))))
                self.assertNotIn("al dorso", bare)   # no legalisation, none translated
        for form in ("EX-31", "EX-32"):
            other = "EX-32" if form == "EX-31" else "EX-31"
            for fam in ("application_form/rellenado_boligrafo", "application_form/pdf_rellenable",
                        "application_form/registro_entrada"):
                text = page_text(f8._builder(fam)(context("Panamá"), **dict(SPEC, form=form)))
                self.assertIn(form, text)
                self.assertNotIn(other, text)
        # A legalisation on the certificate's back is its page 2, and says what it is.
        for country, word in (("Albania", "APOSTILLE"), ("Armenia", "APOSTILLE"), ("Túnez", "APOSTILLE"),
                              ("Malí", "LEGALIZACIÓN"), ("Vietnam", "LEGALIZACIÓN"), ("Kenia", "LEGALIZACIÓN")):
            fam = "criminal_record/" + f8.COUNTRIES[country]["record"]
            doc = f8._builder(fam)(context(country), **dict(SPEC, apostille_on_page=True))
            self.assertEqual(len(doc.pages), 2, country)
            self.assertIn(word, "\n".join(op[3] for op in doc.pages[1].ops if op[0] == "text"))
            alone = f8._builder(fam)(context(country), **SPEC)
            self.assertEqual(len(alone.pages), 1, country)

    def test_make_case_writes_truth_and_draws_only_held_out_9(self):
        with tempfile.TemporaryDirectory() as tmp:
            for i, scenario in enumerate(("complete", "requested", "bad_mrz")):
                truth = f8.make_case(tmp, f"c{i}", 5, families.SPLIT, scenario, dpi=50)
                cdir = Path(tmp) / "cases" / f"c{i}"
                self.assertEqual(sorted(p.name for p in cdir.iterdir()),
                                 sorted(["case.json", "volante.pdf"] + [p["file"] for p in truth["papers"]]))
                self.assertEqual(truth["split"], "held_out_9")
                for p in truth["papers"]:
                    self.assertTrue(p["family"].startswith("extra/") or families.SPLIT[p["family"]] == "held_out_9")
                    self.assertNotIn(p["family"].split("/")[-1], p["file"])
                case = json.loads((cdir / "case.json").read_text(encoding="utf-8"))
                self.assertEqual(case["pathway"], truth["pathway"])
            again = tempfile.mkdtemp(dir=tmp)
            f8.make_case(again, "c0", 5, families.SPLIT, "complete", dpi=50)
            for p in (Path(again) / "cases" / "c0").iterdir():   # same arguments, same bytes
                self.assertEqual(p.read_bytes(), (Path(tmp) / "cases" / "c0" / p.name).read_bytes(), p.name)

    def test_earlier_dossier_corpora_are_unchanged_by_the_set(self):
        """fam_dossier (tuning, held_out) and the earlier blind sets draw the same papers, byte for
        byte (but the time PIL stamps into fam_dossier's PDFs), with and without held_out_9."""
        without = {f: s for f, s in families.SPLIT.items() if s != "held_out_9"}
        stamp = re.compile(rb"/(CreationDate|ModDate) \(D:\d+Z\)")
        blind = {"held_out_5": f5, "held_out_6": f6, "held_out_7": f7, "held_out_8": f8o}
        with tempfile.TemporaryDirectory() as tmp:
            for split in ("tuning", "held_out", "held_out_5", "held_out_6", "held_out_7", "held_out_8"):
                trees = []
                for splits in (families.SPLIT, without):
                    out = Path(tmp) / f"{split}-{len(trees)}"
                    for i, scenario in enumerate(("complete", "requested")):
                        if split in blind:
                            blind[split].make_case(str(out), f"d{i}", 9, splits, scenario, dpi=50)
                        else:
                            fam_dossier.make_case(str(out), f"d{i}", 9, split, splits, scenario, dpi=50)
                    trees.append({str(p.relative_to(out)): stamp.sub(b"", p.read_bytes())
                                  for p in sorted(out.rglob("*")) if p.is_file()})
                self.assertEqual(trees[0], trees[1], split)
                self.assertTrue(trees[0])


if __name__ == "__main__":
    unittest.main()
