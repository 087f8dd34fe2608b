"""held_out_10: a sixth blind set of template families of the dossier's documents (issue 20).

Written without reading the reader (src/, models/), from what the papers of eight
states no earlier set has look like: Equatorial Guinea (Spanish), Ethiopia (English
under an Amharic heading), Mauritania and Côte d'Ivoire (French), none of them a
party to the 1961 Hague convention, so their certificates are legalised by their
foreign ministry and then by the Spanish embassy; Cabo Verde (Portuguese) and
Serbia (Cyrillic, which the OCR does not read: it comes with its sworn
translation), whose apostille is a rubber stamp filled in by hand; and Türkiye
(the e-Devlet print of the adli sicil kaydı) and Uzbekistan (the my.gov.uz
ma'lumotnoma), whose apostille is printed, with a control number.

How the pile arrives: the record with its apostille stamped at the foot of the
same page or on its back; a translation that repeats the certificate's data in a
table, or a paginated sworn translation with the translator's stamp on every
page; the 790-052 printed from the AEAT site with the bank's "justificante de
pago" beside it, or filled by hand and validated by the bank's printer; the EX
form printed by the sede's generator with the pathway box ticked by hand, its
generator print with a barcode, or filled by hand and only partly; the passport
as a crop of the data page, a PDF of every page, a phone photo seen in
perspective, or an A4 grey photocopy two booklet pages to a sheet; protection
papers of several stages (the police's manifestación de voluntad, the OAR's
interview summons, the red card with its renewal stamps); contracts and offers
from farms, households, restaurants and care homes, and a self-employment
declaration.

`make_case` writes one case in fam_dossier.make_case's truth format (same
scenarios, short_contract included), drawing only this module's families, so
gen_corpus.py --dossier --families held_out_10 shows nothing tuned on.
"""
import datetime as dt
import math
import random

from . import dossier_plan
from . import fam_dossier as fd
from . import textdata as td
from .doctypes import B, Ctx
from .famkit import qr_modules
from .layout import text_width

SPLIT = "held_out_10"
ES = ("es",)
INK = (20, 35, 150)        # ballpoint
STAMP_V = (95, 35, 130)    # violet rubber stamp
STAMP_R = (175, 25, 35)
STAMP_B = (25, 70, 160)
TEAL = (0, 95, 110)
GREY = (90, 90, 90)

MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]

# code, certificate language, legalisation, record family, TD1 card code or None, names, nationality word.
# Equatorial Guinea, Ethiopia, Mauritania and Côte d'Ivoire are not parties to the Hague convention of
# 1961: their foreign ministry legalises and the Spanish embassy (Malabo, Adís Abeba, Nuakchot, Abiyán)
# legalises the ministry's signature. Cabo Verde and Serbia stamp a rubber-stamp apostille filled by
# hand; Türkiye and Uzbekistan print theirs with a control number.
COUNTRIES = {
    "Guinea Ecuatorial": dict(code="GNQ", lang="es", legal="chain", record="antecedentes_malabo", td1=None,
                              given=["Milagrosa", "Teodoro", "Crescencia", "Santiago"],
                              sur=["Nsue", "Mba", "Ondo", "Esono", "Ela", "Bacale"], two=True,
                              nat="ECUATOGUINEANA"),
    "Cabo Verde": dict(code="CPV", lang="pt", legal="stamp", record="registo_criminal_praia", td1=None,
                       given=["Djenifer", "Adilson", "Nilda", "Elton"],
                       sur=["Tavares", "Semedo", "Fortes", "Monteiro", "Varela"], two=True, nat="CABO-VERDIANA"),
    "Turquía": dict(code="TUR", lang="tr", legal="printed", record="adli_sicil_edevlet", td1="I<",
                    given=["Elif", "Mehmet Ali", "Zeynep", "Emre"],
                    sur=["Yılmaz", "Demir", "Şahin", "Çelik", "Aydın"], two=False, nat="T.C. / TUR"),
    "Serbia": dict(code="SRB", lang="sr", legal="stamp", record="uverenje_mup_beograd", td1="ID",
                   given=["Milica", "Nemanja", "Jelena", "Stefan"],
                   sur=["Jovanović", "Petrović", "Nikolić", "Marković"], two=False, nat="SRPSKO / SERBIAN"),
    "Etiopía": dict(code="ETH", lang="en", legal="chain", record="clearance_federal_police", td1=None,
                    given=["Hiwot", "Dawit", "Selamawit", "Yonas"],
                    sur=["Tesfaye", "Bekele", "Girma", "Alemu", "Haile"], two=False, nat="ETHIOPIAN"),
    "Mauritania": dict(code="MRT", lang="fr", legal="chain", record="casier_nouakchott", td1=None,
                       given=["Mariem", "Sidi Mohamed", "Aïchetou", "Cheikh"],
                       sur=["Ba", "Sy", "Kane", "Diallo", "Ould Ahmed"], two=False, nat="MAURITANIENNE"),
    "Uzbekistán": dict(code="UZB", lang="uz", legal="printed", record="malumotnoma_mygov", td1="ID",
                       given=["Dilnoza", "Jasur", "Malika", "Sardor"],
                       sur=["Yusupov", "Karimov", "Tursunov", "Rashidov"], two=False, nat="OʻZBEKISTON / UZB"),
    "Costa de Marfil": dict(code="CIV", lang="fr", legal="chain", record="bulletin3_abidjan", td1="ID",
                            given=["Adjoua", "Kouassi", "Aya", "Yao"],
                            sur=["Koné", "Kouamé", "Bamba", "Ouattara", "Nguessan"], two=False, nat="IVOIRIENNE"),
}
FEMALE = {"Milagrosa", "Crescencia", "Djenifer", "Nilda", "Elif", "Zeynep", "Milica", "Jelena", "Hiwot",
          "Selamawit", "Mariem", "Aïchetou", "Dilnoza", "Malika", "Adjoua", "Aya"}
LANG_ES = {"pt": "portugués", "tr": "turco", "sr": "serbio", "en": "inglés", "fr": "francés", "uz": "uzbeko"}
STATE = {"Guinea Ecuatorial": "REPÚBLICA DE GUINEA ECUATORIAL", "Cabo Verde": "REPÚBLICA DE CABO VERDE",
         "Turquía": "TÜRKİYE CUMHURİYETİ", "Serbia": "REPUBLIKA SRBIJA", "Etiopía": "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA",
         "Mauritania": "RÉPUBLIQUE ISLAMIQUE DE MAURITANIE", "Uzbekistán": "OʻZBEKISTON RESPUBLIKASI",
         "Costa de Marfil": "RÉPUBLIQUE DE CÔTE D'IVOIRE"}
STATE_ES = {"Guinea Ecuatorial": "República de Guinea Ecuatorial", "Cabo Verde": "República de Cabo Verde",
            "Turquía": "República de Turquía", "Serbia": "República de Serbia",
            "Etiopía": "República Democrática Federal de Etiopía", "Mauritania": "República Islámica de Mauritania",
            "Uzbekistán": "República de Uzbekistán", "Costa de Marfil": "República de Côte d'Ivoire"}
PASS_WORD = {"Guinea Ecuatorial": "PASAPORTE / PASSEPORT / PASSPORT", "Cabo Verde": "PASSAPORTE / PASSPORT",
             "Turquía": "PASAPORT / PASSPORT", "Serbia": "PASOŠ / ПАСОШ / PASSPORT",
             "Etiopía": "ፓስፖርት / PASSPORT", "Mauritania": "جواز سفر / PASSEPORT / PASSPORT",
             "Uzbekistán": "PASPORT / PASSPORT", "Costa de Marfil": "PASSEPORT / PASSPORT"}
CITY = {"Guinea Ecuatorial": "Malabo", "Cabo Verde": "Praia", "Turquía": "Ankara", "Serbia": "Beograd",
        "Etiopía": "Addis Ababa", "Mauritania": "Nouakchott", "Uzbekistán": "Toshkent", "Costa de Marfil": "Abidjan"}
BIRTHPLACE = {"Guinea Ecuatorial": ["MALABO", "BATA", "EBEBIYÍN"], "Cabo Verde": ["PRAIA", "MINDELO", "ASSOMADA"],
              "Turquía": ["ANKARA", "İZMİR", "GAZİANTEP"], "Serbia": ["BEOGRAD", "NIŠ", "NOVI SAD"],
              "Etiopía": ["ADDIS ABABA", "BAHIR DAR", "HAWASSA"], "Mauritania": ["NOUAKCHOTT", "KAÉDI", "ROSSO"],
              "Uzbekistán": ["TOSHKENT", "SAMARQAND", "FARG'ONA"], "Costa de Marfil": ["ABIDJAN", "BOUAKÉ", "DALOA"]}
# The names in Cyrillic, as the Serbian police's certificate prints them.
CYRILLIC = {"Milica": "Милица", "Nemanja": "Немања", "Jelena": "Јелена", "Stefan": "Стефан",
            "Jovanović": "Јовановић", "Petrović": "Петровић", "Nikolić": "Николић", "Marković": "Марковић"}
# Who legalises: the apostille's authority, or the foreign ministry and the Spanish embassy of the chain.
APOS_AUTH = {"Cabo Verde": "Ministério dos Negócios Estrangeiros e Comunidades, Praia",
             "Serbia": "Prvi osnovni sud u Beogradu",
             "Turquía": "T.C. Ankara Valiliği",
             "Uzbekistán": "Oʻzbekiston Respublikasi Adliya vazirligi, Toshkent"}
CHAIN = {"Guinea Ecuatorial": ("MINISTERIO DE ASUNTOS EXTERIORES Y COOPERACIÓN", "Sección de Legalizaciones",
                               "Legalizada la firma que antecede de D./Dña.", "Malabo",
                               "Embajada de España en Malabo"),
         "Etiopía": ("MINISTRY OF FOREIGN AFFAIRS", "Authentication and Legalization Directorate",
                     "The signature and seal of the above official are authenticated:", "Addis Ababa",
                     "Embajada de España en Adís Abeba"),
         "Mauritania": ("MINISTÈRE DES AFFAIRES ÉTRANGÈRES, DE LA COOPÉRATION ET DES MAURITANIENS DE L'EXTÉRIEUR",
                        "Service des Légalisations", "Vu pour la légalisation matérielle de la signature de",
                        "Nouakchott", "Embajada de España en Nuakchot"),
         "Costa de Marfil": ("MINISTÈRE DES AFFAIRES ÉTRANGÈRES, DE L'INTÉGRATION AFRICAINE ET DE LA DIASPORA",
                             "Direction des Affaires Juridiques — Bureau des Légalisations",
                             "Vu pour légalisation de la signature de", "Abidjan", "Embajada de España en Abiyán")}
SIGNER = {"Guinea Ecuatorial": "Jesús Ndong Abeso", "Cabo Verde": "Maria do Céu Lima",
          "Turquía": "Adli Sicil Müdürlüğü", "Serbia": "Драган Илић", "Etiopía": "Commander Tadesse Worku",
          "Mauritania": "Le Greffier en chef", "Uzbekistán": "IIV Axborot markazi",
          "Costa de Marfil": "Le Greffier en Chef, Me Konan Brou"}
ISSUER_OF_RECORD = {"Guinea Ecuatorial": "Ministerio de Justicia, Culto e Instituciones Penitenciarias",
                    "Cabo Verde": "Direção-Geral dos Registos, Notariado e Identificação",
                    "Turquía": "Adalet Bakanlığı Adli Sicil ve İstatistik Genel Müdürlüğü",
                    "Serbia": "Министарство унутрашњих послова", "Etiopía": "Federal Police Commission",
                    "Mauritania": "Tribunal de la Wilaya de Nouakchott-Ouest",
                    "Uzbekistán": "Ichki ishlar vazirligi", "Costa de Marfil": "Tribunal de Première Instance d'Abidjan-Plateau"}


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def letters(r, n):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _done(b, type_, holder, facts):
    doc = b.done(type_, holder, [])
    doc.facts = facts
    return doc


def _info(c):
    return COUNTRIES[c.ids["country"]]


def _sur(c):
    return " ".join(c.holder.surnames)


