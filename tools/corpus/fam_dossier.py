"""Template families of the dossier's documents (issue 20, RULES.md "The dossier").

The application's other papers: EX-31 / EX-32 forms and their annexes, the
passport (a TD3 machine-readable zone, check digits right or wrong),
criminal-record certificates of the countries most applicants come from (in
Spanish, French or English) with their Hague apostille and sworn translation,
the fee form 790 código 052, the protection application (DA 20) and the
supuesto's papers (contract, self-employment, vulnerability).

Each kind has families in both splits (families.json, appended at the end).
A builder is fn(ctx, **spec) -> doctypes.Doc; `doc.facts` holds what the
dossier truth needs. `make_case` writes a whole dossier case (a padrón that
proves presence plus the dossier papers, one requirement left out or broken
in turn) and its truth file; tools/dossier_accuracy.py scores the reports.
"""
import datetime as dt
import json
import os
import random

from . import render
from . import textdata as td
from .doctypes import B, Ctx

# Country, language of its certificate, ICAO code, issuer lines, given names, surnames.
COUNTRIES = {
    "Colombia": ("es", "COL", ["REPÚBLICA DE COLOMBIA", "Policía Nacional de Colombia"],
                 ["Carlos Andrés", "Sandra Milena", "Jhon Freddy"], ["Rodríguez", "Gómez", "Quintero"]),
    "Venezuela": ("es", "VEN", ["REPÚBLICA BOLIVARIANA DE VENEZUELA", "Ministerio del Poder Popular para Relaciones Interiores"],
                  ["Yessica", "Luis Miguel", "Daniela"], ["Pérez", "Hernández", "Márquez"]),
    "Perú": ("es", "PER", ["REPÚBLICA DEL PERÚ", "Poder Judicial - Registro Nacional de Condenas"],
             ["Rosa Elena", "Juan Pablo", "Wilmer"], ["Quispe", "Mamani", "Huamán"]),
    "Honduras": ("es", "HND", ["REPÚBLICA DE HONDURAS", "Poder Judicial - Secretaría General"],
                 ["Katherine", "Edwin", "María de los Ángeles"], ["Zelaya", "Mejía", "Banegas"]),
    "Marruecos": ("fr", "MAR", ["ROYAUME DU MAROC", "Ministère de la Justice"],
                  ["Mohamed", "Fatima Zahra", "Youssef"], ["Benali", "El Amrani", "Tazi"]),
    "Senegal": ("fr", "SEN", ["RÉPUBLIQUE DU SÉNÉGAL", "Ministère de la Justice - Tribunal de Grande Instance"],
                ["Mamadou", "Awa", "Cheikh"], ["Diop", "Ndiaye", "Fall"]),
    "Pakistán": ("en", "PAK", ["ISLAMIC REPUBLIC OF PAKISTAN", "Police Department"],
                 ["Muhammad Asif", "Ayesha", "Imran"], ["Khan", "Butt", "Chaudhry"]),
    "Georgia": ("en", "GEO", ["GEORGIA", "Ministry of Internal Affairs - Information Centre"],
                ["Giorgi", "Nino", "Levan"], ["Beridze", "Kapanadze", "Gelashvili"]),
    "Ucrania": ("en", "UKR", ["UKRAINE", "Ministry of Internal Affairs of Ukraine"],
                ["Olena", "Andrii", "Oksana"], ["Kovalenko", "Shevchenko", "Bondarenko"]),
}
LANG_NAME = {"fr": "francés", "en": "inglés", "uk": "ucraniano", "ka": "georgiano"}

# Certificates some countries issue in their own script, which the OCR (Spanish and English
# data) cannot read: the page shows the script, a few Latin words at most (the state's name
# on the seal, the apostille) and comes with a sworn translation that carries its content.
# Language code, issuer lines, title, body (name in the script), date line, the Latin words
# of the seal, and the letters the name is spelt in.
SCRIPTS = {
    "Ucrania": ("uk", ["МІНІСТЕРСТВО ВНУТРІШНІХ СПРАВ УКРАЇНИ", "Головний сервісний центр МВС"],
                "ДОВІДКА ПРО ВІДСУТНІСТЬ СУДИМОСТІ",
                ["Видана {name} про те, що станом на {date} до кримінальної відповідальності не "
                 "притягується, незнятої чи непогашеної судимості не має та в розшуку не перебуває.",
                 "Довідка видана для пред'явлення за місцем вимоги."],
                "Дата видачі: {date}", "UKRAINE · MINISTRY OF INTERNAL AFFAIRS",
                dict(zip("abcdefghijklmnopqrstuvwxyz", "абцдефгхіжклмнопкрстуввксиз"))),
    "Georgia": ("ka", ["საქართველოს შინაგან საქმეთა სამინისტრო", "საინფორმაციო-ანალიტიკური დეპარტამენტი"],
                "ცნობა ნასამართლობის შესახებ",
                ["მოქალაქე {name} ნასამართლევი არ არის და სისხლისსამართლებრივი დევნა მის მიმართ "
                 "არ მიმდინარეობს.", "ცნობა გაცემულია მოთხოვნის ადგილზე წარსადგენად."],
                "გაცემის თარიღი: {date}", "GEORGIA · MIA",
                dict(zip("abcdefghijklmnopqrstuvwxyz", "აბცდეფგჰიჯკლმნოპქრსტუვწხყზ"))),
}
# Countries whose people carry a national ID card with a TD1 zone (three lines of 30).
TD1_COUNTRIES = {"Colombia", "Perú", "Honduras", "Marruecos", "Senegal", "Ucrania", "Georgia"}


