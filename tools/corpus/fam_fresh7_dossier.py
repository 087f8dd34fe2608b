"""held_out_7: a third blind set of template families of the dossier's documents (issue 20).

Written without reading the reader (src/, models/) or the templates of held_out_5
and held_out_6, from what the real papers of eight other states look like:
Ecuador, Chile, Nicaragua, El Salvador (certificates in Spanish), Brazil (in
Portuguese), the Philippines and Bangladesh (in English) and Cameroon (in French).
The passport as a certified copy (several pages on one sheet with the registry's
"ES COPIA FIEL" stamp) or as the polycarbonate data page of an e-passport with
trilingual labels; criminal records as those states issue them (Ecuador's and
Chile's online certificates with their verification code, Nicaragua's and El
Salvador's counter certificates with fiscal stamps, Brazil's Polícia Federal
"Certidão de Antecedentes Criminais", the Philippines' NBI Clearance, Bangladesh
Police's online Police Clearance Certificate, Cameroon's bulletin n° 3 of a
Tribunal de Première Instance); a trilingual e-Apostille, a paper apostille
attached behind the certificate, the legalisation chain of the non-Hague states
(Bangladesh, Cameroon: foreign ministry, then the Spanish embassy); a sworn
translation with the fixed formula, or the translation of the Spanish consulate;
the 790-052 with the bank's ATM ticket copied below, or the sede's direct-debit
receipt (a rejected debit when unpaid); the EX form with the registry's entry
stamp, or filed by an NGO as representative; the OAR's resguardo and the
Ministry's "admisión a trámite"; a private contract with REUNIDOS / CLÁUSULAS, a
company's hiring commitment, a self-employment business plan; a reception
centre's certificate and a hospital social worker's report.

`make_case` writes one case in fam_dossier.make_case's truth format (same
scenarios, short_contract included), drawing only this module's families, so
gen_corpus.py --dossier --families held_out_7 shows nothing tuned on.
"""
import datetime as dt
import random

from . import dossier_plan
from . import fam_dossier as fd
from . import textdata as td
from .doctypes import B, Ctx
from .famkit import qr_modules

SPLIT = "held_out_7"
ES = ("es",)
INK = (25, 35, 150)
STAMP_RED = (170, 30, 40)
STAMP_VIOLET = (95, 40, 130)
DAY = dt.timedelta(days=1)
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
             "outubro", "novembro", "dezembro"]

# state name, certificate language, legalisation (e_apostille | paper | chain), capital, record
# family, given names, surnames, two surnames?, TD1 card code or None, nationality word.
# Bangladesh and Cameroon are not parties to the Hague convention of 1961: their papers are
# legalised by their foreign ministry and then by the Spanish embassy. Ecuador, Chile and Brazil
# issue electronic apostilles; Nicaragua, El Salvador and the Philippines a paper one fixed to the
# document's back.
COUNTRIES = {
    "Ecuador": dict(code="ECU", lang="es", legal="e_apostille", city="Quito", record="certificado_en_linea",
                    td1="I<", given=["Jessenia", "Byron", "Mayra Alejandra", "Wilson"],
                    sur=["Guamán", "Chiluisa", "Cedeño", "Zambrano", "Paucar"], two=True, nat="ECUATORIANA"),
    "Chile": dict(code="CHL", lang="es", legal="e_apostille", city="Santiago", record="certificado_en_linea",
                  td1="IN", given=["Constanza", "Ignacio", "Javiera", "Benjamín"],
                  sur=["Muñoz", "Contreras", "Sepúlveda", "Araya", "Fuentes"], two=True, nat="CHILENA"),
    "Nicaragua": dict(code="NIC", lang="es", legal="paper", city="Managua", record="constancia_ventanilla",
                      td1=None, given=["Yahoska", "Elvin", "Massiel", "Dayron"],
                      sur=["Obando", "Membreño", "Sandino", "Úbeda", "Largaespada"], two=True, nat="NICARAGÜENSE"),
    "El Salvador": dict(code="SLV", lang="es", legal="paper", city="San Salvador", record="constancia_ventanilla",
                        td1=None, given=["Xiomara", "Nelson Antonio", "Roxana Elizabeth", "Wilber"],
                        sur=["Alvarenga", "Portillo", "Ayala", "Menjívar", "Recinos"], two=True, nat="SALVADOREÑA"),
    "Brasil": dict(code="BRA", lang="pt", legal="e_apostille", city="Brasília", record="certidao_pf",
                   td1="ID", given=["Thaís", "Wellington", "Luana", "Rodrigo"],
                   sur=["Souza", "Oliveira", "Cavalcanti", "Nascimento", "Ribeiro"], two=True, nat="BRASILEIRA"),
    "Filipinas": dict(code="PHL", lang="en", legal="paper", city="Manila", record="nbi_clearance", td1=None,
                      given=["Maricel", "Jerome", "Lovely Joy", "Rommel"],
                      sur=["Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Tolentino"], two=False,
                      nat="FILIPINO"),
    "Bangladesh": dict(code="BGD", lang="en", legal="chain", city="Dhaka", record="pcc_bangladesh", td1=None,
                       given=["Md Shahidul", "Nasrin", "Rafiqul", "Sumaiya"],
                       sur=["Islam", "Hossain", "Rahman", "Chowdhury", "Uddin"], two=False, nat="BANGLADESHI"),
    "Camerún": dict(code="CMR", lang="fr", legal="chain", city="Yaoundé", record="bulletin_tpi", td1="ID",
                    given=["Armelle", "Serge Blaise", "Nadège", "Landry"],
                    sur=["Mbarga", "Fotso", "Ngo Bilong", "Tchoupo", "Essomba"], two=False, nat="CAMEROUNAISE"),
}
FEMALE = {"Jessenia", "Mayra Alejandra", "Constanza", "Javiera", "Yahoska", "Massiel", "Xiomara",
          "Roxana Elizabeth", "Thaís", "Luana", "Maricel", "Lovely Joy", "Nasrin", "Sumaiya", "Armelle", "Nadège"}
LANG_ES = {"fr": "francés", "en": "inglés", "pt": "portugués"}
STATE = {"Ecuador": "REPÚBLICA DEL ECUADOR", "Chile": "REPÚBLICA DE CHILE", "Nicaragua": "REPÚBLICA DE NICARAGUA",
         "El Salvador": "REPÚBLICA DE EL SALVADOR", "Brasil": "REPÚBLICA FEDERATIVA DO BRASIL",
         "Filipinas": "REPUBLIC OF THE PHILIPPINES", "Bangladesh": "PEOPLE'S REPUBLIC OF BANGLADESH",
         "Camerún": "RÉPUBLIQUE DU CAMEROUN"}
STATE_EN = {"Ecuador": "ECUADOR", "Chile": "CHILE", "Nicaragua": "NICARAGUA", "El Salvador": "EL SALVADOR",
            "Brasil": "BRAZIL", "Filipinas": "PHILIPPINES", "Bangladesh": "BANGLADESH", "Camerún": "CAMEROON"}
OFFICIALS = {"Ecuador": ["Ing. Patricio Andrade", "Abg. Verónica Tapia"],
             "Chile": ["Sr. Rodrigo Valenzuela", "Sra. Paulina Riquelme"],
             "Nicaragua": ["Lic. Félix Pedro Zamora", "Lic. Karla Somarriba"],
             "El Salvador": ["Lic. Mauricio Rivas", "Licda. Claudia Henríquez"],
             "Brasil": ["Delegado Marcelo Teixeira", "Agente Juliana Prado"],
             "Filipinas": ["Atty. Ramon de Guzman", "Ms. Cristina Mendoza"],
             "Bangladesh": ["Md. Abdul Karim", "Mrs. Farhana Akter"],
             "Camerún": ["M. Jean-Pierre Owona", "Mme Pauline Ateba"]}
# Where the chain's second stamp comes from: the Spanish embassy for that state.
EMBASSY = {"Bangladesh": "Embajada de España en Dhaka", "Camerún": "Embajada de España en Yaundé"}


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def alnum(r, n):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


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


def _upper_name(c):
    return f"{_sur(c).upper()} {c.holder.given.upper()}"


def _num(d):
    return d.strftime("%d/%m/%Y")


def _date_es(d):
    return f"{d.day} de {td.MONTHS['es'][d.month - 1]} de {d.year}"


def _date_pt(d):
    return f"{d.day} de {PT_MONTHS[d.month - 1]} de {d.year}"


def _date_fr(d):
    return f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"


def _date_en(d, r):
    return r.choice([f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day:02d} {EN_MONTHS[d.month - 1]} {d.year}",
                     _num(d)])


def _stamp(page, lines, x, y, w, col, font="dejavu-b", size=7.0, round_=False):
    """A rubber stamp: a frame (or a ring) and a few short lines inside, in the stamp's ink."""
    h = 4.0 + 3.6 * len(lines)
    if round_:
        page.rect(x, y, w, h, 0.6, col)
        page.rect(x + 1.2, y + 1.2, w - 2.4, h - 2.4, 0.3, col)
    else:
        page.rect(x, y, w, h, 0.7, col)
    for i, ln in enumerate(lines):
        page.text(x + w / 2, y + 5.0 + i * 3.6, ln, font, size, "c", col)
    return y + h


def _qr(page, x, y, size, seed):
    """A QR-like block of modules, seeded by the code it stands for."""
    qr_modules(page, x, y, size, random.Random(seed))


# ------------------------------------------------------------ zones
def _clean(s):
    return td.strip_accents(s).upper().replace("-", " ").replace("'", "").replace(" ", "<")


def td3(surname, given, number, nat, birth, expiry, sex, personal="", wrong=None):
    """ICAO 9303 TD3; wrong names the check digit printed off by 3: birth, expiry, number or
    composite (the composite is computed over the line as printed, so only that digit fails)."""
    cd = fd.check_digit
    bump = lambda d: str((int(d) + 3) % 10)
    one = ("P<" + nat + _clean(surname) + "<<" + _clean(given)).ljust(44, "<")[:44]
    num = number.ljust(9, "<")[:9]
    b, e = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    ncd, bcd, ecd = cd(num), cd(b), cd(e)
    ncd = bump(ncd) if wrong == "number" else ncd
    bcd = bump(bcd) if wrong == "birth" else bcd
    ecd = bump(ecd) if wrong == "expiry" else ecd
    pers = personal.ljust(14, "<")[:14]
    two = num + ncd + nat + b + bcd + sex + e + ecd + pers + cd(pers)
    comp = cd(two[0:10] + two[13:20] + two[21:43])
    return one, two + (bump(comp) if wrong == "composite" else comp)