def _d(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _es(d):
    return f"{d.day} de {MES[d.month - 1]} de {d.year}"


def _fit(page, x, y, s, font, size, width, align="l", color=(0, 0, 0)):
    """Set s at most `width` mm wide, shrinking the size when it would be wider."""
    w = text_width(s, font, size)
    if w > width:
        size = size * width / w
    page.text(x, y, s, font, size, align, color)


def _ring(page, cx, cy, r_, col, width=0.5, n=36):
    pts = [(cx + r_ * math.cos(2 * math.pi * k / n), cy + r_ * math.sin(2 * math.pi * k / n)) for k in range(n + 1)]
    for (a, b_), (c_, d_) in zip(pts, pts[1:]):
        page.line(a, b_, c_, d_, width, col)


def _round_stamp(page, cx, cy, r_, top, mid, col):
    """A round rubber stamp: an outer ring, an inner ring, the issuer's words inside, a star in the middle."""
    _ring(page, cx, cy, r_, col, 0.7)
    _ring(page, cx, cy, r_ * 0.68, col, 0.35)
    _fit(page, cx, cy - r_ * 0.78, top, "dejavu-b", 4.6, r_ * 1.5, "c", col)
    _fit(page, cx, cy + r_ * 0.9, top, "dejavu", 4.0, r_ * 1.3, "c", col)
    _fit(page, cx, cy + 1.2, mid, "dejavu-b", 5.2, r_ * 1.2, "c", col)


def _rect_stamp(page, x, y, w, rows, col, size=6.2, bold_first=True):
    lh = size * 0.3528 * 1.5
    h = lh * len(rows) + 2.5
    page.rect(x, y, w, h, 0.8, col)
    for i, s in enumerate(rows):
        _fit(page, x + 2, y + 1.2 + lh * (i + 0.85), s, "dejavu-b" if (i == 0 and bold_first) else "dejavu",
             size, w - 4, "l", col)
    return h


def _signature(page, x, y, r, col=INK, span=26):
    """A hand signature: a loop and a tail."""
    px, py = x, y
    for k in range(9):
        nx = px + span / 9
        ny = y + math.sin(k * 1.7 + r.random()) * 2.6
        page.line(px, py, nx, ny, 0.5, col)
        px, py = nx, ny
    page.line(x + 2, y + 3.2, x + span * 0.8, y + 2.2, 0.4, col)


def _hand_x(page, x, y, size=4.0, col=INK):
    """A cross ticked by hand in a box whose top left corner is (x, y)."""
    page.line(x + 0.6, y + 0.8, x + size - 0.4, y + size - 0.3, 0.6, col)
    page.line(x + size - 0.5, y + 0.5, x + 0.9, y + size - 0.2, 0.6, col)


def _written(page, x, y, s, r, width, size=9.5, col=INK):
    """Words written by hand: a script-like face, each word a little off the line and a little slanted in size."""
    font = r.choice(["free_serif", "lib_serif", "dejavu_serif"])
    pos = x
    for word in s.split():
        sz = size * (0.88 + r.random() * 0.24)
        w = text_width(word, font, sz)
        room = x + width - pos
        if w > room:
            sz *= max(0.35, room / max(w, 0.1))
            w = text_width(word, font, sz)
        page.text(pos, y + (r.random() - 0.5) * 1.4, word, font, sz, "l", col)
        pos += w + 1.2 + r.random() * 0.8


def _barcode(page, x, y, w, h, seed):
    r = random.Random(seed)
    pos = x
    while pos < x + w - 1:
        bw = r.choice([0.25, 0.25, 0.5, 0.75])
        if r.random() < 0.55:
            page.block(pos, y, bw, h, (0, 0, 0))
        pos += bw + 0.25


# ------------------------------------------------------------ machine-readable zones
def _mrz_name(s):
    return td.strip_accents(s).upper().replace("-", " ").replace("'", "").replace("ʻ", "").replace(" ", "<")


def zone_td3(c, wrong=None):
    """ICAO 9303 TD3 of the holder; `wrong` (birth, expiry, number, composite) names the one check
    digit printed off by 7; the composite is computed over the line as printed."""
    cd = fd.check_digit
    bad = lambda d: str((int(d) + 7) % 10)
    nat = c.ids["nat"]
    one = ("P<" + nat + _mrz_name(_sur(c)) + "<<" + _mrz_name(c.holder.given)).ljust(44, "<")[:44]
    num = c.ids["passport"].ljust(9, "<")[:9]
    born, ends = c.birth.strftime("%y%m%d"), c.ids["expiry"].strftime("%y%m%d")
    checks = {"number": cd(num), "birth": cd(born), "expiry": cd(ends)}
    if wrong in checks:
        checks[wrong] = bad(checks[wrong])
    opt = c.ids.get("personal", "").ljust(14, "<")[:14]
    two = num + checks["number"] + nat + born + checks["birth"] + c.ids["sex"] + ends + checks["expiry"] + opt + cd(opt)
    comp = cd(two[0:10] + two[13:20] + two[21:43])
    return one, two + (bad(comp) if wrong == "composite" else comp)


# ------------------------------------------------------------ application forms
FORM_NAME = {"EX-31": ("SOLICITUD DE AUTORIZACIÓN DE RESIDENCIA Y TRABAJO — PERSONAS SOLICITANTES DE "
                       "PROTECCIÓN INTERNACIONAL", "Disposición adicional vigésima del Reglamento (RD 316/2026)"),
             "EX-32": ("SOLICITUD DE AUTORIZACIÓN DE RESIDENCIA Y TRABAJO — REGULARIZACIÓN EXTRAORDINARIA",
                       "Disposición adicional vigésima primera del Reglamento (RD 316/2026)")}


def _form_rows(c, r, blanks=()):
    sur = c.holder.surnames
    rows = [[("PASAPORTE", c.ids["passport"], 0.34), ("N.I.E.", c.ids.get("nie", ""), 0.3),
             ("SEXO", c.ids["sex"] == "F" and "M" or "H", 0.12), ("ESTADO CIVIL", r.choice(["S", "C", "S"]), 0.24)],
            [("1er APELLIDO", sur[0].upper(), 0.5), ("2º APELLIDO", sur[1].upper() if len(sur) > 1 else "", 0.5)],
            [("NOMBRE", c.holder.given.upper(), 0.5), ("FECHA DE NACIMIENTO", _d(c.birth), 0.25),
             ("NACIONALIDAD", c.ids["country"].upper(), 0.25)],
            [("NOMBRE DEL PADRE", r.choice(["JOSÉ", "AHMED", "IBRAHIM", "PAULO", "MILAN", "BEKELE"]), 0.5),
             ("NOMBRE DE LA MADRE", r.choice(["MARÍA", "FATIMA", "ANA", "ZORA", "AISHA", "ALMAZ"]), 0.5)],
            [("DOMICILIO EN ESPAÑA", c.home[0].upper(), 0.7), ("C.P.", c.muni[1] if len(c.muni) > 1 and
                                                               str(c.muni[1]).isdigit() else digits(r, 5), 0.3)],
            [("LOCALIDAD", c.muni[0].upper(), 0.5), ("TELÉFONO MÓVIL", "6" + digits(r, 8), 0.25),
             ("E-MAIL", "", 0.25)]]
    for (i, j) in blanks:
        name, _, w = rows[i][j]
        rows[i][j] = (name, "", w)
    return rows


def _ex_top(f, form, copy):
    page = f.page
    page.rect(f.left, f.y, 34, 13, 0, fill=(200, 30, 40))
    page.text(f.left + 17, f.y + 5.5, "GOBIERNO", "dejavu-b", 7, "c", (255, 255, 255))
    page.text(f.left + 17, f.y + 9.5, "DE ESPAÑA", "dejavu-b", 7, "c", (255, 255, 255))
    page.text(f.left + 37, f.y + 5, "MINISTERIO DE INCLUSIÓN,", "dejavu", 6.5)
    page.text(f.left + 37, f.y + 8.3, "SEGURIDAD SOCIAL Y MIGRACIONES", "dejavu", 6.5)
    page.text(f.left + 37, f.y + 11.6, "Secretaría de Estado de Migraciones", "dejavu", 5.5)
    page.text(f.right, f.y + 9, form, "dejavu-b", 18, "r")
    page.text(f.right, f.y + 13, copy, "dejavu", 5.5, "r")
    f.y += 17
    name, da = FORM_NAME[form]
    page.rect(f.left, f.y, f.width, 12, 0.4, fill=(235, 235, 235))
    _fit(page, f.left + f.width / 2, f.y + 5, name, "dejavu-b", 7.5, f.width - 4, "c")
    _fit(page, f.left + f.width / 2, f.y + 9.5, da, "dejavu", 6.5, f.width - 4, "c")
    f.y += 15


def _ex_body(f, c, r, form, put, rows, tick):
    """Section 1 as rows of boxes of the real form's widths; the pathway box (section 3) ticked by `tick`."""
    page = f.page
    page.rect(f.left, f.y, f.width, 5, 0, fill=(60, 60, 60))
    page.text(f.left + 2, f.y + 3.7, "1. DATOS DE LA PERSONA EXTRANJERA SOLICITANTE", "dejavu-b", 7, "l", (255, 255, 255))
    f.y += 6
    for row in rows:
        x = f.left
        for name, val, w in row:
            ww = w * f.width
            page.rect(x, f.y, ww, 10, 0.3)
            page.text(x + 1, f.y + 2.6, name, "dejavu", 5)
            if val:
                put(page, x + 1.8, f.y + 8.3, val, ww - 3.5)
            x += ww
        f.y += 10
    f.y += 3
    page.rect(f.left, f.y, f.width, 5, 0, fill=(60, 60, 60))
    page.text(f.left + 2, f.y + 3.7, "2. DATOS DEL/DE LA REPRESENTANTE (en su caso)", "dejavu-b", 7, "l", (255, 255, 255))
    f.y += 6
    page.rect(f.left, f.y, f.width * 0.6, 10, 0.3)
    page.text(f.left + 1, f.y + 2.6, "NOMBRE / RAZÓN SOCIAL", "dejavu", 5)
    page.rect(f.left + f.width * 0.6, f.y, f.width * 0.4, 10, 0.3)
    page.text(f.left + f.width * 0.6 + 1, f.y + 2.6, "DNI / NIE / PAS", "dejavu", 5)
    f.y += 13
    page.rect(f.left, f.y, f.width, 5, 0, fill=(60, 60, 60))
    page.text(f.left + 2, f.y + 3.7, "3. SUPUESTO POR EL QUE SE SOLICITA", "dejavu-b", 7, "l", (255, 255, 255))
    f.y += 9
    _, da = FORM_NAME[form]
    opts = ([("Haber solicitado protección internacional antes del 1 de enero de 2026", True)] if form == "EX-31" else
            [("Contrato de trabajo / oferta de empleo / actividad por cuenta propia", True),
             ("Unidad familiar con menores o ascendientes a cargo", False),
             ("Situación de vulnerabilidad acreditada por servicios sociales o entidad", False)])
    lead = r.randrange(len(opts))
    for i, (s, _) in enumerate(opts):
        page.rect(f.left + 2, f.y - 3.2, 4, 4, 0.35)
        page.text(f.left + 8, f.y, s, "dejavu", 7)
        if i == lead:
            tick(page, f.left + 2, f.y - 3.2)
        f.y += 6
    page.text(f.left + 2, f.y, da, "dejavu", 6, "l", GREY)
    f.y += 6
    f.para("DECLARO, bajo mi responsabilidad, que son ciertos los datos que consigno y que no tengo antecedentes "
           "penales en España ni en los países en que he residido en los últimos cinco años.", f.base * 0.72)


def form_casilla_a_mano(ctx, form="EX-32", date=None, **_):
    """The form typed by the sede's generator and printed, then the pathway box ticked by hand in
    blue ballpoint and signed; place and date typed at the foot."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    _ex_top(f, form, "EJEMPLAR PARA LA ADMINISTRACIÓN")
    typed = lambda p, x, y, s, w: _fit(p, x, y, s, "lib_mono", 8.5, w)
    _ex_body(f, c, r, form, typed, _form_rows(c, r), lambda p, x, y: _hand_x(p, x, y))
    f.y += 4
    when = date or dt.date(2026, 4, 20)
    f.text(f"En {c.muni[0]}, a {_es(when)}", f.base * 0.85)
    _signature(f.page, f.right - 60, f.y + 8, r)
    f.y += 14
    f.text("FIRMA DEL/DE LA SOLICITANTE", f.base * 0.7, x=f.right - 62)
    f.footer([f"Modelo {form} — Impreso generado electrónicamente"])
    return _done(b, "application_form", c.holder.natural, {"form": form})


def form_generador_barras(ctx, form="EX-32", date=None, **_):
    """The generator's own print: a barcode and the form's control number at the top, the values
    typed in a sans face and the ticks typed as X; sheet 1 the data, sheet 2 the consent and the
    signature, "Hoja n de 2" at the foot."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    ref = digits(r, 13)
    _barcode(f.page, f.right - 60, f.y, 60, 7, ref)
    f.page.text(f.right - 30, f.y + 10, f"N.º de impreso {ref}", "lib_mono", 7, "c")
    f.y += 12
    _ex_top(f, form, "EJEMPLAR PARA EL/LA INTERESADO/A")
    typed = lambda p, x, y, s, w: _fit(p, x, y, s, "lib_sans-b", 8.5, w, "l", (10, 10, 10))
    _ex_body(f, c, r, form, typed, _form_rows(c, r, blanks=[(3, 0), (3, 1), (5, 2)]),
             lambda p, x, y: p.text(x + 2, y + 3.4, "X", "lib_sans-b", 9, "c"))
    f.footer([f"Hoja 1 de 2 — {form} — {ref}"])
    f.new_page()
    f.text("4. CONSENTIMIENTO PARA LA COMPROBACIÓN DE DATOS", f.base * 0.9, True)
    f.para("La Administración consultará los datos de identidad, residencia y antecedentes penales salvo que la "
           "persona interesada se oponga expresamente.", f.base * 0.8)
    f.text("[  ] ME OPONGO a la consulta y aporto los documentos", f.base * 0.8)
    when = date or dt.date(2026, 4, 20)
    f.space(4)
    f.text(f"Lugar y fecha: {c.muni[0].upper()}  {_d(when)}", f.base * 0.85)
    _signature(f.page, f.left + 10, f.y + 10, r)
    f.y += 16
    f.text(f"Fdo.: {c.holder.natural}", f.base * 0.85)
    f.footer([f"Hoja 2 de 2 — {form} — {ref}"])
    return _done(b, "application_form", c.holder.natural, {"form": form})


def form_manuscrito_parcial(ctx, form="EX-32", date=None, **_):
    """The blank form photocopied on a grey machine and filled in by hand in capitals, several boxes
    left empty (the NIE, the parents' names, e-mail, sometimes the postcode); the date written in."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    tone = r.choice([(232, 232, 232), (224, 224, 224)])
    f.page.rect(0, 0, 210, 297, 0, tone, fill=tone)
    _ex_top(f, form, "EJEMPLAR PARA LA ADMINISTRACIÓN")
    blanks = [(0, 1), (3, 0), (3, 1), (5, 2)] + ([(4, 1)] if r.random() < 0.5 else []) + \
        ([(0, 3)] if r.random() < 0.5 else [])
    hand = lambda p, x, y, s, w: _written(p, x, y, s, r, w, 9.5)
    _ex_body(f, c, r, form, hand, _form_rows(c, r, blanks=blanks), lambda p, x, y: _hand_x(p, x, y))
    f.y += 6
    if date:
        _written(f.page, f.left + 4, f.y, f"{c.muni[0]} {date.day}-{date.month}-{date.year}", r, 70)
    _signature(f.page, f.right - 55, f.y - 2, r)
    f.y += 7
    f.text("Firma", f.base * 0.7, x=f.right - 55)
    return _done(b, "application_form", c.holder.natural, {"form": form})


# ------------------------------------------------------------ passports
LABELS = {
    "es": ["Apellidos / Surnames", "Nombres / Given names", "Nacionalidad / Nationality", "Fecha de nacimiento / Date of birth",
           "Sexo / Sex", "Lugar de nacimiento / Place of birth", "Expedición / Date of issue", "Caducidad / Date of expiry"],
    "pt": ["Apelido / Surname", "Nome / Given names", "Nacionalidade / Nationality", "Data de nascimento / Date of birth",
           "Sexo / Sex", "Local de nascimento / Place of birth", "Data de emissão / Date of issue",
           "Válido até / Date of expiry"],
    "tr": ["Soyadı / Surname", "Adı / Given names", "Uyruğu / Nationality", "Doğum tarihi / Date of birth",
           "Cinsiyeti / Sex", "Doğum yeri / Place of birth", "Veriliş tarihi / Date of issue",
           "Geçerlilik tarihi / Date of expiry"],
    "sr": ["Prezime / Surname", "Ime / Given names", "Državljanstvo / Nationality", "Datum rođenja / Date of birth",
           "Pol / Sex", "Mesto rođenja / Place of birth", "Datum izdavanja / Date of issue", "Važi do / Date of expiry"],
    "fr": ["Nom / Surname", "Prénoms / Given names", "Nationalité / Nationality", "Date de naissance / Date of birth",
           "Sexe / Sex", "Lieu de naissance / Place of birth", "Date de délivrance / Date of issue",
           "Date d'expiration / Date of expiry"],
    "uz": ["Familiyasi / Surname", "Ismi / Given names", "Fuqaroligi / Nationality", "Tugʻilgan sanasi / Date of birth",
           "Jinsi / Sex", "Tugʻilgan joyi / Place of birth", "Berilgan sanasi / Date of issue",
           "Amal qilish muddati / Date of expiry"],
    "en": ["Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
           "Date of expiry"],
}
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _pdate(country, d):
    if country in ("Turquía", "Serbia", "Uzbekistán"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d} {MON3[d.month - 1]} {d.year}"


def _data_page(page, c, x0, y0, wrong, mono, w=125.0, h=88.0, warp=None, tint=(246, 244, 236)):
    """The booklet's data page at (x0, y0), w by h mm: state and document word, the photo on the
    left, eight fields, type/code/number on top, the two lines of the zone at the foot. `warp(x, y)`
    maps a point of the flat page to where a tilted photo shows it and gives the size factor there."""
    warp = warp or (lambda x, y: (x, y, 1.0))
    r = c.rng
    country = c.ids["country"]
    info = _info(c)
    lab = LABELS.get(info["lang"], LABELS["en"])

    def put(x, y, s, font, size, width, align="l", col=(0, 0, 0)):
        X, Y, k = warp(x0 + x, y0 + y)
        _fit(page, X, Y, s, font, size * k, width * k, align, col)
    corners = [warp(x0, y0), warp(x0 + w, y0), warp(x0 + w, y0 + h), warp(x0, y0 + h)]
    for (ax, ay, _), (bx, by, _) in zip(corners, corners[1:] + corners[:1]):
        page.line(ax, ay, bx, by, 0.45)
    if tint and warp(0, 0) == (0, 0, 1.0):
        page.rect(x0, y0, w, h, 0, fill=tint)
    lang_font = "free_serif-b" if country == "Etiopía" else "dejavu-b"
    put(w / 2, 6, STATE[country], "dejavu-b", 8, w - 10, "c")
    put(w / 2, 10.5, PASS_WORD[country], lang_font, 6.2, w - 10, "c")
    put(36, 15.5, "Tipo/Type", "dejavu", 4.5, 18)
    put(36, 19, "P", "dejavu-b", 7, 18)
    put(58, 15.5, "Código/Code", "dejavu", 4.5, 22)
    put(58, 19, c.ids["nat"], "dejavu-b", 7, 22)
    put(w - 5, 15.5, "Pasaporte N°/Passport No.", "dejavu", 4.5, 40, "r")
    put(w - 5, 19.5, c.ids["passport"], "dejavu-b", 8.5, 40, "r", (120, 20, 20))
    px, py, _ = warp(x0 + 5, y0 + 14)
    qx, qy, _ = warp(x0 + 31, y0 + 50)
    page.rect(px, py, max(qx - px, 5), max(qy - py, 5), 0.3, fill=(185, 185, 185))
    issue = c.ids["expiry"].replace(year=c.ids["expiry"].year - 10)
    vals = [_sur(c).upper(), c.holder.given.upper(), info["nat"], _pdate(country, c.birth), c.ids["sex"],
            r.choice(BIRTHPLACE[country]), _pdate(country, issue), _pdate(country, c.ids["expiry"])]
    spots = [(36, 24, 84), (36, 32, 84), (36, 40, 84), (36, 48, 40), (80, 48, 20), (36, 56, 84), (36, 64, 40), (80, 64, 40)]
    for (x, y, width), l_, v in zip(spots, lab, vals):
        put(x, y, l_, "dejavu", 4.3, width)
        put(x, y + 3.8, v, "dejavu-b", 7, width)
    put(8, 61, "Firma / Signature", "dejavu", 4.3, 24)
    size = (w - 8) / text_width("<" * 44, mono, 1.0)
    for i, ln in enumerate(zone_td3(c, wrong)):
        X, Y, k = warp(x0 + 4, y0 + h - 11.5 + i * 6.4)
        page.text(X, Y, ln, mono, size * k)


def _visa_page(page, x0, y0, w, h, n, r, seen=True):
    page.rect(x0, y0, w, h, 0.35)
    _fit(page, x0 + w / 2, y0 + 6, "VISAS", "dejavu", 6.5, w - 10, "c")
    page.text(x0 + w - 4, y0 + h - 4, str(n), "dejavu", 6, "r")
    if seen and r.random() < 0.55:
        x, y = x0 + 10 + r.random() * (w - 55), y0 + 14 + r.random() * (h - 40)
        page.rect(x, y, 40, 18, 0.7, STAMP_B)
        page.text(x + 20, y + 5, "ESPAÑA ✈ ENTRADA", "dejavu-b", 5.5, "c", STAMP_B)
        page.text(x + 20, y + 10.5, f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice([23, 24, 25])}",
                  "dejavu-b", 7, "c", STAMP_B)
        page.text(x + 20, y + 15.5, r.choice(["MADRID-BARAJAS", "BARCELONA-EL PRAT", "ALGECIRAS"]), "dejavu", 5, "c",
                  STAMP_B)


def _passport(b, c, wrong, pages):
    return _done(b, "passport", f"{_sur(c).upper()} {c.holder.given.upper()}", {"wrong_mrz": wrong, "pages": pages})


def passport_pagina_recortada(ctx, pages=3, wrong=None, **_):
    """The data page cropped by the scanner's software to the booklet's size (no A4 around it), one
    image per booklet page, the crop's edge a hair crooked."""
    b, c, r = B(ctx, size=(136.0, 98.0)), ctx, ctx.rng
    f = b.f
    mono = r.choice(["lib_mono", "dejavu_mono", "free_mono"])
    for k in range(pages):
        if k:
            f.new_page()
        dx, dy = 3 + r.random() * 3, 3 + r.random() * 3
        if k == 0:
            _data_page(f.page, c, dx, dy, wrong, mono)
        else:
            _visa_page(f.page, dx, dy, 125, 88, k + 1, r)
    return _passport(b, c, wrong, pages)


def passport_pdf_todas(ctx, pages=4, wrong=None, **_):
    """A PDF of the booklet page by page, the way a consulate asks for it: the data page first,
    then the cover, then the visa pages, each centred on A4 and numbered in the PDF's footer."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    mono = r.choice(["lib_mono", "free_mono"])
    for k in range(pages):
        if k:
            f.new_page()
        page = f.page
        if k == 0:
            _data_page(page, c, 42.5, 60, wrong, mono)
        elif k == 1:
            page.rect(55, 50, 100, 140, 0, fill=(60, 30, 40) if r.random() < 0.5 else (25, 40, 70))
            _fit(page, 105, 75, STATE[c.ids["country"]], "dejavu-b", 9, 90, "c", (225, 200, 120))
            _ring(page, 105, 115, 16, (225, 200, 120), 0.8)
            _fit(page, 105, 160, PASS_WORD[c.ids["country"]],
                 "free_serif-b" if c.ids["country"] == "Etiopía" else "dejavu-b", 9, 90, "c", (225, 200, 120))
        else:
            _visa_page(page, 42.5, 60, 125, 88, k, r)
            _visa_page(page, 42.5, 150, 125, 88, k + 1, r, seen=False)
        page.text(105, 285, f"{k + 1} / {pages}", "dejavu", 7, "c", GREY)
    return _passport(b, c, wrong, pages)


def passport_movil_perspectiva(ctx, pages=2, wrong=None, **_):
    """A phone photo of the open booklet held at a slant: the page narrower at the far edge than at
    the near one (a trapezoid), everything on it smaller toward the top; a thumb at the edge."""
    b, c, r = B(ctx, size=(160.0, 125.0)), ctx, ctx.rng
    f = b.f
    mono = r.choice(["lib_mono", "dejavu_mono"])
    squeeze = 0.10 + r.random() * 0.08      # how much narrower the far edge is
    bg = r.choice([(70, 55, 45), (45, 50, 60), (105, 95, 80)])
    x0, y0, w, h = 17.0, 22.0, 125.0, 88.0
    cx = x0 + w / 2

    def warp(x, y):
        t = (y - y0) / h                      # 0 at the far edge, 1 at the near one
        k = 1 - squeeze * (1 - t)
        return cx + (x - cx) * k, y0 + (y - y0) * (0.92 + 0.08 * t), k
    for k_ in range(pages):
        if k_:
            f.new_page()
        page = f.page
        page.rect(0, 0, 160, 125, 0, bg, fill=bg)
        page.rect(x0 - 4, y0 - 6, w + 8, h + 10, 0, fill=(232, 228, 215))
        if k_ == 0:
            _data_page(page, c, x0, y0, wrong, mono, warp=warp, tint=None)
        else:
            _visa_page(page, x0, y0, w, h - 4, k_ + 1, r)
        page.ellipse(148, 80 + r.random() * 20, 16, 24, (200, 160, 130))
    return _passport(b, c, wrong, pages)


def passport_fotocopia_dos_paginas(ctx, pages=2, wrong=None, **_):
    """A grey A4 photocopy of the booklet opened flat on the glass, two booklet pages to a sheet:
    on the first sheet the inner cover page above and the data page below; the page's fold a dark
    line, the toner uneven."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    mono = r.choice(["dejavu_mono", "free_mono", "lib_mono"])
    tone = r.choice([(205, 205, 205), (215, 215, 215)])
    for k in range(pages):
        if k:
            f.new_page()
        page = f.page
        page.rect(0, 0, 210, 297, 0, tone, fill=tone)
        page.rect(38, 20, 134, 190, 0, fill=(238, 238, 238))
        page.rect(38, 113.5, 134, 2.5, 0, fill=(70, 70, 70))
        for _ in range(30):
            page.block(r.random() * 205, r.random() * 290, 0.3 + r.random() * 0.5, 0.3 + r.random() * 0.5, (60, 60, 60))
        if k == 0:
            page.rect(42.5, 24, 125, 88, 0.35)
            _fit(page, 105, 40, "Este pasaporte es propiedad del Estado emisor", "dejavu", 6.5, 110, "c", GREY)
            _fit(page, 105, 46, "This passport is the property of the issuing State", "dejavu", 6.5, 110, "c", GREY)
            _data_page(page, c, 42.5, 118, wrong, mono, tint=None)
        else:
            _visa_page(page, 42.5, 24, 125, 88, 2 * k + 1, r)
            _visa_page(page, 42.5, 118, 125, 88, 2 * k + 2, r)
    return _passport(b, c, wrong, pages)


def identity_card_anverso_reverso(ctx, **_):
    """The national ID card photographed front and back side by side on a landscape sheet: Türkiye's
    kimlik kartı, Serbia's lična karta, Uzbekistan's ID card, Côte d'Ivoire's CNI; the TD1 zone on the back."""
    b, c, r = B(ctx, size=(297.0, 210.0)), ctx, ctx.rng
    page = b.f.page
    country = c.ids["country"]
    title = {"Turquía": "KİMLİK KARTI / IDENTITY CARD", "Serbia": "LIČNA KARTA / ЛИЧНА КАРТА / IDENTITY CARD",
             "Uzbekistán": "IDENTIFIKATSIYA ID-KARTASI / IDENTITY CARD",
             "Costa de Marfil": "CARTE NATIONALE D'IDENTITÉ"}[country]
    w, h = 85.6, 54.0
    xs, y0 = (40.0, 160.0), 70.0
    for x in xs:
        page.rect(x, y0, w, h, 0.5, fill=(240, 242, 246))
    x = xs[0]
    _fit(page, x + 3, y0 + 5, STATE[country], "dejavu-b", 6.2, w - 6)
    _fit(page, x + 3, y0 + 9, title, "dejavu", 5, w - 6)
    page.rect(x + 3, y0 + 12, 22, 28, 0.3, fill=(190, 190, 190))
    rows = [("Soyadı / Surname" if country == "Turquía" else "Prezime / Surname" if country == "Serbia" else
             "Nom / Surname" if country == "Costa de Marfil" else "Familiyasi / Surname", _sur(c).upper()),
            ("Adı / Given name(s)" if country == "Turquía" else "Ime / Given name" if country == "Serbia" else
             "Prénoms / Given names" if country == "Costa de Marfil" else "Ismi / Given name", c.holder.given.upper()),
            ("Doğum Tarihi / Date of birth" if country == "Turquía" else "Date of birth", _d(c.birth, ".")),
            ("Seri No / Document No", c.ids["card"])]
    for i, (l_, v) in enumerate(rows):
        _fit(page, x + 28, y0 + 14 + i * 9, l_, "dejavu", 4.4, w - 31)
        _fit(page, x + 28, y0 + 17.7 + i * 9, v, "dejavu-b", 6.5, w - 31)
    x = xs[1]
    _fit(page, x + 3, y0 + 6, f"Geçerlilik / Valid until: {_d(c.ids['card_expiry'], '.')}" if country == "Turquía"
         else f"Date of expiry: {_d(c.ids['card_expiry'], '.')}", "dejavu", 5.5, w - 6)
    zone = fd.mrz_td1(_sur(c), c.holder.given, c.ids["card"], c.ids["nat"], c.birth, c.ids["card_expiry"],
                      sex=c.ids["sex"], code=_info(c)["td1"])
    mono = r.choice(["lib_mono", "dejavu_mono", "free_mono"])
    size = (w - 11) / text_width("<" * 30, mono, 1.0)
    for i, ln in enumerate(zone):
        page.text(x + 4, y0 + 35 + i * 6, ln, mono, size)
    return _done(b, "identity_card", f"{_sur(c).upper()} {c.holder.given.upper()}", {"td1": True})


# ------------------------------------------------------------ apostilles and legalisations
STAMP_LABELS = {
    "pt": ["País", "O presente documento público foi assinado por", "na qualidade de", "tem o selo / carimbo de",
           "em", "em (data)", "por", "sob o n.º", "Selo / carimbo", "Assinatura"],
    "sr": ["Zemlja", "Ova javna isprava je potpisana od", "u svojstvu", "overena je pečatom",
           "u", "dana", "od strane", "pod brojem", "Pečat", "Potpis"],
    "tr": ["Ülke / Country", "İmzalayan / has been signed by", "Sıfatı / acting in the capacity of",
           "Mühür / bears the seal of", "Yer / at", "Tarih / the", "Onaylayan / by", "Sayı / No",
           "Mühür / Seal", "İmza / Signature"],
    "uz": ["Davlat / Country", "Imzolagan / has been signed by", "Lavozimi / acting in the capacity of",
           "Muhri / bears the seal of", "Joyi / at", "Sanasi / the", "Tasdiqlovchi / by", "Raqami / No",
           "Muhr / Seal", "Imzo / Signature"],
}
APOS_WHO = {"Cabo Verde": "Serviço de Identificação Civil e Criminal", "Serbia": "MUP — PU za grad Beograd",
            "Turquía": "Adli Sicil ve İstatistik Genel Müdürlüğü", "Uzbekistán": "Ichki ishlar vazirligi"}


def _apos_when(c, issued):
    return (issued or dt.date(2026, 3, 1)) + dt.timedelta(days=c.ids.get("apostille_days", 4))


def _stamp_apostille(page, c, issued, x0, y0, r):
    """The rubber-stamp apostille (a square of 100 mm), its ten entries printed and the answers
    written in by hand, the authority's round stamp over the signature."""
    country = c.ids["country"]
    lang = _info(c)["lang"]
    col = STAMP_V if country == "Serbia" else STAMP_B
    when = _apos_when(c, issued)
    w = 100
    page.rect(x0, y0, w, 84, 0.9, col)
    page.text(x0 + w / 2, y0 + 7, "APOSTILLE", "dejavu-b", 12, "c", col)
    _fit(page, x0 + w / 2, y0 + 11.5, "(Convention de La Haye du 5 octobre 1961)", "dejavu", 6, w - 6, "c", col)
    answers = [STATE[country], SIGNER[country] if country != "Serbia" else "Dragan Ilić",
               "Conservador/a" if country == "Cabo Verde" else "načelnik odeljenja",
               APOS_WHO[country], CITY[country], _d(when, "."), APOS_AUTH[country].split(",")[0],
               c.ids.get("apostille_no", "0000") + f"/{when.year}", "", ""]
    y = y0 + 17
    for i, (lab, ans) in enumerate(zip(STAMP_LABELS[lang], answers)):
        if i < 8:
            _fit(page, x0 + 3, y, f"{i + 1}. {lab}", "dejavu", 5, 45, "l", col)
            if ans:
                _written(page, x0 + 49, y + 0.3, ans, r, w - 52, 7.5)
            y += 6.2
        else:
            _fit(page, x0 + 3 + (i - 8) * 50, y + 2, f"{i + 1}. {lab}", "dejavu", 5, 45, "l", col)
    _round_stamp(page, x0 + 25, y0 + 72, 9, APOS_AUTH[country].split(",")[0][:30].upper(), "APOSTILLE", col)
    _signature(page, x0 + 60, y0 + 72, r)
    return y0 + 84


def _printed_apostille(page, c, issued, x0, y0, r):
    """The printed apostille (the authority's own print, bilingual entries in a ruled table, a
    control number and a barcode to check it)."""
    country = c.ids["country"]
    lang = _info(c)["lang"]
    when = _apos_when(c, issued)
    w = 150
    page.rect(x0, y0, w, 108, 0.5)
    page.rect(x0, y0, w, 14, 0, fill=(225, 230, 238))
    page.text(x0 + w / 2, y0 + 7, "APOSTILLE", "dejavu-b", 12, "c")
    _fit(page, x0 + w / 2, y0 + 11.5, "(Convention de La Haye du 5 octobre 1961)", "dejavu", 6.5, w - 6, "c")
    answers = [STATE[country], SIGNER[country], "Yetkili memur / Authorised officer" if lang == "tr" else
               "Masʼul xodim / Authorised officer", APOS_WHO[country], CITY[country], _d(when, "."),
               APOS_AUTH[country], c.ids.get("apostille_no", "0000")]
    y = y0 + 14
    for i, (lab, ans) in enumerate(zip(STAMP_LABELS[lang], answers)):
        page.line(x0, y + 8, x0 + w, y + 8, 0.2)
        _fit(page, x0 + 2, y + 5, f"{i + 1}. {lab}", "dejavu", 5.5, 62)
        _fit(page, x0 + 66, y + 5, ans, "dejavu-b", 7, w - 68)
        y += 8
    ctl = f"{letters(r, 2)}{digits(r, 10)}"
    _barcode(page, x0 + 4, y + 4, 60, 9, ctl)
    page.text(x0 + 4, y + 17, f"Kontrol No / Control No: {ctl}", "lib_mono", 7)
    _round_stamp(page, x0 + w - 25, y + 12, 10, APOS_AUTH[country].split(",")[0][:32].upper(), "APOSTILLE", (20, 20, 20))
    return y0 + 108


def _chain_legalisation(page, c, issued, x0, y0, r):
    """A chain: the foreign ministry's rectangular stamp with its fiscal stamp glued beside, then
    the Spanish embassy's, each signed."""
    country = c.ids["country"]
    mfa, office, formula, city, embassy = CHAIN[country]
    when = _apos_when(c, issued)
    h = _rect_stamp(page, x0, y0, 105, [STATE[country], mfa, office, formula, SIGNER[country],
                                        f"{city}, le/el {_d(when)} — N° {digits(r, 6)}"], TEAL, 6)
    page.rect(x0 + 110, y0 + 2, 22, 26, 0.4, fill=(215, 230, 200))
    page.text(x0 + 121, y0 + 12, "TIMBRE", "dejavu-b", 5.5, "c")
    page.text(x0 + 121, y0 + 18, f"{r.choice([2000, 5000, 1000])}", "dejavu-b", 7, "c")
    _signature(page, x0 + 55, y0 + h + 5, r, TEAL)
    y = y0 + h + 16
    later = when + dt.timedelta(days=5 + c.ids.get("apostille_days", 4))
    h2 = _rect_stamp(page, x0 + 8, y, 112,
                     [embassy.upper(), "SECCIÓN CONSULAR — LEGALIZACIONES",
                      "Se legaliza la firma que antecede del Ministerio de Asuntos",
                      f"Exteriores de {STATE_ES[country]}, sin prejuzgar el contenido.",
                      f"{city}, {_es(later)}.   Reg. n.º {digits(r, 4)}/{later.year}",
                      "Tasa percibida: art. 1 Ley 8/1989 — El/La Encargado/a de Legalizaciones"], STAMP_R, 6)
    _round_stamp(page, x0 + 100, y + h2 + 12, 10, embassy.upper()[:34], "ESPAÑA", STAMP_R)
    _signature(page, x0 + 40, y + h2 + 10, r, INK)
    return y + h2 + 24


LEGALISE = {"stamp": _stamp_apostille, "printed": _printed_apostille, "chain": _chain_legalisation}


def apostille_sello_caucho(ctx, issued=None, **_):
    """The rubber-stamp apostille on a sheet of its own, stapled to the certificate: the staple at the
    top left corner, the stamp a little crooked on the sheet."""
    b, c, r = B(ctx), ctx, ctx.rng
    page = b.f.page
    page.line(10, 12, 22, 9, 1.2, (110, 110, 110))
    _stamp_apostille(page, c, issued, 40 + r.random() * 20, 50 + r.random() * 40, r)
    return _done(b, "apostille", None, {"apostille": "stamp"})


def apostille_impresa_control(ctx, issued=None, **_):
    """The printed apostille as its own sheet, with the authority's letterhead above it."""
    b, c, r = B(ctx), ctx, ctx.rng
    page = b.f.page
    country = c.ids["country"]
    _fit(page, 105, 22, STATE[country], "dejavu-b", 11, 170, "c")
    _fit(page, 105, 28, APOS_AUTH[country], "dejavu", 8.5, 170, "c")
    page.line(30, 32, 180, 32, 0.4)
    _printed_apostille(page, c, issued, 30, 42, r)
    return _done(b, "apostille", None, {"apostille": "printed"})


def apostille_legalizacion_cadena(ctx, issued=None, **_):
    """The legalisation chain of a state outside the convention on a sheet of its own (the back of a
    photocopy of the certificate, kept apart)."""
    b, c, r = B(ctx), ctx, ctx.rng
    page = b.f.page
    page.text(105, 22, "LÉGALISATION / LEGALIZACIÓN / LEGALIZATION", "dejavu-b", 10, "c")
    _chain_legalisation(page, c, issued, 32, 36, r)
    return _done(b, "apostille", None, {"apostille": "chain"})


def _legalised(b, c, issued, on_page):
    """The legalisation on the certificate itself: at the foot of its page when there is room,
    else on its back (the scan's page 2)."""
    if not on_page:
        return
    r = c.rng
    legal = _info(c)["legal"]
    need = {"stamp": 88, "printed": 112, "chain": 110}[legal]
    if b.f.y + need < 282 and r.random() < 0.6:
        y0 = max(b.f.y + 4, 282 - need)
    else:
        b.f.new_page()
        y0 = 30
    LEGALISE[legal](b.f.page, c, issued, 30 if legal != "stamp" else 95, y0, r)


# ------------------------------------------------------------ criminal records
def _when(issued):
    return issued or dt.date(2026, 3, 1)


def _record_done(b, c, country, on_page):
    return _done(b, "criminal_record", c.holder.natural,
                 {"country": country, "lang": COUNTRIES[country]["lang"], "apostille": on_page})


def record_antecedentes_malabo(ctx, issued=None, apostille_on_page=False, **_):
    """Equatorial Guinea's Ministry of Justice: "CERTIFICADO DE ANTECEDENTES PENALES", the data in a
    two-column table, "CARECE DE ANTECEDENTES PENALES" in capitals, the fiscal stamp's box."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _when(issued)
    f.text("REPÚBLICA DE GUINEA ECUATORIAL", f.base * 1.1, True, "c")
    f.text("Unidad — Paz — Justicia", f.base * 0.8, False, "c")
    f.text("MINISTERIO DE JUSTICIA, CULTO E INSTITUCIONES PENITENCIARIAS", f.base * 0.8, True, "c")
    f.text("Registro Central de Penados y Rebeldes", f.base * 0.8, False, "c")
    f.space(3)
    f.text(f"N.º de certificado: {digits(r, 5)}/{when.year}", f.base * 0.8, align="r")
    f.text("CERTIFICADO DE ANTECEDENTES PENALES", f.base * 1.2, True, "c")
    f.space(2)
    f.table(["Dato", "Consta"], [["Apellidos", _sur(c).upper()], ["Nombre", c.holder.given.upper()],
                                 ["Fecha de nacimiento", _d(c.birth)],
                                 ["Lugar de nacimiento", r.choice(BIRTHPLACE["Guinea Ecuatorial"]).title()],
                                 ["Pasaporte", c.ids["passport"]]], [0.35, 0.65], f.base * 0.85)
    f.para("Certifico: que consultados los archivos de este Registro Central, la persona arriba reseñada "
           "CARECE DE ANTECEDENTES PENALES.", f.base * 0.95)
    f.para(f"Y para que conste y surta efectos en el Reino de España, se expide en Malabo a {_es(when)}.", f.base * 0.9)
    page.rect(f.right - 28, f.y, 26, 20, 0.4, fill=(225, 235, 215))
    page.text(f.right - 15, f.y + 9, "TIMBRE", "dejavu-b", 6, "c")
    page.text(f.right - 15, f.y + 14, "1.000 FCFA", "dejavu", 6, "c")
    _round_stamp(page, f.left + 20, f.y + 12, 10, "REGISTRO CENTRAL DE PENADOS", "MALABO", STAMP_B)
    _signature(page, f.left + 45, f.y + 10, r)
    f.y += 22
    f.text(f"El Encargado del Registro, {SIGNER['Guinea Ecuatorial']}", f.base * 0.8)
    _legalised(b, c, issued, apostille_on_page)
    return _record_done(b, c, "Guinea Ecuatorial", apostille_on_page)


def record_registo_criminal_praia(ctx, issued=None, apostille_on_page=False, **_):
    """Cabo Verde's "CERTIFICADO DE REGISTO CRIMINAL": the requester's data as a form of labelled
    lines, the purpose, "NADA CONSTA" in a box, the validation code at the foot."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _when(issued)
    f.text("REPÚBLICA DE CABO VERDE", f.base, True)
    f.text("MINISTÉRIO DA JUSTIÇA", f.base * 0.85)
    f.text("Direção-Geral dos Registos, Notariado e Identificação", f.base * 0.85)
    f.text("Serviço de Identificação Civil e Criminal", f.base * 0.8)
    f.hr()
    f.text("CERTIFICADO DE REGISTO CRIMINAL", f.base * 1.2, True, "c")
    f.fields([("Nome", c.holder.natural.upper()), ("Data de nascimento", _d(c.birth, "-")),
              ("Natural de", r.choice(BIRTHPLACE["Cabo Verde"]).title()), ("Nacionalidade", "Cabo-verdiana"),
              ("Passaporte n.º", c.ids["passport"]), ("Finalidade", "Residência no estrangeiro (Espanha)")],
             "colon", f.base * 0.9)
    f.space(2)
    page.rect(f.left + 40, f.y, f.width - 80, 10, 0.8)
    page.text(105, f.y + 7, "NADA CONSTA", "dejavu-b", 13, "c")
    f.y += 14
    f.para(f"Praia, {when.day} de {['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'][when.month - 1]} de {when.year}. "
           "Válido por 90 dias.", f.base * 0.85)
    _signature(page, f.right - 55, f.y + 6, r)
    f.y += 10
    f.text(f"O/A Conservador/a, {SIGNER['Cabo Verde']}", f.base * 0.8, align="r")
    f.text(f"Código de validação: {letters(r, 4)}-{digits(r, 4)}-{letters(r, 4)}", f.base * 0.75, x=f.left)
    _legalised(b, c, issued, apostille_on_page)
    return _record_done(b, c, "Cabo Verde", apostille_on_page)


def record_adli_sicil_edevlet(ctx, issued=None, apostille_on_page=False, **_):
    """Türkiye's e-Devlet print of the "ADLİ SİCİL KAYDI": a ruled table of the holder's data with
    the T.C. kimlik no, "Adli sicil kaydı: YOKTUR", the barcode and "e-Devlet Kapısı'ndan doğrulayınız"."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _when(issued)
    page.text(f.left, f.y + 5, "T.C.", "dejavu-b", 9)
    page.text(f.left, f.y + 10, "ADALET BAKANLIĞI", "dejavu-b", 9)
    page.text(f.left, f.y + 14.5, "Adli Sicil ve İstatistik Genel Müdürlüğü", "dejavu", 7.5)
    page.text(f.right, f.y + 5, f"Tarih: {_d(when, '.')} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}", "dejavu", 7, "r")
    f.y += 22
    f.text("ADLİ SİCİL KAYDI", f.base * 1.3, True, "c")
    f.space(2)
    tc = c.ids.get("personal") or digits(r, 11)
    f.table(["Alan", "Bilgi"], [["T.C. Kimlik No", tc[:11]], ["Adı", c.holder.given.upper()], ["Soyadı", _sur(c).upper()],
                                ["Baba Adı", r.choice(["MEHMET", "HASAN", "AHMET"])],
                                ["Ana Adı", r.choice(["AYŞE", "FATMA", "EMİNE"])],
                                ["Doğum Yeri / Tarihi", f"{r.choice(BIRTHPLACE['Turquía'])} / {_d(c.birth, '.')}"],
                                ["Veriliş Nedeni", "Resmi Kuruma Verilmek Üzere (Yurt dışı)"]], [0.35, 0.65], f.base * 0.85)
    f.space(2)
    f.text("Adli Sicil Kaydı: YOKTUR", f.base * 1.05, True)
    f.text("Arşiv Kaydı: YOKTUR", f.base * 1.05, True)
    f.space(3)
    bc = digits(r, 4) + "-" + digits(r, 4) + "-" + digits(r, 4)
    _barcode(page, f.left, f.y, 70, 10, bc)
    page.text(f.left, f.y + 14, f"Barkod No: {bc}", "lib_mono", 7.5)
    f.y += 18
    f.para("Bu belge 5070 sayılı Elektronik İmza Kanunu uyarınca güvenli elektronik imza ile imzalanmıştır. "
           "Belgenin doğruluğunu e-Devlet Kapısı'ndan barkod numarası ile doğrulayınız.", f.base * 0.72)
    _legalised(b, c, issued, apostille_on_page)
    return _record_done(b, c, "Turquía", apostille_on_page)


def _cyr(c):
    return " ".join([CYRILLIC.get(c.holder.given, c.holder.given)] + [CYRILLIC.get(s, s) for s in c.holder.surnames])


def record_uverenje_mup_beograd(ctx, issued=None, apostille_on_page=False, **_):
    """Serbia's police (МУП, Полицијска управа за град Београд): an "УВЕРЕЊЕ" in Cyrillic that the
    person has not been convicted, the ЈМБГ and the fee paid, the round stamp; no Latin name on it."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _when(issued)
    for s, k in (("РЕПУБЛИКА СРБИЈА", 1.0), ("МИНИСТАРСТВО УНУТРАШЊИХ ПОСЛОВА", 0.85),
                 ("ПОЛИЦИЈСКА УПРАВА ЗА ГРАД БЕОГРАД", 0.85), ("Одељење за управне послове", 0.75)):
        f.text(s, f.base * k, k == 1.0)
    f.text(f"Број: 235-{digits(r, 5)}/{when.year % 100}", f.base * 0.8)
    f.text(f"Датум: {_d(when, '.')}", f.base * 0.8)
    f.space(4)
    f.text("УВЕРЕЊЕ", f.base * 1.4, True, "c")
    f.space(2)
    born = "рођена" if c.ids["sex"] == "F" else "рођен"
    f.para(f"На основу члана 102. Кривичног законика и службене евиденције, уверава се да {_cyr(c)}, "
           f"{born} {_d(c.birth, '.')} године у {r.choice(['Београду', 'Нишу', 'Новом Саду'])}, ЈМБГ "
           f"{digits(r, 13)}, НИЈЕ ОСУЂИВАН{'А' if c.ids['sex'] == 'F' else ''} правоснажном пресудом.", f.base * 0.95)
    f.para("Уверење се издаје на лични захтев ради регулисања боравка у иностранству (Шпанија).", f.base * 0.9)
    f.para("Републичка административна такса у износу од 720,00 динара плаћена.", f.base * 0.8)
    _round_stamp(page, f.left + 22, f.y + 14, 11, "ПУ ЗА ГРАД БЕОГРАД", "МУП", STAMP_B)
    _signature(page, f.right - 55, f.y + 10, r)
    f.y += 26
    f.text(f"Начелник одељења, {SIGNER['Serbia']}", f.base * 0.8, align="r")
    _legalised(b, c, issued, apostille_on_page)
    return _record_done(b, c, "Serbia", apostille_on_page)


def record_clearance_federal_police(ctx, issued=None, apostille_on_page=False, **_):
    """Ethiopia's Federal Police Commission: the Amharic heading over the English one, "POLICE CLEARANCE
    CERTIFICATE", the photo and the fingerprint box, "has no criminal record", six months' validity."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _when(issued)
    _fit(page, 105, f.y + 5, "የኢትዮጵያ ፌዴራላዊ ዴሞክራሲያዊ ሪፐብሊክ የፌዴራል ፖሊስ ኮሚሽን", "free_serif-b", 10, 170, "c")
    page.text(105, f.y + 10.5, "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", "dejavu-b", 9, "c")
    page.text(105, f.y + 15, "FEDERAL POLICE COMMISSION — Forensic Investigation Sector", "dejavu", 7.5, "c")
    f.y += 24
    f.text(f"Ref. No: FPC/PCC/{digits(r, 6)}/{when.year}", f.base * 0.8)
    f.text(f"Date: {_d(when)}", f.base * 0.8)
    f.space(3)
    f.text("POLICE CLEARANCE CERTIFICATE", f.base * 1.25, True, "c")
    f.space(2)
    y0 = f.y
    page.rect(f.right - 30, y0, 28, 34, 0.4, fill=(190, 190, 190))
    page.rect(f.right - 30, y0 + 37, 28, 20, 0.4)
    page.text(f.right - 16, y0 + 55, "Right thumb", "dejavu", 5.5, "c")
    who = "Ms." if c.ids["sex"] == "F" else "Mr."
    for s in [f"This is to certify that {who} {c.holder.natural.upper()},",
              f"born on {_d(c.birth)}, holder of passport No. {c.ids['passport']},",
              "whose photograph and fingerprints appear on this certificate,",
              "has NO CRIMINAL RECORD in the files of the Federal Police",
              "Commission up to the date of issue.", "",
              "This certificate is valid for six months from the date of issue."]:
        _fit(page, f.left, f.y + 5, s, "dejavu", f.base * 0.92, f.width - 36)
        f.y += f.line_h(f.base * 0.92)
    f.y = max(f.y, y0 + 58) + 4
    _round_stamp(page, f.left + 22, f.y + 10, 10, "FEDERAL POLICE COMMISSION", "FPC", STAMP_B)
    _signature(page, f.left + 50, f.y + 8, r)
    f.y += 20
    f.text(SIGNER["Etiopía"], f.base * 0.85, x=f.left + 48)
    _legalised(b, c, issued, apostille_on_page)
    return _record_done(b, c, "Etiopía", apostille_on_page)


def record_casier_nouakchott(ctx, issued=None, apostille_on_page=False, **_):
    """Mauritania's extract of the judicial record, bulletin n° 3, from the wilaya court's registry:
    the motto, Arabic and French titles, the data on dotted lines, "NÉANT" across the table."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _when(issued)
    page.text(f.left, f.y + 5, "RÉPUBLIQUE ISLAMIQUE DE MAURITANIE", "dejavu-b", 8)
    page.text(f.left, f.y + 9, "Honneur — Fraternité — Justice", "dejavu", 7)
    page.text(f.left, f.y + 13, "Ministère de la Justice", "dejavu", 7)
    page.text(f.right, f.y + 5, "الجمهورية الإسلامية الموريتانية", "dejavu", 8, "r")
    page.text(f.right, f.y + 13, "وزارة العدل", "dejavu", 7, "r")
    f.y += 20
    f.text(ISSUER_OF_RECORD["Mauritania"] + " — Greffe", f.base * 0.85, False, "c")
    f.text("EXTRAIT DU CASIER JUDICIAIRE", f.base * 1.2, True, "c")
    f.text("BULLETIN N° 3", f.base, True, "c")
    f.space(2)
    nni = c.ids.get("personal") or digits(r, 10)
    for lab, val in (("Nom", _sur(c).upper()), ("Prénom(s)", c.holder.given), ("Né(e) le", _d(c.birth)),
                     ("à", r.choice(BIRTHPLACE["Mauritania"]).title()), ("NNI", nni[:10]),
                     ("Passeport", c.ids["passport"])):
        f.text(f"{lab} " + "." * 4 + f" {val}", f.base * 0.9)
    f.space(2)
    f.table(["Date des condamnations", "Cours ou tribunaux", "Nature des crimes ou délits", "Peines"],
            [["—", "—", "NÉANT", "—"]], [0.22, 0.26, 0.32, 0.2], f.base * 0.8)
    f.para(f"Délivré à Nouakchott, le {_d(when)}, sur la demande de l'intéressé(e).", f.base * 0.85)
    _round_stamp(page, f.right - 30, f.y + 12, 11, "GREFFE DU TRIBUNAL", "NOUAKCHOTT", STAMP_V)
    _signature(page, f.left + 20, f.y + 9, r)
    f.y += 24
    f.text(SIGNER["Mauritania"], f.base * 0.85, x=f.left + 15)
    _legalised(b, c, issued, apostille_on_page)
    return _record_done(b, c, "Mauritania", apostille_on_page)


def record_malumotnoma_mygov(ctx, issued=None, apostille_on_page=False, **_):
    """Uzbekistan's "MAʼLUMOTNOMA" from the single portal of interactive state services (my.gov.uz)
    on behalf of the Ministry of Internal Affairs: the holder's data table, "sudlanmagan", the QR
    code and document number to check it."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _when(issued)
    page.rect(0, 0, 210, 12, 0, fill=(0, 90, 160))
    page.text(f.left, 8, "my.gov.uz — Yagona interaktiv davlat xizmatlari portali", "dejavu-b", 8, "l", (255, 255, 255))
    f.y = 20
    f.text("OʻZBEKISTON RESPUBLIKASI ICHKI ISHLAR VAZIRLIGI", f.base * 0.9, True, "c")
    f.text("Axborot markazi", f.base * 0.8, False, "c")
    f.space(3)
    f.text("MAʼLUMOTNOMA", f.base * 1.3, True, "c")
    f.text("sudlanganlik yoki sudlanmaganlik toʻgʻrisida", f.base * 0.85, False, "c")
    f.space(2)
    f.table(["Maydon", "Maʼlumot"], [["Familiyasi", _sur(c).upper()], ["Ismi", c.holder.given.upper()],
                                    ["Tugʻilgan sanasi", _d(c.birth, ".")], ["Pasport", c.ids["passport"]],
                                    ["JShShIR", c.ids.get("personal") or digits(r, 14)]], [0.35, 0.65], f.base * 0.85)
    f.para("Ichki ishlar organlarining axborot bazasi boʻyicha tekshirilganda yuqorida koʻrsatilgan shaxs "
           "SUDLANMAGAN, qidiruvda emas.", f.base * 0.95)
    no = f"{digits(r, 2)}-{digits(r, 7)}"
    f.text(f"Hujjat raqami: {no}    Berilgan sana: {_d(when, '.')}", f.base * 0.85)
    qr_modules(page, f.right - 28, f.y + 3, 26, random.Random(no))
    f.y += 6
    f.para("Hujjatning haqiqiyligini QR-kod orqali yoki my.gov.uz saytida hujjat raqami boʻyicha tekshiring.",
           f.base * 0.72)
    f.y += 18
    _legalised(b, c, issued, apostille_on_page)
    return _record_done(b, c, "Uzbekistán", apostille_on_page)


def record_bulletin3_abidjan(ctx, issued=None, apostille_on_page=False, **_):
    """Côte d'Ivoire's bulletin n° 3 from the court of first instance of Abidjan-Plateau: the national
    motto and coat, the form's preprinted lines filled in with a typewriter, "NÉANT" stamped across
    the sentences' section, the fiscal stamp."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _when(issued)
    page.text(f.right, f.y + 5, "RÉPUBLIQUE DE CÔTE D'IVOIRE", "dejavu-b", 8.5, "r")
    page.text(f.right, f.y + 9.5, "Union — Discipline — Travail", "dejavu", 7, "r")
    page.text(f.left, f.y + 5, "COUR D'APPEL D'ABIDJAN", "dejavu-b", 7.5)
    page.text(f.left, f.y + 9.5, "TRIBUNAL DE PREMIÈRE INSTANCE", "dejavu", 7)
    page.text(f.left, f.y + 13.5, "D'ABIDJAN-PLATEAU — CASIER JUDICIAIRE", "dejavu", 7)
    f.y += 22
    f.text("BULLETIN N° 3 DU CASIER JUDICIAIRE", f.base * 1.15, True, "c")
    f.space(2)
    typer = "lib_mono"
    for lab, val in (("Nom", _sur(c).upper()), ("Prénoms", c.holder.given.upper()), ("Né(e) le", _d(c.birth)),
                     ("à", r.choice(BIRTHPLACE["Costa de Marfil"])), ("Fils/Fille de", r.choice(["KOUADIO", "DIABATÉ", "YAO"])),
                     ("Nationalité", "Ivoirienne"), ("Passeport n°", c.ids["passport"])):
        f.y += 6
        page.text(f.left, f.y, lab, "dejavu", 8.5)
        x = f.left + 30
        while x < f.right - 2:
            page.text(x, f.y + 0.5, ".", "dejavu", 7, "l", GREY)
            x += 2
        page.text(f.left + 32, f.y - 0.6, val, typer, 9.5)
    f.y += 6
    page.rect(f.left, f.y, f.width, 24, 0.4)
    page.text(f.left + 2, f.y + 4, "Condamnations prononcées", "dejavu", 7)
    page.text(105, f.y + 17, "NÉANT", "dejavu-b", 20, "c", STAMP_R)
    f.y += 28
    f.para(f"Délivré à Abidjan, le {_d(when)}.", f.base * 0.85)
    page.rect(f.left, f.y, 22, 24, 0.4, fill=(220, 230, 210))
    page.text(f.left + 11, f.y + 11, "TIMBRE", "dejavu-b", 5.5, "c")
    page.text(f.left + 11, f.y + 16, "500 F", "dejavu-b", 6.5, "c")
    _round_stamp(page, f.right - 35, f.y + 12, 11, "TPI ABIDJAN-PLATEAU", "GREFFE", STAMP_B)
    _signature(page, f.right - 70, f.y + 10, r)
    f.y += 26
    f.text(SIGNER["Costa de Marfil"], f.base * 0.8, align="r")
    _legalised(b, c, issued, apostille_on_page)
    return _record_done(b, c, "Costa de Marfil", apostille_on_page)


# ------------------------------------------------------------ sworn translations
SWORN = ["Leire Otaegui Balda", "Marcos Benlloch Tena", "Olga Riquelme Espín", "Rubén Castells Amorós"]
TITLE_ES = {"Cabo Verde": "CERTIFICADO DE REGISTRO PENAL", "Turquía": "CERTIFICADO DE ANTECEDENTES PENALES (ADLİ SİCİL KAYDI)",
            "Serbia": "CERTIFICADO", "Etiopía": "CERTIFICADO DE ANTECEDENTES POLICIALES",
            "Mauritania": "EXTRACTO DEL REGISTRO DE ANTECEDENTES PENALES — BOLETÍN N.º 3",
            "Uzbekistán": "CERTIFICADO sobre la existencia o inexistencia de condenas",
            "Costa de Marfil": "BOLETÍN N.º 3 DEL REGISTRO DE ANTECEDENTES PENALES"}
RESULT_ES = {"Cabo Verde": "NADA CONSTA", "Turquía": "Antecedentes penales: NO CONSTAN. Registro de archivo: NO CONSTA",
             "Serbia": "NO HA SIDO CONDENADO/A por sentencia firme",
             "Etiopía": "NO TIENE ANTECEDENTES PENALES en los archivos de la Comisión de Policía Federal",
             "Mauritania": "Condenas: NINGUNA", "Uzbekistán": "NO HA SIDO CONDENADO/A, no está en búsqueda",
             "Costa de Marfil": "Condenas pronunciadas: NINGUNA"}
LEGAL_ES = {"stamp": "Apostilla (Convenio de La Haya de 5 de octubre de 1961), sellada y cumplimentada a mano",
            "printed": "Apostilla (Convenio de La Haya de 5 de octubre de 1961) con número de control",
            "chain": "Legalización del Ministerio de Asuntos Exteriores y de la Embajada de España"}


def _facts_es(c, issued):
    country = c.ids["country"]
    return [("Documento", TITLE_ES[country]), ("Autoridad", ISSUER_OF_RECORD[country] if country != "Serbia"
                                               else "Ministerio del Interior — Jefatura de Policía de Belgrado"),
            ("Titular", c.holder.natural), ("Fecha de nacimiento", _d(c.birth)), ("Pasaporte", c.ids["passport"]),
            ("Resultado", RESULT_ES[country]), ("Fecha de expedición", _d(_when(issued)))]


def _sworn_close(f, c, name, when, r):
    lang = LANG_ES[_info(c)["lang"]]
    f.para(f"{name}, Traductor/a-Intérprete Jurado/a de {lang} nombrado/a por el Ministerio de Asuntos Exteriores, "
           f"Unión Europea y Cooperación, certifica que la que antecede es traducción fiel y completa al español "
           f"de un documento redactado en {lang}. En {c.muni[0]}, a {_d(when)}.", f.base * 0.78)
    y = f.y
    _ring(f.page, f.right - 22, y + 12, 11, STAMP_B, 0.7)
    _fit(f.page, f.right - 22, y + 10, name.upper(), "dejavu-b", 4.6, 18, "c", STAMP_B)
    _fit(f.page, f.right - 22, y + 14.5, f"TRADUCTOR/A JURADO/A N.º {r.randint(1000, 9999)}", "dejavu", 4, 18, "c", STAMP_B)
    _signature(f.page, f.right - 70, y + 10, r)
    f.y += 25


def translation_tabla_datos(ctx, issued=None, date=None, apostilled=True, **_):
    """A sworn translation that first repeats the certificate's data in a two-column table (field,
    translation), then translates the legalisation or apostille, then certifies."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    name = r.choice(SWORN)
    f.text("TRADUCCIÓN JURADA", f.base * 1.2, True, "c")
    f.text(f"del {LANG_ES[_info(c)['lang']]} al español — N.º de registro {r.randint(100, 999)}/{(date or dt.date(2026, 4, 1)).year}",
           f.base * 0.8, False, "c")
    f.space(3)
    f.text(f"[Membrete:] {STATE_ES[c.ids['country']].upper()}", f.base * 0.85)
    f.table(["Campo", "Traducción"], [[a, v] for a, v in _facts_es(c, issued)], [0.3, 0.7], f.base * 0.82)
    f.text("[Sello redondo de la autoridad emisora] [Firma ilegible]", f.base * 0.8)
    if apostilled:
        f.space(2)
        f.text("EN LA MISMA HOJA O ANEXA:", f.base * 0.85, True)
        f.para(f"{LEGAL_ES[_info(c)['legal']]}, de fecha {_d(_apos_when(c, issued))}, n.º "
               f"{c.ids.get('apostille_no', '—')}.", f.base * 0.82)
    f.space(3)
    _sworn_close(f, c, name, date or dt.date(2026, 4, 1), r)
    return _done(b, "translation", c.holder.natural, {"lang": _info(c)["lang"]})


def translation_jurada_paginada(ctx, issued=None, date=None, apostilled=True, **_):
    """A sworn translation set as running text, page by page: the translator's letterhead on each
    sheet, the original's layout described in brackets, the stamp and "Página n de 2" at each foot."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    name = r.choice(SWORN)
    when = date or dt.date(2026, 4, 1)
    country = c.ids["country"]

    def head():
        f.text(name.upper(), f.base * 0.9, True)
        f.text(f"Traductor/a-Intérprete Jurado/a de {LANG_ES[_info(c)['lang']]} — {c.muni[0]}", f.base * 0.75)
        f.hr()
    head()
    f.para(f"[Escudo] {STATE_ES[country].upper()} — {ISSUER_OF_RECORD[country] if country != 'Serbia' else 'Ministerio del Interior, Jefatura de Policía de la ciudad de Belgrado'}",
           f.base * 0.85)
    f.text(TITLE_ES[country], f.base * 1.05, True, "c")
    f.para(f"Se hace constar respecto de {c.holder.natural}, nacido/a el {_d(c.birth)}, titular del pasaporte "
           f"n.º {c.ids['passport']}: {RESULT_ES[country]}.", f.base * 0.9)
    f.para(f"Expedido el {_d(_when(issued))}. [Sello] [Firma:] {SIGNER[country] if country != 'Serbia' else 'Dragan Ilić'}",
           f.base * 0.9)
    f.footer([f"Página 1 de 2 — Traducción jurada de {name}"])
    f.new_page()
    head()
    if apostilled:
        f.text("[Al dorso / en hoja unida:]", f.base * 0.85, True)
        f.para(f"{LEGAL_ES[_info(c)['legal']]}. Fecha: {_d(_apos_when(c, issued))}. Número: "
               f"{c.ids.get('apostille_no', '—')}.", f.base * 0.88)
    else:
        f.para("[El original no lleva más sellos ni anotaciones.]", f.base * 0.85)
    f.space(4)
    _sworn_close(f, c, name, when, r)
    f.footer([f"Página 2 de 2 — Traducción jurada de {name}"])
    return _done(b, "translation", c.holder.natural, {"lang": _info(c)["lang"]})


# ------------------------------------------------------------ fee (790, código 052)
FEE = {"2.3.1": ("38,28", "Autorización de residencia temporal por circunstancias excepcionales (regularización)"),
       "2.1.5": ("10,94", "Autorización de residencia: menores y supuestos de tasa reducida")}


def _nrc(r):
    return "052" + digits(r, 18) + letters(r, 1)


def _790_block(f, c, r, epigrafe, x0, y0, w, writer=None):
    """The 790's boxes: identification, the tasa's epígrafe with its amount, the total."""
    page = f.page
    amount, what = FEE[epigrafe]
    page.rect(x0, y0, w, 12, 0.5, fill=(230, 230, 230))
    page.text(x0 + 2, y0 + 5, "Modelo 790 — Código 052", "dejavu-b", 9)
    _fit(page, x0 + 2, y0 + 10, "TASA POR TRAMITACIÓN DE AUTORIZACIONES ADMINISTRATIVAS Y DOCUMENTOS DE IDENTIDAD A "
         "CIUDADANOS EXTRANJEROS", "dejavu", 5.2, w - 4)
    y = y0 + 15
    put = writer or (lambda p, x, yy, s, ww: _fit(p, x, yy, s, "lib_mono", 8.5, ww))
    rows = [("N.I.F./N.I.E./Pasaporte", c.ids.get("nie") or c.ids["passport"]),
            ("Apellidos y nombre", f"{_sur(c).upper()}, {c.holder.given.upper()}"),
            ("Domicilio", c.home[0]), ("Municipio", c.muni[0])]
    for lab, val in rows:
        page.rect(x0, y, w, 8, 0.3)
        page.text(x0 + 1, y + 2.4, lab, "dejavu", 4.8)
        put(page, x0 + 2, y + 6.8, val, w - 4)
        y += 8
    y += 3
    page.text(x0, y + 3, "AUTOLIQUIDACIÓN — Marque el epígrafe:", "dejavu-b", 6.5)
    y += 5
    for ep in ("2.1.5", "2.3.1"):
        page.rect(x0 + 1, y, 3.5, 3.5, 0.35)
        if ep == epigrafe:
            if writer:
                _hand_x(page, x0 + 1, y, 3.5)
            else:
                page.text(x0 + 2.75, y + 3, "X", "dejavu-b", 7, "c")
        _fit(page, x0 + 7, y + 3, f"{ep}  {FEE[ep][1]}", "dejavu", 6, w - 30)
        page.text(x0 + w - 2, y + 3, f"{FEE[ep][0]} €", "dejavu", 6.5, "r")
        y += 5.5
    page.rect(x0 + w - 45, y + 1, 45, 8, 0.5)
    page.text(x0 + w - 43, y + 6.3, "TOTAL €", "dejavu-b", 7)
    put(page, x0 + w - 22, y + 6.8, amount, 20)
    return y + 11


def fee_aeat_con_justificante(ctx, epigrafe="2.3.1", paid=True, date=None, **_):
    """The 790-052 filled on the sede and printed (the "ejemplar para el interesado"), and — on the
    right side of the same sheet, as the applicant scanned them together — the bank's justificante
    of the online payment with its NRC; unpaid, the sheet holds the form alone."""
    b, c, r = B(ctx, size=(297.0, 210.0)), ctx, ctx.rng
    f = b.f
    page = f.page
    f.y = 14
    y = _790_block(f, c, r, epigrafe, 12, 14, 160)
    ref = "790052" + digits(r, 7)
    page.text(12, y + 6, f"N.º de justificante: {ref}", "lib_mono", 8)
    _barcode(page, 12, y + 9, 70, 8, ref)
    page.text(12, y + 24, "Ejemplar para el interesado", "dejavu", 6.5)
    page.text(12, 200, "Sede electrónica — Agencia Tributaria / Ministerio del Interior", "dejavu", 6, "l", GREY)
    if paid:
        when = date or dt.date(2026, 4, 1)
        bank = r.choice(["Banco Levante", "CaixaNova Digital", "Banca Meridiana"])
        x0 = 185
        page.rect(x0, 14, 100, 100, 0.4)
        page.text(x0 + 50, 22, bank.upper(), "dejavu-b", 10, "c")
        page.text(x0 + 50, 29, "JUSTIFICANTE DE PAGO", "dejavu-b", 8.5, "c")
        page.text(x0 + 50, 34, "Tributos — Tasas del Estado", "dejavu", 7, "c")
        for i, (lab, val) in enumerate([("Modelo", "790"), ("Código de tasa", "052"), ("Justificante", ref),
                                        ("Fecha de operación", _d(when)), ("Importe", f"{FEE[epigrafe][0]} EUR"),
                                        ("Cuenta de cargo", f"ES** **** **** {digits(r, 4)}"), ("NRC", _nrc(r))]):
            page.text(x0 + 4, 44 + i * 8, lab, "dejavu", 6.5)
            _fit(page, x0 + 96, 44 + i * 8, val, "lib_mono-b", 7.5, 55, "r")
        _fit(page, x0 + 50, 106, "La entidad colaboradora certifica el ingreso de la cantidad indicada.",
             "dejavu", 5.8, 92, "c")
    return _done(b, "fee_form", c.holder.natural, {"paid": paid, "epigrafe": epigrafe})


def fee_ventanilla_validacion(ctx, epigrafe="2.3.1", paid=True, date=None, **_):
    """The 790-052 printed blank and filled by hand, paid at a bank branch: the branch's printer
    validated it across the "validación mecánica" box (entity, branch, date, amount, NRC) in violet;
    unpaid, the box is empty."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    page = f.page
    f.y = 18
    page.text(105, 14, "EJEMPLAR PARA LA ENTIDAD COLABORADORA", "dejavu", 6.5, "c", GREY)
    y = _790_block(f, c, r, epigrafe, 25, 18, 160, writer=lambda p, x, yy, s, w: _written(p, x, yy, s, r, w, 9))
    y += 6
    page.rect(25, y, 160, 30, 0.4)
    page.text(27, y + 4, "Ingreso. Validación mecánica de la entidad colaboradora", "dejavu", 6)
    if paid:
        when = date or dt.date(2026, 4, 1)
        line = (f"{digits(r, 4)} {digits(r, 4)} {_d(when, '')} 790052 *{FEE[epigrafe][0]}* EUR")
        page.text(30, y + 13, line, "lib_mono-b", 9, "l", STAMP_V)
        page.text(30, y + 19, f"NRC {_nrc(r)}", "lib_mono-b", 9, "l", STAMP_V)
        _round_stamp(page, 168, y + 16, 9, "OFICINA " + digits(r, 4), "BANCO", STAMP_B)
    page.text(25, y + 40, "Firma del/de la declarante", "dejavu", 6.5)
    _signature(page, 30, y + 48, r)
    return _done(b, "fee_form", c.holder.natural, {"paid": paid, "epigrafe": epigrafe})


# ------------------------------------------------------------ protection
def _applied(applied):
    return applied or dt.date(2025, 6, 1)


def protection_manifestacion_voluntad(ctx, applied=None, date=None, **_):
    """The police's record of the wish to apply for international protection (the first stage):
    the comisaría's letterhead, "MANIFESTACIÓN DE VOLUNTAD", the date the wish was stated, the
    appointment given to formalise it, the fingerprint box."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _applied(applied)
    f.text("MINISTERIO DEL INTERIOR", f.base * 0.9, True)
    f.text("DIRECCIÓN GENERAL DE LA POLICÍA", f.base * 0.8)
    f.text(f"Comisaría Provincial de {c.muni[0]} — Brigada Provincial de Extranjería y Fronteras", f.base * 0.78)
    f.space(4)
    f.text("MANIFESTACIÓN DE VOLUNTAD DE PRESENTAR SOLICITUD DE PROTECCIÓN INTERNACIONAL", f.base * 0.95, True, "c")
    f.space(2)
    f.fields([("Apellidos", _sur(c).upper()), ("Nombre", c.holder.given.upper()), ("Nacionalidad", c.ids["country"]),
              ("Fecha de nacimiento", _d(c.birth)), ("Documento", c.ids["passport"]),
              ("Fecha de la manifestación", _d(when))], "colon", f.base * 0.9)
    cita = when + dt.timedelta(days=r.randint(20, 70))
    f.para(f"La persona arriba identificada ha manifestado el {_d(when)} su voluntad de solicitar protección "
           f"internacional. Se le cita para la formalización de la solicitud el día {_d(cita)} a las "
           f"{r.randint(9, 13)}:{r.choice(['00', '30'])} horas.", f.base * 0.88)
    f.para("Este documento no acredita la condición de solicitante ni autoriza a trabajar.", f.base * 0.75)
    page.rect(f.right - 25, f.y + 2, 22, 26, 0.4)
    page.text(f.right - 14, f.y + 31, "Huella", "dejavu", 6, "c")
    _rect_stamp(page, f.left, f.y + 4, 70, ["POLICÍA NACIONAL", "EXTRANJERÍA Y FRONTERAS", f"{c.muni[0].upper()}"],
                STAMP_B, 6.5)
    f.y += 34
    return _done(b, "protection_application", c.holder.natural, {"applied": when.isoformat()})


def protection_citacion_entrevista(ctx, applied=None, date=None, **_):
    """The Oficina de Asilo y Refugio's summons to the interview: the file number, "solicitud
    presentada el …", the day and place of the interview, what to bring."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = _applied(applied)
    f.text("MINISTERIO DEL INTERIOR", f.base * 0.85, True, "r")
    f.text("Subdirección General de Protección Internacional", f.base * 0.8, False, "r")
    f.text("Oficina de Asilo y Refugio (OAR)", f.base * 0.8, False, "r")
    f.space(5)
    f.text(f"Expediente: {when.year}/{digits(r, 6)}", f.base * 0.9)
    f.text(f"Destinatario/a: {c.holder.natural}", f.base * 0.9)
    f.space(2)
    f.text("CITACIÓN PARA ENTREVISTA", f.base * 1.15, True)
    interview = (date or dt.date(2026, 3, 1)) - dt.timedelta(days=r.randint(5, 40))
    f.para(f"En relación con su solicitud de protección internacional presentada el {_d(when)}, se le cita para "
           f"la entrevista personal prevista en el artículo 17 de la Ley 12/2009 el día {_d(interview)} a las "
           f"{r.randint(9, 13)}:{r.choice(['00', '15', '45'])} horas, en la calle Pradillo, 40, Madrid.", f.base * 0.9)
    f.para("Deberá aportar su documento de solicitante y cuantos documentos acrediten su relato. Si no comparece "
           "sin causa justificada, podrá entenderse que desiste de su solicitud.", f.base * 0.85)
    f.signature(["La Jefa de Área de Instrucción"])
    return _done(b, "protection_application", c.holder.natural, {"applied": when.isoformat()})


def protection_tarjeta_roja_sellos(ctx, applied=None, date=None, **_):
    """A photocopy of the red card (the "documento acreditativo de la condición de solicitante") with
    the back covered in renewal stamps: the application's date on the front, each stamp's validity."""
    b, c, r = B(ctx), ctx, ctx.rng
    page = b.f.page
    when = _applied(applied)
    page.rect(0, 0, 210, 297, 0, fill=(236, 236, 236))
    x0, y0, w, h = 45.0, 35.0, 120.0, 80.0
    page.rect(x0, y0, w, h, 0.6, fill=(215, 190, 190))
    _fit(page, x0 + w / 2, y0 + 7, "ESPAÑA — MINISTERIO DEL INTERIOR", "dejavu-b", 8, w - 6, "c")
    _fit(page, x0 + w / 2, y0 + 12, "SOLICITANTE DE PROTECCIÓN INTERNACIONAL", "dejavu-b", 7.5, w - 6, "c")
    page.rect(x0 + 4, y0 + 17, 26, 32, 0.3, fill=(175, 175, 175))
    rows = [("Apellidos", _sur(c).upper()), ("Nombre", c.holder.given.upper()), ("Nacionalidad", c.ids["country"].upper()),
            ("Fecha nacimiento", _d(c.birth)), ("Fecha de solicitud", _d(when)),
            ("N.º expediente", f"{when.year % 100}{digits(r, 8)}")]
    for i, (l_, v) in enumerate(rows):
        page.text(x0 + 34, y0 + 19 + i * 9, l_, "dejavu", 5)
        _fit(page, x0 + 34, y0 + 23 + i * 9, v, "dejavu-b", 7, w - 38)
    _fit(page, x0 + 4, y0 + h - 4, "Este documento no es válido para viajar. Autoriza a residir en España.",
         "dejavu", 5.5, w - 8)
    y = y0 + h + 14
    page.rect(x0, y, w, h + 20, 0.6, fill=(215, 190, 190))
    page.text(x0 + 3, y + 5, "RENOVACIONES", "dejavu-b", 7)
    until = when + dt.timedelta(days=180)
    for k in range(r.randint(1, 3)):
        sx, sy = x0 + 5 + (k % 2) * 58, y + 10 + (k // 2) * 34
        _rect_stamp(page, sx, sy, 52, ["PRORROGADO HASTA", _d(until + dt.timedelta(days=180 * k)),
                                       f"CNP {c.muni[0].upper()[:16]}"], STAMP_V, 6.2)
        _signature(page, sx + 10, sy + 20, r)
    return _done(b, "protection_application", c.holder.natural, {"applied": when.isoformat()})


# ------------------------------------------------------------ supuesto: contracts, offers, self-employment
NUMS = {2: "dos", 3: "tres", 4: "cuatro", 6: "seis", 9: "nueve", 12: "doce", 18: "dieciocho", 24: "veinticuatro"}


def _lasting(months):
    if not months:
        return "de duración indefinida"
    return f"de {NUMS.get(months, str(months))} meses ({months} meses) de duración"


def contract_campana_agricola(ctx, months=12, date=None, **_):
    """A farm's contract for the season: the cooperative's header, the parties, the clauses in a
    numbered list (category peón agrícola, the provincial convenio del campo, the duration, the
    day's pay), both signatures side by side."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    coop = r.choice(["S.A.T. Huerta del Segura", "Cooperativa Agrícola Vega Baja", "Frutales del Cinca, S.C."])
    f.text(coop.upper(), f.base * 1.1, True)
    f.text(f"CIF F{digits(r, 8)} — Camino de la Acequia, s/n — {c.muni[0]}", f.base * 0.78)
    f.hr()
    f.text("CONTRATO DE TRABAJO — SECTOR AGRARIO", f.base * 1.1, True, "c")
    f.para(f"De una parte {coop}, y de otra {c.holder.natural}, con pasaporte {c.ids['passport']}, acuerdan:",
           f.base * 0.9)
    for i, s in enumerate([
            "Categoría: peón agrícola, para labores de recolección, poda y manejo de riego.",
            f"Duración: el contrato será {_lasting(months)}, a contar desde la concesión de la autorización.",
            "Jornada: 39 horas semanales, de lunes a sábado, según el calendario de campaña.",
            f"Retribución: {r.choice(['60,42', '62,10', '58,75'])} euros por jornada, según el convenio colectivo del campo de la provincia.",
            "La eficacia del contrato queda condicionada a la obtención de la autorización de residencia y trabajo."], 1):
        f.para(f"{i}.ª {s}", f.base * 0.88, indent=4)
    when = date or dt.date(2026, 4, 1)
    f.para(f"En {c.muni[0]}, a {_es(when)}.", f.base * 0.88)
    _signature(f.page, f.left + 5, f.y + 8, r)
    _signature(f.page, f.right - 55, f.y + 8, r)
    f.y += 14
    f.text("Por la empresa" + " " * 60 + "El/la trabajador/a", f.base * 0.78)
    return _done(b, "employment_contract", c.holder.natural, {"months": months, "sector": "agricultura"})


def contract_hogar_familiar(ctx, months=12, date=None, **_):
    """A household's contract for domestic work (Sistema Especial para Empleados de Hogar): the
    employer a private person with a DNI, the tasks, hours, monthly pay in 14 payments, the term."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    boss = r.choice(["Doña Pilar Echevarría Ruiz", "Don Tomás Albiol Sanchis", "Doña Rosario Lindo Pacheco"])
    f.text("CONTRATO DE TRABAJO DEL SERVICIO DEL HOGAR FAMILIAR", f.base * 1.05, True, "c")
    f.text("(Real Decreto 1620/2011 — Sistema Especial para Empleados de Hogar)", f.base * 0.78, False, "c")
    f.space(3)
    f.fields([("Persona empleadora", boss), ("DNI", digits(r, 8) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE")),
              ("Domicilio del hogar", f"{c.home[0]}, {c.muni[0]}"), ("Persona trabajadora", c.holder.natural),
              ("Pasaporte / NIE", c.ids.get("nie") or c.ids["passport"])], "colon", f.base * 0.88)
    f.text("CLÁUSULAS", f.base * 0.95, True)
    for s in ["Tareas: cuidado del hogar, limpieza, cocina y atención a una persona mayor de la familia.",
              f"Jornada: {r.choice([30, 35, 40])} horas semanales, con descanso de 36 horas consecutivas.",
              f"Salario: {r.choice(['1.184', '1.221', '1.260'])} euros brutos al mes en catorce pagas.",
              f"Duración: contrato {_lasting(months)}.",
              "El contrato se inicia cuando se conceda a la persona trabajadora la autorización de residencia y trabajo."]:
        f.para("— " + s, f.base * 0.86, indent=3)
    when = date or dt.date(2026, 4, 1)
    f.para(f"{c.muni[0]}, {_d(when)}", f.base * 0.86)
    f.signature(["La persona empleadora", boss], "l")
    return _done(b, "employment_contract", c.holder.natural, {"months": months, "sector": "hogar"})


def offer_hosteleria(ctx, months=12, date=None, **_):
    """A restaurant's job offer on its letterhead: a short letter naming the post (ayudante de
    cocina or camarero/a), the convenio de hostelería, the duration, the start on the permit."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    place = r.choice(["Restaurante Casa Amparo", "Hotel Mirador del Puerto", "Mesón La Brasa Vieja"])
    page.rect(f.left, f.y, f.width, 16, 0, fill=(245, 238, 225))
    page.text(f.left + 3, f.y + 8, place, "dejavu_serif-b", 13, "l", b.color)
    page.text(f.left + 3, f.y + 13, f"Paseo Marítimo, {r.randint(1, 90)} · {c.muni[0]} · Tel. 9{digits(r, 8)}",
              "dejavu", 7)
    f.y += 22
    when = date or dt.date(2026, 4, 1)
    f.text(f"{c.muni[0]}, {_es(when)}", f.base * 0.88, align="r")
    f.space(3)
    f.text("OFERTA DE TRABAJO", f.base * 1.05, True)
    post = r.choice(["ayudante de cocina", "camarero/a de sala", "camarero/a de pisos"])
    f.para(f"{place} ofrece a {c.holder.natural}, pasaporte {c.ids['passport']}, un puesto de {post}, a jornada "
           f"completa, mediante contrato {_lasting(months)}, con las condiciones del convenio colectivo de "
           "hostelería de la provincia.", f.base * 0.92)
    f.para("La incorporación tendrá lugar en cuanto la persona interesada obtenga la autorización de residencia y "
           "trabajo. Nos comprometemos a darle de alta en la Seguridad Social desde el primer día.", f.base * 0.92)
    f.signature(["Dirección", place])
    return _done(b, "employment_contract", c.holder.natural, {"months": months, "sector": "hostelería"})


def precontrato_residencia_mayores(ctx, months=12, date=None, **_):
    """A care home's pre-contract for a gerocultor/a: a form with the centre's registry number, the
    post, shift, duration and pay in a table, the director's stamp."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    home = r.choice(["Residencia de Mayores Los Olivos", "Centro Sociosanitario San Lázaro", "Residencia Vistalegre"])
    f.text(home, f.base * 1.15, True)
    f.text(f"Centro inscrito en el Registro de Servicios Sociales con el n.º {r.randint(1000, 9999)}", f.base * 0.75)
    f.hr()
    f.text("PRECONTRATO DE TRABAJO / COMPROMISO DE CONTRATACIÓN", f.base, True, "c")
    f.table(["Concepto", "Condición"], [["Trabajador/a", c.holder.natural], ["Pasaporte", c.ids["passport"]],
                                        ["Puesto", "Gerocultor/a"],
                                        ["Turno", r.choice(["Mañana", "Tarde", "Noche", "Rotativo"])],
                                        ["Duración", "Indefinida" if not months else f"{NUMS.get(months, months)} meses ({months} meses)"],
                                        ["Salario bruto anual", f"{r.choice(['16.576', '17.094', '17.500'])} €"]],
                [0.35, 0.65], f.base * 0.85)
    f.para(f"El centro se compromete a formalizar el contrato {_lasting(months)} en cuanto se conceda la "
           "autorización de residencia y trabajo.", f.base * 0.88)
    when = date or dt.date(2026, 4, 1)
    f.para(f"{c.muni[0]}, a {_es(when)}", f.base * 0.88)
    _rect_stamp(page, f.left, f.y + 2, 62, [home.upper()[:34], "DIRECCIÓN"], STAMP_B, 6)
    _signature(page, f.left + 70, f.y + 8, r)
    f.y += 18
    return _done(b, "employment_contract", c.holder.natural, {"months": months, "sector": "cuidados"})


def declaracion_cuenta_propia(ctx, months=12, date=None, **_):
    """A declaración responsable of self-employment: the activity and its CNAE, where it will be
    carried on, the commitment to register as autónomo (RETA), a short list of what is already in place."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    act = r.choice([("Reparto a domicilio en bicicleta", "5320"), ("Taller de costura y arreglos", "1413"),
                    ("Venta de productos africanos y latinos", "4729"), ("Mantenimiento de jardines", "8130")])
    f.text("DECLARACIÓN RESPONSABLE", f.base * 1.2, True, "c")
    f.text("de ejercicio de actividad por cuenta propia", f.base * 0.9, False, "c")
    f.space(3)
    f.para(f"D./Dña. {c.holder.natural}, con pasaporte {c.ids['passport']}, domiciliado/a en {c.home[0]}, "
           f"{c.muni[0]}, DECLARA bajo su responsabilidad:", f.base * 0.9)
    for s in [f"Que va a ejercer la actividad de «{act[0]}» (CNAE {act[1]}) en {c.muni[0]}.",
              "Que se dará de alta en el Régimen Especial de Trabajadores por Cuenta Propia o Autónomos en el "
              "plazo de un mes desde la concesión de la autorización.",
              "Que dispone de los medios necesarios para iniciar la actividad y de la inversión prevista."]:
        f.para("• " + s, f.base * 0.88, indent=4)
    when = date or dt.date(2026, 4, 1)
    f.para(f"En {c.muni[0]}, a {_es(when)}.", f.base * 0.88)
    f.signature([c.holder.natural])
    return _done(b, "employment_contract", c.holder.natural, {"self_employment": True})