def _in_script(name, letters):
    return "".join(letters.get(ch, ch) for ch in td.strip_accents(name).lower())


def _official(b):
    return td.random_spaniard(b.rng).natural


def one_day(date):
    return [(date, date)] if date else []


def _done(b, type_, holder, presence, facts, role="holder"):
    doc = b.done(type_, holder, presence, role)
    doc.facts = facts
    return doc


# ------------------------------------------------------------ forms
def form_boxes(ctx, form="EX-32", date=None, **_):
    """The Ministry's form: numbered boxes, 'DATOS DEL EXTRANJERO/A'."""
    b, c, r = B(ctx), ctx, ctx.rng
    da = "DISPOSICIÓN ADICIONAL VIGÉSIMA" if form == "EX-31" else "DISPOSICIÓN ADICIONAL VIGÉSIMO PRIMERA"
    b.header(["MINISTERIO DE INCLUSIÓN, SEGURIDAD SOCIAL Y MIGRACIONES", f"Modelo {form}"], "centered")
    b.title(f"SOLICITUD DE AUTORIZACIÓN DE RESIDENCIA Y TRABAJO ({form})")
    b.f.para(f"Regularización extraordinaria, Real Decreto 316/2026, {da}.")
    b.f.text("1) DATOS DEL EXTRANJERO/A", bold=True)
    sur = " ".join(c.holder.surnames).upper()
    b.f.fields([("Primer apellido", sur), ("Nombre", c.holder.given.upper()),
                ("Pasaporte", c.ids.get("passport", "")), ("Nacionalidad", c.ids.get("nat", ""))],
               r.choice(["boxes", "grid", "colon"]))
    b.f.text("2) DATOS DE LA SOLICITUD", bold=True)
    b.f.para("Declaro bajo mi responsabilidad que son ciertos los datos que figuran en esta solicitud.")
    if date:
        b.f.para(f"En {c.muni[0]}, a {b.dlong(date)}.", align="r")
    b.f.signature(["Firma del solicitante"])
    return _done(b, "application_form", f"{sur}, {c.holder.given.upper()}", [], {"form": form})


def form_plain(ctx, form="EX-32", date=None, **_):
    """A form printed from the web: plain labels, the code in the footer."""
    b, c, r = B(ctx), ctx, ctx.rng
    b.title(r.choice(["Solicitud de autorización de residencia", "SOLICITUD - REGULARIZACIÓN EXTRAORDINARIA"]))
    b.f.para(f"Formulario {form} · Real Decreto 316/2026")
    name = c.holder.natural
    b.f.fields([("Nombre y apellidos", name), ("Fecha de nacimiento", b.d(c.birth) if c.birth else ""),
                ("Domicilio en España", f"{c.home[0]}, {c.muni[0]}")], "colon")
    b.f.para("El/la solicitante declara no tener antecedentes penales, no ser una amenaza para el orden "
             "público y no tener prohibida la entrada en España.")
    b.f.footer([f"{form} - Solicitud de autorización de residencia"])
    return _done(b, "application_form", name, [], {"form": form})


def annex(ctx, form="Anexo I-1", **_):
    b, c = B(ctx), ctx
    title = {"Anexo I-1": "DECLARACIÓN RESPONSABLE DE CARECER DE ANTECEDENTES PENALES",
             "Anexo I-2": "AUTORIZACIÓN PARA LA CONSULTA DE ANTECEDENTES PENALES"}[form]
    b.title(f"{form.upper()}  {title}")
    b.f.para(f"D./Dña. {c.holder.natural} declara que ha solicitado el certificado de antecedentes "
             "penales de su país y que todavía no lo ha recibido.")
    b.f.para("Autorizo a la Administración a consultar mis antecedentes penales.")
    return _done(b, "application_form", c.holder.natural, [], {"form": form})


# ------------------------------------------------------------ passport
def check_digit(field):
    values = {ch: i for i, ch in enumerate("0123456789")}
    values.update({chr(ord("A") + i): 10 + i for i in range(26)})
    values["<"] = 0
    return str(sum(values[ch] * (7, 3, 1)[i % 3] for i, ch in enumerate(field)) % 10)