def _zone(c, wrong=None):
    ids = c.ids
    return td3(_sur(c), c.holder.given, ids["passport"], ids["nat"], c.birth, ids["expiry"], ids["sex"],
               ids.get("personal", ""), wrong)


# ------------------------------------------------------------ application form
FORM_TITLE = {"EX-31": ("SOLICITUD DE AUTORIZACIÓN DE RESIDENCIA Y TRABAJO PARA SOLICITANTES DE PROTECCIÓN "
                        "INTERNACIONAL (D.A. 20ª RD 316/2026)"),
              "EX-32": ("SOLICITUD DE AUTORIZACIÓN DE RESIDENCIA Y TRABAJO POR REGULARIZACIÓN EXTRAORDINARIA "
                        "(D.A. 21ª RD 316/2026)")}


def _form_sections(b, c, form, rep=None):
    r = b.rng
    f = b.f
    f.text("1) DATOS DEL EXTRANJERO/A", bold=True)
    f.space(2)
    f.fields([("PASAPORTE", c.ids["passport"]), ("N.I.E.", c.ids.get("nie", "")),
              ("1er APELLIDO", c.holder.surnames[0].upper()),
              ("2º APELLIDO", c.holder.surnames[1].upper() if len(c.holder.surnames) > 1 else ""),
              ("NOMBRE", c.holder.given.upper()), ("FECHA DE NACIMIENTO", _num(c.birth)),
              ("NACIONALIDAD", _info(c)["nat"]), ("SEXO", "M" if c.ids["sex"] == "F" else "H"),
              ("DOMICILIO EN ESPAÑA", c.home[0]), ("LOCALIDAD", c.muni[0])], "boxes", cols=2)
    f.text("2) DATOS DEL REPRESENTANTE A EFECTOS DE PRESENTACIÓN", bold=True)
    f.space(2)
    if rep:
        f.fields([("NOMBRE/RAZÓN SOCIAL", rep[0]), ("DNI/NIE/NIF", rep[1]), ("EN CALIDAD DE", rep[2])],
                 "boxes", cols=1)
    else:
        f.fields([("NOMBRE/RAZÓN SOCIAL", ""), ("DNI/NIE/NIF", "")], "boxes", cols=2)
    f.text("3) DATOS RELATIVOS A LA SOLICITUD", bold=True)
    f.para(("[X] INICIAL   [ ] PRÓRROGA" if r.random() < 0.7 else "INICIAL: X") +
           f"   Supuesto: {'Disposición adicional vigésima' if form == 'EX-31' else 'Disposición adicional vigésima primera'}")


def form_sello_registro(ctx, form="EX-32", date=None, **_):
    """The form filled in on screen, printed, signed, and filed at a registry office: the
    office's violet entry stamp (REGISTRO GENERAL, ENTRADA, number, date) across sheet 1."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    f.text("GOBIERNO DE ESPAÑA    MINISTERIO DE INCLUSIÓN, SEGURIDAD SOCIAL Y MIGRACIONES", f.base * 0.8, True)
    f.text(form, f.base * 1.6, True, align="r")
    f.para(FORM_TITLE[form], bold=True)
    _form_sections(b, c, form)
    when = date or dt.date(2026, 5, 4)
    f.para(f"En {c.muni[0]}, a {_date_es(c.ids['signed'])}", align="r")
    f.signature(["FIRMA DEL SOLICITANTE"])
    _stamp(f.page, ["REGISTRO GENERAL", r.choice(["OFICINA DE ASISTENCIA EN MATERIA DE REGISTROS",
                                                  f"SUBDELEGACIÓN DEL GOBIERNO EN {c.muni[1].upper()}"]),
                    f"ENTRADA N.º {digits(r, 6)}/2026", _num(when)],
           f.left, f.y + 6, 96, STAMP_VIOLET, size=6.2)
    f.footer([f"Modelo {form}  ·  Página 1 de 2  ·  Código DIR3 {r.choice(['E04799905', 'EA0041766'])}"])
    f.new_page()
    f.text(f"{form} (hoja 2)", f.base, True, align="r")
    f.text("4) CONSENTIMIENTO PARA LA COMUNICACIÓN ELECTRÓNICA", bold=True)
    f.para("[X] CONSIENTO que las comunicaciones y notificaciones se realicen por medios electrónicos.")
    f.text("5) CONSULTA DE DATOS", bold=True)
    f.para("Autorizo a la Administración a consultar los datos de identidad, antecedentes penales y "
           "empadronamiento que obren en su poder.")
    f.footer([f"Modelo {form}  ·  Página 2 de 2"])
    return _done(b, "application_form", f"{_sur(c).upper()}, {c.holder.given.upper()}", [], {"form": form})


NGOS = [("Asociación Puentes de Acogida", "G" + "87654321"), ("Fundación Horizonte Migrante", "G" + "45871236"),
        ("Asociación Vecinal Tierra Común", "G" + "30298417")]


def form_representante_ong(ctx, form="EX-32", date=None, **_):
    """The form filed by an NGO on the applicant's behalf: section 2 names the association and
    its volunteer as representative, one sheet, the code only in the top band."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    ngo, cif = r.choice(NGOS)
    f.page.rect(f.left, 10, f.width, 12, 0.4, (0, 0, 0), fill=(225, 225, 225))
    f.page.text(f.left + 3, 18, f"Modelo {form}", "lib_sans-b", 13, "l")
    f.page.text(f.right - 3, 18, "Regularización extraordinaria", "lib_sans", 9, "r")
    f.y = 26
    f.para(FORM_TITLE[form], bold=True)
    _form_sections(b, c, form, rep=(ngo, cif, "Representante voluntario (art. 5 Ley 39/2015)"))
    f.para(f"Firmado: {c.holder.natural}, y por la entidad representante, {td.random_spaniard(r).natural}.")
    f.para(f"{c.muni[0]}, {_num(c.ids['signed'])}", align="r")
    f.signature(["El/la solicitante", "El/la representante"])
    return _done(b, "application_form", c.holder.natural, [], {"form": form})