# ------------------------------------------------------------ supuesto: vulnerability
def vuln_informe_municipal(ctx, date=None, **_):
    """The town hall's social services report: the ayuntamiento's header, the centre, the file
    number, the report's headings and the social worker's signature with her collegiate number."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = date or dt.date(2026, 4, 1)
    f.text(f"AYUNTAMIENTO DE {c.muni[0].upper()}", f.base, True)
    f.text("Área de Bienestar Social — Centro Municipal de Servicios Sociales", f.base * 0.8)
    f.text(f"Expediente SIUSS {digits(r, 7)}", f.base * 0.8, align="r")
    f.space(3)
    f.text("INFORME DE SITUACIÓN DE VULNERABILIDAD", f.base * 1.05, True, "c")
    f.text("(a efectos de la disposición adicional vigésima primera del RD 316/2026)", f.base * 0.75, False, "c")
    f.text("Persona interesada", f.base * 0.92, True)
    f.para(f"{c.holder.natural}, nacido/a el {_d(c.birth)}, pasaporte {c.ids['passport']}, empadronado/a en "
           f"{c.home[0]}.", f.base * 0.88)
    f.text("Valoración profesional", f.base * 0.92, True)
    f.para(f"Tras las entrevistas realizadas, se valora que la persona se encuentra en situación de vulnerabilidad "
           f"por {r.choice(['ausencia de ingresos y de red de apoyo', 'riesgo de pérdida de vivienda', 'hijos a cargo sin apoyo familiar'])}.",
           f.base * 0.88)
    worker = r.choice(["Begoña Azcárate Lus", "Iván Cordero Mira", "Noelia Sastre Gil"])
    f.para(f"{c.muni[0]}, {_es(when)}", f.base * 0.88)
    f.signature([worker, f"Trabajador/a social — Col. n.º {r.randint(100, 9999)}"])
    return _done(b, "vulnerability_certificate", c.holder.natural, {})


def vuln_entidad_registrada(ctx, date=None, **_):
    """A registered social entity's certificate: a logo square and the entity's registry number at
    the top, "CERTIFICA" in capitals, the programme the person attends since when, the president's
    stamp."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    ent = r.choice(["Asociación Camino Común", "Fundación Mar de Todos", "Asociación Pan y Acogida"])
    page.rect(f.left, f.y, 16, 16, 0, fill=b.color)
    page.text(f.left + 20, f.y + 7, ent.upper(), "dejavu-b", 10, "l", b.color)
    page.text(f.left + 20, f.y + 12.5, f"Entidad inscrita en el Registro Nacional de Asociaciones, n.º {r.randint(100000, 999999)}",
              "dejavu", 6.5)
    f.y += 24
    when = date or dt.date(2026, 4, 1)
    since = when - dt.timedelta(days=r.randint(120, 700))
    f.para(f"Doña/Don {r.choice(['Ana Gil Berrocal', 'Jorge Lafuente Oria', 'Carmen Soler Tomé'])}, en calidad de "
           f"presidente/a de {ent},", f.base * 0.92)
    f.text("CERTIFICA", f.base * 1.1, True, "c")
    f.para(f"Que {c.holder.natural}, pasaporte {c.ids['passport']}, participa desde el {_d(since)} en el programa de "
           "acogida e integración de esta entidad, y que se encuentra en situación de vulnerabilidad social y "
           "económica.", f.base * 0.92)
    f.para(f"Y para que conste, a los efectos oportunos, firma el presente en {c.muni[0]} a {_es(when)}.", f.base * 0.9)
    _round_stamp(page, f.left + 25, f.y + 14, 11, ent.upper()[:30], "SELLO", b.color)
    _signature(page, f.left + 50, f.y + 12, r)
    f.y += 28
    return _done(b, "vulnerability_certificate", c.holder.natural, {})