def mrz(surname, given, number, nat, birth, expiry, sex="F", wrong=False, personal=""):
    """ICAO 9303 TD3. wrong: the birth date's check digit is off (a miscopied zone).
    personal: the optional personal number (many states print a national ID there)."""
    clean = lambda s: td.strip_accents(s).upper().replace("-", " ").replace(" ", "<")
    one = ("P<" + nat + clean(surname) + "<<" + clean(given)).ljust(44, "<")[:44]
    num = number.ljust(9, "<")[:9]
    b, e = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    bcd = check_digit(b)
    if wrong:
        bcd = str((int(bcd) + 3) % 10)
    personal = personal.ljust(14, "<")[:14]
    two = num + check_digit(num) + nat + b + bcd + sex + e + check_digit(e) + personal + check_digit(personal)
    composite = two[0:10] + two[13:20] + two[21:43]
    return one, two + check_digit(composite)


def mrz_td1(surname, given, number, nat, birth, expiry, sex="F", code="ID", wrong=False, optional="",
            state=None):
    """ICAO 9303 TD1 (ID cards, TIE): three lines of 30. wrong: the birth date's check digit
    is off. optional: line 1's optional data (many states print a national number there).
    state: the issuing state when it is not the holder's (a Spanish TIE: "ESP")."""
    clean = lambda s: td.strip_accents(s).upper().replace("-", " ").replace(" ", "<")
    num = number.ljust(9, "<")[:9]
    one = (code.ljust(2, "<") + (state or nat) + num + check_digit(num) + optional).ljust(30, "<")[:30]
    b, e = birth.strftime("%y%m%d"), expiry.strftime("%y%m%d")
    bcd = check_digit(b)
    if wrong:
        bcd = str((int(bcd) + 3) % 10)
    two = (b + bcd + sex + e + check_digit(e) + nat).ljust(29, "<")
    composite = one[5:30] + two[0:7] + two[8:15] + two[18:29]
    two += check_digit(composite)
    three = (clean(surname) + "<<" + clean(given)).ljust(30, "<")[:30]
    return one, two, three


def id_card(ctx, **_):
    """A national ID card photocopied front and back on one A4 page, its TD1 zone on the back
    at the card's real size (ISO ID-1, 85.6 x 54 mm; the zone's 30 characters span ~78 mm)."""
    b, c, r = B(ctx), ctx, ctx.rng
    country = c.ids["country"]
    issuer = COUNTRIES[country][2][0]
    sur, giv = " ".join(c.holder.surnames).upper(), c.holder.given.upper()
    x0, y0, w, h = 30.0, 30.0, 85.6, 54.0
    page = b.f.page
    for y in (y0, y0 + h + 20.0):
        page.rect(x0, y, w, h, 0.3)
    font = b.f.font()
    page.text(x0 + 4, y0 + 7, issuer, b.f.font(True), 7.5)
    page.text(x0 + 4, y0 + 12, r.choice(["DOCUMENTO NACIONAL DE IDENTIDAD", "CÉDULA DE IDENTIDAD",
                                         "CARTE NATIONALE D'IDENTITÉ", "IDENTITY CARD"]), font, 6.5)
    for i, (label, value) in enumerate([("Apellidos / Surname", sur), ("Nombres / Given names", giv),
                                        ("Nacimiento / Date of birth", c.birth.strftime("%d %m %Y")),
                                        ("Número / No.", c.ids["id_card"])]):
        page.text(x0 + 30, y0 + 19 + i * 8, label, font, 5.5)
        page.text(x0 + 30, y0 + 22.5 + i * 8, value, b.f.font(True), 7.5)
    zone = mrz_td1(" ".join(c.holder.surnames), c.holder.given, c.ids["id_card"], c.ids["nat"],
                   c.birth, c.ids["card_expiry"],
                   optional="".join(r.choice("0123456789") for _ in range(r.choice([0, 8, 10]))))
    mono = r.choice(["dejavu_mono", "lib_mono", "free_mono"])
    for i, line in enumerate(zone):
        page.text(x0 + 3.5, y0 + h + 20.0 + 32.0 + i * 6.5, line, mono, 12.5)
    return _done(b, "identity_card", f"{sur}, {giv}", [], {"td1": True})


def _passport(ctx, bilingual, pages, wrong=False, **_):
    b, c, r = B(ctx, size=(210.0, 148.0)), ctx, ctx.rng
    country = c.ids["country"]
    issuer = COUNTRIES[country][2][0]
    b.f.text(f"{issuer}  PASAPORTE" + (" / PASSPORT / PASSEPORT" if bilingual else ""), b.f.base * 1.3, True)
    b.f.space(4)
    sur, giv = " ".join(c.holder.surnames).upper(), c.holder.given.upper()
    expiry = c.ids["expiry"]
    lab = (lambda es, en: f"{es} / {en}") if bilingual else (lambda es, en: es)
    b.f.fields([(lab("Apellidos", "Surname"), sur), (lab("Nombres", "Given names"), giv),
                (lab("Fecha de nacimiento", "Date of birth"), b.d(c.birth)),
                (lab("Pasaporte No.", "Passport No."), c.ids["passport"]),
                (lab("Fecha de vencimiento", "Date of expiry"), b.d(expiry))], "colon")
    one, two = mrz(" ".join(c.holder.surnames), c.holder.given, c.ids["passport"], c.ids["nat"],
                   c.birth, expiry, wrong=wrong,
                   personal="".join(r.choice("0123456789") for _ in range(r.choice([0, 0, 8, 10, 11]))))
    # The zone's 44 characters fill the page's width, as on the card: 20 pt.
    font = r.choice(["dejavu_mono", "lib_mono", "free_mono"])
    b.f.y = 148.0 - 26.0
    for line in (one, two):
        b.f.page.text(8.0, b.f.y, line, font, 20.0)
        b.f.y += 9.5
    for n in range(pages - 1):
        b.f.new_page()
        b.f.text(f"{'VISAS' if n % 2 == 0 else 'OBSERVACIONES'}", b.f.base, True, align="c")
        b.f.text(str(n + 3), b.f.base * 0.8, align="r")
    return _done(b, "passport", f"{sur}, {giv}", [], {"wrong_mrz": wrong, "pages": pages})


