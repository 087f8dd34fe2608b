"""Boarding passes whose IATA BCBP barcode says what the print says (issue 19).

Three airlines' layouts, each printed at home (A4) or shown on a phone screen,
with the code in PDF417, Aztec or QR, drawn module by module from the matrix
Debian's zint makes. Some prints are damaged (a smudge over the name or the
date, a torn corner, a notification over the screen) so that only the code can
be read; some trips touch no Spanish airport. The truth's presence is the day
of each leg from or to a Spanish airport (RULES.md, Codes); a pass with no
Spanish leg proves nothing and is `needs_review`.

Also here: the verification QR a padrón certificate carries next to its
Código Seguro de Verificación (add_verification).
"""
import datetime as dt
import functools
import io
import json
import os
import random
import shutil
import subprocess

from PIL import Image

from . import rules
from . import textdata as td
from .famkit import NB
from .layout import text_width

ES = ("es",)
_MODELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "models")
with open(os.path.join(_MODELS, "lexicon", "airports_es.json"), encoding="utf-8") as _fh:
    SPANISH = frozenset(json.load(_fh)["airports"])

# Airports the passes fly between, with the city an airline prints.
CITIES = {
    "MAD": "Madrid", "BCN": "Barcelona", "AGP": "Málaga", "PMI": "Palma de Mallorca",
    "ALC": "Alicante", "VLC": "Valencia", "SVQ": "Sevilla", "BIO": "Bilbao",
    "LPA": "Gran Canaria", "TFN": "Tenerife Norte", "SCQ": "Santiago", "VGO": "Vigo",
    "GRX": "Granada", "LIM": "Lima", "BOG": "Bogotá", "UIO": "Quito", "EZE": "Buenos Aires",
    "SDQ": "Santo Domingo", "ASU": "Asunción", "CMN": "Casablanca", "RAK": "Marrakech",
    "TNG": "Tánger", "ALG": "Argel", "DSS": "Dakar", "CDG": "París CDG", "ORY": "París Orly",
    "LGW": "Londres Gatwick", "FCO": "Roma", "LIS": "Lisboa", "OTP": "Bucarest",
    "BRU": "Bruselas", "AMS": "Ámsterdam",
}
ES_AIRPORTS = sorted(a for a in CITIES if a in SPANISH)
ABROAD = sorted(a for a in CITIES if a not in SPANISH)
HUBS = ["MAD", "BCN"]
# (trip, weight): which airports the legs join.
TRIPS = [("arrival", 30), ("departure", 25), ("domestic", 20), ("connection", 17),
         ("no_spanish_leg", 8)]
DAMAGE = [(None, 62), ("smudge_name", 12), ("smudge_date", 10), ("smudge_both", 8),
          ("torn_corner", 8)]
MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
PNR_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


# ------------------------------------------------------------ the code

@functools.lru_cache(maxsize=256)
def matrix(symbology, data, cols=0):
    """zint's modules as rows of booleans (True = dark), one module per pixel.

    PDF417 rows come out three modules high, as the symbology draws them.
    """
    zint = shutil.which("zint")
    if not zint:
        raise RuntimeError("zint is not installed (sh tools/install-deps.sh)")
    cmd = [zint, "-b", symbology, "--scale=0.5", "--notext", "--filetype=PNG", "--direct",
           "-d", data]
    if cols:
        cmd.insert(3, f"--cols={cols}")
    png = subprocess.run(cmd, check=True, capture_output=True).stdout
    img = Image.open(io.BytesIO(png)).convert("L")
    w, h = img.size
    px = img.tobytes()
    return tuple(tuple(px[y * w + x] < 128 for x in range(w)) for y in range(h))


