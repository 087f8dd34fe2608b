"""held_out_7: a seventh blind set of template families (see families.json).

Written after held_out_6 had been looked at, from the generator's machinery and
RULES.md only: a small town's certificate signed on a provincial council's
e-administration platform (the issue date only in the signature box), a town
hall's report to the immigration office, a padrón history as the current
domicile followed by the earlier ones in brackets, a padrón history as a table
with a two-level ALTA / BAJA header, a Catalan-first fibre and mobile bill
whose period omits the first year, a web duplicate of a bill with its download
date, a farm worker's payslip with a calendar of worked days, a ride-hailing
receipt, a bank's receipt for paying a municipal tax (cuaderno 60), a bank
card's delivery receipt with an MM/YY expiry, a radiology report, the official
medical certificate form, a tear-off attendance slip of a job-orientation
session, a legal-aid service's attendance sheet, the CCSE exam certificate, a
construction-sector safety course certificate, an inter-library loan request, a
room lease signed on a platform with its signature audit trail, a Catalan job
offer letter, a second-hand shop's purchase contract, a prepaid SIM's
identification form and a transport inspector's report.
"""
import datetime as dt

from . import textdata as td
from .doctypes import muni_issuer
from .famkit import NB, clock, cut_to_field, one_day

ALL = ("es", "ca", "gl")
ES = ("es",)
DAY = dt.timedelta(days=1)
# Catalan labels with an apostrophe, used inside f-strings.
CA0 = "Data d'emissió"
CA1 = "Atenció al client"
CA2 = "Per l'empresa"
CA3 = "JUSTIFICANT D'ASSISTÈNCIA"
CA4 = "ACTA D'INSPECCIÓ"
ABBR_LOW = [a.lower() for a in td.ABBR]
WEEKDAY_SHORT = {"es": ["lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom."],
                 "ca": ["dl.", "dt.", "dc.", "dj.", "dv.", "ds.", "dg."],
                 "gl": ["luns", "mar.", "mér.", "xov.", "ven.", "sáb.", "dom."]}


# ------------------------------------------------------------ names and dates as this set prints them

NAME_FORMS = ("std", "surfirst", "surfirst_noacc", "comma_mixed", "noacc_mixed", "slash", "std")


def pname(b, forms=NAME_FORMS):
    """The holder as this page prints them. A clerk's slip or a one-surname style keeps
    td.format_name: those are the corpus's own name styles, drawn per document."""
    c, r = b.ctx, b.rng
    h = c.holder
    if h is None:
        return None
    if c.name_style in ("typo", "one_surname"):
        return td.format_name(r, h, c.name_style)
    sur, giv = " ".join(h.surnames), h.given
    f = r.choice(forms)
    if f == "surfirst":
        return f"{sur} {giv}".upper()
    if f == "surfirst_noacc":
        return td.strip_accents(f"{sur} {giv}").upper()
    if f == "comma_mixed":
        return f"{sur}, {giv}"
    if f == "noacc_mixed":
        return td.strip_accents(h.natural)
    if f == "slash":
        return td.strip_accents(f"{sur}/{giv}").upper()
    return td.format_name(r, h, c.name_style)


cut = cut_to_field


def fd(b, d, style):
    """A date in one of the forms this set prints (besides textdata's)."""
    lang = b.ctx.lang
    if style == "slash2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "dash2":
        return f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}"
    if style == "abbr_nodot":
        return f"{d.day} {ABBR_LOW[d.month - 1]} {d.year}"
    if style == "wd_short":
        return f"{WEEKDAY_SHORT[lang][d.weekday()]}, {d.day} {td.MONTH_ABBR_DOT[lang][d.month - 1]} {d.year}"
    return td.fmt_date2(d, style, lang)


def boxed(b, lines, size=None, x=None, w=None, bold_first=True, fill=None):
    """Lines inside a drawn frame (a signature stamp, a summary box)."""
    f = b.f
    size = size or max(7.5, f.base * 0.85)
    lh = f.line_h(size)
    x = f.left if x is None else x
    w = w or f.width
    h = lh * len(lines) + 3
    f.ensure(h + 2)
    f.page.rect(x, f.y, w, h, 0.4, b.color, fill=fill)
    y = f.y
    for i, ln in enumerate(lines):
        y += lh
        key = f.font(bold_first and i == 0)
        f.page.text(x + 2, y, ln, key, f.fit(ln, key, size, w - 4), "l", b.color)
    f.y += h + 2


def small_header(b, lines):
    """The issuer on a half sheet: wrapped rather than cut, then a rule."""
    b.f.para(lines[0], size=b.f.base * 1.25, bold=True)
    for ln in lines[1:]:
        b.f.para(ln, size=max(7.5, b.f.base * 0.85))
    b.f.hr(0.5)


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


# ------------------------------------------------------------ padrón

def padron_firma_diputacion(ctx, alta, expedicion, **_):
    """A small town's certificate made on the provincial council's e-administration
    platform: the text closes without a date; the issue moment is only in the signature box."""
    b, c, r = NB(ctx), ctx, ctx.rng
    prov = c.muni[1]
    dip = c.t(f"Diputación Provincial de {prov}", f"Diputació de {prov}", f"Deputación Provincial de {prov}")
    b.header([muni_issuer(c), c.t(f"Provincia de {prov}", f"Província de {prov}", f"Provincia de {prov}")],
             r.choice(["centered", "logo_left"]))
    b.dis.append("reference_number")
    b.f.text(f"{c.t('Expediente', 'Expedient', 'Expediente')}: {expedicion.year}/{digits(r, 4)}-{r.choice(['PAD', 'EST', 'SEC'])}",
             size=b.f.base * 0.85, align="r")
    b.title(c.t("CERTIFICADO DE EMPADRONAMIENTO", "CERTIFICAT D'EMPADRONAMENT", "CERTIFICADO DE EMPADROAMENTO"))
    sec = b.person(b.official(), "official")
    holder = pname(b)
    style = r.choice(["dot4", "slash", "long", "abbr_dot", "dash"])
    b.f.para(c.t(f"{sec}, Secretario/a-Interventor/a del {muni_issuer(c)},",
                 f"{sec}, secretari/ària-interventor/a de l'{muni_issuer(c)},",
                 f"{sec}, secretario/a-interventor/a do {muni_issuer(c)},"))
    b.f.text("CERTIFICO:", bold=True)
    b.f.para(c.t(f"Que, según resulta del Padrón Municipal de Habitantes de este municipio, {b.honor()} "
                 f"{holder}{b.ident_text()} figura empadronado/a en {c.home[0]}, de esta localidad, con "
                 f"fecha de alta {fd(b, alta, style)}, por cambio de residencia.",
                 f"Que, segons resulta del Padró Municipal d'Habitants d'aquest municipi, {b.honor()} "
                 f"{holder}{b.ident_text('amb')} figura empadronat/ada a {c.home[0]}, d'aquesta localitat, amb "
                 f"data d'alta {fd(b, alta, style)}, per canvi de residència.",
                 f"Que, segundo resulta do Padrón Municipal de Habitantes deste concello, {b.honor()} "
                 f"{holder}{b.ident_text()} figura empadroado/a en {c.home[0]}, desta localidade, con "
                 f"data de alta {fd(b, alta, style)}, por cambio de residencia."))
    b.f.para(c.t("Y para que así conste y surta efectos donde proceda, expido la presente de orden y con el "
                 "visto bueno del Sr./Sra. Alcalde/sa.",
                 "I perquè així consti i tingui efectes on calgui, expedeixo aquest certificat d'ordre i amb "
                 "el vistiplau de l'alcalde/essa.",
                 "E para que así conste e produza efectos onde proceda, expido a presente de orde e co "
                 "visto e prace do/a alcalde/sa."))
    mayor = b.person(b.official().upper(), "official")
    t1 = clock(r, 9, 13)
    t2 = f"{int(t1[:2]) + r.randint(1, 4):02d}:{r.randint(0, 59):02d}"
    ds = r.choice(["slash", "dot4", "iso"])
    b.f.space(4)
    lab = c.t("Fecha", "Data", "Data")
    boxed(b, [c.t("DOCUMENTO FIRMADO ELECTRÓNICAMENTE", "DOCUMENT SIGNAT ELECTRÒNICAMENT",
                  "DOCUMENTO ASINADO ELECTRONICAMENTE"),
              f"{c.t('Firmado por', 'Signat per', 'Asinado por')}: {sec.upper()} - {c.t('SECRETARIO/A', 'SECRETARI/ÀRIA', 'SECRETARIO/A')}",
              f"{lab}: {fd(b, expedicion, ds)} {t1}:{r.randint(10, 59)}",
              f"{c.t('Firmado por', 'Signat per', 'Asinado por')}: {mayor} - {c.t('ALCALDE/SA', 'ALCALDE/ESSA', 'ALCALDE/SA')}",
              f"{lab}: {fd(b, expedicion, ds)} {t2}:{r.randint(10, 59)}",
              f"{c.t('Plataforma de Administración Electrónica', 'Plataforma d’Administració Electrònica', 'Plataforma de Administración Electrónica')} · {dip}"],
          size=max(7.5, b.f.base * 0.8), w=b.f.width * r.choice([0.62, 0.75, 1.0]))
    b.f.footer([f"{c.t('Código Seguro de Verificación', 'Codi Segur de Verificació', 'Código Seguro de Verificación')}: {b.csv()}",
                c.t(f"Puede verificar este documento en la sede electrónica de la {dip}.",
                    f"Podeu verificar aquest document a la seu electrònica de la {dip}.",
                    f"Pode verificar este documento na sede electrónica da {dip}.")])
    return b.done("padron", holder, [(alta, expedicion)])


