#!/usr/bin/python3
"""held_out_6 of the dossier corpus (tools/corpus/fam_fresh6_dossier.py).

Run: /usr/bin/python3 -m unittest discover -s tools/tests

Every dossier kind has a held_out_6 family and only that module's families are
held_out_6; the list is frozen and appended last; every family and extra renders
for every country it serves; the zones hold or fail exactly at the planned digit;
plans say what RULES.md "The dossier" says; and the tuning, held_out and
held_out_5 dossier corpora are the same bytes with or without this set.
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
from corpus import textdata as td  # noqa: E402
from corpus.doctypes import Ctx  # noqa: E402

D = dt.date
FRESH6D_FROZEN = [
    "application_form/lineas_puntos", "application_form/registro_electronico", "passport/fotocopia_visado",
    "passport/pagina_escaneada", "criminal_record/latam_oficial", "criminal_record/police_clearance",
    "criminal_record/bulletin3", "apostille/e_url", "apostille/adhesivo_mea", "apostille/cadena_consular",
    "translation/jurada_cabecera", "translation/jurada_tabla", "fee_form/banca_online", "fee_form/pdf_sellado",
    "protection_application/resguardo_policia", "protection_application/documento_acreditativo",
    "employment_contract/sepe_determinada", "employment_contract/oferta_empresa",
    "employment_contract/actividad_propia", "vulnerability_certificate/ong_registrada",
    "vulnerability_certificate/certificado_ayuntamiento",
]
HAGUE = {"Bolivia", "Paraguay", "República Dominicana", "Argentina", "India"}


def icao_digit(field):
    """ICAO 9303 check digit, written again so the test does not trust the writer's."""
    val = lambda ch: int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - ord("A") + 10
    return str(sum(val(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(field)) % 10)


def td3_failures(two):
    fails = [n for n, a, b in (("number", 0, 9), ("birth", 13, 19), ("expiry", 21, 27)) if icao_digit(two[a:b]) != two[b]]
    if icao_digit(two[28:42]) != two[42]:
        fails.append("personal")
    if icao_digit(two[0:10] + two[13:20] + two[21:43]) != two[43]:
        fails.append("composite")
    return fails


def folded(s):
    return " ".join(td.strip_accents(s).lower().replace(",", " ").split())


def page_text(doc):
    return "\n".join(op[3] for p in doc.pages for op in p.ops if op[0] == "text")


def context(country, seed=0, nie=True):
    info = f6.COUNTRIES[country]
    rng = random.Random(f"f6test:{country}:{seed}")
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
    info = f6.COUNTRIES[country]
    if kind == "criminal_record":
        return name == f6.RECORD_OF[info["lang"]]
    if kind == "apostille":
        return name == f6.APOSTILLE_OF[info["legal"]]
    if kind == "translation":
        return info["lang"] != "es"
    if family == "extra/identity_card":
        return bool(info["td1"])
    return True


def all_families():
    return [f"{k}/{n}" for k, fams in f6.FAMILIES.items() for n in fams] + [f"extra/{n}" for n in f6.EXTRA]


def check_plans(test, module, split, rounds, apostille_family, e_apostille=None):
    """What every blind dossier set's plans must say, as RULES.md and the FAQ
    have it: `module`'s plans draw only its `split`'s families, each scenario's
    truth is what its rules say, and a planned apostille is of the family
    `apostille_family(country)` names; with `e_apostille` (the countries whose
    apostille is a file of its own), none of theirs sits on the certificate."""
    for scenario in fam_dossier.SCENARIOS:
        for rnd in range(rounds):
            with test.subTest(scenario=scenario, rnd=rnd):
                plan = module.plan_case(random.Random(f"{scenario}:{rnd}"), families.SPLIT, scenario)
                info = module.COUNTRIES[plan["country"]]
                fams = [f for f, _ in plan["docs"]]
                kinds = [f.split("/")[0] for f in fams]
                e = plan["expect"]
                for f in fams:
                    test.assertTrue(f.startswith("extra/") or families.SPLIT[f] == split, f)
                test.assertEqual(e["protection_application"] == "not_needed", plan["pathway"] == "da21")
                test.assertEqual(e["supuesto"] == "not_needed", plan["pathway"] == "da20")
                if scenario.startswith("missing:"):
                    req = scenario.split(":")[1]
                    test.assertIn(e[req], ("missing", "to_check") if req == "fee" else ("missing",))
                if scenario in ("bad_mrz", "one_page"):
                    test.assertEqual(e["passport"], "to_check")
                    test.assertNotIn("extra/identity_card", fams)
                if scenario == "no_translation":
                    test.assertNotEqual(info["lang"], "es")
                    test.assertNotIn("translation", kinds)
                    test.assertEqual(e["criminal_record"], "to_check")
                if scenario == "no_apostille":
                    test.assertNotIn("apostille", kinds)
                    test.assertFalse(any(s.get("apostille_on_page") for _, s in plan["docs"]))
                    test.assertEqual(e["criminal_record"], "to_check")
                if scenario == "complete":
                    test.assertTrue(all(v in ("found", "not_needed") for v in e.values()))
                    test.assertTrue("apostille" in kinds or any(s.get("apostille_on_page") for _, s in plan["docs"]))
                    # A certificate not in Spanish comes translated.
                    test.assertEqual("translation" in kinds, info["lang"] != "es")
                if "apostille" in kinds:
                    test.assertIn(f"apostille/{apostille_family(plan['country'])}", fams)
                if e_apostille is not None and any(s.get("apostille_on_page") for _, s in plan["docs"]):
                    test.assertNotIn(plan["country"], e_apostille)   # an e-Apostille is its own file
                if scenario == "requested":
                    test.assertEqual(fams.count("extra/annex"), 2)
                    test.assertIn("extra/record_request", fams)
                    test.assertEqual(e["criminal_record"], "found")
                if scenario == "unpaid":
                    test.assertEqual(e["fee"], "missing" if plan["has_nie"] else "to_check")
                if scenario == "short_contract":
                    test.assertEqual(e["supuesto"], "to_check")
                    test.assertIn({"months": 2}, [s for _, s in plan["docs"]])
                if scenario == "other_form":
                    test.assertEqual(e["application_form"], "to_check")


class FreshHeldOut6Dossier(unittest.TestCase):
    def mine(self):
        # The dossier kinds' families: held_out_6 also holds presence families
        # (fam_fresh6), tested in test_corpus_families.
        return sorted(f for f, s in families.SPLIT.items() if s == "held_out_6"
                      and f.split("/")[0] in families.DOSSIER_REGISTRY)

    def test_every_dossier_kind_has_a_held_out_6_family_and_only_this_module_is_held_out_6(self):
        for kind in fam_dossier.FAMILIES:
            self.assertTrue(any(families.SPLIT[f"{kind}/{n}"] == "held_out_6" for n in f6.FAMILIES[kind]), kind)
        self.assertEqual(self.mine(), sorted(f"{k}/{n}" for k, fams in f6.FAMILIES.items() for n in fams))
        for kind, fams in f6.FAMILIES.items():   # no name shadows an earlier family
            self.assertFalse(set(fams) & (set(fam_dossier.FAMILIES[kind]) | set(f5.FAMILIES.get(kind, {}))))
        self.assertIn("held_out_6", families.DOSSIER_SPLITS)

    def test_split_is_frozen_and_appended_last(self):
        self.assertEqual(self.mine(), sorted(FRESH6D_FROZEN))
        # Last but for the blind sets written after it (held_out_7 ...), appended after it.
        later = {"held_out_7", "held_out_8", "held_out_9", "held_out_10"}
        order = [f for f in families.SPLIT if families.SPLIT[f] not in later]
        self.assertEqual(order[-len(FRESH6D_FROZEN):], FRESH6D_FROZEN)

    def test_every_family_renders_for_every_country_it_serves(self):
        for fam in all_families():
            for country in f6.COUNTRIES:
                if not serves(fam, country):
                    continue
                with self.subTest(fam=fam, country=country):
                    c = context(country)
                    doc = f6._builder(fam)(c, **SPEC)
                    self.assertTrue(doc.pages)
                    text = page_text(doc)
                    for p in doc.pages:
                        for op in p.ops:
                            if op[0] == "text":
                                self.assertTrue(-1 <= op[1] <= p.w + 1 and 0 <= op[2] <= p.h + 1, (fam, op[3]))
                    if fam != "apostille/" + f6.APOSTILLE_OF[f6.COUNTRIES[country]["legal"]]:
                        self.assertIn(folded(c.holder.surnames[0]), folded(text), fam)

    def test_passport_zones_hold_or_fail_where_planned(self):
        for fam in ("passport/fotocopia_visado", "passport/pagina_escaneada"):
            for country in f6.COUNTRIES:
                for wrong in (None, "birth", "expiry", "number", "composite"):
                    for seed in (0, 1):
                        with self.subTest(fam=fam, country=country, wrong=wrong, seed=seed):
                            doc = f6._builder(fam)(context(country, seed), **dict(SPEC, wrong=wrong))
                            lines = [op[3] for op in doc.pages[0].ops if op[0] == "text" and len(op[3]) == 44
                                     and "<" in op[3]]
                            self.assertEqual(len(lines), 2)
                            self.assertTrue(lines[0].startswith("P<" + f6.COUNTRIES[country]["code"]))
                            self.assertEqual(td3_failures(lines[1]), [wrong] if wrong else [])
                            self.assertEqual(doc.facts["wrong_mrz"], wrong)

    def test_identity_card_zone_holds(self):
        for country, info in f6.COUNTRIES.items():
            if not info["td1"]:
                continue
            doc = f6.EXTRA["identity_card"](context(country), **SPEC)
            zone = [op[3] for op in doc.pages[0].ops if op[0] == "text" and len(op[3]) == 30 and "<" in op[3]]
            self.assertEqual(len(zone), 3, country)
            one, two, _ = zone
            self.assertEqual(icao_digit(one[5:14]), one[14])
            self.assertEqual(icao_digit(two[0:6]), two[6])
            self.assertEqual(icao_digit(two[8:14]), two[14])
            self.assertEqual(icao_digit(one[5:30] + two[0:7] + two[8:15] + two[18:29]), two[29])

    def test_plans_say_what_the_rules_say(self):
        check_plans(self, f6, "held_out_6", 4,
                    lambda country: "e_url" if country in HAGUE - {"India"} else
                        "adhesivo_mea" if country == "India" else "cadena_consular")

    def test_papers_print_what_the_truth_relies_on(self):
        c = context("Bolivia")
        for fam in ("protection_application/resguardo_policia", "protection_application/documento_acreditativo"):
            text = page_text(f6._builder(fam)(c, **SPEC))
            self.assertTrue("07/06/2025" in text or "07 06 2025" in text, fam)
        for fam in ("fee_form/banca_online", "fee_form/pdf_sellado"):
            paid = page_text(f6._builder(fam)(context("Bolivia"), **SPEC))
            unpaid = page_text(f6._builder(fam)(context("Bolivia"), **dict(SPEC, paid=False)))
            self.assertIn("052", unpaid)
            self.assertTrue("NRC" in paid or "P A G A D O" in paid, fam)
            self.assertNotIn("P A G A D O", unpaid)
            self.assertFalse(re.search(r"^NRC$", unpaid, re.M))
        for fam in ("employment_contract/sepe_determinada", "employment_contract/oferta_empresa"):
            self.assertIn("dos meses", page_text(f6._builder(fam)(context("Cuba"), **dict(SPEC, months=2))))
        for fam in ("translation/jurada_cabecera", "translation/jurada_tabla"):
            for country in ("Nigeria", "India", "Argelia"):
                text = folded(page_text(f6._builder(fam)(context(country), **SPEC)))
                self.assertIn("traduccion fiel y completa al espanol", text)
                self.assertIn(folded(f6.LANG_ES[f6.COUNTRIES[country]["lang"]]), text)
        for form in ("EX-31", "EX-32"):
            for fam in ("application_form/lineas_puntos", "application_form/registro_electronico"):
                self.assertIn(form, page_text(f6._builder(fam)(context("Paraguay"), **dict(SPEC, form=form))))

    def test_make_case_writes_truth_and_draws_only_held_out_6(self):
        with tempfile.TemporaryDirectory() as tmp:
            for i, scenario in enumerate(("complete", "requested", "bad_mrz")):
                truth = f6.make_case(tmp, f"c{i}", 5, families.SPLIT, scenario, dpi=50)
                cdir = Path(tmp) / "cases" / f"c{i}"
                self.assertEqual(sorted(p.name for p in cdir.iterdir()),
                                 sorted(["case.json", "volante.pdf"] + [p["file"] for p in truth["papers"]]))
                self.assertEqual(truth["split"], "held_out_6")
                for p in truth["papers"]:
                    self.assertTrue(p["family"].startswith("extra/") or families.SPLIT[p["family"]] == "held_out_6")
                    self.assertNotIn(p["family"].split("/")[-1], p["file"])
                case = json.loads((cdir / "case.json").read_text(encoding="utf-8"))
                self.assertEqual(case["pathway"], truth["pathway"])
            again = tempfile.mkdtemp(dir=tmp)
            f6.make_case(again, "c0", 5, families.SPLIT, "complete", dpi=50)
            for p in (Path(again) / "cases" / "c0").iterdir():   # same arguments, same bytes
                self.assertEqual(p.read_bytes(), (Path(tmp) / "cases" / "c0" / p.name).read_bytes(), p.name)

    def test_earlier_dossier_corpora_are_unchanged_by_the_set(self):
        """fam_dossier (tuning, held_out) and fam_fresh5_dossier draw the same papers, byte for
        byte (but the time PIL stamps into fam_dossier's PDFs), with and without held_out_6."""
        without = {f: s for f, s in families.SPLIT.items() if s != "held_out_6"}
        stamp = re.compile(rb"/(CreationDate|ModDate) \(D:\d+Z\)")
        with tempfile.TemporaryDirectory() as tmp:
            for split in ("tuning", "held_out", "held_out_5"):
                trees = []
                for splits in (families.SPLIT, without):
                    out = Path(tmp) / f"{split}-{len(trees)}"
                    for i, scenario in enumerate(("complete", "requested")):
                        if split == "held_out_5":
                            f5.make_case(str(out), f"d{i}", 9, splits, scenario, dpi=50)
                        else:
                            fam_dossier.make_case(str(out), f"d{i}", 9, split, splits, scenario, dpi=50)
                    trees.append({str(p.relative_to(out)): stamp.sub(b"", p.read_bytes())
                                  for p in sorted(out.rglob("*")) if p.is_file()})
                self.assertEqual(trees[0], trees[1], split)
                self.assertTrue(trees[0])


if __name__ == "__main__":
    unittest.main()
