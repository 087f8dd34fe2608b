"""held_out_5: blind template families of the dossier's documents (issue 20).

Written without reading the reader (src/, models/) or tuning on it, from what
the real papers look like: passport data pages of several states' layouts (a
photocopy on A4, or the booklet's spread), an ID card's TD1 zone riding along,
criminal-record certificates as each country prints them (Colombia's online
"consulta" with its verification code, Peru's electronic certificate,
Venezuela's date in words, Morocco's fiche anthropométrique and Senegal's
bulletin n° 3 in French, Ukraine's extract in Ukrainian and English, Georgia's
in Georgian and English, Pakistan's police character certificate), an
e-Apostille, a rubber-stamp apostille on the back, a consular legalisation
(Senegal is not a Hague state), the sworn translator's certified translation
with its fixed formula, the 790-052 as printed from the sede (three copies,
NRC when paid) or validated at the bank, the EX-31/EX-32 filled in by hand in
comb boxes or typed in the editable PDF, the protection applicant's card and a
denial resolution, a household employer's job offer, the SEPE contract model,
a self-employment declaration and social-services reports (one in Catalan).

`make_case` writes one case like fam_dossier.make_case (same truth format, same
scenarios, short_contract included: it has a held_out_5 contract family here),
drawing only this module's families and extras, so gen_corpus.py
--dossier --families held_out_5 shows nothing tuned on. The presence paper
(a classic padrón volante) is the same as in the other dossier splits.
"""
import datetime as dt
import random

from . import dossier_plan
from . import fam_dossier as fd
from . import textdata as td
from .doctypes import B, Ctx
from .fam_fresh4 import _stamp

SPLIT = "held_out_5"
ES = ("es",)
INK = (25, 45, 130)          # a ballpoint's blue, for what is filled in by hand
DAY = dt.timedelta(days=1)

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
EN3 = [m[:3].upper() for m in EN_MONTHS]
ES3 = td.ABBR
FR3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
DAY_WORDS_ES = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
                "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
                "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
                "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve", "treinta",
                "treinta y uno"]

# code, certificate language, record style, legalisation, capital, given names, surnames
# (one or two), ID card with a TD1 zone (its document code) or None.
# Legalisation: Senegal is not a party to the Hague convention, so its papers come
# with the consular legalisation chain; the others apostille (e-Apostille where the
# state issues it online).
COUNTRIES = {
    "Colombia": dict(code="COL", lang="es", record="latam", legal="e_apostilla", city="Bogotá D.C.",
                     given=["Luz Adriana", "Jhon Jairo", "Leidy Johana", "Yeison"],
                     sur=["Restrepo", "Castaño", "Muñoz", "Ospina", "Valencia"], two=True, td1="IC"),
    "Perú": dict(code="PER", lang="es", record="latam", legal="e_apostilla", city="Lima",
                 given=["Flor de María", "Jhonatan", "Yesenia", "Wilber"],
                 sur=["Condori", "Apaza", "Huamaní", "Ccahuana", "Tello"], two=True, td1="I<"),
    "Venezuela": dict(code="VEN", lang="es", record="latam", legal="e_apostilla", city="Caracas",
                      given=["Génesis", "Yorman", "Marialejandra", "Deivis"],
                      sur=["Rangel", "Villarroel", "Guevara", "Briceño", "Salcedo"], two=True, td1=None),
    "Honduras": dict(code="HND", lang="es", record="latam", legal="tampon", city="Tegucigalpa, M.D.C.",
                     given=["Dilcia", "Josué", "Karla Yamileth", "Norman"],
                     sur=["Maradiaga", "Ordóñez", "Cálix", "Zúniga", "Amador"], two=True, td1=None),
    "Marruecos": dict(code="MAR", lang="fr", record="fr", legal="tampon", city="Casablanca",
                      given=["Khadija", "Abdelilah", "Hamza", "Naima"],
                      sur=["Ouazzani", "Bennani", "Lahlou", "El Idrissi", "Berrada"], two=False, td1="ID"),
    "Senegal": dict(code="SEN", lang="fr", record="fr", legal="legalizacion", city="Dakar",
                    given=["Ousmane", "Fatou", "Ibrahima", "Aminata"],
                    sur=["Sow", "Gueye", "Seck", "Mbaye", "Faye"], two=False, td1=None),
    "Pakistán": dict(code="PAK", lang="en", record="en", legal="tampon", city="Islamabad",
                     given=["Usman", "Sana", "Bilal Ahmed", "Rabia"],
                     sur=["Qureshi", "Malik", "Rana", "Javed"], two=False, td1=None),
    "Ucrania": dict(code="UKR", lang="uk", record="en", legal="e_apostilla", city="Kyiv",
                    given=["Oleksandr", "Iryna", "Taras", "Yuliia"],
                    sur=["Melnyk", "Tkachenko", "Kravchenko", "Bondar"], two=False, td1="ID"),
    "Georgia": dict(code="GEO", lang="ka", record="en", legal="e_apostilla", city="Tbilisi",
                    given=["Tamar", "Davit", "Mariam", "Irakli"],
                    sur=["Lomidze", "Tsiklauri", "Japaridze", "Gogoladze"], two=False, td1="ID"),
}
LANG_ES = {"fr": "francés", "en": "inglés", "uk": "ucraniano", "ka": "georgiano"}
STATE = {"Colombia": ("REPÚBLICA DE COLOMBIA", "COLOMBIANA"), "Perú": ("REPÚBLICA DEL PERÚ", "PERUANA"),
         "Venezuela": ("REPÚBLICA BOLIVARIANA DE VENEZUELA", "VENEZOLANA"),
         "Honduras": ("REPÚBLICA DE HONDURAS", "HONDUREÑA"),
         "Marruecos": ("ROYAUME DU MAROC / KINGDOM OF MOROCCO", "MAROCAINE / MOROCCAN"),
         "Senegal": ("RÉPUBLIQUE DU SÉNÉGAL / REPUBLIC OF SENEGAL", "SÉNÉGALAISE / SENEGALESE"),
         "Pakistán": ("ISLAMIC REPUBLIC OF PAKISTAN", "PAKISTANI"),
         "Ucrania": ("УКРАЇНА / UKRAINE", "УКРАЇНА / UKRAINE"),
         "Georgia": ("საქართველო / GEORGIA", "საქართველო / GEORGIA")}


def fr_date(d):
    return f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}" if d.day != 1 else f"1er {FR_MONTHS[d.month - 1]} {d.year}"