def padron_oficio_extranjeria(ctx, alta, expedicion, **_):
    """A town hall's report addressed to the immigration office: a registry exit number,
    the date at the top, the resident's data in a ruled grid, sometimes the date of the last
    change to the record (later than the alta, inside the interval)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Servicio de Estadística y Padrón", "Servei d'Estadística i Padró",
                                  "Servizo de Estatística e Padrón")], r.choice(["band", "right", "logo_left"]))
    b.dis.append("reference_number")
    reg = r.choice([f"S-{expedicion.year}-{digits(r, 6)}", f"{expedicion.year}/{digits(r, 6)}",
                    f"RS {digits(r, 5)}/{expedicion.year % 100:02d}"])
    b.f.fields([(c.t("Registro de salida", "Registre de sortida", "Rexistro de saída"), reg),
                (c.t("Fecha", "Data", "Data"), b.d(expedicion))], "colon", size=b.f.base * 0.9)
    b.f.para(c.t(f"A la Oficina de Extranjería de {c.muni[1]}", f"A l'Oficina d'Estrangeria de {c.muni[1]}",
                 f"Á Oficina de Estranxeiría de {c.muni[1]}"), bold=True)
    b.f.para(c.t("Asunto: Informe de empadronamiento a efectos de regularización extraordinaria.",
                 "Assumpte: Informe d'empadronament a l'efecte de regularització extraordinària.",
                 "Asunto: Informe de empadroamento para os efectos de regularización extraordinaria."))
    b.f.para(c.t("A petición de la persona interesada, se informa de los datos que constan en el Padrón "
                 "Municipal de Habitantes:",
                 "A petició de la persona interessada, s'informa de les dades que consten al Padró "
                 "Municipal d'Habitants:",
                 "A petición da persoa interesada, infórmase dos datos que constan no Padrón "
                 "Municipal de Habitantes:"))
    holder = pname(b, ("surfirst", "comma_mixed", "std", "surfirst_noacc"))
    items = [(c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"), holder)] + b.id_field()
    items += [(c.t("Domicilio", "Domicili", "Domicilio"), f"{c.home[0]}, {c.home[1]}"),
              (c.t("Fecha de alta en el municipio", "Data d'alta al municipi", "Data de alta no concello"),
               b.d(alta)),
              (c.t("Causa del alta", "Causa de l'alta", "Causa da alta"),
               r.choice([c.t("Cambio de residencia", "Canvi de residència", "Cambio de residencia"),
                         c.t("Omisión", "Omissió", "Omisión"),
                         c.t("Procedente del extranjero", "Procedent de l'estranger", "Procedente do estranxeiro")]))]
    if (expedicion - alta).days > 40 and r.random() < 0.5:
        b.dis.append("variation_date")
        var = alta + dt.timedelta(days=r.randint(20, (expedicion - alta).days - 10))
        items.append((c.t("Última variación padronal", "Darrera variació padronal", "Última variación padroal"),
                      f"{b.d(var)} ({c.t('renovación de documento', 'renovació de document', 'renovación de documento')})"))
    b.f.fields(items, "grid")
    b.f.para(c.t("Lo que se comunica a los efectos oportunos.", "El que es comunica als efectes oportuns.",
                 "O que se comunica para os efectos oportunos."))
    b.f.signature([c.t("La Alcaldesa-Presidenta, P.D.", "L'Alcaldessa, P.D.", "A Alcaldesa, P.D."),
                   b.person(b.official(), "official")])
    b.f.footer([f"CSV: {b.csv()}"])
    return b.done("padron", holder, [(alta, expedicion)])


# ------------------------------------------------------------ padrón histórico

def historico_actual_anteriores(ctx, rows, expedicion, **_):
    """The current domicile first with its alta, then the earlier ones each on a line with
    its period in brackets; a person no longer inscribed has no current domicile."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Padrón Municipal de Habitantes", "Padró Municipal d'Habitants",
                                  "Padrón Municipal de Habitantes")], r.choice(["centered", "right"]))
    boxed(b, [c.t("Certificado nº", "Certificat núm.", "Certificado nº") + f" {digits(r, 6)}",
              f"{c.t('Fecha de emisión', CA0, 'Data de emisión')}: {b.d(expedicion)}"],
          w=70, x=b.f.right - 70, bold_first=False)
    b.title(c.t("CERTIFICADO DE EMPADRONAMIENTO CON HISTÓRICO", "CERTIFICAT D'EMPADRONAMENT AMB HISTÒRIC",
                "CERTIFICADO DE EMPADROAMENTO CON HISTÓRICO"))
    holder = pname(b)
    b.f.fields([(c.t("Titular", "Titular", "Titular"), holder)] + b.id_field(), "colon")
    style = r.choice(["slash", "dot4", "dash", "abbr_dot", "slash_nopad"])
    current = [(a, e) for a, e in rows if e is None]
    earlier = sorted([(a, e) for a, e in rows if e is not None], reverse=True)
    if current:
        a = current[-1][0]
        b.f.text(c.t("Domicilio actual", "Domicili actual", "Domicilio actual"), bold=True)
        b.f.para(f"{td.address(r, c.muni)[0]} — {c.t('alta', 'alta', 'alta')}: {fd(b, a, style)}", indent=4)
    else:
        b.f.para(c.t("En la fecha de este certificado la persona no figura inscrita en el municipio.",
                     "En la data d'aquest certificat la persona no hi figura inscrita.",
                     "Na data deste certificado a persoa non figura inscrita no concello."))
    if earlier:
        b.f.text(c.t("Domicilios anteriores en este municipio", "Domicilis anteriors en aquest municipi",
                     "Domicilios anteriores neste concello"), bold=True)
        for a, e in earlier:
            b.f.para(c.t(f"– {td.address(r, c.muni)[0]} (del {fd(b, a, style)} al {fd(b, e, style)})",
                         f"– {td.address(r, c.muni)[0]} (del {fd(b, a, style)} al {fd(b, e, style)})",
                         f"– {td.address(r, c.muni)[0]} (do {fd(b, a, style)} ao {fd(b, e, style)})"), indent=4)
    b.f.para(c.t("Se expide a petición de la persona interesada.", "S'expedeix a petició de la persona interessada.",
                 "Expídese a petición da persoa interesada."))
    b.f.signature([c.t("El Jefe de Negociado", "El Cap de Negociat", "O Xefe de Negociado"),
                   b.person(b.official(), "official")])
    b.f.footer([f"CSV {b.csv()}"])
    return b.done("padron_historico", holder, [(a, e or expedicion) for a, e in rows])


def historico_cabecera_doble(ctx, rows, expedicion, **_):
    """A table whose header has two levels: ALTA and BAJA, each over Fecha / Causa; the
    issue moment and the clerk's code in the footer line."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Negociado de Población", "Negociat de Població", "Negociado de Poboación")])
    b.title(c.t("INFORME HISTÓRICO DE EMPADRONAMIENTO", "INFORME HISTÒRIC D'EMPADRONAMENT",
                "INFORME HISTÓRICO DE EMPADROAMENTO"))
    holder = pname(b, ("surfirst", "surfirst_noacc", "comma_mixed", "std"))
    b.f.fields([(c.t("Nombre", "Nom", "Nome"), holder)] + b.id_field() +
               [(c.t("Hoja padronal", "Full padronal", "Folla padroal"), digits(r, 5))], "colon")
    style = r.choice(["slash2", "slash", "dot4", "dash2"])
    causes_alta = [c.t("CR Cambio de residencia", "CR Canvi de residència", "CR Cambio de residencia"),
                   c.t("OM Omisión", "OM Omissió", "OM Omisión"),
                   c.t("CD Cambio de domicilio", "CD Canvi de domicili", "CD Cambio de domicilio")]
    open_txt = r.choice(["—", c.t("(vigente)", "(vigent)", "(vixente)"), ""])
    trows = []
    for i, (a, e) in enumerate(sorted(rows)):
        ca = causes_alta[0 if i == 0 else 2] if r.random() < 0.7 else causes_alta[1]
        trows.append([td.address(r, c.muni)[0], fd(b, a, style), ca.split(" ")[0],
                      fd(b, e, style) if e else open_txt,
                      c.t("CD", "CD", "CD") if e else ""])
    f = b.f
    widths = [0.40, 0.16, 0.14, 0.16, 0.14]
    size = f.base * 0.9
    rh = f.line_h(size) + 1.8
    f.ensure(rh * 3)
    x0 = f.left + widths[0] * f.width
    for lab, span in ((c.t("ALTA", "ALTA", "ALTA"), widths[1] + widths[2]),
                      (c.t("BAJA", "BAIXA", "BAIXA"), widths[3] + widths[4])):
        w = span * f.width
        f.page.rect(x0, f.y, w, rh, 0.3, b.color, fill=(210, 210, 210))
        f.page.text(x0 + w / 2, f.y + rh - 1.8, lab, f.font(True), size, "c", b.color)
        x0 += w
    f.y += rh
    f.table([c.t("Domicilio", "Domicili", "Domicilio"), c.t("Fecha", "Data", "Data"), c.t("Causa", "Causa", "Causa"),
             c.t("Fecha", "Data", "Data"), c.t("Causa", "Causa", "Causa")], trows, widths, size=size)
    b.f.para(c.t("Causas: CR cambio de residencia, OM omisión, CD cambio de domicilio dentro del municipio.",
                 "Causes: CR canvi de residència, OM omissió, CD canvi de domicili dins del municipi.",
                 "Causas: CR cambio de residencia, OM omisión, CD cambio de domicilio dentro do concello."),
             size=f.base * 0.8)
    b.f.signature([c.t("El/La Responsable del Padrón", "El/La Responsable del Padró", "O/A Responsable do Padrón"),
                   b.person(b.official(), "official")])
    b.f.footer([f"{c.t('Emitido', 'Emès', 'Emitido')}: {fd(b, expedicion, r.choice(['slash', 'dot4', 'iso']))} "
                f"{clock(r)} · {c.t('Usuario', 'Usuari', 'Usuario')}: PAD{digits(r, 3)} · CSV {b.csv()}"])
    return b.done("padron_historico", holder, [(a, e or expedicion) for a, e in rows])


# ------------------------------------------------------------ bills and payslips

def _short_range(b, s, e, style):
    """'01/03 al 31/03/2026': the start's year left out when both ends share it."""
    c = b.ctx
    end = fd(b, e, style)
    if s.year == e.year and style in ("slash", "dot4", "dash"):
        sep = {"slash": "/", "dot4": ".", "dash": "-"}[style]
        start = f"{s.day:02d}{sep}{s.month:02d}"
    else:
        start = fd(b, s, style)
    return c.t(f"del {start} al {end}", f"del {start} al {end}", f"do {start} ao {end}")


