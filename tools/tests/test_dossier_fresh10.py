#!/usr/bin/python3
"""held_out_10 of the dossier corpus (tools/corpus/fam_fresh10_dossier.py).

Run: /usr/bin/python3 -m unittest discover -s tools/tests

Every dossier kind has a held_out_10 family and only that module's families are
held_out_10 among the dossier's kinds (the presence set fam_fresh10 shares the
split's name, with presence kinds only); the list is frozen and appended last;
no family, name or state overlaps an earlier set; every family and extra renders
for every country it serves; the zones hold or fail exactly at the planned digit,
in the builders and in the cases make_case writes; plans say what RULES.md "The
dossier" says; and the tuning, held_out and held_out_5 … held_out_9 dossier
corpora are the same bytes with or without this set.
"""
import datetime as dt
import json
import random
import re
import sys
import tempfile
import unittest
from pathlib import Path
from unittest import mock

TOOLS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TOOLS))

from corpus import dossier_plan, fam_dossier, families  # noqa: E402
from corpus import fam_fresh10 as p10  # noqa: E402
from corpus import fam_fresh5_dossier as f5  # noqa: E402
from corpus import fam_fresh6_dossier as f6  # noqa: E402
from corpus import fam_fresh7_dossier as f7  # noqa: E402
from corpus import fam_fresh8_dossier as f8  # noqa: E402
from corpus import fam_fresh9_dossier as f9  # noqa: E402
from corpus import fam_fresh10_dossier as f10  # noqa: E402
from corpus import textdata as td  # noqa: E402
from corpus.doctypes import Ctx  # noqa: E402
from corpus.layout import text_width  # noqa: E402
# The check digits and page text as held_out_6's test computes them, apart
# from the writers'.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_dossier_fresh6 import check_plans, folded, icao_digit, page_text, td3_failures  # noqa: E402,F401

D = dt.date
SPLIT = "held_out_10"
# The dossier's held_out_10 families, in families.json order (after the presence set's block).
FRESH10D_FROZEN = [
    "application_form/casilla_a_mano",
    "application_form/generador_barras",
    "application_form/manuscrito_parcial",
    "passport/pagina_recortada",
    "passport/pdf_todas",
    "passport/movil_perspectiva",
    "passport/fotocopia_dos_paginas",
    "criminal_record/antecedentes_malabo",
    "criminal_record/registo_criminal_praia",
    "criminal_record/adli_sicil_edevlet",
    "criminal_record/uverenje_mup_beograd",
    "criminal_record/clearance_federal_police",
    "criminal_record/casier_nouakchott",
    "criminal_record/malumotnoma_mygov",
    "criminal_record/bulletin3_abidjan",
    "apostille/sello_caucho",
    "apostille/impresa_control",
    "apostille/doble_legalizacion_embajada",
    "translation/tabla_datos",
    "translation/jurada_paginada",
    "fee_form/aeat_con_justificante",
    "fee_form/ventanilla_validacion",
    "protection_application/acta_manifestacion_cnp",
    "protection_application/citacion_entrevista",
    "protection_application/tarjeta_roja_sellos",
    "employment_contract/campana_agricola",
    "employment_contract/servicio_hogar_rd1620",
    "employment_contract/oferta_hosteleria",
    "employment_contract/precontrato_residencia",
    "employment_contract/declaracion_cuenta_propia",
    "vulnerability_certificate/informe_siuss_ayuntamiento",
    "vulnerability_certificate/certificado_presidencia_asociacion",
]
# Written again here rather than read from the module: which states stamp a rubber-stamp apostille,
# which print one with a control number, and which (not Hague parties) legalise through the foreign
# ministry and the Spanish embassy; none of the eight issues an e-Apostille of its own file.
STAMP = {"Cabo Verde", "Serbia"}
PRINTED = {"Turquía", "Uzbekistán"}
CHAIN = {"Guinea Ecuatorial", "Etiopía", "Mauritania", "Costa de Marfil"}
LEGAL_FAMILY = {**{c: "sello_caucho" for c in STAMP}, **{c: "impresa_control" for c in PRINTED},
                **{c: "doble_legalizacion_embajada" for c in CHAIN}}
RECORD = {"Guinea Ecuatorial": "antecedentes_malabo", "Cabo Verde": "registo_criminal_praia",
          "Turquía": "adli_sicil_edevlet", "Serbia": "uverenje_mup_beograd",
          "Etiopía": "clearance_federal_police", "Mauritania": "casier_nouakchott",
          "Uzbekistán": "malumotnoma_mygov", "Costa de Marfil": "bulletin3_abidjan"}