def draw_code(page, x, y, rows, module, quiet=True):
    """Draws rows (from matrix) with its top-left corner at (x, y) mm; returns (w, h) mm.

    Each run of dark modules is one exact block, and identical rows share one.
    """
    w, h = len(rows[0]) * module, len(rows) * module
    if quiet:  # the white margin a reader needs, over whatever lies beneath
        q = 4 * module
        page.block(x - q, y - q, w + 2 * q, h + 2 * q, (255, 255, 255))
    r = 0
    while r < len(rows):
        n = 1
        while r + n < len(rows) and rows[r + n] == rows[r]:
            n += 1
        row, c = rows[r], 0
        while c < len(row):
            if row[c]:
                e = c
                while e < len(row) and row[e]:
                    e += 1
                page.block(x + c * module, y + r * module, (e - c) * module, n * module)
                c = e
            else:
                c += 1
        r += n
    return w, h


def bcbp_name(rng, person):
    """'SURNAME/GIVEN' as airlines encode it: no accents, upper case, spaces sometimes
    dropped, cut at 20 characters (RULES.md, Codes)."""
    sur = td.strip_accents(" ".join(person.surnames)).upper()
    giv = td.strip_accents(person.given).upper()
    if rng.random() < 0.3:
        sur, giv = sur.replace(" ", ""), giv.replace(" ", "")
    return f"{sur}/{giv}"[:20]


def bcbp_text(rng, name20, legs, issue, carrier):
    """A Resolution 792 type 'M' string: mandatory items per leg, and on the first leg
    the version 6 unique items with the issue date ("YDDD") when issue is set."""
    out = f"M{len(legs)}{name20:<20}E"
    for i, leg in enumerate(legs):
        cond = ""
        if i == 0 and issue is not None:
            uniq = (rng.choice("0123") + rng.choice("OWK") + rng.choice("OWK") +
                    f"{issue.year % 10}{issue.timetuple().tm_yday:03d}" + "B" + f"{carrier:<3}" +
                    " " * 13)
            cond = f">6{len(uniq):02X}{uniq}"
        out += (f"{leg['pnr']:<7}{leg['from']}{leg['to']}{leg['carrier']:<3}"
                f"{leg['flight']:0>4} {leg['date'].timetuple().tm_yday:03d}{leg['cabin']}"
                f"{leg['seat']}{leg['seq']:0>4} 1{len(cond):02X}{cond}")
    return out


def plan_legs(rng, date, carrier):
    """The trip's legs (dicts) and its kind; every Spanish leg but none other is on date's
    trip, the first leg on date itself."""
    trip = td.pick_weighted(rng, TRIPS)
    if trip == "arrival":
        pairs = [(rng.choice(ABROAD), rng.choice(ES_AIRPORTS))]
    elif trip == "departure":
        pairs = [(rng.choice(ES_AIRPORTS), rng.choice(ABROAD))]
    elif trip == "domestic":
        pairs = [tuple(rng.sample(ES_AIRPORTS, 2))]
    elif trip == "connection":
        hub = rng.choice(HUBS)
        end = rng.choice([a for a in ES_AIRPORTS if a != hub])
        pairs = [(rng.choice(ABROAD), hub), (hub, end)]
        if rng.random() < 0.4:
            pairs = [(end, hub), (hub, rng.choice(ABROAD))]
    else:
        pairs = [tuple(rng.sample(ABROAD, 2))]
    pnr = "".join(rng.choice(PNR_CHARS) for _ in range(6))
    legs = []
    for frm, to in pairs:
        legs.append({"from": frm, "to": to, "carrier": carrier, "pnr": pnr,
                     "flight": str(rng.randint(100, 9999)), "date": date,
                     "cabin": rng.choice("YYYMW"),
                     "seat": f"{rng.randint(1, 38):03d}{rng.choice('ABCDEF')}",
                     "seq": str(rng.randint(1, 320)),
                     "time": f"{rng.randint(6, 22):02d}:{rng.choice(['05', '20', '35', '50'])}"})
    return trip, legs


def presence_of(legs):
    """RULES.md, Codes: each leg from or to a Spanish airport proves its day."""
    days = sorted({leg["date"] for leg in legs if leg["from"] in SPANISH or leg["to"] in SPANISH})
    return rules.merge_intervals([(d, d) for d in days])


# ------------------------------------------------------------ print