def bill_telco_catala(ctx, issue, period=None, **_):
    """Fibre and mobile bill, Catalan-first: the summary box prints the period with the first
    year left out ('del 01/03 al 31/03/2026'), the lines repeat it as day/month only."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(["Xarxa Fibra Mediterrània S.L.", "Telecom Costa i Muntanya S.A.", "Ona Mòbil Telecom S.L."]
                       if c.lang == "ca" else ["Fibra Ibérica del Norte S.L.", "Telecom Costa y Monte S.A.",
                                               "Onda Móvil Telecom S.L."])
    b.header([company, f"NIF {td.cif(r)} · {c.t('Atención al cliente', CA1, 'Atención ao cliente')} 1{digits(r, 3)}"],
             r.choice(["band", "logo_left"]))
    holder = pname(b)
    b.dis.append("invoice_number")
    inv = f"{r.choice(['FM', 'TC', 'OM'])}{digits(r, 9)}"
    style = r.choice(["slash", "dot4", "dash"])
    lines = [c.t("Resumen de su factura", "Resum de la seva factura", "Resumo da súa factura"),
             f"{c.t('Titular', 'Titular', 'Titular')}: {holder}",
             f"{c.t('Factura núm.', 'Factura núm.', 'Factura núm.')} {inv}",
             f"{c.t('Fecha de emisión', CA0, 'Data de emisión')}: {fd(b, issue, style)}"]
    if period:
        lines.append(f"{c.t('Periodo de facturación', 'Període de facturació', 'Período de facturación')}: "
                     f"{_short_range(b, period[0], period[1], style)}")
    boxed(b, lines, size=b.f.base, fill=(242, 242, 242))
    b.f.fields([(c.t("Dirección de instalación", "Adreça d'instal·lació", "Enderezo de instalación"),
                 f"{c.home[0]}, {c.home[1]}"),
                (c.t("Línea móvil", "Línia mòbil", "Liña móbil"), b.phone())], "colon")
    span = ""
    if period and period[0].year == period[1].year:
        s, e = period
        span = f"{s.day:02d}/{s.month:02d}-{e.day:02d}/{e.month:02d}"
    rows = [[c.t("Cuota fibra 600 Mb", "Quota fibra 600 Mb", "Cota fibra 600 Mb"), span, f"{r.uniform(20, 35):.2f} €".replace(".", ",")],
            [c.t("Línea móvil 30 GB", "Línia mòbil 30 GB", "Liña móbil 30 GB"), span, f"{r.uniform(8, 15):.2f} €".replace(".", ",")],
            [c.t("Llamadas fuera de tarifa", "Trucades fora de tarifa", "Chamadas fóra de tarifa"), "", f"{r.uniform(0, 4):.2f} €".replace(".", ",")],
            ["IVA 21%", "", f"{r.uniform(6, 11):.2f} €".replace(".", ",")]]
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Periodo", "Període", "Período"),
               c.t("Importe", "Import", "Importe")], rows, [0.55, 0.2, 0.25])
    b.f.text(f"TOTAL {r.uniform(35, 70):.2f} €".replace(".", ","), b.f.base * 1.2, True, "r")
    if r.random() < 0.7:
        b.dis.append("due_date")
        b.f.para(c.t(f"Se cargará en su cuenta a partir del {fd(b, issue + r.randint(5, 12) * DAY, style)}.",
                     f"Es carregarà al seu compte a partir del {fd(b, issue + r.randint(5, 12) * DAY, style)}.",
                     f"Cargarase na súa conta a partir do {fd(b, issue + r.randint(5, 12) * DAY, style)}."))
    b.f.footer([f"{company} · {c.t('Domicilio social', 'Domicili social', 'Domicilio social')}: {td.address(r, r.choice(td.MUNICIPALITIES))[1]}"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def bill_duplicado_web(ctx, issue, period=None, kind=None, **_):
    """A duplicate downloaded from the customer area: 'DUPLICADO' across the top, the day it
    was downloaded (after the issue, proves nothing), the period with its day count."""
    b, c, r = NB(ctx), ctx, ctx.rng
    kind = kind if kind in td.UTILITIES else r.choice(list(td.UTILITIES))
    company = r.choice(td.UTILITIES[kind])
    f = b.f
    f.text(c.t("DUPLICADO", "DUPLICAT", "DUPLICADO"), f.base * 2.2, True, "c", color=(170, 170, 170))
    dl = issue + r.randint(1, 25) * DAY
    b.dis.append("print_date")
    f.text(c.t(f"Descargado desde el Área Clientes el {fd(b, dl, 'slash')} a las {clock(r)}",
               f"Descarregat des de l'Àrea Clients el {fd(b, dl, 'slash')} a les {clock(r)}",
               f"Descargado desde a Área Clientes o {fd(b, dl, 'slash')} ás {clock(r)}"),
           max(7.5, f.base * 0.75), align="c")
    f.space(3)
    b.header([company, f"CIF {td.cif(r)}"], r.choice(["right", "centered"]))
    holder = pname(b)
    b.dis.append("invoice_number")
    style = r.choice(["abbr_dot", "abbr_nodot", "slash", "dot4"])
    items = [(c.t("Titular del contrato", 'Titular del contracte', 'Titular do contrato'), holder),
             (c.t("Dirección de suministro", "Adreça de subministrament", "Enderezo de subministración"), c.home[0]),
             (c.t("Nº de factura", "Núm. de factura", "Nº de factura"), f"{issue.year % 100}{digits(r, 8)}"),
             (c.t("Fecha de emisión", CA0, "Data de emisión"), fd(b, issue, style))]
    if period:
        s, e = period
        items.append((c.t("Periodo", "Període", "Período"),
                      f"{fd(b, s, style)} – {fd(b, e, style)} ({(e - s).days + 1} {c.t('días', 'dies', 'días')})"))
    f.fields(items, r.choice(["grid", "colon"]))
    rows = [[c.t("Potencia / término fijo", "Potència / terme fix", "Potencia / termo fixo"), f"{r.uniform(8, 25):.2f} €".replace(".", ",")],
            [c.t("Energía / consumo", "Energia / consum", "Enerxía / consumo"), f"{r.uniform(15, 70):.2f} €".replace(".", ",")],
            [c.t("Impuestos", "Impostos", "Impostos"), f"{r.uniform(4, 15):.2f} €".replace(".", ",")]]
    f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Importe", "Import", "Importe")], rows, [0.7, 0.3])
    f.text(f"{c.t('Total factura', 'Total factura', 'Total factura')}: {r.uniform(30, 120):.2f} €".replace(".", ","), bold=True, align="r")
    f.para(c.t("Este duplicado tiene la misma validez que la factura original.",
               "Aquest duplicat té la mateixa validesa que la factura original.",
               "Este duplicado ten a mesma validez ca factura orixinal."), size=f.base * 0.85)
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def payslip_jornadas_campo(ctx, issue, period=None, **_):
    """A farm worker's payslip (Sistema Especial Agrario): the settlement period, and a
    calendar of the month's days with the worked ones marked (day numbers only)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(["Agrícola Campo Verde S.A.T.", "Cooperativa Hortofrutícola San Isidro",
                        "Frutas Vega Baja S.L.", "Invernaderos del Poniente S.L."])
    b.header([company, f"CIF {td.cif(r)} · CCC {r.randint(10, 52)} {digits(r, 9)}"], r.choice(["centered", "logo_left"]))
    b.title(c.t("NÓMINA - SISTEMA ESPECIAL AGRARIO", "NÒMINA - SISTEMA ESPECIAL AGRARI", "NÓMINA - SISTEMA ESPECIAL AGRARIO"))
    holder = pname(b)
    items = [(c.t("Trabajador/a", "Treballador/a", "Traballador/a"), holder)] + b.id_field()
    items += [(c.t("Nº afiliación", "Núm. afiliació", "Nº afiliación"), f"{r.randint(10, 52)}/{digits(r, 8)}/{digits(r, 2)}"),
              (c.t("Categoría", "Categoria", "Categoría"), c.t("Peón agrícola eventual", "Peó agrícola eventual", "Peón agrícola eventual"))]
    worked = 0
    if period:
        s, e = period
        form = r.randint(0, 2)
        if form == 0 and s.day == 1 and e == td.month_bounds(s.year, s.month)[1]:
            v = td.fmt_month2(s.year, s.month, r.choice(["name_year", "abbr_upper", "num_slash"]), c.lang).upper()
            lab = c.t("Mes", "Mes", "Mes")
        elif form == 1:
            lab, v = c.t("Periodo", "Període", "Período"), c.t(f"Desde {fd(b, s, 'dash')} hasta {fd(b, e, 'dash')}",
                                                                f"Des del {fd(b, s, 'dash')} fins al {fd(b, e, 'dash')}",
                                                                f"Desde {fd(b, s, 'dash')} ata {fd(b, e, 'dash')}")
        else:
            lab, v = c.t("Periodo de liquidación", "Període de liquidació", "Período de liquidación"), \
                f"{fd(b, s, 'slash')} - {fd(b, e, 'slash')}"
        items.append((lab, v))
    else:
        items.append((c.t("Fecha", "Data", "Data"), b.d(issue)))
    b.f.fields(items, r.choice(["colon", "grid"]))
    if period and period[0].month == period[1].month:
        s, e = period
        days = list(range(s.day, e.day + 1))
        marks = {d: r.random() < 0.7 for d in days}
        worked = sum(marks.values())
        b.f.text(c.t("Jornadas trabajadas", "Jornades treballades", "Xornadas traballadas"), bold=True)
        for i in range(0, len(days), 16):
            chunk = days[i:i + 16]
            b.f.table([str(d) for d in chunk], [["X" if marks[d] else "" for d in chunk]],
                      [1 / 16] * len(chunk), size=b.f.base * 0.8)
    worked = worked or r.randint(12, 22)
    pay = r.choice([56.4, 58.1, 61.3])
    rows = [[c.t(f"Salario por jornada ({worked} jornadas)", f"Salari per jornada ({worked} jornades)",
                 f"Salario por xornada ({worked} xornadas)"), f"{worked * pay:.2f} €".replace(".", ","), ""],
            [c.t("Parte prop. pagas extra y vacaciones", "Part prop. pagues extra i vacances",
                 "Parte prop. pagas extra e vacacións"), f"{worked * 9.8:.2f} €".replace(".", ","), ""],
            [c.t("Cotización trabajador/a", "Cotització treballador/a", "Cotización traballador/a"), "",
             f"{worked * 4.1:.2f} €".replace(".", ",")]]
    b.f.table(["Concepto", "Devengos", "Deducciones"], rows, [0.55, 0.22, 0.23])
    b.f.text(f"{c.t('LÍQUIDO A PERCIBIR', 'LÍQUID A PERCEBRE', 'LÍQUIDO A PERCIBIR')}: {worked * (pay + 5.7):.2f} €".replace(".", ","), bold=True, align="r")
    b.f.signature([c.t("Recibí", "Rebut", "Recibín"), holder or ""], align="l")
    b.person(b.official(), "official")
    b.f.text(f"{c.t('Por la empresa', CA2, 'Pola empresa')}: {b.people[-1]['name']}", size=b.f.base * 0.85)
    return b.done("payslip", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ one-day documents

def ticket_vtc_recibo(ctx, date, **_):
    """A ride-hailing receipt printed from the app's e-mail: the trip's date and time in the
    heading, the passenger, the route with its times, the fare. No driver's surname."""
    b, c, r = NB(ctx), ctx, ctx.rng
    brand = r.choice(["CityRide", "Movelia Cars", "Urbana VTC", "TaxiYa"])
    b.header([brand, c.t("Recibo de viaje", "Rebut del viatge", "Recibo da viaxe")], r.choice(["band", "centered"]))
    holder = pname(b, ("std", "std", "noacc_mixed", "comma_mixed"))
    if c.holder is not None:
        b.f.text(f"{c.t('Gracias por viajar con nosotros', 'Gràcies per viatjar amb nosaltres', 'Grazas por viaxar connosco')}, {c.holder.given}",
                 b.f.base * 1.3, True)
    t0 = clock(r, 7, 21)
    if date:
        style = r.choice(["abbr_nodot", "long_weekday", "iso", "wd_short", "abbr_dot"])
        b.f.text(f"{fd(b, date, style)}{',' if style != 'iso' else ''} {t0}", b.f.base * 1.1)
    b.f.space(2)
    total = r.uniform(7, 38)
    b.f.fields([(c.t("Pasajero/a", "Passatger/a", "Pasaxeiro/a"), holder),
                (c.t("Servicio", "Servei", "Servizo"), r.choice(["Estándar", "Comfort", "Eco"])),
                (c.t("Distancia", "Distància", "Distancia"), f"{r.uniform(2, 19):.1f} km".replace(".", ",")),
                (c.t("Duración", "Durada", "Duración"), f"{r.randint(8, 45)} min")], "colon")
    t1 = f"{min(23, int(t0[:2]) + 1):02d}:{r.randint(0, 59):02d}"
    b.f.text(f"{t0}  {td.address(r, c.muni)[0]}, {c.muni[0]}")
    b.f.text(f"{t1}  {r.choice(['Estación de autobuses', 'Hospital', 'Aeropuerto', 'Centro comercial'])}, {c.muni[0]}")
    b.f.hr()
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Importe", "Import", "Importe")],
              [[c.t("Tarifa del viaje", "Tarifa del viatge", "Tarifa da viaxe"), f"{total * 0.9:.2f} €".replace(".", ",")],
               ["IVA 10%", f"{total * 0.1:.2f} €".replace(".", ",")],
               ["Total", f"{total:.2f} €".replace(".", ",")]], [0.7, 0.3])
    b.f.text(f"{c.t('Pagado con', 'Pagat amb', 'Pagado con')} {r.choice(['Visa', 'Mastercard'])} •••• {digits(r, 4)}")
    b.f.text(f"{c.t('Vehículo', 'Vehicle', 'Vehículo')}: {r.choice(['Toyota Corolla', 'Kia Niro', 'Hyundai Ioniq'])} · {digits(r, 4)} {''.join(r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}")
    b.f.footer([f"{brand} Spain S.L. · CIF {td.cif(r)} · {c.t('Recibo emitido por cuenta del conductor/a titular de la licencia VTC', 'Rebut emès per compte del conductor/a titular de la llicència VTC', 'Recibo emitido por conta do condutor/a titular da licenza VTC')}"])
    return b.done("transport_ticket", holder, one_day(date), "passenger")


