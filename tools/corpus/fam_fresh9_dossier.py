"""held_out_9: a fifth blind set of template families of the dossier's documents (issue 20).

Written without reading the reader (src/, models/) or the templates of the earlier
sets, from what the papers of eight other states look like: Costa Rica and Panama
(certificates in Spanish, electronic apostilles), Albania (in Albanian, from the
e-Albania portal) and Armenia (in Armenian letters, which the OCR does not read:
it comes with its sworn translation), Tunisia (bilingual Arabic/French bulletin
n° 3), all three Hague parties stamping a paper apostille; and Mali (French),
Vietnam (Vietnamese) and Kenya (English), not parties to the 1961 convention,
legalised by their foreign ministry and then by the Spanish embassy.

The passport arrives as a flat-bed scan of the open booklet on A4 with the lid's
shadow, as a grey photocopy with the toner's specks, or as a phone photo taken at
an angle (the data page sheared, its lines stepping sideways); the EX form filled
by hand in blue ink (a slightly unsteady face), by the sede's fillable PDF with
some boxes left empty, or as a copy stamped by the registry's entry stamp; the
790-052 as the online bank's PDF receipt or as the three-copy carta de pago
stamped by the bank; the protection application as the OAR's appointment receipt
or as a copy of the red card; a contract on the SEPE model with its clauses, a job
offer letter on the company's letterhead, a self-employment business plan; a
regional social services certificate and a reception NGO's report.

`make_case` writes one case in fam_dossier.make_case's truth format (same
scenarios, short_contract included), drawing only this module's families, so
gen_corpus.py --dossier --families held_out_9 shows nothing tuned on.
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

SPLIT = "held_out_9"
ES = ("es",)
BLUE = (25, 45, 140)
RED = (170, 30, 40)
PURPLE = (105, 40, 120)
GREEN = (20, 110, 55)
GREY = (95, 95, 95)

MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}

# code, certificate language, legalisation, record family, TD1 card code or None, names, nationality word.
# Costa Rica and Panama issue electronic apostilles; Albania, Armenia and Tunisia (a party since 2018) a
# paper one; Mali, Vietnam and Kenya are not parties to the Hague convention of 1961: their foreign
# ministry legalises and then the Spanish embassy (Bamako, Hanói, Nairobi).
COUNTRIES = {
    "Costa Rica": dict(code="CRI", lang="es", legal="e_apostille", record="certificacion_registro_judicial",
                       td1=None, given=["María Fernanda", "Josué", "Valeria", "Esteban"],
                       sur=["Quesada", "Solano", "Arias", "Vargas", "Mora"], two=True, nat="COSTARRICENSE"),
    "Panamá": dict(code="PAN", lang="es", legal="e_apostille", record="policivo_dij", td1=None,
                   given=["Yarisel", "Edwin Omar", "Kathia", "Abdiel"],
                   sur=["Batista", "De Gracia", "Caballero", "Quintero", "Pinzón"], two=True, nat="PANAMEÑA"),
    "Albania": dict(code="ALB", lang="sq", legal="paper", record="vertetim_e_albania", td1="ID",
                    given=["Elira", "Ardit", "Klajdi", "Ermira"], sur=["Hoxha", "Gjoka", "Leka", "Dervishi"],
                    two=False, nat="SHQIPTARE"),
    "Armenia": dict(code="ARM", lang="hy", legal="paper", record="teghekank_armenia", td1="ID",
                    given=["Anahit", "Narek", "Lusine", "Tigran"],
                    sur=["Petrosyan", "Hakobyan", "Sargsyan", "Grigoryan"], two=False, nat="ARMENIAN"),
    "Túnez": dict(code="TUN", lang="fr", legal="paper", record="bulletin3_bilingue", td1=None,
                  given=["Yassine", "Ons", "Wassim", "Rym"], sur=["Trabelsi", "Ben Salah", "Jendoubi", "Mejri"],
                  two=False, nat="TUNISIENNE"),
    "Malí": dict(code="MLI", lang="fr", legal="chain", record="extrait_bamako", td1=None,
                 given=["Boubacar", "Aminata", "Moussa", "Kadiatou"],
                 sur=["Keïta", "Traoré", "Coulibaly", "Diarra", "Sangaré"], two=False, nat="MALIENNE"),
    "Vietnam": dict(code="VNM", lang="vi", legal="chain", record="phieu_ly_lich", td1=None,
                    given=["Thị Lan", "Văn Minh", "Thu Hà", "Quốc Bảo"], sur=["Nguyễn", "Trần", "Phạm", "Lê"],
                    two=False, nat="VIỆT NAM"),
    "Kenia": dict(code="KEN", lang="en", legal="chain", record="good_conduct_dci", td1=None,
                  given=["Wanjiru", "Otieno", "Achieng", "Kipchoge"],
                  sur=["Kamau", "Odhiambo", "Mwangi", "Cheruiyot", "Njoroge"], two=False, nat="KENYAN"),
}
FEMALE = {"María Fernanda", "Valeria", "Yarisel", "Kathia", "Elira", "Ermira", "Anahit", "Lusine", "Ons", "Rym",
          "Aminata", "Kadiatou", "Thị Lan", "Thu Hà", "Wanjiru", "Achieng"}
LANG_ES = {"sq": "albanés", "hy": "armenio", "fr": "francés", "vi": "vietnamita", "en": "inglés"}
STATE = {"Costa Rica": "REPÚBLICA DE COSTA RICA", "Panamá": "REPÚBLICA DE PANAMÁ",
         "Albania": "REPUBLIKA E SHQIPËRISË", "Armenia": "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ",
         "Túnez": "RÉPUBLIQUE TUNISIENNE", "Malí": "RÉPUBLIQUE DU MALI",
         "Vietnam": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Kenia": "REPUBLIC OF KENYA"}
STATE_EN = {"Costa Rica": "REPUBLIC OF COSTA RICA", "Panamá": "REPUBLIC OF PANAMA", "Albania": "REPUBLIC OF ALBANIA",
            "Armenia": "REPUBLIC OF ARMENIA", "Túnez": "TUNISIAN REPUBLIC", "Malí": "REPUBLIC OF MALI",
            "Vietnam": "SOCIALIST REPUBLIC OF VIET NAM", "Kenia": "REPUBLIC OF KENYA"}
PASS_TITLE = {"Costa Rica": "PASAPORTE / PASSPORT", "Panamá": "PASAPORTE / PASSPORT",
              "Albania": "PASAPORTË / PASSPORT", "Armenia": "ԱՆՁՆԱԳԻՐ / PASSPORT",
              "Túnez": "جواز سفر / PASSEPORT / PASSPORT", "Malí": "PASSEPORT / PASSPORT",
              "Vietnam": "HỘ CHIẾU / PASSPORT", "Kenia": "PASSPORT"}
# Holder's names in Armenian letters, as the Armenian certificate prints them.
ARMENIAN = {"Anahit": "Անահիտ", "Narek": "Նարեկ", "Lusine": "Լուսինե", "Tigran": "Տիգրան",
            "Petrosyan": "Պետրոսյան", "Hakobyan": "Հակոբյան", "Sargsyan": "Սարգսյան", "Grigoryan": "Գրիգորյան"}
APOS_AUTH = {"Costa Rica": "Ministerio de Relaciones Exteriores y Culto, San José",
             "Panamá": "Ministerio de Relaciones Exteriores, Dirección de Autenticación y Legalización, Panamá",
             "Albania": "Ministria për Evropën dhe Punët e Jashtme, Tiranë",
             "Armenia": "Ministry of Justice of the Republic of Armenia, Yerevan",
             "Túnez": "Ministère des Affaires Étrangères, Tunis"}
CHAIN_MFA = {"Malí": ("MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET DE LA COOPÉRATION INTERNATIONALE",
                      "Vu pour légalisation de la signature de M./Mme", "Bamako"),
             "Vietnam": ("BỘ NGOẠI GIAO — CỤC LÃNH SỰ", "CHỨNG NHẬN CHỮ KÝ VÀ CON DẤU / Consular legalisation", "Hà Nội"),
             "Kenia": ("MINISTRY OF FOREIGN AND DIASPORA AFFAIRS", "Seen for authentication of the signature of", "Nairobi")}
EMBASSY = {"Malí": "Embajada de España en Bamako", "Vietnam": "Embajada de España en Hanói",
           "Kenia": "Embajada de España en Nairobi"}
RECORD_SIGNER = {"Costa Rica": "Licda. Ana Yancy Brenes", "Panamá": "Subcomisionado Rolando Sáenz",
                 "Albania": "Zyra e Gjendjes Gjyqësore", "Armenia": "Ա. Մկրտչյան",
                 "Túnez": "Le Chef de service", "Malí": "Me Oumou Dembélé", "Vietnam": "Đỗ Thanh Tùng",
                 "Kenia": "Director, Criminal Investigations"}


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def alnum(r, n):
    return "".join(r.choice("ABCDEFGHKLMNPRSTUVWXYZ23456789") for _ in range(n))


def _done(b, type_, holder, facts):
    doc = b.done(type_, holder, [])
    doc.facts = facts
    return doc


def _info(c):
    return COUNTRIES[c.ids["country"]]


def _sur(c):
    return " ".join(c.holder.surnames)


def _dmy(d, sep="/"):
    return d.strftime(f"%d{sep}%m{sep}%Y")


def _long(d, lang="es"):
    if lang == "es":
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    return f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"


def _put(page, x, y, s, font, size, width, align="l", color=(0, 0, 0)):
    """A line set at most `width` wide (shrunk if longer), anchored as align says."""
    w = text_width(s, font, size)
    if w > width:
        size = size * width / w
    page.text(x, y, s, font, size, align, color)


def _oval(page, cx, cy, rx, ry, col, width=0.6):
    pts = [(cx + rx * math.cos(k * math.pi / 20), cy + ry * math.sin(k * math.pi / 20)) for k in range(41)]
    for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
        page.line(x1, y1, x2, y2, width, col)


def _seal(page, cx, cy, r_, lines, col):
    """A round official seal: two rings and short words across the middle."""
    _oval(page, cx, cy, r_, r_, col)
    _oval(page, cx, cy, r_ - 2.2, r_ - 2.2, col, 0.3)
    lh = 2.9
    y0 = cy - lh * (len(lines) - 1) / 2 + 1
    for i, ln in enumerate(lines):
        _put(page, cx, y0 + i * lh, ln, "dejavu-b", 5.5, 2 * r_ - 6, "c", col)


def _box_stamp(page, x, y, w, lines, col, size=6.5):
    lh = size * 0.3528 * 1.45
    h = lh * len(lines) + 3
    page.rect(x, y, w, h, 0.7, col)
    page.rect(x + 0.9, y + 0.9, w - 1.8, h - 1.8, 0.25, col)
    for i, ln in enumerate(lines):
        _put(page, x + w / 2, y + 1.5 + lh * (i + 0.8), ln, "dejavu-b", size, w - 4, "c", col)
    return h


def _qr(page, x, y, size, seed):
    qr_modules(page, x, y, size, random.Random(seed))


def _scribble(page, x, y, r, col=BLUE):
    px, py = x, y
    for _ in range(7):
        nx, ny = px + 3 + r.random() * 4, y + (r.random() - 0.5) * 6
        page.line(px, py, nx, ny, 0.45, col)
        px, py = nx, ny


# ------------------------------------------------------------ machine-readable zones
def _mrz_name(s):
    return td.strip_accents(s).upper().replace("-", " ").replace("'", "").replace(" ", "<")


def td3(surname, given, number, nat, birth, expiry, sex, personal="", wrong=None):
    """ICAO 9303 TD3, two lines of 44; `wrong` (birth, expiry, number or composite) names the one
    check digit printed off by 3; the composite is computed over the line as printed."""
    cd = fd.check_digit
    off = lambda d: str((int(d) + 3) % 10)
    one = ("P<" + nat + _mrz_name(surname) + "<<" + _mrz_name(given)).ljust(44, "<")[:44]
    num = number.ljust(9, "<")[:9]
    bd, ed = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    n_cd, b_cd, e_cd = cd(num), cd(bd), cd(ed)
    n_cd = off(n_cd) if wrong == "number" else n_cd
    b_cd = off(b_cd) if wrong == "birth" else b_cd
    e_cd = off(e_cd) if wrong == "expiry" else e_cd
    opt = personal.ljust(14, "<")[:14]
    two = num + n_cd + nat + bd + b_cd + sex + ed + e_cd + opt + cd(opt)
    comp = cd(two[0:10] + two[13:20] + two[21:43])
    return one, two + (off(comp) if wrong == "composite" else comp)


def _zone(c, wrong):
    return td3(_sur(c), c.holder.given, c.ids["passport"], c.ids["nat"], c.birth, c.ids["expiry"],
               c.ids["sex"], c.ids.get("personal", ""), wrong)


# ------------------------------------------------------------ application form
FORM_TITLE = {"EX-31": ("Solicitud de autorización de residencia y trabajo de personas solicitantes de "
                        "protección internacional", "disposición adicional vigésima"),
              "EX-32": ("Solicitud de autorización de residencia y trabajo por regularización extraordinaria",
                        "disposición adicional vigésima primera")}


def _hand(page, x, y, s, r, width, size=10.0):
    """Words written in blue ballpoint: each word a little above or below the line, a little
    bigger or smaller, on a face that is not the form's."""
    font = r.choice(["free_serif", "dejavu_serif", "lib_serif"])
    pos = x
    for word in s.split(" "):
        sz = size * (0.9 + r.random() * 0.2)
        w = text_width(word, font, sz)
        if pos + w > x + width:
            sz = sz * max(0.4, (x + width - pos) / max(w, 0.1))
            w = text_width(word, font, sz)
        page.text(pos, y + (r.random() - 0.5) * 1.2, word, font, sz, "l", BLUE)
        pos += w + text_width(" ", font, sz) * (1 + r.random() * 0.6)


