"""Which file each document ends up in, in what format, and under what name."""
import datetime as dt

DESCRIPTIVE = {
    "padron": ["padrón", "volante empadronamiento", "empadronamiento", "padron"],
    "padron_historico": ["certificado histórico padrón", "historico padron"],
    "utility_bill": ["factura luz {m}", "factura agua", "recibo gas {m}", "factura {m}", "factura internet"],
    "payslip": ["nómina {m}", "nomina {m}", "nómina"],
    "transport_ticket": ["billete autobús", "billete tren", "abono transporte", "billete"],
    "bank_receipt": ["recibo banco", "justificante ingreso", "transferencia {m}"],
    "medical": ["informe médico", "informe urgencias", "centro salud"],
    "attendance_certificate": ["certificado cáritas", "certificado asociación", "certificado ONG"],
    "training_certificate": ["certificado curso", "diploma curso español"],
    "library_card": ["carnet biblioteca", "carné biblioteca"],
    "rental_contract": ["contrato alquiler", "contrato habitación"],
    "job_offer": ["oferta trabajo", "precontrato"],
    "shop_receipt": ["ticket compra", "tique"],
    "other": ["justificante registro", "documento ayuntamiento"],
}
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]


def _stamp(rng, day):
    t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 21), rng.randint(0, 59),
                    rng.randint(0, 59))
    return t


def file_name(rng, kind, mode, doc_type, day, counter):
    """A realistic file name for this file; ext follows kind."""
    day = day or dt.date(2026, 4, 2)
    t = _stamp(rng, day)
    if kind in ("pdf_text", "pdf_image", "corrupt_pdf", "encrypted"):
        ext = rng.choice(["pdf"] * 6 + ["PDF"])
    elif kind == "docx":
        ext = "docx"
    elif kind in ("corrupt_jpg",) or mode == "photo":
        ext = rng.choice(["jpg", "jpg", "jpeg"])
    else:
        ext = rng.choice(["jpg", "png", "png", "tif"] if mode == "clean_scan" else
                         ["jpg", "jpg", "jpeg", "png", "tif"])
    if kind == "blank":
        ext = rng.choice(["jpg", "png"])
    if mode == "photo" and ext.lower() == "pdf":
        stem = rng.choice([f"CamScanner {t:%d-%m-%Y %H.%M}", f"Scan {t:%d %b %Y}",
                           f"Documento {t:%Y-%m-%d %H%M%S}"])
    elif mode == "photo":
        stem = rng.choice([f"IMG_{t:%Y%m%d_%H%M%S}", f"{t:%Y%m%d_%H%M%S}",
                           f"WhatsApp Image {t:%Y-%m-%d} at {t:%H.%M.%S}", f"PXL_{t:%Y%m%d_%H%M%S}123"])
    elif kind == "docx" or rng.random() < 0.45:
        m = MONTHS[day.month - 1]
        stem = rng.choice(DESCRIPTIVE.get(doc_type, ["documento"])).format(m=m)
        if rng.random() < 0.2:
            stem = stem.replace(" ", "_")
    else:
        stem = rng.choice([f"scan{counter:04d}", f"Escaneado_{t:%Y%m%d}_{counter}",
                           f"doc{counter + 100:05d}", f"SCAN_{counter:04d}", f"escanear{counter:04d}",
                           f"Documento escaneado {counter}"])
    return f"{stem}.{ext}"


def unique(name, used):
    if name not in used:
        used.add(name)
        return name
    stem, ext = name.rsplit(".", 1)
    k = 1
    while f"{stem} ({k}).{ext}" in used:
        k += 1
    used.add(f"{stem} ({k}).{ext}")
    return f"{stem} ({k}).{ext}"


def doc_day(pd):
    sp = pd["spec"]
    return sp.get("date") or sp.get("issue") or sp.get("expedicion")


def package(rng, plan_docs, built, subset):
    """List of file dicts {name, kind, mode, docs} covering every planned document."""
    order = list(range(len(plan_docs)))
    rng.shuffle(order)
    files, used, counter = [], set(), rng.randint(1, 40)
    pending = order[:]
    while pending:
        i = pending.pop(0)
        pd = plan_docs[i]
        group = [i]
        bad = pd["bad"]
        multi_page = len(built[i].pages) > 1
        if bad:
            kind = bad
            mode = "scan"
        else:
            if subset == "clean":
                kind = "pdf_text" if rng.random() < 0.55 or multi_page else "image"
                mode = "clean_scan"
            else:
                r = rng.random()
                kind = "pdf_image" if r < 0.35 or multi_page else "image"
                mode = "photo" if rng.random() < 0.4 else "scan"
                if pd["type"] in ("shop_receipt", "transport_ticket") and rng.random() < 0.5:
                    mode = "photo"
            # Sometimes two documents were scanned into one PDF.
            if kind.startswith("pdf") and rng.random() < 0.2:
                for j in pending:
                    if not plan_docs[j]["bad"] and plan_docs[j]["dup_of"] is None:
                        group.append(j)
                        pending.remove(j)
                        break
        if kind == "image" and mode == "photo":
            img_kind = "jpg"
        else:
            img_kind = kind
        name = file_name(rng, img_kind if kind != "image" else "image", mode, pd["type"],
                         doc_day(pd), counter)
        counter += rng.randint(1, 3)
        files.append({"name": unique(name, used), "kind": kind, "mode": mode, "docs": group})
    return files