def bank_pago_tributos(ctx, date, **_):
    """A bank's receipt for paying a municipal tax at the counter (cuaderno 60): the tax's
    own voluntary-payment end (a due date), the payment date and time, the NRC."""
    b = NB(ctx, size=(210.0, 148.0))
    c, r = ctx, ctx.rng
    bank = r.choice(td.BANKS)
    b.header([bank, f"{c.t('Oficina', 'Oficina', 'Oficina')} {digits(r, 4)} · {c.muni[0]}"], "band")
    b.f.text(c.t("JUSTIFICANTE DE PAGO DE TRIBUTOS, TASAS Y PRECIOS PÚBLICOS",
                 "JUSTIFICANT DE PAGAMENT DE TRIBUTS, TAXES I PREUS PÚBLICS",
                 "XUSTIFICANTE DE PAGAMENTO DE TRIBUTOS, TAXAS E PREZOS PÚBLICOS"), bold=True)
    holder = pname(b)
    tax = r.choice([c.t("Tasa de recogida de residuos", "Taxa de recollida de residus", "Taxa de recollida de lixo"),
                    c.t("Impuesto sobre vehículos", "Impost sobre vehicles", "Imposto sobre vehículos"),
                    c.t("Tasa por expedición de documentos", "Taxa per expedició de documents", "Taxa por expedición de documentos")])
    b.dis += ["reference_number", "due_date"]
    due = (date or dt.date(2026, 3, 1)) + r.randint(5, 40) * DAY
    items = [(c.t("Entidad emisora", "Entitat emissora", "Entidade emisora"), f"{muni_issuer(c)} ({digits(r, 6)}-{digits(r, 1)})"),
             (c.t("Concepto", "Concepte", "Concepto"), tax),
             (c.t("Referencia", "Referència", "Referencia"), digits(r, 13)),
             (c.t("Identificación", "Identificació", "Identificación"), digits(r, 10)),
             (c.t("Fin periodo voluntario", "Fi període voluntari", "Fin período voluntario"), b.d(due)),
             (c.t("Pagador/a", "Pagador/a", "Pagador/a"), holder)] + b.id_field()
    if date:
        items.append((c.t("Fecha y hora de pago", "Data i hora de pagament", "Data e hora de pagamento"),
                      f"{b.d(date)} {clock(r)}"))
    items += [(c.t("Importe", "Import", "Importe"), f"{r.randint(15, 180)},{digits(r, 2)} EUR"),
              ("NRC", f"{digits(r, 10)}{r.choice('ABCDEFGH')}{digits(r, 11)}")]
    b.f.fields(items, r.choice(["colon", "column"]), size=b.f.base * 0.95)
    stamp = c.t("PAGADO", "PAGAT", "PAGADO")
    b.f.text(stamp, b.f.base * 1.3, True, "r", color=(60, 80, 160))
    b.f.para(c.t("El NRC acredita el pago ante la entidad emisora. Conserve este justificante.",
                 "L'NRC acredita el pagament davant l'entitat emissora. Conservi aquest justificant.",
                 "O NRC acredita o pagamento ante a entidade emisora. Conserve este xustificante."), size=b.f.base * 0.8)
    return b.done("bank_receipt", holder, one_day(date), "sender")