def printed_date(rng, b, date):
    """Airlines print the day and month, often without the year (the code has none)."""
    style = rng.choice(["ddmon", "ddmonyy", "numeric", "numeric"])
    if style == "ddmon":
        return f"{date.day:02d}{MONTHS_EN[date.month - 1]}"
    if style == "ddmonyy":
        return f"{date.day:02d}{MONTHS_EN[date.month - 1]}{date.year % 100:02d}"
    return b.d(date)


def printed_name(rng, person):
    sur = td.strip_accents(" ".join(person.surnames)).upper()
    giv = td.strip_accents(person.given).upper()
    return rng.choice([f"{sur}/{giv}", f"{sur}/{giv}", f"{giv} {sur}"])


class Card:
    """Label-over-value cells drawn straight on a page; remembers where each value is,
    so damage can cover it."""

    def __init__(self, b, page):
        self.b, self.page, self.where = b, page, {}

    def cell(self, key, x, y, label, value, size, w=None, color=None):
        f = self.b.f
        cap = max(6.5, size * 0.62)
        self.page.text(x, y, label, f.font(), cap, "l", color or (90, 90, 90))
        vy = y + f.line_h(size) + 0.5
        if w:
            size = f.fit(value, f.font(True), size, w)
        self.page.text(x, vy, value, f.font(True), size, "l", (20, 20, 20))
        vw = min(w or 1e9, text_width(value, f.font(True), size))
        self.where[key] = (x - 1, vy - f.line_h(size) * 0.8, vw + 2, f.line_h(size) * 1.1)
        return vy


def damage(rng, page, card, kind):
    """Covers the name and/or the date, as a coffee stain or a torn corner would."""
    if kind is None:
        return
    if kind == "torn_corner":
        x, y, _, _ = card.where["name"]
        # The paper is missing there: the scanner lid's white shows through.
        page.block(0, 0, x + rng.uniform(70, 95), y + rng.uniform(8, 12), (255, 255, 255))
        page.line(0, y + 10, x + 80, y + 4, 0.4, (150, 150, 150))
        return
    keys = {"smudge_name": ["name"], "smudge_date": ["date"], "smudge_both": ["name", "date"]}[kind]
    for key in keys:
        x, y, w, h = card.where[key]
        tone = rng.choice([(60, 45, 35), (75, 60, 40), (40, 40, 48)])
        page.ellipse(x - 3, y - 3, w + 6, h + 6, tone)


# ------------------------------------------------------------ layouts

class Airline:
    def __init__(self, name, code, color, print_symbology, phone_symbologies, code_place):
        self.name, self.code, self.color = name, code, color
        self.print_symbology, self.phone_symbologies = print_symbology, phone_symbologies
        self.code_place = code_place  # where the printed pass puts its code


AIRLINES = {
    "ibero": Airline("Iberoceánica", "IO", (150, 20, 30), "PDF417", ["PDF417", "AZTEC"], "right"),
    "meridiano": Airline("AirMeridiano", "MR", (0, 70, 130), "AZTEC", ["AZTEC"], "top_right"),
    "vuelasur": Airline("VuelaSur", "VU", (230, 120, 0), "QRCODE", ["QRCODE", "PDF417"],
                        "bottom_left"),
}


def module_for(symbology, rows, target_mm, lo, hi):
    return max(lo, min(hi, target_mm / len(rows[0])))


