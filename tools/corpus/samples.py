"""The small fixed sample set committed under samples/ (see gen_corpus.py --samples)."""
import datetime as dt
import random

from . import assemble
from . import textdata as td

D = dt.date


def _app(rng, given, surnames, origin, muni_name, birth, nie=None, passport=None):
    app = assemble.Applicant(rng)
    app.person, app.origin = td.Person(given, surnames), origin
    app.birth, app.nie, app.passport = birth, nie, passport or td.passport(rng)
    app.muni = next(m for m in td.MUNICIPALITIES if m[0] == muni_name)
    app.relative = td.relative_of(rng, app.person, origin)
    return app


def _doc(type_, holder="applicant", bad=None, dup_of=None, lang=None, **spec):
    return {"type": type_, "holder": holder, "spec": spec, "bad": bad, "dup_of": dup_of,
            "lang": lang}


def _build(name, app, plan, wants):
    """Build each document, retrying its seed until it carries the wanted distractors
    and fits the wanted page count (so the samples show what they claim)."""
    built = []
    for i, pd in enumerate(plan):
        if pd["dup_of"] is not None:
            built.append(built[pd["dup_of"]])
            continue
        want = wants.get(i, {})
        for k in range(200):
            rng = random.Random(f"sample:{name}:{i}:{k}")
            doc = assemble.build_doc(rng, app, pd)
            ok = set(want.get("distractors", [])) <= set(doc.distractors)
            ok = ok and len(doc.pages) == want.get("pages", len(doc.pages))
            ok = ok and (want.get("holder") is None or want["holder"](doc.holder))
            if ok:
                break
        else:
            raise RuntimeError(f"sample {name}: document {i} never met {want}")
        built.append(doc)
    return built


def _write(out, name, app, sub, case_json, plan, built, files):
    g = assemble.numpy_rng(random.Random(f"sample:{name}:pixels"))
    return assemble.write_case(out, name, 0, "degraded", app, sub, case_json, files, built,
                               plan, g, dpi_cap=170, jpeg_q=80)


def maria(out):
    name = "maria-lopez-complete"
    app = _app(random.Random(name), "María Fernanda", ["López", "Quispe"], "latam", "Madrid",
               D(1991, 8, 23), nie="Y4071325H")
    sub = D(2026, 6, 15)
    plan = [
        _doc("padron", alta=D(2025, 3, 10), expedicion=D(2026, 2, 20)),
        _doc("utility_bill", period=(D(2026, 3, 1), D(2026, 3, 31)), issue=D(2026, 4, 6), kind="luz"),
        _doc("bank_receipt", date=D(2026, 4, 22)),
        _doc("payslip", period=(D(2026, 4, 1), D(2026, 4, 30)), issue=D(2026, 5, 2)),
        _doc("medical", date=D(2026, 5, 12)),
        _doc("transport_ticket", date=D(2026, 6, 2)),
    ]
    wants = {0: {"distractors": ["birth_date", "csv_code"]}, 1: {"distractors": ["due_date"]},
             4: {"distractors": ["birth_date"]}, 3: {"pages": 1}, 5: {"pages": 1}}
    built = _build(name, app, plan, wants)
    files = [
        {"name": "volante empadronamiento.pdf", "kind": "pdf_text", "docs": [0]},
        {"name": "IMG_20260408_101512.jpg", "kind": "image", "mode": "photo", "docs": [1]},
        {"name": "scan0003.png", "kind": "image", "mode": "clean_scan", "docs": [2]},
        {"name": "scan0004.pdf", "kind": "pdf_image", "mode": "scan", "docs": [3, 4]},
        {"name": "billete autobús.pdf", "kind": "pdf_text", "docs": [5]},
    ]
    cj = {"applicant": app.person.natural, "submission_date": sub.isoformat(),
          "birth_date": app.birth.isoformat(), "nie": app.nie}
    return _write(out, name, app, sub, cj, plan, built, files)