def en_date(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def es_long(d):
    return td.fmt_date(d, "long", "es")


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def country_of(c):
    return COUNTRIES[c.ids["country"]]


def _local(b):
    """An official of the issuing state (never the applicant: another name drawn)."""
    info = country_of(b.ctx)
    while True:
        name = f"{b.rng.choice(info['given'])} {b.rng.choice(info['sur'])}"
        if name.split()[0] != b.ctx.holder.given.split()[0]:
            return name


def _check(b, x, y, ticked, size=3.2):
    """A tick box drawn, not a glyph: not every font has U+2612."""
    b.f.page.rect(x, y - size, size, size, 0.3, b.f.color)
    if ticked:
        b.f.page.text(x + size / 2, y - 0.5, "X", "dejavu_mono-b", size * 2.6, "c", INK)


def _comb(b, x, y, text, n, cell=4.6, size=9.0):
    """A comb field: one character per box, filled in by hand in capitals."""
    for i in range(n):
        b.f.page.rect(x + i * cell, y - cell + 0.6, cell, cell, 0.25, b.f.color)
    for i, ch in enumerate(text[:n]):
        b.f.page.text(x + i * cell + cell / 2, y - 0.6, ch, b.hand, size, "c", INK)
    return n * cell


def _label(b, x, y, s, size=6.0):
    b.f.page.text(x, y, s, b.f.font(), size, "l", b.f.color)


# ------------------------------------------------------------ machine-readable zones
def td3(surname, given, number, nat, birth, expiry, sex, personal="", wrong=None):
    """ICAO 9303 TD3 (two lines of 44). wrong: which check digit is printed off
    (birth, expiry, number, personal or composite), as a miscopied or forged zone."""
    clean = lambda s: td.strip_accents(s).upper().replace("-", " ").replace("'", "").replace(" ", "<")
    one = ("P<" + nat + clean(surname) + "<<" + clean(given)).ljust(44, "<")[:44]
    num = number.ljust(9, "<")[:9]
    b, e = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    pers = personal.ljust(14, "<")[:14]
    cds = {"number": fd.check_digit(num), "birth": fd.check_digit(b), "expiry": fd.check_digit(e),
           "personal": fd.check_digit(pers) if personal else "<"}
    if wrong in cds:
        cds[wrong] = str((int(cds[wrong] if cds[wrong] != "<" else 0) + 4) % 10)
    two = num + cds["number"] + nat + b + cds["birth"] + sex + e + cds["expiry"] + pers + cds["personal"]
    comp = fd.check_digit(two[0:10] + two[13:20] + two[21:43])
    if wrong == "composite":
        comp = str((int(comp) + 7) % 10)
    return one, two + comp


def td1(code, state, number, birth, sex, expiry, nat, surname, given, optional=""):
    """ICAO 9303 TD1 (three lines of 30), check digits right."""
    clean = lambda s: td.strip_accents(s).upper().replace("-", " ").replace("'", "").replace(" ", "<")
    num = number.ljust(9, "<")[:9]
    one = (code + state + num + fd.check_digit(num) + optional.ljust(15, "<")[:15])[:30]
    b, e = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    two = b + fd.check_digit(b) + sex + e + fd.check_digit(e) + nat + "<" * 11
    comp = fd.check_digit(one[5:30] + two[0:7] + two[8:15] + two[18:29])
    three = (clean(surname) + "<<" + clean(given)).ljust(30, "<")[:30]
    return one, two + comp, three


def _zone(b, lines, x, y, size, step):
    font = b.rng.choice(["dejavu_mono", "lib_mono", "free_mono"])
    for i, ln in enumerate(lines):
        b.f.page.text(x, y + i * step, ln, font, size)


def _icao_date(d, months3):
    return f"{d.day:02d} {months3[d.month - 1]} {d.year}"


def _bi_date(d, a, b_):
    return f"{d.day:02d} {a[d.month - 1]}/{b_[d.month - 1]} {d.year}"


# ------------------------------------------------------------ passport
PASS_LABELS = {
    "es": ["Tipo / Type", "Código / Code", "Pasaporte No. / Passport No.", "Apellidos / Surname",
           "Nombres / Given names", "Nacionalidad / Nationality", "Fecha de nacimiento / Date of birth",
           "Sexo / Sex", "Lugar de nacimiento / Place of birth", "Fecha de expedición / Date of issue",
           "Fecha de vencimiento / Date of expiry", "Autoridad / Authority"],
    "fr": ["Type", "Code du pays / Country code", "Passeport N° / Passport No.", "Nom / Surname",
           "Prénoms / Given names", "Nationalité / Nationality", "Date de naissance / Date of birth",
           "Sexe / Sex", "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
           "Date d'expiration / Date of expiry", "Autorité / Authority"],
    "en": ["Type", "Country Code", "Passport Number", "Surname", "Given Names", "Nationality",
           "Date of Birth", "Sex", "Place of Birth", "Date of Issue", "Date of Expiry", "Issuing Authority"],
    "uk": ["Тип / Type", "Код держави / Code of State", "Паспорт № / Passport No.", "Прізвище / Surname",
           "Ім'я / Given Names", "Громадянство / Nationality", "Дата народження / Date of birth",
           "Стать / Sex", "Місце народження / Place of birth", "Дата видачі / Date of issue",
           "Дата закінчення строку дії / Date of expiry", "Орган, що видав / Authority"],
    "ka": ["ტიპი / Type", "ქვეყნის კოდი / Code", "პასპორტის № / Passport No.", "გვარი / Surname",
           "სახელი / Given names", "მოქალაქეობა / Nationality", "დაბადების თარიღი / Date of birth",
           "სქესი / Sex", "დაბადების ადგილი / Place of birth", "გაცემის თარიღი / Date of issue",
           "მოქმედების ვადა / Date of expiry", "გამცემი ორგანო / Authority"],
}
PASS_WORD = {"es": "PASAPORTE  PASSPORT", "fr": "PASSEPORT  PASSPORT", "en": "PASSPORT",
             "uk": "ПАСПОРТ  PASSPORT", "ka": "პასპორტი  PASSPORT"}


def _personal_number(r, country, birth):
    """What each state prints as the personal number (in the zone's optional data)."""
    if country == "Colombia":
        return digits(r, 10)                   # NUIP
    if country == "Pakistán":
        return digits(r, 13)                   # CNIC without dashes
    if country == "Ucrania":
        return birth.strftime("%Y%m%d") + digits(r, 5)   # UNZR record number
    if country == "Georgia":
        return digits(r, 11)
    if country == "Perú":
        return digits(r, 8)                    # DNI
    return ""


def _data_page(b, x0, y0, w, h, wrong):
    """One passport data page at (x0, y0), w x h mm, with its zone."""
    c, r, p = b.ctx, b.rng, b.f.page
    country = c.ids["country"]
    info = COUNTRIES[country]
    lang = {"es": "es", "fr": "fr", "en": "en", "uk": "uk", "ka": "ka"}[info["lang"]]
    labels = PASS_LABELS[lang]
    font = "dejavu" if lang == "ka" else b.f.family
    col = b.f.color
    p.rect(x0, y0, w, h, 0.3, (150, 150, 150))
    state = STATE[country][0]
    p.text(x0 + w / 2, y0 + 6, state, font + "-b", 8.5, "c", col)
    p.text(x0 + w / 2, y0 + 10.5, PASS_WORD[lang], font + "-b", 7.5, "c", col)
    # The holder's photo, and a ghost image on the right as on recent booklets.
    p.rect(x0 + 4, y0 + 14, 30, 38, 0.3, col, fill=(215, 215, 215))
    p.ellipse(x0 + 11, y0 + 19, 16, 20, (170, 170, 170))
    sur = " ".join(c.holder.surnames).upper()
    giv = c.holder.given.upper()
    if r.random() < 0.5:
        sur, giv = td.strip_accents(sur), td.strip_accents(giv)
    months = {"es": (ES3, EN3), "fr": (FR3, EN3), "en": (EN3,), "uk": (EN3,), "ka": (EN3,)}[lang]
    fmt = (lambda d: _bi_date(d, *months)) if len(months) == 2 else (lambda d: _icao_date(d, months[0]))
    if lang in ("uk", "ka"):
        fmt = lambda d: d.strftime("%d.%m.%Y")
    issue = c.ids["expiry"].replace(year=c.ids["expiry"].year - 10)
    sex = c.ids["sex"]
    pers = c.ids.get("personal", "")
    place = {"Colombia": "MEDELLÍN", "Perú": "AREQUIPA", "Venezuela": "MARACAIBO", "Honduras": "SAN PEDRO SULA",
             "Marruecos": "TANGER", "Senegal": "THIES", "Pakistán": "LAHORE", "Ucrania": "KHARKIV",
             "Georgia": "KUTAISI"}[country]
    authority = {"Colombia": "CANCILLERÍA", "Perú": "MIGRACIONES", "Venezuela": "SAIME",
                 "Honduras": "INM", "Marruecos": "MINISTÈRE DE L'INTÉRIEUR", "Senegal": "DAF",
                 "Pakistán": "DGI&P ISLAMABAD", "Ucrania": "8012", "Georgia": "PUBLIC SERVICE DEVELOPMENT AGENCY"}[country]
    cells = [(0, "P"), (1, c.ids["nat"]), (2, c.ids["passport"])]
    xs = [x0 + 38, x0 + 52, x0 + w - 40]
    for (k, v), x in zip(cells, xs):
        p.text(x, y0 + 16, labels[k], font, 5.0, "l", col)
        p.text(x, y0 + 20, v, font + "-b", 8.0, "l", (0, 0, 0))
    rows = [(3, sur), (4, giv), (5, STATE[country][1]), (6, fmt(c.birth)), (7, sex if lang != "uk" else f"Ж/{sex}" if sex == "F" else f"Ч/{sex}"),
            (8, place), (9, fmt(issue)), (10, fmt(c.ids["expiry"])), (11, authority)]
    yy = y0 + 25
    for i, (k, v) in enumerate(rows):
        if k in (7, 8):      # sex and place share a line
            x = x0 + 38 if k == 7 else x0 + 58
        elif k in (9, 10):
            x = x0 + 38 if k == 9 else x0 + 38 + (w - 38) / 2
        else:
            x = x0 + 38
        p.text(x, yy, labels[k], font, 5.0, "l", col)
        p.text(x, yy + 3.6, v, font + "-b", 7.6, "l", (0, 0, 0))
        if k not in (7, 9):
            yy += 7.2
    if pers:
        p.text(x0 + w - 40, y0 + 25, {"es": "No. personal / Personal No.", "fr": "N° personnel",
                                      "en": "Citizenship Number", "uk": "Запис № / Record No.",
                                      "ka": "პირადი № / Personal No."}[lang], font, 5.0, "l", col)
        p.text(x0 + w - 40, y0 + 28.6, pers, font + "-b", 7.6, "l", (0, 0, 0))
    zone = td3(" ".join(c.holder.surnames), c.holder.given, c.ids["passport"], c.ids["nat"], c.birth,
               c.ids["expiry"], sex, personal=pers, wrong=wrong)
    # 44 characters at the ICAO pitch (2.54 mm) fill the page's width: about 12 pt.
    size = (w - 8) / 44 / 0.6 / 0.3528
    _zone(b, zone, x0 + 4, y0 + h - 10.5, size, 6.4)
    return f"{sur}, {giv}"


def passport_fotocopia_a4(ctx, pages=3, wrong=None, **_):
    """A photocopy on A4: the data page at its real size (125 x 88 mm) in the lower half,
    the opposite page above it; each further sheet is a spread of two inner pages."""
    b, c, r = B(ctx), ctx, ctx.rng
    x0, y0 = r.uniform(30, 50), r.uniform(150, 175)
    holder = _data_page(b, x0, y0, 125.0, 88.0, wrong)
    b.f.page.rect(x0, y0 - 88, 125, 88, 0.3, (150, 150, 150))
    b.f.page.text(x0 + 6, y0 - 70, {"es": "OBSERVACIONES", "fr": "OBSERVATIONS"}.get(country_of(c)["lang"], "OBSERVATIONS"),
                  b.f.font(True), 7, "l", b.f.color)
    b.f.page.text(x0 + 6, y0 - 20, "Firma del titular / Holder's signature" if country_of(c)["lang"] == "es"
                  else "Signature of bearer", b.f.font(), 6, "l", b.f.color)
    for n in range(pages - 1):
        b.f.new_page()
        for k in range(2):
            top = y0 - 88 + k * 88
            b.f.page.rect(x0, top, 125, 88, 0.3, (150, 150, 150))
            num = 2 * n + 3 + k
            b.f.page.text(x0 + 62, top + 8, "VISAS", b.f.font(True), 9, "c", b.f.color)
            b.f.page.text(x0 + 120, top + 84, str(num), b.f.font(), 7, "r", b.f.color)
            if r.random() < 0.3:   # an entry stamp, its date being no evidence here
                b.f.page.rect(x0 + 20, top + 20, 40, 24, 0.6, (90, 40, 120))
                b.f.page.text(x0 + 40, top + 30, r.choice(["MADRID-BARAJAS", "ADOLFO SUÁREZ MADRID"]),
                              b.f.font(True), 6, "c", (90, 40, 120))
                b.f.page.text(x0 + 40, top + 36, "ENTRADA", b.f.font(True), 6, "c", (90, 40, 120))
    return fd._done(b, "passport", holder, [], {"wrong_mrz": bool(wrong), "wrong_field": wrong,
                                                "pages": pages})


def passport_libreta_abierta(ctx, pages=3, wrong=None, **_):
    """The open booklet photographed or scanned alone: one page per spread, the data
    page in the lower half, the zone at the bottom edge."""
    b, c, r = B(ctx, size=(130.0, 182.0)), ctx, ctx.rng
    holder = _data_page(b, 2.5, 91.0, 125.0, 88.0, wrong)
    b.f.page.rect(2.5, 3.0, 125, 88, 0.3, (150, 150, 150))
    b.f.page.text(65, 20, {"es": "ESTE PASAPORTE CONTIENE 32 PÁGINAS", "fr": "CE PASSEPORT CONTIENT 32 PAGES"}
                  .get(country_of(c)["lang"], "THIS PASSPORT CONTAINS 32 PAGES"), b.f.font(), 6.5, "c", b.f.color)
    for n in range(pages - 1):
        b.f.new_page()
        for k in range(2):
            top = 3.0 + k * 88
            b.f.page.rect(2.5, top, 125, 88, 0.3, (150, 150, 150))
            b.f.page.text(65, top + 8, r.choice(["VISAS", "VISAS / VISAS", "ENDORSEMENTS"]), b.f.font(True), 9, "c",
                          b.f.color)
            b.f.page.text(122, top + 84, str(2 * n + 3 + k), b.f.font(), 7, "r", b.f.color)
    return fd._done(b, "passport", holder, [], {"wrong_mrz": bool(wrong), "wrong_field": wrong,
                                                "pages": pages})


def identity_card(ctx, **_):
    """Front and back of a national ID card copied on A4; the back carries a TD1 zone.
    Rides along with a passport: it is not one (RULES: passport, cédula de inscripción
    or travel document)."""
    b, c, r = B(ctx), ctx, ctx.rng
    info = country_of(c)
    font = "dejavu" if info["lang"] == "ka" else b.f.family
    x0, y0, w, h = r.uniform(40, 70), 40.0, 85.6, 54.0
    p = b.f.page
    title = {"Colombia": "CÉDULA DE CIUDADANÍA", "Perú": "DOCUMENTO NACIONAL DE IDENTIDAD",
             "Marruecos": "CARTE NATIONALE D'IDENTITÉ ÉLECTRONIQUE", "Ucrania": "ID-КАРТКА / IDENTITY CARD",
             "Georgia": "პირადობის მოწმობა / IDENTITY CARD"}[c.ids["country"]]
    p.rect(x0, y0, w, h, 0.3, (140, 140, 140))
    p.text(x0 + w / 2, y0 + 5, STATE[c.ids["country"]][0], font + "-b", 6.5, "c", b.f.color)
    p.text(x0 + w / 2, y0 + 9, title, font + "-b", 6.0, "c", b.f.color)
    p.rect(x0 + 3, y0 + 12, 22, 28, 0.3, b.f.color, fill=(215, 215, 215))
    number = c.ids["card"]
    sur, giv = " ".join(c.holder.surnames).upper(), c.holder.given.upper()
    for i, (lab, val) in enumerate([("Apellidos / Surname" if info["lang"] == "es" else "Nom / Surname" if info["lang"] == "fr"
                                     else "Surname", sur), ("Nombres / Given names" if info["lang"] == "es" else "Given names", giv),
                                    ("Fecha de nacimiento / Date of birth" if info["lang"] == "es" else "Date of birth",
                                     c.birth.strftime("%d.%m.%Y")), ("No. / Document No.", number)]):
        p.text(x0 + 28, y0 + 15 + i * 7, lab, font, 4.5, "l", b.f.color)
        p.text(x0 + 28, y0 + 18.4 + i * 7, val, font + "-b", 6.5, "l", (0, 0, 0))
    yb = y0 + h + 20
    p.rect(x0, yb, w, h, 0.3, (140, 140, 140))
    expiry = c.ids["expiry"]
    one, two, three = td1(info["td1"], c.ids["nat"], number, c.birth, c.ids["sex"], expiry, c.ids["nat"],
                          " ".join(c.holder.surnames), c.holder.given)
    size = (w - 6) / 30 / 0.6 / 0.3528
    _zone(b, (one, two, three), x0 + 3, yb + h - 15, size, 5.2)
    return fd._done(b, "identity_card", f"{sur}, {giv}", [], {"td1": True})


# ------------------------------------------------------------ application forms
FORM_TITLE = {"EX-31": ("SOLICITUD DE AUTORIZACIÓN DE RESIDENCIA Y TRABAJO PARA PERSONAS SOLICITANTES DE "
                        "PROTECCIÓN INTERNACIONAL", "Disposición adicional vigésima del Real Decreto 316/2026"),
              "EX-32": ("SOLICITUD DE AUTORIZACIÓN DE RESIDENCIA Y TRABAJO POR ARRAIGO EXTRAORDINARIO",
                        "Disposición adicional vigésima primera del Real Decreto 316/2026")}


def form_comb_manuscrito(ctx, form="EX-32", date=None, **_):
    """The Ministry's PDF printed blank and filled in by hand: comb boxes, capitals in
    blue ink, the code in a box at the top right, instructions on a second sheet."""
    b, c, r = B(ctx), ctx, ctx.rng
    b.hand = r.choice(["free_mono", "lib_serif", "dejavu_cond"])
    f, p = b.f, b.f.page
    p.text(f.left, f.y + 5, "GOBIERNO", f.font(True), 7, "l", f.color)
    p.text(f.left, f.y + 8.5, "DE ESPAÑA", f.font(True), 7, "l", f.color)
    p.text(f.left + 24, f.y + 5, "MINISTERIO DE INCLUSIÓN, SEGURIDAD", f.font(), 7, "l", f.color)
    p.text(f.left + 24, f.y + 8.5, "SOCIAL Y MIGRACIONES", f.font(), 7, "l", f.color)
    code = form.replace("-", r.choice(["-", "–", " "]))
    p.rect(f.right - 28, f.y, 28, 12, 0.8, f.color)
    p.text(f.right - 14, f.y + 9, code, f.font(True), 15, "c", f.color)
    f.y += 17
    f.para(FORM_TITLE[form][0], f.base * 1.05, True, "c")
    f.para(f"({FORM_TITLE[form][1]})", f.base * 0.85, align="c")
    f.text("1) DATOS DEL EXTRANJERO/A", f.base * 0.9, True)
    sur = [s.upper() for s in c.holder.surnames]
    rows = [("PASAPORTE", c.ids["passport"], 12), ("N.I.E.", c.ids.get("nie", ""), 9),
            ("1er APELLIDO", sur[0], 26), ("2º APELLIDO", sur[1] if len(sur) > 1 else "", 26),
            ("NOMBRE", c.holder.given.upper(), 26), ("FECHA DE NACIMIENTO (dd/mm/aaaa)", c.birth.strftime("%d%m%Y"), 8),
            ("NACIONALIDAD", STATE[c.ids["country"]][1].split(" /")[0], 20),
            ("DOMICILIO EN ESPAÑA", td.strip_accents(c.home[0]).upper()[:30], 30),
            ("LOCALIDAD", td.strip_accents(c.muni[0]).upper(), 20)]
    for lab, val, n in rows:
        f.y += 8.5
        _label(b, f.left, f.y - 5.2, lab, 5.8)
        cell = min(4.6, (f.width - 2) / n)
        _comb(b, f.left, f.y + 0.8, val.replace(" ", " "), n, cell, 8.5)
    f.y += 8
    _label(b, f.left, f.y, "SEXO", 6)
    for i, s in enumerate(("H", "M", "X")):
        _check(b, f.left + 12 + i * 12, f.y + 0.5, c.ids["sex"] == {"H": "M", "M": "F", "X": "X"}[s])
        _label(b, f.left + 16 + i * 12, f.y, s, 6.5)
    _label(b, f.left + 55, f.y, "ESTADO CIVIL", 6)
    civil = r.randrange(5)
    for i, s in enumerate(("S", "C", "V", "D", "Sp")):
        _check(b, f.left + 75 + i * 11, f.y + 0.5, i == civil)
        _label(b, f.left + 79 + i * 11, f.y, s, 6.5)
    f.y += 5
    f.text("2) DATOS DEL REPRESENTANTE A EFECTOS DE PRESENTACIÓN DE LA SOLICITUD", f.base * 0.9, True)
    f.y += 6
    _label(b, f.left, f.y, "NOMBRE/RAZÓN SOCIAL ______________________________   DNI/NIE/PAS ____________", 6.5)
    f.y += 3
    f.text("3) DATOS RELATIVOS A LA SOLICITUD", f.base * 0.9, True)
    f.y += 5
    _check(b, f.left, f.y + 0.5, True)
    _label(b, f.left + 5, f.y, "INICIAL", 6.5)
    _check(b, f.left + 30, f.y + 0.5, False)
    _label(b, f.left + 35, f.y, "PRÓRROGA", 6.5)
    f.y += 4
    f.para("La persona firmante declara que son ciertos los datos consignados y que no tiene antecedentes penales "
           "en España ni en sus países anteriores de residencia.", f.base * 0.8)
    f.y += 6
    _label(b, f.left, f.y, "En", 8)
    if date:
        p.text(f.left + 8, f.y, c.muni[0], b.hand, 10, "l", INK)
        _label(b, f.left + 55, f.y, ", a", 8)
        p.text(f.left + 62, f.y, str(date.day), b.hand, 10, "l", INK)
        _label(b, f.left + 72, f.y, "de", 8)
        p.text(f.left + 79, f.y, td.MONTHS["es"][date.month - 1], b.hand, 10, "l", INK)
        _label(b, f.left + 105, f.y, "de", 8)
        p.text(f.left + 112, f.y, str(date.year), b.hand, 10, "l", INK)
    f.y += 3
    f.signature(["FIRMA DEL SOLICITANTE"])
    f.footer([f"DIRIGIDA A: OFICINA DE EXTRANJERÍA DE {td.strip_accents(c.muni[1]).upper()}   "
              f"Código DIR3: EA00{digits(r, 5)}", "Los datos se tratarán conforme al Reglamento (UE) 2016/679."])
    if r.random() < 0.6:
        f.new_page()
        f.text(f"INSTRUCCIONES DE CUMPLIMENTACIÓN - {form}", f.base, True, "c")
        f.para("Rellenar a máquina o con bolígrafo, utilizando letras mayúsculas. Se presentará original y copia de "
               "este impreso, junto con la documentación que se indica en la hoja informativa.")
        f.para("1) Consigne los datos tal como figuran en el pasaporte. 3) Marque con una X la casilla que corresponda.")
    holder = f"{' '.join(sur)}, {c.holder.given.upper()}"
    return fd._done(b, "application_form", holder, [], {"form": form})


def form_pdf_editable(ctx, form="EX-32", date=None, **_):
    """The editable PDF typed in and printed: grey field shading, 'Hoja 1/2', the
    pathway as a ticked disposición adicional, the code in the header of every sheet."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    da = {"EX-31": "D.A. 20ª (solicitantes de protección internacional antes del 1 de enero de 2026)",
          "EX-32": "D.A. 21ª (arraigo extraordinario)"}
    other = "EX-32" if form == "EX-31" else "EX-31"
    f.text(f"{form}    Hoja 1/2", f.base * 0.8, True, "r")
    f.hr(0.4, 1.0)
    b.title("Solicitud de autorización de residencia y trabajo")
    f.para(FORM_TITLE[form][0].capitalize() + ".", f.base * 0.9)
    items = [("Pasaporte", c.ids["passport"]), ("NIE", c.ids.get("nie", "")),
             ("Primer apellido", c.holder.surnames[0].upper()),
             ("Segundo apellido", c.holder.surnames[1].upper() if len(c.holder.surnames) > 1 else ""),
             ("Nombre", c.holder.given.upper()), ("Fecha de nacimiento", c.birth.strftime("%d/%m/%Y")),
             ("País de nacionalidad", c.ids["country"].upper()),
             ("Domicilio en España", f"{c.home[0]}, {c.muni[0]}"),
             ("Teléfono", b.phone())]
    f.fields(items, "grid", f.base * 0.9)
    f.text("Supuesto por el que se solicita", f.base * 0.95, True)
    for code in (form, other) if r.random() < 0.5 else (other, form):
        f.y += 5.5
        _check(b, f.left, f.y, code == form)
        f.page.text(f.left + 5, f.y, f"{da[code]}", f.font(), f.base * 0.85, "l", f.color)
    f.new_page()
    f.text(f"{form}    Hoja 2/2", f.base * 0.8, True, "r")
    f.hr(0.4, 1.0)
    f.text("Consentimiento y declaración", f.base, True)
    f.para("CONSIENTE la comprobación de sus datos de identidad y residencia y de sus antecedentes penales a "
           "través de los sistemas de verificación de las Administraciones Públicas.", f.base * 0.9)
    if date:
        f.para(f"{c.muni[0]}, {b.d(date)}", align="r")
    f.signature(["Firma del/de la solicitante"])
    holder = f"{' '.join(s.upper() for s in c.holder.surnames)}, {c.holder.given.upper()}"
    return fd._done(b, "application_form", holder, [], {"form": form})


def annex_i(ctx, form="Anexo I-1", requested=None, **_):
    """Anexo I-1 (declaración responsable) or I-2 (authorisation), typed."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    f.text(form.upper(), f.base * 1.1, True, "r")
    country = c.ids["country"]
    if form == "Anexo I-1":
        b.title("DECLARACIÓN RESPONSABLE")
        f.para(f"{r.choice(['D./Dña.', 'Don/Doña'])} {c.holder.natural}, nacional de {country}, con pasaporte "
               f"n.º {c.ids['passport']},")
        f.text("DECLARA BAJO SU RESPONSABILIDAD:", bold=True)
        f.para(f"Que solicitó el certificado de antecedentes penales a las autoridades de {country} el "
               f"{b.d(requested)} y que a la fecha de esta declaración aún no lo ha recibido.")
        f.para("Que carece de antecedentes penales en España y en los países en los que ha residido durante los "
               "últimos cinco años, y que aportará el certificado en cuanto lo reciba.")
    else:
        f.para("AUTORIZACIÓN PARA LA CONSULTA DEL CERTIFICADO DE ANTECEDENTES PENALES", f.base * 1.2, True, "c")
        f.para(f"{c.holder.natural}, con pasaporte n.º {c.ids['passport']}, AUTORIZA a la Administración General "
               f"del Estado a solicitar a las autoridades de {country}, por los cauces de cooperación "
               "internacional, su certificado de antecedentes penales.")
    f.para(f"En {c.muni[0]}, a {b.dlong(c.ids['signed'])}.", align="r")
    f.signature(["Firma"])
    return fd._done(b, "application_form", c.holder.natural, [], {"form": form})


# ------------------------------------------------------------ criminal record
def _verification(b, r):
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
    b.dis.append("csv_code")
    return code


def record_consulta_latam(ctx, issued=None, apostille_on_page=False, **_):
    """Latin-American certificates as printed from the issuer's web site."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    country = c.ids["country"]
    sur, giv = " ".join(c.holder.surnames).upper(), c.holder.given.upper()
    if country == "Colombia":
        name = td.strip_accents(f"{sur} {giv}")
        b.header(["POLICÍA NACIONAL DE COLOMBIA", "Consulta en línea de Antecedentes Penales y Requerimientos Judiciales"],
                 "logo_left")
        t = issued
        f.para(f"La Policía Nacional de Colombia informa: Que siendo las {r.randint(7, 20):02d}:{r.randint(0, 59):02d}:"
               f"{r.randint(0, 59):02d} horas del {t.strftime('%d/%m/%Y')}, el ciudadano identificado con:")
        f.fields([("Cédula de Ciudadanía Nº", f"{r.randint(1000, 1199)}.{digits(r, 3)}.{digits(r, 3)}"),
                  ("Apellidos y Nombres", name)], "colon")
        f.para("NO TIENE ASUNTOS PENDIENTES CON LAS AUTORIDADES JUDICIALES", bold=True, align="c")
        f.para("de conformidad con lo establecido en el artículo 248 de la Constitución Política de Colombia.")
        f.para("En cumplimiento de la Sentencia SU-458 del 21 de junio de 2012, proferida por la Honorable Corte "
               "Constitucional, la leyenda \"NO TIENE ASUNTOS PENDIENTES CON LAS AUTORIDADES JUDICIALES\" aplica "
               "para todas aquellas personas que no registran antecedentes y para quienes la autoridad judicial "
               "competente haya decretado la extinción de la condena o la prescripción de la pena.", f.base * 0.85)
        f.para("Esta consulta es válida siempre y cuando el número de identificación y nombres correspondan con "
               "el documento de identidad registrado.", f.base * 0.85)
        f.fields([("Código de verificación", _verification(b, r))], "colon", f.base * 0.85)
    elif country == "Perú":
        name = f"{sur}, {giv}"
        b.header(["PODER JUDICIAL DEL PERÚ", "Registro Nacional de Condenas"], "band")
        b.title("CERTIFICADO DE ANTECEDENTES PENALES")
        f.fields([("Certificado electrónico N°", digits(r, 10))], "colon")
        f.para("El Registro Nacional de Condenas del Poder Judicial certifica que:")
        f.para(name, bold=True, align="c")
        f.para(f"identificado(a) con DNI N° {c.ids.get('personal', digits(r, 8))[:8]}, NO REGISTRA ANTECEDENTES "
               "PENALES a la fecha de emisión del presente certificado.")
        f.fields([("Fecha de emisión", f"{issued.strftime('%d/%m/%Y')} {r.randint(8, 19):02d}:{r.randint(0, 59):02d}"),
                  ("Código de verificación", _verification(b, r))], r.choice(["colon", "grid"]))
        f.para("La autenticidad de este documento puede verificarse en la sede electrónica del Poder Judicial.",
               f.base * 0.8)
    elif country == "Venezuela":
        name = f"{giv} {sur}"
        b.header(["REPÚBLICA BOLIVARIANA DE VENEZUELA",
                  "Ministerio del Poder Popular para Relaciones Interiores, Justicia y Paz"], "centered")
        b.title("CERTIFICADO DE ANTECEDENTES PENALES")
        f.para(f"Quien suscribe, Director(a) General de Justicia, hace constar que, revisado el Registro de "
               f"Antecedentes Penales, el (la) ciudadano(a) {name}, titular de la cédula de identidad "
               f"N° V-{r.randint(10, 30)}.{digits(r, 3)}.{digits(r, 3)}, NO POSEE ANTECEDENTES PENALES.")
        f.para(f"Constancia que se expide a petición de parte interesada en Caracas, a los "
               f"{DAY_WORDS_ES[issued.day - 1]} ({issued.day}) días del mes de {td.MONTHS['es'][issued.month - 1]} "
               f"de {issued.year}.")
        f.fields([("N° de solicitud", digits(r, 9)), ("Código", _verification(b, r))], "colon", f.base * 0.85)
    else:  # Honduras
        name = f"{giv} {sur}"
        b.header(["PODER JUDICIAL - REPÚBLICA DE HONDURAS", "Secretaría General de la Corte Suprema de Justicia"],
                 "centered")
        b.title("CONSTANCIA DE ANTECEDENTES PENALES")
        f.para(f"La infrascrita Secretaria General HACE CONSTAR: que revisados los registros de esta Secretaría, no "
               f"aparece que {name}, con documento nacional de identificación "
               f"{digits(r, 4)}-{c.birth.year}-{digits(r, 5)}, tenga antecedentes penales.")
        f.para(f"Tegucigalpa, M.D.C., {issued.day} de {td.MONTHS['es'][issued.month - 1]} de {issued.year}.")
    f.signature([_local(b)] if country != "Colombia" else ["Firmado digitalmente"])
    if apostille_on_page:
        f.new_page()
        _apostille_stamp(b, issued + DAY * c.ids["apostille_days"])
    return fd._done(b, "criminal_record", name, [], {"country": country, "lang": "es",
                                                      "apostille": apostille_on_page})


def record_casier_fr(ctx, issued=None, apostille_on_page=False, **_):
    """Morocco's fiche anthropométrique (police) or Senegal's bulletin n° 3 (court),
    in French, with the parents' names and birth data as on the originals."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    country = c.ids["country"]
    sur, giv = " ".join(c.holder.surnames).upper(), c.holder.given
    father, mother = r.choice(["Mohamed", "Ahmed", "Abdou", "Moussa"]), r.choice(["Fatima", "Aïcha", "Mariama", "Zineb"])
    fil = "Fils de" if c.ids["sex"] == "M" else "Fille de"
    if country == "Marruecos":
        b.header(["ROYAUME DU MAROC", "Ministère de l'Intérieur", "Direction Générale de la Sûreté Nationale"],
                 "centered")
        b.title("FICHE ANTHROPOMÉTRIQUE")
        f.fields([("Nom", sur), ("Prénom", giv), (fil, f"{father} et de {mother}"),
                  ("Né(e) le", f"{c.birth.strftime('%d/%m/%Y')} à {r.choice(['Tanger', 'Nador', 'Beni Mellal', 'Fès'])}"),
                  ("CNIE N°", c.ids.get("card", "") or f"{r.choice(['BK', 'L', 'KB'])}{digits(r, 6)}"),
                  ("Adresse", f"{r.randint(1, 90)}, Rue {r.choice(['Ibn Battouta', 'Al Massira', 'Hassan II'])}")],
                 r.choice(["colon", "column"]))
        f.text("Condamnations :", bold=True)
        f.para("NÉANT", bold=True, align="c")
        f.para(f"Fait à {country_of(c)['city']}, le {issued.strftime('%d/%m/%Y') if r.random() < 0.5 else fr_date(issued)}")
        f.signature(["Le Chef du Service de l'Identité Judiciaire"])
        name = f"{sur} {giv}"
    else:
        b.header(["RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple - Un But - Une Foi", "MINISTÈRE DE LA JUSTICE",
                  "Tribunal de Grande Instance Hors Classe de Dakar"], "centered")
        b.title("CASIER JUDICIAIRE - BULLETIN N° 3")
        f.para("Relevé des condamnations à des peines privatives de liberté applicables à la personne ci-après "
               "désignée :", f.base * 0.9)
        f.fields([("Nom", sur), ("Prénoms", giv), (fil, f"{father} et de {mother}"),
                  ("Date et lieu de naissance", f"{fr_date(c.birth)} à {r.choice(['Thiès', 'Kaolack', 'Ziguinchor'])}"),
                  ("Nationalité", "Sénégalaise")], "colon")
        f.para("NÉANT", bold=True, align="c")
        f.para(f"Dakar, le {fr_date(issued)}", align="r")
        f.signature(["Le Greffier en Chef"])
        name = f"{giv} {sur}"
    if apostille_on_page:
        f.new_page()
        when = issued + DAY * c.ids["apostille_days"]
        (_legalisation_chain if country == "Senegal" else _apostille_stamp)(b, when)
    return fd._done(b, "criminal_record", name, [], {"country": country, "lang": "fr",
                                                      "apostille": apostille_on_page})


def record_extracto_bilingue(ctx, issued=None, apostille_on_page=False, **_):
    """Ukraine's extract (Ukrainian + English), Georgia's certificate (Georgian +
    English) and Pakistan's police character certificate (English)."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    country = c.ids["country"]
    sur, giv = " ".join(c.holder.surnames).upper(), c.holder.given.upper()
    name = f"{sur} {giv}"
    if country == "Ucrania":
        b.header(["МІНІСТЕРСТВО ВНУТРІШНІХ СПРАВ УКРАЇНИ", "MINISTRY OF INTERNAL AFFAIRS OF UKRAINE"], "centered")
        f.text("ВИТЯГ / EXTRACT", f.base * 1.3, True, "c")
        f.para("з інформаційно-аналітичної системи «Облік відомостей про притягнення особи до кримінальної "
               "відповідальності та наявності судимості»", f.base * 0.85, align="c")
        f.para("from the information and analytical system \"Records of bringing a person to criminal liability "
               "and having a criminal record\"", f.base * 0.85, align="c")
        f.fields([("Номер витягу / Extract No.", f"{digits(r, 8)}-{digits(r, 4)}"),
                  ("Прізвище, ім'я / Surname, name", name),
                  ("Дата народження / Date of birth", c.birth.strftime("%d.%m.%Y")),
                  ("Дата формування / Date of issue", issued.strftime("%d.%m.%Y"))], "colon", f.base * 0.9)
        f.para(f"станом на {issued.strftime('%d.%m.%Y')} до кримінальної відповідальності не притягується, "
               "незнятої чи непогашеної судимості не має та в розшуку не перебуває.", f.base * 0.9)
        f.para(f"as of {issued.strftime('%d.%m.%Y')} is not brought to criminal liability, has no unexpunged or "
               "outstanding conviction and is not wanted.", f.base * 0.9)
        f.fields([("Код перевірки / Verification code", _verification(b, r))], "colon", f.base * 0.85)
        lang = "uk"
    elif country == "Georgia":
        f.family = "dejavu"        # the only face here with Georgian letters
        b.header(["საქართველოს შინაგან საქმეთა სამინისტრო", "MINISTRY OF INTERNAL AFFAIRS OF GEORGIA",
                  "Information-Analytical Department"], "centered")
        f.text("ცნობა ნასამართლობის შესახებ", f.base * 1.1, True, "c")
        f.text("CERTIFICATE ON CRIMINAL RECORD", f.base * 1.1, True, "c")
        f.fields([("სახელი, გვარი / Name, surname", f"{giv} {sur}"),
                  ("პირადი ნომერი / Personal No.", c.ids.get("personal", digits(r, 11))),
                  ("დაბადების თარიღი / Date of birth", c.birth.strftime("%d/%m/%Y"))], "colon", f.base * 0.9)
        f.para("საქართველოს შინაგან საქმეთა სამინისტროს ინფორმაციული ბაზის მიხედვით ნასამართლობა არ აქვს.",
               f.base * 0.9)
        f.para("According to the database of the Ministry of Internal Affairs of Georgia the person has no "
               "criminal record.", f.base * 0.9)
        f.fields([("გაცემის თარიღი / Date of issue", issued.strftime("%d/%m/%Y")),
                  ("Verification code", _verification(b, r))], "colon", f.base * 0.9)
        name = f"{giv} {sur}"
        lang = "ka"
    else:
        b.header(["OFFICE OF THE SENIOR SUPERINTENDENT OF POLICE", f"{r.choice(['Islamabad', 'Lahore', 'Gujrat'])} "
                  "District, Punjab" if r.random() < 0.5 else "Islamabad Capital Territory"], "centered")
        b.title("POLICE CHARACTER CERTIFICATE")
        f.fields([("No.", f"PCC/{digits(r, 5)}/{issued.year}"), ("Dated", issued.strftime("%d-%m-%Y"))], "colon")
        so = "S/O" if c.ids["sex"] == "M" else "D/O"
        f.para(f"It is certified that {'Mr.' if c.ids['sex'] == 'M' else 'Ms.'} {c.holder.given} {' '.join(c.holder.surnames)} "
               f"{so} {r.choice(['Muhammad Akram', 'Abdul Rasheed', 'Ghulam Hussain'])}, holder of CNIC No. "
               f"{c.ids.get('personal', digits(r, 13))[:5]}-{c.ids.get('personal', digits(r, 13))[5:12]}-"
               f"{c.ids.get('personal', digits(r, 13))[12:13] or '1'} and Passport No. {c.ids['passport']}, has no "
               "criminal record in this district as per police record.")
        f.para("This certificate is issued on the request of the applicant for the purpose of residence in Spain.")
        name = f"{c.holder.given} {' '.join(c.holder.surnames)}"
        lang = "en"
    f.signature([_local(b) if country != "Pakistán" else "Senior Superintendent of Police"])
    if apostille_on_page:
        f.new_page()
        _apostille_stamp(b, issued + DAY * c.ids["apostille_days"])
    return fd._done(b, "criminal_record", name, [], {"country": country, "lang": lang,
                                                      "apostille": apostille_on_page})


def record_request(ctx, requested=None, **_):
    """Proof of having asked for the certificate: a consulate's receipt."""
    b, c, r = B(ctx, size=(148.0, 210.0)), ctx, ctx.rng
    f = b.f
    country = c.ids["country"]
    lang = country_of(c)["lang"]
    city = r.choice(["Madrid", "Barcelona", "Valencia", "Almería", "Bilbao"])
    if lang == "fr":
        b.header([f"{'CONSULAT GÉNÉRAL DU ROYAUME DU MAROC' if country == 'Marruecos' else 'CONSULAT GÉNÉRAL DU SÉNÉGAL'}",
                  city], "centered")
        b.title("RÉCÉPISSÉ DE DÉPÔT")
        f.fields([("Objet", "Demande d'extrait de casier judiciaire"), ("Nom et prénom", c.holder.natural.upper()),
                  ("Passeport N°", c.ids["passport"]), ("Date de dépôt", requested.strftime("%d/%m/%Y")),
                  ("N° de dossier", digits(r, 7))], "colon")
        f.para("Le présent récépissé ne vaut pas extrait de casier judiciaire.", f.base * 0.85)
    elif lang == "es":
        b.header([f"CONSULADO GENERAL DE {country.upper()} EN {city.upper()}"], "centered")
        b.title("CONSTANCIA DE SOLICITUD")
        f.fields([("Trámite", "Certificado de antecedentes penales"), ("Solicitante", c.holder.natural),
                  ("Pasaporte", c.ids["passport"]), ("Fecha de solicitud", requested.strftime("%d/%m/%Y")),
                  ("N° de trámite", digits(r, 8)), ("Estado", "EN TRÁMITE")], r.choice(["colon", "grid"]))
    else:
        b.header([f"EMBASSY OF {'PAKISTAN' if country == 'Pakistán' else 'UKRAINE' if country == 'Ucrania' else 'GEORGIA'}",
                  "Madrid"], "centered")
        b.title("ACKNOWLEDGEMENT RECEIPT")
        f.fields([("Service", "Criminal record certificate (application)"), ("Applicant", c.holder.natural.upper()),
                  ("Passport No.", c.ids["passport"]), ("Date of application", requested.strftime("%d/%m/%Y")),
                  ("Reference", f"{c.ids['nat']}-{digits(r, 6)}")], "colon")
    f.signature([_local(b)])
    return fd._done(b, "criminal_record", c.holder.natural, [], {"request": True})


# ------------------------------------------------------------ apostille and legalisation
APOS_FIELDS = {
    "es": ["País", "El presente documento público", "ha sido firmado por", "quien actúa en calidad de",
           "y está revestido del sello / timbre de", "Certificado", "en", "el día", "por", "bajo el número",
           "Sello / timbre", "Firma"],
    "en": ["Country", "This public document", "has been signed by", "acting in the capacity of",
           "bears the seal / stamp of", "Certified", "at", "the", "by", "No", "Seal / stamp", "Signature"],
    "fr": ["Pays", "Le présent acte public", "a été signé par", "agissant en qualité de",
           "est revêtu du sceau / timbre de", "Attesté", "à", "le", "par", "sous n°", "Sceau / timbre", "Signature"],
}
SIGNER = {"Colombia": ("Jefe del Área de Antecedentes", "Policía Nacional de Colombia", "Ministerio de Relaciones Exteriores"),
          "Perú": ("Jefe del Registro Nacional de Condenas", "Poder Judicial del Perú", "Ministerio de Relaciones Exteriores"),
          "Venezuela": ("Director General de Justicia", "MPPRIJP", "Ministerio del Poder Popular para Relaciones Exteriores"),
          "Honduras": ("Secretaria General", "Corte Suprema de Justicia", "Secretaría de Relaciones Exteriores"),
          "Marruecos": ("Chef du Service", "Direction Générale de la Sûreté Nationale", "Procureur du Roi"),
          "Senegal": ("Greffier en Chef", "Tribunal de Grande Instance", "Ministère des Affaires étrangères"),
          "Pakistán": ("Senior Superintendent of Police", "Punjab Police", "Ministry of Foreign Affairs"),
          "Ucrania": ("Head of Department", "Ministry of Internal Affairs of Ukraine", "Ministry of Justice of Ukraine"),
          "Georgia": ("Head of Department", "Ministry of Internal Affairs of Georgia", "Public Service Hall")}


def _apos_items(b, when, langs):
    """The ten numbered fields of the Hague form, labels in langs, values filled in."""
    c, r = b.ctx, b.rng
    country = c.ids["country"]
    who, seal, by = SIGNER[country]
    number = f"{r.choice(['A', 'AP', ''])}{when.year}{digits(r, 6)}"
    when_s = fr_date(when) if langs == ["fr"] else when.strftime("%d/%m/%Y")
    state = country.upper() if langs[0] == "es" else STATE[country][0].split(" / ")[0 if langs[0] == "fr" else -1]
    values = [state, None, _local(b), who, seal, None, country_of(c)["city"], when_s, by, number, "", ""]
    items, n = [], 0
    for k, val in enumerate(values):
        lab = " / ".join(APOS_FIELDS[l][k] for l in langs)
        if val is None:
            items.append((lab, None))
        else:
            n += 1
            items.append((f"{n}. {lab}", val))
    return items


def _apos_lang(b):
    return {"es": "es", "fr": "fr"}.get(country_of(b.ctx)["lang"], "en")


def _apostille_stamp(b, when):
    """A square rubber stamp, values filled in by the clerk, on an otherwise empty back."""
    f, r = b.f, b.rng
    col = r.choice([(40, 60, 150), (110, 40, 110), (20, 20, 20)])
    x, y, w = f.left + r.uniform(0, 40), f.margin + r.uniform(10, 80), 100.0
    rows = [lab if val is None else f"{lab}: {val}" for lab, val in _apos_items(b, when, [_apos_lang(b)])]
    h = 18 + 5.2 * len(rows)
    f.page.rect(x, y, w, h, 0.8, col)
    f.page.text(x + w / 2, y + 7, "APOSTILLE", f.font(True), 12, "c", col)
    f.page.text(x + w / 2, y + 12, "(Convention de La Haye du 5 octobre 1961)", f.font(), 7.5, "c", col)
    for i, ln in enumerate(rows):
        s = f.fit(ln, f.font(), 8.0, w - 6)
        f.page.text(x + 3, y + 19 + i * 5.2, ln, f.font(), s, "l", col)
    f.page.ellipse(x + w - 30, y + h - 24, 22, 22, col)
    f.page.ellipse(x + w - 29.2, y + h - 23.2, 20.4, 20.4, (255, 255, 255))
    if r.random() < 0.5:         # a revenue stamp glued beside it
        f.page.rect(x + w + 5, y, 24, 30, 0.4, (120, 120, 120), fill=(225, 225, 225))
    f.y = y + h + 5


def _legalisation_chain(b, when):
    """Senegal's Foreign Ministry legalises the court's signature, then the Spanish
    consulate legalises the ministry's (two stamps, dated in turn)."""
    f, r = b.f, b.rng
    col1, col2 = (110, 40, 110), (40, 60, 150)
    f.y = f.margin + r.uniform(5, 30)
    x = f.left + r.uniform(0, 20)
    lines = ["RÉPUBLIQUE DU SÉNÉGAL", "MINISTÈRE DES AFFAIRES ÉTRANGÈRES", "ET DES SÉNÉGALAIS DE L'EXTÉRIEUR",
             "Vu pour légalisation de la signature de", f"M./Mme {_local(b)}, Greffier en Chef",
             f"Dakar, le {when.strftime('%d/%m/%Y')}", f"N° {digits(r, 5)}/MAESE/DAJC", "Le Chef du Bureau des Légalisations"]
    f.page.rect(x, f.y, 95, 8 + 5 * len(lines), 0.7, col1)
    for i, ln in enumerate(lines):
        f.page.text(x + 47.5, f.y + 7 + i * 5, ln, f.font(i < 3), f.fit(ln, f.font(i < 3), 7.5, 90), "c", col1)
    f.y += 14 + 5 * len(lines)
    later = when + DAY * r.randint(1, 6)
    lines = ["CONSULADO GENERAL DE ESPAÑA EN DAKAR", "LEGALIZACIÓN",
             "Reconocida la firma que antecede del Ministerio", "de Asuntos Exteriores de la República del Senegal.",
             f"Dakar, {later.day} de {td.MONTHS['es'][later.month - 1]} de {later.year}",
             f"N.º de registro {digits(r, 4)}/{later.year}", "Derechos percibidos: Tarifa 8ª", "El Cónsul General"]
    x = f.left + r.uniform(20, 60)
    f.page.rect(x, f.y, 95, 8 + 5 * len(lines), 0.7, col2)
    for i, ln in enumerate(lines):
        f.page.text(x + 47.5, f.y + 7 + i * 5, ln, f.font(i < 2), f.fit(ln, f.font(i < 2), 7.5, 90), "c", col2)
    f.y += 14 + 5 * len(lines)


def apostille_electronica(ctx, issued=None, **_):
    """An e-Apostille as the issuing ministry's web site prints it: the ten fields
    bilingual, a verification code and address, a QR-like block."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = issued + DAY * c.ids["apostille_days"]
    country = c.ids["country"]
    b.header([STATE[country][0].split(" / ")[-1], SIGNER[country][2]], r.choice(["band", "centered"]))
    f.text("APOSTILLE", f.base * 1.6, True, "c")
    f.text("(Convention de La Haye du 5 octobre 1961)", f.base * 0.9, align="c")
    f.space(3)
    lang = _apos_lang(b)
    items = _apos_items(b, when, [lang, "en"] if lang != "en" else ["en", "fr"])
    for lab, val in items:
        if val is None:
            f.text(lab, f.base * 0.9, True)
        else:
            f.fields([(lab, val or "-")], "colon", f.base * 0.9)
    f.space(4)
    code = _verification(b, r)
    f.para(f"Verification code / Código de verificación: {code}", f.base * 0.85)
    f.para("This e-Apostille can be verified at the e-Register of the issuing authority.", f.base * 0.8)
    y = f.y + 2
    for i in range(10):                      # a QR-like square, no content
        for j in range(10):
            if random.Random(f"{code}{i}{j}").random() < 0.5:
                f.page.block(f.right - 28 + i * 2.4, y + j * 2.4, 2.4, 2.4)
    f.y += 28
    f.para("Firmado electrónicamente / Digitally signed", f.base * 0.8)
    return fd._done(b, "apostille", None, [], {"kind": "e-apostille"})


def apostille_sello_dorso(ctx, issued=None, **_):
    """The back of the certificate scanned alone: the rubber-stamp apostille (or, for
    Senegal, the legalisation chain) on an otherwise empty page."""
    b, c = B(ctx), ctx
    when = issued + DAY * c.ids["apostille_days"]
    if c.ids["country"] == "Senegal":
        _legalisation_chain(b, when)
        kind = "legalisation"
    else:
        _apostille_stamp(b, when)
        kind = "apostille"
    return fd._done(b, "apostille", None, [], {"kind": kind})


# ------------------------------------------------------------ sworn translation
def _translator(b):
    r = b.rng
    fem = r.random() < 0.6
    given = r.choice(["Concepción", "Isabel", "Marta", "Nuria", "Ana Belén"] if fem else
                     ["Javier", "Andrés", "Luis Miguel", "Jordi", "Ramón"])
    return f"{given} {' '.join(r.sample(td.SPANISH_SURNAMES, 2))}", fem, f"{r.randint(1000, 9999)}"


def _formula(b, who, fem, lang_es, when, place):
    # The formula of Orden AEC/2125/2014, word for word but for the names.
    t = "Traductora-Intérprete Jurada" if fem else "Traductor-Intérprete Jurado"
    n = "nombrada" if fem else "nombrado"
    return (f"{'Doña' if fem else 'Don'} {who}, {t} de {lang_es}, {n} por el Ministerio de Asuntos Exteriores, "
            f"Unión Europea y Cooperación, certifica que la que antecede es traducción fiel y completa al español "
            f"de un documento redactado en {lang_es}. En {place}, a {es_long(when)}.")


def _translated_body(b, holder):
    c = b.ctx
    country = c.ids["country"]
    st = STATE[country][0].split(" / ")[-1]
    if country == "Marruecos":
        return ["REINO DE MARRUECOS - Ministerio del Interior - Dirección General de la Seguridad Nacional",
                "FICHA ANTROPOMÉTRICA", f"Apellido: {' '.join(c.holder.surnames).upper()}. Nombre: {c.holder.given}.",
                "Condenas: NINGUNA [en el original: «NÉANT»].", "[Hay un sello que dice: Dirección General de la "
                "Seguridad Nacional] [Firma ilegible]"]
    if country == "Senegal":
        return ["REPÚBLICA DEL SENEGAL - Un Pueblo - Un Objetivo - Una Fe - MINISTERIO DE JUSTICIA",
                "REGISTRO DE ANTECEDENTES PENALES - CERTIFICADO N.º 3", f"Apellido: {' '.join(c.holder.surnames).upper()}. "
                f"Nombre: {c.holder.given}.", "NINGUNA CONDENA [en el original: «NÉANT»].",
                "[Sello del Tribunal] [Firma ilegible] El Secretario Judicial Jefe"]
    return [f"{st}", "CERTIFICADO DE ANTECEDENTES PENALES", f"Nombre y apellidos: {holder}.",
            "Según los registros, la persona no tiene antecedentes penales ni está en búsqueda.",
            "[Hay un código de verificación] [Firma ilegible]"]


def _back_note(c, issued):
    when = (issued + DAY * c.ids["apostille_days"]).strftime("%d/%m/%Y")
    if c.ids["country"] == "Senegal":
        return (f"[Al dorso figuran la legalización del Ministerio de Asuntos Exteriores del Senegal, de fecha {when}, "
                "y la del Consulado General de España en Dakar]")
    return f"[Al dorso figura una apostilla de fecha {when}]"


def translation_jurada(ctx, issued=None, **_):
    """One page: the translator's letterhead, the translated text with bracketed notes,
    the fixed certifying formula, the round seal with the appointment number."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    who, fem, num = _translator(b)
    lang_es = LANG_ES[country_of(c)["lang"]]
    when = issued + DAY * (c.ids["apostille_days"] + r.randint(2, 9))
    f.text(who, f.base * 1.2, True, "l")
    f.text(f"{'Traductora-Intérprete Jurada' if fem else 'Traductor-Intérprete Jurado'} de {lang_es.capitalize()} "
           f"- N.º {num}", f.base * 0.85)
    f.text(f"{td.address(r, c.muni)[0]} · {c.muni[0]} · Tel. {b.phone()}", f.base * 0.8)
    f.hr()
    f.text("TRADUCCIÓN JURADA", f.base * 1.2, True, "c")
    f.text(f"[Traducción del {lang_es}]", f.base * 0.9, align="c")
    for ln in _translated_body(b, c.holder.natural.upper()):
        f.para(ln)
    f.para(_back_note(c, issued), f.base * 0.9)
    f.hr()
    f.para(_formula(b, who, fem, lang_es, when, c.muni[0]), f.base * 0.95)
    _stamp(b, [f"{'TRADUCTORA' if fem else 'TRADUCTOR'}-INTÉRPRETE", f"JURAD{'A' if fem else 'O'} DE {lang_es.upper()}",
               who.upper(), f"N.º {num}"], w=48, h=28)
    return fd._done(b, "translation", c.holder.natural.upper(), [], {"from": country_of(c)["lang"]})


def translation_jurada_sellada(ctx, issued=None, **_):
    """Two pages, each stamped and numbered; the apostille is translated too, and the
    formula closes the last page."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    who, fem, num = _translator(b)
    lang_es = LANG_ES[country_of(c)["lang"]]
    when = issued + DAY * (c.ids["apostille_days"] + r.randint(2, 9))
    seal = [f"{who.upper()}", f"{'Traductora' if fem else 'Traductor'}-Intérprete Jurad{'a' if fem else 'o'}",
            f"{lang_es.capitalize()} N.º {num}"]
    f.text(f"Traducción n.º {digits(r, 3)}/{when.year}", f.base * 0.85, align="r")
    f.text("TRADUCCIÓN", f.base * 1.2, True, "c")
    for ln in _translated_body(b, c.holder.natural):
        f.para(ln)
    _stamp(b, seal, w=46, h=26)
    f.footer([f"Página 1 de 2 · {who}"])
    f.new_page()
    aw = issued + DAY * c.ids["apostille_days"]
    if c.ids["country"] == "Senegal":
        f.para("[Al dorso del documento original figuran los sellos siguientes:]", f.base * 0.9)
        f.para(f"REPÚBLICA DEL SENEGAL - MINISTERIO DE ASUNTOS EXTERIORES. Visto para la legalización de la firma "
               f"del Secretario Judicial Jefe. Dakar, {aw.strftime('%d/%m/%Y')}. [Firma ilegible]", f.base * 0.9)
        f.para("[Sello en español del Consulado General de España en Dakar, que no se traduce]", f.base * 0.9)
    else:
        f.para("[Al dorso del documento original figura la apostilla siguiente:]", f.base * 0.9)
        f.text("APOSTILLA (Convenio de La Haya de 5 de octubre de 1961)", bold=True)
        f.para(f"1. País: {c.ids['country']}. 5. En: {country_of(c)['city']}. 6. El día: {aw.strftime('%d/%m/%Y')}. "
               f"7. Por: {SIGNER[c.ids['country']][2]}. 10. Firma: [ilegible].", f.base * 0.9)
    f.space(4)
    f.para(_formula(b, who, fem, lang_es, when, r.choice(["Madrid", "Barcelona", c.muni[0]])), f.base * 0.95)
    f.signature([who])
    _stamp(b, seal, w=46, h=26)
    f.footer([f"Página 2 de 2 · {who}"])
    return fd._done(b, "translation", c.holder.natural, [], {"from": country_of(c)["lang"]})


# ------------------------------------------------------------ fee 790 código 052
EPIGRAFES = {"2.3.1": ("Residencia temporal, circunstancias excepcionales", "38,28"),
             "2.1.5": ("Residencia temporal de menores", "10,94")}


def _fee_identity(b):
    c = b.ctx
    return [("NIF/NIE", c.ids.get("nie") or "-"), ("Pasaporte", c.ids["passport"]),
            ("Apellidos y nombre", f"{' '.join(c.holder.surnames).upper()}, {c.holder.given.upper()}"),
            ("Domicilio", f"{c.home[0]}, {c.muni[0]} ({c.muni[1]})")]


def fee_sede_nrc(ctx, epigrafe="2.3.1", paid=True, date=None, **_):
    """The 790-052 as printed from the sede: three copies (Administración, interesado,
    entidad colaboradora); when paid online, the NRC and the payment date."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    just = "790052" + digits(r, 7)
    desc, amount = EPIGRAFES[epigrafe]
    nrc = f"052{digits(r, 13)}{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{digits(r, 3)}"
    for k, copy in enumerate(["Ejemplar para la Administración", "Ejemplar para el interesado",
                              "Ejemplar para la entidad colaboradora"]):
        if k:
            f.new_page()
        f.text("GOBIERNO DE ESPAÑA · MINISTERIO DE POLÍTICA TERRITORIAL", f.base * 0.8, True)
        f.text(f"Modelo 790 · Código 052    Nº de justificante {just}", f.base * 0.9, True, "r")
        f.para("TASA POR TRAMITACIÓN DE AUTORIZACIONES ADMINISTRATIVAS Y DE DOCUMENTOS DE IDENTIDAD EN MATERIA DE "
               "INMIGRACIÓN Y EXTRANJERÍA", f.base * 0.9, True, "c")
        f.text("Identificación", bold=True)
        f.fields(_fee_identity(b), "grid", f.base * 0.85)
        f.text("Autoliquidación", bold=True)
        f.table(["Epígrafe", "Descripción", "Importe"], [[epigrafe, desc, f"{amount} €"]], [0.14, 0.66, 0.2])
        f.fields([("TOTAL A INGRESAR", f"{amount} €")], "colon")
        if paid:
            f.fields([("Forma de pago", "Adeudo en cuenta"), ("NRC", nrc),
                      ("Fecha de pago", date.strftime("%d/%m/%Y") if r.random() < 0.6 else f"{b.d(date)} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}")],
                     "boxes", f.base * 0.9, cols=3)
        else:
            f.para("Ingreso en efectivo o adeudo en cuenta en entidad colaboradora. Este documento no es válido sin la "
                   "certificación mecánica o, en su defecto, firma autorizada.", f.base * 0.8)
            f.page.rect(f.left, f.y, f.width, 22, 0.3, f.color)
            f.page.text(f.left + 2, f.y + 4, "Espacio reservado para la validación de la entidad colaboradora",
                        f.font(), 7, "l", f.color)
            f.y += 26
        f.footer([copy, "Ingreso a favor del Tesoro Público"])
    pres = fd.one_day(date) if paid else []
    return fd._done(b, "fee_form", f"{' '.join(c.holder.surnames).upper()}, {c.holder.given.upper()}", pres,
                    {"epigrafe": epigrafe, "paid": paid})


def fee_impreso_validado(ctx, epigrafe="2.3.1", paid=True, date=None, **_):
    """The copy for the applicant, filled in by hand and paid at a bank counter: the
    payment shows only in the teller's mechanical validation line (purple, mono)."""
    b, c, r = B(ctx, size=(210.0, 148.0)), ctx, ctx.rng
    b.hand = r.choice(["free_mono", "lib_serif", "dejavu_cond"])
    f = b.f
    desc, amount = EPIGRAFES[epigrafe]
    f.text("Tasa modelo 790 - Código 052", f.base, True)
    f.text("Ejemplar para el interesado", f.base * 0.8, align="r")
    y = f.y + 8
    for lab, val in _fee_identity(b)[:3]:
        _label(b, f.left, y, lab.upper(), 6)
        f.page.text(f.left + 38, y, val, b.hand, 10, "l", INK)
        f.page.line(f.left + 37, y + 1, f.right, y + 1, 0.2, f.color)
        y += 8
    _label(b, f.left, y, "EPÍGRAFE", 6)
    _check(b, f.left + 20, y + 0.5, True)
    f.page.text(f.left + 26, y, f"{epigrafe}  {desc[:60]}", f.font(), 7.5, "l", f.color)
    y += 8
    _label(b, f.left, y, "IMPORTE EUROS", 6)
    f.page.text(f.left + 38, y, amount, b.hand, 11, "l", INK)
    y += 6
    f.page.rect(f.left, y, f.width, 20, 0.3, f.color)
    _label(b, f.left + 2, y + 4, "VALIDACIÓN MECÁNICA DE LA ENTIDAD COLABORADORA", 6)
    if paid:
        amount_s = amount.replace(",", ".")
        line = f"{date.day:02d}{td.ABBR[date.month - 1]}{date.year} {digits(r, 4)}-{digits(r, 4)} 052 *****{amount_s}EUR"
        f.page.text(f.left + 5, y + 13, line, "lib_mono-b", 9, "l", (110, 40, 130))
    f.y = y + 24
    f.para("Sin la validación mecánica este documento no acredita el pago.", f.base * 0.75)
    return fd._done(b, "fee_form", f"{' '.join(c.holder.surnames).upper()}, {c.holder.given.upper()}",
                    fd.one_day(date) if paid else [], {"epigrafe": epigrafe, "paid": paid})


# ------------------------------------------------------------ protection application (DA 20)
def protection_tarjeta_roja(ctx, applied=None, date=None, **_):
    """The applicant's card ('tarjeta roja'), both faces copied on A4. Its issue date is
    a renewal; the application date is printed on the back (RULES: that one counts)."""
    b, c, r = B(ctx), ctx, ctx.rng
    p, col = b.f.page, (170, 30, 40)
    x0, y0, w, h = r.uniform(40, 70), r.uniform(30, 50), 85.6, 54.0
    issue = min(date, applied + dt.timedelta(days=r.choice([20, 200, 380])))
    p.rect(x0, y0, w, h, 0.4, col, fill=(245, 215, 215))
    p.text(x0 + w / 2, y0 + 5, "MINISTERIO DEL INTERIOR", b.f.font(True), 6, "c", col)
    p.text(x0 + w / 2, y0 + 9, "DOCUMENTO DE SOLICITANTE DE PROTECCIÓN INTERNACIONAL", b.f.font(True), 4.8, "c", col)
    p.rect(x0 + 3, y0 + 12, 20, 26, 0.3, col, fill=(215, 215, 215))
    sur, giv = " ".join(c.holder.surnames).upper(), c.holder.given.upper()
    rows = [("APELLIDOS", sur), ("NOMBRE", giv), ("NACIONALIDAD", c.ids["nat"]), ("N.I.E.", c.ids.get("nie") or "-"),
            ("FECHA DE EXPEDICIÓN", issue.strftime("%d-%m-%Y")),
            ("VÁLIDO HASTA", (issue + dt.timedelta(days=r.choice([180, 270]))).strftime("%d-%m-%Y"))]
    for i, (lab, val) in enumerate(rows):
        p.text(x0 + 26, y0 + 14 + i * 6.4, lab, b.f.font(), 4.6, "l", col)
        p.text(x0 + 26, y0 + 17.4 + i * 6.4, val, b.f.font(True), 6.6, "l", (0, 0, 0))
    yb = y0 + h + 15
    p.rect(x0, yb, w, h, 0.4, col, fill=(245, 215, 215))
    back = [("FECHA DE PRESENTACIÓN DE LA SOLICITUD", applied.strftime("%d-%m-%Y")),
            ("N.º DE EXPEDIENTE", f"{digits(r, 2)}{r.choice('ABCDEFGH')}{digits(r, 6)}"),
            ("AUTORIZA A TRABAJAR", "SÍ" if (issue - applied).days >= 180 else "NO")]
    for i, (lab, val) in enumerate(back):
        p.text(x0 + 4, yb + 8 + i * 9, lab, b.f.font(), 5.2, "l", col)
        p.text(x0 + 4, yb + 12.2 + i * 9, val, b.f.font(True), 7.5, "l", (0, 0, 0))
    p.text(x0 + 4, yb + h - 5, "ESTE DOCUMENTO NO ACREDITA LA IDENTIDAD", b.f.font(True), 4.6, "l", col)
    b.dis.append("expiry_date")
    return fd._done(b, "protection_application", f"{sur}, {giv}", fd.one_day(issue),
                    {"applied": applied.isoformat(), "card_issue": issue.isoformat()})


def protection_resolucion(ctx, applied=None, date=None, **_):
    """A resolution of the Ministry of the Interior on the application (often a denial,
    months later): the person was an applicant, on the date it cites."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    res = min(date, applied + dt.timedelta(days=r.randint(120, 400)))
    b.header(["MINISTERIO DEL INTERIOR", "Subdirección General de Protección Internacional",
              "Oficina de Asilo y Refugio"], "logo_left")
    f.fields([("Expediente", f"{digits(r, 2)}{r.choice('ABCDEFGH')}{digits(r, 6)}"),
              ("Asunto", "Resolución de la solicitud de protección internacional")], "colon", f.base * 0.9)
    b.title("RESOLUCIÓN")
    f.para(f"Vista la solicitud de protección internacional formalizada por {c.holder.natural.upper()}, nacional de "
           f"{c.ids['country']}, con NIE {c.ids.get('nie') or 'en trámite'}, en fecha {applied.strftime('%d/%m/%Y')}, "
           "y el informe de la Comisión Interministerial de Asilo y Refugio,")
    f.text("RESUELVO:", bold=True)
    f.para(r.choice(["DENEGAR el derecho de asilo y la protección subsidiaria.",
                     "DENEGAR el derecho de asilo y la protección subsidiaria, y no autorizar la permanencia por "
                     "razones humanitarias."]))
    f.para("Contra esta resolución, que pone fin a la vía administrativa, cabe interponer recurso "
           "contencioso-administrativo en el plazo de dos meses.", f.base * 0.85)
    f.para(f"Madrid, {es_long(res)}", align="r")
    f.signature(["EL MINISTRO DEL INTERIOR, P.D.", "La Subdirectora General", "de Protección Internacional"])
    return fd._done(b, "protection_application", c.holder.natural.upper(), fd.one_day(res),
                    {"applied": applied.isoformat(), "resolution": res.isoformat()})


# ------------------------------------------------------------ supuesto (DA 21)
MONTH_WORDS = {0: "indefinida", 6: "seis meses", 12: "un año", 24: "dos años", 2: "dos meses"}


def _add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    return dt.date(d.year + y, mo + 1, min(d.day, 28))


def job_oferta_hogar(ctx, months=12, date=None, **_):
    """A private household's offer for a domestic worker (Sistema Especial de
    Empleados de Hogar): the employer is a person, the duration in words."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    emp = td.random_spaniard(r)
    b.person(emp.natural, "official")
    b.title("OFERTA DE TRABAJO - EMPLEADO/A DE HOGAR")
    f.para(f"D./Dña. {emp.natural}, con DNI {digits(r, 8)}{r.choice('TRWAGMYFPDXBNJZSQVHLCKE')}, con domicilio en "
           f"{td.address(r, c.muni)[0]}, {c.muni[0]}, titular del hogar familiar inscrito en la Seguridad Social con "
           f"código de cuenta de cotización {digits(r, 2)} {digits(r, 9)},")
    f.text("OFRECE", bold=True, align="c")
    f.para(f"a D./Dña. {c.holder.natural}, con pasaporte n.º {c.ids['passport']}, un puesto de trabajo como "
           f"{r.choice(['empleado/a de hogar (limpieza y cocina)', 'cuidador/a de persona mayor', 'cuidador/a de menores'])}"
           ", en las condiciones siguientes:")
    dur = MONTH_WORDS[months]
    f.fields([("Régimen", r.choice(["Externo/a", "Interno/a"])), ("Jornada", f"{r.choice([25, 30, 40])} horas semanales"),
              ("Retribución", f"{r.choice(['1.221,00', '1.184,00', '980,00'])} € brutos mensuales, 14 pagas"),
              ("Duración", dur if months else "indefinida"),
              ("Inicio", "a partir de la concesión de la autorización de residencia y trabajo")], "colon")
    f.para(f"En {c.muni[0]}, a {b.dlong(date)}.", align="r")
    f.signature(["El/la empleador/a"])
    return fd._done(b, "employment_contract", c.holder.natural, fd.one_day(date), {"months": months, "household": True})