def bank_entrega_tarjeta(ctx, date, **_):
    """Acknowledgement of receipt of a debit card: the card's expiry printed MM/YY (proves
    nothing), the delivery date, the holder's and the employee's signatures."""
    b, c, r = NB(ctx), ctx, ctx.rng
    bank = r.choice(td.BANKS)
    b.header([bank, f"{c.t('Oficina', 'Oficina', 'Oficina')} {digits(r, 4)} - {td.address(r, c.muni)[0]}"],
             r.choice(["logo_left", "right"]))
    b.title(c.t("ACUSE DE RECIBO DE TARJETA", "JUSTIFICANT DE RECEPCIÓ DE TARGETA", "ACUSE DE RECIBO DE TARXETA"))
    holder = pname(b)
    exp_year = (date or dt.date(2026, 3, 1)).year + r.choice([4, 5])
    b.dis.append("expiry_date")
    items = [(c.t("Titular", "Titular", "Titular"), holder)] + b.id_field() + [
        (c.t("Tarjeta", "Targeta", "Tarxeta"), f"VISA {c.t('DÉBITO', 'DÈBIT', 'DÉBITO')} •••• {digits(r, 4)}"),
        (c.t("Caducidad", "Caducitat", "Caducidade"), f"{r.randint(1, 12):02d}/{exp_year % 100:02d}"),
        (c.t("Cuenta asociada", "Compte associat", "Conta asociada"), f"ES{digits(r, 2)} {digits(r, 4)} {digits(r, 4)} **** {digits(r, 4)}")]
    if date:
        items.append((c.t("Fecha de entrega", "Data de lliurament", "Data de entrega"), b.d(date)))
    b.f.fields(items, r.choice(["grid", "colon", "boxes"]))
    b.f.para(c.t("El/La titular declara haber recibido la tarjeta arriba indicada. El PIN se enviará por "
                 "separado. La tarjeta deberá firmarse en el reverso en el momento de su recepción.",
                 "El/La titular declara haver rebut la targeta indicada. El PIN s'enviarà per separat. "
                 "La targeta s'ha de signar al revers en el moment de rebre-la.",
                 "O/A titular declara ter recibido a tarxeta indicada. O PIN enviarase por separado. "
                 "A tarxeta deberá asinarse no reverso no momento da súa recepción."))
    b.f.signature([c.t("Firma del titular", "Signatura del titular", "Sinatura do titular"), holder or ""], align="l")
    b.f.signature([c.t("Empleado/a", "Empleat/ada", "Empregado/a"), b.person(b.official(), "official")])
    return b.done("bank_receipt", holder, one_day(date))


