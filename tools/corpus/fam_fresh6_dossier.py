"""held_out_6: a second blind set of template families of the dossier's documents (issue 20).

Written without reading the reader (src/, models/) or the templates of held_out_5,
from what the real papers of other countries look like: passport data pages of
Bolivia, Paraguay, the Dominican Republic, Cuba, Argentina, Nigeria, India and
Algeria (photocopied on A4 with the opposite visa page above, or the data page
scanned alone in a grid layout), a national ID card (TD1) front and back on one
sheet, criminal-record certificates as those states print them (Bolivia's REJAP,
Paraguay's Policía Nacional certificate, the Dominican Procuraduría's
"Certificado de No Antecedentes Penales" with its QR, Cuba's Ministerio de
Justicia certificate, Argentina's Registro Nacional de Reincidencia with its
digital signature, the Nigeria Police "Police Character Certificate", India's
"Police Clearance Certificate" of a Passport Seva Kendra, Algeria's "extrait du
casier judiciaire (bulletin n° 3)"), an e-Apostille with its verification URL,
India's MEA apostille sticker, the consular legalisation chain of the states that
are not Hague parties (Cuba, Nigeria, Algeria), sworn translations, the 790-052
printed from home banking with its NRC or from the sede's PDF with the bank's
stamp, the EX-31/EX-32 printed blank and filled in on its dotted lines or
submitted through the electronic register, the police's resguardo of an asylum
application and the white "documento acreditativo", the SEPE "contrato de
duración determinada", a company's job offer, a self-employment declaración
responsable, a registered NGO's vulnerability report and a social services'
certificate.

`make_case` writes one case in fam_dossier.make_case's truth format (same
scenarios, short_contract included), drawing only this module's families, so
gen_corpus.py --dossier --families held_out_6 shows nothing tuned on.
"""
import datetime as dt
import random

from . import dossier_plan
from . import fam_dossier as fd
from . import textdata as td
from .doctypes import B, Ctx

SPLIT = "held_out_6"
ES = ("es",)
INK = (20, 40, 140)
DAY = dt.timedelta(days=1)
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
EN3 = [m[:3].upper() for m in EN_MONTHS]

# code, certificate language, legalisation (e_apostille | sticker | chain), capital,
# given names, surnames, two surnames?, TD1 card code or None, nationality word.
# Cuba, Nigeria and Algeria are not parties to the Hague convention of 1961: their
# papers come legalised by the foreign ministry and the Spanish consulate.
COUNTRIES = {
    "Bolivia": dict(code="BOL", lang="es", legal="e_apostille", city="La Paz", td1="ID",
                    given=["Wendy Paola", "Limbert", "Roxana", "Freddy"],
                    sur=["Choque", "Flores", "Vargas", "Quisbert", "Copa"], two=True, nat="BOLIVIANA"),
    "Paraguay": dict(code="PRY", lang="es", legal="e_apostille", city="Asunción", td1="ID",
                     given=["Liz Carolina", "Derlis", "Nilda", "Osmar"],
                     sur=["Benítez", "Giménez", "Cáceres", "Ayala", "Duarte"], two=True, nat="PARAGUAYA"),
    "República Dominicana": dict(code="DOM", lang="es", legal="e_apostille", city="Santo Domingo",
                                 td1="ID", given=["Yokasta", "Wander", "Yuderka", "Franklin"],
                                 sur=["De la Rosa", "Féliz", "Mercedes", "Almonte", "Peña"], two=True,
                                 nat="DOMINICANA"),
    "Cuba": dict(code="CUB", lang="es", legal="chain", city="La Habana", td1=None,
                 given=["Yanelis", "Yoandri", "Dayana", "Osniel"],
                 sur=["Fonseca", "Rivero", "Castellanos", "Montes de Oca", "Cruz"], two=True, nat="CUBANA"),
    "Argentina": dict(code="ARG", lang="es", legal="e_apostille", city="Buenos Aires", td1="ID",
                      given=["Micaela", "Leandro", "Florencia", "Matías"],
                      sur=["Ferreyra", "Sosa", "Acosta", "Romero", "Ledesma"], two=False, nat="ARGENTINA"),
    "Nigeria": dict(code="NGA", lang="en", legal="chain", city="Abuja", td1=None,
                    given=["Chinonso", "Blessing", "Oluwaseun", "Ngozi"],
                    sur=["Okonkwo", "Adeyemi", "Eze", "Balogun"], two=False, nat="NIGERIAN"),
    "India": dict(code="IND", lang="en", legal="sticker", city="New Delhi", td1=None,
                  given=["Harpreet", "Gurpreet Kaur", "Rajesh Kumar", "Simranjeet"],
                  sur=["Singh", "Sandhu", "Sharma", "Gill"], two=False, nat="INDIAN"),
    "Argelia": dict(code="DZA", lang="fr", legal="chain", city="Alger", td1=None,
                    given=["Sofiane", "Amina", "Karim", "Lynda"],
                    sur=["Boudiaf", "Haddad", "Benmansour", "Belkacem"], two=False, nat="ALGÉRIENNE"),
}
FEMALE = {"Wendy Paola", "Roxana", "Liz Carolina", "Nilda", "Yokasta", "Yuderka", "Yanelis", "Dayana",
          "Micaela", "Florencia", "Blessing", "Ngozi", "Gurpreet Kaur", "Amina", "Lynda"}
LANG_ES = {"fr": "francés", "en": "inglés"}
STATE = {"Bolivia": "ESTADO PLURINACIONAL DE BOLIVIA", "Paraguay": "REPÚBLICA DEL PARAGUAY",
         "República Dominicana": "REPÚBLICA DOMINICANA", "Cuba": "REPÚBLICA DE CUBA",
         "Argentina": "REPÚBLICA ARGENTINA", "Nigeria": "FEDERAL REPUBLIC OF NIGERIA",
         "India": "REPUBLIC OF INDIA", "Argelia": "RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE"}
# Local officials' names, so that a certificate is not signed by a Spaniard.
OFFICIALS = {"Bolivia": ["Lic. Marco Antonio Mamani", "Abog. Ruth Condori"],
             "Paraguay": ["Crio. Ppal. Hugo Villalba", "Lic. Zunilda Ortiz"],
             "República Dominicana": ["Lic. Ramón Tejada", "Dra. Miguelina Santana"],
             "Cuba": ["Lic. Idalmis Pupo", "Lic. Reinaldo Sarduy"],
             "Argentina": ["Dr. Gustavo Bianchi", "Dra. Laura Pereyra"],
             "Nigeria": ["CSP Ibrahim Musa", "DCP Funmilayo Adeleke"],
             "India": ["Sh. Anil Mehta", "Smt. Priya Nair"],
             "Argelia": ["M. Rachid Mebarki", "Mme Samira Khelifi"]}


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _done(b, type_, holder, presence, facts):
    doc = b.done(type_, holder, presence)
    doc.facts = facts
    return doc


def _info(c):
    return COUNTRIES[c.ids["country"]]


def _official(c):
    return c.rng.choice(OFFICIALS[c.ids["country"]])


def _sur(c):
    return " ".join(c.holder.surnames)


def _date_es(d):
    return f"{d.day} de {td.MONTHS['es'][d.month - 1]} de {d.year}"


def _date_en(d, r):
    return r.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
                     f"{d.day:02d}-{EN3[d.month - 1]}-{d.year}"])


def _date_fr(d):
    return f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def _qr(page, x, y, size, seed):
    """A QR-like square of modules (finder squares in three corners)."""
    r = random.Random(seed)
    n = 21
    m = size / n
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                a, b2 = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                on = a in (0, 6) or b2 in (0, 6) or (2 <= a <= 4 and 2 <= b2 <= 4)
            else:
                on = r.random() < 0.5
            if on:
                page.block(x + j * m, y + i * m, m, m)


def _seal(b, lines, x, y, w=36.0, h=24.0, col=None):
    """An ink stamp: a ring with words inside."""
    col = col or b.rng.choice([(40, 60, 150), (120, 40, 120), (150, 30, 40)])
    p = b.f.page
    p.ellipse(x, y, w, h, col)
    p.ellipse(x + 0.8, y + 0.8, w - 1.6, h - 1.6, (255, 255, 255))
    step = 2.9
    y0 = y + h / 2 - step * (len(lines) - 1) / 2 + 1
    for i, ln in enumerate(lines):
        s = b.f.fit(ln, b.f.font(True), 6.0, w - 5)
        p.text(x + w / 2, y0 + i * step, ln, b.f.font(True), s, "c", col)


def _box_stamp(b, lines, x, y, w, col, size=7.0):
    """A rectangular rubber stamp (ministries, consulates, banks)."""
    p = b.f.page
    h = len(lines) * 3.6 + 3
    p.rect(x, y, w, h, 0.6, col)
    for i, ln in enumerate(lines):
        s = b.f.fit(ln, b.f.font(i == 0), size, w - 4)
        p.text(x + 2, y + 4.2 + i * 3.6, ln, b.f.font(i == 0), s, "l", col)
    return h


