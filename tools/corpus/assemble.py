"""Turn a case plan into files on disk plus the truth file."""
import datetime as dt
import io
import json
import os
import zipfile

import numpy as np
from reportlab.lib.pdfencrypt import StandardEncryption

from . import degrade, fam_travel, families, render, rules
from . import textdata as td
from .doctypes import LOCAL_TYPES, Ctx

BAD_FLAG = {"corrupt_jpg": "corrupt_file", "corrupt_pdf": "corrupt_file",
            "encrypted": "encrypted_pdf", "blank": "unreadable", "docx": "unsupported_file"}
SMALL = ("transport_ticket", "library_card", "shop_receipt")


class Applicant:
    def __init__(self, rng):
        self.person, self.origin = td.random_applicant(rng)
        self.birth = td.rand_birth(rng) if hasattr(td, "rand_birth") else dt.date(
            rng.randint(1965, 2004), rng.randint(1, 12), rng.randint(1, 28))
        self.nie = td.nie(rng) if rng.random() < 0.6 else None
        self.passport = td.passport(rng)
        self.muni = rng.choice(td.MUNICIPALITIES)
        self.relative = td.relative_of(rng, self.person, self.origin)
        self.landlord = td.random_spaniard(rng)


def doc_language(rng, type_, muni):
    lang = muni[2]
    if lang == "es":
        return "es"
    if type_ in LOCAL_TYPES:
        return lang if rng.random() < 0.7 else "es"
    if type_ in ("utility_bill", "bank_receipt", "transport_ticket", "payslip", "shop_receipt"):
        return lang if rng.random() < 0.25 else "es"
    return "es"


def name_style(rng):
    if rng.random() < 0.05:
        return "typo"
    return rng.choice([s for s in td.NAME_STYLES if s != "typo"])


def build_doc(rng, app, pd, which=None):
    """Render one planned document to a doctypes.Doc.

    which: 'tuning', 'held_out' or 'all' picks a template family of that split;
    None keeps the classic family without a random draw (the committed samples).
    """
    who = pd["holder"]
    holder = {"applicant": app.person, "landlord": app.landlord, "relative": app.relative,
              "none": None}[who]
    style = name_style(rng)
    if who == "relative" and style in ("typo", "one_surname"):
        style = "natural"
    if holder is not None and len(holder.surnames) < 2 and style == "one_surname":
        style = "upper"
    ids = {}
    if who == "applicant":
        ids = {"nie": app.nie} if app.nie and rng.random() < 0.7 else (
            {"passport": app.passport} if rng.random() < 0.5 else {})
    birth = app.birth if who == "applicant" else None
    lang = pd.get("lang") or doc_language(rng, pd["type"], app.muni)
    family = families.choose(rng, pd["type"], which)
    if lang not in families.langs(pd["type"], family):
        lang = "es"
    ctx = Ctx(rng, holder, who == "applicant", lang, app.muni, ids, birth, style,
              landlord=app.landlord if who == "applicant" else td.random_spaniard(rng))
    doc = families.build(pd["type"], family, ctx, **pd["spec"])
    # The committed samples (which None) keep their pixels: no QR is drawn on them.
    fam_travel.add_verification(doc, ctx, draw=which is not None)
    doc.holder_is_applicant = who == "applicant" and doc.holder is not None
    return doc


# ------------------------------------------------------------ page images

def page_image(page, mode, g, log, type_, dpi_cap=None, lossless=False):
    """Rasterise a layout page and damage it according to mode.

    lossless (PNG/TIFF output): grayscale and no pixel noise, as scanner
    software saves them, which keeps files small.
    """
    if mode == "clean_scan":
        dpi = int(g.choice([200, 240, 300] if not lossless else [200, 200, 240]))
    elif mode == "photo":
        dpi = int(g.choice([150, 160, 180]))
    else:
        dpi = int(g.choice([110, 130, 150, 170, 200]))
    if dpi_cap:
        dpi = min(dpi, dpi_cap)
    img = render.to_image(page, dpi)
    small = type_ in SMALL
    if mode == "photo":
        return degrade.phone_photo(img, g, log), dpi
    log.append("scan")
    if mode != "clean_scan" and dpi < 160:
        log.append("low_resolution")
    if lossless or g.random() < (0.5 if mode == "clean_scan" else 0.6):
        img = img.convert("L")
        log.append("grayscale")
    if small and g.random() < 0.5:
        img = degrade.on_scanner_bed(img, dpi, g, log)
    img = degrade.paper_tone(img, g, 0 if lossless else 1.5)
    if mode == "clean_scan":
        return img, dpi
    if g.random() < 0.35:
        img = degrade.uneven_light(img, g, log)
    if g.random() < 0.25:
        img = degrade.shadow(img, g, log)
    if g.random() < 0.75:
        img = degrade.skew(img, g, log)
    if g.random() < 0.35 and dpi >= 150:
        img = degrade.blur(img, g, log)
    if not lossless and g.random() < 0.5:
        img = degrade.noise(img, g, log)
    if g.random() < 0.18:
        img = degrade.rotate_quarter(img, g, log)
    return img, dpi