def form_justificante_mercurio(ctx, form="EX-32", date=None, **_):
    """The form filed online by a registered professional (Mercurio platform): sheet 1 is the
    platform's "JUSTIFICANTE DE PRESENTACIÓN" (registry number, date and time, the procedure
    naming the form, the list of attached files), then the form itself on sheet 2."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = date or dt.date(2026, 5, 4)
    f.text("MINISTERIO DE INCLUSIÓN, SEGURIDAD SOCIAL Y MIGRACIONES", f.base * 0.85, True)
    f.text("Plataforma de presentación electrónica de solicitudes de extranjería", f.base * 0.8)
    f.hr()
    f.text("JUSTIFICANTE DE PRESENTACIÓN", f.base * 1.35, True, align="c")
    f.space(3)
    f.fields([("Número de registro", f"REGAGE26e{digits(r, 11)}"),
              ("Fecha y hora", f"{_num(when)} {r.randint(8, 21):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"),
              ("Procedimiento", f"Autorización de residencia y trabajo - RD 316/2026 ({form})"),
              ("Solicitante", f"{_sur(c).upper()}, {c.holder.given.upper()}"),
              ("Presentador/a", f"{td.random_spaniard(r).natural} (graduado/a social colegiado/a)"),
              ("Oficina de destino", f"Oficina de Extranjería de {c.muni[1]}")], "grid")
    f.text("Documentos anexados", bold=True)
    f.space(2)
    # Only the form is listed: a list naming the passport or the certificate would claim papers
    # that a case's folder may lack (missing:passport), a question this family is not about.
    f.table(["Fichero", "Tamaño"], [[f"Solicitud_{form}.pdf", f"{r.randint(180, 420)} KB"]], [0.75, 0.25])
    f.para(f"CSV: {alnum(r, 16)} - Verificable en la sede electrónica.", f.base * 0.8)
    f.new_page()
    f.text(f"Modelo {form}", f.base * 1.4, True, align="r")
    f.para(FORM_TITLE[form], bold=True)
    _form_sections(b, c, form)
    f.para(f"{c.muni[0]}, {_date_es(c.ids['signed'])}", align="r")
    f.para("Documento firmado electrónicamente por el/la presentador/a.", f.base * 0.8)
    return _done(b, "application_form", f"{_sur(c).upper()}, {c.holder.given.upper()}", [], {"form": form})


# ------------------------------------------------------------ passport
PASS_LAB = {  # labels of the data page: surname, given names, nationality, birth, sex, issue, expiry, number
    "es": ["Apellidos / Surname", "Nombres / Given names", "Nacionalidad / Nationality",
           "Fecha de nacimiento / Date of birth", "Sexo / Sex", "Fecha de emisión / Date of issue",
           "Fecha de vencimiento / Date of expiry", "Pasaporte N.º / Passport No."],
    "pt": ["Sobrenome / Surname / Apellido", "Nome / Given names / Nombre", "Nacionalidade / Nationality",
           "Data de nascimento / Date of birth", "Sexo / Sex", "Data de expedição / Date of issue",
           "Válido até / Date of expiry", "Passaporte N.º / Passport No."],
    "en": ["Surname", "Given names", "Nationality", "Date of birth", "Sex", "Date of issue", "Date of expiry",
           "Passport No."],
    "tl": ["Apelyido / Surname", "Mga Pangalan / Given names", "Nasyonalidad / Nationality",
           "Petsa ng Kapanganakan / Date of birth", "Kasarian / Sex", "Petsa ng Pagkakaloob / Date of issue",
           "Balido Hanggang / Valid until", "Pasaporte Blg. / Passport No."],
    "fr": ["Nom / Surname", "Prénoms / Given names", "Nationalité / Nationality", "Date de naissance / Date of birth",
           "Sexe / Sex", "Date de délivrance / Date of issue", "Date d'expiration / Date of expiry",
           "Passeport N° / Passport No."],
}


def _icao_date(d, lang):
    mon = EN_MONTHS[d.month - 1][:3].upper()
    local = {"es": td.ABBR[d.month - 1], "pt": PT_MONTHS[d.month - 1][:3].upper(),
             "fr": FR_MONTHS[d.month - 1][:4].upper().rstrip("."), "en": mon}[lang]
    return f"{d.day:02d} {mon} {d.year}" if local == mon else f"{d.day:02d} {local}/{mon} {d.year}"


def _data_page(page, c, x0, y0, wrong, scale=1.0):
    """The data page at its size (125 x 88 mm): state, photo, the fields, the zone at the foot."""
    info = _info(c)
    country = c.ids["country"]
    lang = info["lang"]
    lab = PASS_LAB["tl" if country == "Filipinas" else lang]
    w, h = 125.0, 88.0
    page.rect(x0, y0, w, h, 0.4)
    page.text(x0 + w / 2, y0 + 6, STATE[country], "dejavu-b", 7.5, "c")
    page.text(x0 + w / 2, y0 + 10, {"es": "PASAPORTE / PASSPORT", "pt": "PASSAPORTE / PASSPORT",
                                    "en": "PASSPORT", "fr": "PASSEPORT / PASSPORT"}[lang], "dejavu", 6.5, "c")
    page.rect(x0 + 5, y0 + 14, 28, 36, 0.3, fill=(205, 205, 205))
    exp = c.ids["expiry"]
    issue = dt.date(exp.year - 10, exp.month, max(1, exp.day - 1))
    sex = c.ids["sex"]
    values = [_sur(c).upper(), c.holder.given.upper(), info["nat"], _icao_date(c.birth, lang), sex,
              _icao_date(issue, lang), _icao_date(exp, lang), c.ids["passport"]]
    for i, k in enumerate([7, 0, 1, 2, 3, 4, 5, 6]):
        y = y0 + 14 + i * 5.6
        page.text(x0 + 37, y, lab[k], "dejavu", 4.4)
        page.text(x0 + 37, y + 3.2, values[k], "dejavu-b", 6.8)
    page.text(x0 + 5, y0 + 63, {"es": "Autoridad / Authority", "pt": "Autoridade / Authority",
                                "en": "Authority", "fr": "Autorité / Authority"}[lang], "dejavu", 4.6)
    page.text(x0 + 5, y0 + 66.5, {"Ecuador": "DIRECCIÓN GENERAL DE REGISTRO CIVIL", "Chile": "SERVICIO DE REGISTRO CIVIL",
                                  "Nicaragua": "DGME MANAGUA", "El Salvador": "DGME SAN SALVADOR",
                                  "Brasil": "DPF/SR/SP", "Filipinas": "DFA MANILA", "Bangladesh": "DIP/DHAKA",
                                  "Camerún": "DGSN YAOUNDÉ"}[country], "dejavu-b", 6.5)
    one, two = _zone(c, wrong)
    mono = "lib_mono" if c.rng.random() < 0.5 else "dejavu_mono"
    page.text(x0 + 3, y0 + h - 11, one, mono, 10.6)
    page.text(x0 + 3, y0 + h - 5, two, mono, 10.6)


def _visa_page(page, c, x0, y0, n):
    w, h = 125.0, 88.0
    page.rect(x0, y0, w, h, 0.3)
    lang = _info(c)["lang"]
    page.text(x0 + w / 2, y0 + 7, {"es": "VISAS", "pt": "VISTOS / VISAS", "fr": "VISAS", "en": "VISAS"}[lang],
              "dejavu-b", 8, "c")
    page.text(x0 + w - 4, y0 + h - 4, str(n), "dejavu", 7, "r")
    r = c.rng
    if r.random() < 0.6:
        entry = c.ids["signed"] - DAY * r.randint(200, 700)
        _stamp(page, ["MADRID-BARAJAS", "ENTRADA  ESPAÑA", entry.strftime("%d.%m.%y")],
               x0 + 15 + r.random() * 40, y0 + 20 + r.random() * 30, 42, (40, 70, 140), size=6.5)


def passport_copia_compulsada(ctx, pages=3, wrong=None, **_):
    """A certified copy on A4: the data page and, below it, the next passport page; further
    sheets carry two pages each. A registry's "ES COPIA FIEL DEL ORIGINAL" stamp on each sheet."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    x0 = (210 - 125) / 2
    _data_page(f.page, c, x0, 22, wrong)
    n, left = 3, pages - 1
    if left:
        _visa_page(f.page, c, x0, 122, n)
        n, left = n + 1, left - 1
    while left > 0:
        f.new_page()
        _visa_page(f.page, c, x0, 22, n)
        if left > 1:
            _visa_page(f.page, c, x0, 122, n + 1)
        n, left = n + 2, left - 2
    when = c.ids["signed"] - DAY * r.randint(1, 20)
    for p in f.pages:
        _stamp(p, ["ES COPIA FIEL DEL ORIGINAL", "QUE HE TENIDO A LA VISTA", f"{c.muni[0]}, {_num(when)}",
                   "El/la funcionario/a"], 120, 232, 72, STAMP_VIOLET, size=6.2)
    return _done(b, "passport", f"{_sur(c).upper()}, {c.holder.given.upper()}", [],
                 {"wrong_mrz": wrong, "pages": pages})


def passport_pagina_policarbonato(ctx, pages=3, wrong=None, **_):
    """The polycarbonate data page of an e-passport (the chip symbol, the ghost image),
    scanned on a page the size of the open booklet; further file pages are the booklet's
    endorsement pages, one per sheet."""
    b, c, r = B(ctx, size=(140.0, 100.0)), ctx, ctx.rng
    f = b.f
    _data_page(f.page, c, 7.5, 6, wrong)
    f.page.rect(7.5 + 100, 6 + 58, 16, 10, 0.4)    # the chip's symbol
    f.page.rect(7.5 + 104, 6 + 61, 8, 4, 0.4)
    for n in range(pages - 1):
        f.new_page()
        f.page.rect(7.5, 6, 125, 88, 0.3)
        lang = _info(c)["lang"]
        f.page.text(70, 16, {"es": "ANOTACIONES / ENDORSEMENTS", "pt": "ANOTAÇÕES / ENDORSEMENTS",
                             "en": "ENDORSEMENTS / OBSERVATIONS", "fr": "MENTIONS / ENDORSEMENTS"}[lang],
                    "dejavu-b", 7.5, "c")
        f.page.text(128, 90, str(n + 2), "dejavu", 6.5, "r")
    return _done(b, "passport", f"{_sur(c).upper()}, {c.holder.given.upper()}", [],
                 {"wrong_mrz": wrong, "pages": pages})


def passport_libreta_apaisada(ctx, pages=3, wrong=None, **_):
    """The open booklet photocopied on A4 landscape: the observations page (holder's signature)
    on the left, the data page on the right; further sheets are spreads of two visa pages."""
    b, c, r = B(ctx, size=(297.0, 210.0)), ctx, ctx.rng
    f = b.f
    lang = _info(c)["lang"]
    x0, y0 = 148.5 - 125 - 2, 55.0
    f.page.rect(x0, y0, 125, 88, 0.3)
    f.page.text(x0 + 62.5, y0 + 8, {"es": "OBSERVACIONES", "pt": "OBSERVAÇÕES", "en": "OBSERVATIONS",
                                    "fr": "OBSERVATIONS"}[lang], "dejavu-b", 8, "c")
    f.page.text(x0 + 8, y0 + 70, {"es": "Firma del titular / Holder's signature", "pt": "Assinatura do titular",
                                  "en": "Signature of bearer", "fr": "Signature du titulaire"}[lang], "dejavu", 6)
    f.page.line(x0 + 8, y0 + 66, x0 + 70, y0 + 66, 0.3)
    _data_page(f.page, c, 148.5 + 2, y0, wrong)
    n, left = 3, pages - 1
    while left > 0:
        f.new_page()
        _visa_page(f.page, c, x0, y0, n)
        if left > 1:
            _visa_page(f.page, c, 148.5 + 2, y0, n + 1)
        n, left = n + 2, left - 2
    return _done(b, "passport", f"{_sur(c).upper()}, {c.holder.given.upper()}", [],
                 {"wrong_mrz": wrong, "pages": pages})


def identity_card_dos_caras(ctx, **_):
    """The national ID card, front above back on one A4 copy, at its size (85.6 x 54 mm), the
    TD1 zone on the back."""
    b, c, r = B(ctx), ctx, ctx.rng
    info = _info(c)
    p = b.f.page
    x0, y0 = 62.0, 40.0
    p.rect(x0, y0, 85.6, 54, 0.4)
    p.rect(x0, y0 + 70, 85.6, 54, 0.4)
    title = {"Ecuador": "CÉDULA DE CIUDADANÍA", "Chile": "CÉDULA DE IDENTIDAD",
             "Brasil": "CARTEIRA DE IDENTIDADE", "Camerún": "CARTE NATIONALE D'IDENTITÉ"}[c.ids["country"]]
    p.text(x0 + 43, y0 + 6, STATE[c.ids["country"]], "dejavu-b", 6, "c")
    p.text(x0 + 43, y0 + 10, title, "dejavu", 5.5, "c")
    p.rect(x0 + 4, y0 + 14, 22, 28, 0.3, fill=(210, 210, 210))
    for i, (lab, val) in enumerate([("APELLIDOS / NOM / SOBRENOME", _sur(c).upper()),
                                    ("NOMBRES / PRÉNOMS / NOME", c.holder.given.upper()),
                                    ("NACIMIENTO / BIRTH", _num(c.birth)), ("N.º", c.ids["card"])]):
        p.text(x0 + 29, y0 + 16 + i * 8, lab, "dejavu", 4.2)
        p.text(x0 + 29, y0 + 19.5 + i * 8, val, "dejavu-b", 6.5)
    cd = fd.check_digit
    num = c.ids["card"].ljust(9, "<")[:9]
    one = (info["td1"] + info["code"] + num + cd(num)).ljust(30, "<")[:30]
    bb, ee = c.birth.strftime("%y%m%d"), c.ids["card_expiry"].strftime("%y%m%d")
    two = (bb + cd(bb) + c.ids["sex"] + ee + cd(ee) + info["code"]).ljust(29, "<")
    two += cd(one[5:30] + two[0:7] + two[8:15] + two[18:29])
    three = (_clean(_sur(c)) + "<<" + _clean(c.holder.given)).ljust(30, "<")[:30]
    for i, line in enumerate((one, two, three)):
        p.text(x0 + 3, y0 + 70 + 34 + i * 6, line, "lib_mono", 11.5)
    return _done(b, "identity_card", f"{_sur(c).upper()}, {c.holder.given.upper()}", [], {"td1": True})