# ------------------------------------------------------------ machine-readable zones
def td3(surname, given, number, nat, birth, expiry, sex, personal="", wrong=None):
    """ICAO 9303 TD3; wrong names the check digit printed off: birth, expiry, number,
    personal or composite."""
    clean = lambda s: td.strip_accents(s).upper().replace("-", " ").replace(" ", "<")
    one = ("P<" + nat + clean(surname) + "<<" + clean(given)).ljust(44, "<")[:44]
    num = number.ljust(9, "<")[:9]
    bd, ed = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    pers = personal.ljust(14, "<")[:14]
    off = lambda d, name: str((int(d) + 4) % 10) if wrong == name else d
    two = (num + off(fd.check_digit(num), "number") + nat + bd + off(fd.check_digit(bd), "birth") + sex
           + ed + off(fd.check_digit(ed), "expiry") + pers + off(fd.check_digit(pers), "personal"))
    composite = two[0:10] + two[13:20] + two[21:43]
    return one, two + off(fd.check_digit(composite), "composite")


def _zone(c, wrong=None):
    info = _info(c)
    return td3(_sur(c), c.holder.given, c.ids["passport"], info["code"], c.birth, c.ids["expiry"],
               c.ids["sex"], c.ids.get("personal", ""), wrong)


# ------------------------------------------------------------ application form
FORM_TITLE = {
    "EX-31": "SOLICITUD DE AUTORIZACIÓN DE RESIDENCIA Y TRABAJO (DISPOSICIÓN ADICIONAL VIGÉSIMA)",
    "EX-32": "SOLICITUD DE AUTORIZACIÓN DE RESIDENCIA Y TRABAJO (DISPOSICIÓN ADICIONAL VIGESIMOPRIMERA)",
}


def form_lineas_puntos(ctx, form="EX-32", date=None, **_):
    """The form printed blank and filled in by hand on its dotted lines (blue ink, a
    condensed face), the code at the top left in a black tab."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, p = b.f, b.f.page
    p.block(f.left, f.y, 24, 9)
    p.text(f.left + 12, f.y + 6.5, form, f.font(True), 12, "c", (255, 255, 255))
    p.text(f.right, f.y + 4, "MINISTERIO DE INCLUSIÓN, SEGURIDAD SOCIAL", f.font(True), 7, "r")
    p.text(f.right, f.y + 7.5, "Y MIGRACIONES", f.font(True), 7, "r")
    f.space(12)
    f.para(FORM_TITLE[form], f.base * 0.95, True)
    f.text("(Real Decreto 316/2026, de regularización extraordinaria)", f.base * 0.8)
    f.space(2)
    hand = r.choice(["dejavu_cond", "lib_narrow", "free_sans"])
    sur1 = c.holder.surnames[0]
    sur2 = c.holder.surnames[1] if len(c.holder.surnames) > 1 else ""
    rows = [("1) DATOS DEL EXTRANJERO/A", None), ("PASAPORTE", c.ids["passport"]),
            ("N.I.E.", c.ids.get("nie", "")), ("1er Apellido", sur1.upper()), ("2º Apellido", sur2.upper()),
            ("Nombre", c.holder.given.upper()), ("Fecha de nacimiento", c.birth.strftime("%d / %m / %Y")),
            ("Lugar", _info(c)["city"]), ("País", c.ids["country"]), ("Nacionalidad", _info(c)["nat"]),
            ("Sexo", "H" if c.ids["sex"] == "M" else "M"),
            ("Domicilio en España", c.home[0]), ("Localidad", c.muni[0])]
    for label, value in rows:
        f.y += 7.2
        if value is None:
            p.text(f.left, f.y, label, f.font(True), f.base * 0.9)
            continue
        p.text(f.left, f.y, label + ":", f.font(), f.base * 0.85)
        x0 = f.left + 46
        for x in range(int(x0), int(f.right), 2):
            p.line(x, f.y + 1, x + 0.6, f.y + 1, 0.2)
        if value:
            p.text(x0 + 2, f.y - 0.3, value, hand, f.base * 1.05, "l", INK)
    f.y += 9
    p.text(f.left, f.y, "2) DATOS DEL REPRESENTANTE (en su caso): ......................................", f.font(),
           f.base * 0.8)
    f.y += 7
    p.text(f.left, f.y, "3) Tipo de solicitud:  [X] INICIAL   [ ] PRÓRROGA", f.font(), f.base * 0.85)
    f.y += 10
    d = date
    p.text(f.left, f.y, "En", f.font(), f.base)
    p.text(f.left + 8, f.y - 0.3, c.muni[0], hand, f.base * 1.05, "l", INK)
    p.text(f.left + 60, f.y, f", a  {d.day}  de  {td.MONTHS['es'][d.month - 1]}  de  {d.year}", hand,
           f.base * 1.05, "l", INK)
    f.y += 6
    f.signature(["FIRMA DEL SOLICITANTE"], size=f.base * 0.8)
    f.footer([f"{form} — Modelo oficial. Cumplimente en mayúsculas con bolígrafo negro o azul.",
              "Órgano destinatario: Oficina de Extranjería — Código DIR3 EA00446" + digits(r, 2)])
    return _done(b, "application_form", f"{_sur(c).upper()}, {c.holder.given.upper()}", [], {"form": form})


def form_registro_electronico(ctx, form="EX-32", date=None, **_):
    """The form typed on screen and filed through the electronic register: the
    register's band on every page (número de registro, fecha y hora, CSV), two pages."""
    b, c, r = B(ctx, base=10.0), ctx, ctx.rng
    f = b.f
    reg = f"REGAGE26e{digits(r, 11)}"
    when = date.strftime("%d/%m/%Y") + f" {r.randint(8, 20):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    csv = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))

    def band():
        f.page.rect(f.left - 4, 6, f.width + 8, 12, 0.3, (90, 90, 90), fill=(236, 236, 236))
        f.page.text(f.left, 10.5, f"REGISTRO ELECTRÓNICO  Nº {reg}", f.font(True), 7.5)
        f.page.text(f.left, 15, f"Fecha y hora de presentación: {when}   CSV: {csv}", f.font(), 7)
        f.y = 26
    band()
    f.text(f"Formulario {form}", f.base * 1.4, True)
    f.para(FORM_TITLE[form], f.base, True)
    f.space(2)
    sex = {"F": "Mujer", "M": "Hombre"}[c.ids["sex"]]
    f.fields([("Pasaporte", c.ids["passport"]), ("NIE", c.ids.get("nie", "—")),
              ("Primer apellido", c.holder.surnames[0].upper()),
              ("Segundo apellido", (c.holder.surnames[1] if len(c.holder.surnames) > 1 else "").upper() or "—"),
              ("Nombre", c.holder.given.upper()), ("Sexo", sex),
              ("Fecha de nacimiento", c.birth.strftime("%d/%m/%Y")), ("Nacionalidad", _info(c)["nat"]),
              ("Domicilio", c.home[0]), ("Municipio", c.muni[0])], "grid")
    f.text("Tipo de autorización solicitada", f.base, True)
    f.para("[X] Residencia y trabajo — disposición adicional " +
           ("vigésima (personas solicitantes de protección internacional)" if form == "EX-31"
            else "vigesimoprimera (arraigo extraordinario)"), f.base * 0.9)
    f.new_page()
    band()
    f.text("Consentimiento y declaración", f.base, True)
    f.para("El/la solicitante declara que son ciertos los datos consignados y consiente la consulta de sus "
           "datos por la Administración. No tiene antecedentes penales en España ni en los países de "
           "residencia anteriores y no tiene prohibida la entrada en España.", f.base * 0.9)
    f.text(f"{c.muni[0]}, {_date_es(date)}", f.base)
    f.text("Firmado electrónicamente con certificado Cl@ve por el/la solicitante", f.base * 0.85)
    f.footer([f"{form}  —  Página 2 de 2"])
    return _done(b, "application_form", f"{_sur(c).upper()}, {c.holder.given.upper()}", [], {"form": form})


# ------------------------------------------------------------ passport
PASS_LAB = {
    "es": [("Tipo / Type", "Código / Code"), "Apellidos / Surname", "Nombres / Given names",
           "Nacionalidad / Nationality", "Fecha de nacimiento / Date of birth", "Sexo / Sex",
           "Lugar de nacimiento / Place of birth", "Fecha de expedición / Date of issue",
           "Fecha de vencimiento / Date of expiry", "Pasaporte N° / Passport No."],
    "en": [("Type", "Country Code"), "Surname", "Given Name(s)", "Nationality", "Date of Birth", "Sex",
           "Place of Birth", "Date of Issue", "Date of Expiry", "Passport No."],
    "fr": [("Type", "Code du pays"), "Nom / Surname", "Prénoms / Given names", "Nationalité / Nationality",
           "Date de naissance / Date of birth", "Sexe / Sex", "Lieu de naissance / Place of birth",
           "Date de délivrance / Date of issue", "Date d'expiration / Date of expiry",
           "N° du passeport / Passport No."],
}


