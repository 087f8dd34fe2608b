"""held_out_8: an eighth blind set of template families (see families.json).

Written after held_out_7 had been looked at, from the generator's machinery and
RULES.md only: a big city district office's certificate with the alta in the
municipality and a later alta in the dwelling, a volante headed by the INE codes
of its padrón sheet (distrito, sección, hoja), a padrón history e-print with
"Desde / Hasta" per sheet and an open "Hasta" printed as a blank mask, a padrón
history with the length of each stay and the total seniority, an electricity
bill in the regulator's format ("del … a …", contract end, a comparison QR), a
bill whose summary is one horizontal strip of cells, a landscape payslip with
earnings and deductions side by side, an intercity coach ticket sold at the
counter with its control stub, a branch transfer order (the applicant sends), a
bank's balance certificate, a health centre's nursing consultation sheet, an
ophthalmology report with a next review month, a homeless shelter's night
certificate, an NGO's accompaniment to an appointment, a first-aid course
certificate with a two-year accreditation, a municipal digital-skills
certificate, a stamped cardboard library card (mono, sometimes a Roman month),
a room lease in the municipality's own language, a job offer on a boxed form, an online supermarket
order confirmation with its delivery slot, a courier's admission receipt (the
applicant sends) and a blood donation slip.
"""
import datetime as dt

from . import layout
from . import textdata as td
from .doctypes import muni_issuer
from .famkit import NB, clock, cut_to_field, one_day

ALL = ("es", "ca", "gl")
DAY = dt.timedelta(days=1)
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
WD3 = {"es": ["LUN", "MAR", "MIE", "JUE", "VIE", "SAB", "DOM"],
       "ca": ["DL", "DT", "DC", "DJ", "DV", "DS", "DG"],
       "gl": ["LUN", "MAR", "MER", "XOV", "VEN", "SAB", "DOM"]}
# Catalan labels with an apostrophe, kept out of f-strings.
CA_EMI = "Data d'emissió"
CA_EXP = "Data d'expedició"
CA_ALTA = "Data d'alta"


# ------------------------------------------------------------ names and dates as this set prints them

def pname(b, forms=("std", "surfirst", "comma_upper", "comma_mixed", "noacc_mixed", "std")):
    """The holder as this page prints them; a clerk's slip or a one-surname style keeps
    td.format_name (the corpus's own per-document name styles)."""
    c, r = b.ctx, b.rng
    h = c.holder
    if h is None:
        return None
    if c.name_style in ("typo", "one_surname"):
        return td.format_name(r, h, c.name_style)
    sur, giv = " ".join(h.surnames), h.given
    f = r.choice(forms)
    if f == "surfirst":
        s = f"{sur} {giv}".upper()
        return td.strip_accents(s) if r.random() < 0.5 else s
    if f == "comma_upper":
        return td.strip_accents(f"{sur}, {giv}").upper()
    if f == "comma_mixed":
        return f"{sur}, {giv}"
    if f == "noacc_mixed":
        return td.strip_accents(h.natural)
    if f == "slash":
        return td.strip_accents(f"{sur}/{giv}").upper()
    return td.format_name(r, h, c.name_style)


clip = cut_to_field


def fd(b, d, style):
    lang = b.ctx.lang
    if style == "slash2":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "dash2":
        return f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}"
    if style == "roman":
        return f"{d.day}-{ROMAN[d.month - 1]}-{d.year}"
    if style == "abbr_up2":
        return f"{d.day:02d} {td.ABBR[d.month - 1]} {d.year % 100:02d}"
    if style == "abbr_pad":
        return f"{d.day:02d} {td.MONTH_ABBR_DOT[lang][d.month - 1]} {d.year}"
    if style == "wd3":
        return f"{WD3[lang][d.weekday()]} {d.day:02d}-{d.month:02d}-{d.year}"
    return td.fmt_date2(d, style, lang)


def honor_name(b, name):
    return f"{b.honor()} {name}" if b.rng.random() < 0.6 else name


def months_days(a, b):
    """Length of the stay [a, b] as years, months and days (what a clerk's program prints)."""
    y, m, d = b.year - a.year, b.month - a.month, b.day - a.day
    if d < 0:
        m -= 1
        prev = (b.replace(day=1) - DAY)
        d += prev.day
    if m < 0:
        y -= 1
        m += 12
    return y, m, d


def stay_text(c, y, m, d):
    parts = []
    if y:
        parts.append(f"{y} " + (c.t("año", "any", "ano") if y == 1 else c.t("años", "anys", "anos")))
    if m:
        parts.append(f"{m} " + (c.t("mes", "mes", "mes") if m == 1 else c.t("meses", "mesos", "meses")))
    if d or not parts:
        parts.append(f"{d} " + (c.t("día", "dia", "día") if d == 1 else c.t("días", "dies", "días")))
    return ", ".join(parts)


def qr(page, x, y, size, rng, color=(0, 0, 0)):
    n = 21
    cell = size / n
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                on = i % 6 == 0 or j % 6 == 0 or (2 <= i % 14 <= 4 and 2 <= j % 14 <= 4) \
                    if i < 7 and j < 7 else rng.random() < 0.5
            else:
                on = rng.random() < 0.45
            if on:
                page.block(x + j * cell, y + i * cell, cell, cell, color)


def barcode(page, x, y, w, h, rng):
    pos = x
    while pos < x + w - 1:
        bw = rng.choice([0.3, 0.3, 0.6, 0.9])
        page.block(pos, y, bw, h)
        pos += bw + rng.choice([0.3, 0.6, 0.9])


def section(b, text):
    f = b.f
    h = f.line_h(f.base) + 1.5
    f.ensure(h + 6)
    f.page.rect(f.left, f.y, f.width, h, 0, b.color, fill=b.color)
    f.page.text(f.left + 2, f.y + h - 1.6, text, f.font(True), f.base * 0.95, "l", (255, 255, 255))
    f.y += h + 2


def dashed(b, y=None):
    f = b.f
    y = f.y if y is None else y
    x = 0.0
    while x < f.size[0]:
        f.page.line(x, y, min(x + 2.0, f.size[0]), y, 0.3, (80, 80, 80))
        x += 3.5


def head(b, lines, style=None):
    """The issuer block; a name too long for the header's big type (a hospital or an
    association named after its town) wraps in smaller type under a rule instead."""
    f = b.f
    if layout.text_width(lines[0], f.font(True), f.base * 1.6) + 22 < f.width:
        b.header(lines, style)
        return
    f.para(lines[0], size=f.base * 1.25, bold=True)
    for ln in lines[1:]:
        f.text(ln, max(8.0, f.base * 0.85))
    f.hr(0.6)
    f.space(3)


# ------------------------------------------------------------ padrón

