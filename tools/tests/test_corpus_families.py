#!/usr/bin/python3
"""The corpus generator's template families and their frozen split.

Run: /usr/bin/python3 -m unittest discover -s tools/tests

Builds every family in every language it claims, for the applicant, a relative
and (where a document may name nobody) no one, with and without a date, and
checks what the truth file will say: the holder is printed, each person listed
is printed, the applicant is flagged only on the applicant's own documents,
and no date is printed on a document the truth calls undated.
"""
import concurrent.futures
import datetime as dt
import difflib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path
from unittest import mock

TOOLS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TOOLS))

from corpus import assemble, fam_fresh, fam_fresh3, fam_fresh4, fam_fresh5, fam_fresh6, families, render  # noqa: E402
from corpus import fam_fresh7  # noqa: E402
from corpus import fam_fresh8  # noqa: E402
from corpus import fam_fresh9  # noqa: E402
from corpus import fam_fresh10  # noqa: E402
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


class FreshHeldOut(unittest.TestCase):
    """held_out_2 (fam_fresh): written after held_out had been looked at, never tuned on."""
    SPLIT, MODULE, VARIED = "held_out_2", fam_fresh, (
        "padron", "utility_bill", "bank_receipt", "medical", "attendance_certificate",
        "training_certificate")

    @property
    def FROZEN(self):
        return FRESH_FROZEN

    def fresh(self):
        # The presence kinds' families: a split may also hold the dossier's
        # (held_out_5), tested in test_dossier_fresh5.
        return sorted(f for f, s in families.SPLIT.items()
                      if s == self.SPLIT and f.split("/")[0] in families.REGISTRY)

    def test_every_kind_has_a_fresh_family_and_only_fam_fresh_is_fresh(self):
        for kind in families.REGISTRY:
            self.assertTrue(families.candidates(kind, self.SPLIT), kind)
        mine = {f"{k}/{n}" for k, fams in self.MODULE.FAMILIES.items() for n in fams}
        self.assertEqual(set(self.fresh()), mine)
        for kind in self.VARIED:
            self.assertGreaterEqual(len(families.candidates(kind, self.SPLIT)), 2, kind)

    def test_fresh_split_is_frozen(self):
        # Changing this list re-opens a measure someone may already have reported.
        self.assertEqual(self.fresh(), sorted(self.FROZEN))
        # One block appended after every earlier entry, none of which moved;
        # families written later come after it.
        order = [f for f in families.SPLIT if f.split("/")[0] in families.REGISTRY]
        start = order.index(self.FROZEN[0])
        self.assertEqual(order[start:start + len(self.FROZEN)], self.FROZEN)
        self.assertTrue(all(families.SPLIT[f] != self.SPLIT for f in order[:start]))

    def test_every_fresh_family_renders_in_its_languages(self):
        for fam in self.fresh():
            kind, name = fam.split("/")
            for lang in families.langs(kind, name):
                with self.subTest(family=fam, lang=lang):
                    _, doc = EveryFamily.build(self, kind, name, lang, "applicant")
                    self.assertTrue(render.pdf_from_pages(doc.pages).startswith(b"%PDF"))
                    for page in doc.pages:
                        img = render.to_image(page, 50).convert("L")
                        self.assertLess(img.getextrema()[0], 128)  # ink on the page
                        self.assertTrue(all(0 <= op[1] <= page.w and 0 <= op[2] <= page.h
                                            for op in page.ops if op[0] == "text"), fam)

    def test_fresh_truth_is_what_the_rules_say(self):
        for fam in self.fresh():
            kind, name = fam.split("/")
            for holder in ("applicant", "relative", "landlord"):
                with self.subTest(family=fam, holder=holder):
                    app, doc = EveryFamily.build(self, kind, name, "es", holder)
                    sp = SPECS.get(kind, {"date": D(2026, 3, 16)})
                    want = {"padron": lambda: [(sp["alta"], sp["expedicion"])],
                            "padron_historico": lambda: [(a, b or sp["expedicion"]) for a, b in sp["rows"]],
                            "utility_bill": lambda: [sp["period"]],
                            "payslip": lambda: [sp["period"]]}.get(kind, lambda: [(sp["date"], sp["date"])])()
                    self.assertEqual(doc.presence, want)
                    named = folded(doc.holder)
                    person = {"applicant": app.person, "relative": app.relative,
                              "landlord": app.landlord}[holder]
                    # A printed name may carry one slip (the corpus's `typo` name style).
                    words = (named + " " + folded(doc.holder.replace(",", " ").replace("/", " "))).split()
                    for part in person.given.split() + person.surnames[0].split():
                        self.assertTrue(len(part) <= 3 or any(difflib.SequenceMatcher(None, folded(part), w).ratio() >= 0.8
                                            for w in words), (part, doc.holder))
                    officials = [p for p in doc.people if p["role"] in ("official", "landlord", "sender")
                                 and p["name"] != doc.holder]
                    self.assertFalse(any(p["is_applicant"] for p in officials))

    def test_fresh_undated_pages_print_no_date(self):
        for fam in self.fresh():
            kind, name = fam.split("/")
            if kind not in UNDATED_KINDS:
                continue
            for lang in families.langs(kind, name):
                for seed in range(4):
                    with self.subTest(family=fam, lang=lang, seed=seed):
                        _, doc = EveryFamily.build(self, kind, name, lang, "applicant", date=None, seed=seed)
                        self.assertEqual(doc.presence, [])
                        self.assertIsNone(DATE.search(td.strip_accents(page_text(doc))))