def _pass_date(d, lang, r):
    if lang == "en":
        return d.strftime("%d/%m/%Y")
    if lang == "fr":
        return f"{d.day:02d} {FR_MONTHS[d.month - 1][:4].upper().rstrip('.')} {d.year}"
    return f"{d.day:02d} {td.ABBR[d.month - 1]}/{EN3[d.month - 1]} {d.year}"


def _data_page(b, c, x0, y0, wrong):
    """The data page (125 x 88 mm) at (x0, y0): photo, two columns of fields, the zone."""
    r, p, f = b.rng, b.f.page, b.f
    info = _info(c)
    lang = info["lang"]
    lab = PASS_LAB[lang]
    w, h = 125.0, 88.0
    p.rect(x0, y0, w, h, 0.3, (80, 80, 80))
    p.text(x0 + w / 2, y0 + 5, STATE[c.ids["country"]], f.font(True), 6.5, "c")
    p.text(x0 + w / 2, y0 + 9, {"es": "PASAPORTE / PASSPORT", "en": "PASSPORT",
                                 "fr": "PASSEPORT / PASSPORT"}[lang], f.font(True), 7, "c")
    p.rect(x0 + 4, y0 + 13, 28, 36, 0.3, (120, 120, 120), fill=(215, 215, 215))
    issue = c.ids["expiry"].replace(year=c.ids["expiry"].year - 10)
    vals = [("P", info["code"]), _sur(c).upper(), c.holder.given.upper(), info["nat"],
            _pass_date(c.birth, lang, r), c.ids["sex"], info["city"].upper(), _pass_date(issue, lang, r),
            _pass_date(c.ids["expiry"], lang, r), c.ids["passport"]]
    xl, xr, y = x0 + 36, x0 + 84, y0 + 14
    # Rows of (label index, value index) pairs: left column, right column (or none).
    grid = [((0, 0), (9, 9)), ((1, 1), None), ((2, 2), None), ((3, 3), (5, 5)), ((4, 4), (6, 6)),
            ((7, 7), (8, 8))]
    for left, right in grid:
        for x, cell in ((xl, left), (xr, right)):
            if cell is None:
                continue
            label, value = lab[cell[0]], vals[cell[1]]
            if isinstance(label, tuple):
                p.text(x, y, label[0], f.font(), 4.8)
                p.text(x + 16, y, label[1], f.font(), 4.8)
                p.text(x, y + 3.6, value[0], f.font(True), 7.5)
                p.text(x + 16, y + 3.6, value[1], f.font(True), 7.5)
            else:
                p.text(x, y, label, f.font(), 4.8)
                s = f.fit(value, f.font(True), 7.5, (xr - xl - 2) if x == xl and right else (x0 + w - 3 - x))
                p.text(x, y + 3.6, value, f.font(True), s)
        y += 7.6
    one, two = _zone(c, wrong)
    mono = r.choice(["dejavu_mono", "lib_mono", "free_mono"])
    for i, line in enumerate((one, two)):
        s = f.fit(line, mono, 13.5, w - 6)
        p.text(x0 + 3, y0 + h - 10.5 + i * 6.2, line, mono, s)


def _visa_page(b, c, x0, y0, n):
    """The page opposite the data page: a visa sticker or an entry stamp, the page number."""
    p, f, r = b.f.page, b.f, b.rng
    w, h = 125.0, 88.0
    p.rect(x0, y0, w, h, 0.3, (80, 80, 80))
    p.text(x0 + w / 2, y0 + 6, "VISAS", f.font(True), 8, "c", (110, 110, 110))
    if r.random() < 0.6:
        p.rect(x0 + 8, y0 + 12, 106, 52, 0.4, (60, 90, 60), fill=(238, 244, 236))
        p.text(x0 + 12, y0 + 19, "VISADO / VISA  C  SCHENGEN", f.font(True), 7, "l", (40, 70, 40))
        p.text(x0 + 12, y0 + 25, f"DEL {r.randint(1, 28):02d}-0{r.randint(1, 9)}-{r.randint(2019, 2023)}  "
               f"AL {r.randint(1, 28):02d}-0{r.randint(1, 9)}-{r.randint(2019, 2023)}", f.font(), 6.5)
        p.text(x0 + 12, y0 + 30, "NÚMERO DE ENTRADAS  MULT   DURACIÓN  90 DÍAS", f.font(), 6)
        p.text(x0 + 12, y0 + 35, f"EXPEDIDO EN {COUNTRIES[c.ids['country']]['city'].upper()}", f.font(), 6)
    else:
        _seal(b, ["MADRID-BARAJAS", f"{r.randint(1, 28):02d}.0{r.randint(1, 9)}.{r.randint(19, 24)}", "ENTRADA"],
              x0 + 40, y0 + 25, 40, 26, (60, 60, 140))
    p.text(x0 + w - 5, y0 + h - 4, str(n), f.font(), 7, "r")


def passport_fotocopia_visado(ctx, pages=3, wrong=None, **_):
    """An A4 photocopy: the data page in the lower half, the opposite visa page above
    (left out when only the data page is copied); each further sheet copies two visa pages."""
    b, c = B(ctx), ctx
    x0 = 42.5
    if pages > 1:
        _visa_page(b, c, x0, 40, 1)
    _data_page(b, c, x0, 150, wrong)
    for n in range(pages - 1):
        b.f.new_page()
        _visa_page(b, c, x0, 40, 2 * n + 2)
        _visa_page(b, c, x0, 150, 2 * n + 3)
    return _done(b, "passport", f"{_sur(c).upper()}, {c.holder.given.upper()}", [],
                 {"wrong_mrz": wrong, "pages": len(b.f.pages)})


def passport_pagina_escaneada(ctx, pages=3, wrong=None, **_):
    """The data page scanned alone at its size, one file page per further booklet page
    (observations, endorsements)."""
    b, c = B(ctx, size=(135.0, 98.0)), ctx
    b.f.single_page = True
    _data_page(b, c, 5, 5, wrong)
    for n in range(pages - 1):
        b.f.new_page()
        if n == 0 and c.ids["country"] in ("India", "Nigeria"):
            p, f = b.f.page, b.f
            p.text(10, 15, "Name of Father / Legal Guardian", f.font(), 6)
            p.text(10, 19, c.rng.choice(["RAM", "JOHN", "SURINDER", "EMEKA"]) + " " + _sur(c).upper(),
                   f.font(True), 8)
            p.text(10, 27, "Address", f.font(), 6)
            p.text(10, 31, f"{c.rng.randint(1, 400)} WARD NO {c.rng.randint(1, 20)}, "
                   f"{COUNTRIES[c.ids['country']]['city'].upper()}", f.font(True), 8)
            p.text(10, 39, "File No.", f.font(), 6)
            p.text(10, 43, f"{c.ids['country'][:2].upper()}{digits(c.rng, 10)}", f.font(True), 8)
        else:
            _visa_page(b, c, 5, 5, n + 3)
    return _done(b, "passport", f"{_sur(c).upper()}, {c.holder.given.upper()}", [],
                 {"wrong_mrz": wrong, "pages": pages})


def identity_card_anverso_reverso(ctx, **_):
    """A national ID card, front and back side by side on one sheet, its TD1 zone on the back."""
    b, c, r = B(ctx), ctx, ctx.rng
    p, f = b.f.page, b.f
    info = _info(c)
    sur, giv = _sur(c).upper(), c.holder.given.upper()
    x0, y0, w, h = 15.0, 40.0, 85.6, 54.0
    x1 = x0 + w + 8
    p.rect(x0, y0, w, h, 0.3)
    p.rect(x1, y0, w, h, 0.3)
    p.text(x0 + 3, y0 + 6, STATE[c.ids["country"]], f.font(True), 6.2)
    p.text(x0 + 3, y0 + 10, "CÉDULA DE IDENTIDAD" if c.ids["country"] != "Argentina"
           else "DOCUMENTO NACIONAL DE IDENTIDAD", f.font(), 6)
    p.rect(x0 + 3, y0 + 14, 22, 28, 0.3, (120, 120, 120), fill=(215, 215, 215))
    for i, (lab, val) in enumerate([("Apellido / Surname", sur), ("Nombre / Name", giv),
                                    ("Fecha de nacimiento", c.birth.strftime("%d %b %Y").upper()),
                                    ("Documento N°", c.ids["card"])]):
        p.text(x0 + 28, y0 + 16 + i * 8, lab, f.font(), 4.8)
        p.text(x0 + 28, y0 + 19.5 + i * 8, val, f.font(True), 6.8)
    zone = fd.mrz_td1(_sur(c), c.holder.given, c.ids["card"], info["code"], c.birth, c.ids["card_expiry"],
                      sex=c.ids["sex"], code=info["td1"], optional=digits(r, r.choice([0, 8])))
    mono = r.choice(["dejavu_mono", "lib_mono", "free_mono"])
    for i, line in enumerate(zone):
        s = f.fit(line, mono, 11.0, w - 5)
        p.text(x1 + 2.5, y0 + h - 15 + i * 5.2, line, mono, s)
    p.text(x1 + 3, y0 + 8, "Domicilio: " + info["city"].upper(), f.font(), 5.5)
    return _done(b, "identity_card", f"{sur}, {giv}", [], {"td1": True})