# Only Equatorial Guinea's certificate is in Spanish; every other needs its sworn translation.
SPANISH = {"Guinea Ecuatorial"}
# The certificate printed in a script the OCR's data does not hold: its holder is not in Latin letters.
SCRIPT = {"Serbia": "УВЕРЕЊЕ"}
# What a legalisation on the certificate's own page or back says it is.
LEGAL_WORD = {"stamp": "APOSTILLE", "printed": "APOSTILLE", "chain": "LEGALIZACIONES"}
MRZ_CHARS = re.compile(r"^[A-Z0-9<]+$")


def context(country, seed=0, nie=True):
    info = f10.COUNTRIES[country]
    rng = random.Random(f"f10test:{country}:{seed}")
    given = info["given"][seed % len(info["given"])]
    sur = info["sur"][seed % len(info["sur"]):][:2 if info["two"] else 1] or info["sur"][:1]
    person = td.Person(given, sur)
    ids = {"passport": "AB1234567", "nat": info["code"], "country": country, "sex": "F",
           "expiry": D(2031, 5, 3), "personal": "12345678901" if seed % 2 else "", "apostille_days": 3,
           "apostille_no": "445566", "card": "AB4567890", "card_expiry": D(2030, 1, 2)}
    if nie:
        ids["nie"] = "Y1234567X"
    return Ctx(rng, person, True, "es", td.MUNICIPALITIES[0], ids, D(1988, 3, 15), "natural")


SPEC = dict(date=D(2026, 5, 2), issued=D(2026, 3, 1), requested=D(2026, 2, 1), applied=D(2025, 6, 7),
            form="EX-31", pages=3, months=6, paid=True, apostille_on_page=False)


def serves(family, country):
    """Whether a country's case can draw this family (the country picks record and legalisation)."""
    kind, name = family.split("/")
    if kind == "criminal_record":
        return name == RECORD[country]
    if kind == "apostille":
        return name == LEGAL_FAMILY[country]
    if kind == "translation":
        return country not in SPANISH
    if family == "extra/identity_card":
        return bool(f10.COUNTRIES[country]["td1"])
    return True


def all_families():
    return [f"{k}/{n}" for k, fams in f10.FAMILIES.items() for n in fams] + [f"extra/{n}" for n in f10.EXTRA]


def zone_lines(doc, width):
    # Not "<" in the line: a zone's second line may hold none (Uzbekistan's 14-digit personal number
    # after a 9-character passport number fills it to the end).
    return [op[3] for p in doc.pages for op in p.ops if op[0] == "text" and len(op[3]) == width
            and MRZ_CHARS.match(op[3])]


def fold(s):
    """folded, and Turkish dotless ı as i: "Yılmaz" is printed YILMAZ in capitals."""
    return folded(s).replace("ı", "i")


def check_td1(test, zone, info, what):
    test.assertEqual(len(zone), 3, what)
    one, two, three = zone
    for ln in zone:
        test.assertRegex(ln, MRZ_CHARS, what)
    test.assertTrue(one.startswith(info["td1"] + info["code"]), what)
    test.assertEqual(icao_digit(one[5:14]), one[14], what)
    test.assertEqual(icao_digit(two[0:6]), two[6], what)
    test.assertEqual(icao_digit(two[8:14]), two[14], what)
    test.assertEqual(icao_digit(one[5:30] + two[0:7] + two[8:15] + two[18:29]), two[29], what)