def encode_image(img, ext, g, log, mode, quality=None, dpi=None):
    if mode == "photo":
        dpi = 72  # cameras do not know the paper's resolution
    if ext == "jpg":
        q = quality or int(g.choice([55, 65, 75, 85] if mode != "clean_scan" else [88, 92]))
        log.append("jpeg")
        return degrade.encode(img, "jpg", quality=q, dpi=dpi)
    if ext == "tif" and mode != "photo" and img.mode == "L" and g.random() < 0.6:
        img = degrade.binarize(img, log)
    return degrade.encode(img, ext, dpi=dpi)


# ------------------------------------------------------------ files

def docx_bytes(text):
    """Minimal Word document; the zip carries fixed timestamps for determinism."""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(f"<w:p><w:r><w:t>{ln}</w:t></w:r></w:p>" for ln in text.split("\n"))
        + "</w:body></w:document>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data)
    return buf.getvalue()


def page_text(page):
    return "\n".join(op[3] for op in page.ops if op[0] == "text")


def write_file(f, docs, g, dpi_cap=None, jpeg_q=None):
    """Bytes of one case file, and per document the degradations applied.

    f: {"name", "kind", "mode", "docs": [doc index]}; docs: built Doc objects.
    """
    kind, mode = f["kind"], f.get("mode", "clean_scan")
    logs = {i: [] for i in f["docs"]}
    pages = [(i, p) for i in f["docs"] for p in docs[i].pages]
    if kind in ("pdf_text", "corrupt_pdf", "encrypted"):
        enc = StandardEncryption("1234", ownerPassword="propietario", canPrint=1) \
            if kind == "encrypted" else None
        data = render.pdf_from_pages([p for _, p in pages], encrypt=enc)
        if kind == "corrupt_pdf":
            data = data[: int(len(data) * g.uniform(0.12, 0.35))]
        return data, logs
    if kind == "docx":
        return docx_bytes(page_text(pages[0][1])), logs
    if kind == "pdf_image":
        items = []
        for i, p in pages:
            img, _ = page_image(p, mode, g, logs[i], docs[i].type, dpi_cap)
            q = jpeg_q or int(g.choice([60, 70, 80]) if mode != "clean_scan" else 88)
            data = degrade.encode(img.convert("RGB") if img.mode == "1" else img, "jpg", quality=q)
            w_mm, h_mm = p.w, p.h
            if img.width > img.height and p.w < p.h or img.width < img.height and p.w > p.h:
                w_mm, h_mm = h_mm, w_mm
            if mode == "photo" or "placed_on_scanner_bed" in logs[i] or "skew" in logs[i]:
                h_mm = w_mm * img.height / img.width
            items.append((data, w_mm, h_mm))
            logs[i] += ["jpeg", "image_only_pdf"]
        for i in logs:
            logs[i] = sorted(set(logs[i]), key=logs[i].index)
        return render.pdf_from_images(items), logs
    if kind == "blank":
        ext = f["name"].rsplit(".", 1)[-1].lower().replace("jpeg", "jpg")
        img = degrade.blank_page(150 if ext == "jpg" else 100, g, logs[f["docs"][0]])
        return degrade.encode(img, "jpg" if ext == "jpg" else "png"), logs
    # single image file
    (i, p), = pages[:1]
    ext = f["name"].rsplit(".", 1)[-1].lower().replace("jpeg", "jpg").replace("tiff", "tif")
    if kind == "corrupt_jpg":
        img, _ = page_image(p, "scan", g, logs[i], docs[i].type, dpi_cap)
        data = degrade.encode(img, "jpg", quality=80)
        return data[: int(len(data) * g.uniform(0.3, 0.6))], logs
    img, dpi = page_image(p, mode, g, logs[i], docs[i].type, dpi_cap, lossless=ext != "jpg")
    return encode_image(img, ext, g, logs[i], mode, jpeg_q, dpi), logs