# ------------------------------------------------------------ criminal record
def _record_es(b, c, issued):
    """Bolivia's REJAP, Paraguay's Policía Nacional, the Dominican Procuraduría, Cuba's
    Ministerio de Justicia and Argentina's Reincidencia: each its own wording."""
    f, r, country = b.f, b.rng, c.ids["country"]
    name = f"{c.holder.given.upper()} {_sur(c).upper()}"
    num = digits(r, 8)
    if country == "Bolivia":
        b.header([STATE[country], "CONSEJO DE LA MAGISTRATURA", "REGISTRO JUDICIAL DE ANTECEDENTES PENALES - REJAP"])
        b.title("CERTIFICADO DE ANTECEDENTES PENALES")
        f.text(f"N° de certificado: REJAP-{num}", f.base * 0.9)
        f.para(f"El Registro Judicial de Antecedentes Penales CERTIFICA que revisados los registros informáticos, "
               f"el/la ciudadano/a {name}, con C.I. {c.ids['card']}, nacido/a el {c.birth.strftime('%d/%m/%Y')}, "
               f"NO CUENTA CON ANTECEDENTES PENALES a la fecha.")
        f.text(f"La Paz, {_date_es(issued)}", f.base)
        f.para("Validez: noventa (90) días calendario. Verifique en https://rejap.organojudicial.gob.bo", f.base * 0.8)
    elif country == "Paraguay":
        b.header([STATE[country], "POLICÍA NACIONAL", "Departamento de Identificaciones"])
        b.title("CERTIFICADO DE ANTECEDENTES POLICIALES Y PENALES")
        f.fields([("Nombres y Apellidos", name), ("Cédula de Identidad N°", c.ids["card"]),
                  ("Fecha de nacimiento", c.birth.strftime("%d/%m/%Y"))], "column")
        f.para("CERTIFICA: Que la persona arriba individualizada NO REGISTRA ANTECEDENTES en los archivos de "
               "este Departamento ni en el Poder Judicial.")
        f.text(f"Asunción, {_date_es(issued)}", f.base)
        f.text(f"Certificado N° {num} — Código de verificación {digits(r, 12)}", f.base * 0.8)
    elif country == "República Dominicana":
        b.header([STATE[country], "PROCURADURÍA GENERAL DE LA REPÚBLICA"])
        b.title("CERTIFICADO DE NO ANTECEDENTES PENALES")
        f.para(f"La Procuraduría General de la República certifica que revisado el Sistema de Información "
               f"Criminal, el/la señor/a {name}, portador/a de la cédula de identidad y electoral No. "
               f"{c.ids['card'][:3]}-{c.ids['card'][3:]}-{r.randint(0, 9)}, NO TIENE ANTECEDENTES PENALES "
               f"registrados en esta institución.")
        f.text(f"Emitido en Santo Domingo, D.N., el {issued.strftime('%d/%m/%Y')}", f.base)
        f.text(f"Código de seguridad: {digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}", f.base * 0.85)
        _qr(f.page, f.right - 30, f.y + 4, 26, num)
        f.space(32)
        f.para("Valide este certificado escaneando el código QR o en https://certificado.pgr.gob.do",
               f.base * 0.8)
    elif country == "Cuba":
        b.header([STATE[country], "MINISTERIO DE JUSTICIA", "Registro Central de Sancionados"])
        b.title("CERTIFICADO DE ANTECEDENTES PENALES")
        f.fields([("Nombre(s) y apellidos", name), ("Carné de identidad", digits(r, 11)),
                  ("Hijo/a de", f"{r.choice(['Raúl', 'Pedro', 'Alberto'])} y {r.choice(['Marta', 'Caridad', 'Nancy'])}"),
                  ("Lugar de nacimiento", "La Habana")], "colon")
        f.para("CERTIFICO: Que revisados los libros y registros de este Registro Central de Sancionados, "
               "NO APARECEN ANTECEDENTES PENALES a nombre de la persona antes mencionada.")
        f.text(f"La Habana, {_date_es(issued)}. \"Año 68 de la Revolución\"", f.base)
        f.text(f"Sello del timbre: $ {r.choice([5, 10, 20])}.00 CUP", f.base * 0.8)
    else:
        b.header([STATE[country], "Ministerio de Justicia", "Registro Nacional de Reincidencia"])
        b.title("CERTIFICADO DE ANTECEDENTES PENALES")
        f.para(f"Se certifica que {name}, D.N.I. {c.ids['card']}, NO REGISTRA ANTECEDENTES PENALES en "
               f"este Registro Nacional de Reincidencia a la fecha de emisión.")
        f.fields([("Fecha de emisión", issued.strftime("%d/%m/%Y")), ("Trámite N°", f"{digits(r, 9)}"),
                  ("Código de verificación", "".join(r.choice("ABCDEF0123456789") for _ in range(16)))], "colon")
        f.para(f"Documento firmado digitalmente por {_official(c)} — Registro Nacional de Reincidencia. "
               f"Fecha: {issued.strftime('%Y.%m.%d')} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}:00 -03'00'",
               f.base * 0.8)
        f.para("Verifique su autenticidad en https://www.argentina.gob.ar/justicia/reincidencia", f.base * 0.8)
    f.signature([_official(c), "Firma autorizada"], size=f.base * 0.85)
    return name


def _record_en(b, c, issued):
    """Nigeria's Police Character Certificate, India's Police Clearance Certificate."""
    f, r, country = b.f, b.rng, c.ids["country"]
    name = f"{c.holder.given.upper()} {_sur(c).upper()}"
    if country == "Nigeria":
        b.header(["NIGERIA POLICE FORCE", "Force Criminal Investigation Department, Abuja"])
        b.title("POLICE CHARACTER CERTIFICATE")
        f.text(f"Ref. No: CR:{digits(r, 4)}/FHQ/ABJ/Vol.{r.randint(1, 30)}/{digits(r, 3)}", f.base * 0.9)
        f.para(f"This is to certify that {name}, holder of Nigerian passport No. {c.ids['passport']}, born on "
               f"{_date_en(c.birth, r)}, whose photograph and fingerprints appear overleaf, has been screened "
               f"through the Criminal Records Registry and HAS NO CRIMINAL RECORD in our files.")
        f.text(f"Date: {_date_en(issued, r)}", f.base)
    else:
        b.header(["Government of India", "Ministry of External Affairs",
                  f"Passport Seva Kendra, {r.choice(['Jalandhar', 'Amritsar', 'Chandigarh'])}"])
        b.title("POLICE CLEARANCE CERTIFICATE")
        f.fields([("PCC No.", f"{r.choice(['JA', 'AS', 'CH'])}{digits(r, 10)}"), ("Date", _date_en(issued, r))],
                 "colon")
        f.para(f"This is to certify that {name}, holder of Indian Passport No. {c.ids['passport']}, issued at "
               f"{r.choice(['Jalandhar', 'Amritsar', 'Chandigarh'])}, has been checked and there is no adverse "
               f"information against the applicant which would render him/her ineligible for grant of "
               f"travel facilities including visa for Spain.")
        f.para("This certificate is valid for the purpose stated above only.", f.base * 0.85)
    f.signature([_official(c), "For Issuing Authority"], size=f.base * 0.85)
    return name


def _record_fr(b, c, issued):
    """Algeria's bulletin n° 3 (the French side; its Arabic side is left out)."""
    f, r = b.f, b.rng
    sur, giv = _sur(c).upper(), c.holder.given
    b.header([STATE["Argelia"], "MINISTÈRE DE LA JUSTICE",
              f"Cour d'{r.choice(['Alger', 'Oran', 'Sétif'])} — Tribunal de {r.choice(['Sidi Mhamed', 'Bir Mourad Raïs', 'Hussein Dey'])}"])
    b.title("EXTRAIT DU CASIER JUDICIAIRE — BULLETIN N° 3")
    f.fields([("Nom", sur), ("Prénom(s)", giv), ("Fils/Fille de", f"{r.choice(['Ahmed', 'Mohamed', 'Rabah'])} et de "
                                                              f"{r.choice(['Fatiha', 'Zohra', 'Malika'])}"),
              ("Date et lieu de naissance", f"{c.birth.strftime('%d/%m/%Y')} à Alger"),
              ("Situation familiale", r.choice(["Célibataire", "Marié(e)"]))], "colon")
    f.text("Condamnations : NÉANT", f.base * 1.1, True)
    f.text(f"Délivré à {r.choice(['Alger', 'Oran'])}, le {_date_fr(issued)}", f.base)
    f.text(f"N° {digits(r, 6)}/{issued.year}", f.base * 0.85)
    f.signature([_official(c), "Le Greffier"], size=f.base * 0.85)
    return f"{sur} {giv}"


def _record(ctx, issued, apostille_on_page, writer):
    b, c = B(ctx), ctx
    name = writer(b, c, issued)
    if apostille_on_page:
        b.f.new_page()
        _legalisation(b, c, issued)
    return _done(b, "criminal_record", name, [], {"country": c.ids["country"], "lang": _info(c)["lang"],
                                                  "apostille": apostille_on_page})