def _form_head(f, page, form, c):
    page.text(f.left, f.y + 5, "GOBIERNO", "dejavu-b", 8)
    page.text(f.left, f.y + 8.5, "DE ESPAÑA", "dejavu-b", 8)
    page.line(f.left + 19, f.y + 1, f.left + 19, f.y + 10, 0.4)
    page.text(f.left + 21, f.y + 4.5, "MINISTERIO", "dejavu", 6.5)
    page.text(f.left + 21, f.y + 7.3, "DE INCLUSIÓN, SEGURIDAD SOCIAL", "dejavu", 6.5)
    page.text(f.left + 21, f.y + 10.1, "Y MIGRACIONES", "dejavu", 6.5)
    page.rect(f.right - 30, f.y, 30, 12, 0.9)
    page.text(f.right - 15, f.y + 8.5, form, "dejavu-b", 14, "c")
    f.y += 15
    title, da = FORM_TITLE[form]
    f.para(title.upper(), f.base * 0.9, True, "c")
    f.para(f"(Real Decreto 316/2026, {da})", f.base * 0.8, False, "c")


FORM_FIELDS = ["PASAPORTE", "N.I.E.", "1er APELLIDO", "2º APELLIDO", "NOMBRE", "FECHA DE NACIMIENTO",
               "NACIONALIDAD", "DOMICILIO EN ESPAÑA", "LOCALIDAD", "TELÉFONO MÓVIL", "E-MAIL"]


def _form_values(c, r, partial):
    sur = c.holder.surnames
    vals = [c.ids["passport"], c.ids.get("nie", ""), sur[0].upper(), sur[1].upper() if len(sur) > 1 else "",
            c.holder.given.upper(), _dmy(c.birth), _info(c)["nat"], c.home[0], c.muni[0],
            "6" + digits(r, 8), ""]
    if partial:   # what people leave blank: phone, e-mail, sometimes the NIE or the address
        for i in (9, 10) + ((1,) if r.random() < 0.5 else ()) + ((7,) if r.random() < 0.3 else ()):
            vals[i] = ""
    return vals


def _grid_form(b, c, form, writer, partial):
    """Section 1 as two columns of ruled boxes, label in small caps above, the value written in."""
    f, page, r = b.f, b.f.page, c.rng
    f.text("1) DATOS DE LA PERSONA EXTRANJERA", f.base * 0.85, True)
    f.y += 1
    vals = _form_values(c, r, partial)
    cw = f.width / 2
    for k in range(0, len(FORM_FIELDS), 2):
        f.ensure(12)
        for j in range(2):
            if k + j >= len(FORM_FIELDS):
                continue
            x = f.left + j * cw
            page.rect(x, f.y, cw - 2, 11, 0.3)
            page.text(x + 1, f.y + 2.8, FORM_FIELDS[k + j], "dejavu", 5.5)
            if vals[k + j]:
                writer(page, x + 2, f.y + 8.8, vals[k + j], cw - 6)
        f.y += 12.5
    f.space(2)
    f.text("2) DATOS DEL/DE LA REPRESENTANTE A EFECTOS DE NOTIFICACIONES", f.base * 0.85, True)
    page.rect(f.left, f.y + 1, f.width, 8, 0.3)
    f.y += 11
    f.text("3) TIPO DE SOLICITUD", f.base * 0.85, True)
    _, da = FORM_TITLE[form]
    f.text(f"[   ] Inicial        Supuesto: {da}", f.base * 0.8)
    writer(page, f.left + 1.0, f.y - 0.3, "X", 5)
    f.space(2)
    f.para("La persona firmante DECLARA que los datos consignados son ciertos y AUTORIZA la consulta de sus datos "
           "de identidad, residencia y antecedentes penales en los sistemas de la Administración.", f.base * 0.75)


def form_rellenado_boligrafo(ctx, form="EX-32", date=None, **_):
    """The blank form printed from the ministry's page and filled by hand in blue ballpoint, the
    place and date written at the foot, signed; the representative's section left empty."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    _form_head(f, f.page, form, c)
    _grid_form(b, c, form, lambda p, x, y, s, w: _hand(p, x, y, s, r, w), partial=r.random() < 0.4)
    f.y += 8
    if date:
        _hand(f.page, f.left + 10, f.y, f"{c.muni[0]}, {_dmy(date)}", r, 80)
    _scribble(f.page, f.right - 55, f.y, r)
    f.y += 6
    f.text("Firma del/de la solicitante", f.base * 0.8, x=f.right - 60)
    f.footer([f"{form} — Ejemplar para la Administración"])
    return _done(b, "application_form", c.holder.natural, {"form": form})


def form_pdf_rellenable(ctx, form="EX-32", date=None, **_):
    """The fillable PDF typed on a computer: values in a sans face inside light-grey field boxes,
    several boxes left empty, "Página 1 de 2", the second page the consent and signature."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    _form_head(f, f.page, form, c)

    def typed(page, x, y, s, w):
        page.rect(x - 1, y - 4.6, w + 2, 5.8, 0, fill=(232, 236, 246))
        _put(page, x, y, s, "lib_sans", 9, w)
    _grid_form(b, c, form, typed, partial=True)
    f.footer([f"Página 1 de 2 — Modelo {form}"])
    f.new_page()
    f.text("4) CONSENTIMIENTO Y FIRMA", f.base * 0.9, True)
    f.para("Consiento que la Administración compruebe mis datos mediante consulta a las plataformas de "
           "intermediación. [ ] Me opongo a la consulta y aporto los documentos.", f.base * 0.8)
    if date:
        f.text(f"Lugar y fecha: {c.muni[0]}, {_long(date)}", f.base * 0.9)
    f.signature(["Firma de la persona solicitante"])
    f.footer([f"Página 2 de 2 — Modelo {form}"])
    return _done(b, "application_form", c.holder.natural, {"form": form})