def padron_junta_distrito(ctx, alta, expedicion, **_):
    """A district office's certificate: the alta in the municipality (the interval's start)
    and, when the person moved inside it, a later alta in the dwelling (variation_date)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    dist = r.choice(["Centro", "Norte", "Sur", "Levante", "Poniente", "Casco Antiguo"])
    num = r.randint(1, 21)
    head(b, [muni_issuer(c),
              c.t(f"Junta Municipal del Distrito {dist}", f"Oficina d'Atenció Ciutadana - Districte {num:02d}",
                  f"Xunta de Distrito {dist}"),
              c.t("Oficina de Atención a la Ciudadanía", "Padró Municipal d'Habitants", "Oficina de Atención á Cidadanía")])
    b.title(c.t("CERTIFICADO DE EMPADRONAMIENTO", "CERTIFICAT D'EMPADRONAMENT", "CERTIFICADO DE EMPADROAMENTO"))
    off = b.person(b.official(), "official")
    b.f.para(c.t(f"{off}, Jefe/a de la Unidad de Atención a la Ciudadanía del Distrito, por delegación "
                 "del Secretario General del Pleno,",
                 f"{off}, cap de la Unitat d'Atenció Ciutadana del Districte, per delegació del "
                 "Secretari General,",
                 f"{off}, xefe/a da Unidade de Atención á Cidadanía do Distrito, por delegación do "
                 "Secretario Xeral do Pleno,"))
    b.f.text("CERTIFICA:", bold=True)
    b.f.para(c.t("Que según los datos obrantes en el Padrón Municipal de Habitantes, la persona que "
                 "se relaciona figura inscrita con los datos siguientes:",
                 "Que segons les dades que consten al Padró Municipal d'Habitants, la persona que "
                 "es relaciona hi figura inscrita amb les dades següents:",
                 "Que segundo os datos que constan no Padrón Municipal de Habitantes, a persoa que "
                 "se relaciona figura inscrita cos datos seguintes:"))
    holder = pname(b)
    items = []
    if holder:
        items.append((c.t("Nombre y apellidos", "Nom i cognoms", "Nome e apelidos"), holder))
    items += b.id_field()
    if c.birth and r.random() < 0.5:
        b.dis.append("birth_date")
        items.append((c.t("Fecha de nacimiento", "Data de naixement", "Data de nacemento"), b.d(c.birth)))
    items += [(c.t("Domicilio", "Domicili", "Domicilio"), c.home[0]),
              (c.t("Distrito / Barrio", "Districte / Barri", "Distrito / Barrio"), f"{num:02d} - {dist}"),
              (c.t("Fecha de alta en el municipio", "Data d'alta al municipi", "Data de alta no concello"), b.d(alta))]
    moved = alta + 40 * DAY
    if moved < expedicion - 20 * DAY and r.random() < 0.6:
        b.dis.append("variation_date")
        moved = alta + r.randint(40, (expedicion - alta).days - 20) * DAY
        items.append((c.t("Fecha de alta en la vivienda", "Data d'alta a l'habitatge", "Data de alta na vivenda"),
                      b.d(moved)))
    items.append((c.t("Causa del alta", "Causa de l'alta", "Causa da alta"),
                  r.choice([c.t("Procedente del extranjero", "Procedent de l'estranger", "Procedente do estranxeiro"),
                            c.t("Omisión", "Omissió", "Omisión")])))
    b.f.fields(items, r.choice(["grid", "column", "colon"]))
    b.f.para(c.t("El presente certificado se expide a petición de la persona interesada y surte efectos "
                 "en cualquier procedimiento administrativo.",
                 "Aquest certificat s'expedeix a petició de la persona interessada.",
                 "O presente certificado expídese a petición da persoa interesada."))
    if r.random() < 0.5:
        b.f.para(c.t(f"{c.muni[0]}, a {b.dlong(expedicion)}.", f"{c.muni[0]}, {b.dlong(expedicion)}.",
                     f"{c.muni[0]}, a {b.dlong(expedicion)}."), align="r")
    else:
        b.f.fields([(c.t("Fecha de expedición", CA_EXP, "Data de expedición"),
                     f"{b.d(expedicion)}   {c.t('Hora', 'Hora', 'Hora')}: {clock(r, 9, 14)}")], "colon")
    b.f.signature([c.t("El/La Jefe/a de la Unidad", "El/La cap de la Unitat", "O/A xefe/a da Unidade"), off])
    b.f.footer([c.t("Documento firmado electrónicamente. Código Seguro de Verificación: ",
                    "Document signat electrònicament. Codi Segur de Verificació: ",
                    "Documento asinado electronicamente. Código Seguro de Verificación: ") + b.csv()])
    return b.done("padron", holder, [(alta, expedicion)])


def padron_hoja_codigos(ctx, alta, expedicion, **_):
    """A volante headed by the INE codes of its padrón sheet, the inhabitants in a table."""
    b, c, r = NB(ctx), ctx, ctx.rng
    head(b, [muni_issuer(c), c.t("Padrón Municipal de Habitantes", "Padró Municipal d'Habitants",
                                  "Padrón Municipal de Habitantes")], r.choice(["logo_left", "right"]))
    stamp = r.choice(["iso", "dot4", "slash"])
    b.f.text(f"{c.t('Fecha de emisión', CA_EMI, 'Data de emisión')}: {fd(b, expedicion, stamp)} {clock(r, 9, 14)}",
             size=b.f.base * 0.9, align="r")
    b.title(c.t("VOLANTE DE EMPADRONAMIENTO", "VOLANT D'EMPADRONAMENT", "VOLANTE DE EMPADROAMENTO"))
    b.dis.append("reference_number")
    b.f.table([c.t("Distrito", "Districte", "Distrito"), c.t("Sección", "Secció", "Sección"),
               c.t("Hoja padronal", "Full padronal", "Folla padroal"), c.t("Entidad", "Entitat", "Entidade")],
              [[f"{r.randint(1, 9):02d}", f"{r.randint(1, 40):03d}", f"{r.randint(1000, 99999):06d}",
                f"{r.randint(1, 9):02d}.{r.randint(1, 99):02d}"]], [0.2, 0.2, 0.3, 0.3])
    b.f.fields([(c.t("Domicilio", "Domicili", "Domicilio"), c.home[0]),
                (c.t("Municipio", "Municipi", "Concello"), c.home[1])], "colon")
    b.f.para(c.t("En la hoja padronal arriba indicada figuran inscritas las siguientes personas:",
                 "Al full padronal indicat hi figuren inscrites les persones següents:",
                 "Na folla padroal indicada figuran inscritas as seguintes persoas:"))
    ds = r.choice(["slash", "dot4", "dash2", "dash"])
    h = c.holder
    holder = None
    rows = []
    if h is not None:
        holder = pname(b, ("surfirst", "comma_upper", "comma_upper", "std"))
        ident = b.id_field()
        born = "—"
        if c.birth:
            b.dis.append("birth_date")
            born = fd(b, c.birth, ds)
        rows.append(["1", holder, ident[0][1] if ident else "—", born, fd(b, alta, ds)])
        if c.is_applicant and r.random() < 0.3:
            kid = td.Person(r.choice(["Sofía", "Mateo", "Lucía", "Samuel", "Valeria"]), list(h.surnames))
            kname = td.strip_accents(" ".join(kid.surnames) + ", " + kid.given).upper()
            b.person(kname, "relative")
            b.dis.append("birth_date")
            rows.append(["2", kname, "—", fd(b, dt.date(r.randint(2012, 2022), r.randint(1, 12), r.randint(1, 28)), ds),
                         fd(b, alta, ds)])
    else:
        rows.append(["1", "—", "—", "—", fd(b, alta, ds)])
    b.f.table(["Nº", c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"),
               c.t("Documento", "Document", "Documento"), c.t("F. nacimiento", "Data naix.", "Data nac."),
               c.t("F. alta", "Data alta", "Data alta")], rows, [0.06, 0.42, 0.18, 0.17, 0.17],
              size=b.f.base * 0.85)
    off = b.person(b.official(), "official")
    b.f.signature([c.t("El/La Encargado/a del Padrón", "L'encarregat/da del Padró", "O/A encargado/a do Padrón"), off])
    b.f.footer([c.t("Este volante tiene carácter informativo y una validez de tres meses.",
                    "Aquest volant té caràcter informatiu i una validesa de tres mesos.",
                    "Este volante ten carácter informativo e unha validez de tres meses."),
                f"CSV: {b.csv()}"])
    return b.done("padron", holder, [(alta, expedicion)])


# ------------------------------------------------------------ padrón histórico

def historico_desde_hasta(ctx, rows, expedicion, **_):
    """An e-print: one table row per padrón sheet, Desde / Hasta; the open row's Hasta is a
    blank mask; the issue moment only at the top."""
    b, c, r = NB(ctx), ctx, ctx.rng
    head(b, [muni_issuer(c), c.t("Sede electrónica · Padrón", "Seu electrònica · Padró", "Sede electrónica · Padrón")],
             r.choice(["band", "centered"]))
    b.f.text(f"{c.t('Emitido', 'Emès', 'Emitido')}: {expedicion.isoformat()}T{clock(r, 8, 20)}:{r.randint(10, 59)}"
             if r.random() < 0.5 else
             f"{c.t('Fecha de emisión', CA_EMI, 'Data de emisión')}: {fd(b, expedicion, r.choice(['dot4', 'slash']))}",
             size=b.f.base * 0.85, align="r")
    b.title(c.t("INFORME HISTÓRICO DE INSCRIPCIÓN PADRONAL", "INFORME HISTÒRIC D'INSCRIPCIÓ PADRONAL",
                "INFORME HISTÓRICO DE INSCRICIÓN PADROAL"))
    holder = pname(b)
    b.f.fields(([(c.t("Persona", "Persona", "Persoa"), holder)] if holder else []) + b.id_field(), "colon")
    ds = r.choice(["slash", "abbr_pad", "dot4", "abbr_dot"])
    mask = r.choice(["--/--/----", "__/__/____", c.t("(continúa)", "(continua)", "(continúa)")])
    trows, presence = [], []
    for alta, baja in rows:
        trows.append([f"{r.randint(1000, 99999):06d}", td.address(r, c.muni)[0], fd(b, alta, ds),
                      fd(b, baja, ds) if baja else mask])
        presence.append((alta, baja or expedicion))
    b.dis.append("reference_number")
    b.f.table([c.t("Hoja", "Full", "Folla"), c.t("Domicilio", "Domicili", "Domicilio"),
               c.t("Desde", "Des de", "Desde"), c.t("Hasta", "Fins a", "Ata")], trows, [0.13, 0.47, 0.2, 0.2],
              size=b.f.base * 0.88)
    b.f.para(c.t("Este informe refleja los datos del Padrón Municipal en el momento de su emisión.",
                 "Aquest informe reflecteix les dades del Padró Municipal en el moment de la seva emissió.",
                 "Este informe reflicte os datos do Padrón Municipal no momento da súa emisión."),
             size=b.f.base * 0.9)
    b.f.footer([f"{c.t('Código de verificación', 'Codi de verificació', 'Código de verificación')}: {b.csv()}"])
    return b.done("padron_historico", holder, presence)


def historico_antiguedad(ctx, rows, expedicion, **_):
    """A history whose table gives each stay's length, and a total seniority line."""
    b, c, r = NB(ctx), ctx, ctx.rng
    head(b, [muni_issuer(c), c.t("Negociado de Estadística", "Negociat d'Estadística", "Negociado de Estatística")])
    b.title(c.t("CERTIFICADO DE ANTIGÜEDAD E HISTÓRICO PADRONAL", "CERTIFICAT D'ANTIGUITAT I HISTÒRIC PADRONAL",
                "CERTIFICADO DE ANTIGÜIDADE E HISTÓRICO PADROAL"))
    off = b.person(b.official(), "official")
    holder = pname(b)
    who = holder or c.t("la persona interesada", "la persona interessada", "a persoa interesada")
    b.f.para(c.t(f"{off}, Secretario/a del Ayuntamiento de {c.muni[0]}, CERTIFICA: que {honor_name(b, who)}"
                 f"{b.ident_text()} ha figurado inscrito/a en el Padrón de este municipio en los periodos siguientes:",
                 f"{off}, secretari/ària de l'Ajuntament de {c.muni[0]}, CERTIFICA: que {honor_name(b, who)}"
                 f"{b.ident_text()} ha figurat inscrit/a al Padró d'aquest municipi en els períodes següents:",
                 f"{off}, secretario/a do Concello de {c.muni[0]}, CERTIFICA: que {honor_name(b, who)}"
                 f"{b.ident_text()} figurou inscrito/a no Padrón deste concello nos períodos seguintes:"))
    ds = r.choice(["slash", "dash", "dot4", "slash_nopad"])
    trows, presence = [], []
    ty = tm = tdd = 0
    for alta, baja in rows:
        end = baja or expedicion
        y, m, d = months_days(alta, end)
        ty, tm, tdd = ty + y, tm + m, tdd + d
        trows.append([td.address(r, c.muni)[0], fd(b, alta, ds),
                      fd(b, baja, ds) if baja else c.t("(actual)", "(actual)", "(actual)"), stay_text(c, y, m, d)])
        presence.append((alta, end))
    b.f.table([c.t("Domicilio", "Domicili", "Domicilio"), c.t("Inicio", "Inici", "Inicio"),
               c.t("Fin", "Fi", "Fin"), c.t("Duración", "Durada", "Duración")], trows, [0.4, 0.17, 0.17, 0.26],
              size=b.f.base * 0.86)
    tm += tdd // 30
    tdd %= 30
    ty += tm // 12
    tm %= 12
    b.f.fields([(c.t("Antigüedad total en el municipio", "Antiguitat total al municipi", "Antigüidade total no concello"),
                 stay_text(c, ty, tm, tdd))], "colon")
    b.f.para(c.t(f"Expedido en {c.muni[0]}, a {b.dlong(expedicion)}.",
                 f"Expedit a {c.muni[0]}, {b.dlong(expedicion)}.",
                 f"Expedido en {c.muni[0]}, a {b.dlong(expedicion)}."))
    b.f.signature([c.t("El/La Secretario/a", "El/La secretari/ària", "O/A secretario/a"), off])
    b.f.footer([f"CSV {b.csv()}"])
    return b.done("padron_historico", holder, presence)