# ------------------------------------------------------------ legalisation
def _apostille_fields(c, when, lang):
    r = c.rng
    country = c.ids["country"]
    signer = _official(c)
    num = f"{r.choice(['AP', 'A', ''])}{digits(r, 7)}"
    if lang == "en":
        return "APOSTILLE", [
            ("1. Country:", STATE_EN[country]), ("This public document", ""), ("2. has been signed by", signer),
            ("3. acting in the capacity of", "Authorized Officer"), ("4. bears the seal/stamp of",
                                                                    {"Filipinas": "National Bureau of Investigation"}.get(country, "Issuing Authority")),
            ("Certified", ""), ("5. at", COUNTRIES[country]["city"]), ("6. the", _date_en(when, r)),
            ("7. by", "Department of Foreign Affairs"), ("8. No.", num),
            ("9. Seal/stamp:", "[seal]"), ("10. Signature:", "[signature]")], num
    return "APOSTILLA", [
        ("1. País:", STATE[country]), ("El presente documento público", ""), ("2. ha sido firmado por", signer),
        ("3. quien actúa en calidad de", "Funcionario/a autorizado/a"),
        ("4. y está revestido del sello/timbre de", "la autoridad expedidora"), ("Certificado", ""),
        ("5. en", COUNTRIES[country]["city"]), ("6. el día", _num(when)),
        ("7. por", "Ministerio de Relaciones Exteriores"), ("8. bajo el número", num),
        ("9. Sello/timbre:", "[sello]"), ("10. Firma:", "[firma]")], num


def _paper_apostille(page, c, issued, x0, y0):
    """A paper apostille (the Hague model certificate) fixed to the document's back."""
    when = issued + DAY * c.ids["apostille_days"]
    lang = "en" if _info(c)["lang"] == "en" else "es"
    title, rows, num = _apostille_fields(c, when, lang)
    w = 160.0
    page.ellipse(x0 + w - 34, y0 + 14 + 6.2 * len(rows) - 28, 24, 24, (235, 215, 215))   # the dry seal
    page.rect(x0, y0, w, 14 + 6.2 * len(rows), 0.6)
    page.text(x0 + w / 2, y0 + 7, title, "dejavu_serif-b", 12, "c")
    page.text(x0 + w / 2, y0 + 12, "(Convention de La Haye du 5 octobre 1961)", "dejavu_serif", 7.5, "c")
    for i, (lab, val) in enumerate(rows):
        y = y0 + 19 + i * 6.2
        page.text(x0 + 5, y, lab, "dejavu_serif", 8)
        page.text(x0 + 76, y, val, "dejavu_serif-b", 8)


def _chain(page, c, issued, x0, y0):
    """The legalisation chain of a non-Hague state: the foreign ministry's stamp, then the
    Spanish embassy's, each with its date."""
    r = c.rng
    country = c.ids["country"]
    first = issued + DAY * c.ids["apostille_days"]
    second = first + DAY * r.randint(2, 12)
    if country == "Bangladesh":
        mofa = ["ATTESTED", "MINISTRY OF FOREIGN AFFAIRS", "GOVT. OF THE PEOPLE'S REPUBLIC OF BANGLADESH",
                f"Consular Wing, Dhaka  {_num(first)}", f"Sl. No. {digits(r, 6)}"]
    else:
        mofa = ["VU POUR LÉGALISATION DE LA SIGNATURE", f"de {_official(c)}",
                "MINISTÈRE DES RELATIONS EXTÉRIEURES", f"Yaoundé, le {_num(first)}", f"N° {digits(r, 5)}/MINREX"]
    y = _stamp(page, mofa, x0, y0, 110, STAMP_VIOLET, size=6.8)
    _stamp(page, ["LEGALIZACIÓN", "Reconocida la firma que antecede de", "Ministerio de Asuntos Exteriores del país",
                  EMBASSY[country], f"{_num(second)}   Registro n.º {digits(r, 4)}/2026",
                  "Tasa percibida: 12,47 EUR", "El/la Canciller"], x0 + 25, y + 8, 120, (30, 60, 130), size=6.8)


def apostille_electronica_trilingue(ctx, issued=None, **_):
    """An e-Apostille printed from the foreign ministry's site: ten fields in Spanish (or
    Portuguese), English and French, the verification code and URL, a QR. Its own file."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    country = c.ids["country"]
    when = (issued or dt.date(2026, 3, 1)) + DAY * c.ids["apostille_days"]
    code = alnum(r, 12)
    pt = country == "Brasil"
    f.text(STATE[country], f.base * 1.1, True, align="c")
    f.text("APOSTILLE" if pt else "APOSTILLA", f.base * 1.5, True, align="c")
    f.text("(Convention de La Haye du 5 octobre 1961)", f.base * 0.85, align="c")
    f.space(3)
    host = {"Ecuador": "https://www.cancilleria.gob.ec/apostilla/verificar",
            "Chile": "https://apostilla.gob.cl/validar", "Brasil": "https://apostil.org.br/consulta"}[country]
    rows = [("1", "País / Country / Pays", STATE[country]),
            ("2", ("Assinado por" if pt else "Firmado por") + " / Signed by / Signé par", _official(c)),
            ("3", ("Na qualidade de" if pt else "En calidad de") + " / Acting in the capacity of / Agissant en qualité de",
             "Funcionário(a) responsável" if pt else "Funcionario/a responsable"),
            ("4", ("Selo/carimbo de" if pt else "Sello/timbre de") + " / Bears the seal of / Revêtu du sceau de",
             {"Ecuador": "Ministerio del Interior", "Chile": "Servicio de Registro Civil e Identificación",
              "Brasil": "Polícia Federal"}[country]),
            ("5", ("Em" if pt else "En") + " / At / À", COUNTRIES[country]["city"]),
            ("6", ("Data" if pt else "Fecha") + " / Date / Le", _num(when)),
            ("7", "Por / By / Par", "Cartório autorizado" if pt else "Ministerio de Relaciones Exteriores"),
            ("8", "N.º / No. / Sous n°", code),
            ("9", ("Selo" if pt else "Sello") + " / Seal / Sceau", "Firma electrónica cualificada" if not pt else "Assinatura eletrônica"),
            ("10", ("Assinatura" if pt else "Firma") + " / Signature", "[digital]")]
    for n, lab, val in rows:
        f.text(f"{n}. {lab}", f.base * 0.78)
        f.text(val, f.base * 0.95, True, x=f.left + 8)
    f.space(4)
    f.para(("Verifique a autenticidade em " if pt else "Verifique la autenticidad en ") + host +
           f"  código: {code}", f.base * 0.8)
    _qr(f.page, f.right - 32, f.y + 2, 30, code)
    return _done(b, "apostille", None, [], {"kind": "e-apostille"})


def apostille_hoja_adjunta(ctx, issued=None, **_):
    """The paper apostille, scanned as its own sheet (the back of the certificate)."""
    b, c = B(ctx), ctx
    _paper_apostille(b.f.page, c, issued or dt.date(2026, 3, 1), 25, 40)
    return _done(b, "apostille", None, [], {"kind": "paper"})


def apostille_legalizacion_cadena(ctx, issued=None, **_):
    b, c = B(ctx), ctx
    _chain(b.f.page, c, issued or dt.date(2026, 3, 1), 30, 40)
    return _done(b, "apostille", None, [], {"kind": "chain"})


def _back(b, c, issued, on_page):
    """Page 2 of the certificate's file when its legalisation was scanned with it."""
    if not on_page or _info(c)["legal"] == "e_apostille":   # an e-Apostille is never on the back
        return
    b.f.new_page()
    if _info(c)["legal"] == "chain":
        _chain(b.f.page, c, issued, 30, 40)
    else:
        _paper_apostille(b.f.page, c, issued, 25, 30)


# ------------------------------------------------------------ criminal record
def _record_done(b, c, name, lang):
    return _done(b, "criminal_record", name, [], {"country": c.ids["country"], "lang": lang})


def record_certificado_en_linea(ctx, issued=None, apostille_on_page=False, **_):
    """Ecuador's (Ministerio del Interior) or Chile's (Registro Civil, "para fines especiales")
    certificate printed from the web, with its verification code."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    issued = issued or dt.date(2026, 3, 1)
    country = c.ids["country"]
    name = _upper_name(c)
    code = alnum(r, 10)
    if country == "Ecuador":
        f.text("REPÚBLICA DEL ECUADOR", f.base, True, align="c")
        f.text("MINISTERIO DEL INTERIOR", f.base, True, align="c")
        f.space(4)
        f.text("CERTIFICADO DE ANTECEDENTES PENALES", f.base * 1.4, True, align="c")
        f.space(4)
        f.fields([("Número de certificado", digits(r, 9)), ("Tipo de documento", "Pasaporte"),
                  ("Número de documento", c.ids["passport"]), ("Apellidos y nombres", name),
                  ("Fecha de emisión", f"{_num(issued)} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}")], "grid")
        f.para("Se certifica que la persona arriba indicada NO REGISTRA ANTECEDENTES PENALES en la base de datos "
               "del Sistema Nacional de Información.", bold=True)
        f.para("Este certificado es válido por noventa (90) días desde su fecha de emisión.")
    else:
        f.text("SERVICIO DE REGISTRO CIVIL E IDENTIFICACIÓN", f.base, True)
        f.text("CERTIFICADO DE ANTECEDENTES PARA FINES ESPECIALES", f.base * 1.3, True, align="c")
        f.text(f"FOLIO: {digits(r, 10)}-{digits(r, 1)}", f.base * 0.9, align="r")
        f.space(3)
        f.fields([("Nombre", name), ("R.U.N.", f"{r.randint(12, 26)}.{digits(r, 3)}.{digits(r, 3)}-{r.choice('0123456789K')}"),
                  ("Fecha de nacimiento", _num(c.birth))], "colon")
        f.para("NO REGISTRA ANOTACIONES en el Registro General de Condenas.", bold=True)
        f.para(f"Emitido el {_date_es(issued)}, en Santiago. Timbre electrónico SRCeI.")
    f.para(f"Código de verificación: {code}. Verifique este documento en la sede electrónica de la entidad.",
           f.base * 0.85)
    _qr(f.page, f.right - 28, f.y + 2, 26, code)
    _back(b, c, issued, apostille_on_page)
    return _record_done(b, c, name, "es")


def _day_words(d):
    """ "a los veinte (20) días", "al primer (1) día": the counter certificates' wording."""
    if d.day == 1:
        return "al primer (1) día"
    return f"a los {td.DAY_WORDS['es'][d.day - 1]} ({d.day}) días"