def form_registro_entrada(ctx, form="EX-32", date=None, **_):
    """The applicant's copy of the form as handed in at a public registry: the form typed, and
    the registry's rectangular entry stamp (office, date, entry number) printed in violet top right."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = date or dt.date(2026, 4, 20)
    _form_head(f, f.page, form, c)
    _box_stamp(f.page, f.right - 62, f.y + 1, 62,
               ["REGISTRO GENERAL", f"OFICINA DE EXTRANJERÍA DE {c.muni[0].upper()}", "ENTRADA",
                f"{_dmy(when)}   N.º {digits(r, 6)}/{when.year}"], PURPLE, 6)
    f.y += 18
    _grid_form(b, c, form, lambda p, x, y, s, w: _put(p, x, y, s, "lib_mono", 9, w), partial=False)
    f.signature(["Fdo.: " + c.holder.natural])
    f.footer([f"{form} — Ejemplar para la persona interesada"])
    return _done(b, "application_form", c.holder.natural, {"form": form})


# ------------------------------------------------------------ passport
LABELS = {
    "es": ["Apellidos/Surname", "Nombres/Given names", "Nacionalidad/Nationality", "Fecha de nacimiento/Date of birth",
           "Sexo/Sex", "Lugar de nacimiento/Place of birth", "Fecha de expedición/Date of issue",
           "Fecha de vencimiento/Date of expiry"],
    "sq": ["Mbiemri/Surname", "Emri/Given names", "Shtetësia/Nationality", "Datëlindja/Date of birth", "Gjinia/Sex",
           "Vendlindja/Place of birth", "Data e lëshimit/Date of issue", "Data e mbarimit/Date of expiry"],
    "hy": ["Ազգանուն/Surname", "Անուն/Given names", "Քաղաքացիություն/Nationality", "Ծննդյան ամսաթիվ/Date of birth",
           "Սեռ/Sex", "Ծննդավայր/Place of birth", "Տրման ամսաթիվ/Date of issue", "Վավեր է մինչև/Date of expiry"],
    "fr": ["Nom/Surname", "Prénoms/Given names", "Nationalité/Nationality", "Date de naissance/Date of birth",
           "Sexe/Sex", "Lieu de naissance/Place of birth", "Date de délivrance/Date of issue",
           "Date d'expiration/Date of expiry"],
    "vi": ["Họ/Surname", "Chữ đệm và tên/Given names", "Quốc tịch/Nationality", "Ngày sinh/Date of birth",
           "Giới tính/Sex", "Nơi sinh/Place of birth", "Ngày cấp/Date of issue", "Có giá trị đến/Date of expiry"],
    "en": ["Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue",
           "Date of expiry"],
}
BIRTHPLACE = {"Costa Rica": ["SAN JOSÉ", "ALAJUELA", "CARTAGO"], "Panamá": ["PANAMÁ", "COLÓN", "CHIRIQUÍ"],
              "Albania": ["TIRANË", "DURRËS", "SHKODËR"], "Armenia": ["YEREVAN", "GYUMRI", "VANADZOR"],
              "Túnez": ["TUNIS", "SFAX", "SOUSSE"], "Malí": ["BAMAKO", "SÉGOU", "KAYES"],
              "Vietnam": ["HÀ NỘI", "HẢI PHÒNG", "NGHỆ AN"], "Kenia": ["NAIROBI", "KISUMU", "NAKURU"]}


def _biodata(page, c, x0, y0, wrong, mono, shear=0.0, w=125.0, h=88.0, tone=(248, 248, 244)):
    """The data page: state and title, the photo on the left, eight fields, the number top right,
    the zone at the foot; `shear` moves every line sideways by that many mm per mm down (a photo
    taken at an angle)."""
    r = c.rng
    country = c.ids["country"]
    info = _info(c)
    lab = LABELS[info["lang"]] if info["lang"] in LABELS else LABELS["en"]
    sx = lambda y: x0 + shear * (y - y0)
    for k in range(8):   # the page's outline, drawn as a parallelogram
        y1, y2 = y0 + h * k / 8, y0 + h * (k + 1) / 8
        page.line(sx(y1), y1, sx(y2), y2, 0.4)
        page.line(sx(y1) + w, y1, sx(y2) + w, y2, 0.4)
    page.line(sx(y0), y0, sx(y0) + w, y0, 0.4)
    page.line(sx(y0 + h), y0 + h, sx(y0 + h) + w, y0 + h, 0.4)
    _put(page, sx(y0 + 6) + 4, y0 + 6, STATE[country], "dejavu-b", 8, 80)
    _put(page, sx(y0 + 10) + 4, y0 + 10, PASS_TITLE[country], "dejavu", 6, 80)
    _put(page, sx(y0 + 6) + w - 4, y0 + 6, "P  " + c.ids["nat"], "dejavu-b", 7, 30, "r")
    _put(page, sx(y0 + 10.5) + w - 4, y0 + 10.5, c.ids["passport"], "dejavu-b", 8.5, 34, "r")
    page.rect(sx(y0 + 30) + 4, y0 + 14, 27, 35, 0.3, fill=(190, 190, 190))
    issue = c.ids["expiry"].replace(year=c.ids["expiry"].year - (10 if country != "Vietnam" else 10))
    fmt = lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}" if country in ("Vietnam", "Túnez", "Malí") \
        else f"{d.day:02d} {['ENE', 'FEB', 'MAR', 'ABR', 'MAY', 'JUN', 'JUL', 'AGO', 'SEP', 'OCT', 'NOV', 'DIC'][d.month - 1]}/{['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][d.month - 1]} {d.year}"
    vals = [_sur(c).upper(), c.holder.given.upper(), info["nat"], fmt(c.birth), c.ids["sex"],
            r.choice(BIRTHPLACE[country]), fmt(issue), fmt(c.ids["expiry"])]
    for i, (l_, v) in enumerate(zip(lab, vals)):
        col, row = (0, i) if i < 4 else ((i - 4) % 2, 4 + (i - 4) // 2)
        y = y0 + 16 + row * 9.2
        x = sx(y) + 35 + col * 45
        _put(page, x, y, l_, "dejavu", 4.8, 43 if col or i >= 4 else 85)
        _put(page, x, y + 4, v, "dejavu-b", 7.2, 43 if col or i >= 4 else 85)
    size = (w - 8) / text_width("<" * 44, mono, 1.0)
    for i, ln in enumerate(_zone(c, wrong)):
        y = y0 + h - 11 + i * 6.5
        page.text(sx(y) + 4, y, ln, mono, size)


def _visas(page, x0, y0, w, h, n, r, title="VISAS / VISADOS"):
    page.rect(x0, y0, w, h, 0.3)
    _put(page, x0 + w / 2, y0 + 6, title, "dejavu", 6.5, w - 8, "c")
    page.text(x0 + w - 3, y0 + h - 3, str(n), "dejavu", 6.5, "r")
    if r.random() < 0.6:
        cx, cy = x0 + 25 + r.random() * (w - 50), y0 + 25 + r.random() * (h - 45)
        _oval(page, cx, cy, 17, 11, PURPLE)
        page.text(cx, cy - 3, "SCHENGEN ES", "dejavu-b", 5.5, "c", PURPLE)
        page.text(cx, cy + 1, f"{r.randint(1, 28):02d} {r.randint(1, 12):02d} {r.choice([2023, 2024, 2025])}",
                  "dejavu-b", 6, "c", PURPLE)
        page.text(cx, cy + 5, r.choice(["MADRID", "BARCELONA", "MÁLAGA"]), "dejavu", 5, "c", PURPLE)


def _passport_done(b, c, wrong, pages):
    return _done(b, "passport", f"{_sur(c).upper()} {c.holder.given.upper()}", {"wrong_mrz": wrong, "pages": pages})


def passport_escaner_plano(ctx, pages=3, wrong=None, **_):
    """A flat-bed scan on A4 of the booklet laid open: the data page as the lower half of the
    spread (the observations page above it), the scanner lid's shadow along one edge, the rest of
    the sheet white; the other pages one spread to a sheet."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    mono = r.choice(["lib_mono", "dejavu_mono", "free_mono"])
    x0, y0 = 12 + r.random() * 10, 14 + r.random() * 8
    for k in range(pages):
        if k:
            f.new_page()
        page = f.page
        page.rect(0, 0, 210, 6, 0, fill=(60, 60, 60))     # lid shadow
        if k == 0:
            page.rect(x0, y0, 125, 88, 0.3)
            _put(page, x0 + 62.5, y0 + 8, "OBSERVACIONES / OBSERVATIONS", "dejavu", 6.5, 110, "c")
            _biodata(page, c, x0, y0 + 89, wrong, mono)
        else:
            _visas(page, x0, y0, 125, 88, 2 * k + 1, r)
            _visas(page, x0, y0 + 89, 125, 88, 2 * k + 2, r)
    return _passport_done(b, c, wrong, pages)


def passport_fotocopia_gris(ctx, pages=3, wrong=None, **_):
    """A photocopy of the data page in grey: the whole sheet toned, the page's area darker, toner
    specks here and there, a dark band where the booklet's spine lifted off the glass."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    mono = r.choice(["lib_mono", "dejavu_mono"])
    tone = r.choice([(212, 212, 212), (200, 200, 200), (222, 222, 222)])
    for k in range(pages):
        if k:
            f.new_page()
        page = f.page
        page.rect(0, 0, 210, 297, 0, tone, fill=tone)
        page.rect(20, 30, 135, 98, 0, fill=(185, 185, 185))
        page.rect(20, 28, 135, 4, 0, fill=(80, 80, 80))
        for _ in range(40):
            page.block(r.random() * 205, r.random() * 292, 0.4 + r.random() * 0.6, 0.4 + r.random() * 0.6, (70, 70, 70))
        if k == 0:
            _biodata(page, c, 25, 35, wrong, mono)
        else:
            _visas(page, 25, 35, 125, 88, k + 2, r)
        page.text(195, 290, f"{k + 1}", "dejavu", 7, "r", (60, 60, 60))
    return _passport_done(b, c, wrong, pages)


def passport_foto_inclinada(ctx, pages=3, wrong=None, **_):
    """A phone photo of the data page taken at an angle: a dark background, the page's frame a
    parallelogram and its lines stepping sideways as they go down; one photo per page."""
    b, c, r = B(ctx, size=(150.0, 120.0)), ctx, ctx.rng
    f = b.f
    mono = r.choice(["lib_mono", "dejavu_mono", "free_mono"])
    shear = r.choice([-1, 1]) * (0.05 + r.random() * 0.07)
    bg = r.choice([(90, 70, 55), (60, 60, 65), (120, 105, 90)])
    for k in range(pages):
        if k:
            f.new_page()
        page = f.page
        page.rect(0, 0, 150, 120, 0, bg, fill=bg)
        x0 = 12 if shear > 0 else 13 + 88 * -shear
        page.rect(3, 8, 144, 104, 0, fill=(240, 238, 230))
        if k == 0:
            _biodata(page, c, x0, 16, wrong, mono, shear=shear)
        else:
            _visas(page, 12, 16, 125, 88, k + 2, r)
    return _passport_done(b, c, wrong, pages)


def identity_card_tarjeta(ctx, **_):
    """The ID card copied front above back on A4, as a copy shop does: Albania's letërnjoftim,
    Armenia's ID card, the TD1 zone on the back."""
    b, c, r = B(ctx), ctx, ctx.rng
    page = b.f.page
    country = c.ids["country"]
    x0, y0, w, h = 60.0, 40.0, 85.6, 54.0
    title = {"Albania": "LETËRNJOFTIM / IDENTITY CARD", "Armenia": "ՆՈՒՅՆԱԿԱՆԱՑՄԱՆ ՔԱՐՏ / IDENTITY CARD"}[country]
    for k in range(2):
        page.rect(x0, y0 + k * 70, w, h, 0.4, fill=(245, 245, 245))
    _put(page, x0 + 3, y0 + 5.5, STATE[country], "dejavu-b", 6.5, w - 6)
    _put(page, x0 + 3, y0 + 9.5, title, "dejavu", 5.5, w - 6)
    page.rect(x0 + 3, y0 + 13, 22, 28, 0.3, fill=(195, 195, 195))
    rows = [("Mbiemri / Surname" if country == "Albania" else "Ազգանուն / Surname", _sur(c).upper()),
            ("Emri / Given name" if country == "Albania" else "Անուն / Given name", c.holder.given.upper()),
            ("Datëlindja / Date of birth" if country == "Albania" else "Ծննդյան ամսաթիվ / Date of birth",
             _dmy(c.birth, ".")),
            ("Nr. / No.", c.ids["card"])]
    for i, (lab, val) in enumerate(rows):
        _put(page, x0 + 28, y0 + 15 + i * 8.5, lab, "dejavu", 4.6, w - 31)
        _put(page, x0 + 28, y0 + 18.6 + i * 8.5, val, "dejavu-b", 6.6, w - 31)
    zone = fd.mrz_td1(_sur(c), c.holder.given, c.ids["card"], c.ids["nat"], c.birth, c.ids["card_expiry"],
                      sex=c.ids["sex"], code=_info(c)["td1"])
    mono = r.choice(["lib_mono", "dejavu_mono", "free_mono"])
    size = (w - 8) / text_width("<" * 30, mono, 1.0)
    back = [("Lëshuar nga / Authority", "DREJTORIA E PËRGJITHSHME E GJENDJES CIVILE"),
            ("Data e skadimit / Date of expiry", _dmy(c.ids["card_expiry"], "."))] if country == "Albania" else \
        [("Տրված է / Authority", "ՆԳՆ ՄԱԾ / MIA PASSPORT AND VISA DEPT."),
         ("Վավեր է մինչև / Date of expiry", _dmy(c.ids["card_expiry"], "."))]
    for i, (lab, val) in enumerate(back):
        _put(page, x0 + 4, y0 + 74 + i * 9, lab, "dejavu", 4.6, w - 8)
        _put(page, x0 + 4, y0 + 77.6 + i * 9, val, "dejavu-b", 6.2, w - 8)
    for i, ln in enumerate(zone):
        page.text(x0 + 4, y0 + 70 + 33 + i * 6.2, ln, mono, size)
    return _done(b, "identity_card", f"{_sur(c).upper()} {c.holder.given.upper()}", {"td1": True})


# ------------------------------------------------------------ apostilles and legalisations
APOS_NUMBERED = ["País / Country / Pays", "ha sido firmado por / has been signed by / a été signé par",
                 "quien actúa en calidad de / acting in the capacity of / agissant en qualité de",
                 "y está revestido del sello / timbre de / bears the seal / stamp of / est revêtu du sceau / timbre de",
                 "en / at / à", "el día / the / le", "por / by / par", "bajo el número / No / sous n°",
                 "Sello / timbre — Seal / stamp — Sceau / timbre", "Firma / Signature"]