def job_contrato_sepe(ctx, months=12, date=None, **_):
    """The public employment service's contract model: company and worker boxes,
    clauses, the duration as two dates when temporary."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    start = date + DAY * r.randint(7, 30)
    company = r.choice(td.COMPANIES)
    b.header(["SERVICIO PÚBLICO DE EMPLEO ESTATAL", "Contrato de trabajo"], "right")
    b.title("CONTRATO DE TRABAJO INDEFINIDO" if not months else "CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA")
    f.fields([("Código de contrato", "100" if not months else "402"), ("Empresa", company), ("CIF", td.cif(r)),
              ("C.C.C.", f"{digits(r, 2)}/{digits(r, 9)}")], "boxes", cols=2)
    f.fields([("Trabajador/a", c.holder.natural.upper()), ("Pasaporte/NIE", c.ids.get("nie") or c.ids["passport"]),
              ("Nacionalidad", c.ids["country"]), ("Fecha de nacimiento", c.birth.strftime("%d/%m/%Y"))], "boxes", cols=2)
    b.dis.append("birth_date")
    f.text("CLÁUSULAS", bold=True, align="c")
    f.para(f"PRIMERA: El/la trabajador/a prestará sus servicios como {r.choice(['peón agrícola', 'ayudante de cocina', 'mozo/a de almacén', 'limpiador/a'])} "
           f"en el centro de trabajo sito en {c.muni[0]}.")
    f.para(f"SEGUNDA: La jornada será de {r.choice([40, 30, 35])} horas semanales.")
    if months:
        end = _add_months(start, months) - DAY
        f.para(f"TERCERA: La duración del presente contrato se extenderá desde el {start.strftime('%d/%m/%Y')} hasta "
               f"el {end.strftime('%d/%m/%Y')}.")
    else:
        f.para(f"TERCERA: El contrato se concierta por tiempo indefinido, con inicio el {start.strftime('%d/%m/%Y')}.")
    f.para("CUARTA: La eficacia del presente contrato queda condicionada a la obtención de la autorización de "
           "residencia y trabajo.")
    f.para(f"En {c.muni[0]}, a {b.dlong(date)}.", align="r")
    f.signature([f"Por la empresa: {fd._official(b)}", "El/la trabajador/a"])
    return fd._done(b, "employment_contract", c.holder.natural.upper(), fd.one_day(date),
                    {"months": months, "start": start.isoformat()})


def self_employment_declaracion(ctx, date=None, **_):
    """The applicant's own declaración responsable of starting a business, with the
    activity, the IAE heading and the first year's forecast."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    f.para("DECLARACIÓN RESPONSABLE DE INICIO DE ACTIVIDAD POR CUENTA PROPIA", f.base * 1.2, True, "c")
    f.para(f"{c.holder.natural}, con pasaporte {c.ids['passport']}, con domicilio en {c.home[0]}, {c.muni[0]},")
    f.text("DECLARA RESPONSABLEMENTE:", bold=True)
    act = r.choice([("comercio al por menor de frutas y verduras", "647.1"), ("peluquería", "972.1"),
                    ("reparación de calzado", "691.9"), ("servicio de limpieza de locales", "922.2")])
    f.para(f"1. Que va a ejercer por cuenta propia la actividad de {act[0]} (epígrafe IAE {act[1]}).")
    f.para(f"2. Que cuenta con una inversión prevista de {r.choice(['4.500', '8.000', '12.300'])} € y una "
           f"previsión de ingresos el primer año de {r.choice(['18.000', '22.500', '26.000'])} €.")
    f.para("3. Que reúne los requisitos exigidos por la normativa para el ejercicio de la actividad y se "
           "compromete a darse de alta en el Régimen Especial de Trabajadores Autónomos.")
    f.para(f"{c.muni[0]}, {b.d(date)}", align="r")
    f.signature(["Firma del/de la declarante"])
    return fd._done(b, "employment_contract", c.holder.natural, fd.one_day(date), {"self_employment": True})