def record_constancia_ventanilla(ctx, issued=None, apostille_on_page=False, **_):
    """Nicaragua's (Policía Nacional, "Certificado de antecedentes policiales y penales") or El
    Salvador's (Dirección General de Centros Penales, "Constancia de antecedentes penales")
    counter certificate: "HACE CONSTAR", fiscal stamps pasted in a corner, date in words."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    issued = issued or dt.date(2026, 3, 1)
    country = c.ids["country"]
    name = c.holder.natural.upper()
    if country == "Nicaragua":
        b.header(["POLICÍA NACIONAL DE NICARAGUA", "Dirección de Auxilio Judicial", "Oficina de Antecedentes"])
        f.text("CERTIFICADO DE ANTECEDENTES POLICIALES Y PENALES", f.base * 1.25, True, align="c")
    else:
        b.header(["MINISTERIO DE JUSTICIA", "Y SEGURIDAD PÚBLICA", "Dirección General de Centros Penales"])
        f.text("CONSTANCIA DE ANTECEDENTES PENALES", f.base * 1.25, True, align="c")
    f.space(4)
    f.para(f"El/la suscrito/a jefe/a de la oficina HACE CONSTAR: que revisados los registros a su cargo, "
           f"el/la ciudadano/a {name}, portador/a del pasaporte número {c.ids['passport']}, nacido/a el "
           f"{_num(c.birth)}, NO TIENE ANTECEDENTES PENALES registrados a la fecha.")
    f.para(f"Y para los usos que el/la interesado/a estime convenientes, se extiende la presente en la ciudad de "
           f"{COUNTRIES[country]['city']}, {_day_words(issued)} del mes de {td.MONTHS['es'][issued.month - 1]} "
           f"del año {issued.year}.")
    f.para(f"Número de constancia: {digits(r, 7)}    Recibo fiscal n.º {digits(r, 8)}", f.base * 0.85)
    f.signature([_official(c), "Jefe/a de Oficina"])
    y = f.y + 4
    for k in range(2):   # the fiscal stamps, pasted under the signature
        f.page.rect(f.left + k * 14, y, 12, 16, 0.4, STAMP_RED)
        f.page.text(f.left + 6 + k * 14, y + 10, "C$50" if country == "Nicaragua" else "$5", "dejavu-b", 5.5, "c",
                    STAMP_RED)
    _back(b, c, issued, apostille_on_page)
    return _record_done(b, c, name, "es")


def record_certidao_pf(ctx, issued=None, apostille_on_page=False, **_):
    """Brazil's Polícia Federal "Certidão de Antecedentes Criminais", issued online, in
    Portuguese: "CERTIFICA ... NÃO CONSTA condenação com trânsito em julgado", control code."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    issued = issued or dt.date(2026, 3, 1)
    name = _upper_name(c)
    code = f"{alnum(r, 8)}.{alnum(r, 8)}.{alnum(r, 8)}"
    f.text("MINISTÉRIO DA JUSTIÇA E SEGURANÇA PÚBLICA", f.base, True, align="c")
    f.text("POLÍCIA FEDERAL", f.base, True, align="c")
    f.space(4)
    f.text("CERTIDÃO DE ANTECEDENTES CRIMINAIS", f.base * 1.35, True, align="c")
    f.space(3)
    f.para(f"A Polícia Federal CERTIFICA, após pesquisa no Sistema Nacional de Informações Criminais - SINIC, "
           f"que, até a presente data, NÃO CONSTA condenação com trânsito em julgado em nome de {name}, "
           f"nacionalidade brasileira, nascido(a) aos {_num(c.birth)}, filho(a) de "
           f"{r.choice(['JOSÉ', 'ANTÔNIO', 'FRANCISCO'])} {c.holder.surnames[-1].upper()} e de "
           f"{r.choice(['MARIA', 'ANA', 'FRANCISCA'])} {c.holder.surnames[0].upper()}, "
           f"passaporte {c.ids['passport']}.")
    f.para("A autenticidade desta certidão poderá ser confirmada na página da Polícia Federal na Internet, "
           f"informando o código de controle {code}.")
    f.para(f"Certidão emitida às {r.randint(8, 22):02d}h{r.randint(0, 59):02d} do dia {_num(issued)} "
           "(hora e data de Brasília). Válida por 90 dias.")
    _back(b, c, issued, apostille_on_page)
    return _record_done(b, c, name, "pt")


def record_nbi_clearance(ctx, issued=None, apostille_on_page=False, **_):
    """The Philippines' NBI Clearance: photo, thumbprint box, "NO RECORD ON FILE", the
    purpose, validity, barcode number and QR."""
    b, c, r = B(ctx, size=(210.0, 148.0)), ctx, ctx.rng
    f = b.f
    issued = issued or dt.date(2026, 3, 1)
    name = f"{_sur(c).upper()}, {c.holder.given.upper()}"
    p = f.page
    p.text(105, 12, "REPUBLIC OF THE PHILIPPINES", "dejavu-b", 8, "c")
    p.text(105, 17, "DEPARTMENT OF JUSTICE", "dejavu", 7, "c")
    p.text(105, 23, "NATIONAL BUREAU OF INVESTIGATION", "dejavu-b", 10, "c")
    p.text(105, 32, "NBI CLEARANCE", "dejavu_serif-b", 16, "c")
    p.rect(14, 40, 30, 36, 0.3, fill=(205, 205, 205))
    p.rect(14, 80, 30, 22, 0.3)
    p.text(29, 106, "Right thumbmark", "dejavu", 5.5, "c")
    rows = [("NAME", name), ("ADDRESS", f"{c.home[0]}, {c.muni[0]}, SPAIN"), ("BIRTH DATE", _num(c.birth)),
            ("PURPOSE", "TRAVEL ABROAD / RESIDENCE (SPAIN)"), ("REMARKS", "NO RECORD ON FILE"),
            ("DATE ISSUED", _num(issued)), ("VALID UNTIL", _num(issued + DAY * 365))]
    for i, (lab, val) in enumerate(rows):
        p.text(52, 46 + i * 8, lab, "dejavu", 6.5)
        p.text(84, 46 + i * 8, val, "dejavu-b", 8)
    num = f"{alnum(r, 10)}-{digits(r, 8)}"
    p.text(52, 112, f"NBI ID No. {num}", "lib_mono", 8)
    for k in range(40):
        p.block(52 + k * 1.6, 116, 0.8 if k % 3 else 0.4, 8)
    _qr(p, 170, 100, 24, num)
    p.text(105, 138, _official(c) + " - Director", "dejavu", 7, "c")
    _back(b, c, issued, apostille_on_page)
    return _record_done(b, c, name, "en")


def record_pcc_bangladesh(ctx, issued=None, apostille_on_page=False, **_):
    """Bangladesh Police's online Police Clearance Certificate: reference number, "This is to
    certify that ... has no criminal record", the issuing officer, the verification URL."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    issued = issued or dt.date(2026, 3, 1)
    name = c.holder.natural.upper()
    parent = r.choice(["Md. Abdul", "Late Abul", "Md. Nurul"]) + " " + c.holder.surnames[0]
    f.text("GOVERNMENT OF THE PEOPLE'S REPUBLIC OF BANGLADESH", f.base, True, align="c")
    f.text("BANGLADESH POLICE", f.base * 1.1, True, align="c")
    f.text("Office of the Deputy Commissioner, Special Branch, Dhaka", f.base * 0.9, align="c")
    f.space(4)
    f.text("POLICE CLEARANCE CERTIFICATE", f.base * 1.35, True, align="c")
    f.text(f"Ref: PCC/DMP/{digits(r, 6)}/2026        Date: {_num(issued)}", f.base * 0.9)
    f.space(2)
    sex = c.ids["sex"] == "F"
    f.para(f"This is to certify that {'Ms.' if sex else 'Mr.'} {name}, {'D/O' if sex else 'S/O'} {parent}, "
           f"holder of Bangladesh Passport No. {c.ids['passport']}, born on {_num(c.birth)}, has no criminal "
           "record found against " + ("her" if sex else "him") + " in the records of Bangladesh Police.")
    f.para("This certificate is issued on request of the applicant for the purpose of immigration to SPAIN.")
    f.signature([_official(c), "Special Superintendent of Police"])
    f.para(f"Verify at https://pcc.police.gov.bd/verify   Certificate ID: {alnum(r, 12)}", f.base * 0.8)
    _back(b, c, issued, apostille_on_page)
    return _record_done(b, c, name, "en")


def record_bulletin_tpi(ctx, issued=None, apostille_on_page=False, **_):
    """Cameroon's bulletin n° 3 of a Tribunal de Première Instance: "Paix - Travail - Patrie",
    the identity boxes, "NÉANT", the greffier's signature and the timbre fiscal."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    issued = issued or dt.date(2026, 3, 1)
    f.text("RÉPUBLIQUE DU CAMEROUN", f.base, True)
    f.text("Paix - Travail - Patrie", f.base * 0.85)
    f.text("COUR D'APPEL DU CENTRE", f.base * 0.9)
    f.text("TRIBUNAL DE PREMIÈRE INSTANCE DE YAOUNDÉ CENTRE ADMINISTRATIF", f.base * 0.9)
    f.space(4)
    f.text("EXTRAIT DU CASIER JUDICIAIRE", f.base * 1.35, True, align="c")
    f.text("BULLETIN N° 3", f.base * 1.2, True, align="c")
    f.space(3)
    f.fields([("Nom", _sur(c).upper()), ("Prénoms", c.holder.given), ("Fils/Fille de", f"{r.choice(['Pierre', 'Joseph', 'Emmanuel'])} {c.holder.surnames[0]}"),
              ("et de", f"{r.choice(['Marie', 'Jeanne', 'Odile'])} {r.choice(['Ngono', 'Abena', 'Mvondo'])}"),
              ("Né(e) le", _date_fr(c.birth)), ("à", r.choice(["Yaoundé", "Douala", "Bafoussam"])),
              ("Nationalité", "Camerounaise")], "column")
    f.text("CONDAMNATIONS : NÉANT", f.base * 1.2, True, align="c")
    f.space(3)
    f.para(f"Délivré à Yaoundé, le {_date_fr(issued)}, pour servir et valoir ce que de droit.")
    f.signature([_official(c), "Le Greffier en Chef"])
    f.page.rect(f.left, f.y + 4, 18, 22, 0.4, STAMP_RED)
    f.page.text(f.left + 9, f.y + 16, "1000 F", "dejavu-b", 6, "c", STAMP_RED)
    _back(b, c, issued, apostille_on_page)
    return _record_done(b, c, f"{_sur(c).upper()} {c.holder.given}", "fr")