def ahmed(out):
    name = "ahmed-benali-gap"
    app = _app(random.Random(name), "Ahmed", ["Benali"], "maghreb", "Barcelona", D(1988, 2, 14),
               passport="UZ4417280")
    sub = D(2026, 5, 20)
    plan = [
        _doc("padron", alta=D(2025, 6, 2), expedicion=D(2026, 1, 10), lang="ca"),
        _doc("medical", date=D(2026, 2, 3)),
        _doc("bank_receipt", date=D(2026, 2, 25)),
        _doc("utility_bill", "landlord", period=(D(2026, 3, 1), D(2026, 3, 31)), issue=D(2026, 4, 7),
             kind="agua"),
        _doc("shop_receipt", "none", date=D(2026, 3, 20)),
        _doc("training_certificate", date=D(2026, 4, 15), lang="ca"),
        _doc("transport_ticket", date=D(2026, 5, 8)),
        _doc("attendance_certificate", date=D(2026, 5, 19)),
    ]
    wants = {0: {"distractors": ["csv_code"]}, 6: {"pages": 1}}
    built = _build(name, app, plan, wants)
    files = [
        {"name": "padró.pdf", "kind": "pdf_text", "docs": [0]},
        {"name": "WhatsApp Image 2026-02-04 at 12.30.11.jpeg", "kind": "image", "mode": "photo",
         "docs": [1]},
        {"name": "Escaneado_20260226_2.jpg", "kind": "image", "mode": "scan", "docs": [2]},
        {"name": "factura aigua.pdf", "kind": "pdf_text", "docs": [3]},
        {"name": "IMG_20260320_184455.jpg", "kind": "image", "mode": "photo", "docs": [4]},
        {"name": "certificat curs.png", "kind": "image", "mode": "clean_scan", "docs": [5]},
        {"name": "billete tren.pdf", "kind": "pdf_image", "mode": "scan", "docs": [6]},
        {"name": "certificado asociación.pdf", "kind": "pdf_text", "docs": [7]},
    ]
    cj = {"applicant": app.person.natural, "submission_date": sub.isoformat(),
          "passport": app.passport}
    return _write(out, name, app, sub, cj, plan, built, files)


def bad_files(out):
    name = "bad-files"
    app = _app(random.Random(name), "Olena", ["Kovalenko"], "easteurope", "Vigo", D(1979, 11, 5),
               nie="X8342160W")
    sub = D(2026, 4, 30)
    plan = [
        _doc("padron_historico", rows=[(D(2024, 5, 6), D(2025, 2, 27)), (D(2025, 2, 28), None)],
             expedicion=D(2026, 4, 20)),
        _doc("utility_bill", period=(D(2026, 2, 1), D(2026, 3, 31)), issue=D(2026, 4, 8), kind="gas"),
        _doc("utility_bill", dup_of=1, period=(D(2026, 2, 1), D(2026, 3, 31)), issue=D(2026, 4, 8),
             kind="gas"),
        _doc("medical", bad="corrupt_jpg", date=D(2026, 3, 3)),
        _doc("bank_receipt", bad="encrypted", date=D(2026, 1, 20)),
        _doc("other", bad="blank", date=D(2026, 2, 2)),
        _doc("attendance_certificate", bad="docx", date=D(2026, 3, 9)),
        _doc("transport_ticket", bad="corrupt_pdf", date=D(2026, 4, 2)),
    ]
    built = _build(name, app, plan, {1: {"pages": 1}})
    files = [
        {"name": "certificado histórico padrón.pdf", "kind": "pdf_text", "docs": [0]},
        {"name": "factura gas.jpg", "kind": "image", "mode": "scan", "docs": [1]},
        {"name": "scan0009.jpg", "kind": "image", "mode": "scan", "docs": [2]},
        {"name": "IMG_20260303_112200.jpg", "kind": "corrupt_jpg", "docs": [3]},
        {"name": "extracto banco.pdf", "kind": "encrypted", "docs": [4]},
        {"name": "scan0007.jpg", "kind": "blank", "docs": [5]},
        {"name": "certificado asociación.docx", "kind": "docx", "docs": [6]},
        {"name": "billete.pdf", "kind": "corrupt_pdf", "docs": [7]},
    ]
    cj = {"applicant": app.person.natural, "submission_date": sub.isoformat(),
          "birth_date": app.birth.isoformat(), "nie": app.nie}
    return _write(out, name, app, sub, cj, plan, built, files)


def write_samples(out):
    for fn in (maria, ahmed, bad_files):
        t = fn(out)
        print(t["case_id"], t["verdict"], t["reasons"],
              [(d["file"], d["page"], d["flags"]) for d in t["documents"] if d["flags"]])