def passport_plain(ctx, pages=3, wrong=False, **_):
    return _passport(ctx, False, pages, wrong)


def passport_bilingual(ctx, pages=3, wrong=False, **_):
    return _passport(ctx, True, pages, wrong)


# ------------------------------------------------------------ criminal record
def _record_words(lang, name, country, b, issued):
    if lang == "es":
        title = b.rng.choice(["CERTIFICADO DE ANTECEDENTES PENALES", "CERTIFICADO DE ANTECEDENTES JUDICIALES",
                              "CERTIFICADO JUDICIAL"])
        body = [f"Se certifica que {name}, de nacionalidad {country.lower()}, NO REGISTRA ANTECEDENTES "
                "penales ni asuntos pendientes con las autoridades judiciales a la fecha.",
                "El presente certificado se expide a solicitud de la persona interesada."]
        when = f"Fecha de expedición: {b.d(issued)}"
    elif lang == "fr":
        title = b.rng.choice(["EXTRAIT DU CASIER JUDICIAIRE", "BULLETIN N 3 DU CASIER JUDICIAIRE"])
        body = [f"Nom et prénoms : {name}",
                "Le casier judiciaire de la personne désignée ne comporte aucune condamnation : NÉANT.",
                "Le présent extrait est délivré pour servir et valoir ce que de droit."]
        when = f"Délivré le : {issued.strftime('%d/%m/%Y')}"
    else:
        title = b.rng.choice(["POLICE CLEARANCE CERTIFICATE", "CERTIFICATE OF NO CRIMINAL RECORD"])
        body = [f"This is to certify that {name} has no criminal record in the records of this office.",
                "This certificate is issued at the request of the person named for the purpose of "
                "residence abroad."]
        when = f"Date of issue: {issued.strftime('%d/%m/%Y')}"
    return title, body, when


def _record_script(b, country, name, issued, apostille_on_page, prose):
    """The certificate in its country's script (SCRIPTS); DejaVu Sans has the letters."""
    lang, issuer, title, body, when, seal, letters = SCRIPTS[country]
    b.f.family = "dejavu"
    local = _in_script(name, letters)
    date = issued.strftime("%d.%m.%Y")
    if b.rng.random() < 0.6:
        b.f.text(seal, b.f.base * 0.9, align="c")
    if prose:
        b.f.text(title, b.f.base * 1.3, True, align="c")
        b.f.space(4)
        b.f.para(" ".join(p.format(name=local, date=date) for p in body))
        b.f.para(when.format(date=date))
        b.f.footer(issuer)
    else:
        b.header(issuer, b.rng.choice(["centered", "band", "logo_left"]))
        b.title(title)
        for p in body:
            b.f.para(p.format(name=local, date=date))
        b.f.text(when.format(date=date))
        b.f.signature([_official(b)])
    if apostille_on_page:
        _apostille_block(b, country, issued)
    return _done(b, "criminal_record", name, [], {"country": country, "lang": lang,
                                                  "apostille": apostille_on_page, "script": True})


def record_header(ctx, issued=None, apostille_on_page=False, **_):
    """Issuer block, title, body, date line."""
    b, c = B(ctx), ctx
    country = c.ids["country"]
    if c.ids.get("script"):
        return _record_script(b, country, c.holder.natural, issued, apostille_on_page, False)
    lang, _, issuer = COUNTRIES[country][:3]
    name = c.holder.natural.upper() if b.rng.random() < 0.6 else c.holder.natural
    b.header(issuer, b.rng.choice(["centered", "band", "logo_left"]))
    title, body, when = _record_words(lang, name, country, b, issued)
    b.title(title)
    for p in body:
        b.f.para(p)
    b.f.text(when)
    b.f.signature([_official(b)])
    if apostille_on_page:
        _apostille_block(b, country, issued)
    return _done(b, "criminal_record", name, [], {"country": country, "lang": lang,
                                                  "apostille": apostille_on_page})