# ------------------------------------------------------------ translation
FORMULA = ("{name}, Traductor/a-Intérprete Jurado/a de {lang} nombrado/a por el Ministerio de Asuntos Exteriores, "
           "Unión Europea y Cooperación, certifica que la que antecede es traducción fiel y completa al español "
           "de un documento redactado en {lang_low}. En {place}, a {date}.")
TRANSLATORS = ["Inés Carrasco Vidal", "Martín Olmedo Ruiz", "Beatriz Lafuente Soria", "Álvaro Quintana Peña"]


def _record_in_spanish(c, issued, apostilled=True):
    """What the certificate says, in Spanish, as both translations carry it; the note on the
    legalisation only when the certificate has one (a translator translates what is there)."""
    country = c.ids["country"]
    who = c.holder.natural.upper()
    body = {"Brasil": f"La Policía Federal CERTIFICA, tras consulta en el Sistema Nacional de Informaciones "
                      f"Criminales (SINIC), que hasta la fecha NO CONSTA condena firme a nombre de {who}, "
                      f"nacido/a el {_num(c.birth)}, pasaporte {c.ids['passport']}.",
            "Filipinas": f"Oficina Nacional de Investigación (NBI). CERTIFICADO NBI. Nombre: {who}. Fecha de "
                         f"nacimiento: {_num(c.birth)}. Observaciones: SIN ANTECEDENTES EN ARCHIVO "
                         "[en el original: «NO RECORD ON FILE»].",
            "Bangladesh": f"Policía de Bangladesh. CERTIFICADO DE ANTECEDENTES POLICIALES. Se certifica que "
                          f"{who}, titular del pasaporte de Bangladesh n.º {c.ids['passport']}, nacido/a el "
                          f"{_num(c.birth)}, no tiene antecedentes penales en los registros de la Policía de Bangladesh.",
            "Camerún": f"Tribunal de Primera Instancia de Yaundé. EXTRACTO DEL REGISTRO DE ANTECEDENTES PENALES, "
                       f"BOLETÍN N.º 3. Apellido: {_sur(c).upper()}. Nombre: {c.holder.given}. Nacido/a el "
                       f"{_num(c.birth)}. CONDENAS: NINGUNA [en el original: «NÉANT»]."}[country]
    legal = ("[Al dorso figura una apostilla del Convenio de La Haya de 5 de octubre de 1961.]"
             if _info(c)["legal"] != "chain" else
             "[Al dorso figuran el sello de legalización del Ministerio de Asuntos Exteriores del país y el sello "
             f"de legalización de la {EMBASSY.get(country, 'Embajada de España')}.]")
    return [f"[Escudo] {STATE[country]}", body, f"Fecha de expedición: {_num(issued)}. [Firma ilegible] [Sello]"] + \
        ([legal] if apostilled else [])


def translation_jurada_formula(ctx, issued=None, date=None, apostilled=True, **_):
    """A sworn translation: the translator's name and number at the head, the text, the fixed
    formula of the Orden AEC/2125/2014 at the foot, the round seal, on one or two pages."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    lang = _info(c)["lang"]
    name = r.choice(TRANSLATORS)
    when = date or dt.date(2026, 4, 20)
    f.text(name, f.base * 1.1, True)
    f.text(f"Traductor/a-Intérprete Jurado/a de {LANG_ES[lang].capitalize()} · N.º {digits(r, 4)}", f.base * 0.85)
    f.hr()
    f.text(f"TRADUCCIÓN JURADA DEL {LANG_ES[lang].upper()} AL ESPAÑOL", f.base * 1.15, True, align="c")
    f.space(3)
    for para in _record_in_spanish(c, issued or dt.date(2026, 3, 1), apostilled):
        f.para(para)
    if r.random() < 0.4:
        f.footer(["Página 1 de 2"])
        f.new_page()
    f.space(6)
    f.para(FORMULA.format(name=name, lang=LANG_ES[lang].capitalize(), lang_low=LANG_ES[lang],
                          place=c.muni[0], date=_date_es(when)))
    f.page.ellipse(f.right - 40, f.y + 2, 30, 30, (220, 225, 240))
    f.page.text(f.right - 25, f.y + 18, "T.I.J.", "dejavu-b", 8, "c", INK)
    f.y += 34
    return _done(b, "translation", c.holder.natural, [], {"from": lang, "by": "sworn"})


def translation_consulado(ctx, issued=None, date=None, apostilled=True, **_):
    """The translation made by the Spanish embassy's consular section: its letterhead, the
    translated text, "Traducción oficial", the consul's stamp."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    lang = _info(c)["lang"]
    country = c.ids["country"]
    mission, place = {"Filipinas": ("EMBAJADA DE ESPAÑA EN MANILA", "Manila"),
                      "Bangladesh": ("EMBAJADA DE ESPAÑA EN DHAKA", "Dhaka"),
                      "Camerún": ("EMBAJADA DE ESPAÑA EN YAUNDÉ", "Yaundé"),
                      "Brasil": ("CONSULADO GENERAL DE ESPAÑA EN SÃO PAULO", "São Paulo")}[country]
    when = date or dt.date(2026, 4, 20)
    head, _, city = mission.partition(" EN ")
    b.header([head, f"EN {city}", "Sección Consular"])
    f.text("TRADUCCIÓN OFICIAL", f.base * 1.3, True, align="c")
    f.text(f"(del {LANG_ES[lang]} al español)", f.base * 0.9, align="c")
    f.space(3)
    for para in _record_in_spanish(c, issued or dt.date(2026, 3, 1), apostilled):
        f.para(para)
    f.para(f"La presente es traducción fiel y completa al español del documento original redactado en "
           f"{LANG_ES[lang]}, que se ha tenido a la vista. {place}, {_date_es(when)}.")
    f.signature(["El/la Canciller", "Sección Consular"])
    _stamp(f.page, [mission, "SECCIÓN CONSULAR", _num(when)], f.left, f.y + 2, 95, (30, 60, 130), size=6)
    return _done(b, "translation", c.holder.natural, [], {"from": lang, "by": "consulate"})


# ------------------------------------------------------------ fee
def _fee_form(b, c, paid_note=None):
    f = b.f
    f.text("Modelo 790 · Código 052", f.base * 1.2, True)
    f.para("TASA DE TRAMITACIÓN DE AUTORIZACIONES ADMINISTRATIVAS Y DE DOCUMENTOS DE IDENTIDAD A CIUDADANOS "
           "EXTRANJEROS", f.base * 0.8)
    f.text("Ejemplar para el interesado", f.base * 0.8, align="r")
    f.space(2)
    f.fields([("NIF/NIE/Pasaporte", c.ids.get("nie") or c.ids["passport"]),
              ("Apellidos y nombre", f"{_sur(c).upper()}, {c.holder.given.upper()}"),
              ("Domicilio", f"{c.home[0]}, {c.muni[0]}")], "grid")
    f.table(["Epígrafe", "Concepto", "Importe"],
            [["2.3.1", "Autorización de residencia y trabajo (regularización)", "38,28 €"]], [0.15, 0.65, 0.2])


def fee_ticket_cajero(ctx, epigrafe="2.3.1", paid=True, date=None, **_):
    """The 790-052 printed from the sede and, when paid, the bank's ATM ticket copied below it
    on the same sheet (PAGO DE TASAS, modelo, importe, NRC, fecha y hora)."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = date or dt.date(2026, 4, 20)
    _fee_form(b, c)
    f.text(f"N.º de justificante: 790052{digits(r, 7)}", f.base * 0.85)
    if paid:
        x, y = 70.0, max(f.y + 10, 150.0)
        f.page.rect(x, y, 70, 92, 0.3)
        lines = [r.choice(["BANCO MERIDIONAL", "CAJA RURAL DEL INTERIOR", "BANCO ATLÁNTICO"]),
                 f"CAJERO {digits(r, 4)}", f"{_num(when)}  {r.randint(8, 21):02d}:{r.randint(0, 59):02d}",
                 "", "PAGO DE TASAS", "MODELO: 790", "CÓDIGO: 052", f"JUSTIF.: 790052{digits(r, 7)}",
                 "IMPORTE:      38,28 EUR", "NRC:", f"{alnum(r, 22)}", "", "OPERACIÓN REALIZADA",
                 "CONSERVE ESTE JUSTIFICANTE"]
        for i, ln in enumerate(lines):
            f.page.text(x + 4, y + 7 + i * 6, ln, "lib_mono", 7.5)
        pres = [(when, when)]
    else:
        pres = []
    return _done(b, "fee_form", f"{_sur(c).upper()}, {c.holder.given.upper()}", pres,
                 {"epigrafe": epigrafe, "paid": paid})


def fee_adeudo_sede(ctx, epigrafe="2.3.1", paid=True, date=None, **_):
    """The sede's receipt of a payment by direct debit: IBAN masked, importe, NRC and date;
    when unpaid, the same screen printed with the bank's refusal (the debit was rejected)."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = date or dt.date(2026, 4, 20)
    f.text("SEDE ELECTRÓNICA · PAGO DE TASAS CON CARGO EN CUENTA", f.base * 0.95, True)
    f.hr()
    f.text("JUSTIFICANTE DE PAGO" if paid else "RESULTADO DE LA OPERACIÓN", f.base * 1.3, True, align="c")
    f.space(3)
    items = [("Modelo", "790"), ("Código de tasa", "052"), ("Epígrafe", epigrafe),
             ("Obligado al pago", f"{c.holder.natural} ({c.ids.get('nie') or c.ids['passport']})"),
             ("Cuenta de cargo", f"ES{digits(r, 2)} **** **** **** **** {digits(r, 4)}"), ("Importe", "38,28 EUR")]
    if paid:
        items += [("Fecha de pago", f"{_num(when)} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}"),
                  ("NRC", alnum(r, 22)), ("Estado", "PAGADO")]
    else:
        items += [("Estado", "RECHAZADO"), ("Motivo", "La entidad financiera no ha autorizado el cargo "
                                                       "(saldo insuficiente)")]
    f.fields(items, "grid")
    if not paid:
        f.para("La tasa no ha sido abonada. Puede intentar de nuevo el pago o imprimir el impreso para "
               "abonarlo en una entidad colaboradora.")
    return _done(b, "fee_form", c.holder.natural, [(when, when)] if paid else [],
                 {"epigrafe": epigrafe, "paid": paid})