def _apostille_block(page, c, issued, x0, y0, w, col=(0, 0, 0), electronic=False):
    """The ten numbered entries of the 1961 model in three languages, the title framed on top."""
    country = c.ids["country"]
    when = (issued or dt.date(2026, 3, 1)) + dt.timedelta(days=c.ids.get("apostille_days", 3))
    page.rect(x0, y0, w, 118, 0.6, col)
    page.text(x0 + w / 2, y0 + 8, "APOSTILLE", "dejavu-b", 13, "c", col)
    _put(page, x0 + w / 2, y0 + 13, "(Convention de La Haye du 5 octobre 1961)", "dejavu", 7, w - 6, "c", col)
    auth = APOS_AUTH[country]
    signer = RECORD_SIGNER[country]
    vals = [STATE_EN[country], signer, "Funcionario/a del registro de antecedentes / Registry officer",
            {"Costa Rica": "Poder Judicial, Registro Judicial", "Panamá": "Dirección de Investigación Judicial",
             "Albania": "Ministria e Drejtësisë", "Armenia": "Ministry of Internal Affairs",
             "Túnez": "Ministère de l'Intérieur"}[country],
            auth.split(", ")[-1], _dmy(when), auth, c.ids.get("apostille_no", "00000000"),
            "sello electrónico" if electronic else "", "firma electrónica" if electronic else ""]
    y = y0 + 20
    for i, (lab, val) in enumerate(zip(APOS_NUMBERED, vals)):
        _put(page, x0 + 3, y, f"{i + 1}. {lab}", "dejavu", 5.2, w - 6, "l", col)
        if val:
            _put(page, x0 + 7, y + 4.2, val, "dejavu-b", 7.5, w - 10, "l", col)
        y += 9.6
    return when