def record_prose(ctx, issued=None, apostille_on_page=False, **_):
    """One paragraph, the issuer named at the foot."""
    b, c = B(ctx), ctx
    country = c.ids["country"]
    if c.ids.get("script"):
        return _record_script(b, country, c.holder.natural, issued, apostille_on_page, True)
    lang, _, issuer = COUNTRIES[country][:3]
    name = c.holder.natural
    title, body, when = _record_words(lang, name, country, b, issued)
    b.f.text(title, b.f.base * 1.3, True, align="c")
    b.f.space(4)
    b.f.para(" ".join(body))
    b.f.para(when)
    b.f.footer(issuer)
    if apostille_on_page:
        _apostille_block(b, country, issued)
    return _done(b, "criminal_record", name, [], {"country": country, "lang": lang,
                                                  "apostille": apostille_on_page})


def record_request(ctx, date=None, **_):
    """The proof of having asked for the certificate (FAQ Q38)."""
    b, c = B(ctx), ctx
    b.title("JUSTIFICANTE DE SOLICITUD DE CERTIFICADO DE ANTECEDENTES PENALES")
    b.f.para(f"Solicitante: {c.holder.natural}. Su solicitud está en trámite.")
    if date:
        b.f.para(f"Fecha: {b.d(date)}")
    return _done(b, "criminal_record", c.holder.natural, [], {"request": True})


# ------------------------------------------------------------ apostille
def _apostille_block(b, country, date):
    b.f.space(4)
    b.f.hr(0.6)
    b.f.text("APOSTILLE", b.f.base * 1.2, True, align="c")
    b.f.text("(Convention de La Haye du 5 octobre 1961)", align="c")
    rows = [("1. País", country), ("2. El presente documento público ha sido firmado por", _official(b)),
            ("3. quien actúa en calidad de", "Funcionario"), ("4. y está revestido del sello de", "Cancillería"),
            ("5. en", "Capital"), ("6. el día", date.strftime("%d/%m/%Y")),
            ("7. por", "Ministerio de Relaciones Exteriores"), ("8. bajo el número", str(b.rng.randint(10**6, 10**7))),
            ("9. Sello / timbre", ""), ("10. Firma", "")]
    b.f.fields(rows, "colon")


def apostille_hague(ctx, issued=None, **_):
    """The ten-field form on its own page, Spanish labels."""
    b = B(ctx)
    _apostille_block(b, ctx.ids["country"], issued)
    return _done(b, "apostille", None, [], {})


def apostille_bilingual(ctx, issued=None, **_):
    """Bilingual labels (French / English), as many foreign ministries print."""
    b, r = B(ctx), ctx.rng
    b.f.text("APOSTILLE", b.f.base * 1.5, True, align="c")
    b.f.text("(Convention de La Haye du 5 octobre 1961)", align="c")
    b.f.space(3)
    b.f.fields([("1. Country / Pays", ctx.ids["country"]),
                ("2. has been signed by / a été signé par", _official(b)),
                ("3. acting in the capacity of / agissant en qualité de", "Notary"),
                ("4. bears the seal of / est revêtu du sceau de", "Ministry"),
                ("5. at / à", "Capital"), ("6. the / le", issued.strftime("%d/%m/%Y")),
                ("7. by / par", "Ministry of Foreign Affairs"),
                ("8. No / sous le n", str(r.randint(10**5, 10**7))),
                ("9. Seal / sceau", ""), ("10. Signature", "")], "colon")
    return _done(b, "apostille", None, [], {})


# ------------------------------------------------------------ translation
def _source_language(c):
    return SCRIPTS[c.ids["country"]][0] if c.ids.get("script") else COUNTRIES[c.ids["country"]][0]


def translation_header(ctx, issued=None, **_):
    b, c = B(ctx), ctx
    lang = _source_language(c)
    b.title("TRADUCCIÓN JURADA")
    b.f.para(f"Traducción del {LANG_NAME.get(lang, 'francés')} al español.")
    b.f.para(f"CERTIFICADO DE ANTECEDENTES PENALES. Se certifica que {c.holder.natural} no tiene "
             "antecedentes penales en los registros de esta oficina.")
    b.f.para(f"Fecha de expedición: {b.d(issued)}")
    tr = td.random_spaniard(b.rng).natural
    b.f.para(f"{tr}, Traductor/a-Intérprete Jurado/a de {LANG_NAME.get(lang, 'francés')} nombrado/a por el "
             "Ministerio de Asuntos Exteriores, certifica que la que antecede es traducción fiel y completa.")
    return _done(b, "translation", c.holder.natural, [], {})


def translation_footer(ctx, issued=None, **_):
    b, c = B(ctx), ctx
    b.f.text("Certificado de antecedentes penales (traducción)", b.f.base * 1.2, True)
    b.f.para(f"Nombre: {c.holder.natural}. No consta condena alguna.")
    b.f.para(f"Expedido el {b.d(issued)}.")
    b.f.footer([f"Traducción jurada realizada por {td.random_spaniard(b.rng).natural}, traductora jurada, "
                "nº de registro " + str(b.rng.randint(1000, 9999))])
    return _done(b, "translation", c.holder.natural, [], {})