# ------------------------------------------------------------ protection application (DA 20)
def protection_resguardo_oar(ctx, applied=None, date=None, **_):
    """The OAR's resguardo of an asylum application, with the formalisation date (2025) and
    the case number; the NIE assigned."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    applied = applied or dt.date(2025, 6, 7)
    b.header(["MINISTERIO DEL INTERIOR", "Subdirección General de Protección Internacional",
              "Oficina de Asilo y Refugio (OAR)"])
    f.text("RESGUARDO DE SOLICITUD DE PROTECCIÓN INTERNACIONAL", f.base * 1.2, True, align="c")
    f.space(3)
    f.fields([("N.º de expediente", f"{digits(r, 2)}/{digits(r, 6)}/2025"), ("Apellidos", _sur(c).upper()),
              ("Nombre", c.holder.given.upper()), ("Nacionalidad", _info(c)["nat"]),
              ("N.I.E.", c.ids.get("nie", "pendiente de asignación")),
              ("Fecha de formalización de la solicitud", _num(applied))], "column")
    f.para("El/la solicitante queda documentado/a provisionalmente y no podrá ser devuelto/a ni expulsado/a "
           "mientras se tramita su solicitud.")
    f.signature([_official_es(r), "Funcionario/a de la OAR"])
    return _done(b, "protection_application", c.holder.natural, [(applied, applied)],
                 {"applied": applied.isoformat()})


def _official_es(r):
    return td.random_spaniard(r).natural


def protection_admision_tramite(ctx, applied=None, date=None, **_):
    """The Ministry's notice that the application has been admitted to examination: it
    cites the application date, and is itself dated later."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    applied = applied or dt.date(2025, 6, 7)
    notice = applied + DAY * r.randint(20, 60)
    b.header(["MINISTERIO DEL INTERIOR", "Dirección General de Protección Internacional"])
    f.text(f"Madrid, {_date_es(notice)}", align="r")
    f.text(f"D./Dña. {c.holder.natural}", bold=True)
    f.text(f"{c.home[0]}, {c.muni[0]}")
    f.space(3)
    f.text("ASUNTO: ADMISIÓN A TRÁMITE", bold=True)
    f.para(f"En relación con la solicitud de protección internacional presentada por usted el {_num(applied)}, "
           f"expediente n.º {digits(r, 8)}, se le comunica que ha sido ADMITIDA A TRÁMITE, por lo que se "
           "procederá a su estudio por el procedimiento ordinario.")
    f.para("Durante la tramitación podrá permanecer en España y, transcurridos seis meses desde la solicitud, "
           "trabajar en las condiciones legalmente previstas.")
    f.signature(["El/la Subdirector/a General"])
    return _done(b, "protection_application", c.holder.natural, [(notice, notice)],
                 {"applied": applied.isoformat()})


# ------------------------------------------------------------ supuesto (DA 21)
WORDS = {2: "DOS (2) MESES", 6: "SEIS (6) MESES", 12: "DOCE (12) MESES", 24: "VEINTICUATRO (24) MESES"}
WORDS_LOW = {2: "dos meses", 6: "seis meses", 12: "doce meses", 24: "veinticuatro meses"}
COMPANIES = [("Agrícola Campos del Sur S.L.", "B04123456", "peón agrícola"),
             ("Hostelería Plaza Mayor S.L.", "B28765432", "ayudante de cocina"),
             ("Servicios Integrales Limpia Norte S.L.", "B48112233", "limpiador/a"),
             ("Logística Levante Express S.A.", "A46998877", "mozo/a de almacén")]


def contract_clausulas(ctx, months=12, date=None, **_):
    """A private contract in the usual lawyer's form: REUNIDOS, INTERVIENEN, EXPONEN, then the
    CLÁUSULAS, the first one the term ("DOCE (12) MESES" or "carácter indefinido"), subject to
    the permit being granted."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = date or dt.date(2026, 4, 20)
    comp, cif, job = r.choice(COMPANIES)
    boss = td.random_spaniard(r).natural
    f.text("CONTRATO DE TRABAJO", f.base * 1.4, True, align="c")
    f.text(f"En {c.muni[0]}, a {_date_es(when)}", align="r")
    f.text("REUNIDOS", bold=True, align="c")
    f.para(f"De una parte, D./Dña. {boss}, en nombre y representación de {comp}, con CIF {cif}.")
    f.para(f"De otra parte, D./Dña. {c.holder.natural}, con pasaporte n.º {c.ids['passport']}, nacido/a el "
           f"{_num(c.birth)}.")
    f.text("EXPONEN", bold=True, align="c")
    f.para("Que ambas partes acuerdan formalizar el presente contrato de trabajo con arreglo a las siguientes")
    f.text("CLÁUSULAS", bold=True, align="c")
    if months:
        term = f"PRIMERA.- Duración. El presente contrato se celebra por un período de {WORDS[months]} " \
               "a contar desde la fecha de alta en la Seguridad Social."
    else:
        term = "PRIMERA.- Duración. El presente contrato tiene carácter indefinido."
    f.para(term)
    f.para(f"SEGUNDA.- Puesto. El/la trabajador/a prestará servicios como {job}, a jornada completa (40 horas "
           "semanales).")
    f.para(f"TERCERA.- Retribución. {r.choice(['1.221', '1.300', '1.410'])} euros brutos mensuales en 14 pagas.")
    f.para("CUARTA.- Condición. La eficacia de este contrato queda condicionada a la concesión de la "
           "autorización de residencia y trabajo al amparo del Real Decreto 316/2026.")
    f.signature(["La empresa", "El/la trabajador/a"])
    return _done(b, "employment_contract", c.holder.natural, [(when, when)], {"months": months})


def contract_compromiso(ctx, months=12, date=None, **_):
    """A company's hiring commitment on letterhead: "se compromete a contratar", the
    campaign's or the contract's term in words, the start on admission of the permit."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = date or dt.date(2026, 4, 20)
    comp, cif, job = r.choice(COMPANIES)
    b.header([comp, f"CIF {cif}", f"{c.muni[0]} ({c.muni[1]})"])
    f.text("COMPROMISO DE CONTRATACIÓN", f.base * 1.3, True, align="c")
    f.space(3)
    dur = f"con una duración de {WORDS_LOW[months]}" if months else "con carácter indefinido"
    f.para(f"{td.random_spaniard(r).natural}, administrador/a de {comp}, se compromete a contratar a "
           f"D./Dña. {c.holder.natural}, con pasaporte {c.ids['passport']}, como {job}, {dur}, con una "
           f"jornada de 40 horas semanales y un salario bruto de {r.choice(['16.576', '17.094', '18.200'])} euros "
           "anuales, una vez le sea concedida la autorización de residencia y trabajo.")
    f.para(f"Y para que conste, firma el presente en {c.muni[0]}, a {_date_es(when)}.")
    f.signature(["Fdo.: La empresa", "(sello de la empresa)"])
    return _done(b, "employment_contract", c.holder.natural, [(when, when)], {"months": months})


def self_employment_plan(ctx, date=None, **_):
    """The applicant's self-employment plan: a summary table (activity, IAE, place, investment,
    first-year income forecast), the declaración responsable and the RETA commitment."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = date or dt.date(2026, 4, 20)
    act, iae = r.choice([("Reparación de teléfonos móviles", "691.9"), ("Venta ambulante de textil", "663.2"),
                         ("Peluquería y estética", "972.1"), ("Reparto a domicilio en bicicleta", "849.5")])
    f.para("PLAN DE EMPRESA (RESUMEN) Y DECLARACIÓN RESPONSABLE DE ACTIVIDAD POR CUENTA PROPIA",
           f.base * 1.05, True)
    f.space(2)
    f.fields([("Promotor/a", c.holder.natural), ("Pasaporte", c.ids["passport"]), ("Actividad", act),
              ("Epígrafe IAE", iae), ("Lugar", f"{c.muni[0]} ({c.muni[1]})"),
              ("Inversión prevista", f"{r.choice(['3.500', '6.000', '9.800'])} €"),
              ("Ingresos previstos el primer año", f"{r.choice(['14.500', '18.000', '21.300'])} €")], "grid")
    f.para(f"D./Dña. {c.holder.natural} DECLARA BAJO SU RESPONSABILIDAD que va a ejercer la actividad "
           "por cuenta propia descrita y que se dará de alta en el Régimen Especial de Trabajadores Autónomos "
           "(RETA) una vez concedida la autorización.")
    f.para(f"{c.muni[0]}, {_num(when)}", align="r")
    f.signature(["El/la declarante"])
    return _done(b, "employment_contract", c.holder.natural, [(when, when)], {"self_employment": True})


def vuln_centro_acogida(ctx, date=None, **_):
    """A reception centre's certificate (a municipal shelter run by an NGO): "CERTIFICA que ...
    es usuario/a del recurso desde ...", situation of vulnerability, for the DA 21ª."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = date or dt.date(2026, 4, 20)
    since = when - DAY * r.randint(60, 400)
    ngo = r.choice(["Asociación Refugio Solidario", "Fundación Techo Compartido", "Asociación Albergue San Martín"])
    b.header([ngo, f"Centro de acogida de {c.muni[0]}",
              f"Inscrita en el Registro de Entidades de Servicios Sociales n.º {digits(r, 4)}"])
    f.text("CERTIFICADO", f.base * 1.3, True, align="c")
    f.para(f"D./Dña. {td.random_spaniard(r).natural}, directora/director del centro, CERTIFICA que "
           f"{c.holder.natural}, con pasaporte {c.ids['passport']}, es usuario/a del recurso de acogida desde el "
           f"{_num(since)} y se encuentra en situación de vulnerabilidad social (sin ingresos, sin vivienda "
           "propia ni red de apoyo familiar), a los efectos de la disposición adicional vigésima primera del "
           "Real Decreto 316/2026.")
    f.para(f"{c.muni[0]}, {_date_es(when)}", align="r")
    f.signature(["La dirección del centro"])
    return _done(b, "vulnerability_certificate", c.holder.natural, [(when, when)], {"issuer": "entity"})