def record_latam_oficial(ctx, issued=None, apostille_on_page=False, **_):
    return _record(ctx, issued, apostille_on_page, _record_es)


def record_police_clearance(ctx, issued=None, apostille_on_page=False, **_):
    return _record(ctx, issued, apostille_on_page, _record_en)


def record_bulletin3(ctx, issued=None, apostille_on_page=False, **_):
    return _record(ctx, issued, apostille_on_page, _record_fr)


# ------------------------------------------------------------ apostille / legalisation
def _legalisation(b, c, issued):
    """What the state does to the certificate: an e-Apostille, India's sticker, or the
    chain (foreign ministry, then the Spanish consulate)."""
    legal, country = _info(c)["legal"], c.ids["country"]
    f, r = b.f, b.rng
    when = issued + DAY * c.ids["apostille_days"]
    if legal == "chain":
        col = (120, 30, 90)
        ministry = {"Cuba": "MINISTERIO DE RELACIONES EXTERIORES — REPÚBLICA DE CUBA",
                    "Nigeria": "FEDERAL MINISTRY OF FOREIGN AFFAIRS — ABUJA",
                    "Argelia": "MINISTÈRE DES AFFAIRES ÉTRANGÈRES — ALGER"}[country]
        seen = {"Cuba": "Legalizada la firma de", "Nigeria": "Seen for authentication of the signature of",
                "Argelia": "Vu pour légalisation de la signature de"}[country]
        f.y += 6
        f.y += _box_stamp(b, [ministry, f"{seen} {_official(c)}", f"N° {digits(r, 6)}   {when.strftime('%d/%m/%Y')}"],
                          f.left, f.y, 120, col) + 10
        city = COUNTRIES[country]["city"]
        f.y += _box_stamp(b, [f"CONSULADO GENERAL DE ESPAÑA EN {city.upper()}" if country == "Cuba"
                              else f"EMBAJADA DE ESPAÑA EN {city.upper()} — SECCIÓN CONSULAR",
                              "LEGALIZACIÓN", "Reconocida la firma que antecede del funcionario del Ministerio",
                              f"de Asuntos Exteriores. {city}, {(when + DAY * 3).strftime('%d/%m/%Y')}",
                              f"Tasa: {r.choice(['19,13', '21,50'])} EUR  N° de registro {digits(r, 5)}"],
                          f.left + 20, f.y, 130, (30, 60, 130)) + 6
        return
    if legal == "sticker":
        x, y, w = f.left + 20, f.y + 8, 120
        f.page.rect(x, y, w, 72, 0.5, (30, 90, 50), fill=(240, 248, 240))
        f.page.text(x + w / 2, y + 6, "APOSTILLE", f.font(True), 11, "c", (30, 90, 50))
        f.page.text(x + w / 2, y + 10.5, "(Convention de La Haye du 5 octobre 1961)", f.font(), 6.5, "c")
        rows = ["1. Country: INDIA", "This public document", f"2. has been signed by {_official(c)}",
                "3. acting in the capacity of Regional Passport Officer",
                "4. bears the seal/stamp of Ministry of External Affairs", "Certified",
                "5. at New Delhi", f"6. the {when.strftime('%d/%m/%Y')}",
                "7. by Ministry of External Affairs, Government of India",
                f"8. No. DL{digits(r, 9)}", "9. Seal/stamp:            10. Signature:"]
        for i, ln in enumerate(rows):
            f.page.text(x + 4, y + 16 + i * 4.7, ln, f.font(), 6.8)
        f.page.ellipse(x + w - 28, y + 50, 20, 20, (200, 200, 210))
        f.y = y + 80
        return
    org = {"Bolivia": "Ministerio de Relaciones Exteriores", "Paraguay": "Ministerio de Relaciones Exteriores",
           "República Dominicana": "Ministerio de Relaciones Exteriores (MIREX)",
           "Argentina": "Ministerio de Relaciones Exteriores, Comercio Internacional y Culto"}[country]
    f.y += 4
    f.text("APOSTILLE", f.base * 1.5, True, "c")
    f.text("(Convention de La Haye du 5 octobre 1961)", f.base * 0.9, False, "c")
    signer = {"Bolivia": "Órgano Judicial - REJAP", "Paraguay": "Policía Nacional",
              "República Dominicana": "Procuraduría General de la República",
              "Argentina": "Registro Nacional de Reincidencia"}[country]
    rows = [("1. País / Country", country.upper()),
            ("El presente documento público / This public document", ""),
            ("2. ha sido firmado por / has been signed by", _official(c)),
            ("3. quien actúa en calidad de / acting in the capacity of", "Funcionario/a autorizado/a"),
            ("4. y está revestido del sello de / bears the seal of", signer),
            ("Certificado / Certified", ""),
            ("5. en / at", COUNTRIES[country]["city"]), ("6. el día / the", when.strftime("%d/%m/%Y")),
            ("7. por / by", org), ("8. bajo el número / No.", f"{COUNTRIES[country]['code']}-{when.year}-{digits(r, 7)}"),
            ("9. Sello / Seal", "[sello electrónico]"), ("10. Firma / Signature", "[firma electrónica]")]
    f.fields(rows, "grid", size=f.base * 0.8)
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    _qr(f.page, f.right - 28, f.y + 2, 24, code)
    f.text(f"Código de verificación: {code}", f.base * 0.85)
    f.para(f"Verifique esta apostilla en https://apostilla.{COUNTRIES[country]['code'].lower()}.gob/verificar "
           f"ingresando el número y el código.", f.base * 0.8)
    f.y += 12


def apostille_e_url(ctx, issued=None, **_):
    """An e-Apostille printed from the foreign ministry's site: the ten fields, QR, URL."""
    b = B(ctx)
    _legalisation(b, ctx, issued)
    return _done(b, "apostille", None, [], {})


def apostille_adhesivo_mea(ctx, issued=None, **_):
    """India's MEA apostille sticker on the back of the certificate, scanned alone."""
    b = B(ctx)
    _legalisation(b, ctx, issued)
    return _done(b, "apostille", None, [], {})


def apostille_cadena_consular(ctx, issued=None, **_):
    """The legalisation chain on the back sheet: the ministry's stamp, then the consulate's."""
    b = B(ctx)
    _legalisation(b, ctx, issued)
    return _done(b, "apostille", None, [], {})


# ------------------------------------------------------------ translation
def _translator(r):
    return r.choice([("María Jesús Ortega Lázaro", "4812"), ("Ahmed Benyahia Soto", "7120"),
                     ("Laura Pineda Ríos", "3956"), ("Óscar Llorente Baz", "5503")])


FORMULA = ("{name}, Traductor/a-Intérprete Jurado/a de {lang} nombrado/a por el Ministerio de Asuntos "
           "Exteriores, Unión Europea y Cooperación, certifica que la que antecede es traducción fiel y "
           "completa al español de un documento redactado en {lang}. En {city}, a {date}.")


def _translated_body(b, c, issued):
    f, r, country = b.f, b.rng, c.ids["country"]
    name = f"{c.holder.given.upper()} {_sur(c).upper()}"
    if country == "Nigeria":
        f.para("[Escudo] POLICÍA DE NIGERIA — Departamento Federal de Investigación Criminal, Abuja")
        f.text("CERTIFICADO DE CONDUCTA POLICIAL", f.base, True)
        f.para(f"Por la presente se certifica que {name}, titular del pasaporte nigeriano n.º {c.ids['passport']}, "
               f"ha sido examinado/a en el Registro de Antecedentes Penales y NO TIENE ANTECEDENTES PENALES "
               f"en nuestros archivos. Fecha: {issued.strftime('%d/%m/%Y')}. [Firma ilegible] [Sello]")
    elif country == "India":
        f.para("[Emblema] Gobierno de la India — Ministerio de Asuntos Exteriores — Passport Seva Kendra")
        f.text("CERTIFICADO DE ANTECEDENTES POLICIALES", f.base, True)
        f.para(f"Se certifica que {name}, titular del pasaporte indio n.º {c.ids['passport']}, ha sido "
               f"comprobado/a y no existe información desfavorable en su contra. Fecha: "
               f"{issued.strftime('%d/%m/%Y')}. [Firma ilegible]")
    else:
        f.para("[Sello] República Argelina Democrática y Popular — Ministerio de Justicia")
        f.text("EXTRACTO DEL REGISTRO DE ANTECEDENTES PENALES — BOLETÍN N.º 3", f.base, True)
        f.para(f"Apellido: {_sur(c).upper()}. Nombre: {c.holder.given}. Fecha de nacimiento: "
               f"{c.birth.strftime('%d/%m/%Y')}. Condenas: NINGUNA [en el original: «NÉANT»]. Expedido el "
               f"{issued.strftime('%d/%m/%Y')}. [Firma del Secretario judicial]")
    legal = _info(c)["legal"]
    f.para("[Al dorso: " + ("apostilla del Ministerio de Asuntos Exteriores de la India]" if legal == "sticker"
                            else "sello de legalización del Ministerio de Asuntos Exteriores y sello del "
                                 "Consulado de España: «LEGALIZACIÓN. Reconocida la firma que antecede»]"),
           f.base * 0.9)