def print_pass(ctx, air, date, legs, text, name, dmg):
    """Print-at-home A4: the pass in the top third, the code beside or above the fields."""
    r = ctx.rng
    b = NB(ctx, base=r.choice([10.0, 10.5, 11.0]))
    page = b.f.page
    m = b.f.margin
    page.rect(0, 10, 210, 16, 0, air.color, fill=air.color)
    page.text(m, 21, air.name, b.f.font(True), 17, "l", (255, 255, 255))
    page.text(210 - m, 21, "TARJETA DE EMBARQUE / BOARDING PASS", b.f.font(True), 10, "r",
              (255, 255, 255))
    card = Card(b, page)
    sym = air.print_symbology
    cols = r.choice([5, 6, 7]) if sym == "PDF417" else 0
    rows = matrix(sym, text, cols)
    if sym == "PDF417":
        module = r.choice([0.38, 0.42, 0.46])
    else:
        module = module_for(sym, rows, r.uniform(24, 32), 0.55, 0.9)
    cw, ch = len(rows[0]) * module, len(rows) * module
    x_fields, y = m, 36
    if air.code_place == "top_right":
        draw_code(page, 210 - m - cw, 32, rows, module)
        field_w = 210 - 2 * m - cw - 10
    elif air.code_place == "right":
        field_w = 210 - 2 * m - cw - 8
    else:
        field_w = 210 - 2 * m
    size = b.f.base
    card.cell("name", x_fields, y, "PASAJERO / PASSENGER", name, size * 1.2, w=field_w)
    y += 14
    col = field_w / 3
    first = legs[0]
    card.cell("flight", x_fields, y, "VUELO / FLIGHT", f"{air.code} {first['flight']}", size)
    card.cell("date", x_fields + col, y, "FECHA / DATE", printed_date(r, b, date), size)
    card.cell("seat", x_fields + 2 * col, y, "ASIENTO / SEAT", first["seat"].lstrip("0"), size)
    for leg in legs:
        y += 13
        card.cell(f"from{leg['from']}", x_fields, y, "DE / FROM",
                  f"{CITIES[leg['from']]} ({leg['from']})", size, w=col * 1.4)
        card.cell(f"to{leg['to']}", x_fields + col * 1.5, y, "A / TO",
                  f"{CITIES[leg['to']]} ({leg['to']})", size, w=col * 1.4)
    y += 13
    card.cell("boarding", x_fields, y, "EMBARQUE / BOARDING", first["time"], size)
    card.cell("gate", x_fields + col, y, "PUERTA / GATE", f"{r.choice('ABCDEKSTU')}{r.randint(1, 60)}",
              size)
    card.cell("pnr", x_fields + 2 * col, y, "RESERVA / BOOKING", first["pnr"], size)
    y += 16
    if air.code_place == "right":
        draw_code(page, 210 - m - cw, 34, rows, module)
    elif air.code_place == "bottom_left":
        draw_code(page, m + 4, y + 4, rows, module)
        y += ch + 10
    y = max(y, 36 + ch + 8)
    page.line(m, y, 210 - m, y, 0.3, (120, 120, 120))
    b.f.y = y + 4
    b.f.para("La puerta de embarque cierra 20 minutos antes de la salida. Lleve consigo su "
             "documento de identidad o pasaporte y esta tarjeta de embarque, impresa o en su móvil.")
    b.f.para("Equipaje de mano: una pieza de 55 x 40 x 20 cm y un accesorio bajo el asiento. "
             "Los líquidos deben ir en envases de 100 ml como máximo, en una bolsa transparente.")
    if r.random() < 0.6:
        b.f.para(r.choice(["Consulte el estado de su vuelo en nuestra aplicación.",
                           "Acumule puntos con nuestro programa de fidelización.",
                           "Alquile su coche en destino con un 10 % de descuento."]))
    damage(r, page, card, dmg)
    return b


