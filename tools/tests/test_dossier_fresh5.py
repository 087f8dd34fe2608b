#!/usr/bin/python3
"""held_out_5 of the dossier corpus (tools/corpus/fam_fresh5_dossier.py).

Run: /usr/bin/python3 -m unittest discover -s tools/tests

Every dossier kind has a held_out_5 family and only that module's families are
held_out_5 dossier families; the list is frozen; every family and extra renders
for every country it serves; the machine-readable zones hold (or fail exactly
where the plan says); the truth of a case is what RULES.md "The dossier" says
for the papers the case holds; and the tuning / held_out dossier corpora are
the same bytes with or without this set.
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

from corpus import fam_dossier, families, render  # noqa: E402
from corpus import fam_fresh5_dossier as f5  # noqa: E402
from corpus import textdata as td  # noqa: E402
from corpus.doctypes import Ctx  # noqa: E402

D = dt.date
# The frozen held_out_5 dossier families, in families.json order.
FRESH5D_FROZEN = [
    "application_form/comb_manuscrito", "application_form/pdf_editable", "passport/fotocopia_a4",
    "passport/libreta_abierta", "criminal_record/consulta_latam", "criminal_record/casier_fr",
    "criminal_record/extracto_bilingue", "apostille/electronica", "apostille/sello_dorso", "translation/jurada",
    "translation/jurada_sellada", "fee_form/sede_nrc", "fee_form/impreso_validado",
    "protection_application/tarjeta_roja", "protection_application/resolucion",
    "employment_contract/oferta_hogar", "employment_contract/contrato_sepe", "employment_contract/cuenta_propia",
    "vulnerability_certificate/serveis_socials_ca", "vulnerability_certificate/informe_social",
]


def icao_digit(field):
    """ICAO 9303 check digit, written again here so the test does not trust the writer's."""
    def value(ch):
        if ch.isdigit():
            return int(ch)
        if ch == "<":
            return 0
        return ord(ch) - ord("A") + 10
    return str(sum(value(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(field)) % 10)


def td3_failures(two):
    """Which of a TD3 second line's check digits fail."""
    fails = []
    for name, a, b, cd in (("number", 0, 9, 9), ("birth", 13, 19, 19), ("expiry", 21, 27, 27)):
        if icao_digit(two[a:b]) != two[cd]:
            fails.append(name)
    personal = two[28:42]
    if (two[42] != "<" or personal.strip("<")) and icao_digit(personal) != two[42].replace("<", "0"):
        fails.append("personal")
    if icao_digit(two[0:10] + two[13:20] + two[21:43]) != two[43]:
        fails.append("composite")
    return fails


def folded(s):
    return " ".join(td.strip_accents(s).lower().replace(",", " ").split())


def page_text(doc):
    return "\n".join(op[3] for p in doc.pages for op in p.ops if op[0] == "text")


def context(country, seed=0, nie=True):
    info = f5.COUNTRIES[country]
    rng = random.Random(f"f5test:{country}:{seed}")
    person = td.Person(info["given"][seed % len(info["given"])], info["sur"][:2 if info["two"] else 1])
    birth = D(1988, 3, 15)
    ids = {"passport": "AB1234567", "nat": info["code"], "country": country, "sex": "F",
           "expiry": D(2030, 5, 2), "personal": f5._personal_number(rng, country, birth),
           "apostille_days": 3, "card": "C12345678", "signed": D(2026, 4, 20)}
    if nie:
        ids["nie"] = td.nie(rng)
    return Ctx(rng, person, True, "es", td.MUNICIPALITIES[seed % 14], ids, birth, "natural"), person


SPEC = dict(date=D(2026, 4, 18), issued=D(2026, 2, 20), requested=D(2026, 2, 1), applied=D(2025, 6, 3))


def serves(family, country):
    """Whether a family is ever drawn for a country's applicant (plan_case)."""
    info = f5.COUNTRIES[country]
    kind, name = family.split("/")
    if kind == "criminal_record":
        return f5.RECORD_OF[info["record"]] == name
    if kind == "apostille":
        return f5.APOSTILLE_OF[info["legal"]] == name
    if kind == "translation":
        return info["lang"] != "es"
    if family == "extra/identity_card":
        return bool(info["td1"])
    return True


def all_families():
    return [f"{k}/{n}" for k, fams in f5.FAMILIES.items() for n in fams] + [f"extra/{n}" for n in f5.EXTRA]


class FreshHeldOut5Dossier(unittest.TestCase):
    def mine(self):
        return sorted(f for f, s in families.SPLIT.items() if s == "held_out_5"
                      and f.split("/")[0] in families.DOSSIER_REGISTRY)

    def test_every_dossier_kind_has_a_held_out_5_family_and_only_this_module_is_held_out_5(self):
        families.check_split()
        for kind in families.DOSSIER_REGISTRY:
            self.assertTrue(any(families.SPLIT[f"{kind}/{n}"] == "held_out_5"
                                for n in families.DOSSIER_REGISTRY[kind]), kind)
        self.assertEqual(set(self.mine()), {f"{k}/{n}" for k, fams in f5.FAMILIES.items() for n in fams})
        # Kinds with several real layouts get several families.
        for kind in ("criminal_record", "employment_contract", "passport", "apostille", "translation"):
            self.assertGreaterEqual(len(f5.FAMILIES[kind]), 2, kind)
        # --families all never draws it (the dossier corpus has no 'all'; the presence corpus
        # never sees these kinds).
        self.assertNotIn("held_out_5", families.ALL_SPLITS)

    def test_split_is_frozen(self):
        # Changing this list re-opens a measure someone may already have reported.
        self.assertEqual(self.mine(), sorted(FRESH5D_FROZEN))
        order = list(families.SPLIT)
        start = order.index(FRESH5D_FROZEN[0])
        self.assertEqual(order[start:start + len(FRESH5D_FROZEN)], FRESH5D_FROZEN)
        self.assertTrue(all(f not in FRESH5D_FROZEN for f in order[:start]))
        for f in FRESH5D_FROZEN:   # appended: no earlier dossier entry moved
            self.assertGreater(order.index(f), order.index("vulnerability_certificate/entity"))

    def test_every_family_renders_for_every_country_it_serves(self):
        for fam in all_families():
            for country in sorted(f5.COUNTRIES):
                if not serves(fam, country):
                    continue
                with self.subTest(family=fam, country=country):
                    ctx, person = context(country)
                    doc = f5._builder(fam)(ctx, **SPEC, form="Anexo I-1" if fam == "extra/annex" else "EX-32")
                    self.assertTrue(render.pdf_from_pages(doc.pages).startswith(b"%PDF"))
                    for page in doc.pages:
                        img = render.to_image(page, 40).convert("L")
                        self.assertLess(img.getextrema()[0], 128)
                        self.assertTrue(all(0 <= op[1] <= page.w and 0 <= op[2] <= page.h
                                            for op in page.ops if op[0] == "text"), fam)
                    # The paper is the applicant's: the holder is printed, and it is the applicant.
                    if doc.holder:
                        printed = set(re.split(r"[\s/<,.:]+", folded(page_text(doc))))
                        # A comb field prints one letter per box: read the boxes in a row.
                        combed = folded("".join(op[3] for p in doc.pages for op in p.ops
                                                if op[0] == "text" and len(op[3]) == 1))
                        for word in folded(doc.holder).split():
                            self.assertTrue(word in printed or word in combed, (fam, doc.holder))
                        for part in [person.given.split()[0], person.surnames[0]]:
                            self.assertIn(folded(part), folded(doc.holder), (fam, doc.holder))

    def test_passport_zones_hold_or_fail_where_planned(self):
        for country in sorted(f5.COUNTRIES):
            for fam in ("passport/fotocopia_a4", "passport/libreta_abierta"):
                for wrong in (None, "birth", "expiry", "number", "composite"):
                    with self.subTest(country=country, family=fam, wrong=wrong):
                        ctx, person = context(country)
                        doc = f5._builder(fam)(ctx, pages=2, wrong=wrong)
                        zone = [op[3] for op in doc.pages[0].ops if op[0] == "text" and len(op[3]) == 44]
                        self.assertEqual(len(zone), 2)
                        one, two = zone
                        self.assertTrue(one.startswith("P<" + ctx.ids["nat"]))
                        self.assertIn(td.strip_accents(person.surnames[0]).upper().replace(" ", "<"), one)
                        self.assertEqual(two[13:19], ctx.birth.strftime("%y%m%d"))
                        fails = td3_failures(two)
                        if wrong is None:
                            self.assertEqual(fails, [])
                        elif wrong == "composite":
                            self.assertEqual(fails, ["composite"])
                        else:
                            self.assertIn(wrong, fails)
                        self.assertEqual(doc.facts["wrong_mrz"], wrong is not None)
                        self.assertEqual(len(doc.pages), 2)

    def test_identity_card_zone_holds(self):
        for country in sorted(c for c, i in f5.COUNTRIES.items() if i["td1"]):
            with self.subTest(country=country):
                ctx, _ = context(country)
                doc = f5.identity_card(ctx)
                one, two, three = [op[3] for op in doc.pages[0].ops if op[0] == "text" and len(op[3]) == 30]
                self.assertEqual(icao_digit(one[5:14]), one[14])
                self.assertEqual(icao_digit(two[0:6]), two[6])
                self.assertEqual(icao_digit(two[8:14]), two[14])
                self.assertEqual(icao_digit(one[5:30] + two[0:7] + two[8:15] + two[18:29]), two[29])
                self.assertIn("<<", three)
                self.assertEqual(doc.type, "identity_card")

    def test_plans_say_what_the_rules_say(self):
        for i in range(3 * len(fam_dossier.SCENARIOS)):
            scenario = fam_dossier.SCENARIOS[i % len(fam_dossier.SCENARIOS)]
            with self.subTest(scenario=scenario, i=i):
                plan = f5.plan_case(random.Random(f"plan:{i}"), families.SPLIT, scenario)
                fams = [f for f, _ in plan["docs"]]
                kinds = [f.split("/")[0] for f in fams]
                info = f5.COUNTRIES[plan["country"]]
                exp = plan["expect"]
                for f in fams:
                    self.assertTrue(f.startswith("extra/") or families.SPLIT[f] == "held_out_5", f)
                    self.assertTrue(serves(f, plan["country"]), (f, plan["country"]))
                da20 = plan["pathway"] == "da20"
                self.assertEqual(exp["protection_application" if not da20 else "supuesto"], "not_needed")
                self.assertEqual("protection_application" in kinds,
                                 da20 and scenario != "missing:protection_application")
                form = [s["form"] for f, s in plan["docs"] if f.startswith("application_form/")]
                want_form = "EX-31" if da20 else "EX-32"
                if scenario == "missing:application_form":
                    self.assertEqual((form, exp["application_form"]), ([], "missing"))
                else:
                    self.assertEqual(form[0] == want_form, scenario != "other_form")
                    self.assertEqual(exp["application_form"], "found" if form[0] == want_form else "to_check")
                pas = [s for f, s in plan["docs"] if f.startswith("passport/")]
                if not pas:
                    self.assertEqual(exp["passport"], "missing")
                else:
                    partial = pas[0]["pages"] == 1 or pas[0]["wrong"] is not None
                    self.assertEqual(exp["passport"], "to_check" if partial else "found")
                if scenario == "requested":
                    self.assertEqual(sorted(s.get("form", "") for f, s in plan["docs"] if f.startswith("extra/")
                                            and f != "extra/identity_card"), ["", "Anexo I-1", "Anexo I-2"])
                    self.assertEqual(exp["criminal_record"], "found")
                elif "criminal_record" not in kinds:
                    self.assertEqual(exp["criminal_record"], "missing")
                else:
                    rec = [s for f, s in plan["docs"] if f.startswith("criminal_record/")][0]
                    legal = rec["apostille_on_page"] or "apostille" in kinds
                    translated = info["lang"] == "es" or "translation" in kinds
                    self.assertEqual(exp["criminal_record"], "found" if legal and translated else "to_check")
                    self.assertEqual(legal, scenario != "no_apostille")
                    self.assertEqual(translated, scenario != "no_translation")
                fee = [s for f, s in plan["docs"] if f.startswith("fee_form/")]
                if fee and fee[0]["paid"]:
                    self.assertEqual(exp["fee"], "found")
                else:
                    self.assertEqual(exp["fee"], "missing" if plan["has_nie"] else "to_check")
                sup = [(f, s) for f, s in plan["docs"] if f.split("/")[0] in ("employment_contract",
                                                                                "vulnerability_certificate")]
                if da20:
                    self.assertEqual(sup, [])
                elif not sup:
                    self.assertEqual(exp["supuesto"], "missing")
                else:
                    f, s = sup[0]
                    short = f in ("employment_contract/oferta_hogar", "employment_contract/contrato_sepe") \
                        and s["months"] != 0 and s["months"] <= 3
                    self.assertEqual(exp["supuesto"], "to_check" if short else "found")
                    self.assertEqual(short, scenario == "short_contract")
                ready = all(v in ("found", "not_needed") for v in exp.values())
                self.assertEqual(ready, scenario == "complete" or (scenario == "requested"))

    def test_papers_print_what_the_truth_relies_on(self):
        for seed, country in enumerate(sorted(f5.COUNTRIES)):
            with self.subTest(country=country):
                ctx, _ = context(country, seed)
                # DA 20: the application date (2025) is printed, whatever the card's or the
                # resolution's own date.
                for fn in (f5.protection_tarjeta_roja, f5.protection_resolucion):
                    doc = fn(context(country, seed)[0], **SPEC)
                    self.assertLessEqual(D.fromisoformat(doc.facts["applied"]), D(2025, 12, 31))
                    self.assertIn(SPEC["applied"].strftime("%d"), page_text(doc))
                    self.assertTrue(re.search(r"\b03[-/]06[-/]2025\b", page_text(doc)), fn.__name__)
                # An unpaid fee form shows no NRC and no validation line.
                for fn in (f5.fee_sede_nrc, f5.fee_impreso_validado):
                    paid = page_text(fn(context(country, seed)[0], paid=True, **SPEC))
                    unpaid = page_text(fn(context(country, seed)[0], paid=False, **SPEC))
                    self.assertIn("38,28", unpaid)
                    self.assertNotIn("NRC", unpaid)
                    self.assertNotIn("EUR", unpaid.replace("EUROS", ""))
                    self.assertTrue("NRC" in paid or "*38.28EUR" in paid)
                # A short contract says so: two months, or dates 60 days apart at most.
                for fn in (f5.job_oferta_hogar, f5.job_contrato_sepe):
                    text = page_text(fn(context(country, seed)[0], months=2, **SPEC))
                    got = [D(int(y), int(m), int(d)) for d, m, y in re.findall(r"(\d\d)/(\d\d)/(\d{4})", text)
                           if int(y) >= 2026]
                    self.assertTrue("dos meses" in text or (len(got) >= 2 and (max(got) - min(got)).days < 90), text)
                # The sworn translation carries the fixed formula, in the certificate's language.
                if f5.COUNTRIES[country]["lang"] != "es":
                    for fn in (f5.translation_jurada, f5.translation_jurada_sellada):
                        text = " ".join(page_text(fn(context(country, seed)[0], **SPEC)).split())
                        self.assertIn("certifica que la que antecede es traducción fiel y completa al español", text)
                        self.assertIn(f5.LANG_ES[f5.COUNTRIES[country]["lang"]], text)

    def test_make_case_writes_truth_and_draws_only_held_out_5(self):
        with tempfile.TemporaryDirectory() as tmp:
            for i, scenario in enumerate(("complete", "requested", "short_contract")):
                truth = f5.make_case(tmp, f"c{i}", 3, families.SPLIT, scenario)
                self.assertEqual(truth["split"], "held_out_5")
                cdir = Path(tmp) / "cases" / f"c{i}"
                self.assertEqual(sorted(p.name for p in cdir.iterdir()),
                                 sorted(["case.json", "volante.pdf"] + [p["file"] for p in truth["papers"]]))
                for p in truth["papers"]:
                    self.assertTrue(p["family"].startswith("extra/") or families.SPLIT[p["family"]] == "held_out_5")
                    self.assertNotIn(p["family"].split("/")[-1], p["file"])  # no hint in the name
                case = json.loads((cdir / "case.json").read_text(encoding="utf-8"))
                self.assertEqual(case["pathway"], truth["pathway"])
                self.assertEqual(json.loads((Path(tmp) / "truth" / f"c{i}.json").read_text(encoding="utf-8")), truth)

    def test_tuning_and_held_out_dossier_corpora_are_unchanged_by_the_set(self):
        """fam_dossier draws the same papers, byte for byte (but the time PIL stamps
        into a PDF), with and without held_out_5 in the split."""
        without = {f: s for f, s in families.SPLIT.items() if s != "held_out_5"}
        stamp = re.compile(rb"/(CreationDate|ModDate) \(D:\d+Z\)")
        with tempfile.TemporaryDirectory() as tmp:
            for split in ("tuning", "held_out"):
                trees = []
                for splits in (families.SPLIT, without):
                    out = Path(tmp) / f"{split}-{len(trees)}"
                    for i, scenario in enumerate(("complete", "requested")):
                        fam_dossier.make_case(str(out), f"d{i}", 9, split, splits, scenario, dpi=60)
                    trees.append({str(p.relative_to(out)): stamp.sub(b"", p.read_bytes())
                                  for p in sorted(out.rglob("*")) if p.is_file()})
                self.assertEqual(trees[0], trees[1], split)
                self.assertTrue(trees[0])


if __name__ == "__main__":
    unittest.main()
