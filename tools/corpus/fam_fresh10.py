"""held_out_10: a tenth blind set of template families (see families.json).

Written from the generator's machinery and RULES.md only, never from the reader:
a padrón certificate printed by a district office in two columns (inscrito /
domicilio) with the alta year first, a two-page padrón certificate whose name is
on page 1 and whose dates are on page 2 (a co-registered relative listed), a
padrón history as the INE variation codes (AM, CD, BC ...) with Roman-numeral
or compact dates, a landscape history by sheet and section ("del ... a ..."),
an electricity bill to two joint holders laid out in two columns, a telecom's
"your bill is ready" e-mail printed to PDF, a hotel payslip from the Canaries
("01 MAR 26 a 31 MAR 26"), a hand-filled "recibo de salarios" from a stationer's
pad (a domestic employer; the month in words), an interurban bus's thermal
ticket with the compact "16MAR26", a train app's e-ticket screen, a remittance
shop's carbon copy (ordenante / beneficiario), a joint account's operation
certificate (two titulares), a regional health service's attendance slip (the
next appointment proves nothing), a two-page physiotherapy report (the visit's
day on page 2), a school tutor's certificate that a parent attended a meeting,
a hand-filled intercultural mediation sheet with checkboxes and a boxed date, a
forklift operator's course certificate (the renewal date proves nothing), a
literacy course's certificate dated in Roman numerals, a rural mobile library's
card, a two-page room lease with two co-tenants signed in words, a Balearic
hotel's seasonal job offer (the start date proves nothing), a carbon-copy
receipt-book slip ("Recibí de ..."), an association's fee receipt and a consumer
complaint form's customer copy.
"""
import datetime as dt

from . import textdata as td
from .famkit import NB, clock, one_day, qr_modules

ALL = ("es", "ca", "gl")
ES = ("es",)
DAY = dt.timedelta(days=1)
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
CARBON = (55, 60, 160)
INK = (20, 40, 140)


# ------------------------------------------------------------ shared pieces of this set

def nm(b, forms=("std", "sur_comma_up", "sur_first", "noacc", "std")):
    """The holder as this set's issuers print them (None when the page names nobody)."""
    c, r = b.ctx, b.rng
    h = c.holder
    if h is None:
        return None
    if c.name_style in ("typo", "one_surname"):
        return td.format_name(r, h, c.name_style)
    f = r.choice(forms)
    sur, giv = " ".join(h.surnames), h.given
    if f == "sur_comma_up":
        return f"{sur.upper()}, {giv.upper()}"
    if f == "sur_first":
        return f"{sur} {giv}"
    if f == "noacc":
        return td.strip_accents(f"{sur} {giv}").upper()
    if f == "lower_noacc":
        return td.strip_accents(h.natural)
    return td.format_name(r, h, c.name_style)


def dd(b, d, style):
    """This set's printed day forms, on top of td.fmt_date2."""
    lang = b.ctx.lang
    if style == "roman_dash":                  # 16-III-2026 (parishes, old-style certificates)
        return f"{d.day}-{ROMAN[d.month - 1]}-{d.year}"
    if style == "roman_dot":                   # 16.III.2026
        return f"{d.day:02d}.{ROMAN[d.month - 1]}.{d.year}"
    if style == "compact":                     # 16MAR26 (ticket machines)
        return f"{d.day:02d}{td.ABBR[d.month - 1]}{d.year % 100:02d}"
    if style == "abbr_yy":                     # 16 MAR 26
        return f"{d.day:02d} {td.ABBR[d.month - 1]} {d.year % 100:02d}"
    if style == "wd_abbr":                     # lun., 16 mar. 2026
        wd = td.WEEKDAYS[lang][d.weekday()][:3]
        return f"{wd}., {d.day} {td.MONTH_ABBR_DOT[lang][d.month - 1]} {d.year}"
    if style == "en_app":                      # 16 Mar 2026 (apps set to English)
        return f"{d.day} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.month - 1]} {d.year}"
    if style == "slash_weekday":               # 16/03/2026 (lunes)
        return f"{d.strftime('%d/%m/%Y')} ({td.WEEKDAYS[lang][d.weekday()]})"
    if style == "ymd_dot":                     # 2026.03.16
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "del_anyo":                    # 16 de marzo del año 2026
        return b.ctx.t(f"{d.day} {td.month_of(lang, d.month)} del año {d.year}",
                       f"{d.day} {td.month_of(lang, d.month)} de l'any {d.year}",
                       f"{d.day} {td.month_of(lang, d.month)} do ano {d.year}")
    return td.fmt_date2(d, style, lang)


def money(v):
    return f"{v:.2f}".replace(".", ",")


def twocol(b, left, right, size=None, gap=4.0):
    """Two label/value columns side by side (small label above, value below)."""
    f = b.f
    size = size or f.base * 0.92
    cap = max(6.5, size * 0.72)
    half = (f.width - gap) / 2
    y0 = f.y
    ys = []
    for col, items in enumerate((left, right)):
        x = f.left + col * (half + gap)
        y = y0
        for lab, val in items:
            y += f.line_h(cap)
            f.page.text(x, y, lab, f.font(), cap, "l", (100, 100, 100))
            y += f.line_h(size)
            f.page.text(x, y, val, f.font(True), f.fit(val, f.font(True), size, half - 2), "l", f.color)
            y += 1.0
        ys.append(y)
    f.y = max(ys) + 3


def stamp(b, lines, x, y, w=46, h=20, col=None):
    """A rubber stamp's double frame and its words, inked over whatever is there."""
    col = col or b.rng.choice([(40, 60, 150), (130, 30, 90), (30, 110, 90)])
    p = b.f.page
    p.rect(x, y, w, h, 0.7, col)
    p.rect(x + 1.3, y + 1.3, w - 2.6, h - 2.6, 0.3, col)
    for i, ln in enumerate(lines):
        p.text(x + w / 2, y + 6.5 + i * 4.6, ln, b.f.font(True), 7.2, "c", col)


def box_date(b, d, label):
    """A form's 'Fecha: |16| |03| |2026|' boxes, filled in by hand."""
    f = b.f
    f.ensure(10)
    f.y += f.line_h(f.base)
    f.page.text(f.left, f.y, label, f.font(True), f.base, "l", f.color)
    x = f.left + 30
    parts = [f"{d.day:02d}", f"{d.month:02d}", f"{d.year}"] if d else ["", "", ""]
    for part, w in zip(parts, (10, 10, 16)):
        f.page.rect(x, f.y - 5, w, 7, 0.3, f.color)
        if part:
            f.page.text(x + w / 2, f.y, part, f.font(), f.base * 1.05, "c", INK)
        x += w + 2
    f.y += 3


def email_head(b, sender, to, subject, when):
    """The header block a mail client prints above a message."""
    f, c = b.f, b.ctx
    f.text(sender.split("@")[-1].split(".")[0].capitalize() + " Mail", size=8, color=(120, 120, 120))
    f.hr(0.2, 1.0)
    f.text(subject, size=f.base * 1.15, bold=True)
    rows = [(c.t("De", "De", "De"), sender), (c.t("Para", "Per a", "Para"), to)]
    if when:
        rows.append((c.t("Fecha", "Data", "Data"), when))
    for lab, val in rows:
        f.text(f"{lab}: {val}", size=8.5, color=(60, 60, 60))
    f.hr(0.2, 1.5)


def issuer_region(r):
    return r.choice(["Asturias", "Región de Murcia", "Navarra", "Extremadura", "Canarias", "Aragón",
                     "Castilla-La Mancha", "La Rioja", "Cantabria"])


# The autonomous community of each province the corpus's towns are in: its government,
# its health service and its provincial library network.
COMMUNITY = {
    "Madrid": ("Comunidad de Madrid", "Servicio Madrileño de Salud"),
    "Sevilla": ("Junta de Andalucía", "Servicio Andaluz de Salud"), "Málaga": ("Junta de Andalucía", "Servicio Andaluz de Salud"),
    "Almería": ("Junta de Andalucía", "Servicio Andaluz de Salud"), "Granada": ("Junta de Andalucía", "Servicio Andaluz de Salud"),
    "Huelva": ("Junta de Andalucía", "Servicio Andaluz de Salud"), "Murcia": ("Región de Murcia", "Servicio Murciano de Salud"),
    "Zaragoza": ("Gobierno de Aragón", "Servicio Aragonés de Salud"),
    "Toledo": ("Junta de Comunidades de Castilla-La Mancha", "Servicio de Salud de Castilla-La Mancha"),
    "Bizkaia": ("Gobierno Vasco", "Osakidetza"),
    "Barcelona": ("Generalitat de Catalunya", "Institut Català de la Salut"),
    "Lleida": ("Generalitat de Catalunya", "Institut Català de la Salut"),
    "Girona": ("Generalitat de Catalunya", "Institut Català de la Salut"),
    "València": ("Generalitat Valenciana", "Conselleria de Sanitat"), "Alacant": ("Generalitat Valenciana", "Conselleria de Sanitat"),
    "Pontevedra": ("Xunta de Galicia", "Servizo Galego de Saúde"), "A Coruña": ("Xunta de Galicia", "Servizo Galego de Saúde"),
    "Ourense": ("Xunta de Galicia", "Servizo Galego de Saúde"), "Lugo": ("Xunta de Galicia", "Servizo Galego de Saúde"),
}


def community(c):
    """(government, health service) of the page's town."""
    return COMMUNITY.get(c.muni[1], ("Gobierno de Aragón", "Servicio Aragonés de Salud"))


# ------------------------------------------------------------ padrón