def translation_jurada_cabecera(ctx, issued=None, date=None, **_):
    """One page: the translator's letterhead, "TRADUCCIÓN JURADA", the text, the formula, the seal."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    tname, num = _translator(r)
    lang = LANG_ES[_info(c)["lang"]]
    f.text(tname, f.base * 1.1, True)
    f.text(f"Traductor/a-Intérprete Jurado/a de {lang.capitalize()} — N.º {num}", f.base * 0.85)
    f.text(f"C/ {r.choice(['Alcalá', 'Colón', 'Mayor'])} {r.randint(2, 90)} — {c.muni[0]}", f.base * 0.85)
    f.hr()
    f.text(f"TRADUCCIÓN JURADA DEL {lang.upper()} AL ESPAÑOL", f.base * 1.1, True, "c")
    f.space(2)
    _translated_body(b, c, issued)
    f.space(3)
    f.para(FORMULA.format(name=tname, lang=lang, city=c.muni[0], date=_date_es(date)), f.base * 0.9)
    _seal(b, [tname.split()[0] + " " + tname.split()[-1], "TRADUCTOR/A JURADO/A", lang.upper(), f"N.º {num}"],
          f.right - 42, f.y + 2, 42, 28)
    f.y += 32
    return _done(b, "translation", c.holder.natural, [], {})


def translation_jurada_tabla(ctx, issued=None, date=None, **_):
    """The translation set out as a two-column table (original field / translation), the
    certification on top and the seal and formula at the foot; two pages."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    tname, num = _translator(r)
    lang = LANG_ES[_info(c)["lang"]]
    f.text(f"TRADUCCIÓN JURADA N.º {digits(r, 3)}/{date.year}", f.base * 1.2, True)
    f.text(f"Idioma de origen: {lang}. Idioma de destino: español.", f.base * 0.9)
    f.space(2)
    name = f"{c.holder.given.upper()} {_sur(c).upper()}"
    src = {"Nigeria": "Police Character Certificate", "India": "Police Clearance Certificate",
           "Argelia": "Extrait du casier judiciaire (bulletin n° 3)"}[c.ids["country"]]
    rows = [["Documento", src, "Certificado de antecedentes penales"],
            ["Titular", name, name],
            ["Pasaporte", c.ids["passport"], c.ids["passport"]],
            ["Resultado", "NÉANT" if c.ids["country"] == "Argelia" else "No criminal record",
             "Sin antecedentes penales"],
            ["Fecha", issued.strftime("%d/%m/%Y"), issued.strftime("%d/%m/%Y")]]
    f.table(["Campo", f"Original ({lang})", "Traducción"], rows, [0.2, 0.4, 0.4], size=f.base * 0.85)
    f.para("[Hay una firma ilegible y un sello de la autoridad expedidora.]", f.base * 0.9)
    f.footer([f"{tname} — Traducción jurada — Página 1 de 2"])
    f.new_page()
    f.text("Legalización / apostilla que consta en el documento:", f.base, True)
    f.para("[Apostilla del Ministerio de Asuntos Exteriores de la India n.º DL…]" if _info(c)["legal"] == "sticker"
           else "[Sello de legalización del Ministerio de Asuntos Exteriores del país de origen y sello de la "
                "representación consular de España: «LEGALIZACIÓN»]", f.base * 0.9)
    f.space(4)
    f.para(FORMULA.format(name=tname, lang=lang, city=c.muni[0], date=_date_es(date)), f.base * 0.9)
    _seal(b, [tname.split()[0] + " " + tname.split()[-1], "TRADUCTOR/A-INTÉRPRETE JURADO/A", f"N.º {num}"],
          f.right - 44, f.y + 2, 44, 28)
    f.y += 32
    f.footer([f"{tname} — Traducción jurada — Página 2 de 2"])
    return _done(b, "translation", c.holder.natural, [], {})


# ------------------------------------------------------------ fee form 790-052
BANKS = ["Banco Meridional", "Caja Rural del Interior", "Banco Atlántico de Ahorro"]


def fee_banca_online(ctx, epigrafe="2.3.1", paid=True, date=None, **_):
    """The 'pago de tasas' of home banking: paid, the justificante with its NRC; not
    paid, the draft the bank shows before the order ("operación pendiente de confirmar")."""
    b, c, r = B(ctx, base=10.0), ctx, ctx.rng
    f = b.f
    bank = r.choice(BANKS)
    b.header([bank, "Banca a distancia — Pagos — Tasas y tributos"])
    f.text("JUSTIFICANTE DE PAGO DE TASAS" if paid else "RESUMEN DE LA OPERACIÓN (pendiente de confirmar)",
           f.base * 1.2, True)
    rows = [("Organismo emisor", "Ministerio del Interior — Dirección General de la Policía"),
            ("Modelo", "790"), ("Código de tasa", "052"),
            ("Concepto", f"Epígrafe {epigrafe}: Autorización de residencia temporal por circunstancias excepcionales"),
            ("Número de justificante", f"790052{digits(r, 7)}"), ("NIF/NIE del obligado", c.ids.get("nie") or c.ids["passport"]),
            ("Nombre del obligado", f"{_sur(c).upper()}, {c.holder.given.upper()}"),
            ("Importe", "38,28 EUR"), ("Cuenta de cargo", f"ES{digits(r, 2)} **** **** **** {digits(r, 4)}")]
    if paid:
        rows += [("Fecha de la operación", date.strftime("%d/%m/%Y") + f"  {r.randint(8, 22):02d}:{r.randint(0, 59):02d}"),
                 ("NRC", f"790052{digits(r, 6)}{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(1))}"
                         f"{digits(r, 3)}{r.choice('ABCDEFGHJK')}{digits(r, 5)}"[:22]),
                 ("Estado", "REALIZADA")]
    else:
        rows += [("Estado", "PENDIENTE — confirme la operación con su clave de firma")]
    f.fields(rows, "grid", size=f.base * 0.85)
    f.para("El NRC (Número de Referencia Completo) acredita el pago ante la Administración." if paid
           else "Esta operación no se ha realizado. Este documento no es justificante de pago.", f.base * 0.8)
    return _done(b, "fee_form", c.holder.natural, [(date, date)] if paid else [],
                 {"epigrafe": epigrafe, "paid": paid})


def fee_pdf_sellado(ctx, epigrafe="2.3.1", paid=True, date=None, **_):
    """The 790-052 PDF filled in on screen and printed; paid, the bank's rectangular
    'PAGADO' stamp with the date on the entity's box; unpaid, the box is empty."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    f.text("MINISTERIO DEL INTERIOR", f.base, True)
    f.text("Tasa Modelo 790 — Código 052", f.base * 1.3, True)
    f.text(f"N.º de justificante: 790052{digits(r, 7)}", f.base * 0.9)
    f.space(2)
    f.fields([("NIF/NIE", c.ids.get("nie", "")), ("Pasaporte", c.ids["passport"]),
              ("Apellidos y nombre", f"{_sur(c).upper()}, {c.holder.given.upper()}"),
              ("Domicilio", c.home[0]), ("Municipio", c.muni[0])], "boxes", cols=2)
    f.table(["Epígrafe", "Concepto", "Importe"],
            [["[X] " + epigrafe, "Autorización de residencia temporal por circunstancias excepcionales", "38,28 €"]],
            [0.15, 0.65, 0.2])
    f.text("Forma de pago:  [X] En efectivo   [ ] Adeudo en cuenta", f.base * 0.9)
    f.space(3)
    f.text("Ingreso — Entidad colaboradora (sello y fecha)", f.base * 0.9, True)
    y = f.y + 2
    f.page.rect(f.left, y, 90, 32, 0.3)
    if paid:
        col = (110, 40, 120)
        _box_stamp(b, [r.choice(BANKS).upper(), "P A G A D O", f"{date.strftime('%d %b %Y').upper()}",
                       f"Oficina {digits(r, 4)}"], f.left + 8, y + 4, 70, col, 8)
    f.y = y + 36
    f.footer(["Ejemplar para el interesado"])
    return _done(b, "fee_form", c.holder.natural, [(date, date)] if paid else [],
                 {"epigrafe": epigrafe, "paid": paid})


# ------------------------------------------------------------ protection application (DA 20)
def protection_resguardo_policia(ctx, applied=None, date=None, **_):
    """The police's 'resguardo de presentación de solicitud de protección internacional':
    the application's date (2025) and the next appointment."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    b.header(["MINISTERIO DEL INTERIOR", "DIRECCIÓN GENERAL DE LA POLICÍA",
              f"Comisaría Provincial — Brigada de Extranjería y Fronteras"])
    b.title("RESGUARDO DE PRESENTACIÓN DE SOLICITUD DE PROTECCIÓN INTERNACIONAL")
    nxt = applied + DAY * r.randint(60, 180)
    f.fields([("Apellidos", _sur(c).upper()), ("Nombre", c.holder.given.upper()),
              ("Nacionalidad", _info(c)["nat"]), ("Fecha de nacimiento", c.birth.strftime("%d/%m/%Y")),
              ("N.º de expediente", f"{digits(r, 2)}/{digits(r, 6)}"),
              ("Fecha de presentación de la solicitud", applied.strftime("%d/%m/%Y")),
              ("Fecha de la próxima cita", nxt.strftime("%d/%m/%Y"))], "column")
    f.para("El/la interesado/a ha presentado solicitud de protección internacional, que será remitida a la "
           "Oficina de Asilo y Refugio. Este resguardo le autoriza a permanecer en territorio español "
           "hasta la resolución de admisión a trámite.", f.base * 0.9)
    f.signature(["El funcionario actuante", f"Carné profesional {digits(r, 6)}"], size=f.base * 0.85)
    return _done(b, "protection_application", c.holder.natural, [(date, date)], {"applied": applied.isoformat()})