# ------------------------------------------------------------ fee
def fee_grid(ctx, epigrafe="2.3.1", paid=True, date=None, **_):
    b, c = B(ctx), ctx
    b.header(["MINISTERIO DEL INTERIOR", "Tasa modelo 790 - Código 052"], "right")
    b.title("MODELO 790 CÓDIGO 052 - AUTOLIQUIDACIÓN")
    amount = "38,28" if epigrafe == "2.3.1" else "10,94"
    b.f.fields([("Apellidos y nombre", c.holder.natural), ("NIE / Pasaporte", c.ids.get("passport", "")),
                ("Epígrafe", epigrafe), ("Importe", f"{amount} €")], "grid")
    if paid:
        b.f.para(f"PAGADO - Importe ingresado {amount} EUR en la entidad colaboradora el {b.d(date)}.")
    else:
        b.f.para("Ejemplar para la entidad colaboradora. Sello de la entidad:")
    return _done(b, "fee_form", c.holder.natural, one_day(date) if paid else [],
                 {"epigrafe": epigrafe, "paid": paid})


def fee_plain(ctx, epigrafe="2.3.1", paid=True, date=None, **_):
    b, c = B(ctx), ctx
    b.f.text("Tasas de extranjería · Modelo 790 · Código 052", b.f.base * 1.2, True)
    b.f.para(f"Sujeto pasivo: {c.holder.natural}")
    label = {"2.3.1": "2.3.1 Autorización de residencia (38,28 €)", "2.1.5": "2.1.5 Menores (10,94 €)"}[epigrafe]
    b.f.para(f"Epígrafe seleccionado: {label}")
    if paid:
        b.f.para(f"Pago realizado por banca electrónica. NRC asignado: 052{b.rng.randint(10**9, 10**10)}")
        b.f.para(f"Fecha: {b.d(date)}")
    return _done(b, "fee_form", c.holder.natural, one_day(date) if paid else [],
                 {"epigrafe": epigrafe, "paid": paid})


# ------------------------------------------------------------ protection (DA 20)
def protection_resguardo(ctx, applied=None, date=None, **_):
    b, c = B(ctx), ctx
    b.header(["MINISTERIO DEL INTERIOR", "Oficina de Asilo y Refugio"], "centered")
    b.title("RESGUARDO DE PRESENTACIÓN DE SOLICITUD DE PROTECCIÓN INTERNACIONAL")
    b.f.fields([("Nombre", c.holder.natural), ("Fecha de solicitud", b.d(applied)),
                ("Fecha de expedición", b.d(date))], "colon")
    return _done(b, "protection_application", c.holder.natural, one_day(date), {"applied": applied.isoformat()})


def protection_manifestacion(ctx, applied=None, date=None, **_):
    b, c = B(ctx), ctx
    b.title("MANIFESTACIÓN DE VOLUNTAD DE SOLICITAR PROTECCIÓN INTERNACIONAL")
    b.f.para(f"D./Dña. {c.holder.natural} ha manifestado su voluntad de solicitar protección "
             "internacional en España.")
    b.f.para(f"Fecha de presentación: {b.d(applied)}")
    b.f.para(f"En {c.muni[0]}, a {b.dlong(date)}.")
    return _done(b, "protection_application", c.holder.natural, one_day(date), {"applied": applied.isoformat()})


# ------------------------------------------------------------ supuesto
def contract(ctx, months=12, date=None, **_):
    b, c, r = B(ctx), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    b.header([company, f"CIF {td.cif(r)}"])
    b.title("CONTRATO DE TRABAJO")
    b.f.para(f"De una parte {company} y de otra, como el trabajador, D./Dña. {c.holder.natural}.")
    b.f.para("Duración del contrato: " + ("por tiempo indefinido." if months == 0 else f"{months} meses."))
    b.f.para(f"En {c.muni[0]}, a {b.dlong(date)}.")
    return _done(b, "employment_contract", c.holder.natural, one_day(date), {"months": months})


def self_employment(ctx, date=None, **_):
    b, c = B(ctx), ctx
    b.title("DECLARACIÓN RESPONSABLE DE TRABAJO POR CUENTA PROPIA")
    b.f.para(f"D./Dña. {c.holder.natural} declara que va a ejercer una actividad por cuenta propia "
             "como trabajador/a autónomo/a.")
    b.f.para(f"En {c.muni[0]}, a {b.dlong(date)}.")
    return _done(b, "employment_contract", c.holder.natural, one_day(date), {"self_employment": True})


def vulnerability_social(ctx, date=None, **_):
    b, c = B(ctx), ctx
    b.header([f"Ayuntamiento de {c.muni[0]}", "Servicios Sociales"], "logo_left")
    b.title("INFORME DE VULNERABILIDAD")
    b.f.para(f"Se informa que {c.holder.natural} se encuentra en situación de vulnerabilidad y riesgo de "
             "exclusión social.")
    b.f.para(f"En {c.muni[0]}, a {b.dlong(date)}.")
    return _done(b, "vulnerability_certificate", c.holder.natural, one_day(date), {})