def corpus_tree(registry, which):
    """Two cases of --families `which` drawn from `registry`: file name -> bytes."""
    import gen_corpus
    with tempfile.TemporaryDirectory() as tmp, mock.patch.object(families, "REGISTRY", registry):
        for i in range(2):
            gen_corpus.generate_case((tmp, 9, i, "mixed", which))
        return {str(p.relative_to(tmp)): p.read_bytes() for p in sorted(Path(tmp).rglob("*")) if p.is_file()}


class FreshHeldOut3(FreshHeldOut):
    """held_out_3 (fam_fresh3): written after held_out_2's misses had been looked at."""
    SPLIT, MODULE = "held_out_3", fam_fresh3
    VARIED = FreshHeldOut.VARIED + ("padron_historico", "transport_ticket", "shop_receipt", "other")

    @property
    def FROZEN(self):
        return FRESH3_FROZEN


class FreshHeldOut4(FreshHeldOut):
    """held_out_4 (fam_fresh4): written after held_out_3 had been looked at."""
    SPLIT, MODULE = "held_out_4", fam_fresh4
    VARIED = FreshHeldOut.VARIED + ("padron_historico",)

    @property
    def FROZEN(self):
        return FRESH4_FROZEN


class FreshHeldOut5(FreshHeldOut):
    """held_out_5 (fam_fresh5): written after held_out_4 had been looked at."""
    SPLIT, MODULE = "held_out_5", fam_fresh5
    VARIED = FreshHeldOut.VARIED + ("padron_historico", "other")

    @property
    def FROZEN(self):
        return FRESH5_FROZEN


class FreshHeldOut6(FreshHeldOut):
    """held_out_6 (fam_fresh6): written after held_out_5 had been looked at."""
    SPLIT, MODULE = "held_out_6", fam_fresh6
    VARIED = FreshHeldOut.VARIED + ("padron_historico", "other")

    @property
    def FROZEN(self):
        return FRESH6_FROZEN


class FreshHeldOut7(FreshHeldOut):
    """held_out_7 (fam_fresh7): written after held_out_6 had been looked at."""
    SPLIT, MODULE = "held_out_7", fam_fresh7
    VARIED = FreshHeldOut.VARIED + ("padron_historico", "other")

    @property
    def FROZEN(self):
        return FRESH7_FROZEN