# ------------------------------------------------------------ extras: annexes, record requests
def annex_anexo(ctx, form="Anexo I-1", date=None, **_):
    """The annex (declaración responsable or authorisation) printed from the sede and signed."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    f.text(f"{form.upper()} — {'DECLARACIÓN RESPONSABLE' if form.endswith('1') else 'AUTORIZACIÓN'}", f.base * 1.05, True)
    if form.endswith("1"):
        f.para(f"{c.holder.natural}, pasaporte {c.ids['passport']}, declara que ha solicitado a las autoridades de "
               f"{c.ids['country']} el certificado de antecedentes penales y que, transcurrido un mes, no lo ha recibido; "
               "se compromete a aportarlo en cuanto lo obtenga.", f.base * 0.9)
    else:
        f.para(f"{c.holder.natural}, pasaporte {c.ids['passport']}, autoriza a la Administración española a "
               f"solicitar en su nombre el certificado de antecedentes penales de {c.ids['country']}.", f.base * 0.9)
    when = date or dt.date(2026, 4, 1)
    f.text(f"{c.muni[0]}, {_d(when)}", f.base * 0.9)
    _signature(f.page, f.left + 5, f.y + 8, r)
    f.y += 14
    return _done(b, "application_form", c.holder.natural, {"form": form})


def record_request_resguardo(ctx, requested=None, **_):
    """The proof the record was asked for: a consular or portal receipt with the request's date."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = requested or dt.date(2026, 2, 1)
    country = c.ids["country"]
    ref = letters(r, 3) + digits(r, 7)
    f.text(f"CONSULADO / EMBAJADA DE {STATE_ES[country].upper()} EN ESPAÑA", f.base * 0.9, True)
    f.text("RESGUARDO DE SOLICITUD DE CERTIFICADO DE ANTECEDENTES PENALES", f.base * 0.95, True)
    f.fields([("Solicitante", c.holder.natural), ("Pasaporte", c.ids["passport"]), ("Fecha de la solicitud", _d(when)),
              ("Referencia", ref), ("Estado", "En tramitación")], "colon", f.base * 0.9)
    return _done(b, "criminal_record", c.holder.natural, {"request": True})