def vulnerability_entity(ctx, date=None, **_):
    b, c = B(ctx), ctx
    b.f.text("Fundación Acoge · entidad inscrita en el registro de entidades", b.f.base, True)
    b.title("CERTIFICADO DE VULNERABILIDAD")
    b.f.para(f"La entidad certifica la situación de vulnerabilidad de {c.holder.natural}.")
    b.f.para(f"Fecha: {b.d(date)}")
    return _done(b, "vulnerability_certificate", c.holder.natural, one_day(date), {})


ES = ("es",)
FAMILIES = {
    "application_form": {"boxes": (form_boxes, ES), "plain": (form_plain, ES)},
    "passport": {"plain": (passport_plain, ES), "bilingual": (passport_bilingual, ES)},
    "criminal_record": {"header": (record_header, ES), "prose": (record_prose, ES)},
    "apostille": {"hague": (apostille_hague, ES), "bilingual": (apostille_bilingual, ES)},
    "translation": {"header": (translation_header, ES), "footer": (translation_footer, ES)},
    "fee_form": {"grid": (fee_grid, ES), "plain": (fee_plain, ES)},
    "protection_application": {"resguardo": (protection_resguardo, ES),
                               "manifestacion": (protection_manifestacion, ES)},
    "employment_contract": {"contract": (contract, ES), "self_employment": (self_employment, ES)},
    "vulnerability_certificate": {"social": (vulnerability_social, ES), "entity": (vulnerability_entity, ES)},
}
# Not template families of their own: the annexes and the request ride with the criminal record.
EXTRA = {"annex": annex, "record_request": record_request, "id_card": id_card}

# ------------------------------------------------------------ cases
REQUIREMENTS = ["application_form", "passport", "criminal_record", "protection_application", "fee",
                "supuesto"]
# short_contract writes the tuning contract family, so held-out cases never draw it.
SCENARIOS = ["complete"] + [f"missing:{r}" for r in REQUIREMENTS] + [
    "other_form", "bad_mrz", "no_apostille", "no_translation", "one_page", "unpaid", "requested",
    "short_contract"]


def _pick(rng, kind, split, splits):
    names = sorted(n for n in FAMILIES[kind] if splits.get(f"{kind}/{n}") == split)
    return rng.choice(names)


def plan_case(rng, split, splits, scenario):
    """The documents of one dossier case and the expected status of each requirement."""
    country = rng.choice(sorted(COUNTRIES))
    lang = COUNTRIES[country][0]
    pathway = "da20" if scenario in ("missing:protection_application",) or \
        (scenario not in ("missing:supuesto", "short_contract") and rng.random() < 0.3) else "da21"
    has_nie = rng.random() < 0.4
    expect = {r: "found" for r in REQUIREMENTS}
    expect["protection_application" if pathway == "da21" else "supuesto"] = "not_needed"
    docs = []
    fam = lambda kind: f"{kind}/{_pick(rng, kind, split, splits)}"
    form = "EX-31" if pathway == "da20" else "EX-32"
    if scenario == "other_form":
        form = "EX-32" if form == "EX-31" else "EX-31"
        expect["application_form"] = "to_check"
    if scenario != "missing:application_form":
        docs.append((fam("application_form"), {"form": form}))
    else:
        expect["application_form"] = "missing"
    if scenario != "missing:passport":
        pages = 1 if scenario == "one_page" else rng.choice([2, 3, 4])
        docs.append((fam("passport"), {"pages": pages, "wrong": scenario == "bad_mrz"}))
        if scenario in ("bad_mrz", "one_page"):
            expect["passport"] = "to_check"
    else:
        expect["passport"] = "missing"
    if scenario == "requested":
        docs += [("extra/record_request", {}), ("extra/annex", {"form": "Anexo I-1"}),
                 ("extra/annex", {"form": "Anexo I-2"})]
    elif scenario != "missing:criminal_record":
        on_page = rng.random() < 0.3 and scenario != "no_apostille"
        docs.append((fam("criminal_record"), {"apostille_on_page": on_page}))
        if not on_page and scenario != "no_apostille":
            docs.append((fam("apostille"), {}))
        if lang != "es" and scenario != "no_translation":
            docs.append((fam("translation"), {}))
        if scenario == "no_apostille" or (scenario == "no_translation" and lang != "es"):
            expect["criminal_record"] = "to_check"
    else:
        expect["criminal_record"] = "missing"
    if scenario != "missing:fee":
        docs.append((fam("fee_form"), {"epigrafe": "2.3.1", "paid": scenario != "unpaid"}))
        if scenario == "unpaid":
            expect["fee"] = "missing" if has_nie else "to_check"
    else:
        expect["fee"] = "missing" if has_nie else "to_check"
    if pathway == "da20" and scenario != "missing:protection_application":
        docs.append((fam("protection_application"), {}))
    elif pathway == "da20":
        expect["protection_application"] = "missing"
    if pathway == "da21" and scenario != "missing:supuesto":
        kind = rng.choice(["contract", "contract", "other"])
        if scenario == "short_contract":
            docs.append(("employment_contract/contract", {"months": 2}))
            expect["supuesto"] = "to_check"
        elif kind == "contract":
            docs.append((fam("employment_contract"), {"months": rng.choice([0, 6, 12, 24])}))
        else:
            docs.append((fam("vulnerability_certificate"), {}))
    elif pathway == "da21":
        expect["supuesto"] = "missing"
    return {"country": country, "pathway": pathway, "has_nie": has_nie, "docs": docs, "expect": expect}