def padron_dos_columnas(ctx, alta, expedicion, **_):
    """A district office's certificate in two columns (inscrito / domicilio), the alta year first."""
    b, c, r = NB(ctx), ctx, ctx.rng
    m = c.muni[0]
    b.header([c.t(f"Ayuntamiento de {m}", f"Ajuntament de {m}", f"Concello de {m}"),
              c.t(f"Oficina Municipal de Distrito n.º {r.randint(1, 9)}", f"Oficina Municipal de Districte núm. {r.randint(1, 9)}",
                  f"Oficina Municipal de Distrito n.º {r.randint(1, 9)}")], r.choice(["right", "band"]))
    b.title(c.t("CERTIFICADO DE INSCRIPCIÓN PADRONAL", "CERTIFICAT D'INSCRIPCIÓ PADRONAL",
                "CERTIFICADO DE INSCRICIÓN PADROAL"))
    holder = nm(b)
    ys = r.choice(["ymd_slash", "ymd_dot", "iso"])
    left = [(c.t("APELLIDOS Y NOMBRE", "COGNOMS I NOM", "APELIDOS E NOME"), holder)]
    ids = b.id_field()
    if ids:
        left.append((ids[0][0].upper(), ids[0][1]))
    if c.birth:
        b.dis.append("birth_date")
        left.append((c.t("FECHA NACIMIENTO", "DATA NAIXEMENT", "DATA NACEMENTO"), dd(b, c.birth, ys)))
    right = [(c.t("DOMICILIO", "DOMICILI", "DOMICILIO"), c.home[0]),
             (c.t("DISTRITO / SECCIÓN", "DISTRICTE / SECCIÓ", "DISTRITO / SECCIÓN"), f"{r.randint(1, 9):02d} / {r.randint(1, 40):03d}"),
             (c.t("FECHA DE ALTA", "DATA D'ALTA", "DATA DE ALTA"), dd(b, alta, ys)),
             (c.t("MOTIVO", "MOTIU", "MOTIVO"), r.choice([c.t("Cambio de residencia", "Canvi de residència", "Cambio de residencia"),
                                                        c.t("Omisión", "Omissió", "Omisión")]))]
    b.f.text(c.t("DATOS DE LA PERSONA INSCRITA                DATOS DEL DOMICILIO",
                 "DADES DE LA PERSONA INSCRITA                DADES DEL DOMICILI",
                 "DATOS DA PERSOA INSCRITA                DATOS DO DOMICILIO"), size=8.5, bold=True, color=b.color)
    b.f.hr(0.4, 1.0)
    twocol(b, left, right)
    b.f.hr(0.2)
    b.f.para(c.t(f"Se expide la presente certificación con fecha {dd(b, expedicion, ys)}, a efectos de "
                 "acreditar la residencia ante la Administración.",
                 f"S'expedeix aquesta certificació amb data {dd(b, expedicion, ys)}, a l'efecte "
                 "d'acreditar la residència davant l'Administració.",
                 f"Expídese esta certificación con data {dd(b, expedicion, ys)}, para os efectos de "
                 "acreditar a residencia ante a Administración."))
    off = b.person(b.official(), "official")
    b.f.signature([c.t("Jefe/a de la Oficina de Distrito", "Cap de l'Oficina de Districte", "Xefe/a da Oficina de Distrito"), off])
    stamp(b, [c.t("AYUNTAMIENTO", "AJUNTAMENT", "CONCELLO"), m.upper()[:16]], b.f.right - 120, b.f.y - 22)
    b.f.footer([c.t("Validez: tres meses a partir de la fecha de expedición.", "Validesa: tres mesos des de la data d'expedició.",
                    "Validez: tres meses desde a data de expedición."), f"CSV {b.csv()}"])
    return b.done("padron", holder, [(alta, expedicion)])