def apostille_verificacion_qr(ctx, issued=None, **_):
    """An electronic apostille as the ministry's system issues it: a PDF page with the apostille's
    box, a QR code and the verification code to check it online, "documento firmado electrónicamente"."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    country = c.ids["country"]
    page.text(105, 20, STATE[country], "dejavu-b", 11, "c")
    _put(page, 105, 26, APOS_AUTH[country], "dejavu", 8, 170, "c")
    _apostille_block(page, c, issued, 35, 36, 140, electronic=True)
    code = alnum(r, 4) + "-" + alnum(r, 4) + "-" + alnum(r, 4)
    _qr(page, 35, 162, 30, code)
    page.text(70, 170, "Código de verificación / Verification code:", "dejavu", 7.5)
    page.text(70, 176, code, "lib_mono-b", 10)
    _put(page, 70, 183, "Verifique la autenticidad en el registro electrónico de apostillas del Ministerio.",
         "dejavu", 7, 105)
    _put(page, 70, 188, "Documento firmado electrónicamente. Esta apostilla certifica únicamente la autenticidad",
         "dejavu", 6.5, 105)
    _put(page, 70, 192, "de la firma y no el contenido del documento.", "dejavu", 6.5, 105)
    return _done(b, "apostille", None, {"apostille": "e_apostille"})


def _paper(page, c, issued, x0, y0):
    col = random.Random(c.ids["country"]).choice([(0, 0, 0), BLUE, PURPLE])
    _apostille_block(page, c, issued, x0, y0, 115, col)
    _seal(page, x0 + 30, y0 + 103, 11, [APOS_AUTH[c.ids["country"]].split(",")[0][:24].upper(), "APOSTILLE"], col)
    _scribble(page, x0 + 70, y0 + 108, c.rng, col)


def apostille_hoja_adherida(ctx, issued=None, **_):
    """A paper apostille on its own sheet, stapled to the certificate (the staple's holes top left),
    the block printed and filled, a round dry-ink seal and the signature over it."""
    b, c = B(ctx), ctx
    page = b.f.page
    page.rect(8, 8, 3, 1.2, 0, fill=(120, 120, 120))
    page.rect(14, 8, 3, 1.2, 0, fill=(120, 120, 120))
    _paper(page, c, issued, 45, 35)
    return _done(b, "apostille", None, {"apostille": "paper"})


def _chain_stamps(page, c, issued, x0, y0):
    country = c.ids["country"]
    r = c.rng
    when = (issued or dt.date(2026, 3, 1)) + dt.timedelta(days=c.ids.get("apostille_days", 3))
    mfa, formula, city = CHAIN_MFA[country]
    h = _box_stamp(page, x0, y0, 110, [STATE[country], mfa, formula, RECORD_SIGNER[country],
                                       f"{city}, {_dmy(when)} — N° {digits(r, 5)}"], GREEN, 6.3)
    _scribble(page, x0 + 60, y0 + h + 5, r, GREEN)
    y = y0 + h + 18
    later = when + dt.timedelta(days=c.ids.get("apostille_days", 3) + 4)
    h2 = _box_stamp(page, x0 + 10, y, 110,
                    [EMBASSY[country].upper(), "LEGALIZACIÓN", "Vista la firma y sello del Ministerio de Asuntos",
                     "Exteriores que anteceden, se legaliza la misma.", f"N.º {digits(r, 4)}/{later.year}",
                     f"{city}, a {_long(later)}", "El Canciller / La Cónsul"], RED, 6.3)
    _seal(page, x0 + 95, y + h2 + 12, 10, ["ESPAÑA", "EMBAJADA"], RED)
    _scribble(page, x0 + 40, y + h2 + 10, r, RED)


def apostille_cadena_consular(ctx, issued=None, **_):
    """The legalisation of a non-Hague state as a sheet of its own: the foreign ministry's stamp,
    then the Spanish embassy's, each with its signature and seal."""
    b, c = B(ctx), ctx
    page = b.f.page
    page.text(105, 25, "LEGALIZACIÓN / LÉGALISATION / LEGALISATION", "dejavu-b", 10, "c")
    _chain_stamps(page, c, issued, 40, 40)
    return _done(b, "apostille", None, {"apostille": "chain"})


def _back(b, c, issued, on_page):
    if not on_page:
        return
    b.f.new_page()
    if _info(c)["legal"] == "chain":
        _chain_stamps(b.f.page, c, issued, 40, 40)
    else:
        _paper(b.f.page, c, issued, 45, 40)


# ------------------------------------------------------------ criminal records
def _record(c, issued):
    return issued or dt.date(2026, 3, 1)


def record_certificacion_registro_judicial(ctx, issued=None, apostille_on_page=False, **_):
    """Costa Rica's Poder Judicial, Registro Judicial: "Certificación de Antecedentes Penales" for
    use abroad, "NO REGISTRA ANTECEDENTES", the digital signature's box and the verification code."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _record(c, issued)
    f.text("PODER JUDICIAL", f.base * 1.3, True, "c")
    f.text("REPÚBLICA DE COSTA RICA", f.base * 0.9, False, "c")
    f.text("Registro y Archivo Judicial — Registro Judicial", f.base * 0.9, False, "c")
    f.hr()
    f.text("CERTIFICACIÓN DE ANTECEDENTES PENALES", f.base * 1.15, True, "c")
    f.text("(para ser presentada en el extranjero)", f.base * 0.8, False, "c")
    f.space(3)
    f.para(f"EL REGISTRO JUDICIAL CERTIFICA: Que revisados los registros a su cargo, a nombre de "
           f"{c.holder.natural.upper()}, nacido/a el {_dmy(c.birth)}, de nacionalidad costarricense, "
           f"portador/a del pasaporte número {c.ids['passport']}, NO REGISTRA ANTECEDENTES PENALES.")
    f.para(f"Se expide a solicitud de la persona interesada, en la ciudad de San José, el {_long(when)}.")
    f.space(4)
    page.rect(f.left, f.y, 80, 16, 0.4, GREY)
    page.text(f.left + 2, f.y + 4.5, "Firmado digitalmente por", "dejavu", 6.5, "l", GREY)
    page.text(f.left + 2, f.y + 8.5, RECORD_SIGNER["Costa Rica"].upper(), "dejavu-b", 6.5, "l", GREY)
    page.text(f.left + 2, f.y + 12.5, f"Fecha: {when.isoformat()} {r.randint(8, 16):02d}:{r.randint(0, 59):02d}",
              "dejavu", 6.5, "l", GREY)
    _qr(page, f.right - 24, f.y - 2, 24, c.ids["passport"])
    f.y += 26
    f.footer([f"Código de verificación: {alnum(r, 12)} — Validez: tres meses a partir de su emisión."])
    _back(b, c, issued, apostille_on_page)
    return _done(b, "criminal_record", c.holder.natural,
                 {"country": "Costa Rica", "lang": "es", "apostille": apostille_on_page})


def record_policivo_dij(ctx, issued=None, apostille_on_page=False, **_):
    """Panama's Policía Nacional, Dirección de Investigación Judicial: the "Certificado de
    Antecedentes Penales y Policivos", a search-result table "SIN REGISTROS", the fee stamp."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _record(c, issued)
    _seal(page, f.left + 12, f.y + 12, 11, ["POLICÍA", "NACIONAL"], (0, 60, 120))
    page.text(f.left + 28, f.y + 6, "REPÚBLICA DE PANAMÁ", "dejavu-b", 10)
    page.text(f.left + 28, f.y + 11, "MINISTERIO DE SEGURIDAD PÚBLICA — POLICÍA NACIONAL", "dejavu", 7.5)
    page.text(f.left + 28, f.y + 15.5, "DIRECCIÓN DE INVESTIGACIÓN JUDICIAL", "dejavu", 7.5)
    f.y += 26
    f.text("CERTIFICADO DE ANTECEDENTES PENALES Y POLICIVOS", f.base * 1.1, True, "c")
    f.text(f"N.º {digits(r, 7)}", f.base * 0.9, False, "c")
    f.space(2)
    f.para("La Subdirección de Información Criminal HACE CONSTAR que, consultados los archivos, la persona:")
    f.fields([("Nombre", c.holder.natural.upper()), ("Pasaporte", c.ids["passport"]),
              ("Fecha de nacimiento", _dmy(c.birth)), ("Nacionalidad", "PANAMEÑA")], "colon", f.base * 0.95)
    f.table(["Tipo de registro", "Resultado"], [["Antecedentes penales", "SIN REGISTROS"],
                                                ["Antecedentes policivos", "SIN REGISTROS"]], [0.6, 0.4])
    f.para(f"Expedido en la ciudad de Panamá, el {_long(when)}.")
    f.signature([RECORD_SIGNER["Panamá"], "Jefe de Sección"])
    _box_stamp(page, f.left, f.y + 4, 40, ["TIMBRE", "B/. 3.00", "PAGADO"], (90, 90, 90), 6)
    _back(b, c, issued, apostille_on_page)
    return _done(b, "criminal_record", c.holder.natural, {"country": "Panamá", "lang": "es", "apostille": apostille_on_page})


def record_vertetim_e_albania(ctx, issued=None, apostille_on_page=False, **_):
    """Albania's "Vërtetim i gjendjes gjyqësore" printed from e-Albania: the Ministry of Justice's
    header, a field list with the father's name, "Nuk rezulton i dënuar", the electronic seal's QR."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _record(c, issued)
    f.text("REPUBLIKA E SHQIPËRISË", f.base * 1.1, True, "c")
    f.text("MINISTRIA E DREJTËSISË", f.base, True, "c")
    f.text("Drejtoria e Gjendjes Gjyqësore", f.base * 0.9, False, "c")
    f.hr()
    f.text("VËRTETIM", f.base * 1.4, True, "c")
    f.text("PËR GJENDJEN GJYQËSORE", f.base, True, "c")
    f.text(f"Nr. {digits(r, 6)} Prot.   Datë {_dmy(when, '.')}", f.base * 0.85, False, "c")
    f.space(2)
    f.fields([("Emri", c.holder.given), ("Atësia", r.choice(["Agim", "Bujar", "Fatmir", "Gëzim"])),
              ("Mbiemri", _sur(c)), ("Datëlindja", _dmy(c.birth, ".")),
              ("Vendlindja", r.choice(["Tiranë", "Elbasan", "Fier", "Korçë"])),
              ("Nr. Pasaporte", c.ids["passport"])], "grid", f.base * 0.9)
    f.space(2)
    f.para("Nga verifikimi në regjistrin e gjendjes gjyqësore, shtetasi/shtetasja i/e mësipërm/e:")
    f.text("NUK REZULTON I/E DËNUAR", f.base * 1.15, True, "c")
    f.para("Ky vërtetim lëshohet me kërkesë të personit për t'u përdorur jashtë shtetit.", f.base * 0.85)
    _qr(page, f.left, f.y + 3, 22, c.ids["passport"] + "al")
    page.text(f.left + 26, f.y + 8, "Dokument i nënshkruar elektronikisht", "dejavu", 7)
    page.text(f.left + 26, f.y + 12, f"Kodi i verifikimit: {alnum(r, 10)}", "dejavu-b", 7)
    page.text(f.left + 26, f.y + 16, "Gjeneruar nga portali e-Albania", "dejavu", 7)
    f.y += 30
    _back(b, c, issued, apostille_on_page)
    return _done(b, "criminal_record", c.holder.natural, {"country": "Albania", "lang": "sq", "apostille": apostille_on_page})


def _arm(c):
    return " ".join(ARMENIAN.get(p, p) for p in [c.holder.given] + list(c.holder.surnames))


def record_teghekank_armenia(ctx, issued=None, apostille_on_page=False, **_):
    """Armenia's certificate of no conviction, all in Armenian letters: the ministry's header,
    "ՏԵՂԵԿԱՆՔ", the holder named in Armenian, "դատվածություն չունի", the number and the seal."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    f.family = "dejavu"
    when = _record(c, issued)
    f.text("ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅԱՆ", f.base, True, "c")
    f.text("ՆԵՐՔԻՆ ԳՈՐԾԵՐԻ ՆԱԽԱՐԱՐՈՒԹՅՈՒՆ", f.base, True, "c")
    f.text("Տեղեկատվական կենտրոն", f.base * 0.9, False, "c")
    f.hr()
    f.text("ՏԵՂԵԿԱՆՔ", f.base * 1.5, True, "c")
    f.text("դատվածության բացակայության մասին", f.base * 0.95, False, "c")
    f.text(f"№ {digits(r, 8)}   {_dmy(when, '.')}", f.base * 0.85, False, "c")
    f.space(3)
    f.para(f"Տրվում է {_arm(c)}-ին, ծնված {_dmy(c.birth, '.')}, առ այն, որ նա Հայաստանի Հանրապետությունում "
           f"դատվածություն չունի։")
    f.para(f"Անձնագիր՝ {c.ids['passport']}", f.base * 0.9)
    f.para("Տեղեկանքը տրվում է ներկայացնելու համար ըստ պահանջի։", f.base * 0.9)
    f.space(4)
    _seal(page, f.left + 25, f.y + 12, 12, ["ՆԳՆ", "ՏԿ"], BLUE)
    page.text(f.right, f.y + 12, RECORD_SIGNER["Armenia"], "dejavu", f.base * 0.9, "r")
    _scribble(page, f.right - 45, f.y + 8, r)
    f.y += 30
    _back(b, c, issued, apostille_on_page)
    return _done(b, "criminal_record", _arm(c), {"country": "Armenia", "lang": "hy", "apostille": apostille_on_page,
                                                "script": "hy"})


def record_bulletin3_bilingue(ctx, issued=None, apostille_on_page=False, **_):
    """Tunisia's bulletin n° 3, bilingual: Arabic on the right, French on the left, each row of the
    identity two-sided, the conviction box "Néant / لا شيء", the ministry's round seal."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    f.family = "dejavu"
    when = _record(c, issued)
    page.text(f.left, f.y + 5, "RÉPUBLIQUE TUNISIENNE", "dejavu-b", 9)
    page.text(f.right, f.y + 5, "الجمهورية التونسية", "dejavu-b", 10, "r")
    page.text(f.left, f.y + 10, "Ministère de l'Intérieur", "dejavu", 8)
    page.text(f.right, f.y + 10, "وزارة الداخلية", "dejavu", 9, "r")
    f.y += 18
    f.text("BULLETIN N° 3  —  بطاقة عدد 3", f.base * 1.3, True, "c")
    f.text(f"N° {digits(r, 9)}", f.base * 0.85, False, "c")
    f.space(3)
    rows = [("Nom", "اللقب", _sur(c).upper()), ("Prénom", "الاسم", c.holder.given.upper()),
            ("Né(e) le", "تاريخ الولادة", _dmy(c.birth)), ("Passeport", "جواز السفر", c.ids["passport"])]
    for fr, ar, val in rows:
        f.ensure(8)
        f.y += 7
        page.text(f.left, f.y, fr + " :", "dejavu", f.base * 0.9)
        page.text(f.left + 32, f.y, val, "dejavu-b", f.base * 0.95)
        page.text(f.right, f.y, ": " + ar, "dejavu", f.base * 0.9, "r")
        page.line(f.left, f.y + 1.5, f.right, f.y + 1.5, 0.15, GREY)
    f.space(5)
    page.rect(f.left, f.y, f.width, 20, 0.5)
    page.text(f.left + 3, f.y + 6, "Condamnations / الأحكام", "dejavu-b", 8)
    page.text(f.left + f.width / 2, f.y + 15, "NÉANT  —  لا شيء", "dejavu-b", 13, "c")
    f.y += 25
    f.para(f"Délivré à Tunis, le {_long(when, 'fr')}.", f.base * 0.9)
    _seal(page, f.right - 25, f.y + 14, 12, ["MINISTÈRE", "DE L'INTÉRIEUR"], BLUE)
    _scribble(page, f.right - 60, f.y + 12, r)
    f.y += 30
    _back(b, c, issued, apostille_on_page)
    return _done(b, "criminal_record", c.holder.natural, {"country": "Túnez", "lang": "fr", "apostille": apostille_on_page})


def record_extrait_bamako(ctx, issued=None, apostille_on_page=False, **_):
    """Mali's bulletin n° 3 from the registry of a Bamako court: the state's motto, a narrative
    extract (born on, son/daughter of), "NÉANT" in the box, the timbre fiscal stuck in the corner."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _record(c, issued)
    page.text(f.right, f.y + 5, "RÉPUBLIQUE DU MALI", "dejavu-b", 9, "r")
    page.text(f.right, f.y + 9.5, "Un Peuple – Un But – Une Foi", "dejavu", 7.5, "r")
    page.text(f.left, f.y + 5, "MINISTÈRE DE LA JUSTICE", "dejavu-b", 7.5)
    page.text(f.left, f.y + 9, "ET DES DROITS DE L'HOMME", "dejavu-b", 7.5)
    page.text(f.left, f.y + 13, "Tribunal de Grande Instance", "dejavu", 7.5)
    page.text(f.left, f.y + 17, "de la Commune III du District de Bamako", "dejavu", 7.5)
    f.y += 26
    f.text("EXTRAIT DU CASIER JUDICIAIRE", f.base * 1.2, True, "c")
    f.text("BULLETIN N° 3", f.base, True, "c")
    f.space(2)
    father = r.choice(["Seydou", "Bakary", "Mamadou", "Adama"])
    f.para(f"Nom : {_sur(c).upper()}     Prénoms : {c.holder.given}")
    f.para(f"Né(e) le {_dmy(c.birth)} à {r.choice(['Bamako', 'Ségou', 'Kayes', 'Sikasso'])}, fils/fille de {father} "
           f"{c.holder.surnames[0]}. Passeport n° {c.ids['passport']}.")
    f.space(2)
    page.rect(f.left, f.y, f.width, 26, 0.5)
    page.text(f.left + 3, f.y + 5, "Condamnations :", "dejavu-b", 8)
    page.line(f.left + 10, f.y + 22, f.right - 10, f.y + 9, 0.5)
    page.text(f.left + f.width / 2, f.y + 17, "NÉANT", "dejavu-b", 16, "c")
    f.y += 30
    f.para(f"Pour extrait conforme, Bamako, le {_long(when, 'fr')}. Le Greffier en Chef.")
    _box_stamp(page, f.right - 30, f.y + 2, 28, ["TIMBRE", "FISCAL", "500 F CFA"], (150, 90, 0), 6)
    page.text(f.left + 40, f.y + 14, RECORD_SIGNER["Malí"], "dejavu", f.base * 0.9)
    _scribble(page, f.left + 42, f.y + 8, r)
    f.y += 24
    _back(b, c, issued, apostille_on_page)
    return _done(b, "criminal_record", c.holder.natural, {"country": "Malí", "lang": "fr", "apostille": apostille_on_page})


def record_phieu_ly_lich(ctx, issued=None, apostille_on_page=False, **_):
    """Vietnam's "Phiếu lý lịch tư pháp số 1" from a provincial Department of Justice: the national
    motto, the number "Số: .../LLTP", the numbered identity lines, "Không có án tích"."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _record(c, issued)
    page.text(f.left + 25, f.y + 5, "UBND THÀNH PHỐ HÀ NỘI", "dejavu", 7, "c")
    page.text(f.left + 25, f.y + 9, "SỞ TƯ PHÁP", "dejavu-b", 7.5, "c")
    page.text(f.right - 45, f.y + 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "dejavu-b", 7, "c")
    page.text(f.right - 45, f.y + 9, "Độc lập - Tự do - Hạnh phúc", "dejavu-b", 7.5, "c")
    page.text(f.left + 25, f.y + 14, f"Số: {digits(r, 5)}/{when.year}/LLTP", "dejavu", 7, "c")
    page.text(f.right - 45, f.y + 14, f"Hà Nội, ngày {when.day:02d} tháng {when.month:02d} năm {when.year}",
              "dejavu", 7, "c")
    f.y += 22
    f.text("PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1", f.base * 1.25, True, "c")
    f.space(2)
    items = [("1. Họ và tên", f"{_sur(c).upper()} {c.holder.given.upper()}"),
             ("2. Giới tính", "Nữ" if c.ids["sex"] == "F" else "Nam"),
             ("3. Ngày, tháng, năm sinh", _dmy(c.birth)),
             ("4. Nơi sinh", r.choice(["Hà Nội", "Nam Định", "Thái Bình", "Nghệ An"])),
             ("5. Quốc tịch", "Việt Nam"), ("6. Số Hộ chiếu", c.ids["passport"]),
             ("7. Tình trạng án tích", "Không có án tích"),
             ("8. Thông tin về việc cấm đảm nhiệm chức vụ", "Không bị cấm")]
    f.fields(items, "colon", f.base * 0.92)
    f.space(3)
    f.text("GIÁM ĐỐC", f.base, True, x=f.right - 55)
    _seal(page, f.right - 50, f.y + 10, 12, ["SỞ TƯ PHÁP", "HÀ NỘI"], RED)
    _scribble(page, f.right - 60, f.y + 9, r)
    f.y += 24
    f.text(RECORD_SIGNER["Vietnam"], f.base, True, x=f.right - 55)
    _back(b, c, issued, apostille_on_page)
    return _done(b, "criminal_record", c.holder.natural, {"country": "Vietnam", "lang": "vi", "apostille": apostille_on_page})


def record_good_conduct_dci(ctx, issued=None, apostille_on_page=False, **_):
    """Kenya's Police Clearance Certificate ("certificate of good conduct") of the Directorate of
    Criminal Investigations, applied for on eCitizen: the ref number, the fingerprint date, the QR."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    when = _record(c, issued)
    f.text("REPUBLIC OF KENYA", f.base * 1.1, True, "c")
    f.text("NATIONAL POLICE SERVICE", f.base, True, "c")
    f.text("DIRECTORATE OF CRIMINAL INVESTIGATIONS", f.base * 0.95, False, "c")
    f.hr()
    f.text("POLICE CLEARANCE CERTIFICATE", f.base * 1.25, True, "c")
    ref = f"PCC-{digits(r, 7)}-{when.year % 100}"
    page.text(f.right, f.y + 5, f"Ref No: {ref}", "dejavu", 8, "r")
    f.y += 8
    prints = when - dt.timedelta(days=r.randint(10, 30))
    f.para(f"This is to certify that {c.holder.natural.upper()}, Passport No. {c.ids['passport']}, born on "
           f"{_dmy(c.birth)}, whose fingerprints were taken on {_dmy(prints)}, has been searched in the criminal "
           f"records and it has been found that he/she has NO CRIMINAL RECORD.")
    f.para(f"Date of issue: {_long(when, 'en')}.")
    f.signature([RECORD_SIGNER["Kenia"], "For: Director of Criminal Investigations"])
    _qr(page, f.left, f.y + 2, 24, ref)
    page.text(f.left + 28, f.y + 10, "Scan to verify — eCitizen", "dejavu", 7)
    f.y += 28
    f.footer(["This certificate is valid for six months from the date of issue."])
    _back(b, c, issued, apostille_on_page)
    return _done(b, "criminal_record", c.holder.natural, {"country": "Kenia", "lang": "en", "apostille": apostille_on_page})


# ------------------------------------------------------------ sworn translations
TRANSLATORS = ["Inmaculada Sorní Peris", "Gonzalo Urrutia Bengoa", "Marta Valcárcel Oms", "Adrián Pizarro Lledó"]
TITLE_ES = {"Albania": "CERTIFICADO DE SITUACIÓN JUDICIAL", "Armenia": "CERTIFICADO de ausencia de antecedentes penales",
            "Túnez": "BOLETÍN N.º 3 (certificado de antecedentes penales)",
            "Malí": "EXTRACTO DEL REGISTRO DE ANTECEDENTES PENALES — BOLETÍN N.º 3",
            "Vietnam": "CERTIFICADO DE ANTECEDENTES PENALES N.º 1",
            "Kenia": "CERTIFICADO DE ANTECEDENTES PENALES (POLICE CLEARANCE CERTIFICATE)"}
RESULT_ES = {"Albania": "NO CONSTA CONDENADO/A", "Armenia": "no tiene antecedentes penales",
             "Túnez": "Condenas: NINGUNA", "Malí": "Condenas: NINGUNA", "Vietnam": "Antecedentes penales: no tiene",
             "Kenia": "NO TIENE ANTECEDENTES PENALES"}


STATE_ES = {"Albania": "REPÚBLICA DE ALBANIA", "Armenia": "REPÚBLICA DE ARMENIA", "Túnez": "REPÚBLICA TUNECINA",
            "Malí": "REPÚBLICA DE MALÍ", "Vietnam": "REPÚBLICA SOCIALISTA DE VIETNAM", "Kenia": "REPÚBLICA DE KENIA"}
# What the translator notes about the original's marks, as they are on each state's certificate.
NOTE_ES = {"Albania": "el original presenta un código QR y un código de verificación que no se traducen",
           "Kenia": "el original presenta un código QR que no se traduce",
           "Armenia": "el original está redactado en alfabeto armenio; los nombres se transcriben según el pasaporte",
           "Túnez": "el original es bilingüe (árabe y francés); se traducen ambas versiones, que coinciden",
           "Malí": "el original lleva adherido un timbre fiscal de 500 F CFA",
           "Vietnam": "el original lleva el sello rojo del Departamento de Justicia sobre la firma"}


def _body_es(c, issued, apostilled):
    country = c.ids["country"]
    when = _record(c, issued)
    lines = [f"[Escudo] {STATE_ES[country]}", TITLE_ES[country],
             f"Nombre: {c.holder.natural}. Fecha de nacimiento: {_dmy(c.birth)}. Pasaporte: {c.ids['passport']}.",
             f"Resultado: {RESULT_ES[country]}.", f"Fecha de expedición: {_dmy(when)}.",
             "[Sello oficial] [Firma ilegible]"]
    if apostilled:
        if _info(c)["legal"] == "chain":
            lines.append("Al dorso: legalización del Ministerio de Asuntos Exteriores y de la "
                         f"{EMBASSY[country]} [sellos y firmas].")
        else:
            lines.append("Al dorso: Apostilla (Convenio de La Haya de 5 de octubre de 1961) "
                         f"expedida por {APOS_AUTH[country]} [sello y firma].")
    return lines


def _certify(c, name, date):
    lang = LANG_ES[_info(c)["lang"]]
    return (f"Don/Doña {name}, Traductor/a-Intérprete Jurado/a de {lang}, nombrado/a por el Ministerio de "
            f"Asuntos Exteriores, Unión Europea y Cooperación, certifica que la que antecede es traducción fiel y "
            f"completa al español de un documento redactado en {lang}. En {c.muni[0]}, a {_long(date)}.")


def translation_notas_traductor(ctx, issued=None, date=None, apostilled=True, **_):
    """A sworn translation set as running text with the translator's bracketed notes ("[N. de la T.:
    ...]"), the certification at the end, the round stamp with the translator's number and the
    signature; every page initialled."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    name = r.choice(TRANSLATORS)
    when = date or dt.date(2026, 4, 10)
    f.text("TRADUCCIÓN JURADA", f.base * 1.2, True, "c")
    f.text(f"del {LANG_ES[_info(c)['lang']]} al español", f.base * 0.9, False, "c")
    f.space(3)
    for ln in _body_es(c, issued, apostilled):
        f.para(ln)
    f.para(f"[N. de la T.: {NOTE_ES[c.ids['country']]}.]", f.base * 0.85)
    f.space(3)
    f.para(_certify(c, name, when), f.base * 0.9)
    _seal(page, f.left + 25, f.y + 14, 13, [name.split()[0].upper() + " " + name.split()[1].upper(),
                                            "TRAD.-INT. JURADO/A", f"N.º {r.randint(1000, 9999)}"], PURPLE)
    _scribble(page, f.left + 60, f.y + 12, r)
    f.y += 32
    return _done(b, "translation", c.holder.natural, {"lang": _info(c)["lang"]})


def translation_dos_columnas(ctx, issued=None, date=None, apostilled=True, **_):
    """A sworn translation laid out as a table: the original's parts on the left ("Original:
    encabezado, cuerpo, sello...") and their Spanish on the right; the certification and stamp below."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    name = r.choice(TRANSLATORS)
    when = date or dt.date(2026, 4, 10)
    page.text(f.left, f.y + 5, name, "dejavu-b", 9)
    page.text(f.left, f.y + 9, f"Traductor/a-Intérprete Jurado/a de {LANG_ES[_info(c)['lang']]}", "dejavu", 7.5)
    page.text(f.right, f.y + 5, f"Traducción n.º {r.randint(100, 999)}/{when.year}", "dejavu", 7.5, "r")
    f.y += 16
    f.text("TRADUCCIÓN JURADA", f.base * 1.1, True)
    parts = ["Encabezado", "Título", "Datos", "Resultado", "Fecha", "Validación", "Dorso"]
    body = _body_es(c, issued, apostilled)
    cw = f.width * 0.24
    for part, ln in zip(parts, body):
        f.ensure(12)
        y0 = f.y
        page.text(f.left, f.y + 4, part, "dejavu-b", f.base * 0.8)
        sub = f.left
        from .layout import wrap
        for k, piece in enumerate(wrap(ln, f.font(), f.base * 0.85, f.width - cw - 2)):
            page.text(f.left + cw, y0 + 4 + k * 4.6, piece, f.font(), f.base * 0.85)
        nl = len(wrap(ln, f.font(), f.base * 0.85, f.width - cw - 2))
        f.y = y0 + 4.6 * nl + 3
        page.line(sub, f.y - 1, f.right, f.y - 1, 0.15, GREY)
    f.space(4)
    f.para(_certify(c, name, when), f.base * 0.85)
    _seal(page, f.right - 25, f.y + 14, 13, ["TRADUCTOR/A", "JURADO/A", LANG_ES[_info(c)["lang"]].upper()], BLUE)
    f.y += 30
    return _done(b, "translation", c.holder.natural, {"lang": _info(c)["lang"]})


# ------------------------------------------------------------ fee
def _nrc(r):
    return "790052" + digits(r, 15) + r.choice("BCDFGHJKLM")


AMOUNT = {"2.3.1": "38,28", "2.1.5": "10,94"}


def fee_banca_online_pdf(ctx, epigrafe="2.3.1", paid=True, date=None, **_):
    """The online bank's PDF receipt of a tax payment, "Justificante de pago de tasas": the bank's
    header, a two-column table of the 790's data and, paid, the NRC; unpaid, a draft "Borrador"."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    bank = r.choice(td.BANKS)
    page.rect(0, 0, 210, 18, 0, fill=(0, 70, 110))
    page.text(f.left, 11, bank, "dejavu-b", 12, "l", (255, 255, 255))
    f.y = 26
    f.text("Justificante de pago de tasas" if paid else "Borrador — operación no firmada", f.base * 1.2, True)
    f.text("Administración General del Estado", f.base * 0.85)
    f.space(2)
    rows = [["Modelo", "790"], ["Código de tasa", "052"], ["Epígrafe", epigrafe],
            ["Órgano gestor", "Ministerio del Interior — Dirección General de la Policía"],
            ["Sujeto pasivo", c.holder.natural], ["NIF/NIE", c.ids.get("nie") or c.ids["passport"]],
            ["Importe", AMOUNT.get(epigrafe, "38,28") + " EUR"]]
    if paid:
        when = date or dt.date(2026, 4, 1)
        rows += [["Fecha de cargo", _dmy(when)], ["Cuenta de cargo", "ES** **** **** **** " + digits(r, 4)],
                 ["NRC (número de referencia completo)", _nrc(r)]]
    f.table(["Concepto", "Dato"], rows, [0.35, 0.65])
    if paid:
        f.para("Este justificante acredita el ingreso en el Tesoro Público.", f.base * 0.85)
    else:
        f.para("Esta operación no se ha completado. Pendiente de confirmar con su firma.", f.base * 0.85)
    return _done(b, "fee_form", c.holder.natural, {"paid": paid, "epigrafe": epigrafe})


def fee_carta_pago_tres(ctx, epigrafe="2.3.1", paid=True, date=None, **_):
    """The 790-052 printed from the sede: its three copies on three pages ("Ejemplar para la
    Administración", "para el interesado", "para la entidad colaboradora"), the bank's rubber
    stamp and NRC on the one paid at the counter."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    nrc = _nrc(r)
    num = "790052" + digits(r, 7)
    for k, copy in enumerate(["Ejemplar para la Administración", "Ejemplar para el interesado",
                              "Ejemplar para la entidad colaboradora"]):
        if k:
            f.new_page()
        page = f.page
        page.text(f.left, f.y + 5, "MINISTERIO DEL INTERIOR", "dejavu-b", 8.5)
        page.text(f.right, f.y + 5, "Modelo 790", "dejavu-b", 11, "r")
        page.text(f.right, f.y + 10, "Código 052", "dejavu-b", 9, "r")
        f.y += 15
        f.text("TASA DE TRAMITACIÓN DE AUTORIZACIONES A EXTRANJEROS", f.base * 0.9, True)
        f.text(f"N.º de justificante: {num}", f.base * 0.85)
        f.space(2)
        f.fields([("NIF/NIE", c.ids.get("nie") or c.ids["passport"]), ("Apellidos y nombre", f"{_sur(c)}, {c.holder.given}"),
                  ("Domicilio", c.home[0]), ("Municipio", c.muni[0])], "boxes", f.base * 0.85, cols=2)
        f.text("Autoliquidación", f.base * 0.9, True)
        f.text(f"Epígrafe {epigrafe}: " + ("autorización de residencia por circunstancias excepcionales"
                                          if epigrafe == "2.3.1" else "tarjeta de identidad de extranjero de menores"),
               f.base * 0.8)
        f.text(f"Importe: {AMOUNT.get(epigrafe, '38,28')} €", f.base)
        if paid:
            when = date or dt.date(2026, 4, 1)
            _box_stamp(page, f.right - 60, f.y + 5, 60, [r.choice(td.BANKS).upper(), f"OFICINA {digits(r, 4)}",
                                                         _dmy(when), f"NRC {nrc}"], BLUE, 6)
        else:
            f.text("Ingreso:  efectivo [ ]   adeudo en cuenta [ ]", f.base * 0.85)
        f.footer([copy])
    return _done(b, "fee_form", c.holder.natural, {"paid": paid, "epigrafe": epigrafe})


# ------------------------------------------------------------ protection application
def protection_resguardo_cita_oar(ctx, applied=None, date=None, **_):
    """The police's receipt of the asylum application made at the appointment, "Resguardo de
    presentación de solicitud de protección internacional": the file number, the date it was made."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    applied = applied or dt.date(2025, 6, 1)
    f.text("MINISTERIO DEL INTERIOR — DIRECCIÓN GENERAL DE LA POLICÍA", f.base * 0.85, True)
    f.text("Comisaría Provincial — Brigada de Extranjería", f.base * 0.85)
    f.hr()
    f.text("RESGUARDO DE PRESENTACIÓN DE SOLICITUD", f.base * 1.1, True, "c")
    f.text("DE PROTECCIÓN INTERNACIONAL", f.base * 1.1, True, "c")
    f.space(2)
    f.fields([("N.º de expediente", f"{digits(r, 2)}{digits(r, 6)}{r.choice('ABC')}"), ("Nombre", c.holder.natural),
              ("Nacionalidad", c.ids["country"].upper()), ("Pasaporte", c.ids["passport"]),
              ("Fecha de presentación", _dmy(applied))], "colon")
    f.para(f"La persona arriba indicada ha formalizado el {_dmy(applied)} su solicitud de protección internacional "
           "conforme a la Ley 12/2009, de 30 de octubre. Este resguardo no autoriza a trabajar.", f.base * 0.9)
    f.signature(["El/La funcionario/a"])
    return _done(b, "protection_application", c.holder.natural, {"applied": applied.isoformat()})


def protection_tarjeta_roja_copia(ctx, applied=None, date=None, **_):
    """A copy of the red card ("documento acreditativo de la condición de solicitante de protección
    internacional") on A4, both faces, the application date printed on the back."""
    b, c, r = B(ctx), ctx, ctx.rng
    page = b.f.page
    applied = applied or dt.date(2025, 6, 1)
    x0, y0, w, h = 45.0, 40.0, 120.0, 75.0
    red = (205, 90, 90)
    page.rect(x0, y0, w, h, 0.5, fill=(248, 225, 225))
    page.rect(x0, y0 + 85, w, h, 0.5, fill=(248, 225, 225))
    _put(page, x0 + w / 2, y0 + 7, "REINO DE ESPAÑA — MINISTERIO DEL INTERIOR", "dejavu-b", 7, w - 6, "c")
    _put(page, x0 + w / 2, y0 + 12, "DOCUMENTO ACREDITATIVO DE LA CONDICIÓN DE SOLICITANTE", "dejavu-b", 6.5, w - 6, "c", red)
    _put(page, x0 + w / 2, y0 + 16, "DE PROTECCIÓN INTERNACIONAL", "dejavu-b", 6.5, w - 6, "c", red)
    page.rect(x0 + 5, y0 + 22, 25, 32, 0.3, fill=(190, 190, 190))
    for i, (lab, val) in enumerate([("Apellidos", _sur(c).upper()), ("Nombre", c.holder.given.upper()),
                                    ("Nacionalidad", c.ids["nat"]), ("N.I.E.", c.ids.get("nie", "—"))]):
        _put(page, x0 + 35, y0 + 25 + i * 9, lab, "dejavu", 5.5, w - 40)
        _put(page, x0 + 35, y0 + 29 + i * 9, val, "dejavu-b", 8, w - 40)
    yb = y0 + 85
    _put(page, x0 + 5, yb + 10, f"Fecha de solicitud: {_dmy(applied)}", "dejavu-b", 8, w - 10)
    _put(page, x0 + 5, yb + 17, f"Expediente n.º {digits(r, 2)}/{digits(r, 6)}", "dejavu", 8, w - 10)
    _put(page, x0 + 5, yb + 26, "Este documento no acredita la identidad de su titular.", "dejavu", 6.5, w - 10)
    _put(page, x0 + 5, yb + 31, "Renovable mientras se tramita el expediente (Ley 12/2009).", "dejavu", 6.5, w - 10)
    _seal(page, x0 + w - 20, yb + h - 18, 12, ["POLICÍA", "NACIONAL"], BLUE)
    return _done(b, "protection_application", c.holder.natural, {"applied": applied.isoformat()})


# ------------------------------------------------------------ supuesto: work and vulnerability
NUM_WORDS = {2: "dos", 3: "tres", 6: "seis", 9: "nueve", 12: "doce", 18: "dieciocho", 24: "veinticuatro"}
TRADES = [("Hostelería", "Ayudante de cocina"), ("Limpieza", "Limpiador/a"), ("Agricultura", "Peón agrícola"),
          ("Construcción", "Peón de albañilería"), ("Comercio", "Reponedor/a")]


def _term(months):
    if not months:
        return "de duración indefinida"
    return f"de duración determinada, por {NUM_WORDS.get(months, str(months))} meses ({months} meses)"


def contract_modelo_sepe(ctx, months=12, date=None, **_):
    """The SEPE model contract: "CONTRATO DE TRABAJO" with the code box, the company and worker
    data as boxes, then its clauses (PRIMERA…), the duration in words and figures."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    sector, job = r.choice(TRADES)
    code = "100" if not months else "402"
    page.rect(f.right - 26, f.y, 26, 10, 0.6)
    page.text(f.right - 13, f.y + 7, code, "dejavu-b", 11, "c")
    page.text(f.left, f.y + 6, "SERVICIO PÚBLICO DE EMPLEO ESTATAL", "dejavu-b", 8)
    f.y += 14
    f.text("CONTRATO DE TRABAJO " + ("INDEFINIDO" if not months else "DE DURACIÓN DETERMINADA"), f.base * 1.1, True)
    f.fields([("Empresa", r.choice(["Servicios Integrales Albor, S.L.", "Agrícola Vega Baja, S.Coop.",
                                     "Restauración Puerta Sur, S.L."])),
              ("CIF", r.choice("BFA") + digits(r, 8)), ("Trabajador/a", c.holder.natural),
              ("NIE/Pasaporte", c.ids.get("nie") or c.ids["passport"]), ("Fecha de nacimiento", _dmy(c.birth))],
             "boxes", f.base * 0.85, cols=2)
    f.text("CLÁUSULAS", f.base, True)
    f.para(f"PRIMERA. El/la trabajador/a prestará sus servicios como {job} en el sector de {sector.lower()}, "
           f"en el centro de trabajo de {c.muni[0]}.", f.base * 0.9)
    f.para("SEGUNDA. La jornada será a tiempo completo, de 40 horas semanales.", f.base * 0.9)
    f.para(f"TERCERA. El contrato es {_term(months)}, condicionado a la concesión de la autorización de residencia "
           "y trabajo.", f.base * 0.9)
    f.para(f"CUARTA. Retribución bruta anual: {r.choice(['16.576', '17.094', '18.200'])} euros, en catorce pagas.",
           f.base * 0.9)
    when = date or dt.date(2026, 4, 1)
    f.para(f"En {c.muni[0]}, a {_long(when)}.", f.base * 0.9)
    f.signature(["La empresa                                    El/la trabajador/a"], "l")
    return _done(b, "employment_contract", c.holder.natural, {"months": months})


def contract_carta_oferta(ctx, months=12, date=None, **_):
    """A job offer letter on the company's letterhead, addressed to the applicant: the post, the
    start "once the authorisation is granted", the duration, the salary, the manager's signature."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    company = r.choice(["Talleres Mecánicos Ronda, S.L.", "Frutas Hermanos Lozano, S.A.", "Cuidados Aurora, S.L."])
    page.rect(0, 0, 210, 3, 0, fill=b.color)
    page.text(f.left, f.y + 7, company.upper(), "dejavu-b", 12, "l", b.color)
    page.text(f.left, f.y + 12, f"Pol. Ind. Los Almendros, nave {r.randint(1, 40)} — {c.muni[0]}", "dejavu", 7.5)
    f.y += 22
    when = date or dt.date(2026, 4, 1)
    f.text(f"{c.muni[0]}, {_long(when)}", f.base * 0.9, align="r")
    f.text(f"Sr./Sra. {c.holder.natural}", f.base)
    f.space(2)
    f.text("Asunto: OFERTA DE EMPLEO", f.base, True)
    sector, job = r.choice(TRADES)
    f.para(f"Por la presente le ofrecemos el puesto de {job.lower()} en nuestra empresa, a jornada completa, con una "
           f"duración {'indefinida' if not months else 'de ' + NUM_WORDS.get(months, str(months)) + ' meses (' + str(months) + ' meses)'}, "
           "con incorporación una vez le sea concedida la autorización de residencia y trabajo.")
    f.para(f"El salario bruto mensual será de {r.choice(['1.184', '1.250', '1.310'])} euros, conforme al convenio "
           "colectivo aplicable.")
    f.para("Quedamos a la espera de su respuesta. Atentamente,")
    f.signature(["Gerente", company])
    return _done(b, "employment_contract", c.holder.natural, {"months": months})


def self_employment_plan_empresa(ctx, months=12, date=None, **_):
    """A self-employment plan: "PLAN DE EMPRESA" of a small business, the activity, the investment
    table, the first year's forecast, the applicant's declaration as autónomo/a."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    activity = r.choice(["Reparación de móviles y accesorios", "Peluquería y barbería", "Venta ambulante de fruta",
                         "Reformas y pintura"])
    f.text("PLAN DE EMPRESA", f.base * 1.3, True, "c")
    f.text("Actividad por cuenta propia (trabajo autónomo)", f.base * 0.9, False, "c")
    f.fields([("Promotor/a", c.holder.natural), ("Pasaporte", c.ids["passport"]), ("Actividad", activity),
              ("Lugar", c.muni[0])], "colon", f.base * 0.9)
    f.text("1. Inversión inicial", f.base, True)
    f.table(["Partida", "Importe (€)"], [["Equipamiento", f"{r.randint(2, 6)}.{digits(r, 3)}"],
                                         ["Local (fianza)", f"{r.randint(1, 2)}.{digits(r, 3)}"],
                                         ["Existencias", f"{r.randint(500, 999)}"]], [0.7, 0.3])
    f.text("2. Previsión del primer año", f.base, True)
    f.table(["Concepto", "Importe (€)"], [["Ingresos", f"{r.randint(24, 38)}.{digits(r, 3)}"],
                                          ["Gastos", f"{r.randint(12, 20)}.{digits(r, 3)}"]], [0.7, 0.3])
    f.para("El/la promotor/a declara que se dará de alta en el Régimen Especial de Trabajadores Autónomos una vez "
           "concedida la autorización.", f.base * 0.9)
    f.signature([c.holder.natural])
    return _done(b, "employment_contract", c.holder.natural, {"self_employment": True})


def vuln_servicios_sociales_ccaa(ctx, date=None, **_):
    """The regional social services' certificate of vulnerability: the consejería's header, the
    number, "CERTIFICA" and the situation, the social worker's name and collegiate number."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = date or dt.date(2026, 4, 1)
    f.text("CONSEJERÍA DE BIENESTAR SOCIAL Y FAMILIA", f.base, True)
    f.text("Dirección General de Servicios Sociales", f.base * 0.9)
    f.text(f"Ref.: SS/{when.year}/{digits(r, 5)}", f.base * 0.85, align="r")
    f.space(3)
    f.text("CERTIFICADO DE SITUACIÓN DE VULNERABILIDAD", f.base * 1.1, True, "c")
    worker = r.choice(["Nuria Cabello Ros", "Sergio Llamas Vidal", "Aitana Bermejo Sáez"])
    f.para(f"{worker}, trabajador/a social colegiado/a n.º {r.randint(1000, 9999)}, CERTIFICA que "
           f"{c.holder.natural}, con pasaporte {c.ids['passport']}, es persona usuaria de los servicios sociales "
           f"de {c.muni[0]} y se encuentra en situación de vulnerabilidad "
           f"({r.choice(['carencia de ingresos', 'riesgo de exclusión residencial', 'cargas familiares no compartidas'])}).")
    f.para(f"Y para que conste a efectos de la solicitud de autorización de residencia, firmo en {c.muni[0]}, "
           f"a {_long(when)}.")
    f.signature([worker, "Trabajador/a social"])
    return _done(b, "vulnerability_certificate", c.holder.natural, {})


def vuln_informe_ong_acogida(ctx, date=None, **_):
    """A reception NGO's social report: the entity's logo block and registry number, the report's
    sections (Datos, Situación, Valoración), the coordinator's signature and stamp."""
    b, c, r = B(ctx), ctx, ctx.rng
    f, page = b.f, b.f.page
    ngo = r.choice(["Asociación Puentes de Acogida", "Fundación Techo Compartido", "Red Solidaria Horizonte"])
    page.ellipse(f.left, f.y, 14, 14, b.color)
    page.text(f.left + 17, f.y + 6, ngo, "dejavu-b", 10, "l", b.color)
    page.text(f.left + 17, f.y + 11, f"Inscrita en el Registro de Entidades n.º {r.randint(100, 9999)}", "dejavu", 7)
    f.y += 20
    f.text("INFORME SOCIAL", f.base * 1.2, True)
    f.text("1. Datos de la persona", f.base, True)
    f.fields([("Nombre", c.holder.natural), ("Pasaporte", c.ids["passport"]), ("Fecha de nacimiento", _dmy(c.birth))],
             "colon", f.base * 0.9)
    f.text("2. Situación", f.base, True)
    f.para("Participa en el programa de acogida e inclusión de la entidad. Carece de ingresos estables y de red "
           "de apoyo familiar en España.", f.base * 0.9)
    f.text("3. Valoración", f.base, True)
    f.para("Se valora que la persona se encuentra en situación de vulnerabilidad social.", f.base * 0.9)
    when = date or dt.date(2026, 4, 1)
    f.para(f"{c.muni[0]}, {_dmy(when)}", f.base * 0.9)
    f.signature(["Coordinación del programa", ngo])
    return _done(b, "vulnerability_certificate", c.holder.natural, {})


# ------------------------------------------------------------ extras: annexes, request receipts
def annex_formulario(ctx, form="Anexo I-1", date=None, **_):
    """The annex to the EX form (the applicant's consent to request the record, or the declaration)
    in the sede's print: title, data, signature."""
    b, c = B(ctx), ctx
    f = b.f
    f.text(form.upper(), f.base * 1.2, True)
    what = ("Autorización para solicitar el certificado de antecedentes penales" if form.endswith("1")
            else "Declaración responsable de haber solicitado el certificado de antecedentes penales")
    f.para(what, f.base, True)
    f.fields([("Nombre y apellidos", c.holder.natural), ("Pasaporte", c.ids["passport"]),
              ("País", c.ids["country"])], "colon")
    f.para("La persona firmante declara que ha solicitado el certificado a las autoridades de su país y que lo "
           "aportará en cuanto lo reciba.", f.base * 0.9)
    f.signature(["Firma"])
    return _done(b, "application_form", c.holder.natural, {"form": form})


def record_request_justificante(ctx, requested=None, **_):
    """Proof that the record was asked for: the consulate's or the portal's receipt of the request."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = requested or dt.date(2026, 2, 1)
    country = c.ids["country"]
    lang = _info(c)["lang"]
    ref = alnum(r, 9)
    if lang == "es":
        f.text("CONSTANCIA DE SOLICITUD EN TRÁMITE", f.base * 1.1, True)
        f.para(f"{STATE[country]}. Se registró el {_dmy(when)} la solicitud del certificado de antecedentes penales "
               f"de {c.holder.natural}, pasaporte {c.ids['passport']}. Trámite {ref}: en proceso.")
    elif lang == "en":
        f.text("eCitizen — APPLICATION RECEIPT", f.base * 1.1, True)
        f.fields([("Service", "Police Clearance Certificate"), ("Applicant", c.holder.natural),
                  ("Passport", c.ids["passport"]), ("Date", _dmy(when)), ("Invoice", ref),
                  ("Status", "Pending fingerprint verification")], "colon")
    elif lang == "fr":
        f.text("RÉCÉPISSÉ DE DEMANDE", f.base * 1.1, True)
        f.para(f"Nous accusons réception, le {_dmy(when)}, de la demande de bulletin n° 3 de {c.holder.natural}, "
               f"passeport {c.ids['passport']}. Référence {ref}.")
    else:
        f.text(f"RESGUARDO DE SOLICITUD — {c.ids['country'].upper()}", f.base * 1.1, True)
        f.para(f"Solicitud de certificado de antecedentes penales de {c.holder.natural}, pasaporte "
               f"{c.ids['passport']}, presentada el {_dmy(when)} ante el consulado. Referencia {ref}.")
    return _done(b, "criminal_record", c.holder.natural, {"request": True})


FAMILIES = {
    "application_form": {"rellenado_boligrafo": (form_rellenado_boligrafo, ES),
                         "pdf_rellenable": (form_pdf_rellenable, ES),
                         "registro_entrada": (form_registro_entrada, ES)},
    "passport": {"escaner_plano": (passport_escaner_plano, ES), "fotocopia_gris": (passport_fotocopia_gris, ES),
                 "foto_inclinada": (passport_foto_inclinada, ES)},
    "criminal_record": {"certificacion_registro_judicial": (record_certificacion_registro_judicial, ES),
                        "policivo_dij": (record_policivo_dij, ES),
                        "vertetim_e_albania": (record_vertetim_e_albania, ES),
                        "teghekank_armenia": (record_teghekank_armenia, ES),
                        "bulletin3_bilingue": (record_bulletin3_bilingue, ES),
                        "extrait_bamako": (record_extrait_bamako, ES),
                        "phieu_ly_lich": (record_phieu_ly_lich, ES),
                        "good_conduct_dci": (record_good_conduct_dci, ES)},
    "apostille": {"verificacion_qr": (apostille_verificacion_qr, ES), "hoja_adherida": (apostille_hoja_adherida, ES),
                  "sello_ministerio_embajada": (apostille_cadena_consular, ES)},
    "translation": {"notas_traductor": (translation_notas_traductor, ES),
                    "dos_columnas": (translation_dos_columnas, ES)},
    "fee_form": {"banca_online_pdf": (fee_banca_online_pdf, ES), "carta_pago_tres": (fee_carta_pago_tres, ES)},
    "protection_application": {"resguardo_cita_oar": (protection_resguardo_cita_oar, ES),
                               "tarjeta_roja_copia": (protection_tarjeta_roja_copia, ES)},
    "employment_contract": {"modelo_sepe": (contract_modelo_sepe, ES), "carta_oferta": (contract_carta_oferta, ES),
                            "memoria_autonomo": (self_employment_plan_empresa, ES)},
    "vulnerability_certificate": {"servicios_sociales_ccaa": (vuln_servicios_sociales_ccaa, ES),
                                  "informe_ong_acogida": (vuln_informe_ong_acogida, ES)},
}
EXTRA = {"annex": annex_formulario, "record_request": record_request_justificante,
         "identity_card": identity_card_tarjeta}
APOSTILLE_OF = {"e_apostille": "verificacion_qr", "paper": "hoja_adherida", "chain": "sello_ministerio_embajada"}
CONTRACTS = ("modelo_sepe", "carta_oferta")


# ------------------------------------------------------------ cases
_pick = dossier_plan.picker(FAMILIES, SPLIT)


def _record_and_legalisation(info):
    # A paper apostille or the chain's stamps may be on the certificate's back (its page 2);
    # an electronic apostille is always a file of its own.
    return info["record"], APOSTILLE_OF[info["legal"]], info["legal"] != "e_apostille"


def plan_case(rng, splits, scenario):
    return dossier_plan.plan_case(rng, splits, scenario, COUNTRIES, _pick, _record_and_legalisation, CONTRACTS)


_builder = dossier_plan.builder(FAMILIES, EXTRA)

PASSPORT_NO = {"Costa Rica": lambda r: digits(r, 9), "Panamá": lambda r: "PA" + digits(r, 7),
               "Albania": lambda r: "B" + digits(r, 8), "Armenia": lambda r: "A" + digits(r, 7),
               "Túnez": lambda r: digits(r, 8), "Malí": lambda r: "AA" + digits(r, 7),
               "Vietnam": lambda r: "C" + digits(r, 7), "Kenia": lambda r: "AK" + digits(r, 7)}


def make_case(out, case_id, seed, splits, scenario, dpi=200):
    """OUT/cases/<id>/ and OUT/truth/<id>.json in fam_dossier.make_case's format."""
    rng = random.Random(f"dossier9:{seed}:{case_id}")
    plan = plan_case(rng, splits, scenario)
    country = plan["country"]
    info = COUNTRIES[country]
    given = rng.choice(info["given"])
    person = td.Person(given, rng.sample(info["sur"], 2 if info["two"] else 1))
    sub = dt.date(2026, rng.randint(4, 6), rng.randint(1, 28))
    birth = dt.date(rng.randint(1971, 2003), rng.randint(1, 12), rng.randint(1, 28))
    muni = rng.choice([m for m in td.MUNICIPALITIES if m[2] == "es"])
    personal = digits(rng, 10) if country in ("Albania", "Armenia") and rng.random() < 0.5 else ""
    ids = {"passport": PASSPORT_NO[country](rng), "nat": info["code"], "country": country,
           "sex": "F" if given in FEMALE else "M",
           "expiry": dt.date(rng.choice([2027, 2028, 2030, 2033]), rng.randint(1, 12), rng.randint(1, 28)),
           "personal": personal, "apostille_days": rng.randint(1, 8), "apostille_no": digits(rng, 7),
           "card": alnum(rng, 9), "card_expiry": dt.date(rng.randint(2027, 2034), rng.randint(1, 12), rng.randint(1, 28))}
    nie = td.nie(rng) if plan["has_nie"] else None
    if nie:
        ids["nie"] = nie

    def file_name(rng, i, ext):
        return f"{rng.choice(['documento', 'Scan', 'WhatsApp Image', 'escaneo', 'doc'])}-{i + 1}.{ext}"

    return dossier_plan.write_case(out, case_id, rng, plan, split=SPLIT, scenario=scenario, country=country,
                                   person=person, ids=ids, nie=nie, sub=sub, birth=birth, muni=muni,
                                   builder=_builder, file_name=file_name, ctx_class=Ctx, dpi=dpi,
                                   extra_spec={"apostilled": scenario != "no_apostille"})