# ------------------------------------------------------------ truth

def iso(d):
    return d.isoformat()


def truth_entries(files, docs, plan_docs, logs):
    """One entry per document (not per page), in file order then page order."""
    entries = []
    for f in files:
        page_no = 1
        for i in f["docs"]:
            d, pd = docs[i], plan_docs[i]
            bad = pd["bad"]
            e = {"file": f["name"], "page": page_no}
            if bad:
                e.update(type="unknown", holder=None, holder_is_applicant=False, presence=[],
                         flags=[BAD_FLAG[bad]], people=[])
            else:
                e.update(type=d.type, holder=d.holder, holder_is_applicant=d.holder_is_applicant,
                         presence=list(d.presence), flags=list(getattr(d, "flags", [])),
                         people=list(d.people))
                # What the page's barcodes hold and its verification code (issue 19).
                for key in ("codes", "verification"):
                    if getattr(d, key, None):
                        e[key] = getattr(d, key)
            # The family the page was written from, even when the file is broken: the split
            # is a property of how the paper was written.
            e["family"] = d.family
            e["dup_key"] = pd["dup_of"] if pd["dup_of"] is not None else i
            e["_deg"] = logs[f["name"]].get(i, [])
            e["_dis"] = [] if bad else d.distractors
            entries.append(e)
            page_no += len(d.pages)
    return entries


def finish_truth(case_id, seed, subset, applicant, sub, entries):
    res = rules.evaluate(entries, sub)
    out_docs = []
    for e in entries:
        out_docs.append({
            "file": e["file"], "page": e["page"], "type": e["type"], "holder": e["holder"],
            "holder_is_applicant": e["holder_is_applicant"],
            "presence": [{"start": iso(s), "end": iso(t)} for s, t in e["presence"]],
            "flags": e["flags"], "counted": e["counted"],
            "degradations": e["_deg"], "distractors": e["_dis"],
            "family": e["family"], "family_split": families.split_of(e["family"]),
            "people": e["people"],
            **{k: e[k] for k in ("codes", "verification") if k in e}})
    w = res["window"]
    return {
        "case_id": case_id, "seed": seed, "subset": subset, "applicant": applicant,
        "submission_date": iso(sub), "profile": rules.PROFILE,
        "window": {"start": iso(w[0]), "end": iso(w[1])},
        "verdict": res["verdict"], "reasons": res["reasons"], "checks": res["checks"],
        "coverage": [{"start": iso(s), "end": iso(t)} for s, t in res["coverage"]],
        "gaps": [{"start": iso(s), "end": iso(t), "days": n} for s, t, n in res["gaps"]],
        "documents": out_docs,
    }


def write_case(out, case_id, seed, subset, app, sub, case_json, files, docs, plan_docs, g,
               dpi_cap=None, jpeg_q=None):
    """Write DIR/cases/<id>/ and DIR/truth/<id>.json; returns the truth dict."""
    cdir = os.path.join(out, "cases", case_id)
    os.makedirs(cdir, exist_ok=True)
    os.makedirs(os.path.join(out, "truth"), exist_ok=True)
    logs = {}
    for f in files:
        data, logs[f["name"]] = write_file(f, docs, g, dpi_cap, jpeg_q)
        with open(os.path.join(cdir, f["name"]), "wb") as fh:
            fh.write(data)
    with open(os.path.join(cdir, "case.json"), "w", encoding="utf-8") as fh:
        json.dump(case_json, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    truth = finish_truth(case_id, seed, subset, app.person.natural, sub,
                         truth_entries(files, docs, plan_docs, logs))
    with open(os.path.join(out, "truth", case_id + ".json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return truth


def numpy_rng(rng):
    return np.random.default_rng(rng.getrandbits(63))