def padron_dos_paginas(ctx, alta, expedicion, **_):
    """Two pages: page 1 the person and the sheet (and who else lives there), page 2 the
    'diligencia' with the alta and the issue date, signed."""
    b, c, r = NB(ctx), ctx, ctx.rng
    m = c.muni[0]
    b.header([c.t(f"Ayuntamiento de {m}", f"Ajuntament de {m}", f"Concello de {m}"),
              c.t("Negociado de Población", "Negociat de Població", "Negociado de Poboación")], "centered")
    b.title(c.t("CERTIFICADO DE EMPADRONAMIENTO", "CERTIFICAT D'EMPADRONAMENT", "CERTIFICADO DE EMPADROAMENTO"))
    off = b.person(b.official(), "official")
    holder = nm(b)
    b.f.para(c.t(f"{off}, Secretario/a del Ayuntamiento de {m}, CERTIFICA que en la hoja padronal "
                 f"n.º {r.randint(1000, 99999)} del domicilio {c.home[0]} figura inscrita la persona siguiente:",
                 f"{off}, Secretari/ària de l'Ajuntament de {m}, CERTIFICA que al full padronal "
                 f"núm. {r.randint(1000, 99999)} del domicili {c.home[0]} hi figura inscrita la persona següent:",
                 f"{off}, Secretario/a do Concello de {m}, CERTIFICA que na folla padroal "
                 f"n.º {r.randint(1000, 99999)} do domicilio {c.home[0]} figura inscrita a persoa seguinte:"))
    rows = [[holder] + [b.id_field()[0][1] if b.id_field() else "—"]]
    b.f.table([c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"), c.t("Documento", "Document", "Documento")],
              rows, [0.65, 0.35])
    if c.holder is not None and r.random() < 0.6:
        rel = td.Person(r.choice(["Yasmina", "Adam", "Lucía", "Ismael", "Fatou", "Thiago"]), list(c.holder.surnames))
        b.f.text(c.t("Conviven en el mismo domicilio:", "Conviuen al mateix domicili:", "Conviven no mesmo domicilio:"), bold=True)
        b.f.text(b.person(rel.natural, "relative"))
    b.f.para(c.t("(continúa al dorso)", "(continua al dors)", "(continúa no reverso)"), size=8, align="r")
    b.f.footer([c.t("Página 1 de 2", "Pàgina 1 de 2", "Páxina 1 de 2")])
    b.f.new_page()
    b.f.text(c.t("DILIGENCIA", "DILIGÈNCIA", "DILIXENCIA"), bold=True, align="c")
    b.f.space(2)
    style = r.choice(["words_full", "long_del", "del_anyo"])
    b.f.para(c.t(f"La persona relacionada en la página anterior causó alta en este municipio el "
                 f"{dd(b, alta, style)}, y continúa inscrita a la fecha de esta certificación.",
                 f"La persona relacionada a la pàgina anterior va causar alta en aquest municipi el "
                 f"{dd(b, alta, style)}, i continua inscrita a la data d'aquesta certificació.",
                 f"A persoa relacionada na páxina anterior causou alta neste concello o "
                 f"{dd(b, alta, style)}, e continúa inscrita na data desta certificación."))
    b.f.para(c.t(f"Y para que conste, expido la presente en {m}, a {dd(b, expedicion, style)}.",
                 f"I perquè consti, expedeixo aquesta certificació a {m}, el {dd(b, expedicion, style)}.",
                 f"E para que conste, expido a presente en {m}, o {dd(b, expedicion, style)}."))
    b.f.signature([c.t("EL/LA SECRETARIO/A", "EL/LA SECRETARI/ÀRIA", "O/A SECRETARIO/A"), off])
    stamp(b, ["V.º B.º", c.t("EL ALCALDE", "L'ALCALDE", "O ALCALDE")], b.f.left + 10, b.f.y - 25, w=36, h=16)
    b.f.footer([c.t("Página 2 de 2", "Pàgina 2 de 2", "Páxina 2 de 2")])
    return b.done("padron", holder, [(alta, expedicion)])


# ------------------------------------------------------------ padrón histórico

def historico_codigos_ine(ctx, rows, expedicion, **_):
    """A history as the INE variation codes: AM / CR altas, CD changes, BC bajas, each with its day."""
    b, c, r = NB(ctx), ctx, ctx.rng
    m = c.muni[0]
    b.header([c.t(f"Ayuntamiento de {m}", f"Ajuntament de {m}", f"Concello de {m}"),
              c.t("Gestión del Padrón · Informe de variaciones", "Gestió del Padró · Informe de variacions",
                  "Xestión do Padrón · Informe de variacións")], r.choice(["logo_left", "right"]))
    b.title(c.t("HISTÓRICO DE VARIACIONES PADRONALES", "HISTÒRIC DE VARIACIONS PADRONALS", "HISTÓRICO DE VARIACIÓNS PADROAIS"))
    holder = nm(b, ("sur_comma_up", "noacc"))
    items = [(c.t("Habitante", "Habitant", "Habitante"), holder)] + b.id_field()
    b.f.fields(items, "grid")
    style = r.choice(["roman_dot", "dot4", "ymd_dot", "compact"])
    trows, presence = [], []
    for i, (alta, baja) in enumerate(rows):
        street = td.address(r, c.muni)[0]
        code = ("CR", c.t("Alta por cambio de residencia", "Alta per canvi de residència", "Alta por cambio de residencia")) if i == 0 \
            else ("CD", c.t("Cambio de domicilio (alta)", "Canvi de domicili (alta)", "Cambio de domicilio (alta)"))
        trows.append([dd(b, alta, style), code[0], code[1], street])
        if baja:
            trows.append([dd(b, baja, style), "BD", c.t("Cambio de domicilio (baja)", "Canvi de domicili (baixa)",
                                                        "Cambio de domicilio (baixa)"), street])
        presence.append((alta, baja or expedicion))
    b.f.table([c.t("Fecha", "Data", "Data"), c.t("Cód.", "Codi", "Cód."), c.t("Variación", "Variació", "Variación"),
               c.t("Domicilio", "Domicili", "Domicilio")], trows, [0.17, 0.08, 0.37, 0.38], size=b.f.base * 0.82)
    b.f.para(c.t("La última variación sigue vigente. Códigos de variación según las instrucciones técnicas del INE.",
                 "L'última variació continua vigent. Codis segons la resolució de l'INE.",
                 "A última variación segue vixente. Códigos segundo a resolución do INE."), size=8)
    b.f.text(c.t(f"Fecha de emisión del informe: {dd(b, expedicion, style)}", f"Data d'emissió de l'informe: {dd(b, expedicion, style)}",
                 f"Data de emisión do informe: {dd(b, expedicion, style)}"), bold=True)
    b.f.signature([c.t("El/La responsable del Padrón", "El/La responsable del Padró", "O/A responsable do Padrón"),
                   b.person(b.official(), "official")])
    return b.done("padron_historico", holder, presence)


def historico_apaisado_hojas(ctx, rows, expedicion, **_):
    """A landscape history: one row per stay with its sheet, district and section, 'del ... a ...'."""
    b, c, r = NB(ctx, size=(297.0, 210.0), base=9.5), ctx, ctx.rng
    m = c.muni[0]
    b.header([c.t(f"Ayuntamiento de {m}", f"Ajuntament de {m}", f"Concello de {m}"),
              c.t("Servicio de Estadística y Padrón", "Servei d'Estadística i Padró", "Servizo de Estatística e Padrón")], "band")
    b.title(c.t("CERTIFICADO DE RESIDENCIA CON HISTÓRICO", "CERTIFICAT DE RESIDÈNCIA AMB HISTÒRIC",
                "CERTIFICADO DE RESIDENCIA CON HISTÓRICO"))
    holder = nm(b)
    who = b.honor()
    b.f.para(c.t(f"Se certifica que {who} {holder}{b.ident_text()} ha residido en este municipio en los periodos siguientes:",
                 f"Es certifica que {who} {holder}{b.ident_text()} ha residit en aquest municipi en els períodes següents:",
                 f"Certifícase que {who} {holder}{b.ident_text(c.t('con', 'amb', 'con'))} residiu neste concello nos períodos seguintes:"))
    trows, presence = [], []
    for alta, baja in rows:
        end = b.d(baja) if baja else c.t("la fecha", "l'actualitat", "a data")
        trows.append([c.t(f"del {b.d(alta)} a {end}", f"del {b.d(alta)} a {end}", f"do {b.d(alta)} a {end}"),
                      td.address(r, c.muni)[0], f"{r.randint(100, 9999)}", f"{r.randint(1, 9):02d}", f"{r.randint(1, 60):03d}"])
        presence.append((alta, baja or expedicion))
    b.f.table([c.t("Periodo", "Període", "Período"), c.t("Domicilio", "Domicili", "Domicilio"),
               c.t("Hoja", "Full", "Folla"), c.t("Distrito", "Districte", "Distrito"), c.t("Sección", "Secció", "Sección")],
              trows, [0.3, 0.43, 0.09, 0.09, 0.09])
    b.f.para(b.place_date(expedicion))
    b.f.signature([c.t("La Jefa del Servicio", "La Cap del Servei", "A Xefa do Servizo"), b.person(b.official(), "official")])
    b.f.footer([f"CSV: {b.csv()}"])
    return b.done("padron_historico", holder, presence)


# ------------------------------------------------------------ utility bills

def _bill_period(b, issue, period, style):
    if period:
        s, e = period
        return f"{dd(b, s, style)} - {dd(b, e, style)}"
    return dd(b, issue, style)


def bill_cotitulares(ctx, issue, period=None, kind=None, **_):
    """An electricity (or gas) bill to two joint holders, laid out in two columns."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(["Eléctrica del Nalón S.A.", "Energía Navarra Comercializadora", "Suministros Riojanos de Luz S.L.",
                        "Cooperativa Eléctrica de Alginet", "Distribuidora Extremeña de Energía"])
    b.header([company, f"CIF {td.cif(r)} · {c.t('Atención al cliente', 'Atenció al client', 'Atención ao cliente')} {b.phone()}"], "band")
    b.title(c.t("Factura de electricidad", "Factura d'electricitat", "Factura de electricidade"))
    holder = nm(b)
    co = b.person(b.someone_else(upper=holder.isupper() if holder else False), "holder")
    style = r.choice(["dot4", "ymd_slash", "abbr_dot", "slash"])
    b.dis.append("invoice_number")
    left = [(c.t("Titulares del contrato", "Titulars del contracte", "Titulares do contrato"), f"{holder} y {co}" if c.lang == "es"
             else (f"{holder} i {co}" if c.lang == "ca" else f"{holder} e {co}")),
            (c.t("Dirección de suministro", "Adreça de subministrament", "Enderezo de subministración"), f"{c.home[0]}, {c.home[1]}"),
            ("CUPS", f"ES00{r.randint(10**13, 10**14 - 1)}{r.choice('ABCDEF')}{r.choice('JKLMN')}0F")]
    right = [(c.t("N.º de factura", "Núm. de factura", "N.º de factura"), f"{r.choice('FEL')}{issue.year if issue else 2026}{r.randint(100000, 999999)}")]
    if issue:
        right.append((c.t("Fecha de emisión", "Data d'emissió", "Data de emisión"), dd(b, issue, style)))
    right.append((c.t("Periodo de facturación", "Període de facturació", "Período de facturación"), _bill_period(b, issue, period, style)))
    twocol(b, left, right)
    days = (period[1] - period[0]).days + 1 if period else 30
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Detalle", "Detall", "Detalle"), c.t("Importe", "Import", "Importe")],
              [[c.t("Potencia contratada", "Potència contractada", "Potencia contratada"), f"3,45 kW x {days} d", f"{money(r.uniform(8, 15))} €"],
               [c.t("Energía consumida", "Energia consumida", "Enerxía consumida"), f"{r.randint(90, 350)} kWh", f"{money(r.uniform(20, 70))} €"],
               [c.t("Impuesto eléctrico", "Impost elèctric", "Imposto eléctrico"), "5,11%", f"{money(r.uniform(1, 4))} €"],
               [c.t("Alquiler de contador", "Lloguer de comptador", "Aluguer de contador"), f"{days} d", f"{money(r.uniform(0.5, 1.5))} €"],
               ["IVA", "21%", f"{money(r.uniform(5, 18))} €"]], [0.45, 0.3, 0.25])
    b.f.text(f"{c.t('TOTAL A PAGAR', 'TOTAL A PAGAR', 'TOTAL A PAGAR')}  {money(r.uniform(40, 130))} €", size=b.f.base * 1.3, bold=True, align="r")
    if issue:
        b.dis.append("due_date")
        b.f.text(c.t(f"Se cargará en su cuenta a partir del {dd(b, issue + r.randint(6, 15) * DAY, style)}.",
                     f"Es carregarà al compte a partir del {dd(b, issue + r.randint(6, 15) * DAY, style)}.",
                     f"Cargarase na conta a partir do {dd(b, issue + r.randint(6, 15) * DAY, style)}."), size=8.5)
    b.f.footer([f"{company} · {c.t('Domicilio social en', 'Domicili social a', 'Domicilio social en')} {issuer_region(r)}"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def bill_email_factura(ctx, issue, period=None, kind=None, **_):
    """A telecom's 'your bill is ready' e-mail printed to PDF: greeting, month, total."""
    b, c, r = NB(ctx, base=10.0), ctx, ctx.rng
    brand = r.choice(["Fibra Cantábrica", "TeleNorte Astur", "Mallorca Connecta", "Ebro Telecom", "Canarias Móvil"])
    holder = nm(b, ("std", "lower_noacc"))
    to = "cliente@correo.es" if holder is None else td.strip_accents(c.holder.given.split()[0].lower() + "." + c.holder.surnames[0].lower()).replace(" ", "") + "@correo.es"
    when = f"{dd(b, issue, 'wd_abbr')} {clock(r)}" if issue else None
    subj = c.t("Tu factura ya está disponible", "La teva factura ja està disponible", "A túa factura xa está dispoñible")
    if period and period[0].month == period[1].month:
        subj += f" · {td.fmt_month2(period[0].year, period[0].month, 'name_year', c.lang)}"
    email_head(b, f"facturacion@{brand.lower().replace(' ', '')}.es", to, subj, when)
    b.f.text(brand, size=16, bold=True, color=b.color)
    b.f.space(3)
    b.f.para(c.t(f"Hola, {holder}:", f"Hola, {holder}:", f"Ola, {holder}:"))
    b.f.para(c.t("Te enviamos el resumen de tu factura de fibra y móvil. La tienes completa en el área de clientes.",
                 "T'enviem el resum de la teva factura de fibra i mòbil. La tens completa a l'àrea de clients.",
                 "Enviámosche o resumo da túa factura de fibra e móbil. Tela completa na área de clientes."))
    items = [(c.t("Titular", "Titular", "Titular"), holder)]
    if period:
        s, e = period
        items.append((c.t("Periodo", "Període", "Período"), f"{dd(b, s, 'dot4')} – {dd(b, e, 'dot4')}" if r.random() < 0.6
                      else c.t(f"del {s.day} al {e.day} de {td.MONTHS['es'][e.month - 1]} de {e.year}" if s.month == e.month
                               else f"del {dd(b, s, 'long')} al {dd(b, e, 'long')}",
                               f"del {dd(b, s, 'long')} al {dd(b, e, 'long')}", f"do {dd(b, s, 'long')} ao {dd(b, e, 'long')}")))
    elif issue:
        items.append((c.t("Fecha de la factura", "Data de la factura", "Data da factura"), dd(b, issue, "dot4")))
    b.dis.append("invoice_number")
    items += [(c.t("N.º de factura", "Núm. de factura", "N.º de factura"), f"{r.choice(['MF', 'TN', 'FC'])}-{r.randint(10**7, 10**8 - 1)}"),
              (c.t("Importe", "Import", "Importe"), f"{money(r.uniform(25, 75))} €")]
    b.f.fields(items, "column")
    if issue:
        b.dis.append("due_date")
        b.f.para(c.t(f"Lo cargaremos en tu cuenta el {dd(b, issue + 5 * DAY, 'long')}.",
                     f"Ho carregarem al teu compte el {dd(b, issue + 5 * DAY, 'long')}.",
                     f"Cargarémolo na túa conta o {dd(b, issue + 5 * DAY, 'long')}."))
    b.f.text(c.t("Un saludo,", "Salutacions,", "Saúdos,"))
    b.f.text(c.t(f"El equipo de {brand}", f"L'equip de {brand}", f"O equipo de {brand}"))
    b.f.footer([c.t("Este correo se ha enviado automáticamente, no respondas a este mensaje.",
                    "Aquest correu s'ha enviat automàticament, no responguis.", "Este correo enviouse automaticamente, non respondas."),
                "1/1"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ payslips

def payslip_hosteleria(ctx, period, issue=None, **_):
    """A Canary hotel's payslip: boxed company and worker, 'PERIODO 01 MAR 26 a 31 MAR 26', 30 days."""
    b, c, r = NB(ctx, base=9.0), ctx, ctx.rng
    hotel = r.choice(["Hotel Playa Dorada Maspalomas S.L.", "Apartamentos Atlántico Sur S.A.", "Explotaciones Hoteleras del Teide S.L."])
    holder = nm(b, ("sur_comma_up", "noacc"))
    b.f.fields([(c.t("Empresa", "Empresa", "Empresa"), hotel), ("CIF", td.cif(r)),
                (c.t("Domicilio", "Domicili", "Domicilio"), r.choice(["Av. de Tirajana 12, San Bartolomé de Tirajana",
                                                                       "C/ La Hoya 3, Adeje (S/C de Tenerife)"])),
                ("C.C.C.", f"35/{r.randint(1000000, 9999999)}/{r.randint(10, 99)}")], "boxes", cols=2)
    ids = b.id_field()
    b.f.fields([(c.t("Trabajador/a", "Treballador/a", "Traballador/a"), holder),
                ("NIF/NIE", ids[0][1] if ids else "—"),
                (c.t("Categoría", "Categoria", "Categoría"), r.choice(["Camarero/a de pisos", "Ayudante de cocina", "Camarero/a"])),
                ("N.º afiliación S.S.", f"35/{r.randint(10**7, 10**8 - 1)}/{r.randint(10, 99)}")], "boxes", cols=2)
    s, e = period
    b.f.text(f"{c.t('PERIODO', 'PERÍODE', 'PERÍODO')}  {c.t('MENSUAL', 'MENSUAL', 'MENSUAL')}   "
             f"{dd(b, s, 'abbr_yy')} {c.t('a', 'a', 'a')} {dd(b, e, 'abbr_yy')}      {c.t('TOTAL DÍAS', 'TOTAL DIES', 'TOTAL DÍAS')} {(e - s).days + 1}",
             bold=True)
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Cuantía", "Quantia", "Contía"), c.t("Devengos", "Meritacions", "Devengos"),
               c.t("Deducciones", "Deduccions", "Deducións")],
              [[c.t("Salario base", "Salari base", "Salario base"), f"{(e - s).days + 1},00", f"{money(r.uniform(1100, 1300))}", ""],
               [c.t("Plus transporte", "Plus transport", "Plus transporte"), "", f"{money(r.uniform(40, 90))}", ""],
               [c.t("Prorrata pagas extra", "Prorrata pagues extra", "Rateo pagas extra"), "", f"{money(r.uniform(180, 220))}", ""],
               [c.t("Contingencias comunes 4,85%", "Contingències comunes 4,85%", "Continxencias comúns 4,85%"), "", "", f"{money(r.uniform(60, 75))}"],
               ["IRPF", f"{r.randint(2, 9)},00%", "", f"{money(r.uniform(30, 120))}"]], [0.42, 0.16, 0.21, 0.21], size=8.5)
    b.f.text(f"{c.t('LÍQUIDO TOTAL A PERCIBIR', 'LÍQUID TOTAL A PERCEBRE', 'LÍQUIDO TOTAL A PERCIBIR')}: {money(r.uniform(1150, 1400))} €", bold=True, align="r")
    if issue:
        b.f.text(c.t(f"Las Palmas de Gran Canaria, {dd(b, issue, 'slash')}", f"{dd(b, issue, 'slash')}", f"{dd(b, issue, 'slash')}"), size=8.5)
    b.f.signature([c.t("Firma y sello de la empresa", "Signatura i segell de l'empresa", "Sinatura e selo da empresa"),
                   c.t("RECIBÍ", "HE REBUT", "RECIBÍN")], size=8.5)
    return b.done("payslip", holder, [period])


def payslip_recibo_talonario(ctx, period, issue=None, **_):
    """A stationer's 'recibo de salarios' pad filled in by a domestic employer: the month in words."""
    b, c, r = NB(ctx, size=(210.0, 148.0), base=10.5), ctx, ctx.rng
    f = b.f
    f.text(c.t("RECIBO DE SALARIOS", "REBUT DE SALARIS", "RECIBO DE SALARIOS"), bold=True, size=13)
    f.text(c.t("Empleados de hogar · Modelo de papelería", "Treballadors de la llar · Model de papereria",
               "Empregados do fogar · Modelo de papelaría"), size=8, color=(110, 110, 110))
    f.hr(0.4)
    holder = nm(b, ("std", "lower_noacc"))
    emp = b.person(b.official(), "other")
    s, e = period
    if s.day == 1 and (e + DAY).day == 1 and s.month == e.month:
        mes = f"{td.MONTHS[c.lang][s.month - 1]} {c.t('de', 'de', 'de')} {s.year}"
    else:
        mes = c.t(f"del {s.day}/{s.month} al {e.day}/{e.month} de {e.year}", f"del {s.day}/{s.month} al {e.day}/{e.month} de {e.year}",
                  f"do {s.day}/{s.month} ao {e.day}/{e.month} de {e.year}")
    amt = r.choice([900, 950, 1000, 1134, 1184, 1200])
    lines = [(c.t("Trabajador/a", "Treballador/a", "Traballador/a"), holder),
             (c.t("Empleador/a (titular del hogar)", "Ocupador/a (titular de la llar)", "Empregador/a (titular do fogar)"), emp),
             (c.t("Mes / periodo de liquidación", "Mes / període de liquidació", "Mes / período de liquidación"), mes),
             (c.t("Salario", "Salari", "Salario"), f"{amt},00 €"),
             (c.t("Cuota obrera S.S.", "Quota obrera S.S.", "Cota obreira S.S."), f"{money(amt * 0.0635)} €"),
             (c.t("Líquido", "Líquid", "Líquido"), f"{money(amt * 0.9365)} €")]
    for lab, val in lines:
        f.y += f.line_h(f.base) + 1.5
        f.page.text(f.left, f.y, lab + ":", f.font(), f.base * 0.9, "l", f.color)
        f.page.line(f.left + 62, f.y + 0.8, f.right, f.y + 0.8, 0.2, (150, 150, 150))
        f.page.text(f.left + 64, f.y, val, "free_serif", f.base * 1.1, "l", INK)
    f.space(4)
    f.text(c.t("He recibido la cantidad líquida arriba indicada.", "He rebut la quantitat líquida indicada.",
               "Recibín a cantidade líquida indicada."), size=9)
    f.signature([c.t("Firma del trabajador/a", "Signatura del treballador/a", "Sinatura do traballador/a")], align="l", size=8.5)
    return b.done("payslip", holder, [period])


# ------------------------------------------------------------ transport

def ticket_bus_interurbano(ctx, date, **_):
    """An interurban coach's thermal ticket sold on board or at the station: 'FECHA 16MAR26'."""
    b, c, r = NB(ctx, size=(76.0, 112.0), mono=True, base=8.0), ctx, ctx.rng
    f = b.f
    f.margin = 5.0
    co, route = r.choice([("AUTOBUSES DEL PRINCIPADO S.A.", ("OVIEDO", "GIJON")), ("LA TUDELANA S.L.", ("PAMPLONA", "TUDELA")),
                          ("AUTOCARES RIOJA BAJA", ("LOGROÑO", "CALAHORRA")), ("TRANSPORTES VETTONIA", ("MERIDA", "BADAJOZ")),
                          ("AUTOBUSES DEL BESAYA", ("SANTANDER", "TORRELAVEGA")), ("AUTOCARES MANCHUELA", ("ALBACETE", "HELLIN")),
                          ("ALTO ARAGON BUS", ("HUESCA", "JACA")), ("GLOBAL INSULAR DE VIAJEROS", ("LAS PALMAS", "TELDE"))])
    f.text(co, bold=True, align="c")
    f.text(f"CIF {td.cif(r)}", align="c")
    f.text("-" * 34, align="c")
    f.text(c.t("BILLETE SENCILLO", "BITLLET SENZILL", "BILLETE SINXELO"), bold=True, align="c")
    f.text(f"{route[0]} > {route[1]}")
    if date:
        f.text(f"{c.t('FECHA', 'DATA', 'DATA')} {dd(b, date, 'compact')}  {c.t('HORA', 'HORA', 'HORA')} {clock(r, 6, 21)}")
    f.text(f"{c.t('EXP', 'EXP', 'EXP')} {r.randint(1, 40):03d}  {c.t('SERV', 'SERV', 'SERV')} {r.randint(1000, 9999)}  {c.t('PLAZA', 'PLAÇA', 'PRAZA')} {r.randint(1, 55):02d}")
    holder = nm(b, ("noacc", "sur_comma_up"))
    if holder:
        f.text(c.t("VIAJERO:", "VIATGER:", "VIAXEIRO:"))
        f.text(holder[:34] if len(holder) <= 34 else holder, bold=True)
        ids = b.id_field()
        if ids:
            f.text(f"DOC: {ids[0][1]}")
    f.text("-" * 34, align="c")
    f.text(f"{c.t('TARIFA GENERAL', 'TARIFA GENERAL', 'TARIFA XERAL')}    {money(r.uniform(1.5, 9))} EUR")
    f.text(f"IVA 10% {c.t('INCLUIDO', 'INCLÒS', 'INCLUÍDO')}")
    b.dis.append("reference_number")
    f.text(f"N.TIT {r.randint(10**8, 10**9 - 1)}")
    f.text(c.t("CONSERVE EL BILLETE DURANTE EL VIAJE", "CONSERVEU EL BITLLET DURANT EL VIATGE",
               "CONSERVE O BILLETE DURANTE A VIAXE"), size=6.5, align="c")
    return b.done("transport_ticket", holder, one_day(date), "passenger")


def ticket_app_tren(ctx, date, **_):
    """A regional train app's e-ticket screen: weekday and day abbreviated, a QR to scan."""
    b, c, r = NB(ctx, size=(70.0, 148.0), base=8.5), ctx, ctx.rng
    f = b.f
    f.margin = 5.0
    f.y = 5.0
    f.text(f"{clock(r)}        4G  {r.randint(15, 98)}%", size=6.5)
    f.page.rect(0, f.y + 1, 70, 11, 0, b.color, fill=b.color)
    f.page.text(35, f.y + 8, c.t("Mis billetes", "Els meus bitllets", "Os meus billetes"), f.font(True), 10, "c", (255, 255, 255))
    f.y += 14
    a, z = r.choice([("Zaragoza Delicias", "Huesca"), ("Murcia del Carmen", "Cartagena"), ("Oviedo", "Avilés"),
                     ("Badajoz", "Mérida"), ("Santander", "Reinosa"), ("Ciudad Real", "Puertollano"), ("Logroño", "Haro")])
    f.text(a, bold=True, size=10)
    f.text(f"→ {z}", bold=True, size=10)
    if date:
        en = r.random() < 0.25  # the app set to English
        f.text(f"{'Outbound' if en else c.t('Ida', 'Anada', 'Ida')} · {dd(b, date, 'en_app' if en else 'wd_abbr')}", size=8.5)
        f.text(f"{clock(r, 6, 12)} – {clock(r, 13, 22)}", size=8.5)
    f.text(f"{c.t('Coche', 'Cotxe', 'Coche')} {r.randint(1, 6)} · {c.t('Plaza', 'Plaça', 'Praza')} {r.randint(1, 80)}{r.choice('ABCD')}", size=8.5)
    f.space(2)
    qr_modules(f.page, 15, f.y, 40, r)
    b.dis.append("reference_number")
    f.y += 43
    holder = nm(b, ("std", "lower_noacc"))
    f.text(c.t("Viajero", "Viatger", "Viaxeiro"), size=7, color=(110, 110, 110))
    f.text(holder or "—", size=8.5, bold=True)
    ids = b.id_field()
    if ids:
        f.text(f"{ids[0][0]} {ids[0][1]}", size=7.5)
    f.text(f"{c.t('Localizador', 'Localitzador', 'Localizador')} {''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}", size=7.5)
    return b.done("transport_ticket", holder, one_day(date), "passenger")


# ------------------------------------------------------------ bank

def bank_remesa_calco(ctx, date, **_):
    """A remittance shop's carbon copy: boxed ordenante and beneficiario, 'COPIA CLIENTE'."""
    b, c, r = NB(ctx, size=(210.0, 140.0), base=9.0), ctx, ctx.rng
    f = b.f
    f.color = CARBON
    f.page.text(150, 60, "COPIA", f.font(True), 46, "c", (215, 215, 235))
    shop = r.choice(["Envíos Latinos Express", "Locutorio y Envíos Sahel", "Giros Andinos S.L.", "Multiservicios Atlas Money"])
    f.text(f"{shop} · {c.t('Agente autorizado', 'Agent autoritzat', 'Axente autorizado')}", bold=True)
    f.text(f"{c.t('ENVÍO DE DINERO', 'ENVIAMENT DE DINERS', 'ENVÍO DE DIÑEIRO')} · {c.t('COPIA CLIENTE', 'CÒPIA CLIENT', 'COPIA CLIENTE')}",
           size=8, align="r")
    f.hr(0.3)
    holder = nm(b, ("noacc", "sur_comma_up", "std"))
    ben = b.person(b.someone_else(upper=True), "beneficiary")
    ids = b.id_field()
    items = [(c.t("Ordenante", "Ordenant", "Ordenante"), holder or "")]
    if ids:
        items.append((ids[0][0], ids[0][1]))
    items += [(c.t("Beneficiario", "Beneficiari", "Beneficiario"), ben),
              (c.t("País destino", "País de destinació", "País destino"), r.choice(["Colombia", "Marruecos", "Senegal", "Honduras", "Perú"])),
              (c.t("Importe enviado", "Import enviat", "Importe enviado"), f"{money(r.uniform(50, 400))} EUR"),
              (c.t("Comisión", "Comissió", "Comisión"), f"{money(r.uniform(2, 9))} EUR")]
    if date:
        items.append((c.t("Fecha y hora", "Data i hora", "Data e hora"), f"{dd(b, date, r.choice(['dash', 'slash', 'dot4']))} {clock(r)}"))
    f.fields(items, "boxes", cols=2)
    b.dis.append("reference_number")
    f.text(f"MTCN / {c.t('Clave de envío', 'Clau d enviament', 'Clave de envío')}: {r.randint(10**9, 10**10 - 1)}", bold=True)
    f.signature([c.t("Firma del cliente", "Signatura del client", "Sinatura do cliente")], align="l", size=8)
    return b.done("bank_receipt", holder, one_day(date), "sender")


def bank_cotitulares(ctx, date, **_):
    """A joint account's operation certificate: two titulares, one movement with its day."""
    b, c, r = NB(ctx, base=10.0), ctx, ctx.rng
    bank = r.choice(["Caja Rural de Asturias y Cantabria", "Caixa Rural de Galicia", "Banco Navarro de Crédito",
                     "Caja Extremeña de Ahorros", "Openbank Digital"])
    b.header([bank, c.t("Oficina", "Oficina", "Oficina") + f" {r.randint(1000, 9999)}"], r.choice(["logo_left", "right"]))
    b.title(c.t("JUSTIFICANTE DE OPERACIÓN", "JUSTIFICANT D'OPERACIÓ", "XUSTIFICANTE DE OPERACIÓN"))
    holder = nm(b)
    co = b.person(b.someone_else(upper=False), "holder")
    items = [(c.t("Titular 1", "Titular 1", "Titular 1"), holder), (c.t("Titular 2", "Titular 2", "Titular 2"), co),
             (c.t("Cuenta", "Compte", "Conta"), f"ES{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} ** ****{r.randint(1000, 9999)}"),
             (c.t("Tipo de operación", "Tipus d'operació", "Tipo de operación"),
              r.choice([c.t("Reintegro en cajero", "Reintegrament en caixer", "Reintegro en caixeiro"),
                        c.t("Pago con tarjeta", "Pagament amb targeta", "Pagamento con tarxeta"),
                        c.t("Ingreso en efectivo", "Ingrés en efectiu", "Ingreso en efectivo")])),
             (c.t("Importe", "Import", "Importe"), f"{money(r.uniform(20, 300))} EUR")]
    if date:
        style = r.choice(["abbr_upper2", "dot4", "ymd_slash"])
        items += [(c.t("Fecha operación", "Data operació", "Data operación"), dd(b, date, style)),
                  (c.t("Fecha valor", "Data valor", "Data valor"), dd(b, date, style))]
    b.f.fields(items, b.rng.choice(["grid", "colon"]))
    b.dis.append("reference_number")
    b.f.para(c.t(f"Referencia de la operación: {r.randint(10**11, 10**12 - 1)}. Documento sin validez como extracto.",
                 f"Referència de l'operació: {r.randint(10**11, 10**12 - 1)}. Document sense validesa com a extracte.",
                 f"Referencia da operación: {r.randint(10**11, 10**12 - 1)}. Documento sen validez como extracto."), size=8.5)
    return b.done("bank_receipt", holder, one_day(date), "holder")


# ------------------------------------------------------------ medical

def med_justificante_servicio_salud(ctx, date, **_):
    """A regional health service's attendance slip: the day seen; the next appointment proves nothing."""
    b, c, r = NB(ctx, size=(210.0, 148.0), base=9.5), ctx, ctx.rng
    svc = community(c)[1]
    b.header([svc, c.t(f"Centro de Salud {r.choice(['La Calzada', 'El Carmen', 'San Andrés', 'Casco Viejo'])}",
                       f"Centre de Salut {r.choice(['La Calzada', 'El Carme'])}", f"Centro de Saúde {r.choice(['A Calzada', 'O Carme'])}")],
             "logo_left")
    b.title(c.t("JUSTIFICANTE DE ASISTENCIA", "JUSTIFICANT D'ASSISTÈNCIA", "XUSTIFICANTE DE ASISTENCIA"))
    holder = nm(b, ("sur_comma_up", "std", "noacc"))
    left = [(c.t("Paciente", "Pacient", "Paciente"), holder or ""),
            ("CIP / TSI", f"{td.strip_accents(c.holder.surnames[0])[:2].upper() if c.holder else 'XX'}{r.randint(10**9, 10**10 - 1)}")]
    doc = b.person(b.official(), "official")
    right = [(c.t("Profesional", "Professional", "Profesional"), doc),
             (c.t("Consulta", "Consulta", "Consulta"), r.choice([c.t("Medicina de familia", "Medicina de família", "Medicina de familia"),
                                                              c.t("Enfermería", "Infermeria", "Enfermaría")]))]
    if date:
        left.append((c.t("Fecha de asistencia", "Data d'assistència", "Data de asistencia"), f"{dd(b, date, r.choice(['slash_weekday', 'slash', 'dot4']))}"))
        right.append((c.t("Hora", "Hora", "Hora"), f"{clock(r, 8, 13)} – {clock(r, 13, 14)}"))
    twocol(b, left, right)
    b.f.para(c.t("Se hace constar que la persona arriba indicada ha acudido a este centro en la fecha y hora señaladas.",
                 "Es fa constar que la persona indicada ha acudit a aquest centre en la data i hora assenyalades.",
                 "Faise constar que a persoa indicada acudiu a este centro na data e hora sinaladas."))
    if date:
        nxt = date + r.randint(14, 60) * DAY
        b.dis.append("next_appointment_date")
        b.f.text(c.t(f"Próxima cita: {dd(b, nxt, 'slash')} (revisión)", f"Propera cita: {dd(b, nxt, 'slash')} (revisió)",
                     f"Próxima cita: {dd(b, nxt, 'slash')} (revisión)"), size=8.5, color=(90, 90, 90))
    stamp(b, [c.t("ADMISIÓN", "ADMISSIÓ", "ADMISIÓN"), c.muni[0].upper()[:18]], b.f.right - 50, b.f.y - 4)
    return b.done("medical", holder, one_day(date), "patient")


def med_informe_fisioterapia(ctx, date, **_):
    """A private physiotherapy clinic's report on two pages: the patient on page 1, the day of
    the session and the signature on page 2."""
    b, c, r = NB(ctx), ctx, ctx.rng
    clinic = r.choice(["Fisioterapia Miravalles", "Clínica FisioActiva", "Centro de Fisioterapia Cuatro Caminos", f"FisioSalud {c.muni[0]}"])
    b.header([clinic, c.t(f"Registro sanitario n.º {r.randint(1000, 9999)}", f"Registre sanitari núm. {r.randint(1000, 9999)}",
                          f"Rexistro sanitario n.º {r.randint(1000, 9999)}")], r.choice(["centered", "right"]))
    b.title(c.t("INFORME DE FISIOTERAPIA", "INFORME DE FISIOTERÀPIA", "INFORME DE FISIOTERAPIA"))
    holder = nm(b)
    items = [(c.t("Paciente", "Pacient", "Paciente"), holder)] + b.id_field() + b.birth_field()
    b.f.fields(items, "colon")
    b.f.text(c.t("Motivo de consulta", "Motiu de consulta", "Motivo de consulta"), bold=True)
    b.f.para(c.t("Dolor lumbar mecánico de varias semanas de evolución, relacionado con la actividad laboral "
                 "(carga de peso). No irradiado. Sin antecedentes traumáticos.",
                 "Dolor lumbar mecànic de diverses setmanes d'evolució, relacionat amb l'activitat laboral "
                 "(càrrega de pes). No irradiat. Sense antecedents traumàtics.",
                 "Dor lumbar mecánica de varias semanas de evolución, relacionada coa actividade laboral "
                 "(carga de peso). Non irradiada. Sen antecedentes traumáticos."))
    b.f.text(c.t("Exploración", "Exploració", "Exploración"), bold=True)
    b.f.para(c.t("Contractura de musculatura paravertebral. Movilidad lumbar limitada en flexión. Test de Lasègue negativo.",
                 "Contractura de la musculatura paravertebral. Mobilitat lumbar limitada en flexió. Test de Lasègue negatiu.",
                 "Contractura da musculatura paravertebral. Mobilidade lumbar limitada en flexión. Test de Lasègue negativo."))
    b.f.footer([f"{clinic} · 1/2"])
    b.f.new_page()
    b.f.text(c.t("Tratamiento aplicado", "Tractament aplicat", "Tratamento aplicado"), bold=True)
    b.f.para(c.t("Terapia manual, masoterapia y ejercicio terapéutico. Se pautan ejercicios domiciliarios.",
                 "Teràpia manual, massoteràpia i exercici terapèutic. Es pauten exercicis domiciliaris.",
                 "Terapia manual, masoterapia e exercicio terapéutico. Páutanse exercicios domiciliarios."))
    if date:
        b.f.fields([(c.t("Fecha de la sesión", "Data de la sessió", "Data da sesión"), dd(b, date, r.choice(["abbr_dot_long", "long", "dot4"])))], "colon")
    b.f.para(c.t("Revisión recomendada en seis semanas.", "Revisió recomanada en sis setmanes.", "Revisión recomendada en seis semanas."))
    ft = b.person(b.official(), "official")
    b.f.signature([ft, c.t(f"Fisioterapeuta col. n.º {r.randint(100, 9999)}", f"Fisioterapeuta col. núm. {r.randint(100, 9999)}",
                           f"Fisioterapeuta col. n.º {r.randint(100, 9999)}")])
    b.f.footer([f"{clinic} · 2/2"])
    return b.done("medical", holder, one_day(date), "patient")


# ------------------------------------------------------------ attendance

def att_tutoria_colegio(ctx, date, **_):
    """A school tutor's certificate that a parent attended a tutoring meeting about their child."""
    b, c, r = NB(ctx), ctx, ctx.rng
    school = r.choice([c.t("CEIP Virgen de Guadalupe", "CEIP Verge de Guadalupe", "CEIP Virxe de Guadalupe"),
                       c.t("Colegio Público San Lázaro", "Escola Pública Sant Llàtzer", "Colexio Público San Lázaro"),
                       "IES Miguel de Unamuno", c.t("CEIP Ramón y Cajal", "CEIP Ramon i Cajal", "CEIP Ramón y Cajal")])
    b.header([school, c.t(f"{c.muni[0]} · Consejería de Educación", f"{c.muni[0]} · Departament d'Educació",
                          f"{c.muni[0]} · Consellería de Educación")], r.choice(["logo_left", "centered"]))
    b.title(c.t("CERTIFICADO DE ASISTENCIA A TUTORÍA", "CERTIFICAT D'ASSISTÈNCIA A TUTORIA", "CERTIFICADO DE ASISTENCIA A TITORÍA"))
    tutor = b.person(b.official(), "official")
    holder = nm(b, ("std", "std", "sur_first"))
    who = holder or c.t("el padre, madre o tutor legal", "el pare, mare o tutor legal", "o pai, nai ou titor legal")
    sur = c.holder.surnames[-1] if c.holder else "Pérez"
    child = b.person(f"{r.choice(['Aisha', 'Mateo', 'Iker', 'Salma', 'Dylan', 'Mariam'])} {sur}", "relative")
    grade = r.choice([c.t("3.º de Primaria", "3r de Primària", "3.º de Primaria"), c.t("1.º de ESO", "1r d'ESO", "1.º de ESO"),
                      c.t("5 años (Infantil)", "P5 (Infantil)", "5 anos (Infantil)")])
    if date:
        body = c.t(f"{tutor}, tutor/a del grupo {grade}, certifica que {who}, padre/madre del alumno/a {child}, ha asistido "
                   f"a una reunión de tutoría en este centro el día {dd(b, date, r.choice(['long', 'long_weekday', 'slash']))}, "
                   f"de {clock(r, 15, 16)} a {clock(r, 17, 18)} horas.",
                   f"{tutor}, tutor/a del grup {grade}, certifica que {who}, pare/mare de l'alumne/a {child}, ha assistit "
                   f"a una reunió de tutoria en aquest centre el dia {dd(b, date, r.choice(['long', 'long_weekday', 'slash']))}, "
                   f"de {clock(r, 15, 16)} a {clock(r, 17, 18)} hores.",
                   f"{tutor}, titor/a do grupo {grade}, certifica que {who}, pai/nai do alumno/a {child}, asistiu "
                   f"a unha reunión de titoría neste centro o día {dd(b, date, r.choice(['long', 'long_weekday', 'slash']))}, "
                   f"das {clock(r, 15, 16)} ás {clock(r, 17, 18)} horas.")
    else:
        body = c.t(f"{tutor}, tutor/a del grupo {grade}, certifica que {who}, padre/madre del alumno/a {child}, mantiene "
                   "contacto habitual con el centro y asiste a las reuniones de tutoría.",
                   f"{tutor}, tutor/a del grup {grade}, certifica que {who}, pare/mare de l'alumne/a {child}, manté "
                   "contacte habitual amb el centre i assisteix a les reunions de tutoria.",
                   f"{tutor}, titor/a do grupo {grade}, certifica que {who}, pai/nai do alumno/a {child}, mantén "
                   "contacto habitual co centro e asiste ás reunións de titoría.")
    b.f.para(body)
    b.f.para(b.place_date(date))
    b.f.signature([c.t("El/La tutor/a", "El/La tutor/a", "O/A titor/a"), tutor])
    stamp(b, [c.t("SECRETARÍA", "SECRETARIA", "SECRETARÍA"), school.upper()[:18]], b.f.left + 4, b.f.y - 24, w=52)
    return b.done("attendance_certificate", holder, one_day(date), "holder")


def att_hoja_mediacion(ctx, date, **_):
    """A hand-filled intercultural mediation sheet: ticked boxes, the name in ink, the day in boxes."""
    b, c, r = NB(ctx, base=10.0), ctx, ctx.rng
    f = b.f
    ent = r.choice([c.t("Servicio de Mediación Intercultural", "Servei de Mediació Intercultural", "Servizo de Mediación Intercultural"),
                    c.t("Punto de Información al Inmigrante", "Punt d'Informació a l'Immigrant", "Punto de Información ao Inmigrante")])
    b.header([ent, c.t(f"Servicios Sociales Municipales · {c.muni[0]}", f"Serveis Socials Municipals · {c.muni[0]}",
                       f"Servizos Sociais Municipais · {c.muni[0]}")], "right")
    b.title(c.t("HOJA DE ATENCIÓN", "FULL D'ATENCIÓ", "FOLLA DE ATENCIÓN"))
    holder = nm(b, ("std", "lower_noacc", "sur_first"))
    for lab, val in [(c.t("Nombre y apellidos", "Nom i cognoms", "Nome e apelidos"), holder or ""),
                     (c.t("País de origen", "País d'origen", "País de orixe"), r.choice(["Marruecos", "Colombia", "Senegal", "Ucrania", "Pakistán"])),
                     (c.t("Idioma de atención", "Idioma d'atenció", "Idioma de atención"), r.choice(["Árabe", "Francés", "Wolof", "Urdu", "Castellano"]))]:
        f.y += f.line_h(f.base) + 2
        f.page.text(f.left, f.y, lab + ":", f.font(), f.base, "l", f.color)
        f.page.line(f.left + 45, f.y + 0.8, f.right, f.y + 0.8, 0.2, (140, 140, 140))
        f.page.text(f.left + 47, f.y, val, "free_serif", f.base * 1.15, "l", INK)
    f.space(4)
    f.text(c.t("Motivo de la consulta:", "Motiu de la consulta:", "Motivo da consulta:"), bold=True)
    opts = [c.t("Empadronamiento", "Empadronament", "Empadroamento"), c.t("Regularización / arraigo", "Regularització / arrelament", "Regularización / arraigamento"),
            c.t("Tarjeta sanitaria", "Targeta sanitària", "Tarxeta sanitaria"), c.t("Escolarización", "Escolarització", "Escolarización"),
            c.t("Vivienda", "Habitatge", "Vivenda"), c.t("Empleo", "Ocupació", "Emprego")]
    ticked = set(r.sample(range(len(opts)), 2))
    for i, o in enumerate(opts):
        f.y += f.line_h(f.base) + 1
        x = f.left + (i % 2) * 85
        if i % 2:
            f.y -= f.line_h(f.base) + 1
        f.page.rect(x, f.y - 3.6, 4, 4, 0.3, f.color)
        if i in ticked:
            f.page.text(x + 0.4, f.y, "X", "free_serif-b", f.base, "l", INK)
        f.page.text(x + 6, f.y, o, f.font(), f.base, "l", f.color)
    f.space(6)
    med = b.person(b.official(), "official")
    box_date(b, date, c.t("Fecha:", "Data:", "Data:"))
    f.space(4)
    f.text(f"{c.t('Mediador/a', 'Mediador/a', 'Mediador/a')}: {med}")
    f.signature([c.t("Firma de la persona atendida", "Signatura de la persona atesa", "Sinatura da persoa atendida")], align="l", size=8.5)
    return b.done("attendance_certificate", holder, one_day(date), "user")


# ------------------------------------------------------------ training

def train_carretillero(ctx, date, **_):
    """A forklift operator's course certificate: the day of the course (8 h); the renewal date
    proves nothing."""
    b, c, r = NB(ctx), ctx, ctx.rng
    ac = r.choice(["Formación Logística del Ebro S.L.", "Centro de Formación Almacén 4.0", "Prevención Norte Formación"])
    b.header([ac, c.t("Entidad de formación en prevención de riesgos laborales", "Entitat de formació en prevenció de riscos laborals",
                      "Entidade de formación en prevención de riscos laborais")], "band")
    b.f.para(c.t("CERTIFICADO DE FORMACIÓN DE OPERADOR DE CARRETILLAS ELEVADORAS",
                 "CERTIFICAT DE FORMACIÓ D'OPERADOR DE CARRETONS ELEVADORS",
                 "CERTIFICADO DE FORMACIÓN DE OPERADOR DE CARRETILLAS ELEVADORAS"), b.f.base * 1.25, True, "c")
    b.f.space(2)
    holder = nm(b, ("sur_comma_up", "std"))
    f = b.f
    f.page.rect(f.right - 28, f.y, 26, 32, 0.3, (120, 120, 120))
    f.page.text(f.right - 15, f.y + 17, c.t("FOTO", "FOTO", "FOTO"), f.font(), 7, "c", (150, 150, 150))
    items = [(c.t("Alumno/a", "Alumne/a", "Alumno/a"), holder)] + b.id_field() + [
        (c.t("Curso", "Curs", "Curso"), c.t("Carretilla elevadora frontal (UNE 58451)", "Carretó elevador frontal (UNE 58451)",
                                            "Carretilla elevadora frontal (UNE 58451)")),
        (c.t("Duración", "Durada", "Duración"), c.t("8 horas (3 teóricas, 5 prácticas)", "8 hores (3 teòriques, 5 pràctiques)",
                                                   "8 horas (3 teóricas, 5 prácticas)"))]
    if date:
        items.append((c.t("Fecha de realización", "Data de realització", "Data de realización"), dd(b, date, r.choice(["dot4", "slash", "abbr_dot"]))))
    f.fields(items, "colon")
    f.space(6)
    f.para(c.t("Superadas las pruebas teórica y práctica con la calificación de APTO.",
               "Superades les proves teòrica i pràctica amb la qualificació d'APTE.",
               "Superadas as probas teórica e práctica coa cualificación de APTO."))
    if date:
        b.dis.append("expiry_date")
        f.para(c.t(f"Se recomienda reciclaje antes del {dd(b, date.replace(year=date.year + 5) if not (date.month == 2 and date.day == 29) else date + 1826 * DAY, 'slash')}.",
                   f"Es recomana reciclatge abans del {dd(b, date.replace(year=date.year + 5) if not (date.month == 2 and date.day == 29) else date + 1826 * DAY, 'slash')}.",
                   f"Recoméndase reciclaxe antes do {dd(b, date.replace(year=date.year + 5) if not (date.month == 2 and date.day == 29) else date + 1826 * DAY, 'slash')}."), size=9)
    f.signature([c.t("El formador", "El formador", "O formador"), b.person(b.official(), "official")])
    return b.done("training_certificate", holder, one_day(date), "student")


def train_alfabetizacion_romano(ctx, date, **_):
    """An NGO literacy course's certificate dated in Roman numerals, stamped, in prose."""
    b, c, r = NB(ctx), ctx, ctx.rng
    ent = r.choice(["Asociación Cultural Al-Andalus", "Fundación Cauce", "Asociación Pueblos Unidos",
                    "Parroquia de San Lorenzo · Acogida", "Asociación Nanas de Acogida"])
    b.header([ent, c.t("Aula de alfabetización y español para adultos", "Aula d'alfabetització i espanyol per a adults",
                       "Aula de alfabetización e español para adultos")], "centered")
    b.title(c.t("CERTIFICADO DE APROVECHAMIENTO", "CERTIFICAT D'APROFITAMENT", "CERTIFICADO DE APROVEITAMENTO"))
    dirc = b.person(b.official(), "official")
    holder = nm(b, ("std", "sur_first", "noacc"))
    style = r.choice(["roman_dash", "roman_dot"])
    txt = c.t(f"{dirc}, responsable del aula, certifica que {holder}{b.ident_text()} ha realizado con aprovechamiento el curso "
              "de alfabetización y español inicial (nivel A1), con una duración de 60 horas",
              f"{dirc}, responsable de l'aula, certifica que {holder}{b.ident_text()} ha fet amb aprofitament el curs "
              "d'alfabetització i espanyol inicial (nivell A1), amb una durada de 60 hores",
              f"{dirc}, responsable da aula, certifica que {holder}{b.ident_text()} realizou con aproveitamento o curso "
              "de alfabetización e español inicial (nivel A1), cunha duración de 60 horas")
    if date:
        txt += c.t(f", y que superó la prueba final el día {dd(b, date, style)}.", f", i que va superar la prova final el dia {dd(b, date, style)}.",
                   f", e que superou a proba final o día {dd(b, date, style)}.")
    else:
        txt += "."
    b.f.para(txt)
    b.f.space(4)
    if date:
        b.f.text(f"{c.muni[0]}, {dd(b, date, style)}", align="r")
    b.f.signature([dirc, c.t("Responsable del aula", "Responsable de l'aula", "Responsable da aula")])
    stamp(b, [ent.upper()[:20], c.t("ALFABETIZACIÓN", "ALFABETITZACIÓ", "ALFABETIZACIÓN")], b.f.right - 80, b.f.y - 20, w=54)
    return b.done("training_certificate", holder, one_day(date), "student")


# ------------------------------------------------------------ library

def library_bibliobus(ctx, date, **_):
    """A rural mobile library's card (bibliobús of a provincial network): holder, card number,
    the day of sign-up, or no day at all."""
    b, c, r = NB(ctx, size=(86.0, 54.0), base=7.5), ctx, ctx.rng
    f = b.f
    f.margin = 4.0
    f.y = 3.0
    provincial = c.muni[1] not in ("Madrid", "Murcia", "Bizkaia")  # one-province communities, and a foral one
    net = r.choice(([c.t(f"Bibliobuses · Diputación de {c.muni[1]}", f"Bibliobusos · Diputació de {c.muni[1]}",
                        f"Bibliobuses · Deputación de {c.muni[1]}")] if provincial else []) +
                   [c.t(f"Red de Bibliotecas · {community(c)[0]}", f"Xarxa de Biblioteques · {community(c)[0]}",
                        f"Rede de Bibliotecas · {community(c)[0]}")])
    f.page.rect(0, 0, 86, 10, 0, b.color, fill=b.color)
    f.page.text(4, 6.5, net, f.font(True), f.fit(net, f.font(True), 6.8, 78), "l", (255, 255, 255))
    f.y = 14
    f.text(c.t("CARNÉ DE LECTOR · BIBLIOBÚS", "CARNET DE LECTOR · BIBLIOBÚS", "CARNÉ DE LECTOR · BIBLIOBÚS"), bold=True, size=7.5)
    holder = nm(b, ("noacc", "sur_comma_up", "std"))
    f.text(holder or "", bold=True, size=8.5)
    b.dis.append("reference_number")
    f.text(f"N.º {r.randint(10**6, 10**7 - 1)}  ·  {c.t('Parada', 'Parada', 'Parada')}: {r.choice(['Plaza Mayor', 'Consultorio', 'Escuelas'])}", size=7)
    if date:
        f.text(f"{c.t('Alta', 'Alta', 'Alta')}: {dd(b, date, r.choice(['slash', 'dot2', 'abbr_dot']))}", size=7)
    for i in range(28):
        w = 0.35 + 0.5 * r.random()
        f.page.block(48 + i * 1.2, 42, w, 8)
    return b.done("library_card", holder, one_day(date), "user")


# ------------------------------------------------------------ rental

def rental_cotitulares_paginas(ctx, date, **_):
    """A room lease with two co-tenants over two pages: the parties on page 1, clauses, and
    the place and day in words with the signatures on page 2."""
    b, c, r = NB(ctx, base=10.0), ctx, ctx.rng
    f = b.f
    b.title(c.t("CONTRATO DE ARRENDAMIENTO DE HABITACIÓN", "CONTRACTE D'ARRENDAMENT D'HABITACIÓ", "CONTRATO DE ARRENDAMENTO DE CUARTO"))
    land = b.person(c.landlord.natural, "landlord")
    holder = nm(b, ("std", "sur_first", "noacc"))
    co = b.person(b.someone_else(upper=holder.isupper() if holder else False), "tenant")
    f.text(c.t("REUNIDOS", "REUNITS", "REUNIDOS"), bold=True, align="c")
    f.para(c.t(f"De una parte, {land}, mayor de edad, en calidad de ARRENDADOR/A.",
               f"D'una part, {land}, major d'edat, com a ARRENDADOR/A.", f"Dunha parte, {land}, maior de idade, como ARRENDADOR/A."))
    f.para(c.t(f"De otra parte, {holder}{b.ident_text()} y {co}, en calidad de ARRENDATARIOS/AS, que responden solidariamente.",
               f"D'altra part, {holder}{b.ident_text()} i {co}, com a ARRENDATARIS/ÀRIES, que responen solidàriament.",
               f"Doutra parte, {holder}{b.ident_text()} e {co}, como ARRENDATARIOS/AS, que responden solidariamente."))
    f.text(c.t("EXPONEN", "EXPOSEN", "EXPOÑEN"), bold=True, align="c")
    f.para(c.t(f"Que el/la arrendador/a es propietario/a de la vivienda sita en {c.home[0]}, {c.home[1]}, y cede el uso de una "
               "habitación doble con derecho a cocina y baño compartidos.",
               f"Que l'arrendador/a és propietari/ària de l'habitatge situat a {c.home[0]}, {c.home[1]}, i cedeix l'ús d'una "
               "habitació doble amb dret a cuina i bany compartits.",
               f"Que o/a arrendador/a é propietario/a da vivenda sita en {c.home[0]}, {c.home[1]}, e cede o uso dun "
               "cuarto dobre con dereito a cociña e baño compartidos."))
    f.text(c.t("CLÁUSULAS", "CLÀUSULES", "CLÁUSULAS"), bold=True, align="c")
    for i, cl in enumerate([c.t(f"La renta mensual es de {r.choice([350, 400, 450, 500])} euros, pagaderos por adelantado los cinco primeros días de cada mes.",
                                f"La renda mensual és de {r.choice([350, 400, 450, 500])} euros, pagadors per avançat els cinc primers dies de cada mes.",
                                f"A renda mensual é de {r.choice([350, 400, 450, 500])} euros, pagadoiros por adiantado os cinco primeiros días de cada mes."),
                           c.t("La duración es de un año, prorrogable tácitamente por periodos iguales.",
                               "La durada és d'un any, prorrogable tàcitament per períodes iguals.",
                               "A duración é dun ano, prorrogable tacitamente por períodos iguais."),
                           c.t("Se entrega una fianza equivalente a una mensualidad.", "Es lliura una fiança equivalent a una mensualitat.",
                               "Entrégase unha fianza equivalente a unha mensualidade.")], 1):
        f.para(f"{i}.ª {cl}" if c.lang != "ca" else f"{i}a. {cl}")
    f.footer(["1/2"])
    f.new_page()
    for i, cl in enumerate([c.t("Los arrendatarios se obligan a conservar la habitación y las zonas comunes en buen estado.",
                                "Els arrendataris s'obliguen a conservar l'habitació i les zones comunes en bon estat.",
                                "Os arrendatarios oblíganse a conservar o cuarto e as zonas comúns en bo estado."),
                           c.t("Para lo no previsto se estará a lo dispuesto en la Ley de Arrendamientos Urbanos.",
                               "Per al que no s'ha previst, s'aplicarà la Llei d'arrendaments urbans.",
                               "Para o non previsto estarase ao disposto na Lei de arrendamentos urbanos.")], 4):
        f.para(f"{i}.ª {cl}" if c.lang != "ca" else f"{i}a. {cl}")
    f.space(4)
    m = c.muni[0]
    if date:
        f.para(c.t(f"Y en prueba de conformidad firman por triplicado en {m}, a {dd(b, date, 'words_full')}.",
                   f"I en prova de conformitat signen per triplicat a {m}, el {dd(b, date, 'words_full')}.",
                   f"E en proba de conformidade asinan por triplicado en {m}, o {dd(b, date, 'words_full')}."))
    else:
        f.para(c.t("Y en prueba de conformidad firman por triplicado.", "I en prova de conformitat signen per triplicat.",
                   "E en proba de conformidade asinan por triplicado."))
    y0 = f.y
    f.signature([c.t("EL/LA ARRENDADOR/A", "L'ARRENDADOR/A", "O/A ARRENDADOR/A"), land], align="l")
    f.y = y0
    f.signature([c.t("LOS/AS ARRENDATARIOS/AS", "ELS/LES ARRENDATARIS/ÀRIES", "OS/AS ARRENDATARIOS/AS"), holder, co])
    f.footer(["2/2"])
    return b.done("rental_contract", holder, one_day(date), "tenant")


# ------------------------------------------------------------ job offer

def job_hotel_temporada(ctx, date, **_):
    """A Balearic (or Canary) hotel's seasonal job offer letter: the letter's day; the planned
    start of the season proves nothing."""
    b, c, r = NB(ctx), ctx, ctx.rng
    hotel = r.choice(["Hotel Cala Blava ****", "Hotel Es Trenc Park", "Aparthotel Sa Coma", "Hotel Costa Calma Fuerteventura"])
    b.header([hotel, c.t("Departamento de Recursos Humanos", "Departament de Recursos Humans", "Departamento de Recursos Humanos"),
              r.choice(["07590 Cala Rajada (Illes Balears)", "07639 Campos (Illes Balears)", "07559 Cala Millor (Illes Balears)",
                        "35627 Costa Calma (Las Palmas)"])], "logo_left")
    if date:
        b.f.text(c.t(f"Palma, {dd(b, date, r.choice(['long', 'long_del', 'dot4']))}", f"Palma, {dd(b, date, r.choice(['long', 'dot4']))}",
                     f"Palma, {dd(b, date, r.choice(['long', 'dot4']))}"), align="r")
    holder = nm(b, ("std", "std", "sur_first"))
    b.f.space(3)
    b.f.text(f"{b.honor()} {holder}", bold=True)
    ids = b.id_field()
    if ids:
        b.f.text(f"{ids[0][0]}: {ids[0][1]}")
    b.f.space(3)
    b.f.text(c.t("Asunto: oferta de empleo para la temporada", "Assumpte: oferta de feina per a la temporada",
                 "Asunto: oferta de emprego para a tempada"), bold=True)
    start = (date or dt.date(2026, 3, 16)) + r.randint(20, 50) * DAY
    b.dis += ["incorporation_date", "contract_end_date"]
    end = start + r.randint(150, 200) * DAY
    b.f.para(c.t(f"Nos complace ofrecerle un puesto de {r.choice(['camarero/a de pisos', 'ayudante de cocina', 'auxiliar de recepción'])} "
                 f"con contrato fijo discontinuo a jornada completa (40 horas semanales), según el Convenio de Hostelería de las Illes Balears. "
                 f"La incorporación está prevista para el {dd(b, start, 'long')} y la temporada finaliza el {dd(b, end, 'long')}.",
                 f"Ens complau oferir-li un lloc de {r.choice(['cambrer/a de pisos', 'ajudant de cuina', 'auxiliar de recepció'])} "
                 f"amb contracte fix discontinu a jornada completa (40 hores setmanals), segons el Conveni d'Hostaleria de les Illes Balears. "
                 f"La incorporació està prevista per al {dd(b, start, 'long')} i la temporada acaba el {dd(b, end, 'long')}.",
                 f"Compracémonos en ofrecerlle un posto de {r.choice(['camareiro/a de pisos', 'axudante de cociña'])} "
                 f"con contrato fixo descontinuo a xornada completa (40 horas semanais). "
                 f"A incorporación está prevista para o {dd(b, start, 'long')} e a tempada remata o {dd(b, end, 'long')}."))
    b.f.para(c.t(f"Salario bruto mensual: {money(r.uniform(1500, 1800))} € en catorce pagas. Alojamiento en el hotel opcional.",
                 f"Salari brut mensual: {money(r.uniform(1500, 1800))} € en catorze pagues. Allotjament a l'hotel opcional.",
                 f"Salario bruto mensual: {money(r.uniform(1500, 1800))} € en catorce pagas. Aloxamento no hotel opcional."))
    b.f.para(c.t("La presente oferta queda condicionada a la obtención de la autorización de residencia y trabajo.",
                 "Aquesta oferta queda condicionada a l'obtenció de l'autorització de residència i treball.",
                 "Esta oferta queda condicionada á obtención da autorización de residencia e traballo."))
    rh = b.person(b.official(), "official")
    b.f.signature([rh, c.t("Responsable de RR. HH.", "Responsable de RH", "Responsable de RR. HH.")])
    return b.done("job_offer", holder, one_day(date), "holder")


# ------------------------------------------------------------ shop receipt

def shop_recibi_talonario(ctx, date, **_):
    """A carbon-copy slip from a receipt book, filled in by hand: 'Recibí de ... la cantidad de ...'."""
    b, c, r = NB(ctx, size=(148.0, 105.0), base=9.5), ctx, ctx.rng
    f = b.f
    f.color = CARBON
    f.margin = 8.0
    shop = r.choice(["Muebles y Colchones El Roble", "Taller de Bicis La Cadena", "Electrodomésticos Segunda Mano Ruiz",
                     "Ropa y Calzado Mercadillo Jueves", "Alimentación Halal Al Baraka"])
    f.text(shop, bold=True, size=10.5)
    f.text(f"{c.t('RECIBO', 'REBUT', 'RECIBO')}   N.º {r.randint(1, 9999):04d}", bold=True, align="r", size=9)
    b.dis.append("reference_number")
    f.hr(0.3, 1.0)
    holder = nm(b, ("std", "lower_noacc"))
    amt = r.randint(15, 400)
    rows = [(c.t("Recibí de", "He rebut de", "Recibín de"), holder or ""),
            (c.t("La cantidad de", "La quantitat de", "A cantidade de"), f"{amt},00 €"),
            (c.t("En concepto de", "En concepte de", "En concepto de"), r.choice([c.t("pago de colchón", "pagament de matalàs", "pagamento de colchón"),
                                                                              c.t("reparación", "reparació", "reparación"),
                                                                              c.t("señal de lavadora", "paga i senyal de rentadora", "sinal de lavadora")]))]
    for lab, val in rows:
        f.y += f.line_h(f.base) + 2
        f.page.text(f.left, f.y, lab, f.font(), f.base, "l", f.color)
        f.page.line(f.left + 30, f.y + 0.8, f.right, f.y + 0.8, 0.2, (150, 150, 190))
        f.page.text(f.left + 32, f.y, val, "free_serif", f.base * 1.15, "l", CARBON)
    f.y += f.line_h(f.base) + 3
    f.page.text(f.left, f.y, c.t("Fecha", "Data", "Data"), f.font(), f.base, "l", f.color)
    if date:
        f.page.text(f.left + 32, f.y, dd(b, date, r.choice(["slash_nopad", "dot2", "roman_dash"])), "free_serif", f.base * 1.15, "l", CARBON)
    f.page.text(f.right, f.y, c.t("Firma", "Signatura", "Sinatura"), f.font(), f.base, "r", f.color)
    f.space(6)
    f.text(c.t("Copia para el cliente", "Còpia per al client", "Copia para o cliente"), size=7, align="c")
    return b.done("shop_receipt", holder, one_day(date), "holder")


# ------------------------------------------------------------ other

def other_cuota_asociacion(ctx, date, **_):
    """An association's membership fee receipt: the member, the fee, the day it was paid."""
    b, c, r = NB(ctx, size=(210.0, 99.0), base=9.5), ctx, ctx.rng
    f = b.f
    ent = r.choice([c.t("Asociación de Vecinos Barrio de la Estación", "Associació de Veïns del Barri de l'Estació",
                        "Asociación Veciñal Barrio da Estación"),
                    "Asociación Senegalesa de Aragón", c.t("Club Deportivo Atlético Inmigrantes", "Club Esportiu Atlètic Nouvinguts",
                                                          "Club Deportivo Atlético Inmigrantes"),
                    c.t("Asociación de Mujeres Latinas en Cantabria", "Associació de Dones Llatines", "Asociación de Mulleres Latinas")])
    f.text(ent, bold=True, size=11, color=b.color)
    f.text(f"CIF {td.cif(r)} · {c.t('Inscrita en el Registro de Asociaciones', 'Inscrita al Registre d Associacions', 'Inscrita no Rexistro de Asociacións')}", size=7.5)
    f.hr(0.4)
    holder = nm(b)
    b.dis.append("reference_number")
    items = [(c.t("Recibo n.º", "Rebut núm.", "Recibo n.º"), f"{r.randint(1, 999)}"),
             (c.t("Socio/a", "Soci/sòcia", "Socio/a"), holder or ""),
             (c.t("N.º de socio/a", "Núm. de soci/sòcia", "N.º de socio/a"), f"{r.randint(10, 900)}"),
             (c.t("Concepto", "Concepte", "Concepto"), c.t("Cuota anual de socio/a", "Quota anual de soci/sòcia", "Cota anual de socio/a")),
             (c.t("Importe", "Import", "Importe"), f"{r.choice([10, 12, 15, 20, 25])},00 €")]
    if date:
        items.append((c.t("Fecha de pago", "Data de pagament", "Data de pagamento"), dd(b, date, r.choice(["roman_dash", "dot4", "words_day"]))))
    f.fields(items, "colon")
    tes = b.person(b.official(), "official")
    f.signature([c.t("El/La Tesorero/a", "El/La Tresorer/a", "O/A Tesoureiro/a"), tes], size=8.5)
    stamp(b, [c.t("PAGADO", "PAGAT", "PAGADO")], f.right - 110, f.y - 20, w=32, h=12, col=(170, 30, 40))
    return b.done("other", holder, one_day(date), "holder")


def other_hoja_reclamacion(ctx, date, **_):
    """The customer's copy of an official consumer complaint form: the consumer, the business,
    the day of the facts; the business's answer deadline proves nothing."""
    b, c, r = NB(ctx, base=9.0), ctx, ctx.rng
    f = b.f
    reg = community(c)[0]
    b.header([reg, c.t("Consumo · Hoja de reclamación", "Consum · Full de reclamació", "Consumo · Folla de reclamación")], "band")
    f.text(c.t("HOJA DE RECLAMACIÓN / DENUNCIA", "FULL DE RECLAMACIÓ / DENÚNCIA", "FOLLA DE RECLAMACIÓN / DENUNCIA"), bold=True, align="c", size=12)
    f.text(c.t("Ejemplar para la persona reclamante (rosa)", "Exemplar per a la persona reclamant (rosa)",
               "Exemplar para a persoa reclamante (rosa)"), align="c", size=8, color=(170, 60, 110))
    b.dis.append("reference_number")
    f.text(f"N.º {r.choice('ABC')}{r.randint(10**6, 10**7 - 1)}", align="r", bold=True)
    holder = nm(b, ("std", "sur_comma_up", "noacc"))
    b.f.text(c.t("1. DATOS DE LA PERSONA RECLAMANTE", "1. DADES DE LA PERSONA RECLAMANT", "1. DATOS DA PERSOA RECLAMANTE"), bold=True, color=b.color)
    b.f.space(1.5)
    b.f.fields([(c.t("Nombre y apellidos", "Nom i cognoms", "Nome e apelidos"), holder or "")] + b.id_field() +
               [(c.t("Domicilio", "Domicili", "Domicilio"), f"{c.home[0]}, {c.home[1]}")], "boxes")
    b.f.text(c.t("2. DATOS DEL ESTABLECIMIENTO", "2. DADES DE L'ESTABLIMENT", "2. DATOS DO ESTABLECEMENTO"), bold=True, color=b.color)
    b.f.space(1.5)
    biz = r.choice(["Telefonía y Reparaciones Centro S.L.", "Inmobiliaria Plaza S.L.", "Academia Conducir Ya", "Locutorio Internacional 24h"])
    nif = td.cif(r)
    b.f.fields([(c.t("Razón social", "Raó social", "Razón social"), biz), ("NIF", nif)], "boxes", cols=2)
    b.f.text(c.t("3. HECHOS", "3. FETS", "3. FEITOS"), bold=True, color=b.color)
    b.f.para(c.t("Pagué una reparación del teléfono móvil que no se ha realizado y no me devuelven el dinero ni el aparato.",
                 "Vaig pagar una reparació del telèfon mòbil que no s'ha fet i no em tornen els diners ni l'aparell.",
                 "Paguei unha reparación do teléfono móbil que non se fixo e non me devolven os cartos nin o aparello."))
    if date:
        b.f.fields([(c.t("Fecha de los hechos y de la reclamación", "Data dels fets i de la reclamació", "Data dos feitos e da reclamación"),
                     dd(b, date, r.choice(["slash", "dash", "slash_nopad"])))], "colon")
    b.f.para(c.t("El establecimiento dispone de un plazo de diez días hábiles para responder a la reclamación.",
                 "L'establiment disposa d'un termini de deu dies hàbils per respondre a la reclamació.",
                 "O establecemento dispón dun prazo de dez días hábiles para responder á reclamación."), size=8)
    y0 = f.y
    f.signature([c.t("Firma de la persona reclamante", "Signatura de la persona reclamant", "Sinatura da persoa reclamante")], align="l", size=8)
    f.y = y0
    f.signature([c.t("Firma y sello del establecimiento", "Signatura i segell de l'establiment", "Sinatura e selo do establecemento")], size=8)
    stamp(b, [biz.upper()[:20], "NIF " + nif], f.right - 62, f.y - 16, w=56, h=14)
    return b.done("other", holder, one_day(date), "holder")


FAMILIES = {
    "padron": {"dos_columnas_distrito": (padron_dos_columnas, ALL), "diligencia_dos_paginas": (padron_dos_paginas, ALL)},
    "padron_historico": {"codigos_variacion": (historico_codigos_ine, ALL), "apaisado_hojas": (historico_apaisado_hojas, ALL)},
    "utility_bill": {"cotitulares_dos_columnas": (bill_cotitulares, ALL), "correo_factura": (bill_email_factura, ALL)},
    "payslip": {"hosteleria_canarias": (payslip_hosteleria, ALL), "recibo_salarios_talonario": (payslip_recibo_talonario, ALL)},
    "transport_ticket": {"autobus_interurbano": (ticket_bus_interurbano, ALL), "app_tren_pantalla": (ticket_app_tren, ALL)},
    "bank_receipt": {"remesa_calco": (bank_remesa_calco, ALL), "justificante_cotitulares": (bank_cotitulares, ALL)},
    "medical": {"justificante_servicio_salud": (med_justificante_servicio_salud, ALL),
                "informe_fisioterapia": (med_informe_fisioterapia, ALL)},
    "attendance_certificate": {"tutoria_colegio": (att_tutoria_colegio, ALL), "hoja_mediacion": (att_hoja_mediacion, ALL)},
    "training_certificate": {"operador_carretillas": (train_carretillero, ALL),
                             "alfabetizacion_romano": (train_alfabetizacion_romano, ALL)},
    "library_card": {"carne_bibliobus": (library_bibliobus, ALL)},
    "rental_contract": {"cotitulares_dos_paginas": (rental_cotitulares_paginas, ALL)},
    "job_offer": {"hotel_temporada": (job_hotel_temporada, ALL)},
    "shop_receipt": {"recibi_talonario": (shop_recibi_talonario, ALL)},
    "other": {"cuota_asociacion": (other_cuota_asociacion, ALL), "hoja_reclamacion": (other_hoja_reclamacion, ALL)},
}