def protection_documento_acreditativo(ctx, applied=None, date=None, **_):
    """The white 'documento acreditativo de la condición de solicitante de protección
    internacional en tramitación', issued after admission (its issue date may be 2026,
    the application's date is 2025)."""
    b, c, r = B(ctx, size=(210.0, 148.0)), ctx, ctx.rng
    f = b.f
    issued = min(date, applied + DAY * r.randint(40, 200))
    f.text("DOCUMENTO ACREDITATIVO DE LA CONDICIÓN DE SOLICITANTE", f.base, True, "c")
    f.text("DE PROTECCIÓN INTERNACIONAL", f.base, True, "c")
    f.space(2)
    f.fields([("APELLIDOS", _sur(c).upper()), ("NOMBRE", c.holder.given.upper()),
              ("N.I.E.", c.ids.get("nie") or f"Y{digits(r, 7)}{r.choice('ABCDEFGH')}"),
              ("FECHA DE SOLICITUD", applied.strftime("%d %m %Y")),
              ("FECHA DE EXPEDICIÓN", issued.strftime("%d %m %Y")),
              ("VÁLIDO HASTA", (issued + DAY * 182).strftime("%d %m %Y"))], "boxes", cols=2)
    f.text("Ley 12/2009, de 30 de octubre, reguladora del derecho de asilo y de la protección subsidiaria",
           f.base * 0.7)
    return _done(b, "protection_application", c.holder.natural, [(issued, issued)],
                 {"applied": applied.isoformat()})


# ------------------------------------------------------------ supuesto (DA 21)
MONTH_TEXT = {2: "dos meses", 6: "seis meses", 12: "doce meses", 24: "veinticuatro meses"}


def contract_sepe_determinada(ctx, months=12, date=None, **_):
    """The SEPE model: 'CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA' (or 'INDEFINIDO'),
    the company's and the worker's boxes, clauses; the term in months in clause 2."""
    b, c, r = B(ctx, base=9.5), ctx, ctx.rng
    f = b.f
    f.text("SERVICIO PÚBLICO DE EMPLEO ESTATAL", f.base * 0.9, True)
    f.text("CONTRATO DE TRABAJO " + ("INDEFINIDO" if months == 0 else "DE DURACIÓN DETERMINADA"),
           f.base * 1.3, True)
    f.text(f"CÓDIGO DE CONTRATO {'100' if months == 0 else '402'}", f.base * 0.9)
    f.space(2)
    company = r.choice(td.COMPANIES)
    f.fields([("EMPRESA", company), ("CIF", td.cif(r)), ("C.C.C.", f"28/{digits(r, 9)}"),
              ("REPRESENTANTE", fd._official(b))], "boxes", cols=2)
    f.fields([("TRABAJADOR/A", f"{_sur(c).upper()}, {c.holder.given.upper()}"),
              ("PASAPORTE / NIE", c.ids.get("nie") or c.ids["passport"]),
              ("FECHA DE NACIMIENTO", c.birth.strftime("%d/%m/%Y")), ("NACIONALIDAD", _info(c)["nat"])],
             "boxes", cols=2)
    f.text("CLÁUSULAS", f.base, True)
    start = date + DAY * r.randint(20, 45)
    f.para(f"PRIMERA: El/la trabajador/a prestará sus servicios como {r.choice(['peón', 'ayudante de cocina', 'mozo/a de almacén', 'limpiador/a'])} "
           f"con jornada {r.choice(['completa de 40 horas semanales', 'parcial de 30 horas semanales'])}.", f.base * 0.9)
    if months == 0:
        f.para(f"SEGUNDA: El contrato se concierta por tiempo indefinido, con inicio el {start.strftime('%d/%m/%Y')}.",
               f.base * 0.9)
    else:
        f.para(f"SEGUNDA: La duración del presente contrato será de {MONTH_TEXT[months]} ({months} meses), "
               f"desde el {start.strftime('%d/%m/%Y')}, por circunstancias de la producción.", f.base * 0.9)
    f.para(f"TERCERA: La retribución será de {r.choice(['1.221', '1.350', '1.480'])} euros brutos mensuales "
           "en 14 pagas.", f.base * 0.9)
    f.para("CUARTA: La eficacia del contrato queda condicionada a la concesión de la autorización de residencia "
           "y trabajo al amparo del Real Decreto 316/2026.", f.base * 0.9)
    f.text(f"En {c.muni[0]}, a {_date_es(date)}", f.base)
    f.signature(["El/la trabajador/a          El/la representante de la empresa"], size=f.base * 0.85)
    return _done(b, "employment_contract", c.holder.natural, [(date, date)], {"months": months})


def job_offer_empresa(ctx, months=12, date=None, **_):
    """A company's letter of a firm job offer ('oferta firme de empleo'), the term in words."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    company = r.choice(td.COMPANIES)
    b.header([company, f"CIF {td.cif(r)} — {c.muni[0]}"])
    b.title("OFERTA FIRME DE EMPLEO")
    term = "de carácter indefinido" if months == 0 else f"por una duración de {MONTH_TEXT[months]}"
    f.para(f"{fd._official(b)}, en calidad de administrador/a de {company}, OFRECE a "
           f"{c.holder.given} {_sur(c)}, con pasaporte n.º {c.ids['passport']}, un puesto de trabajo "
           f"de {r.choice(['camarero/a', 'operario/a de producción', 'repartidor/a', 'jardinero/a'])}, "
           f"jornada completa, {term}, con un salario bruto anual de {r.choice(['17.094', '18.200', '19.600'])} euros, "
           "sujeto a la obtención de la autorización de residencia y trabajo.")
    f.text(f"{c.muni[0]}, {_date_es(date)}", f.base)
    f.signature(["Firma y sello de la empresa"], size=f.base * 0.85)
    return _done(b, "employment_contract", c.holder.natural, [(date, date)], {"months": months})


def self_employment_actividad(ctx, date=None, **_):
    """The applicant's declaración responsable of a self-employed activity: the
    activity, where, the investment and the expected income."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    b.title("DECLARACIÓN RESPONSABLE DE ACTIVIDAD POR CUENTA PROPIA")
    act = r.choice(["venta ambulante de fruta", "peluquería y estética", "reparación de teléfonos móviles",
                    "reformas y pintura"])
    f.para(f"D./Dña. {c.holder.given} {_sur(c)}, con pasaporte n.º {c.ids['passport']}, DECLARA BAJO SU "
           f"RESPONSABILIDAD que va a ejercer la actividad de {act} en {c.muni[0]}, por cuenta propia.")
    f.fields([("Actividad", act), ("Lugar", c.home[0]), ("Inversión prevista", f"{r.choice(['3.500', '6.000', '12.000'])} €"),
              ("Ingresos previstos el primer año", f"{r.choice(['14.000', '18.500', '22.000'])} €"),
              ("Alta prevista", "Régimen Especial de Trabajadores Autónomos (RETA)")], "colon")
    f.text(f"En {c.muni[0]}, a {_date_es(date)}", f.base)
    f.signature([f"{c.holder.given} {_sur(c)}"], size=f.base * 0.85)
    return _done(b, "employment_contract", c.holder.natural, [(date, date)], {"self_employment": True})