def med_radiologia(ctx, date, **_):
    """A radiology report: a patient block with NHC and petition number, the study's date and
    time, findings and conclusion, validated the same day by the radiologist."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([c.t(f"Hospital Comarcal de {c.muni[0]}", f"Hospital Comarcal de {c.muni[0]}", f"Hospital Comarcal de {c.muni[0]}"),
              c.t("Servicio de Radiodiagnóstico", "Servei de Radiodiagnòstic", "Servizo de Radiodiagnóstico")])
    holder = pname(b, ("comma_mixed", "surfirst", "surfirst_noacc", "std"))
    items = [(c.t("Paciente", "Pacient", "Paciente"), holder), ("NHC", digits(r, 7)),
             (c.t("Nº petición", "Núm. petició", "Nº petición"), digits(r, 9))]
    if c.birth and r.random() < 0.5:
        b.dis.append("birth_date")
        items.append((c.t("F. nacimiento", "D. naixement", "D. nacemento"), b.d(c.birth)))
    items.append((c.t("Procedencia", "Procedència", "Procedencia"), c.t("Atención Primaria", "Atenció Primària", "Atención Primaria")))
    t = clock(r, 8, 16)
    if date:
        items.append((c.t("Fecha del estudio", "Data de l'estudi", "Data do estudo"), f"{b.d(date)} {t}"))
    b.f.fields(items, r.choice(["colon", "grid"]))
    study = r.choice([c.t("RX TÓRAX PA Y LATERAL", "RX TÒRAX PA I LATERAL", "RX TÓRAX PA E LATERAL"),
                      c.t("ECOGRAFÍA ABDOMINAL", "ECOGRAFIA ABDOMINAL", "ECOGRAFÍA ABDOMINAL"),
                      c.t("RX RODILLA DERECHA", "RX GENOLL DRET", "RX XEONLLO DEREITO")])
    b.f.text(study, b.f.base * 1.15, True)
    b.f.text(c.t("Hallazgos:", "Troballes:", "Achados:"), bold=True)
    b.f.para(c.t("No se observan alteraciones óseas ni de partes blandas significativas. Estructuras "
                 "dentro de la normalidad para la edad del paciente.",
                 "No s'observen alteracions òssies ni de parts toves significatives. Estructures "
                 "dins de la normalitat per a l'edat del pacient.",
                 "Non se observan alteracións óseas nin de partes brandas significativas. Estruturas "
                 "dentro da normalidade para a idade do paciente."))
    b.f.text(c.t("Conclusión:", "Conclusió:", "Conclusión:"), bold=True)
    b.f.para(c.t("Estudio sin hallazgos patológicos.", "Estudi sense troballes patològiques.",
                 "Estudo sen achados patolóxicos."))
    doc = b.person(b.official(), "official")
    b.f.signature([f"{r.choice(['Dr.', 'Dra.'])} {doc}", c.t("Médico/a Adjunto/a de Radiodiagnóstico",
                                                            "Metge/essa Adjunt/a de Radiodiagnòstic",
                                                            "Médico/a Adxunto/a de Radiodiagnóstico")], align="l")
    if date:
        t2 = f"{min(22, int(t[:2]) + r.randint(1, 5)):02d}:{r.randint(0, 59):02d}"
        b.f.text(c.t(f"Informe validado el {b.d(date)} a las {t2}", f"Informe validat el {b.d(date)} a les {t2}",
                     f"Informe validado o {b.d(date)} ás {t2}"), size=b.f.base * 0.85)
    return b.done("medical", holder, one_day(date), "patient")


def med_certificado_oficial(ctx, date, **_):
    """The official medical certificate form of the colleges of physicians: series and form
    number at the top, the doctor certifies having examined the person today."""
    b, c, r = NB(ctx), ctx, ctx.rng
    f = b.f
    f.text("CONSEJO GENERAL DE COLEGIOS OFICIALES DE MÉDICOS", f.base * 1.1, True, "c")
    f.text("CERTIFICADO MÉDICO OFICIAL", f.base * 1.5, True, "c")
    b.dis.append("reference_number")
    f.text(f"Serie {r.choice('ABCDE')}  Nº {digits(r, 7)}", align="r")
    f.hr(0.6)
    doc = b.person(b.official(), "official")
    holder = pname(b, ("std", "std", "surfirst", "comma_mixed"))
    num = digits(r, 9)
    f.para(f"D./Dª {doc}, Doctor/a en Medicina y Cirugía, colegiado/a en la provincia de {c.muni[1]} "
           f"con el número {num}, con ejercicio profesional en {c.muni[0]},")
    f.text("CERTIFICO:", bold=True, align="c")
    purpose = r.choice(["no padece enfermedad infectocontagiosa ni se encuentra impedido/a para el trabajo",
                        "se encuentra en buen estado de salud y apto/a para la realización de actividades laborales",
                        "no presenta signos de enfermedad que impida la convivencia en centros residenciales"])
    f.para(f"Que D./Dª {holder}{b.ident_text()} ha sido reconocido/a por mí en el día de la fecha y, "
           f"según el reconocimiento practicado, {purpose}.")
    if date:
        f.para(f"Y para que así conste, a petición del/de la interesado/a, expido el presente certificado "
               f"en {c.muni[0]}, a {b.dlong(date)}.")
    f.signature([f"Fdo.: {doc}", f"Nº colegiado/a {num}"], align="l")
    f.footer(["Este impreso carece de validez si no lleva el sello del Colegio de Médicos correspondiente."])
    return b.done("medical", holder, one_day(date), "patient")


def att_justificante_sesion(ctx, date, **_):
    """A tear-off slip of a job-orientation session: the stub with the number, the name cut
    at its field and the date; a dashed cut line; the slip itself. Undated: no date at all."""
    b = NB(ctx, size=(210.0, 148.0))
    c, r = ctx, ctx.rng
    ngo = r.choice(td.NGOS).format(m=c.muni[0])
    holder = pname(b)
    num = digits(r, 4)
    style = r.choice(["slash", "dot4", "slash2", "dash"])
    stub = [f"{c.t('MATRIZ', 'MATRIU', 'MATRIZ')} Nº {num}", cut(holder, c.holder, 22)]
    if date:
        stub.append(fd(b, date, style))
    boxed(b, [" · ".join(stub)], size=max(7.5, b.f.base * 0.8), bold_first=False)
    y = b.f.y
    x = b.f.left
    while x < b.f.right:
        b.f.page.line(x, y, min(x + 2.5, b.f.right), y, 0.3, (90, 90, 90))
        x += 5
    b.f.space(4)
    b.header([ngo, c.t("Servicio de Orientación Sociolaboral", "Servei d'Orientació Sociolaboral",
                       "Servizo de Orientación Sociolaboral")], r.choice(["centered", "logo_left"]))
    b.f.text(f"{c.t('JUSTIFICANTE DE ASISTENCIA', CA3, 'XUSTIFICANTE DE ASISTENCIA')}  Nº {num}", bold=True)
    session = r.choice([c.t("Búsqueda activa de empleo", "Cerca activa de feina", "Busca activa de emprego"),
                        c.t("Elaboración del currículum", "Elaboració del currículum", "Elaboración do currículo"),
                        c.t("Derechos laborales básicos", "Drets laborals bàsics", "Dereitos laborais básicos")])
    h0 = r.choice([9, 10, 11, 16, 17])
    when = ""
    if date:
        when = c.t(f" el día {fd(b, date, style)}, de {h0}:00 a {h0 + 2}:00 horas,",
                   f" el dia {fd(b, date, style)}, de {h0}:00 a {h0 + 2}:00 hores,",
                   f" o día {fd(b, date, style)}, de {h0}:00 a {h0 + 2}:00 horas,")
    b.f.para(c.t(f"Se justifica que {b.honor()} {holder}{b.ident_text()} ha asistido{when} a la sesión grupal "
                 f"«{session}» del itinerario de inserción.",
                 f"Es justifica que {b.honor()} {holder}{b.ident_text('amb')} ha assistit{when} a la sessió grupal "
                 f"«{session}» de l'itinerari d'inserció.",
                 f"Xustifícase que {b.honor()} {holder}{b.ident_text()} asistiu{when} á sesión grupal "
                 f"«{session}» do itinerario de inserción."))
    b.f.signature([c.t("El/La técnico/a de empleo", "El/La tècnic/a d'ocupació", "O/A técnico/a de emprego"),
                   b.person(b.official(), "official")])
    return b.done("attendance_certificate", holder, one_day(date), "user")


def att_orientacion_juridica(ctx, date, **_):
    """A legal-aid service's attendance sheet (bar association or NGO): file number, the
    person attended, the date of the consultation, the lawyer. Undated: no date field."""
    b, c, r = NB(ctx), ctx, ctx.rng
    issuer = r.choice([c.t(f"Ilustre Colegio de la Abogacía de {c.muni[1]}", f"Il·lustre Col·legi de l'Advocacia de {c.muni[1]}",
                           f"Ilustre Colexio da Avogacía de {c.muni[1]}"),
                       r.choice(td.NGOS).format(m=c.muni[0])])
    b.header([issuer, c.t("Servicio de Orientación Jurídica en Extranjería", "Servei d'Orientació Jurídica en Estrangeria",
                          "Servizo de Orientación Xurídica en Estranxeiría")], r.choice(["band", "centered", "right"]))
    b.title(c.t("HOJA DE ATENCIÓN", "FULL D'ATENCIÓ", "FOLLA DE ATENCIÓN"))
    holder = pname(b)
    lawyer = b.person(b.official(), "official")
    b.dis.append("reference_number")
    items = [(c.t("Nº de expediente", "Núm. d'expedient", "Nº de expediente"), f"SOJE-{digits(r, 5)}"),
             (c.t("Persona atendida", "Persona atesa", "Persoa atendida"), holder)] + b.id_field()
    if date:
        items.append((c.t("Fecha de atención", "Data d'atenció", "Data de atención"), b.d(date)))
    items += [(c.t("Materia", "Matèria", "Materia"), r.choice([c.t("Regularización extraordinaria", "Regularització extraordinària",
                                                                   "Regularización extraordinaria"),
                                                             c.t("Arraigo sociolaboral", "Arrelament sociolaboral", "Arraigo sociolaboral"),
                                                             c.t("Reagrupación familiar", "Reagrupament familiar", "Reagrupamento familiar")])),
              (c.t("Letrado/a", "Lletrat/ada", "Letrado/a"), f"{lawyer} ({c.t('col. nº', 'col. núm.', 'col. nº')} {digits(r, 4)})")]
    b.f.fields(items, r.choice(["grid", "colon", "boxes"]))
    b.f.para(c.t("La persona ha recibido orientación jurídica gratuita sobre la documentación necesaria y "
                 "los plazos del procedimiento. Esta hoja no supone la asunción de la defensa.",
                 "La persona ha rebut orientació jurídica gratuïta sobre la documentació necessària i "
                 "els terminis del procediment. Aquest full no suposa assumir-ne la defensa.",
                 "A persoa recibiu orientación xurídica gratuíta sobre a documentación necesaria e "
                 "os prazos do procedemento. Esta folla non supón asumir a defensa."))
    b.f.signature([c.t("Firma del letrado/a", "Signatura del lletrat/ada", "Sinatura do letrado/a"), lawyer])
    return b.done("attendance_certificate", holder, one_day(date), "user")


def train_prueba_ccse(ctx, date, **_):
    """The certificate of the constitutional and sociocultural knowledge exam (CCSE): the
    candidate, the exam's date (the day they sat it), the mark, a verification code."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header(["Instituto Cervantes", "Prueba de conocimientos constitucionales y socioculturales de España (CCSE)"],
             r.choice(["centered", "band"]))
    b.title("CERTIFICADO DE CALIFICACIÓN")
    holder = pname(b, ("comma_mixed", "surfirst", "std", "surfirst_noacc"))
    items = [("Candidato/a", holder)] + b.id_field()
    if c.birth and r.random() < 0.5:
        items += b.birth_field()
    items += [("Centro de examen", r.choice(td.SCHOOLS).format(m=c.muni[0])),
              ("Código de inscripción", f"CCSE{digits(r, 8)}")]
    if date:
        items.append(("Fecha de examen", r.choice([b.d(date), b.dlong(date)])))
    items.append(("Calificación", "APTO"))
    b.f.fields(items, r.choice(["grid", "colon"]))
    b.f.para("La persona candidata ha superado la prueba CCSE, que acredita el conocimiento de la "
             "Constitución española y de la realidad social y cultural de España.")
    b.f.footer([f"Código seguro de verificación: {b.csv()}", "Puede comprobar la autenticidad de este certificado en la web del Instituto Cervantes."])
    return b.done("training_certificate", holder, one_day(date), "student")


def train_prl_construccion(ctx, date, **_):
    """A construction-sector safety course certificate (convenio general, 'aula permanente'):
    a ruled grid with the trainee, the course, the day it was given and the schedule."""
    b, c, r = NB(ctx), ctx, ctx.rng
    centre = r.choice(["Centro de Formación Construye Seguro", "Fundación Obra Segura", "Formación Técnica del Ladrillo S.L."])
    b.header([centre, f"{c.t('Entidad homologada nº', 'Entitat homologada núm.', 'Entidade homologada nº')} {digits(r, 3)}/{digits(r, 2)}"],
             r.choice(["logo_left", "right"]))
    b.f.para(c.t("CERTIFICADO DE FORMACIÓN EN PREVENCIÓN DE RIESGOS LABORALES",
                 "CERTIFICAT DE FORMACIÓ EN PREVENCIÓ DE RISCOS LABORALS",
                 "CERTIFICADO DE FORMACIÓN EN PREVENCIÓN DE RISCOS LABORAIS"), size=b.f.base * 1.25, bold=True)
    holder = pname(b)
    course = r.choice([c.t("Aula permanente - nivel inicial (8 horas)", "Aula permanent - nivell inicial (8 hores)",
                           "Aula permanente - nivel inicial (8 horas)"),
                       c.t("Albañilería - segundo ciclo (6 horas)", "Paleta - segon cicle (6 hores)", "Albanelería - segundo ciclo (6 horas)")])
    items = [(c.t("Alumno/a", "Alumne/a", "Alumno/a"), holder)] + b.id_field() + [
        (c.t("Acción formativa", "Acció formativa", "Acción formativa"), course),
        (c.t("Modalidad", "Modalitat", "Modalidade"), c.t("Presencial", "Presencial", "Presencial"))]
    if date:
        items.append((c.t("Fecha de realización", "Data de realització", "Data de realización"), b.d(date)))
    items.append((c.t("Horario", "Horari", "Horario"), r.choice(["08:00 - 16:00", "08:30 - 14:30", "15:00 - 21:00"])))
    b.f.fields(items, "grid")
    b.f.para(c.t("Contenidos conforme al Convenio General del Sector de la Construcción. Este certificado "
                 "no caduca y es válido en todo el territorio nacional.",
                 "Continguts d'acord amb el Conveni General del Sector de la Construcció. Aquest certificat "
                 "no caduca i és vàlid a tot el territori estatal.",
                 "Contidos conforme ao Convenio Xeral do Sector da Construción. Este certificado "
                 "non caduca e é válido en todo o territorio estatal."))
    b.f.signature([c.t("El/La formador/a", "El/La formador/a", "O/A formador/a"), b.person(b.official(), "official")], align="l")
    b.f.signature([c.t("El/La director/a del centro", "El/La director/a del centre", "O/A director/a do centro"),
                   b.person(b.official(), "official")])
    return b.done("training_certificate", holder, one_day(date), "student")