FAMILIES = {
    "application_form": {"casilla_a_mano": (form_casilla_a_mano, ES),
                         "generador_barras": (form_generador_barras, ES),
                         "manuscrito_parcial": (form_manuscrito_parcial, ES)},
    "passport": {"pagina_recortada": (passport_pagina_recortada, ES), "pdf_todas": (passport_pdf_todas, ES),
                 "movil_perspectiva": (passport_movil_perspectiva, ES),
                 "fotocopia_dos_paginas": (passport_fotocopia_dos_paginas, ES)},
    "criminal_record": {"antecedentes_malabo": (record_antecedentes_malabo, ES),
                        "registo_criminal_praia": (record_registo_criminal_praia, ES),
                        "adli_sicil_edevlet": (record_adli_sicil_edevlet, ES),
                        "uverenje_mup_beograd": (record_uverenje_mup_beograd, ES),
                        "clearance_federal_police": (record_clearance_federal_police, ES),
                        "casier_nouakchott": (record_casier_nouakchott, ES),
                        "malumotnoma_mygov": (record_malumotnoma_mygov, ES),
                        "bulletin3_abidjan": (record_bulletin3_abidjan, ES)},
    "apostille": {"sello_caucho": (apostille_sello_caucho, ES), "impresa_control": (apostille_impresa_control, ES),
                  "doble_legalizacion_embajada": (apostille_legalizacion_cadena, ES)},
    "translation": {"tabla_datos": (translation_tabla_datos, ES),
                    "jurada_paginada": (translation_jurada_paginada, ES)},
    "fee_form": {"aeat_con_justificante": (fee_aeat_con_justificante, ES),
                 "ventanilla_validacion": (fee_ventanilla_validacion, ES)},
    "protection_application": {"acta_manifestacion_cnp": (protection_manifestacion_voluntad, ES),
                               "citacion_entrevista": (protection_citacion_entrevista, ES),
                               "tarjeta_roja_sellos": (protection_tarjeta_roja_sellos, ES)},
    "employment_contract": {"campana_agricola": (contract_campana_agricola, ES),
                            "servicio_hogar_rd1620": (contract_hogar_familiar, ES),
                            "oferta_hosteleria": (offer_hosteleria, ES),
                            "precontrato_residencia": (precontrato_residencia_mayores, ES),
                            "declaracion_cuenta_propia": (declaracion_cuenta_propia, ES)},
    "vulnerability_certificate": {"informe_siuss_ayuntamiento": (vuln_informe_municipal, ES),
                                  "certificado_presidencia_asociacion": (vuln_entidad_registrada, ES)},
}
EXTRA = {"annex": annex_anexo, "record_request": record_request_resguardo,
         "identity_card": identity_card_anverso_reverso}