def vuln_trabajo_social_hospital(ctx, date=None, **_):
    """A hospital social work unit's report: patient data, valoración social, conclusion of
    vulnerability for the regularisation, the colegiado social worker."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    when = date or dt.date(2026, 4, 20)
    b.header([f"Hospital Universitario de {c.muni[0]}", "Unidad de Trabajo Social"])
    f.text("INFORME SOCIAL", f.base * 1.3, True, align="c")
    f.fields([("Paciente", c.holder.natural), ("N.º historia clínica", digits(r, 7)),
              ("Fecha de nacimiento", _num(c.birth)), ("Fecha del informe", _num(when))], "colon")
    f.text("VALORACIÓN SOCIAL", bold=True)
    f.para("Persona que vive sola, sin ingresos estables ni cobertura familiar, con un proceso de salud que "
           "ha requerido seguimiento. Se valora situación de vulnerabilidad.")
    f.text("CONCLUSIÓN", bold=True)
    f.para("Se emite el presente informe de vulnerabilidad a petición de la persona interesada, para su "
           "solicitud de regularización extraordinaria (D.A. 21ª del Real Decreto 316/2026).")
    f.signature([f"{td.random_spaniard(r).natural}", f"Trabajador/a social, colegiado/a n.º {digits(r, 4)}"])
    return _done(b, "vulnerability_certificate", c.holder.natural, [(when, when)], {"issuer": "social_services"})


# ------------------------------------------------------------ extras
def annex_recuadros(ctx, form="Anexo I-1", requested=None, **_):
    """Anexo I-1 (the declaración responsable of having asked for the certificate) or I-2
    (the authorisation to consult), in the Ministry's boxed layout."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    requested = requested or dt.date(2026, 2, 1)
    f.text(form.upper(), f.base * 1.3, True, align="r")
    if form == "Anexo I-1":
        f.text("DECLARACIÓN RESPONSABLE (antecedentes penales)", f.base * 1.1, True, align="c")
    else:
        f.text("AUTORIZACIÓN PARA LA CONSULTA DE ANTECEDENTES PENALES", f.base * 1.1, True, align="c")
    f.space(3)
    f.fields([("Apellidos", _sur(c).upper()), ("Nombre", c.holder.given.upper()),
              ("Pasaporte", c.ids["passport"]), ("Nacionalidad", _info(c)["nat"])], "boxes", cols=2)
    if form == "Anexo I-1":
        f.para(f"DECLARO BAJO MI RESPONSABILIDAD que carezco de antecedentes penales, que solicité el certificado "
               f"de antecedentes penales de {STATE[c.ids['country']].title()} el {_num(requested)} y que, "
               "transcurrido más de un mes, aún no lo he recibido.")
    else:
        f.para("AUTORIZO a la Administración General del Estado a solicitar y consultar mis antecedentes penales "
               "en mi país de origen y en los países en que he residido.")
    f.para(f"En {c.muni[0]}, a {_num(c.ids['signed'])}", align="r")
    f.signature(["Firma"])
    return _done(b, "application_form", c.holder.natural, [], {"form": form})


def record_request_acuse(ctx, requested=None, **_):
    """The proof of having asked for the certificate: NBI's online appointment (Philippines),
    Bangladesh Police's PCC application slip, Cameroon's récépissé, Spanish for the others."""
    b, c, r = B(ctx), ctx, ctx.rng
    f = b.f
    requested = requested or dt.date(2026, 2, 1)
    country = c.ids["country"]
    lang = _info(c)["lang"]
    ref = alnum(r, 10)
    if lang == "en":
        f.text("NBI CLEARANCE ONLINE - APPOINTMENT" if country == "Filipinas" else
               "PCC ONLINE APPLICATION - ACKNOWLEDGEMENT", f.base * 1.2, True)
        f.space(3)
        f.fields([("Reference No.", ref), ("Applicant", c.holder.natural.upper()),
                  ("Passport No.", c.ids["passport"]), ("Date of application", _num(requested)),
                  ("Status", "UNDER PROCESS")], "grid")
    elif lang == "fr":
        f.text("RÉCÉPISSÉ DE DEMANDE D'EXTRAIT DE CASIER JUDICIAIRE", f.base * 1.2, True)
        f.para(f"Le greffe reconnaît avoir reçu le {_date_fr(requested)} la demande de bulletin n° 3 présentée par "
               f"{c.holder.natural}, passeport {c.ids['passport']}. Référence : {ref}. Délai indicatif : 60 jours.")
    elif lang == "pt":
        f.text("COMPROVANTE DE SOLICITAÇÃO", f.base * 1.2, True)
        f.para(f"Comprovamos que {c.holder.natural}, passaporte {c.ids['passport']}, solicitou em {_num(requested)} "
               f"a certidão de antecedentes criminais. Protocolo n.º {ref}, EM ANÁLISE.")
    else:
        f.text("CONSTANCIA DE SOLICITUD DE CERTIFICADO DE ANTECEDENTES", f.base * 1.2, True)
        f.para(f"Se deja constancia de que {c.holder.natural}, pasaporte {c.ids['passport']}, solicitó el "
               f"{_num(requested)} su certificado de antecedentes penales. Solicitud n.º {ref}, EN TRÁMITE.")
    return _done(b, "criminal_record", c.holder.natural, [], {"request": True})


FAMILIES = {
    "application_form": {"sello_registro": (form_sello_registro, ES),
                         "representante_ong": (form_representante_ong, ES),
                         "justificante_mercurio": (form_justificante_mercurio, ES)},
    "passport": {"copia_compulsada": (passport_copia_compulsada, ES),
                 "pagina_policarbonato": (passport_pagina_policarbonato, ES),
                 "libreta_apaisada": (passport_libreta_apaisada, ES)},
    "criminal_record": {"certificado_en_linea": (record_certificado_en_linea, ES),
                        "constancia_ventanilla": (record_constancia_ventanilla, ES),
                        "certidao_pf": (record_certidao_pf, ES),
                        "nbi_clearance": (record_nbi_clearance, ES),
                        "pcc_bangladesh": (record_pcc_bangladesh, ES),
                        "bulletin_tpi": (record_bulletin_tpi, ES)},
    "apostille": {"electronica_trilingue": (apostille_electronica_trilingue, ES),
                  "hoja_adjunta": (apostille_hoja_adjunta, ES),
                  "legalizacion_cadena": (apostille_legalizacion_cadena, ES)},
    "translation": {"jurada_formula": (translation_jurada_formula, ES),
                    "consulado": (translation_consulado, ES)},
    "fee_form": {"ticket_cajero": (fee_ticket_cajero, ES), "adeudo_sede": (fee_adeudo_sede, ES)},
    "protection_application": {"resguardo_oar": (protection_resguardo_oar, ES),
                               "admision_tramite": (protection_admision_tramite, ES)},
    "employment_contract": {"clausulas": (contract_clausulas, ES),
                            "compromiso": (contract_compromiso, ES),
                            "plan_empresa": (self_employment_plan, ES)},
    "vulnerability_certificate": {"centro_acogida": (vuln_centro_acogida, ES),
                                  "trabajo_social_hospital": (vuln_trabajo_social_hospital, ES)},
}
EXTRA = {"annex": annex_recuadros, "record_request": record_request_acuse,
         "identity_card": identity_card_dos_caras}
APOSTILLE_OF = {"e_apostille": "electronica_trilingue", "paper": "hoja_adjunta", "chain": "legalizacion_cadena"}
CONTRACTS = ("clausulas", "compromiso")


# ------------------------------------------------------------ cases
_pick = dossier_plan.picker(FAMILIES, SPLIT)


def _record_and_legalisation(info):
    # A paper apostille and the chain's stamps sit on the certificate's back: sometimes
    # scanned as its page 2; an e-Apostille is a file of its own.
    apos = APOSTILLE_OF[info["legal"]]
    return info["record"], apos, info["legal"] != "e_apostille"


def plan_case(rng, splits, scenario):
    """dossier_plan.plan_case with this set's families; the country decides the
    certificate's and the legalisation's layout."""
    return dossier_plan.plan_case(rng, splits, scenario, COUNTRIES, _pick,
                                  _record_and_legalisation, CONTRACTS)


_builder = dossier_plan.builder(FAMILIES, EXTRA)


def make_case(out, case_id, seed, splits, scenario, dpi=200):
    """OUT/cases/<id>/ and OUT/truth/<id>.json in fam_dossier.make_case's format."""
    rng = random.Random(f"dossier7:{seed}:{case_id}")
    plan = plan_case(rng, splits, scenario)
    country = plan["country"]
    info = COUNTRIES[country]
    given = rng.choice(info["given"])
    person = td.Person(given, rng.sample(info["sur"], 2 if info["two"] else 1))
    sub = dt.date(2026, rng.randint(4, 6), rng.randint(1, 28))
    birth = dt.date(rng.randint(1970, 2002), rng.randint(1, 12), rng.randint(1, 28))
    muni = rng.choice([m for m in td.MUNICIPALITIES if m[2] == "es"])
    number = {"Ecuador": lambda: "A" + digits(rng, 7), "Chile": lambda: "F" + digits(rng, 8),
              "Nicaragua": lambda: "C" + digits(rng, 8), "El Salvador": lambda: "B" + digits(rng, 8),
              "Brasil": lambda: rng.choice(["FV", "GB", "FZ"]) + digits(rng, 6),
              "Filipinas": lambda: "P" + digits(rng, 7) + rng.choice("ABC"),
              "Bangladesh": lambda: rng.choice("ABE") + digits(rng, 8),
              "Camerún": lambda: digits(rng, 8)}[country]()
    ids = {"passport": number, "nat": info["code"], "country": country, "sex": "F" if given in FEMALE else "M",
           "expiry": dt.date(rng.choice([2027, 2028, 2030, 2033]), rng.randint(1, 12), rng.randint(1, 28)),
           "personal": digits(rng, rng.choice([0, 0, 9, 10])), "apostille_days": rng.randint(1, 9),
           "card": digits(rng, rng.choice([8, 9])),
           "card_expiry": dt.date(rng.randint(2027, 2036), rng.randint(1, 12), rng.randint(1, 28)),
           "signed": sub - DAY * rng.randint(0, 5)}
    nie = td.nie(rng) if plan["has_nie"] else None
    if nie:
        ids["nie"] = nie
    # Neutral names, as a scanner or a phone writes them.
    def file_name(rng, i, ext):
        return f"{rng.choice(['doc', 'SCAN', 'imagen', 'Documento'])}{i + 1:03d}.{ext}"

    return dossier_plan.write_case(out, case_id, rng, plan, split=SPLIT, scenario=scenario, country=country,
                                   person=person, ids=ids, nie=nie, sub=sub, birth=birth, muni=muni,
                                   builder=_builder, file_name=file_name, ctx_class=Ctx, dpi=dpi, extra_spec={"apostilled": scenario != "no_apostille"})