def vuln_serveis_socials_ca(ctx, date=None, **_):
    """A Catalan town's social services report (in Catalan)."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    worker = fd._official(b)
    b.person(worker, "official")
    b.header([f"Ajuntament de {c.muni[0]}", "Àrea de Drets Socials - Serveis Socials Bàsics"], r.choice(["band", "logo_left"]))
    b.title("INFORME SOCIAL DE VULNERABILITAT")
    f.para("(Reial decret 316/2026, disposició addicional vint-i-unena)", f.base * 0.85, align="c")
    f.fields([("Nom i cognoms", c.holder.natural), ("Document", c.ids.get("nie") or c.ids["passport"]),
              ("Data de naixement", c.birth.strftime("%d/%m/%Y")), ("Adreça", f"{c.home[0]}, {c.muni[0]}")],
             r.choice(["colon", "grid"]))
    b.dis.append("birth_date")
    since = date - dt.timedelta(days=r.randint(120, 600))
    f.para(f"El/la treballador/a social que subscriu, {worker}, col·legiat/ada núm. {digits(r, 4)},")
    f.text("INFORMA:", bold=True)
    f.para(f"Que la persona esmentada és usuària d'aquest servei des del {since.strftime('%d/%m/%Y')} i es troba en "
           "situació de vulnerabilitat social per manca d'ingressos regulars, habitatge precari i manca de xarxa "
           "de suport familiar.")
    f.para(f"I perquè consti, a petició de la persona interessada, signo aquest informe a {c.muni[0]}, "
           f"{td.fmt_date(date, 'long', 'ca')}.")
    f.signature([worker, "Treballador/a social"])
    return fd._done(b, "vulnerability_certificate", c.holder.natural, fd.one_day(date), {"lang": "ca"})


def vuln_informe_social_es(ctx, date=None, **_):
    """A Spanish social services report in numbered sections over two pages; the
    conclusion, which is what the application needs, on the second."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    worker = fd._official(b)
    b.person(worker, "official")
    b.header([f"Ayuntamiento de {c.muni[0]}", "Concejalía de Servicios Sociales"], r.choice(["centered", "right"]))
    b.title("INFORME SOCIAL")
    f.text("1. DATOS DE IDENTIFICACIÓN", bold=True)
    f.fields([("Nombre y apellidos", c.holder.natural), ("Documento", c.ids.get("nie") or c.ids["passport"]),
              ("Nacionalidad", c.ids["country"]), ("Domicilio", f"{c.home[0]}, {c.muni[0]}")], "colon")
    f.text("2. COMPOSICIÓN FAMILIAR", bold=True)
    f.para("Vive sola/o en una habitación subarrendada. Sin familiares en España.")
    f.text("3. SITUACIÓN SOCIOECONÓMICA", bold=True)
    f.para("Sin ingresos regulares. Percibe ayudas puntuales de alimentación de entidades sociales. "
           "Trabajos esporádicos sin contrato.")
    f.text("4. VALORACIÓN PROFESIONAL", bold=True)
    f.para("Situación de exclusión residencial y económica, con riesgo de empeoramiento; red de apoyo muy escasa.")
    f.new_page()
    f.text("5. CONCLUSIÓN", bold=True)
    f.para("Se emite el presente informe a efectos de acreditar la situación de vulnerabilidad de la persona "
           "interesada, conforme a la disposición adicional vigésima primera del Real Decreto 316/2026.")
    f.para(f"{c.muni[0]}, {b.dlong(date)}", align="r")
    f.signature([worker, f"Trabajador/a social, colegiado/a n.º {digits(r, 4)}"])
    return fd._done(b, "vulnerability_certificate", c.holder.natural, fd.one_day(date), {"lang": "es"})