# ------------------------------------------------------------ bills and payslips

def _what(c, kind):
    return {"luz": c.t("electricidad", "electricitat", "electricidade"), "agua": c.t("agua", "aigua", "auga"),
            "gas": "gas", "telefono": c.t("telefonía", "telefonia", "telefonía"),
            "internet": c.t("fibra e internet", "fibra i internet", "fibra e internet")}[kind]


def bill_cnmc_qr(ctx, issue, period=None, kind=None, **_):
    """The regulator's bill format: summary, period 'del … a …', contract end, comparison QR."""
    b, c, r = NB(ctx), ctx, ctx.rng
    kind = kind or r.choice(list(td.UTILITIES))
    company = r.choice(td.UTILITIES[kind])
    head(b, [company, f"NIF {td.cif(r)}", f"{c.t('Atención al cliente', 'Atenció al client', 'Atención ao cliente')} {b.phone()}"])
    b.title(c.t(f"Factura de {_what(c, kind)}", f"Factura d'{_what(c, kind)}" if _what(c, kind)[0] in "ae"
                else f"Factura de {_what(c, kind)}", f"Factura de {_what(c, kind)}"))
    b.dis.append("invoice_number")
    ds = r.choice(["slash", "dot4", "slash", "dash"])
    items = [(c.t("Nº de factura", "Núm. de factura", "Nº de factura"), f"{r.choice('FPE')}{r.randint(10**9, 10**10 - 1)}"),
             (c.t("Fecha de emisión", CA_EMI, "Data de emisión"), fd(b, issue, ds))]
    if period:
        s, e = period
        n = (e - s).days + 1
        items.append((c.t("Periodo de facturación", "Període de facturació", "Período de facturación"),
                      c.t(f"del {fd(b, s, ds)} a {fd(b, e, ds)} ({n} días)", f"del {fd(b, s, ds)} a {fd(b, e, ds)} ({n} dies)",
                          f"do {fd(b, s, ds)} a {fd(b, e, ds)} ({n} días)")))
    due = issue + r.randint(5, 15) * DAY
    b.dis.append("due_date")
    items.append((c.t("Fecha de cargo", "Data de càrrec", "Data de cargo"), fd(b, due, ds)))
    boxtop = b.f.y
    b.f.fields(items, "colon")
    qr(b.f.page, b.f.right - 24, boxtop + 1, 22, r)
    b.f.text(c.t("Compare ofertas: escanee el código QR", "Compari ofertes: escanegi el codi QR",
                 "Compare ofertas: escanee o código QR"), size=7.5, align="r")
    section(b, c.t("DATOS DEL CONTRATO", "DADES DEL CONTRACTE", "DATOS DO CONTRATO"))
    holder = pname(b)
    end = issue.replace(year=issue.year + 1, day=1) - DAY if r.random() < 0.6 else dt.date(issue.year, 12, 31)
    end = max(end, issue + 60 * DAY)
    b.dis.append("contract_end_date")
    citems = ([(c.t("Titular del contrato", "Titular del contracte", "Titular do contrato"), holder)] if holder else [])
    citems += b.id_field() + [
        (c.t("Dirección de suministro", "Adreça de subministrament", "Enderezo de subministración"), c.home[0]),
        ("CUPS" if kind in ("luz", "gas") else c.t("Nº de contrato", "Núm. de contracte", "Nº de contrato"),
         f"ES{r.randint(10**15, 10**16 - 1)}" if kind in ("luz", "gas") else f"{r.randint(10**7, 10**8 - 1)}"),
        (c.t("Fecha de fin de contrato", "Data de fi del contracte", "Data de fin do contrato"), fd(b, end, ds))]
    b.f.fields(citems, "colon")
    section(b, c.t("DETALLE DE LA FACTURA", "DETALL DE LA FACTURA", "DETALLE DA FACTURA"))
    total = 0
    lines = []
    for label in r.sample([c.t("Término de potencia", "Terme de potència", "Termo de potencia"),
                           c.t("Término de energía", "Terme d'energia", "Termo de enerxía"),
                           c.t("Impuesto eléctrico", "Impost elèctric", "Imposto eléctrico"),
                           c.t("Alquiler de equipos", "Lloguer d'equips", "Aluguer de equipos")], 3):
        v = r.randint(150, 4800)
        total += v
        lines.append([label, f"{v / 100:.2f} €".replace(".", ",")])
    lines.append(["IVA 21 %", f"{total * 0.21 / 100:.2f} €".replace(".", ",")])
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Importe", "Import", "Importe")], lines, [0.7, 0.3])
    b.f.text(f"TOTAL {total * 1.21 / 100:.2f} €".replace(".", ","), bold=True, align="r")
    b.f.footer([c.t("Puede consultar las ofertas vigentes en el comparador de la CNMC.",
                    "Podeu consultar les ofertes vigents al comparador de la CNMC.",
                    "Pode consultar as ofertas vixentes no comparador da CNMC.")])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def bill_franja_resumen(ctx, issue, period=None, kind=None, **_):
    """The bill's summary as one strip of cells: number, date, Desde, Hasta, amount."""
    b, c, r = NB(ctx), ctx, ctx.rng
    kind = kind or r.choice(list(td.UTILITIES))
    company = r.choice(td.UTILITIES[kind])
    head(b, [company, f"CIF {td.cif(r)}", c.t(f"Servicio de {_what(c, kind)}", f"Servei de {_what(c, kind)}",
                                                f"Servizo de {_what(c, kind)}")], r.choice(["band", "right"]))
    holder = pname(b, ("comma_mixed", "std", "surfirst", "noacc_mixed"))
    addr = [holder] if holder else []
    for ln in addr + [c.home[0], c.home[1]]:
        b.f.text(ln, x=b.f.left + b.f.width * 0.5)
    b.f.space(4)
    ds = r.choice(["dot2", "dot4", "slash_nopad", "slash2"])
    amount = f"{r.randint(1800, 14000) / 100:.2f} €".replace(".", ",")
    b.dis.append("invoice_number")
    num = f"{r.randint(10, 99)}/{r.randint(10**6, 10**7 - 1)}"
    if period:
        heads = [c.t("Nº factura", "Núm. factura", "Nº factura"), c.t("Fecha factura", "Data factura", "Data factura"),
                 c.t("Desde", "Des de", "Desde"), c.t("Hasta", "Fins a", "Ata"), c.t("Importe", "Import", "Importe")]
        vals = [num, fd(b, issue, ds), fd(b, period[0], ds), fd(b, period[1], ds), amount]
        w = [0.24, 0.19, 0.19, 0.19, 0.19]
    else:
        heads = [c.t("Nº factura", "Núm. factura", "Nº factura"), c.t("Fecha factura", "Data factura", "Data factura"),
                 c.t("Importe", "Import", "Importe")]
        vals = [num, fd(b, issue, ds), amount]
        w = [0.4, 0.3, 0.3]
    b.f.table(heads, [vals], w, size=b.f.base * 0.9)
    section(b, c.t("DATOS DEL SUMINISTRO", "DADES DEL SUBMINISTRAMENT", "DATOS DA SUBMINISTRACIÓN"))
    items = ([(c.t("Titular", "Titular", "Titular"), holder)] if holder else []) + b.id_field()
    items += [(c.t("Nº de contador", "Núm. de comptador", "Nº de contador"), f"{r.randint(10**7, 10**8 - 1)}"),
              (c.t("Tarifa", "Tarifa", "Tarifa"), r.choice(["Doméstica", "2.0TD", "Básica", "Hogar"]))]
    b.f.fields(items, r.choice(["colon", "column"]))
    due = issue + r.randint(7, 20) * DAY
    b.dis.append("due_date")
    b.f.para(c.t(f"Domiciliado en ES** **** **** **{r.randint(10, 99)} **** {r.randint(1000, 9999)}. "
                 f"Fecha prevista de cargo: {fd(b, due, ds)}.",
                 f"Domiciliat a ES** **** **** **{r.randint(10, 99)} **** {r.randint(1000, 9999)}. "
                 f"Data prevista de càrrec: {fd(b, due, ds)}.",
                 f"Domiciliado en ES** **** **** **{r.randint(10, 99)} **** {r.randint(1000, 9999)}. "
                 f"Data prevista de cargo: {fd(b, due, ds)}."), size=b.f.base * 0.9)
    b.f.footer([f"{company} · {c.t('Atención al cliente', 'Atenció al client', 'Atención ao cliente')} {b.phone()}"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def payslip_apaisada(ctx, period, issue=None, **_):
    """A landscape payslip: worker boxes in a row, earnings and deductions side by side."""
    b, c, r = NB(ctx, size=(297.0, 210.0)), ctx, ctx.rng
    s, e = period
    company = r.choice(td.COMPANIES)
    head(b, [company, f"CIF {td.cif(r)} · C.C.C. {r.randint(10, 52)}/{r.randint(10**6, 10**7 - 1)}",
              f"{td.address(r, c.muni)[0]}, {c.muni[0]}"], r.choice(["logo_left", "centered"]))
    holder = pname(b, ("surfirst", "comma_upper", "std"))
    ds = r.choice(["abbr_up2", "slash", "dot4", "dash2"])
    senior = s - r.randint(60, 900) * DAY
    b.dis.append("seniority_date")
    form = r.randint(0, 2)
    if form == 0:
        per = c.t(f"{fd(b, s, ds)} a {fd(b, e, ds)}", f"{fd(b, s, ds)} a {fd(b, e, ds)}", f"{fd(b, s, ds)} a {fd(b, e, ds)}")
    elif form == 1:
        per = c.t(f"del {fd(b, s, ds)} al {fd(b, e, ds)}", f"del {fd(b, s, ds)} al {fd(b, e, ds)}",
                  f"do {fd(b, s, ds)} ao {fd(b, e, ds)}")
    else:
        per = f"{fd(b, s, ds)} - {fd(b, e, ds)}"
    items = ([(c.t("Trabajador/a", "Treballador/a", "Traballador/a"), holder)] if holder else [])
    items += b.id_field() + [
        (c.t("Nº afiliación S.S.", "Núm. afiliació S.S.", "Nº afiliación S.S."), f"{r.randint(10, 52)}/{r.randint(10**7, 10**8 - 1)}/{r.randint(10, 99)}"),
        (c.t("Categoría", "Categoria", "Categoría"), r.choice(["Peón", "Ayudante de cocina", "Limpiador/a", "Mozo/a de almacén"])),
        (c.t("Antigüedad", "Antiguitat", "Antigüidade"), fd(b, senior, ds)),
        (c.t("Periodo de liquidación", "Període de liquidació", "Período de liquidación"), per),
        (c.t("Total días", "Total dies", "Total días"), str((e - s).days + 1))]
    b.f.fields(items, "boxes", cols=3)
    rows = []
    earn = [c.t("Salario base", "Salari base", "Salario base"), c.t("Plus transporte", "Plus transport", "Plus transporte"),
            c.t("Prorrata pagas extra", "Prorrata pagues extra", "Rateo pagas extra")]
    ded = [c.t("Contingencias comunes 4,70 %", "Contingències comunes 4,70 %", "Continxencias comúns 4,70 %"),
           c.t("Desempleo 1,55 %", "Atur 1,55 %", "Desemprego 1,55 %"), "IRPF"]
    te = td_ = 0
    for a, dd, lo, hi in zip(earn, ded, (95000, 3000, 12000), (140000, 9000, 24000)):
        v1, v2 = r.randint(lo, hi), r.randint(1500, 7000)
        te, td_ = te + v1, td_ + v2
        rows.append([a, f"{v1 / 100:.2f}".replace(".", ","), dd, f"{v2 / 100:.2f}".replace(".", ",")])
    b.f.table([c.t("DEVENGOS", "MERITACIONS", "DEVENGOS"), c.t("Importe", "Import", "Importe"),
               c.t("DEDUCCIONES", "DEDUCCIONS", "DEDUCIÓNS"), c.t("Importe", "Import", "Importe")], rows,
              [0.32, 0.18, 0.32, 0.18])
    b.f.text(f"{c.t('LÍQUIDO A PERCIBIR', 'LÍQUID A PERCEBRE', 'LÍQUIDO A PERCIBIR')}: {(te - td_) / 100:.2f} €".replace(".", ","),
             bold=True, align="r")
    if issue:
        b.f.text(f"{c.muni[0]}, {b.dlong(issue)}")
    b.f.signature([c.t("Recibí", "Rebut", "Recibín"), holder or ""], align="l")
    return b.done("payslip", holder, [period])


# ------------------------------------------------------------ tickets and bank papers

def ticket_taquilla_autocar(ctx, date, **_):
    """An intercity coach ticket sold at the counter, with its control stub below a cut line."""
    r = ctx.rng
    b, c = NB(ctx, size=(85.0, 150.0), mono=r.random() < 0.6, base=r.choice([8.5, 9.0])), ctx
    b.f.margin = 5.0
    company = r.choice([t for t in td.TRANSPORT if "Auto" in t or "Interurbanos" in t])
    b.f.text(company.upper(), bold=True, align="c")
    b.f.text(f"CIF {td.cif(r)}", align="c")
    b.f.text(c.t("BILLETE DE VIAJERO", "BITLLET DE VIATGER", "BILLETE DE VIAXEIRO"), bold=True, align="c")
    b.f.hr()
    dest = r.choice([m for m in td.MUNICIPALITIES if m[0] != c.muni[0]])[0]
    orig, dst = (c.muni[0], dest) if r.random() < 0.5 else (dest, c.muni[0])
    holder = clip(pname(b, ("surfirst", "std", "comma_upper")), c.holder, 28)
    ds = r.choice(["wd3", "slash", "dash", "slash2"])
    items = [(c.t("ORIGEN", "ORIGEN", "ORIXE"), orig.upper()), (c.t("DESTINO", "DESTINACIÓ", "DESTINO"), dst.upper())]
    if date:
        items.append((c.t("FECHA", "DATA", "DATA"), fd(b, date, ds)))
        items.append((c.t("SALIDA", "SORTIDA", "SAÍDA"), clock(r, 6, 21)))
    seat = r.randint(1, 55)
    items.append((c.t("ASIENTO", "SEIENT", "ASENTO"), str(seat)))
    if holder:
        items.append((c.t("VIAJERO/A", "VIATGER/A", "VIAXEIRO/A"), holder))
    b.f.fields(items, "colon")
    b.f.text(f"{c.t('TARIFA GENERAL', 'TARIFA GENERAL', 'TARIFA XERAL')} {r.randint(400, 3500) / 100:.2f} EUR".replace(".", ","))
    if date:
        sold = date - r.randint(1, 20) * DAY
        b.dis.append("purchase_date")
        b.f.text(f"{c.t('Vendido', 'Venut', 'Vendido')}: {fd(b, sold, 'slash2')} {clock(r)} {c.t('Taquilla', 'Taquilla', 'Billeteira')} {r.randint(1, 6)}",
                 size=7.5)
    b.f.text(c.t("Conserve el billete durante el viaje", "Conserveu el bitllet durant el viatge",
                 "Conserve o billete durante a viaxe"), size=7.5)
    b.f.space(4)
    dashed(b)
    b.f.space(1)
    b.f.text(c.t("CUPÓN DE CONTROL", "CUPÓ DE CONTROL", "CUPÓN DE CONTROL"), bold=True, align="c")
    b.f.text(f"{orig.upper()[:14]} - {dst.upper()[:14]}", align="c")
    if date:
        b.f.text(f"{fd(b, date, 'slash2')}  {c.t('ASIENTO', 'SEIENT', 'ASENTO')} {seat}", align="c")
    b.f.space(2)
    barcode(b.f.page, b.f.left + 8, b.f.y, b.f.width - 16, 9, r)
    return b.done("transport_ticket", holder, one_day(date), "passenger")


def bank_orden_transferencia(ctx, date, **_):
    """A transfer order made at a branch: the applicant sends, someone else receives."""
    b, c, r = NB(ctx), ctx, ctx.rng
    bank = r.choice(td.BANKS)
    office = r.randint(100, 9999)
    head(b, [bank, c.t(f"Oficina {office:04d} - {c.muni[0]}", f"Oficina {office:04d} - {c.muni[0]}",
                        f"Oficina {office:04d} - {c.muni[0]}")])
    b.title(c.t("ORDEN DE TRANSFERENCIA", "ORDRE DE TRANSFERÈNCIA", "ORDE DE TRANSFERENCIA"))
    holder = pname(b)
    section(b, c.t("ORDENANTE", "ORDENANT", "ORDENANTE"))
    items = ([(c.t("Nombre", "Nom", "Nome"), holder)] if holder else []) + b.id_field()
    items.append((c.t("Cuenta de cargo", "Compte de càrrec", "Conta de cargo"),
                  f"ES{r.randint(10, 99)} **** **** {r.randint(10, 99)}** ****{r.randint(1000, 9999)}"))
    b.f.fields(items, "boxes", cols=2)
    section(b, c.t("BENEFICIARIO", "BENEFICIARI", "BENEFICIARIO"))
    other = b.person(b.someone_else(), "beneficiary")
    b.f.fields([(c.t("Nombre", "Nom", "Nome"), other),
                ("IBAN", f"{r.choice(['MA', 'CO', 'RO', 'SN', 'ES'])}{r.randint(10, 99)} {r.randint(1000, 9999)} "
                         f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"),
                (c.t("Concepto", "Concepte", "Concepto"), r.choice(["Ayuda familiar", "Gastos familia", "Envío"]))],
               "boxes", cols=2)
    amt = r.randint(5000, 90000) / 100
    b.f.fields([(c.t("Importe", "Import", "Importe"), f"{amt:.2f} EUR".replace(".", ",")),
                (c.t("Gastos", "Despeses", "Gastos"), c.t("Compartidos (SHA)", "Compartides (SHA)", "Compartidos (SHA)"))]
               + ([(c.t("Fecha de ejecución", "Data d'execució", "Data de execución"),
                    fd(b, date, r.choice(["slash", "dot4", "dash"])))] if date else []), "colon")
    b.f.signature([c.t("Firma del ordenante", "Signatura de l'ordenant", "Sinatura do ordenante"), holder or ""], align="l")
    if date:
        b.f.space(4)
        b.f.text(f"{c.t('OPERACION REALIZADA', 'OPERACIO REALITZADA', 'OPERACION REALIZADA')} "
                 f"{fd(b, date, 'dot4')} {clock(r, 8, 14)} OF.{office:04d} TERM.{r.randint(1, 9):02d}",
                 size=b.f.base * 0.85, align="r")
    return b.done("bank_receipt", holder, one_day(date), "sender")


def bank_certificado_saldo(ctx, date, **_):
    """A branch's certificate of an account's balance on the day it is issued."""
    b, c, r = NB(ctx), ctx, ctx.rng
    bank = r.choice(td.BANKS)
    head(b, [bank, f"NIF {td.cif(r)}", c.t(f"Oficina de {c.muni[0]}", f"Oficina de {c.muni[0]}", f"Oficina de {c.muni[0]}")])
    b.title(c.t("CERTIFICADO DE SALDO", "CERTIFICAT DE SALDO", "CERTIFICADO DE SALDO"))
    off = b.person(b.official(), "official")
    holder = pname(b)
    who = honor_name(b, holder) if holder else c.t("la persona titular", "la persona titular", "a persoa titular")
    iban = f"ES{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}** **** {r.randint(1000, 9999)}"
    bal = f"{r.randint(1000, 400000) / 100:.2f}".replace(".", ",")
    when = c.t(f"a fecha {b.d(date)}", f"a data {b.d(date)}", f"a data {b.d(date)}") if date else \
        c.t("a la fecha", "a la data", "á data")
    b.f.para(c.t(f"{off}, en calidad de Director/a de la oficina, CERTIFICA: que {who}{b.ident_text()} es titular "
                 f"de la cuenta {iban}, cuyo saldo {when} asciende a {bal} euros.",
                 f"{off}, en qualitat de director/a de l'oficina, CERTIFICA: que {who}{b.ident_text()} és titular "
                 f"del compte {iban}, el saldo del qual {when} és de {bal} euros.",
                 f"{off}, en calidade de director/a da oficina, CERTIFICA: que {who}{b.ident_text()} é titular "
                 f"da conta {iban}, cuxo saldo {when} ascende a {bal} euros."))
    b.f.para(c.t("Este certificado se emite a petición del titular y no supone compromiso alguno de la entidad.",
                 "Aquest certificat s'emet a petició del titular i no comporta cap compromís de l'entitat.",
                 "Este certificado emítese a petición do titular e non supón compromiso ningún da entidade."))
    if date:
        b.f.para(b.place_date(date, formula=False) + f" · {clock(r, 8, 14)}")
    b.f.signature([off, c.t("Director/a de oficina", "Director/a d'oficina", "Director/a de oficina")])
    return b.done("bank_receipt", holder, one_day(date))


# ------------------------------------------------------------ medical

def med_consulta_enfermeria(ctx, date, **_):
    """A health centre's nursing consultation sheet; sometimes a next review (distractor)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    centre = r.choice([cl for cl in td.CLINICS if "Dental" not in cl]).format(m=c.muni[0])
    head(b, [centre, c.t("Consulta de Enfermería", "Consulta d'Infermeria", "Consulta de Enfermaría")],
             r.choice(["band", "logo_left"]))
    b.title(c.t("HOJA DE CONSULTA DE ENFERMERÍA", "FULL DE CONSULTA D'INFERMERIA", "FOLLA DE CONSULTA DE ENFERMARÍA"))
    holder = pname(b, ("surfirst", "comma_upper", "std", "comma_mixed"))
    b.dis.append("reference_number")
    items = ([(c.t("Paciente", "Pacient", "Paciente"), holder)] if holder else [])
    items += [("CIP / TSI", f"{td.strip_accents((c.holder.surnames[0] if c.holder else 'XXXX'))[:4].upper()}"
                            f"{r.randint(10**9, 10**10 - 1)}")]
    ds = r.choice(["slash2", "slash", "dot4", "abbr_dot"])
    if date:
        items.append((c.t("Fecha", "Data", "Data"), f"{fd(b, date, ds)}   {c.t('Hora', 'Hora', 'Hora')}: {clock(r, 8, 20)}"))
    b.f.fields(items, r.choice(["grid", "boxes"]))
    b.f.fields([(c.t("Motivo", "Motiu", "Motivo"),
                 r.choice([c.t("Cura de herida", "Cura de ferida", "Cura de ferida"),
                           c.t("Control de tensión arterial", "Control de tensió arterial", "Control de tensión arterial"),
                           c.t("Retirada de puntos", "Retirada de punts", "Retirada de puntos")])),
                ("TA", f"{r.randint(105, 145)}/{r.randint(60, 92)} mmHg"),
                (c.t("Frecuencia cardiaca", "Freqüència cardíaca", "Frecuencia cardíaca"), f"{r.randint(58, 96)} lpm")],
               "column")
    if date and r.random() < 0.5:
        b.dis.append("next_appointment_date")
        b.f.fields([(c.t("Próxima revisión", "Propera revisió", "Próxima revisión"),
                     fd(b, date + r.randint(5, 30) * DAY, ds))], "colon")
    nurse = b.person(b.official(), "official")
    b.f.signature([c.t("Enfermero/a", "Infermer/a", "Enfermeiro/a"), nurse,
                   f"{c.t('Nº colegiado/a', 'Núm. col·legiat/da', 'Nº colexiado/a')} {r.randint(10**5, 10**6 - 1)}"])
    return b.done("medical", holder, one_day(date), "patient")


def med_oftalmologia(ctx, date, **_):
    """An ophthalmology report with the refraction table; the next review as a month."""
    b, c, r = NB(ctx), ctx, ctx.rng
    head(b, [c.t(f"Hospital General Universitario de {c.muni[0]}", f"Hospital Universitari de {c.muni[0]}",
                  f"Hospital Universitario de {c.muni[0]}"),
              c.t("Servicio de Oftalmología", "Servei d'Oftalmologia", "Servizo de Oftalmoloxía")])
    b.title(c.t("INFORME DE CONSULTA", "INFORME DE CONSULTA", "INFORME DE CONSULTA"))
    holder = pname(b)
    items = ([(c.t("Paciente", "Pacient", "Paciente"), holder)] if holder else [])
    items += [("NHC", str(r.randint(10**5, 10**7)))]
    b.dis.append("reference_number")
    if c.birth and r.random() < 0.4:
        items += b.birth_field()
    if date:
        items.append((c.t("Fecha de la consulta", "Data de la consulta", "Data da consulta"), b.dlong(date)))
    b.f.fields(items, r.choice(["colon", "column"]))
    b.f.text(c.t("Agudeza visual y refracción", "Agudesa visual i refracció", "Agudeza visual e refracción"), bold=True)
    b.f.space(1.5)
    b.f.table(["", "Esf.", "Cil.", "Eje", "AV"],
              [["OD", f"{r.choice(['-', '+'])}{r.randint(0, 4)},{r.choice(['00', '25', '50', '75'])}",
                f"-{r.randint(0, 2)},{r.choice(['00', '25', '50'])}", f"{r.randint(0, 180)}º", f"0,{r.randint(5, 9)}"],
               ["OI", f"{r.choice(['-', '+'])}{r.randint(0, 4)},{r.choice(['00', '25', '50', '75'])}",
                f"-{r.randint(0, 2)},{r.choice(['00', '25', '50'])}", f"{r.randint(0, 180)}º", f"0,{r.randint(5, 9)}"]],
              [0.12, 0.22, 0.22, 0.22, 0.22])
    b.f.para(c.t("Biomicroscopía sin alteraciones. Presión intraocular normal. Se prescribe corrección óptica.",
                 "Biomicroscòpia sense alteracions. Pressió intraocular normal. Es prescriu correcció òptica.",
                 "Biomicroscopía sen alteracións. Presión intraocular normal. Prescríbese corrección óptica."))
    if date:
        nxt = date.replace(year=date.year + 1)
        b.dis.append("next_appointment_date")
        b.f.fields([(c.t("Próxima revisión", "Propera revisió", "Próxima revisión"),
                     td.fmt_month2(nxt.year, nxt.month, r.choice(["name_year", "abbr_upper", "num_slash", "name_de_year"]),
                                   c.lang))], "colon")
    doc = b.person(b.official(), "official")
    b.f.signature([f"{r.choice(['Dr.', 'Dra.'])} {doc}", c.t("F.E.A. Oftalmología", "Metge/essa adjunt/a", "F.E.A. Oftalmoloxía")])
    return b.done("medical", holder, one_day(date), "patient")


# ------------------------------------------------------------ attendance and training

def att_albergue(ctx, date, **_):
    """A homeless shelter's certificate of one night; undated: the person uses the service."""
    b, c, r = NB(ctx), ctx, ctx.rng
    centre = r.choice([c.t("Albergue Municipal de Transeúntes", "Alberg Municipal", "Albergue Municipal"),
                       c.t("Centro de Acogida Nocturna San Vicente", "Centre d'Acollida Nocturna Sant Vicenç",
                           "Centro de Acollida Nocturna San Vicente")])
    head(b, [centre, f"{c.muni[0]} · Tel. {b.phone()}"], r.choice(["centered", "logo_left"]))
    b.title(c.t("CERTIFICADO DE ESTANCIA", "CERTIFICAT D'ESTADA", "CERTIFICADO DE ESTADÍA"))
    off = b.person(b.official(), "official")
    holder = pname(b, ("std", "comma_mixed", "noacc_mixed", "surfirst"))
    who = honor_name(b, holder) if holder else c.t("la persona interesada", "la persona interessada", "a persoa interesada")
    b.dis.append("reference_number")
    ref = f"{c.t('usuario/a nº', 'usuari/ària núm.', 'usuario/a nº')} {r.randint(100, 9999)}"
    if date:
        body = c.t(f"Que {who}{b.ident_text()} {ref}, ha pernoctado en este centro la noche del {b.dlong(date)}, "
                   "haciendo uso de los servicios de cena, alojamiento y ducha.",
                   f"Que {who}{b.ident_text()} {ref}, ha pernoctat en aquest centre la nit del {b.dlong(date)}, "
                   "i ha fet ús dels serveis de sopar, allotjament i dutxa.",
                   f"Que {who}{b.ident_text()} {ref}, pernoctou neste centro a noite do {b.dlong(date)}, "
                   "facendo uso dos servizos de cea, aloxamento e ducha.")
    else:
        body = c.t(f"Que {who}{b.ident_text()} {ref}, es usuario/a de los servicios de cena, alojamiento y ducha "
                   "de este centro.",
                   f"Que {who}{b.ident_text()} {ref}, és usuari/ària dels serveis de sopar, allotjament i dutxa "
                   "d'aquest centre.",
                   f"Que {who}{b.ident_text()} {ref}, é usuario/a dos servizos de cea, aloxamento e ducha "
                   "deste centro.")
    b.f.para(c.t(f"{off}, responsable del centro,", f"{off}, responsable del centre,", f"{off}, responsable do centro,"))
    b.f.text("CERTIFICA:", bold=True)
    b.f.para(body)
    b.f.para(b.place_date(date))
    b.f.signature([off, c.t("Responsable del centro", "Responsable del centre", "Responsable do centro")])
    return b.done("attendance_certificate", holder, one_day(date), "user")


def att_acompanamiento(ctx, date, **_):
    """An NGO's note that a volunteer went with the person to an appointment."""
    b, c, r = NB(ctx), ctx, ctx.rng
    ngo = r.choice(td.NGOS).format(m=c.muni[0])
    prog = c.t("Programa de Acompañamiento", "Programa d'Acompanyament", "Programa de Acompañamento")
    head(b, [ngo, prog])
    b.title(c.t("HOJA DE ACOMPAÑAMIENTO", "FULL D'ACOMPANYAMENT", "FOLLA DE ACOMPAÑAMENTO"))
    holder = pname(b)
    who = honor_name(b, holder) if holder else c.t("la persona participante", "la persona participant", "a persoa participante")
    where = r.choice([c.t(f"el Hospital General de {c.muni[0]}", f"l'Hospital de {c.muni[0]}", f"o Hospital de {c.muni[0]}"),
                      c.t("la oficina del Servicio Público de Empleo", "l'oficina del Servei d'Ocupació", "a oficina do Servizo de Emprego"),
                      c.t("los Servicios Sociales municipales", "els Serveis Socials municipals", "os Servizos Sociais municipais")])
    if date:
        b.f.para(c.t(f"Se hace constar que {who}{b.ident_text()} fue acompañado/a por una persona voluntaria de esta "
                     f"entidad a {where} el {fd(b, date, r.choice(['long_weekday', 'slash', 'abbr_dot_long']))}, "
                     f"a las {clock(r, 8, 13)} horas.",
                     f"Es fa constar que {who}{b.ident_text()} va ser acompanyat/da per una persona voluntària d'aquesta "
                     f"entitat a {where} el {fd(b, date, r.choice(['long_weekday', 'slash', 'abbr_dot_long']))}, "
                     f"a les {clock(r, 8, 13)} hores.",
                     f"Faise constar que {who}{b.ident_text()} foi acompañado/a por unha persoa voluntaria desta "
                     f"entidade a {where} o {fd(b, date, r.choice(['long_weekday', 'slash', 'abbr_dot_long']))}, "
                     f"ás {clock(r, 8, 13)} horas."))
    else:
        b.f.para(c.t(f"Se hace constar que {who}{b.ident_text()} participa en el programa de acompañamiento de "
                     f"esta entidad y es acompañado/a en sus gestiones ante {where}.",
                     f"Es fa constar que {who}{b.ident_text()} participa en el programa d'acompanyament "
                     f"d'aquesta entitat i és acompanyat/da en les seves gestions davant {where}.",
                     f"Faise constar que {who}{b.ident_text()} participa no programa de acompañamento "
                     f"desta entidade e é acompañado/a nas súas xestións ante {where}."))
    b.f.para(c.t("La entidad no dispone de información clínica ni administrativa sobre la gestión realizada.",
                 "L'entitat no disposa d'informació clínica ni administrativa sobre la gestió feta.",
                 "A entidade non dispón de información clínica nin administrativa sobre a xestión realizada."),
             size=b.f.base * 0.9)
    off = b.person(b.official(), "official")
    b.f.signature([c.t("Coordinador/a del programa", "Coordinador/a del programa", "Coordinador/a do programa"), off])
    return b.done("attendance_certificate", holder, one_day(date), "user")


def train_primeros_auxilios(ctx, date, **_):
    """A first-aid course certificate: the course day; the accreditation lasts two years."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.f.page.rect(0, 0, 12, 297, 0, b.color, fill=b.color)
    b.f.margin = max(b.f.margin, 22.0)
    ent = c.t(f"Asociación de Socorrismo y Emergencias de {c.muni[0]}", f"Associació de Socorrisme i Emergències de {c.muni[0]}",
              f"Asociación de Socorrismo e Emerxencias de {c.muni[0]}")
    head(b, [ent, c.t("Centro de formación acreditado", "Centre de formació acreditat", "Centro de formación acreditado")],
             "centered")
    b.title(c.t("CERTIFICADO DE FORMACIÓN", "CERTIFICAT DE FORMACIÓ", "CERTIFICADO DE FORMACIÓN"))
    holder = pname(b)
    course = r.choice([c.t("Soporte Vital Básico y uso del DEA (8 horas)", "Suport Vital Bàsic i ús del DEA (8 hores)",
                           "Soporte Vital Básico e uso do DEA (8 horas)"),
                       c.t("Primeros auxilios básicos (6 horas)", "Primers auxilis bàsics (6 hores)", "Primeiros auxilios básicos (6 horas)")])
    who = honor_name(b, holder) if holder else c.t("la persona participante", "la persona participant", "a persoa participante")
    b.f.para(c.t(f"Se certifica que {who}{b.ident_text()} ha superado el curso «{course}».",
                 f"Es certifica que {who}{b.ident_text()} ha superat el curs «{course}».",
                 f"Certifícase que {who}{b.ident_text()} superou o curso «{course}»."), align="c")
    b.dis.append("reference_number")
    ds = r.choice(["dot4", "slash", "long", "abbr_dot"])
    items = [(c.t("Nº de registro", "Núm. de registre", "Nº de rexistro"), f"SVB-{r.randint(1000, 9999)}-{r.randint(100, 999)}")]
    if date:
        items.append((c.t("Fecha de realización", "Data de realització", "Data de realización"), fd(b, date, ds)))
        b.dis.append("expiry_date")
        items.append((c.t("Validez de la acreditación", "Validesa de l'acreditació", "Validez da acreditación"),
                      c.t(f"2 años (hasta {fd(b, date.replace(year=date.year + 2), ds)})",
                          f"2 anys (fins al {fd(b, date.replace(year=date.year + 2), ds)})",
                          f"2 anos (ata o {fd(b, date.replace(year=date.year + 2), ds)})")))
    b.f.fields(items, "colon")
    inst = b.person(b.official(), "official")
    dire = b.person(b.official(), "official")
    b.f.signature([c.t("El/La instructor/a", "L'instructor/a", "O/A instrutor/a"), inst], align="l")
    b.f.signature([c.t("El/La director/a", "El/La director/a", "O/A director/a"), dire])
    return b.done("training_certificate", holder, one_day(date), "student")


def train_competencias_digitales(ctx, date, **_):
    """A municipal digital-skills centre's certificate: the day the itinerary was finished."""
    b, c, r = NB(ctx), ctx, ctx.rng
    head(b, [muni_issuer(c), c.t("Centro de Competencias Digitales", "Punt de Competències Digitals",
                                  "Centro de Competencias Dixitais")], r.choice(["band", "right"]))
    b.title(c.t("CERTIFICADO DE COMPETENCIAS DIGITALES", "CERTIFICAT DE COMPETÈNCIES DIGITALS",
                "CERTIFICADO DE COMPETENCIAS DIXITAIS"))
    holder = pname(b)
    who = holder or c.t("la persona participante", "la persona participant", "a persoa participante")
    lvl = r.choice(["A1", "A2", "B1"])
    hours = r.choice([10, 15, 20, 30])
    fin = c.t(f", finalizado el {b.dlong(date)}", f", finalitzat el {b.dlong(date)}", f", finalizado o {b.dlong(date)}") if date else ""
    b.f.para(c.t(f"{who}{b.ident_text()} ha completado el itinerario formativo «Competencias digitales básicas» "
                 f"({hours} h){fin}, y ha alcanzado el nivel {lvl} del marco europeo DigComp 2.2.",
                 f"{who}{b.ident_text()} ha completat l'itinerari formatiu «Competències digitals bàsiques» "
                 f"({hours} h){fin}, i ha assolit el nivell {lvl} del marc europeu DigComp 2.2.",
                 f"{who}{b.ident_text()} completou o itinerario formativo «Competencias dixitais básicas» "
                 f"({hours} h){fin}, e acadou o nivel {lvl} do marco europeo DigComp 2.2."))
    b.f.table([c.t("Área", "Àrea", "Área"), c.t("Nivel", "Nivell", "Nivel")],
              [[c.t("Información y datos", "Informació i dades", "Información e datos"), lvl],
               [c.t("Comunicación", "Comunicació", "Comunicación"), lvl],
               [c.t("Seguridad", "Seguretat", "Seguridade"), lvl]], [0.7, 0.3])
    tech = b.person(b.official(), "official")
    b.f.signature([c.t("Dinamizador/a del centro", "Dinamitzador/a del punt", "Dinamizador/a do centro"), tech])
    b.f.footer([f"CSV: {b.csv()}"])
    return b.done("training_certificate", holder, one_day(date), "student")


# ------------------------------------------------------------ library, lease, job, shop, other

def library_carne_sellado(ctx, date, **_):
    """A stamped cardboard library card typed on a machine: values on ruled lines, a round stamp."""
    r = ctx.rng
    b, c = NB(ctx, size=(105.0, 74.0), mono=True, base=r.choice([8.5, 9.0])), ctx
    b.f.margin = 6.0
    head = f"BIBLIOTECA MUNICIPAL DE {c.muni[0].upper()}"
    b.f.text(head, size=b.f.fit(head, b.f.font(True), b.f.base, b.f.width), bold=True, align="c")
    b.f.text(c.t("CARNET DE LECTOR/A", "CARNET DE LECTOR/A", "CARNÉ DE LECTOR/A"), align="c")
    b.f.space(2)
    holder = pname(b, ("surfirst", "std", "noacc_mixed"))
    items = [(c.t("N.º lector/a", "Núm. lector/a", "N.º lector/a"), f"{r.randint(1000, 99999)}")]
    if holder:
        items.append((c.t("Nombre", "Nom", "Nome"), holder))
    if date:
        items.append((c.t("Expedido", "Expedit", "Expedido"), fd(b, date, r.choice(["roman", "dash", "slash", "long"]))))
    for lab, val in items:
        b.f.text(f"{lab}: {val}", size=b.f.fit(f"{lab}: {val}", b.f.font(), b.f.base, b.f.width - 22))
        b.f.page.line(b.f.left + len(lab) * 1.6 + 4, b.f.y + 0.8, b.f.right - 22, b.f.y + 0.8, 0.2)
    b.f.space(2)
    b.f.text(c.t("Personal e intransferible", "Personal i intransferible", "Persoal e intransferible"), size=7.5)
    # The round stamp, drawn as a ring.
    x, y = b.f.right - 20, 74.0 - 28
    b.f.page.ellipse(x, y, 19, 19, (110, 60, 150))
    b.f.page.ellipse(x + 1.2, y + 1.2, 16.6, 16.6, (255, 255, 255))
    b.f.page.text(x + 9.5, y + 11, "BIBLIOTECA", b.f.font(True), 5.5, "c", (110, 60, 150))
    return b.done("library_card", holder, one_day(date), "user")


def rental_habitacion_local(ctx, date, **_):
    """A room lease written, half the time, in the municipality's own language (Galician,
    Catalan / Valencian) even where a lease is usually Spanish: the date in words at the top,
    the end of term (distractor)."""
    if ctx.lang == "es" and ctx.muni[2] != "es" and ctx.rng.random() < 0.5:
        ctx.lang = ctx.muni[2]
    b, c, r = NB(ctx), ctx, ctx.rng
    b.title(c.t("CONTRATO DE ARRENDAMIENTO DE HABITACIÓN", "CONTRACTE D'ARRENDAMENT D'HABITACIÓ",
                "CONTRATO DE ARRENDAMENTO DE HABITACIÓN"))
    holder = pname(b, ("std", "std", "surfirst", "noacc_mixed"))
    land = b.person(c.landlord.natural, "landlord")
    m = c.muni[0]
    if date:
        wd = td.fmt_date2(date, r.choice(["words_full", "words_day", "long"]), c.lang)
        b.f.para(c.t(f"En {m}, a {wd}.", f"A {m}, {wd}.", f"En {m}, a {wd}."), align="r")
    b.f.text(c.t("REUNIDOS", "REUNITS", "REUNIDOS"), bold=True, align="c")
    dni = f"{r.randint(10**7, 10**8 - 1)}{td.NIE_LETTERS[r.randint(0, 22)]}"
    b.f.para(c.t(f"De una parte, {land}, con DNI {dni}, en adelante la parte arrendadora.",
                 f"D'una part, {land}, amb DNI {dni}, d'ara endavant la part arrendadora.",
                 f"Dunha parte, {land}, con DNI {dni}, en diante a parte arrendadora."))
    b.f.para(c.t(f"De otra parte, {holder or '—'}{b.ident_text()} en adelante la parte arrendataria.",
                 f"D'altra part, {holder or '—'}{b.ident_text()} d'ara endavant la part arrendatària.",
                 f"Doutra parte, {holder or '—'}{b.ident_text()} en diante a parte arrendataria."))
    start = date or dt.date(2026, 3, 1)
    end = start.replace(year=start.year + 1) - DAY
    b.dis.append("contract_end_date")
    rent = r.randint(200, 550)
    clauses = [
        c.t(f"PRIMERA. Objeto. Se arrienda una habitación de la vivienda sita en {c.home[0]}, con uso compartido de "
            "cocina y baño.",
            f"PRIMERA. Objecte. S'arrenda una habitació de l'habitatge situat a {c.home[0]}, amb ús compartit de "
            "cuina i bany.",
            f"PRIMEIRA. Obxecto. Arréndase unha habitación da vivenda sita en {c.home[0]}, con uso compartido de "
            "cociña e baño."),
        c.t(f"SEGUNDA. Duración. Desde la firma hasta el {b.d(end)}, prorrogable por acuerdo de las partes.",
            f"SEGONA. Durada. Des de la signatura fins al {b.d(end)}, prorrogable per acord de les parts.",
            f"SEGUNDA. Duración. Desde a sinatura ata o {b.d(end)}, prorrogable por acordo das partes."),
        c.t(f"TERCERA. Renta. {rent} euros al mes, gastos incluidos, pagaderos los cinco primeros días.",
            f"TERCERA. Renda. {rent} euros al mes, despeses incloses, pagadors els cinc primers dies.",
            f"TERCEIRA. Renda. {rent} euros ao mes, gastos incluídos, pagadoiros os cinco primeiros días."),
        c.t("CUARTA. Fianza. Se entrega una mensualidad en concepto de fianza.",
            "QUARTA. Fiança. Es lliura una mensualitat en concepte de fiança.",
            "CUARTA. Fianza. Entrégase unha mensualidade en concepto de fianza."),
    ]
    for cl in clauses:
        b.f.para(cl)
    b.f.para(c.t("Y en prueba de conformidad, firman el presente por duplicado.",
                 "I en prova de conformitat, signen aquest contracte per duplicat.",
                 "E en proba de conformidade, asinan o presente por duplicado."))
    b.f.signature([c.t("La parte arrendadora", "La part arrendadora", "A parte arrendadora"), land], align="l")
    b.f.signature([c.t("La parte arrendataria", "La part arrendatària", "A parte arrendataria"), holder or ""], align="l")
    return b.done("rental_contract", holder, one_day(date), "tenant")


def job_formulario(ctx, date, **_):
    """A job offer on a boxed form: company, worker, conditions, signature."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    b.f.text(c.t("OFERTA DE EMPLEO", "OFERTA DE TREBALL", "OFERTA DE EMPREGO"), b.f.base * 1.4, True, "c")
    b.f.text(c.t("Compromiso de contratación", "Compromís de contractació", "Compromiso de contratación"), align="c")
    b.f.space(3)
    section(b, c.t("1. DATOS DE LA EMPRESA", "1. DADES DE L'EMPRESA", "1. DATOS DA EMPRESA"))
    rep = b.person(b.official(), "official")
    b.f.fields([(c.t("Razón social", "Raó social", "Razón social"), company), ("CIF", td.cif(r)),
                (c.t("Representante", "Representant", "Representante"), rep),
                ("C.N.A.E.", f"{r.randint(1000, 9999)}")], "boxes", cols=2)
    section(b, c.t("2. DATOS DE LA PERSONA TRABAJADORA", "2. DADES DE LA PERSONA TREBALLADORA",
                   "2. DATOS DA PERSOA TRABALLADORA"))
    holder = pname(b)
    b.f.fields(([(c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"), holder)] if holder else [])
               + b.id_field() + [(c.t("Nacionalidad", "Nacionalitat", "Nacionalidade"),
                                  r.choice(["Colombia", "Marruecos", "Senegal", "Perú", "Honduras", "Pakistán"]))],
               "boxes", cols=2)
    section(b, c.t("3. CONDICIONES", "3. CONDICIONS", "3. CONDICIÓNS"))
    start = (date or dt.date(2026, 5, 1)) + r.randint(45, 150) * DAY
    b.dis.append("incorporation_date")
    b.f.fields([(c.t("Puesto", "Lloc", "Posto"), r.choice(["Peón agrícola", "Camarero/a", "Limpiador/a", "Cuidador/a"])),
                (c.t("Tipo de contrato", "Tipus de contracte", "Tipo de contrato"), c.t("Indefinido", "Indefinit", "Indefinido")),
                (c.t("Jornada", "Jornada", "Xornada"), c.t("40 h semanales", "40 h setmanals", "40 h semanais")),
                (c.t("Fecha prevista de inicio", "Data prevista d'inici", "Data prevista de inicio"), b.d(start))],
               "boxes", cols=2)
    section(b, c.t("4. FIRMA", "4. SIGNATURA", "4. SINATURA"))
    if date:
        b.f.para(b.place_date(date, formula=False))
    b.f.signature([c.t("Por la empresa", "Per l'empresa", "Pola empresa"), rep])
    return b.done("job_offer", holder, one_day(date))


def shop_pedido_online(ctx, date, **_):
    """An online supermarket's order confirmation printed from the mail: the order's day; the
    delivery slot the next days (shipping_date)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    shop = r.choice(["Supermercados Familia Online", "La Huerta en Casa", "Compra Fácil Supermercados"])
    b.f.text(shop, size=b.f.base * 1.5, bold=True, color=b.color)
    b.f.hr()
    holder = pname(b, ("std", "std", "noacc_mixed"))
    if holder:
        b.f.text(c.t(f"Hola, {c.holder.given}:", f"Hola, {c.holder.given}:", f"Ola, {c.holder.given}:"))
    b.f.para(c.t("Hemos recibido tu pedido. Te lo llevamos a casa en la franja que elegiste.",
                 "Hem rebut la teva comanda. Te la portem a casa en la franja que vas triar.",
                 "Recibimos o teu pedido. Levámoscho á casa na franxa que escolliches."))
    b.dis.append("reference_number")
    items = [(c.t("Pedido nº", "Comanda núm.", "Pedido nº"), f"{r.randint(10**6, 10**7 - 1)}")]
    ds = r.choice(["slash", "iso", "long_weekday", "abbr_dot"])
    if date:
        items.append((c.t("Realizado el", "Feta el", "Realizado o"), f"{fd(b, date, ds)}, {clock(r, 7, 23)}"))
        dl = date + r.randint(1, 3) * DAY
        b.dis.append("shipping_date")
        items.append((c.t("Entrega", "Lliurament", "Entrega"),
                      f"{fd(b, dl, 'long_weekday')}, {c.t('de', 'de', 'de')} 19:00 {c.t('a', 'a', 'a')} 21:00"))
    else:
        items.append((c.t("Entrega", "Lliurament", "Entrega"), c.t("en la franja elegida", "en la franja triada",
                                                                    "na franxa escollida")))
    items.append((c.t("Dirección de entrega", "Adreça de lliurament", "Enderezo de entrega"), c.home[0]))
    if holder:
        items.insert(0, (c.t("Cliente", "Client", "Cliente"), holder))
    b.f.fields(items, "colon")
    rows, total = [], 0
    for it in r.sample(["Leche entera 6x1L", "Arroz redondo 1 kg", "Aceite de oliva 1 L", "Huevos docena",
                        "Pollo entero", "Tomate pera 1 kg", "Detergente 40 lav."], 4):
        v = r.randint(100, 900)
        total += v
        rows.append([it, "1", f"{v / 100:.2f} €".replace(".", ",")])
    b.f.table([c.t("Producto", "Producte", "Produto"), c.t("Uds.", "Uts.", "Uds."), c.t("Importe", "Import", "Importe")],
              rows, [0.65, 0.1, 0.25])
    b.f.text(f"TOTAL {total / 100:.2f} €".replace(".", ","), bold=True, align="r")
    return b.done("shop_receipt", holder, one_day(date))


def other_envio_paqueteria(ctx, date, **_):
    """A courier's admission receipt: the applicant sends a parcel abroad."""
    r = ctx.rng
    b, c = NB(ctx, size=(148.0, 105.0), base=r.choice([8.5, 9.0])), ctx
    b.f.margin = 7.0
    b.f.text(r.choice(["Envíos Rápidos Peninsular", "Paquetería Mundo Express", "Transcontinental Courier S.L."]),
             size=b.f.base * 1.3, bold=True, color=b.color)
    b.f.text(c.t("JUSTIFICANTE DE ADMISIÓN", "JUSTIFICANT D'ADMISSIÓ", "XUSTIFICANTE DE ADMISIÓN"), bold=True)
    holder = pname(b, ("std", "surfirst", "comma_upper"))
    dest = b.person(b.someone_else(upper=True), "other")
    b.dis.append("reference_number")
    items = [(c.t("Envío", "Enviament", "Envío"), f"{r.choice(['PQ', 'EX', 'MX'])}{r.randint(10**9, 10**10 - 1)}ES")]
    if holder:
        items.append((c.t("Remitente", "Remitent", "Remitente"), holder))
    items.append((c.t("Destinatario/a", "Destinatari/ària", "Destinatario/a"), f"{dest} ({r.choice(['Marruecos', 'Colombia', 'Senegal', 'Rumanía'])})"))
    items.append((c.t("Peso", "Pes", "Peso"), f"{r.randint(1, 20)},{r.randint(0, 9)} kg"))
    if date:
        ds = r.choice(["slash", "dot2", "dash"])
        items.append((c.t("Admisión", "Admissió", "Admisión"), f"{fd(b, date, ds)} {clock(r, 9, 20)}"))
        b.dis.append("due_date")
        items.append((c.t("Entrega estimada", "Lliurament estimat", "Entrega estimada"), fd(b, date + r.randint(4, 9) * DAY, ds)))
    b.f.fields(items, "colon")
    barcode(b.f.page, b.f.left, b.f.y + 1, 60, 10, r)
    return b.done("other", holder, one_day(date), "sender")


def other_donacion_sangre(ctx, date, **_):
    """A blood donation slip for the employer; undated: the donor came, no day."""
    r = ctx.rng
    b, c = NB(ctx, size=(148.0, 210.0)), ctx
    # A half sheet: the issuer wraps instead of running off the band.
    b.f.page.rect(0, 0, 148.0, 6, 0, b.color, fill=b.color)
    b.f.space(4)
    b.f.para(c.t("Centro de Transfusión y Banco de Tejidos", "Banc de Sang i Teixits", "Centro de Transfusión de Galicia"),
             size=b.f.base * 1.3, bold=True)
    b.f.text(c.t(f"Punto de donación de {c.muni[0]}", f"Punt de donació de {c.muni[0]}", f"Punto de doazón de {c.muni[0]}"))
    b.f.space(4)
    b.title(c.t("JUSTIFICANTE DE DONACIÓN", "JUSTIFICANT DE DONACIÓ", "XUSTIFICANTE DE DOAZÓN"))
    holder = pname(b)
    who = honor_name(b, holder) if holder else c.t("la persona donante", "la persona donant", "a persoa doante")
    if date:
        h1 = r.randint(9, 18)
        b.f.para(c.t(f"Se hace constar que {who}{b.ident_text()} ha acudido a este punto de donación el día "
                     f"{fd(b, date, r.choice(['slash', 'long', 'dot4']))}, de {h1}:00 a {h1 + 1}:00 horas, para realizar una donación de sangre.",
                     f"Es fa constar que {who}{b.ident_text()} ha acudit a aquest punt de donació el dia "
                     f"{fd(b, date, r.choice(['slash', 'long', 'dot4']))}, de {h1}:00 a {h1 + 1}:00 hores, per fer una donació de sang.",
                     f"Faise constar que {who}{b.ident_text()} acudiu a este punto de doazón o día "
                     f"{fd(b, date, r.choice(['slash', 'long', 'dot4']))}, das {h1}:00 ás {h1 + 1}:00 horas, para realizar unha doazón de sangue."))
        b.dis.append("due_date")
        b.f.fields([(c.t("Próxima donación a partir del", "Propera donació a partir del", "Próxima doazón a partir do"),
                     b.d(date + r.choice([61, 62, 90]) * DAY))], "colon")
    else:
        b.f.para(c.t(f"Se hace constar que {who}{b.ident_text()} ha acudido a este punto de donación para realizar "
                     "una donación de sangre.",
                     f"Es fa constar que {who}{b.ident_text()} ha acudit a aquest punt de donació per fer una "
                     "donació de sang.",
                     f"Faise constar que {who}{b.ident_text()} acudiu a este punto de doazón para realizar "
                     "unha doazón de sangue."))
    b.f.para(c.t("A efectos del permiso retribuido previsto en la normativa laboral.",
                 "A l'efecte del permís retribuït previst en la normativa laboral.",
                 "Para os efectos do permiso retribuído previsto na normativa laboral."), size=b.f.base * 0.9)
    off = b.person(b.official(), "official")
    b.f.signature([c.t("El/La responsable del equipo", "El/La responsable de l'equip", "O/A responsable do equipo"), off])
    return b.done("other", holder, one_day(date))


FAMILIES = {
    "padron": {"junta_distrito": (padron_junta_distrito, ALL), "hoja_codigos": (padron_hoja_codigos, ALL)},
    "padron_historico": {"desde_hasta": (historico_desde_hasta, ALL), "antiguedad": (historico_antiguedad, ALL)},
    "utility_bill": {"cnmc_qr": (bill_cnmc_qr, ALL), "franja_resumen": (bill_franja_resumen, ALL)},
    "payslip": {"apaisada": (payslip_apaisada, ALL)},
    "transport_ticket": {"taquilla_autocar": (ticket_taquilla_autocar, ALL)},
    "bank_receipt": {"orden_transferencia": (bank_orden_transferencia, ALL),
                     "certificado_saldo": (bank_certificado_saldo, ALL)},
    "medical": {"consulta_enfermeria": (med_consulta_enfermeria, ALL), "oftalmologia": (med_oftalmologia, ALL)},
    "attendance_certificate": {"albergue": (att_albergue, ALL), "acompanamiento": (att_acompanamiento, ALL)},
    "training_certificate": {"primeros_auxilios": (train_primeros_auxilios, ALL),
                             "competencias_digitales": (train_competencias_digitales, ALL)},
    "library_card": {"carne_sellado": (library_carne_sellado, ALL)},
    "rental_contract": {"habitacion_local": (rental_habitacion_local, ALL)},
    "job_offer": {"formulario": (job_formulario, ALL)},
    "shop_receipt": {"pedido_online": (shop_pedido_online, ALL)},
    "other": {"envio_paqueteria": (other_envio_paqueteria, ALL), "donacion_sangre": (other_donacion_sangre, ALL)},
}