APOSTILLE_OF = {"stamp": "sello_caucho", "printed": "impresa_control", "chain": "doble_legalizacion_embajada"}
# The contracts and offers that state a duration (the self-employment declaration does not).
CONTRACTS = ("campana_agricola", "servicio_hogar_rd1620", "oferta_hosteleria", "precontrato_residencia")


# ------------------------------------------------------------ cases
_pick = dossier_plan.picker(FAMILIES, SPLIT)


def _record_and_legalisation(info):
    # Every legalisation of this set is paper, so each may sit on the certificate (its foot or back).
    return info["record"], APOSTILLE_OF[info["legal"]], True


def plan_case(rng, splits, scenario):
    return dossier_plan.plan_case(rng, splits, scenario, COUNTRIES, _pick, _record_and_legalisation, CONTRACTS)


_builder = dossier_plan.builder(FAMILIES, EXTRA)

PASSPORT_NO = {"Guinea Ecuatorial": lambda r: "P" + digits(r, 7), "Cabo Verde": lambda r: "PA" + digits(r, 6),
               "Turquía": lambda r: "U" + digits(r, 8), "Serbia": lambda r: digits(r, 9),
               "Etiopía": lambda r: "EP" + digits(r, 7), "Mauritania": lambda r: "B" + digits(r, 8),
               "Uzbekistán": lambda r: "FA" + digits(r, 7), "Costa de Marfil": lambda r: "20AC" + digits(r, 5)}