def _builder(family):
    kind, name = family.split("/")
    if kind == "extra":
        return EXTRA[name]
    return FAMILIES[kind][name][0]


def _save(pages, path, dpi):
    images = [render.to_image(p, dpi).convert("L") for p in pages]
    if path.endswith(".pdf"):
        images[0].save(path, save_all=True, append_images=images[1:], resolution=dpi)
    else:
        images[0].save(path)


def make_case(out, case_id, seed, split, splits, scenario, dpi=200):
    """Writes OUT/cases/<id>/ (case.json, a padrón proving presence, the dossier papers) and
    OUT/truth/<id>.json (the expected status per dossier requirement and each paper's family)."""
    from . import families
    rng = random.Random(f"dossier:{seed}:{case_id}")
    plan = plan_case(rng, split, splits, scenario)
    country = plan["country"]
    given, surnames = rng.choice(COUNTRIES[country][3]), rng.sample(COUNTRIES[country][4], 2)
    person = td.Person(given, surnames)
    sub = dt.date(2026, rng.randint(4, 6), rng.randint(1, 28))
    birth = dt.date(rng.randint(1970, 2002), rng.randint(1, 12), rng.randint(1, 28))
    muni = rng.choice([m for m in td.MUNICIPALITIES if m[2] == "es"])
    ids = {"passport": td.passport(rng)[:9], "nat": COUNTRIES[country][1], "country": country,
           "expiry": dt.date(rng.choice([2024, 2029, 2031]), rng.randint(1, 12), 15)}
    # Drawn apart from `rng`, so the cases' other papers stay what they were before these two
    # draws existed: a certificate in the country's script (its translation then carries it) and
    # the national ID card (TD1) the applicant often brings along with the passport.
    xrng = random.Random(f"dossier-extra:{seed}:{case_id}")
    ids["script"] = country in SCRIPTS and xrng.random() < 0.7
    if country in TD1_COUNTRIES and xrng.random() < 0.4:
        ids["id_card"] = "".join(xrng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
        ids["card_expiry"] = dt.date(xrng.randint(2027, 2034), xrng.randint(1, 12), xrng.randint(1, 28))
        at = next((i + 1 for i, (f, _) in enumerate(plan["docs"]) if f.startswith("passport/")), 1)
        plan["docs"].insert(at, ("extra/id_card", {}))
    ctx = lambda: Ctx(rng, person, True, "es", muni, dict(ids), birth, "natural")
    cdir = os.path.join(out, "cases", case_id)
    os.makedirs(cdir, exist_ok=True)
    os.makedirs(os.path.join(out, "truth"), exist_ok=True)
    # Presence: one volante whose alta is before the cut-off and whose expedición is days before
    # submission, so presence is found and the dossier verdict turns on the dossier papers.
    alta = dt.date(2025, rng.randint(1, 10), rng.randint(1, 28))
    padron = families.build("padron", "classic", Ctx(rng, person, True, "es", muni, {}, birth, "natural"),
                            alta=alta, expedicion=sub - dt.timedelta(days=rng.randint(1, 10)))
    _save(padron.pages, os.path.join(cdir, "volante.pdf"), dpi)
    issued = sub - dt.timedelta(days=rng.randint(20, 80))
    papers = []
    for i, (family, spec) in enumerate(plan["docs"]):
        spec = dict(spec, date=sub - dt.timedelta(days=rng.randint(0, 15)), issued=issued,
                    applied=dt.date(2025, rng.randint(1, 12), rng.randint(1, 28)))
        doc = _builder(family)(ctx(), **spec)
        name = f"doc{i + 1:02d}_{family.replace('/', '_')}." + ("pdf" if len(doc.pages) > 1 or rng.random() < 0.5 else "png")
        _save(doc.pages, os.path.join(cdir, name), dpi)
        papers.append({"file": name, "family": family, "type": doc.type, "facts": getattr(doc, "facts", {})})
    case_json = {"applicant": person.natural, "submission_date": sub.isoformat(),
                 "birth_date": birth.isoformat(), "pathway": plan["pathway"]}
    if plan["has_nie"]:
        case_json["nie"] = td.nie(rng)
    with open(os.path.join(cdir, "case.json"), "w", encoding="utf-8") as fh:
        json.dump(case_json, fh, ensure_ascii=False, indent=2)
    truth = {"case": case_id, "split": split, "scenario": scenario, "country": country,
             "pathway": plan["pathway"], "expect": plan["expect"], "papers": papers}
    with open(os.path.join(out, "truth", case_id + ".json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
    return truth