class FreshHeldOut8(FreshHeldOut):
    """held_out_8 (fam_fresh8): written after held_out_7 had been looked at."""
    SPLIT, MODULE = "held_out_8", fam_fresh8
    VARIED = FreshHeldOut.VARIED + ("padron_historico", "other")

    @property
    def FROZEN(self):
        return FRESH8_FROZEN


class FreshHeldOut9(FreshHeldOut):
    """held_out_9 (fam_fresh9): written blind after held_out_8 had been looked at."""
    SPLIT, MODULE = "held_out_9", fam_fresh9
    VARIED = FreshHeldOut.VARIED + ("padron_historico", "other")

    @property
    def FROZEN(self):
        return FRESH9_FROZEN


class FreshHeldOut10(FreshHeldOut):
    """held_out_10 (fam_fresh10): written blind, from the generator's machinery and RULES.md only."""
    SPLIT, MODULE = "held_out_10", fam_fresh10
    VARIED = FreshHeldOut.VARIED + ("padron_historico", "payslip", "transport_ticket", "other")

    @property
    def FROZEN(self):
        return FRESH10_FROZEN


# The frozen held_out_2 families, in families.json order.
FRESH_FROZEN = [
    "padron/convivencia", "padron/registro_salida", "padron_historico/periodos",
    "utility_bill/twocol_history", "utility_bill/municipal_water", "payslip/header_boxes",
    "transport_ticket/train_purchase", "bank_receipt/atm_slip", "bank_receipt/incoming_transfer",
    "medical/justificante_visita", "medical/urgencias_twocol", "attendance_certificate/hace_constar",
    "attendance_certificate/user_card", "training_certificate/jornada",
    "training_certificate/diploma_landscape", "library_card/pvc_card", "rental_contract/exponen",
    "job_offer/compromiso_partes", "shop_receipt/invoice_customer", "other/comparecencia",
    "utility_bill/aviso_estimado", "library_card/card_back",
]


# The frozen held_out_3 families, in families.json order.
FRESH3_FROZEN = [
    "padron/certificat_csv", "padron/volante_sede", "padron_historico/movimientos",
    "padron_historico/boxes_historial", "utility_bill/telefonia_movil", "utility_bill/gas_mercado",
    "payslip/mes_celdas", "transport_ticket/recarga_bus", "transport_ticket/abono_foto",
    "bank_receipt/bizum_screen", "bank_receipt/remesa_twocol", "medical/vacunacion",
    "medical/dental_factura", "attendance_certificate/informe_social",
    "attendance_certificate/banco_alimentos", "training_certificate/curso_espanol",
    "training_certificate/cnl_catala", "library_card/alta_correo",
    "rental_contract/contracte_habitacio", "job_offer/precontrato_campana",
    "shop_receipt/farmacia_tsi", "shop_receipt/recarga_locutorio", "other/matricula",
    "other/albaran_entrega", "other/abono_deportivo",
]


# The frozen held_out_4 families, in families.json order.
FRESH4_FROZEN = [
    "padron/volante_casillas", "padron/andaluz_grid", "padron_historico/variaciones_apaisado",
    "padron_historico/sede_periodos", "utility_bill/pvpc_barras", "utility_bill/fibra_domiciliada",
    "payslip/empleada_hogar", "transport_ticket/autocar_movil", "bank_receipt/ingreso_cajero",
    "bank_receipt/validacion_ventanilla", "medical/consultas_externas", "medical/parte_it",
    "attendance_certificate/programa_cruz", "attendance_certificate/culto_asistencia",
    "training_certificate/sepe_horas", "training_certificate/autoescuela", "library_card/prestamo",
    "rental_contract/lau_caratula", "job_offer/oferta_cuidadora", "shop_receipt/fidelizacion",
    "other/inscripcion_consular", "other/renovacion_demanda",
]