def phone_pass(ctx, air, date, legs, text, name, dmg):
    """A screenshot of the airline's app: the code in the middle of the screen."""
    r = ctx.rng
    b = NB(ctx, size=(100.0, 210.0), base=r.choice([11.0, 12.0]))
    b.f.single_page = True
    page = b.f.page
    page.rect(0, 0, 100, 9, 0, (20, 20, 20), fill=(20, 20, 20))  # the phone's status bar
    page.text(5, 6.5, f"{r.randint(7, 22)}:{r.randint(0, 59):02d}", b.f.font(True), 8, "l",
              (255, 255, 255))
    page.rect(0, 9, 100, 22, 0, air.color, fill=air.color)
    page.text(6, 23, air.name, b.f.font(True), 15, "l", (255, 255, 255))
    card = Card(b, page)
    first = legs[0]
    card.cell("name", 6, 36, "Pasajero", name, 12, w=88)
    card.cell("date", 6, 50, "Fecha", printed_date(r, b, date), 11)
    card.cell("flight", 52, 50, "Vuelo", f"{air.code}{first['flight']}", 11)
    sym = r.choice(air.phone_symbologies)
    rows = matrix(sym, text, r.choice([4, 5]) if sym == "PDF417" else 0)
    module = module_for(sym, rows, 84 if sym == "PDF417" else r.uniform(50, 62), 0.45, 2.4)
    cw, ch = len(rows[0]) * module, len(rows) * module
    code_y = 118 - ch / 2
    draw_code(page, (100 - cw) / 2, code_y, rows, module)
    y = code_y + ch + 8
    for leg in legs:
        card.cell(f"leg{leg['from']}", 6, y, f"{leg['time']}  {CITIES[leg['from']]}",
                  f"{leg['from']} → {leg['to']}", 12, w=88)
        y += 13
    card.cell("seat", 6, min(y, 190), "Asiento", first["seat"].lstrip("0"), 11)
    card.cell("pnr", 52, min(y, 190), "Reserva", first["pnr"], 11)
    if dmg is not None:
        # The screenshot caught a notification banner over the top of the pass.
        page.rect(3, 30, 94, 30, 0, (235, 235, 235), fill=(235, 235, 235))
        page.text(7, 41, "Mensajes", b.f.font(True), 10, "l", (40, 40, 40))
        page.text(7, 50, r.choice(["¿Llegaste bien? Llámame", "Ya estoy en la puerta",
                                   "Recuerda traer los papeles"]), b.f.font(), 10, "l",
                  (40, 40, 40))
    return b


def boarding_pass(airline_key):
    air = AIRLINES[airline_key]

    def build(ctx, date, **_):
        r = ctx.rng
        date = date or dt.date(2026, 3, 2)  # a pass always has its flight's day
        person = ctx.holder or td.random_foreigner(r)
        trip, legs = plan_legs(r, date, air.code)
        issue = date - dt.timedelta(days=r.randint(0, 40)) if r.random() < 0.6 else None
        text = bcbp_text(r, bcbp_name(r, person), legs, issue, air.code)
        name = printed_name(r, person)
        dmg = td.pick_weighted(r, DAMAGE)
        b = (print_pass if r.random() < 0.6 else phone_pass)(ctx, air, date, legs, text, name, dmg)
        presence = presence_of(legs)
        doc = b.done("transport_ticket", name, presence, "passenger")
        doc.codes = [{"kind": "bcbp", "text": text}]
        doc.print_damage = dmg  # not in the truth file: what the tools measure against
        if trip == "no_spanish_leg":
            doc.flags = ["needs_review"]  # RULES.md: a pass with no Spanish leg proves nothing
        return doc

    build.__name__ = f"boarding_{airline_key}"
    return build


FAMILIES = {
    "transport_ticket": {f"boarding_{k}": (boarding_pass(k), ES) for k in AIRLINES},
}


# ------------------------------------------------------------ padrón verification QR

def verification_url(ctx, csv):
    town = td.strip_accents(ctx.muni[0]).lower().replace(" ", "").replace("'", "")
    return f"https://sede.{town}.es/validacion?csv={csv}"


def add_verification(doc, ctx, draw):
    """Records the CSV the page printed (truth `verification`), and when draw is set adds
    the QR code holding the verification address next to the footer, where it fits."""
    csv = getattr(ctx, "csv", None)
    if not csv:
        return
    url = verification_url(ctx, csv)
    doc.verification = {"csv": csv, "url": None}
    if not draw or doc.type not in ("padron", "padron_historico"):
        return
    rng = random.Random(csv)  # its own draw: the case's stream stays as it was
    if rng.random() < 0.25:
        return
    page = doc.pages[-1]
    rows = matrix("QRCODE", url)
    module = rng.choice([0.55, 0.65, 0.75])
    size = len(rows) * module
    bottom = page.h - 30
    used = max((op[2] for op in page.ops if op[0] == "text" and op[2] < bottom), default=0)
    if used + size + 8 > bottom:
        return
    draw_code(page, page.w - 22 - size, bottom - size, rows, module)
    doc.verification["url"] = url