def library_prestamo_interbibliotecario(ctx, date, **_):
    """An inter-library loan request form: the reader's boxes, the item asked for (title,
    author, ISBN), the pick-up library, the date of the request. Undated: no date."""
    b = NB(ctx, size=(148.0, 210.0))
    c, r = ctx, ctx.rng
    small_header(b, [c.t(f"Red de Bibliotecas Municipales de {c.muni[0]}", f"Xarxa de Biblioteques de {c.muni[0]}",
                         f"Rede de Bibliotecas Municipais de {c.muni[0]}")])
    b.f.text(c.t("SOLICITUD DE PRÉSTAMO INTERBIBLIOTECARIO", "SOL·LICITUD DE PRÉSTEC INTERBIBLIOTECARI",
                 "SOLICITUDE DE PRÉSTAMO INTERBIBLIOTECARIO"), bold=True)
    holder = pname(b)
    items = [(c.t("Lector/a", "Lector/a", "Lector/a"), holder),
             (c.t("Nº de carné", "Núm. de carnet", "Nº de carné"), digits(r, 10)),
             (c.t("Teléfono", "Telèfon", "Teléfono"), b.phone()),
             (c.t("Título", "Títol", "Título"), r.choice(["Cien años de soledad", "Gramática básica del español",
                                                          "Manual de cocina mediterránea", "El principito"])),
             ("ISBN", f"978-84-{digits(r, 4)}-{digits(r, 3)}-{digits(r, 1)}"),
             (c.t("Biblioteca de recogida", "Biblioteca de recollida", "Biblioteca de recollida"),
              r.choice(["Central", "Barrio Norte", "San Blas", "La Estación"]))]
    if date:
        items.append((c.t("Fecha de solicitud", "Data de sol·licitud", "Data de solicitude"), b.d(date)))
    b.f.fields(items, "boxes")
    b.f.para(c.t("Le avisaremos por SMS cuando el documento llegue a la biblioteca de recogida.",
                 "L'avisarem per SMS quan el document arribi a la biblioteca de recollida.",
                 "Avisarémolo por SMS cando o documento chegue á biblioteca de recollida."), size=b.f.base * 0.85)
    b.f.signature([c.t("Firma del lector/a", "Signatura del lector/a", "Sinatura do lector/a")], align="l")
    return b.done("library_card", holder, one_day(date), "user")


def rental_firma_plataforma(ctx, date, **_):
    """A room lease made on a rental platform and signed online: the text says it is signed on
    the date of the last signature; the audit trail lists each event with its date and time."""
    b, c, r = NB(ctx), ctx, ctx.rng
    plat = r.choice(["Habitia", "PisoCompartido", "RoomFácil"])
    b.header([plat, f"Contrato nº {plat[:2].upper()}-{digits(r, 7)}"], r.choice(["band", "right"]))
    b.title("CONTRATO DE ARRENDAMIENTO DE HABITACIÓN")
    holder = pname(b, ("std", "std", "noacc_mixed", "surfirst"))
    land = b.person(c.landlord.natural, "landlord")
    b.f.fields([("Arrendador/a", land), ("Arrendatario/a", holder)] + b.id_field() +
               [("Vivienda", f"{c.home[0]}, {c.home[1]}"), ("Renta mensual", f"{r.randint(250, 550)},00 €")], "grid")
    start = date or dt.date(2026, 3, 1)
    end = start.replace(year=start.year + 1) - DAY
    b.dis.append("contract_end_date")
    for cl in [f"1. Duración: desde la fecha de firma hasta el {b.d(end)}, sin prórroga tácita.",
               "2. La renta se abonará por transferencia los cinco primeros días de cada mes.",
               "3. Los suministros están incluidos en la renta hasta un máximo de 40 € mensuales.",
               "4. La fianza, equivalente a una mensualidad, se deposita a través de la plataforma.",
               "5. El presente contrato se firma electrónicamente y se entiende otorgado en la fecha de la "
               "última firma que consta en el certificado adjunto."]:
        b.f.para(cl)
    b.f.space(3)
    b.f.text("CERTIFICADO DE FIRMA ELECTRÓNICA", bold=True)
    b.f.text(f"Documento: contrato_{digits(r, 6)}.pdf · SHA-256 {''.join(r.choice('0123456789abcdef') for _ in range(24))}…",
             size=max(7.5, b.f.base * 0.75))
    if date:
        h = r.randint(9, 19)
        times = sorted(f"{h + k:02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}" for k in (0, 0, 1, 1))
        ds = r.choice(["iso", "slash", "dot4"])
        day = fd(b, date, ds)
        rows = [["Enviado para firma", plat, f"{day} {times[0]}"],
                ["Firmado", land, f"{day} {times[1]}"],
                ["Firmado", holder, f"{day} {times[2]}"],
                ["Completado", "—", f"{day} {times[3]}"]]
        b.f.table(["Evento", "Firmante", "Fecha y hora (UTC)"], rows, [0.22, 0.46, 0.32], size=b.f.base * 0.85)
    return b.done("rental_contract", holder, one_day(date), "tenant")