def make_case(out, case_id, seed, splits, scenario, dpi=200):
    """OUT/cases/<id>/ and OUT/truth/<id>.json in fam_dossier.make_case's format."""
    rng = random.Random(f"dossier10:{seed}:{case_id}")
    plan = plan_case(rng, splits, scenario)
    country = plan["country"]
    info = COUNTRIES[country]
    given = rng.choice(info["given"])
    person = td.Person(given, rng.sample(info["sur"], 2 if info["two"] else 1))
    sub = dt.date(2026, rng.randint(4, 6), rng.randint(1, 28))
    birth = dt.date(rng.randint(1970, 2004), rng.randint(1, 12), rng.randint(1, 28))
    muni = rng.choice([m for m in td.MUNICIPALITIES if m[2] == "es"])
    personal = {"Turquía": 11, "Uzbekistán": 14, "Mauritania": 10}.get(country)
    ids = {"passport": PASSPORT_NO[country](rng), "nat": info["code"], "country": country,
           "sex": "F" if given in FEMALE else "M",
           "expiry": dt.date(rng.choice([2026, 2028, 2031, 2034]), rng.randint(1, 12), rng.randint(1, 28)),
           "personal": digits(rng, personal) if personal and rng.random() < 0.7 else "",
           "apostille_days": rng.randint(2, 9), "apostille_no": digits(rng, 6),
           "card": letters(rng, 2) + digits(rng, 7),
           "card_expiry": dt.date(rng.randint(2027, 2035), rng.randint(1, 12), rng.randint(1, 28))}
    nie = td.nie(rng) if plan["has_nie"] else None
    if nie:
        ids["nie"] = nie

    def file_name(rng, i, ext):
        return f"{rng.choice(['IMG', 'CamScanner', 'Escaneado', 'PDF', 'foto'])}_{i + 1:02d}{rng.randint(10, 99)}.{ext}"

    return dossier_plan.write_case(out, case_id, rng, plan, split=SPLIT, scenario=scenario, country=country,
                                   person=person, ids=ids, nie=nie, sub=sub, birth=birth, muni=muni,
                                   builder=_builder, file_name=file_name, ctx_class=Ctx, dpi=dpi,
                                   extra_spec={"apostilled": scenario != "no_apostille"})