FAMILIES = {
    "application_form": {"comb_manuscrito": (form_comb_manuscrito, ES), "pdf_editable": (form_pdf_editable, ES)},
    "passport": {"fotocopia_a4": (passport_fotocopia_a4, ES), "libreta_abierta": (passport_libreta_abierta, ES)},
    "criminal_record": {"consulta_latam": (record_consulta_latam, ES), "casier_fr": (record_casier_fr, ES),
                        "extracto_bilingue": (record_extracto_bilingue, ES)},
    "apostille": {"electronica": (apostille_electronica, ES), "sello_dorso": (apostille_sello_dorso, ES)},
    "translation": {"jurada": (translation_jurada, ES), "jurada_sellada": (translation_jurada_sellada, ES)},
    "fee_form": {"sede_nrc": (fee_sede_nrc, ES), "impreso_validado": (fee_impreso_validado, ES)},
    "protection_application": {"tarjeta_roja": (protection_tarjeta_roja, ES),
                               "resolucion": (protection_resolucion, ES)},
    "employment_contract": {"oferta_hogar": (job_oferta_hogar, ES), "contrato_sepe": (job_contrato_sepe, ES),
                            "cuenta_propia": (self_employment_declaracion, ES)},
    "vulnerability_certificate": {"serveis_socials_ca": (vuln_serveis_socials_ca, ES),
                                  "informe_social": (vuln_informe_social_es, ES)},
}
# Ride along with a family, never a requirement's own family: the annexes and the
# request (the 'requested' scenario) and an ID card beside the passport.
EXTRA = {"annex": annex_i, "record_request": record_request, "identity_card": identity_card}
# Which criminal-record family and which apostille family a country's papers take.
RECORD_OF = {"latam": "consulta_latam", "fr": "casier_fr", "en": "extracto_bilingue"}
APOSTILLE_OF = {"e_apostilla": "electronica", "tampon": "sello_dorso", "legalizacion": "sello_dorso"}
CONTRACTS = ("oferta_hogar", "contrato_sepe")