# The frozen held_out_5 families, in families.json order.
FRESH5_FROZEN = [
    "padron/quiosco_convivencia", "padron/bilingue", "padron_historico/prosa_periodos",
    "padron_historico/listado_mono", "utility_bill/consorcio_agua", "utility_bill/resumen_rango",
    "payslip/a3_cabecera", "transport_ticket/tren_tabla", "bank_receipt/banca_online",
    "bank_receipt/cuenta_basica", "medical/alta_urgencias", "medical/justificante_horas",
    "attendance_certificate/carta_recomendacion", "attendance_certificate/voluntariado",
    "training_certificate/adultos_notas", "training_certificate/taller_sesion", "library_card/carne_movil",
    "rental_contract/impreso_papeleria", "job_offer/oferta_arraigo", "shop_receipt/optica_encargo",
    "other/albaran_butano", "other/resguardo_tsi",
]


# The frozen held_out_6 families, in families.json order.
FRESH6_FROZEN = [
    "padron/volante_maquina", "padron/sede_qr_lateral", "padron_historico/fichas_domicilio",
    "padron_historico/cronologia", "utility_bill/grafico_consumo", "utility_bill/gas_lecturas",
    "payslip/ett_agencia", "transport_ticket/ferry_embarque", "bank_receipt/cambio_divisa",
    "bank_receipt/certificado_titularidad", "medical/hoja_tratamiento", "medical/analitica",
    "attendance_certificate/comedor_social", "attendance_certificate/asociacion_cultural",
    "training_certificate/carnet_manipulador", "training_certificate/plataforma_online",
    "library_card/ficha_inscripcion", "rental_contract/agencia_inmobiliaria", "job_offer/email_impreso",
    "shop_receipt/tienda_moviles", "other/aviso_correos", "other/resguardo_reparacion",
]


# The frozen held_out_7 families, in families.json order.
FRESH7_FROZEN = [
    "padron/firma_diputacion", "padron/oficio_extranjeria", "padron_historico/actual_anteriores",
    "padron_historico/cabecera_doble", "utility_bill/telco_catala", "utility_bill/duplicado_web",
    "payslip/jornadas_campo", "transport_ticket/vtc_recibo", "bank_receipt/pago_tributos",
    "bank_receipt/entrega_tarjeta", "medical/radiologia", "medical/certificado_oficial",
    "attendance_certificate/justificante_sesion", "attendance_certificate/orientacion_juridica",
    "training_certificate/prueba_ccse", "training_certificate/prl_construccion",
    "library_card/prestamo_interbibliotecario", "rental_contract/firma_plataforma", "job_offer/carta_catala",
    "shop_receipt/compraventa_usados", "other/alta_prepago", "other/acta_inspeccion",
]


# The frozen held_out_8 families, in families.json order.
FRESH8_FROZEN = [
    "padron/junta_distrito", "padron/hoja_codigos", "padron_historico/desde_hasta", "padron_historico/antiguedad",
    "utility_bill/cnmc_qr", "utility_bill/franja_resumen", "payslip/apaisada", "transport_ticket/taquilla_autocar",
    "bank_receipt/orden_transferencia", "bank_receipt/certificado_saldo", "medical/consulta_enfermeria",
    "medical/oftalmologia", "attendance_certificate/albergue", "attendance_certificate/acompanamiento",
    "training_certificate/primeros_auxilios", "training_certificate/competencias_digitales",
    "library_card/carne_sellado", "rental_contract/habitacion_local", "job_offer/formulario",
    "shop_receipt/pedido_online", "other/envio_paqueteria", "other/donacion_sangre",
]


# The frozen held_out_9 families, in families.json order.
FRESH9_FROZEN = [
    "padron/volante_secretario", "padron/sede_qr", "padron_historico/prosa_tramos",
    "padron_historico/relacion_movimientos", "utility_bill/cooperativa_electrica", "utility_bill/operador_movil",
    "payslip/cooperativa_agraria", "transport_ticket/recarga_metro", "bank_receipt/app_captura",
    "bank_receipt/ingreso_ventanilla", "medical/dispensacion_farmacia", "medical/factura_clinica",
    "attendance_certificate/entrega_lote_alimentos", "attendance_certificate/comunidad_religiosa",
    "training_certificate/eoi_certificacion", "training_certificate/manipulador_apaisado",
    "library_card/prestamo_autoservicio", "rental_contract/anexo_prorroga", "job_offer/oferta_ett",
    "shop_receipt/ticket_farmacia", "other/alta_gimnasio", "other/aviso_llegada_certificado",
]