def job_carta_catala(ctx, date, **_):
    """A job offer letter, Catalan-first: place and date at the top right, the addressee's
    block, 'Benvolgut/da', the conditions in prose and the planned start (later)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    b.header([company, f"NIF {td.cif(r)} · {td.address(r, c.muni)[0]}, {c.muni[0]}"], r.choice(["logo_left", "centered"]))
    if date:
        b.f.text(f"{c.muni[0]}, {b.dlong(date)}", align="r")
    holder = pname(b, ("std", "std", "noacc_mixed"))
    b.f.text(f"{c.t('Sr./Sra.', 'Sr./Sra.', 'Sr./Sra.')} {holder}")
    b.f.text(c.home[0])
    b.f.text(c.home[1])
    b.f.space(3)
    b.f.text(c.t("Asunto: oferta de trabajo", "Assumpte: oferta de treball", "Asunto: oferta de traballo"), bold=True)
    b.f.para(c.t("Estimado/a señor/a:", "Benvolgut/da senyor/a,", "Estimado/a señor/a:"))
    job = r.choice([c.t("auxiliar de limpieza", "auxiliar de neteja", "auxiliar de limpeza"),
                    c.t("ayudante de cocina", "ajudant de cuina", "axudante de cociña"),
                    c.t("mozo/a de almacén", "mosso/a de magatzem", "mozo/a de almacén")])
    salary = f"{r.randint(16, 21)}.{r.randint(0, 9)}00"
    b.dis.append("incorporation_date")
    start = (date or dt.date(2026, 5, 1)) + r.randint(45, 150) * DAY
    b.f.para(c.t(f"Nos complace ofrecerle un puesto de {job} con contrato indefinido a jornada completa "
                 f"(40 horas semanales) y un salario bruto anual de {salary} euros en catorce pagas. "
                 f"La incorporación prevista es el {b.d(start)}, una vez obtenida la autorización de residencia y trabajo.",
                 f"Ens complau oferir-li un lloc de {job} amb contracte indefinit a jornada completa "
                 f"(40 hores setmanals) i un salari brut anual de {salary} euros en catorze pagues. "
                 f"La incorporació prevista és el {b.d(start)}, un cop obtinguda l'autorització de residència i treball.",
                 f"Compráceos ofrecerlle un posto de {job} con contrato indefinido a xornada completa "
                 f"(40 horas semanais) e un salario bruto anual de {salary} euros en catorce pagas. "
                 f"A incorporación prevista é o {b.d(start)}, unha vez obtida a autorización de residencia e traballo."))
    b.f.para(c.t("Quedamos a su disposición para cualquier aclaración.", "Restem a la seva disposició per a qualsevol aclariment.",
                 "Quedamos á súa disposición para calquera aclaración."))
    b.f.para(c.t("Atentamente,", "Atentament,", "Atentamente,"))
    b.f.signature([b.person(b.official(), "official"), c.t("Responsable de Recursos Humanos", "Responsable de Recursos Humans",
                                                          "Responsable de Recursos Humanos")], align="l")
    return b.done("job_offer", holder, one_day(date))


def shop_compraventa_usados(ctx, date, **_):
    """A second-hand shop's purchase contract: the customer sells an article and shows an ID,
    the buy-back term (a due date). Names nobody when it is a plain sale ticket."""
    b = NB(ctx, size=(148.0, 210.0), mono=ctx.rng.random() < 0.4)
    c, r = ctx, ctx.rng
    shop = r.choice(["Compro Oro y Móviles Centro", "Segunda Vida Electrónica", "Cash & Go Usados"])
    small_header(b, [shop, f"CIF {td.cif(r)} · {c.muni[0]}"])
    holder = pname(b)
    b.dis.append("reference_number")
    num = f"{r.choice(['CV', 'LP'])}-{digits(r, 6)}"
    style = r.choice(["slash", "dash2", "dot4", "slash2"])
    if holder:
        b.f.text(c.t("CONTRATO DE COMPRAVENTA DE ARTÍCULOS USADOS", "CONTRACTE DE COMPRAVENDA D'ARTICLES USATS",
                     "CONTRATO DE COMPRAVENDA DE ARTIGOS USADOS"), bold=True)
        items = [(c.t("Contrato", "Contracte", "Contrato"), num), (c.t("Vendedor/a", "Venedor/a", "Vendedor/a"), holder)] + b.id_field()
    else:
        b.f.text(c.t("TICKET DE VENTA", "TIQUET DE VENDA", "TICKET DE VENDA"), bold=True)
        items = [(c.t("Ticket", "Tiquet", "Ticket"), num), (c.t("Cliente", "Client", "Cliente"), c.t("CONTADO", "COMPTAT", "CONTADO"))]
    if date:
        items.append((c.t("Fecha", "Data", "Data"), f"{fd(b, date, style)} {clock(r, 10, 20)}"))
    items += [(c.t("Artículo", "Article", "Artigo"), r.choice(["Teléfono móvil Samsung A52", "Tablet Lenovo M10", "Consola PS4 500 GB"])),
              ("IMEI / S/N", digits(r, 15)),
              (c.t("Precio", "Preu", "Prezo"), f"{r.randint(30, 180)},00 €")]
    if holder:
        if date:
            b.dis.append("due_date")
            items.append((c.t("Recompra hasta", "Recompra fins al", "Recompra ata"), fd(b, date + 30 * DAY, style)))
        else:
            items.append((c.t("Plazo de recompra", "Termini de recompra", "Prazo de recompra"), c.t("30 días", "30 dies", "30 días")))
    b.f.fields(items, "colon")
    if holder:
        b.f.para(c.t("El/La vendedor/a declara ser propietario/a legítimo/a del artículo y que este no procede de "
                     "actividad ilícita. Datos anotados en el libro registro policial.",
                     "El/La venedor/a declara ser propietari/ària legítim/a de l'article i que no prové "
                     "d'activitat il·lícita. Dades anotades al llibre registre policial.",
                     "O/A vendedor/a declara ser propietario/a lexítimo/a do artigo e que este non procede de "
                     "actividade ilícita. Datos anotados no libro rexistro policial."), size=b.f.base * 0.85)
        b.f.signature([c.t("Firma del vendedor/a", "Signatura del venedor/a", "Sinatura do vendedor/a")], align="l")
    return b.done("shop_receipt", holder, one_day(date))


def other_alta_prepago(ctx, date, **_):
    """A prepaid SIM's identification form (the law on keeping telecom data requires the
    buyer's ID): the line's number and ICCID, the activation date, the point of sale."""
    b = NB(ctx, size=(148.0, 210.0))
    c, r = ctx, ctx.rng
    op = r.choice(["Conecta Móvil", "Voz y Datos Ibérica", "Llamamundo Prepago"])
    small_header(b, [op, c.t("Tarjeta prepago", "Targeta de prepagament", "Tarxeta prepago")])
    b.f.text(c.t("FORMULARIO DE IDENTIFICACIÓN DEL CLIENTE", "FORMULARI D'IDENTIFICACIÓ DEL CLIENT",
                 "FORMULARIO DE IDENTIFICACIÓN DO CLIENTE"), bold=True)
    b.f.text(c.t("Ley 25/2007, de conservación de datos", "Llei 25/2007, de conservació de dades",
                 "Lei 25/2007, de conservación de datos"), size=b.f.base * 0.8)
    holder = pname(b)
    items = [(c.t("Nombre y apellidos", "Nom i cognoms", "Nome e apelidos"), holder)] + b.id_field() + [
        (c.t("Número de línea", "Número de línia", "Número de liña"), b.phone()),
        ("ICCID", f"8934 {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 3)}"),
        (c.t("Punto de venta", "Punt de venda", "Punto de venda"), f"Locutorio {r.choice(['Mundo Conecta', 'El Puente', 'Sol y Luna'])}, {c.muni[0]}")]
    if date:
        items.append((c.t("Fecha de alta", "Data d'alta", "Data de alta"), b.d(date)))
    b.f.fields(items, r.choice(["boxes", "colon"]))
    b.f.para(c.t("El/La cliente declara que los datos son ciertos y que ha exhibido el documento original.",
                 "El/La client declara que les dades són certes i que ha mostrat el document original.",
                 "O/A cliente declara que os datos son certos e que amosou o documento orixinal."), size=b.f.base * 0.85)
    b.f.signature([c.t("Firma del cliente", "Signatura del client", "Sinatura do cliente")], align="l")
    return b.done("other", holder, one_day(date))


def other_acta_inspeccion(ctx, date, **_):
    """A transport inspector's report of a passenger without a valid ticket (a carbon copy,
    mono half the time): date and time, line and stop, the passenger, the fine and its
    reduced-payment deadline. Undated: neither date nor deadline."""
    r = ctx.rng
    b = NB(ctx, size=(148.0, 210.0), mono=r.random() < 0.5)
    c = ctx
    comp = r.choice(td.TRANSPORT[:4])
    small_header(b, [comp, c.t("Servicio de Inspección", "Servei d'Inspecció", "Servizo de Inspección")])
    b.f.text(f"{c.t('ACTA DE INSPECCIÓN', CA4, 'ACTA DE INSPECCIÓN')} Nº {digits(r, 7)}", bold=True)
    b.dis.append("reference_number")
    holder = pname(b)
    items = []
    if date:
        items.append((c.t("Fecha", "Data", "Data"), f"{fd(b, date, r.choice(['slash2', 'slash', 'dot4']))}   "
                      f"{c.t('Hora', 'Hora', 'Hora')}: {clock(r, 6, 22)}"))
    items += [(c.t("Línea", "Línia", "Liña"), f"{r.randint(1, 45)} · {c.t('Parada', 'Parada', 'Parada')} {r.choice(['Plaza Mayor', 'Hospital', 'Estación'])}"),
              (c.t("Viajero/a", "Viatger/a", "Viaxeiro/a"), holder)] + b.id_field() + [
              (c.t("Domicilio", "Domicili", "Domicilio"), c.home[0]),
              (c.t("Hechos", "Fets", "Feitos"), c.t("Viajar sin título de transporte válido", "Viatjar sense títol de transport vàlid",
                                                   "Viaxar sen título de transporte válido")),
              (c.t("Percepción mínima", "Percepció mínima", "Percepción mínima"), f"{r.choice([50, 60, 100])},00 €")]
    if date:
        b.dis.append("due_date")
        items.append((c.t("Pago con reducción hasta", "Pagament amb reducció fins al", "Pagamento con redución ata"),
                      b.d(date + 15 * DAY)))
    b.f.fields(items, "colon")
    b.f.para(c.t("El/La viajero/a recibe copia de la presente acta. Puede presentar alegaciones en el plazo de "
                 "quince días hábiles.",
                 "El/La viatger/a rep còpia d'aquesta acta. Pot presentar al·legacions en el termini de "
                 "quinze dies hàbils.",
                 "O/A viaxeiro/a recibe copia da presente acta. Pode presentar alegacións no prazo de "
                 "quince días hábiles."), size=b.f.base * 0.85)
    b.f.text(f"{c.t('Inspector/a nº', 'Inspector/a núm.', 'Inspector/a nº')} {digits(r, 4)}")
    b.f.signature([c.t("Firma del viajero/a", "Signatura del viatger/a", "Sinatura do viaxeiro/a")], align="l")
    return b.done("other", holder, one_day(date))


FAMILIES = {
    "padron": {"firma_diputacion": (padron_firma_diputacion, ALL), "oficio_extranjeria": (padron_oficio_extranjeria, ALL)},
    "padron_historico": {"actual_anteriores": (historico_actual_anteriores, ALL),
                         "cabecera_doble": (historico_cabecera_doble, ALL)},
    "utility_bill": {"telco_catala": (bill_telco_catala, ALL), "duplicado_web": (bill_duplicado_web, ALL)},
    "payslip": {"jornadas_campo": (payslip_jornadas_campo, ALL)},
    "transport_ticket": {"vtc_recibo": (ticket_vtc_recibo, ALL)},
    "bank_receipt": {"pago_tributos": (bank_pago_tributos, ALL), "entrega_tarjeta": (bank_entrega_tarjeta, ALL)},
    "medical": {"radiologia": (med_radiologia, ALL), "certificado_oficial": (med_certificado_oficial, ES)},
    "attendance_certificate": {"justificante_sesion": (att_justificante_sesion, ALL),
                               "orientacion_juridica": (att_orientacion_juridica, ALL)},
    "training_certificate": {"prueba_ccse": (train_prueba_ccse, ES), "prl_construccion": (train_prl_construccion, ALL)},
    "library_card": {"prestamo_interbibliotecario": (library_prestamo_interbibliotecario, ALL)},
    "rental_contract": {"firma_plataforma": (rental_firma_plataforma, ES)},
    "job_offer": {"carta_catala": (job_carta_catala, ALL)},
    "shop_receipt": {"compraventa_usados": (shop_compraventa_usados, ALL)},
    "other": {"alta_prepago": (other_alta_prepago, ALL), "acta_inspeccion": (other_acta_inspeccion, ALL)},
}