class FreshHeldOut10Dossier(unittest.TestCase):
    def mine(self):
        # The dossier kinds' families: held_out_10 also holds presence families
        # (fam_fresh10, merged from main), tested in test_corpus_families.
        return sorted(f for f, s in families.SPLIT.items() if s == SPLIT
                      and f.split("/")[0] in families.DOSSIER_REGISTRY)

    def test_every_dossier_kind_has_a_held_out_10_family_and_only_this_module_is_held_out_10(self):
        for kind in fam_dossier.FAMILIES:
            self.assertIn(kind, f10.FAMILIES)
            self.assertTrue(any(families.SPLIT[f"{kind}/{n}"] == SPLIT for n in f10.FAMILIES[kind]), kind)
        self.assertEqual(set(f10.FAMILIES), set(fam_dossier.FAMILIES))
        self.assertEqual(self.mine(), sorted(f"{k}/{n}" for k, fams in f10.FAMILIES.items() for n in fams))
        for kind, fams in f10.FAMILIES.items():
            for n in fams:   # in the dossier's registry, under this split
                self.assertIs(families.DOSSIER_REGISTRY[kind][n], fams[n])
                self.assertEqual(families.split_of(f"{kind}/{n}"), SPLIT)
        self.assertIn(SPLIT, families.DOSSIER_SPLITS)
        self.assertIn(SPLIT, families.SPLITS)
        self.assertEqual(f10.SPLIT, SPLIT)

    def test_split_is_disjoint_from_the_other_sets(self):
        earlier = (fam_dossier, f5, f6, f7, f8, f9)
        for kind, fams in f10.FAMILIES.items():   # no name shadows an earlier family
            before = set().union(*(set(m.FAMILIES.get(kind, {})) for m in earlier))
            self.assertFalse(set(fams) & before, kind)
        before = set().union(*(set(m.COUNTRIES) for m in earlier))
        self.assertFalse(set(f10.COUNTRIES) & before)   # eight states no earlier set has
        self.assertEqual(set(f10.COUNTRIES), STAMP | PRINTED | CHAIN)
        self.assertEqual(len(f10.COUNTRIES), 8)
        # The presence set of the same split keeps to the presence kinds, this one to the dossier's.
        presence = {f for f, s in families.SPLIT.items() if s == SPLIT} - set(self.mine())
        self.assertTrue(presence)
        for f in presence:
            kind, name = f.split("/")
            self.assertIn(kind, families.REGISTRY)
            self.assertNotIn(kind, families.DOSSIER_REGISTRY)
            self.assertIn(name, p10.FAMILIES[kind])
        self.assertFalse(set(p10.FAMILIES) & set(f10.FAMILIES))
        # No other split lists one of this module's families.
        for f in FRESH10D_FROZEN:
            self.assertEqual(sum(1 for g in families.SPLIT if g == f), 1)
        for f, s in families.SPLIT.items():
            if s != SPLIT:
                self.assertNotIn(f, FRESH10D_FROZEN)

    def test_split_is_frozen_and_appended_last(self):
        self.assertEqual(self.mine(), sorted(FRESH10D_FROZEN))
        # The dossier's block is the very last of families.json, after every other split's and after
        # the presence set of held_out_10, which sits right before it as one block of its own.
        order = list(families.SPLIT)
        self.assertEqual(order[-len(FRESH10D_FROZEN):], FRESH10D_FROZEN)
        presence = [f for f, s in families.SPLIT.items() if s == SPLIT and f not in set(FRESH10D_FROZEN)]
        self.assertEqual(order[-len(FRESH10D_FROZEN) - len(presence):-len(FRESH10D_FROZEN)], presence)

    def test_every_family_renders_for_every_country_it_serves(self):
        for fam in all_families():
            for country in f10.COUNTRIES:
                if not serves(fam, country):
                    continue
                for on_page in (False, True):
                    if on_page and not fam.startswith("criminal_record/"):
                        continue
                    for seed in (0, 1):
                        with self.subTest(fam=fam, country=country, on_page=on_page, seed=seed):
                            c = context(country, seed)
                            doc = f10._builder(fam)(c, **dict(SPEC, apostille_on_page=on_page))
                            self.assertTrue(doc.pages)
                            text = page_text(doc)
                            for p in doc.pages:
                                for op in p.ops:
                                    if op[0] == "text":
                                        self.assertTrue(-1 <= op[1] <= p.w + 1 and 0 <= op[2] <= p.h + 1, (fam, op[3]))
                                        w = text_width(op[3], op[4], op[5])
                                        left = op[1] - {"l": 0, "c": w / 2, "r": w}[op[6]]
                                        self.assertTrue(left >= -0.5 and left + w <= p.w + 0.5, (fam, op[3]))
                            if fam.startswith("apostille/"):
                                continue
                            if fam.startswith("criminal_record/") and country in SCRIPT:
                                self.assertNotIn(fold(c.holder.surnames[0]), fold(text))
                                self.assertIn(SCRIPT[country], text)
                            else:
                                self.assertIn(fold(c.holder.surnames[0]), fold(text), fam)

    def test_passport_zones_hold_or_fail_where_planned(self):
        for fam in ("passport/pagina_recortada", "passport/pdf_todas", "passport/movil_perspectiva",
                    "passport/fotocopia_dos_paginas"):
            for country, info in f10.COUNTRIES.items():
                for wrong in (None, "birth", "expiry", "number", "composite"):
                    for seed in (0, 1):
                        for pages in (1, 2, 3, 4):
                            with self.subTest(fam=fam, country=country, wrong=wrong, seed=seed, pages=pages):
                                c = context(country, seed)
                                doc = f10._builder(fam)(c, **dict(SPEC, wrong=wrong, pages=pages))
                                lines = zone_lines(doc, 44)
                                self.assertEqual(len(lines), 2)
                                for ln in lines:
                                    self.assertRegex(ln, MRZ_CHARS)
                                self.assertTrue(lines[0].startswith("P<" + info["code"]))
                                self.assertIn(td.strip_accents(c.holder.surnames[0]).upper().replace(" ", "<"),
                                              lines[0])
                                self.assertTrue(lines[1].startswith(c.ids["passport"]))
                                self.assertEqual(lines[1][10:13], info["code"])
                                self.assertEqual(td3_failures(lines[1]), [wrong] if wrong else [])
                                self.assertEqual(doc.facts["wrong_mrz"], wrong)
                                self.assertEqual(len(doc.pages), pages)

    def test_mrz_holds_for_every_name_the_set_draws(self):
        # Dotless ı, ş, ç, ʻ and the like never reach a zone: only A-Z, digits and fillers.
        for country, info in f10.COUNTRIES.items():
            for given in info["given"]:
                for i, sur in enumerate(info["sur"]):
                    person = td.Person(given, [sur, info["sur"][(i + 1) % len(info["sur"])]] if info["two"] else [sur])
                    ids = {"passport": "AB1234567", "nat": info["code"], "country": country, "sex": "M",
                           "expiry": D(2030, 1, 1), "personal": "", "card": "AB1234567", "card_expiry": D(2030, 1, 1)}
                    c = Ctx(random.Random(0), person, True, "es", td.MUNICIPALITIES[0], ids, D(1990, 1, 1), "natural")
                    one, two = f10.zone_td3(c)
                    self.assertRegex(one, MRZ_CHARS, (country, given, sur))
                    self.assertRegex(two, MRZ_CHARS, (country, given, sur))
                    self.assertEqual((len(one), len(two)), (44, 44))
                    self.assertEqual(td3_failures(two), [])
                    if info["td1"]:
                        doc = f10.EXTRA["identity_card"](c)
                        check_td1(self, zone_lines(doc, 30), info, (country, given, sur))

    def test_identity_card_zone_holds(self):
        cards = [c for c, info in f10.COUNTRIES.items() if info["td1"]]
        self.assertEqual(set(cards), {"Turquía", "Serbia", "Uzbekistán", "Costa de Marfil"})
        for country in cards:
            doc = f10.EXTRA["identity_card"](context(country), **SPEC)
            check_td1(self, zone_lines(doc, 30), f10.COUNTRIES[country], country)

    def test_plans_say_what_the_rules_say(self):
        # As the brief names the tables: APOSTILLE_OF over each country's "legal" ...
        check_plans(self, f10, SPLIT, 5,
                    lambda country: f10.APOSTILLE_OF[f10.COUNTRIES[country]["legal"]], set())
        # ... and as written again here, apart from the module's tables.
        check_plans(self, f10, SPLIT, 5, LEGAL_FAMILY.get, set())
        for country, info in f10.COUNTRIES.items():
            self.assertEqual(info["record"], RECORD[country])
            self.assertEqual(info["lang"] == "es", country in SPANISH)

    def test_plans_draw_every_family_and_the_record_of_the_country(self):
        seen = set()
        for scenario in fam_dossier.SCENARIOS:
            for rnd in range(40):
                plan = f10.plan_case(random.Random(f"draw:{scenario}:{rnd}"), families.SPLIT, scenario)
                country = plan["country"]
                for fam, spec in plan["docs"]:
                    seen.add(fam)
                    kind, name = fam.split("/")
                    if kind == "criminal_record":
                        self.assertEqual(name, RECORD[country])
                    if kind == "apostille":
                        self.assertEqual(name, LEGAL_FAMILY[country])
                    if kind == "passport":
                        self.assertEqual(spec["wrong"] is not None, scenario == "bad_mrz")
        # Every family of the set can reach a case (none is registered and never drawn).
        self.assertEqual({f for f in seen if not f.startswith("extra/")}, set(FRESH10D_FROZEN))
        self.assertIn("extra/identity_card", seen)

    def test_papers_print_what_the_truth_relies_on(self):
        for fam in ("protection_application/acta_manifestacion_cnp", "protection_application/citacion_entrevista",
                    "protection_application/tarjeta_roja_sellos"):
            doc = f10._builder(fam)(context("Serbia"), **SPEC)
            self.assertIn("07/06/2025", page_text(doc), fam)
            self.assertEqual(doc.type, "protection_application")
        for fam in ("fee_form/aeat_con_justificante", "fee_form/ventanilla_validacion"):
            paid = page_text(f10._builder(fam)(context("Etiopía"), **SPEC))
            unpaid = page_text(f10._builder(fam)(context("Etiopía"), **dict(SPEC, paid=False)))
            for text in (paid, unpaid):
                self.assertIn("790", text)
                self.assertIn("052", text)
            self.assertIn("NRC", paid, fam)
            self.assertNotIn("NRC", unpaid, fam)
            self.assertNotIn("PAGO", unpaid.upper(), fam)   # no justificante, no validation
        for fam in f10.CONTRACTS:
            for months, words in ((2, "dos meses"), (6, "seis meses"), (24, "veinticuatro meses")):
                text = folded(page_text(f10._builder(f"employment_contract/{fam}")(context("Mauritania"),
                                                                                  **dict(SPEC, months=months))))
                self.assertIn(words, text, fam)
                self.assertIn(f"{months}", text)
            self.assertIn("indefinid", folded(page_text(f10._builder(f"employment_contract/{fam}")(
                context("Mauritania"), **dict(SPEC, months=0)))), fam)
        self.assertNotIn("declaracion_cuenta_propia", f10.CONTRACTS)   # it states no duration
        for fam in ("translation/tabla_datos", "translation/jurada_paginada"):
            for country in f10.COUNTRIES:
                if country in SPANISH:
                    continue
                with self.subTest(fam=fam, country=country):
                    c = context(country)
                    text = folded(page_text(f10._builder(fam)(c, **SPEC)))
                    self.assertIn("traduccion fiel y completa al espanol", text)
                    self.assertIn(folded(f10.LANG_ES[f10.COUNTRIES[country]["lang"]]), text)
                    self.assertIn("01/03/2026", text)   # the certificate's own date, translated
                    self.assertIn(fold(c.holder.surnames[0]), fold(text))   # the name in Latin letters
                    self.assertIn("apostilla" if country in STAMP | PRINTED else "legalizacion", text)
                    bare = folded(page_text(f10._builder(fam)(c, **dict(SPEC, apostilled=False))))
                    self.assertNotIn("apostilla", bare)   # no legalisation, none translated
                    self.assertNotIn("legalizacion", bare)
        for form in ("EX-31", "EX-32"):
            other = "EX-32" if form == "EX-31" else "EX-31"
            for fam in ("application_form/casilla_a_mano", "application_form/generador_barras",
                        "application_form/manuscrito_parcial"):
                doc = f10._builder(fam)(context("Turquía"), **dict(SPEC, form=form))
                self.assertIn(form, page_text(doc))
                self.assertNotIn(other, page_text(doc))
                self.assertEqual(doc.facts["form"], form)
        # A legalisation on the certificate is at its foot or on its back, and says what it is.
        for country, info in f10.COUNTRIES.items():
            fam = "criminal_record/" + RECORD[country]
            alone = f10._builder(fam)(context(country), **SPEC)
            self.assertEqual(len(alone.pages), 1, country)
            self.assertNotIn(LEGAL_WORD[info["legal"]], page_text(alone), country)
            for seed in range(6):
                doc = f10._builder(fam)(context(country, seed), **dict(SPEC, apostille_on_page=True))
                self.assertIn(len(doc.pages), (1, 2), country)
                last = "\n".join(op[3] for op in doc.pages[-1].ops if op[0] == "text")
                self.assertIn(LEGAL_WORD[info["legal"]], last, country)
                self.assertTrue(doc.facts["apostille"])

    def test_make_case_writes_truth_and_draws_only_held_out_10(self):
        with tempfile.TemporaryDirectory() as tmp:
            for i, scenario in enumerate(("complete", "requested", "bad_mrz")):
                truth = f10.make_case(tmp, f"c{i}", 5, families.SPLIT, scenario, dpi=50)
                cdir = Path(tmp) / "cases" / f"c{i}"
                self.assertEqual(sorted(p.name for p in cdir.iterdir()),
                                 sorted(["case.json", "volante.pdf"] + [p["file"] for p in truth["papers"]]))
                self.assertEqual(truth["split"], SPLIT)
                self.assertEqual(truth["scenario"], scenario)
                for p in truth["papers"]:
                    self.assertTrue(p["family"].startswith("extra/") or families.SPLIT[p["family"]] == SPLIT)
                    self.assertNotIn(p["family"].split("/")[-1], p["file"])
                case = json.loads((cdir / "case.json").read_text(encoding="utf-8"))
                self.assertEqual(case["pathway"], truth["pathway"])
                on_disk = json.loads((Path(tmp) / "truth" / f"c{i}.json").read_text(encoding="utf-8"))
                self.assertEqual(on_disk, truth)
            again = tempfile.mkdtemp(dir=tmp)
            f10.make_case(again, "c0", 5, families.SPLIT, "complete", dpi=50)
            for p in (Path(again) / "cases" / "c0").iterdir():   # same arguments, same bytes
                self.assertEqual(p.read_bytes(), (Path(tmp) / "cases" / "c0" / p.name).read_bytes(), p.name)

    def test_written_cases_zones_are_wrong_only_where_the_plan_says(self):
        """The papers make_case writes, read back from the builders it calls (no image is saved):
        each passport's zone fails at exactly the digit its plan names (none but in bad_mrz), its
        truth's facts say the same, and an ID card's zone holds."""
        built = []

        def recording(family):
            make = real(family)

            def build(ctx, **spec):
                doc = make(ctx, **spec)
                built.append((family, spec, ctx, doc))
                return doc
            return build
        real = f10._builder
        wrongs = set()
        with tempfile.TemporaryDirectory() as tmp, mock.patch.object(f10, "_builder", recording), \
                mock.patch.object(dossier_plan, "save_pages", lambda pages, path, dpi: None):
            for scenario in fam_dossier.SCENARIOS:
                for k in range(4):
                    del built[:]
                    truth = f10.make_case(tmp, f"z-{k}", 11, families.SPLIT, scenario)
                    self.assertEqual([p["family"] for p in truth["papers"]], [f for f, _, _, _ in built])
                    for (family, spec, ctx, doc), paper in zip(built, truth["papers"]):
                        info = f10.COUNTRIES[truth["country"]]
                        if family.startswith("passport/"):
                            with self.subTest(scenario=scenario, k=k, family=family):
                                lines = zone_lines(doc, 44)
                                self.assertEqual(len(lines), 2)
                                self.assertTrue(lines[0].startswith("P<" + info["code"]))
                                wrong = spec.get("wrong")
                                self.assertEqual(wrong is not None, scenario == "bad_mrz")
                                self.assertEqual(td3_failures(lines[1]), [wrong] if wrong else [])
                                self.assertEqual(paper["facts"]["wrong_mrz"], wrong)
                                self.assertEqual(len(doc.pages), spec["pages"])
                                self.assertEqual(truth["expect"]["passport"],
                                                 "to_check" if scenario in ("bad_mrz", "one_page") else "found")
                                wrongs.add(wrong)
                        if family == "extra/identity_card":
                            check_td1(self, zone_lines(doc, 30), info, (scenario, k))
        self.assertLessEqual(wrongs, {None, "birth", "expiry", "number", "composite"})
        self.assertIn(None, wrongs)
        self.assertTrue(wrongs - {None})

    def test_earlier_dossier_corpora_are_unchanged_by_the_set(self):
        """fam_dossier (tuning, held_out) and the earlier blind sets draw the same papers, byte for
        byte (but the time PIL stamps into fam_dossier's PDFs), with and without held_out_10
        (its presence families too)."""
        without = {f: s for f, s in families.SPLIT.items() if s != SPLIT}
        stamp = re.compile(rb"/(CreationDate|ModDate) \(D:\d+Z\)")
        blind = {"held_out_5": f5, "held_out_6": f6, "held_out_7": f7, "held_out_8": f8, "held_out_9": f9}
        with tempfile.TemporaryDirectory() as tmp:
            for split in ("tuning", "held_out", "held_out_5", "held_out_6", "held_out_7", "held_out_8", "held_out_9"):
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