# The frozen held_out_10 families, in families.json order.
FRESH10_FROZEN = [
    "padron/dos_columnas_distrito", "padron/diligencia_dos_paginas", "padron_historico/codigos_variacion",
    "padron_historico/apaisado_hojas", "utility_bill/cotitulares_dos_columnas", "utility_bill/correo_factura",
    "payslip/hosteleria_canarias", "payslip/recibo_salarios_talonario", "transport_ticket/autobus_interurbano",
    "transport_ticket/app_tren_pantalla", "bank_receipt/remesa_calco", "bank_receipt/justificante_cotitulares",
    "medical/justificante_servicio_salud", "medical/informe_fisioterapia",
    "attendance_certificate/tutoria_colegio", "attendance_certificate/hoja_mediacion",
    "training_certificate/operador_carretillas", "training_certificate/alfabetizacion_romano",
    "library_card/carne_bibliobus", "rental_contract/cotitulares_dos_paginas", "job_offer/hotel_temporada",
    "shop_receipt/recibi_talonario", "other/cuota_asociacion", "other/hoja_reclamacion",
]


class FrozenSplit(unittest.TestCase):
    def test_split_covers_every_family_and_kind(self):
        families.check_split()
        held = [f for f, s in families.SPLIT.items() if s == "held_out"]
        first = [f for f, s in families.SPLIT.items() if s in ("tuning", "held_out")]
        self.assertTrue(0.25 <= len(held) / len(first) <= 0.4)
        for must in ("attendance_certificate/prose_persona", "training_certificate/official_first",
                     "bank_receipt/remittance", "rental_contract/two_tenants"):
            self.assertEqual(families.SPLIT[must], "held_out")

    def test_generated_documents_keep_to_the_split(self):
        splits = ("held_out", "tuning", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6",
                  "held_out_7", "held_out_8", "held_out_9", "held_out_10")
        with tempfile.TemporaryDirectory() as tmp:
            def generate(which):
                subprocess.run([sys.executable, str(TOOLS / "gen_corpus.py"), "--out", str(Path(tmp) / which),
                                "--cases", "3", "--seed", "5", "--families", which, "--jobs", "1"],
                               check=True, capture_output=True)
            # One corpus per core at a time: the rest of the suite runs on one, and
            # these nine corpora were the suite's slowest test.
            with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
                list(pool.map(generate, splits))
            for which in splits:
                out = Path(tmp) / which
                for path in sorted((out / "truth").glob("*.json")):
                    for d in json.loads(path.read_text())["documents"]:
                        self.assertEqual(d["family_split"], which, d["family"])
                        self.assertEqual(families.split_of(d["family"]), which)

    def test_tuning_and_all_corpora_are_unchanged_by_the_fresh_sets(self):
        """--families tuning (and all) draw the same documents, byte for byte, as
        before any fresh set existed: the registry without every fresh split gives
        the same files. One registry without them all, not one per set: a set
        that moved the others' draws would show here too, and each set's own
        check cost four corpora more (the suite's slowest test)."""
        first = set(families.ALL_SPLITS)
        without = {k: {n: e for n, e in fams.items() if families.SPLIT[f"{k}/{n}"] in first}
                   for k, fams in families.REGISTRY.items()}
        self.assertNotEqual(without, families.REGISTRY)
        for which in ("tuning", "all"):
            whole = corpus_tree(families.REGISTRY, which)
            self.assertTrue(whole)
            self.assertEqual(whole, corpus_tree(without, which), which)

    def test_all_never_draws_the_fresh_set(self):
        for kind in families.REGISTRY:
            for fresh in ("held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7", "held_out_8",
                          "held_out_9", "held_out_10"):
                self.assertFalse(set(families.candidates(kind, "all")) & set(families.candidates(kind, fresh)))


if __name__ == "__main__":
    unittest.main()