def vuln_ong_registrada(ctx, date=None, **_):
    """A registered NGO's vulnerability report: its registry number, the social
    worker's findings, the conclusion."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    ngo = r.choice(td.NGOS)
    b.header([ngo, f"Inscrita en el Registro Nacional de Asociaciones con el n.º {digits(r, 6)}",
              f"Entidad colaboradora — {c.muni[0]}"])
    b.title("INFORME DE SITUACIÓN DE VULNERABILIDAD")
    f.para(f"{fd._official(b)}, trabajador/a social colegiado/a n.º {digits(r, 4)}, INFORMA que "
           f"{c.holder.given} {_sur(c)}, de nacionalidad {_info(c)['nat'].lower()}, es atendido/a por esta "
           f"entidad desde {r.choice(['marzo', 'junio', 'septiembre'])} de {r.choice([2024, 2025])}.")
    f.para("Valoración: carece de ingresos estables, vive en una habitación compartida y tiene a su cargo "
           "a un familiar. Se encuentra en situación de vulnerabilidad a efectos de la disposición "
           "adicional vigesimoprimera.")
    f.text(f"{c.muni[0]}, {_date_es(date)}", f.base)
    f.signature(["Trabajador/a social"], size=f.base * 0.85)
    return _done(b, "vulnerability_certificate", c.holder.natural, [(date, date)], {})


def vuln_certificado_ayuntamiento(ctx, date=None, **_):
    """The town's social services certificate: 'CERTIFICA' in one paragraph, CSV."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    b.header([f"AYUNTAMIENTO DE {c.muni[0].upper()}", "Área de Servicios Sociales"])
    b.title("CERTIFICADO DE VULNERABILIDAD")
    f.para(f"La Jefa de Servicio de Servicios Sociales CERTIFICA que, según consta en el expediente n.º "
           f"SS-{digits(r, 5)}, {c.holder.given} {_sur(c)} se encuentra en situación de vulnerabilidad "
           "social y económica, a los efectos del Real Decreto 316/2026.")
    f.text(f"{c.muni[0]}, {_date_es(date)}", f.base)
    f.text(f"CSV: {''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(18))}", f.base * 0.8)
    return _done(b, "vulnerability_certificate", c.holder.natural, [(date, date)], {})


# ------------------------------------------------------------ extras
def annex_declaracion(ctx, form="Anexo I-1", requested=None, **_):
    b, c = B(ctx), ctx
    f = b.f
    f.text(form.upper(), f.base * 1.3, True)
    if form == "Anexo I-1":
        f.text("DECLARACIÓN RESPONSABLE", f.base * 1.1, True)
        f.para(f"D./Dña. {c.holder.given} {_sur(c)}, pasaporte {c.ids['passport']}, DECLARA BAJO SU "
               f"RESPONSABILIDAD que solicitó el certificado de antecedentes penales a las autoridades de "
               f"{c.ids['country']} el día {requested.strftime('%d/%m/%Y')} y que no lo ha recibido todavía.")
    else:
        f.text("AUTORIZACIÓN", f.base * 1.1, True)
        f.para(f"D./Dña. {c.holder.given} {_sur(c)}, pasaporte {c.ids['passport']}, AUTORIZA a la "
               "Administración General del Estado a solicitar y obtener su certificado de antecedentes "
               f"penales de las autoridades de {c.ids['country']}.")
    f.text(f"{c.muni[0]}, {_date_es(c.ids['signed'])}", f.base)
    f.signature(["Firma"], size=f.base * 0.85)
    return _done(b, "application_form", c.holder.natural, [], {"form": form})


def record_request_online(ctx, requested=None, **_):
    """The confirmation of the request made on the state's site or at its consulate."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    country = c.ids["country"]
    lang = _info(c)["lang"]
    if lang == "en":
        b.header([STATE[country], "Online application — acknowledgement"])
        b.title("APPLICATION RECEIVED")
        f.para(f"Application Reference No. {digits(r, 12)} for a police clearance / character certificate "
               f"submitted by {c.holder.given} {_sur(c)} on {_date_en(requested, r)} is under process.")
    elif lang == "fr":
        b.header([STATE[country], f"Consulat Général d'Algérie à {r.choice(['Alicante', 'Barcelone'])}"])
        b.title("ACCUSÉ DE RÉCEPTION")
        f.para(f"Demande d'extrait du casier judiciaire (bulletin n° 3) déposée par {c.holder.given} {_sur(c)} "
               f"le {_date_fr(requested)}. Dossier n° {digits(r, 7)} en cours de traitement.")
    else:
        b.header([STATE[country], f"Consulado en {r.choice(['Madrid', 'Barcelona', 'Valencia'])}"])
        b.title("CONSTANCIA DE SOLICITUD")
        f.para(f"Se deja constancia de que {c.holder.given} {_sur(c)} solicitó el certificado de antecedentes "
               f"penales el {requested.strftime('%d/%m/%Y')}. Trámite n.º {digits(r, 8)}, EN TRÁMITE.")
    return _done(b, "criminal_record", c.holder.natural, [], {"request": True})


FAMILIES = {
    "application_form": {"lineas_puntos": (form_lineas_puntos, ES),
                         "registro_electronico": (form_registro_electronico, ES)},
    "passport": {"fotocopia_visado": (passport_fotocopia_visado, ES),
                 "pagina_escaneada": (passport_pagina_escaneada, ES)},
    "criminal_record": {"latam_oficial": (record_latam_oficial, ES),
                        "police_clearance": (record_police_clearance, ES),
                        "bulletin3": (record_bulletin3, ES)},
    "apostille": {"e_url": (apostille_e_url, ES), "adhesivo_mea": (apostille_adhesivo_mea, ES),
                  "cadena_consular": (apostille_cadena_consular, ES)},
    "translation": {"jurada_cabecera": (translation_jurada_cabecera, ES),
                    "jurada_tabla": (translation_jurada_tabla, ES)},
    "fee_form": {"banca_online": (fee_banca_online, ES), "pdf_sellado": (fee_pdf_sellado, ES)},
    "protection_application": {"resguardo_policia": (protection_resguardo_policia, ES),
                               "documento_acreditativo": (protection_documento_acreditativo, ES)},
    "employment_contract": {"sepe_determinada": (contract_sepe_determinada, ES),
                            "oferta_empresa": (job_offer_empresa, ES),
                            "actividad_propia": (self_employment_actividad, ES)},
    "vulnerability_certificate": {"ong_registrada": (vuln_ong_registrada, ES),
                                  "certificado_ayuntamiento": (vuln_certificado_ayuntamiento, ES)},
}
EXTRA = {"annex": annex_declaracion, "record_request": record_request_online,
         "identity_card": identity_card_anverso_reverso}
RECORD_OF = {"es": "latam_oficial", "en": "police_clearance", "fr": "bulletin3"}
APOSTILLE_OF = {"e_apostille": "e_url", "sticker": "adhesivo_mea", "chain": "cadena_consular"}
CONTRACTS = ("sepe_determinada", "oferta_empresa")


# ------------------------------------------------------------ cases
_pick = dossier_plan.picker(FAMILIES, SPLIT)


def _record_and_legalisation(info):
    # The sticker and the chain sit on the certificate's back: sometimes scanned
    # as its page 2; an e-Apostille is a file of its own.
    apos = APOSTILLE_OF[info["legal"]]
    return RECORD_OF[info["lang"]], apos, apos != "e_url"


def plan_case(rng, splits, scenario):
    """dossier_plan.plan_case with this set's families; the country decides the
    certificate's and the legalisation's layout."""
    return dossier_plan.plan_case(rng, splits, scenario, COUNTRIES, _pick,
                                  _record_and_legalisation, CONTRACTS)


_builder = dossier_plan.builder(FAMILIES, EXTRA)


def make_case(out, case_id, seed, splits, scenario, dpi=200):
    """OUT/cases/<id>/ and OUT/truth/<id>.json in fam_dossier.make_case's format."""
    rng = random.Random(f"dossier6:{seed}:{case_id}")
    plan = plan_case(rng, splits, scenario)
    country = plan["country"]
    info = COUNTRIES[country]
    given = rng.choice(info["given"])
    person = td.Person(given, rng.sample(info["sur"], 2 if info["two"] else 1))
    sub = dt.date(2026, rng.randint(4, 6), rng.randint(1, 28))
    birth = dt.date(rng.randint(1970, 2002), rng.randint(1, 12), rng.randint(1, 28))
    muni = rng.choice([m for m in td.MUNICIPALITIES if m[2] == "es"])
    prefix = {"Argentina": "AAF", "India": rng.choice("JKLMNPRTUVWZ"), "Nigeria": "B",
              "Bolivia": "", "Paraguay": "", "República Dominicana": "SC", "Cuba": "K", "Argelia": ""}[country]
    number = (prefix + digits(rng, 9 - len(prefix)))[:9]
    ids = {"passport": number, "nat": info["code"], "country": country, "sex": "F" if given in FEMALE else "M",
           "expiry": dt.date(rng.choice([2025, 2029, 2031, 2034]), rng.randint(1, 12), rng.randint(1, 28)),
           "personal": digits(rng, rng.choice([0, 0, 8, 11])), "apostille_days": rng.randint(1, 8),
           "card": digits(rng, rng.choice([7, 8])),
           "card_expiry": dt.date(rng.randint(2027, 2035), rng.randint(1, 12), rng.randint(1, 28)),
           "signed": sub - DAY * rng.randint(0, 5)}
    nie = td.nie(rng) if plan["has_nie"] else None
    if nie:
        ids["nie"] = nie
    # Neutral names, as a scanner or a phone writes them.
    def file_name(rng, i, ext):
        return f"{rng.choice(['escaneo', 'Scan', 'IMG', 'pag'])}_{i + 1:02d}.{ext}"

    return dossier_plan.write_case(out, case_id, rng, plan, split=SPLIT, scenario=scenario, country=country,
                                   person=person, ids=ids, nie=nie, sub=sub, birth=birth, muni=muni,
                                   builder=_builder, file_name=file_name, ctx_class=Ctx, dpi=dpi)