# ------------------------------------------------------------ cases
_pick = dossier_plan.picker(FAMILIES, SPLIT)


def _record_and_legalisation(info):
    # A stamp on the back may come as the certificate's second page; an
    # e-Apostille is its own file.
    apos = APOSTILLE_OF[info["legal"]]
    return RECORD_OF[info["record"]], apos, apos == "sello_dorso"


def plan_case(rng, splits, scenario):
    """dossier_plan.plan_case with this set's families; the country decides the
    certificate's and the apostille's layout, as in life."""
    return dossier_plan.plan_case(rng, splits, scenario, COUNTRIES, _pick,
                                  _record_and_legalisation, CONTRACTS)


_builder = dossier_plan.builder(FAMILIES, EXTRA)


def make_case(out, case_id, seed, splits, scenario, dpi=200):
    """OUT/cases/<id>/ and OUT/truth/<id>.json in fam_dossier.make_case's format."""
    rng = random.Random(f"dossier5:{seed}:{case_id}")
    plan = plan_case(rng, splits, scenario)
    country = plan["country"]
    info = COUNTRIES[country]
    given = rng.choice(info["given"])
    surnames = rng.sample(info["sur"], 2 if info["two"] else 1)
    person = td.Person(given, surnames)
    sex = "F" if given in ("Luz Adriana", "Leidy Johana", "Flor de María", "Yesenia", "Génesis", "Marialejandra",
                           "Dilcia", "Karla Yamileth", "Khadija", "Naima", "Fatou", "Aminata", "Sana", "Rabia",
                           "Iryna", "Yuliia", "Tamar", "Mariam") else "M"
    sub = dt.date(2026, rng.randint(4, 6), rng.randint(1, 28))
    birth = dt.date(rng.randint(1970, 2002), rng.randint(1, 12), rng.randint(1, 28))
    catalan = any(f == "vulnerability_certificate/serveis_socials_ca" for f, _ in plan["docs"])
    muni = rng.choice([m for m in td.MUNICIPALITIES if m[2] == ("ca" if catalan else "es")])
    number = (rng.choice(["", "A", "AB", "FA", "EP"]) + digits(rng, 7 if country != "Venezuela" else 9))[:9]
    ids = {"passport": number, "nat": info["code"], "country": country, "sex": sex,
           "expiry": dt.date(rng.choice([2024, 2028, 2030, 2033]), rng.randint(1, 12), rng.randint(1, 28)),
           "personal": _personal_number(rng, country, birth), "apostille_days": rng.randint(1, 6),
           "card": f"{rng.choice(['', 'C', 'BE'])}{digits(rng, 8)}"[:9]}
    nie = td.nie(rng) if plan["has_nie"] else None
    if nie:
        ids["nie"] = nie
    ids["signed"] = sub - DAY * rng.randint(0, 5)
    # Neutral file names, as a volunteer's scanner or phone writes them.
    def file_name(rng, i, ext):
        return f"{rng.choice(['scan', 'doc', 'IMG', 'documento'])}_{i + 1:02d}.{ext}"

    return dossier_plan.write_case(out, case_id, rng, plan, split=SPLIT, scenario=scenario, country=country,
                                   person=person, ids=ids, nie=nie, sub=sub, birth=birth, muni=muni,
                                   builder=_builder, file_name=file_name, ctx_class=Ctx, dpi=dpi)
