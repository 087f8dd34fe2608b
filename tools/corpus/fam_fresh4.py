"""held_out_4: a fourth blind set of template families (see families.json).

Written after held_out_3 had been looked at, from the generator's machinery and
RULES.md only: small-town form-box volantes, Andalusian two-column grids, a
landscape movements table, a PVPC bill with a daily bar chart, a fibre bill
paid by direct debit, a domestic worker's payslip, a coach e-ticket shown on a
phone, cash paid in at a cash machine, a counter slip with a mechanical
validation line, hospital outpatient reports with a label sticker, a sick-leave
parte, Red Cross-style programme letters, a place of worship's certificate, an
occupational course with hours, a driving school's theory course, a library
loan slip, a rental contract's cover sheet, a care-worker job offer, a loyalty
receipt, a consular registration certificate and a job-seeker's renewal slip.
"""
import datetime as dt
import random

from . import textdata as td
from .doctypes import muni_issuer
from .famkit import NB, one_day

ALL = ("es", "ca", "gl")
ES = ("es",)
ES_CA = ("es", "ca")
DAY = dt.timedelta(days=1)


def _money(r, lo, hi):
    return f"{r.uniform(lo, hi):.2f}".replace(".", ",")


def _name_as(b, how):
    """The holder as some issuers print it, or b.name() when the drawn style must stay
    (a clerk's slip, one surname). how: surname_first | slash | comma_mixed | natural."""
    c = b.ctx
    if c.holder is None:
        return None
    if c.name_style in ("typo", "one_surname") or how == "natural":
        return b.name()
    given, sur = c.holder.given, " ".join(c.holder.surnames)
    if how == "surname_first":
        return f"{sur} {given}".upper()
    if how == "slash":
        return td.strip_accents(f"{sur}/{given}").upper()
    return f"{sur.upper()}, {given}"


def _stamp(b, lines, x=None, w=34.0, h=22.0):
    """An oval ink stamp drawn in the free space at the current height (ring, then words)."""
    f, col = b.f, b.rng.choice([(40, 60, 150), (120, 40, 120), (30, 90, 140)])
    x = f.right - w if x is None else x
    y = f.y + 1
    f.page.ellipse(x, y, w, h, col)
    f.page.ellipse(x + 0.8, y + 0.8, w - 1.6, h - 1.6, (255, 255, 255))
    size = 6.0
    step = size * 0.36 * 1.4
    y0 = y + h / 2 - step * (len(lines) - 1) / 2 + 1
    for i, ln in enumerate(lines):
        s = f.fit(ln, f.font(True), size, w - 5)
        f.page.text(x + w / 2, y0 + i * step, ln, f.font(True), s, "c", col)
    return h + 2


def _barcode(b, x, y, digits, module=0.33, height=8.0):
    """A Code 128-like row of bars for a number (never a name or a date)."""
    r = random.Random(digits)
    cx = x
    for _ in range(len(digits) * 5):
        w = module * r.choice([1, 1, 2, 3])
        if r.random() < 0.55:
            b.f.page.block(cx, y, w, height)
        cx += w + module * r.choice([1, 1, 2])
    return cx - x


def _wd_abbr(d, lang):
    return {"es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
            "ca": ["dl", "dt", "dc", "dj", "dv", "ds", "dg"],
            "gl": ["lun", "mar", "mér", "xov", "ven", "sáb", "dom"]}[lang][d.weekday()]


def _mon_abbr(d, lang):
    return td.MONTH_ABBR_DOT[lang][d.month - 1].rstrip(".")


def _grid4(b, pairs, size=None, first_wide=False):
    """Two label/value pairs a row, in ruled cells (label cells shaded); first_wide gives
    the first pair (a name) a row of its own."""
    f = b.f
    size = size or f.base * 0.9
    rh = f.line_h(size) + 2.2
    cw = f.width / 2
    lab_w = cw * 0.38
    rows = [pairs[:1]] + [pairs[i:i + 2] for i in range(1, len(pairs), 2)] if first_wide \
        else [pairs[i:i + 2] for i in range(0, len(pairs), 2)]
    for row in rows:
        f.ensure(rh)
        for j, (lab, val) in enumerate(row):
            x = f.left + j * cw
            wide = len(row) == 1
            vw = (f.width if wide else cw) - lab_w
            f.page.rect(x, f.y, lab_w, rh, 0.3, f.color, fill=(236, 236, 236))
            f.page.rect(x + lab_w, f.y, vw, rh, 0.3, f.color)
            f.page.text(x + 1.2, f.y + rh - 2.0, lab, f.font(True), f.fit(lab, f.font(True), size * 0.85, lab_w - 2),
                        "l", f.color)
            f.page.text(x + lab_w + 1.5, f.y + rh - 2.0, val, f.font(), f.fit(val, f.font(), size, vw - 3), "l",
                        f.color)
        f.y += rh
    f.y += 3


# ------------------------------------------------------------ padrón

def padron_volante_casillas(ctx, alta, expedicion, **_):
    """Small-town volante typed into a preprinted form: numbered boxes, the mayor's Vº Bº."""
    b, c, r = NB(ctx, base=ctx.rng.choice([9.5, 10.0])), ctx, ctx.rng
    b.header([muni_issuer(c).upper(), c.t(f"Provincia de {c.muni[1]}", f"Província de {c.muni[1]}",
                                          f"Provincia de {c.muni[1]}")], "centered")
    b.f.text(c.t("VOLANTE DE EMPADRONAMIENTO", "VOLANT D'EMPADRONAMENT", "VOLANTE DE EMPADROAMENTO"),
             b.f.base * 1.3, True, "c")
    b.f.text(c.t("(Modelo V-1)", "(Model V-1)", "(Modelo V-1)"), b.f.base * 0.8, align="c")
    b.f.space(3)
    how = r.choice(["surname_first", "natural", "comma_mixed"])
    holder = _name_as(b, how)
    ident = b.id_field()
    items = [(c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"), holder or "—"),
             (c.t("Documento", "Document", "Documento"), ident[0][1] if ident else "—")]
    if c.birth and r.random() < 0.6:
        b.dis.append("birth_date")
        items.append((c.t("Fecha de nacimiento", "Data de naixement", "Data de nacemento"), b.d(c.birth)))
    items += [(c.t("Domicilio", "Domicili", "Domicilio"), c.home[0]),
              (c.t("Hoja padronal", "Full padronal", "Folla padroal"), f"{r.randint(1, 4)}/{r.randint(100, 2999)}"),
              (c.t("Fecha de alta en el domicilio", "Data d'alta al domicili", "Data de alta no domicilio"),
               b.d(alta)),
              (c.t("Causa del alta", "Causa de l'alta", "Causa da alta"),
               r.choice([c.t("Cambio de residencia", "Canvi de residència", "Cambio de residencia"),
                         c.t("Omisión", "Omissió", "Omisión"),
                         c.t("Cambio de domicilio", "Canvi de domicili", "Cambio de domicilio")]))]
    items = [(f"{i}. {lab}", val) for i, (lab, val) in enumerate(items, 1)]  # the form numbers its boxes
    b.f.fields(items, "boxes", cols=2)
    b.f.para(c.t("Se expide el presente volante a efectos de acreditar la residencia y el domicilio, "
                 "sin que tenga carácter de certificación.",
                 "S'expedeix aquest volant a efectes d'acreditar la residència i el domicili, sense "
                 "caràcter de certificació.",
                 "Expídese o presente volante para acreditar a residencia e o domicilio, sen "
                 "carácter de certificación."), size=b.f.base * 0.9)
    b.f.fields([(c.t("Fecha de expedición", "Data d'expedició", "Data de expedición"), b.d(expedicion))], "boxes")
    y0 = b.f.y
    off = b.person(b.official(), "official")
    b.f.signature([c.t("El/La Funcionario/a", "El/La Funcionari/ària", "O/A Funcionario/a"), off], align="l")
    after = b.f.y
    b.f.y = y0
    b.f.signature([c.t("Vº Bº El/La Alcalde/sa", "Vist i plau L'Alcalde/ssa", "Visto e prace O/A Alcalde/sa")])
    b.f.y = max(b.f.y, after)
    if r.random() < 0.7:
        _stamp(b, [muni_issuer(c).upper(), c.t("PADRÓN", "PADRÓ", "PADRÓN")], x=b.f.right - 60)
    return b.done("padron", holder, [(alta, expedicion)])


def padron_andaluz_grid(ctx, alta, expedicion, **_):
    """Andalusian certificate: the inscription data in a two-column grid, CSV and QR below."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), "Área de Gobernación · Servicio de Estadística"], r.choice(["logo_left", "right"]))
    b.title("CERTIFICADO DE EMPADRONAMIENTO")
    sec = b.person(b.official(), "official")
    b.f.para(f"{sec}, Jefe/a del Negociado de Estadística, por delegación de la Secretaría General, "
             "CERTIFICA que en el Padrón Municipal de Habitantes figuran los siguientes datos:")
    holder = _name_as(b, r.choice(["comma_mixed", "surname_first", "natural"]))
    ident = b.id_field()
    pairs = [("Apellidos y nombre", holder or "—"),
             ("Documento", ident[0][1] if ident else "—"),
             ("Nacionalidad", r.choice(["Colombia", "Marruecos", "Venezuela", "Honduras", "Senegal", "Perú"]))]
    if c.birth:
        b.dis.append("birth_date")
        pairs.append(("F. nacimiento", b.d(c.birth)))
    else:
        pairs.append(("Sexo", r.choice(["H", "M"])))
    pairs += [("Domicilio", c.home[0]), ("Distrito / Sección", f"{r.randint(1, 11):02d} / {r.randint(1, 60):03d}"),
              ("Fecha de alta", b.d(alta)),
              ("Causa", r.choice(["CR - Cambio de residencia", "OM - Omisión", "CD - Cambio de domicilio"]))]
    _grid4(b, pairs, first_wide=True)
    b.f.para("Y para que conste y surta efectos donde proceda, expido la presente con el Vº Bº del "
             f"Sr./Sra. Alcalde/sa, en {c.muni[0]}, a {b.dlong(expedicion)}.")
    b.f.signature(["El/La Jefe/a del Negociado", sec])
    b.f.footer(["Documento firmado electrónicamente conforme a la Ley 39/2015.",
                f"Código Seguro de Verificación: {b.csv()}"])
    return b.done("padron", holder, [(alta, expedicion)])


# ------------------------------------------------------------ padrón histórico

def historico_variaciones_apaisado(ctx, rows, expedicion, **_):
    """Landscape print of the padrón database: one line per variation (alta, baja) with
    its date, cause and dwelling; the person's data in a band above."""
    b, c, r = NB(ctx, size=(297.0, 210.0), base=ctx.rng.choice([9.0, 9.5])), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Padrón Municipal · Informe histórico de variaciones",
                                  "Padró Municipal · Informe històric de variacions",
                                  "Padrón Municipal · Informe histórico de variacións")], "band")
    holder = _name_as(b, r.choice(["surname_first", "comma_mixed", "natural"]))
    ident = b.id_field()
    items = [(c.t("Habitante", "Habitant", "Habitante"), holder or "—")]
    if ident:
        items.append(ident[0])
    b.f.fields(items, "colon")
    trows = []
    for k, (alta, baja) in enumerate(rows):
        street = td.address(r, c.muni)[0]
        hoja = f"{r.randint(1, 9)}-{r.randint(100, 999)}"
        moved = c.t("CD - Alta por cambio de domicilio", "CD - Alta per canvi de domicili", "CD - Alta por cambio de domicilio")
        trows.append([b.d(alta), moved if k and rows[k - 1][1] else r.choice([c.t("AL - Alta por cambio de residencia", "AL - Alta per canvi de residència",
                                                "AL - Alta por cambio de residencia"),
                                           c.t("AO - Alta por omisión", "AO - Alta per omissió", "AO - Alta por omisión"),
                                           c.t("CD - Alta por cambio de domicilio", "CD - Alta per canvi de domicili",
                                               "CD - Alta por cambio de domicilio")]), street, hoja])
        if baja:
            trows.append([b.d(baja), r.choice([c.t("BD - Baja por cambio de domicilio", "BD - Baixa per canvi de domicili",
                                                   "BD - Baixa por cambio de domicilio"),
                                               c.t("BR - Baja por cambio de residencia", "BR - Baixa per canvi de residència",
                                                   "BR - Baixa por cambio de residencia")]), street, hoja])
    b.f.table([c.t("Fecha variación", "Data variació", "Data variación"), c.t("Causa", "Causa", "Causa"),
               c.t("Domicilio", "Domicili", "Domicilio"), c.t("Hoja", "Full", "Folla")], trows,
              [0.16, 0.38, 0.34, 0.12])
    last_open = rows and rows[-1][1] is None
    b.f.text(c.t("Situación a la fecha del informe: ", "Situació a la data de l'informe: ",
                 "Situación á data do informe: ") + (c.t("INSCRITO/A", "INSCRIT/A", "INSCRITO/A") if last_open
                                                     else c.t("BAJA", "BAIXA", "BAIXA")), bold=True)
    b.f.space(2)
    b.f.text(c.t(f"Emitido en {c.muni[0]} el {b.d(expedicion)}", f"Emès a {c.muni[0]} el {b.d(expedicion)}",
                 f"Emitido en {c.muni[0]} o {b.d(expedicion)}"))
    b.f.signature([b.person(b.official(), "official"), c.t("Responsable del Padrón", "Responsable del Padró",
                                                           "Responsable do Padrón")])
    b.f.footer([f"CSV {b.csv()}  ·  {c.t('Página 1 de 1', 'Pàgina 1 de 1', 'Páxina 1 de 1')}"])
    presence = [(a, z or expedicion) for a, z in rows]
    return b.done("padron_historico", holder, presence)


def historico_sede_periodos(ctx, rows, expedicion, **_):
    """Sede electrónica print: 'Periodo' cells as 'd1 – d2' (open: 'd1 – vigente'), the
    issue moment in the header, no signature but a CSV."""
    b, c, r = NB(ctx), ctx, ctx.rng
    stamp = f"{b.d(expedicion)} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}"
    b.f.text(c.t(f"Sede electrónica · Emitido: {stamp}", f"Seu electrònica · Emès: {stamp}",
                 f"Sede electrónica · Emitido: {stamp}"), b.f.base * 0.8, align="r")
    b.header([muni_issuer(c)], "logo_left")
    b.title(r.choice([c.t("Certificado de empadronamiento con historial de domicilios",
                          "Certificat d'empadronament amb historial de domicilis",
                          "Certificado de empadroamento con historial de domicilios"),
                      c.t("INFORME HISTÓRICO DE RESIDENCIA", "INFORME HISTÒRIC DE RESIDÈNCIA",
                          "INFORME HISTÓRICO DE RESIDENCIA")]))
    holder = _name_as(b, r.choice(["natural", "comma_mixed", "surname_first"]))
    nf = [(c.t("Persona interesada", "Persona interessada", "Persoa interesada"), holder or "—")] + b.id_field()
    b.f.fields(nf, "grid")
    now = r.choice([c.t("vigente", "vigent", "vixente"), c.t("actualidad", "actualitat", "actualidade")])
    trows, presence = [], []
    for alta, baja in rows:
        trows.append([f"{b.d(alta)} – {b.d(baja) if baja else now}", f"{td.address(r, c.muni)[0]}"])
        presence.append((alta, baja or expedicion))
    b.f.table([c.t("Periodo", "Període", "Período"), c.t("Domicilio", "Domicili", "Domicilio")], trows, [0.42, 0.58])
    b.f.para(c.t("Los periodos sin domicilio indicado no constan en el Padrón de este municipio.",
                 "Els períodes sense domicili indicat no consten al Padró d'aquest municipi.",
                 "Os períodos sen domicilio indicado non constan no Padrón deste concello."), size=b.f.base * 0.85)
    b.f.footer([c.t("Verificable mediante el código CSV en la sede electrónica municipal.",
                    "Verificable mitjançant el codi CSV a la seu electrònica municipal.",
                    "Verificable mediante o código CSV na sede electrónica municipal."), f"CSV: {b.csv()}"])
    return b.done("padron_historico", holder, presence)


# ------------------------------------------------------------ bills, payslips

def bill_pvpc_barras(ctx, issue, period=None, **_):
    """Regulated-tariff electricity bill: 'Periodo de consumo: 02.03.2026 - 31.03.2026', a bar
    chart of daily consumption inside the period, the debit date after."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(["Comercializadora de Referencia Peninsular S.A.", "Energía Regulada del Sur S.A.U.",
                        "Referencia Eléctrica Iberia S.L."])
    b.header([company, c.t("Comercializadora de referencia", "Comercialitzadora de referència")], r.choice(["band", "right"]))
    b.title(c.t("Factura de electricidad · PVPC", "Factura d'electricitat · PVPC"))
    holder = _name_as(b, r.choice(["natural", "natural", "surname_first"]))
    left = [(c.t("Titular del contrato", "Titular del contracte"), holder or "—"),
            (c.t("Dirección de suministro", "Adreça de subministrament"), f"{c.home[0]}, {c.home[1]}"),
            ("CUPS", f"ES00{r.randint(10**13, 10**14 - 1)}{r.choice('ABCDEF')}{r.choice('JKLMN')}0F"),
            (c.t("Peaje de acceso", "Peatge d'accés"), "2.0TD"),
            (c.t("Potencia contratada", "Potència contractada"), f"{r.choice(['3,45', '4,60', '5,75'])} kW")]
    b.f.fields(left, "colon")
    b.dis.append("invoice_number")
    dform = r.choice(["dot4", "slash", "dot4"])
    head = [(c.t("Nº factura", "Núm. factura"), f"PV{r.randint(10**8, 10**9 - 1)}")]
    if issue:
        head.append((c.t("Fecha de emisión", "Data d'emissió"), b.d(issue, dform)))
    if period:
        s, e = period
        head.append((c.t("Periodo de consumo", "Període de consum"),
                     f"{b.d(s, dform)} - {b.d(e, dform)} ({(e - s).days + 1} {c.t('días', 'dies')})"))
    b.f.fields(head, "grid")
    if period:
        s, e = period
        n = (e - s).days + 1
        f = b.f
        f.text(c.t("Su consumo diario (kWh)", "El seu consum diari (kWh)"), bold=True)
        h, y = 24.0, f.y + 2
        bw = f.width / max(n, 1)
        for i in range(n):
            v = r.uniform(0.2, 1.0)
            f.page.block(f.left + i * bw + bw * 0.15, y + h * (1 - v), bw * 0.7, h * v, b.color)
        f.page.line(f.left, y + h, f.right, y + h, 0.3)
        f.y = y + h + 1
        for i in range(0, n, 5):
            day = (s + i * DAY).day
            f.page.text(f.left + i * bw + bw / 2, f.y + 3, str(day), f.font(), 7, "c")
        f.y += 6
    rows = [[c.t("Término de potencia", "Terme de potència"), f"{_money(r, 8, 20)} €"],
            [c.t("Término de energía", "Terme d'energia"), f"{_money(r, 15, 60)} €"],
            [c.t("Impuesto eléctrico", "Impost elèctric"), f"{_money(r, 1, 4)} €"],
            [c.t("Alquiler del contador", "Lloguer del comptador"), f"{_money(r, 0.5, 1.5)} €"],
            ["IVA", f"{_money(r, 3, 15)} €"]]
    b.f.table([c.t("Concepto", "Concepte"), c.t("Importe", "Import")], rows, [0.7, 0.3])
    b.f.text(f"TOTAL {_money(r, 30, 110)} €", b.f.base * 1.3, True, "r")
    if issue:
        b.dis.append("due_date")
        b.f.text(c.t(f"Se cargará en su cuenta a partir del {b.d(issue + r.randint(5, 12) * DAY, dform)}.",
                     f"Es carregarà al seu compte a partir del {b.d(issue + r.randint(5, 12) * DAY, dform)}."))
    b.f.footer([c.t("Precio voluntario para el pequeño consumidor (PVPC) · Bono social: consulte condiciones",
                    "Preu voluntari per al petit consumidor (PVPC) · Bo social: consulteu condicions")])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def bill_fibra_domiciliada(ctx, issue, period=None, **_):
    """Fibre-and-mobile bill paid by direct debit: a summary box, the services, the
    promotion's end date (future) and the debit date."""
    b, c, r = NB(ctx, base=ctx.rng.choice([9.5, 10.0])), ctx, ctx.rng
    company = r.choice(td.UTILITIES["internet"])
    b.header([company, c.t("Área de clientes: app y web", "Àrea de clients: app i web", "Área de clientes: app e web")],
             r.choice(["logo_left", "band"]))
    holder = _name_as(b, r.choice(["natural", "comma_mixed", "natural"]))
    if holder:
        b.f.text(holder, bold=True, align="r")
        b.f.text(c.home[0], align="r")
        b.f.text(c.home[1], align="r")
    b.f.space(3)
    b.f.text(c.t("Resumen de tu factura", "Resum de la teva factura", "Resumo da túa factura"), b.f.base * 1.3, True)
    b.f.space(2.5)
    items = [(c.t("Nº de cliente", "Núm. de client", "Nº de cliente"), str(r.randint(10**7, 10**8 - 1)))]
    if issue:
        items.append((c.t("Fecha de factura", "Data de factura", "Data de factura"), b.d(issue)))
    if period:
        s, e = period
        items.append((c.t("Periodo de facturación", "Període de facturació", "Período de facturación"),
                      c.t(f"{b.d(s)} a {b.d(e)}", f"{b.d(s)} a {b.d(e)}", f"{b.d(s)} a {b.d(e)}")))
    b.f.fields(items, "boxes", cols=len(items))
    b.dis.append("phone_number")
    rows = [[c.t("Fibra 600 Mb + fijo", "Fibra 600 Mb + fix", "Fibra 600 Mb + fixo"), f"{_money(r, 25, 40)} €"],
            [c.t(f"Línea móvil {td.fmt_phone(r, '6' + str(r.randint(10**7, 10**8 - 1)))}",
                 f"Línia mòbil {td.fmt_phone(r, '6' + str(r.randint(10**7, 10**8 - 1)))}",
                 f"Liña móbil {td.fmt_phone(r, '6' + str(r.randint(10**7, 10**8 - 1)))}"), f"{_money(r, 5, 15)} €"],
            [c.t("Descuento promoción", "Descompte promoció", "Desconto promoción"), f"-{_money(r, 3, 10)} €"],
            ["IVA 21%", f"{_money(r, 5, 10)} €"]]
    b.f.table([c.t("Servicio", "Servei", "Servizo"), c.t("Importe", "Import", "Importe")], rows, [0.72, 0.28])
    b.f.text(f"{c.t('Total a pagar', 'Total a pagar', 'Total a pagar')}: {_money(r, 30, 70)} €", b.f.base * 1.2, True, "r")
    if issue:
        b.dis.append("expiry_date")
        b.f.para(c.t(f"Tu promoción está activa hasta el {b.d(issue + r.randint(90, 300) * DAY)}.",
                     f"La teva promoció és activa fins al {b.d(issue + r.randint(90, 300) * DAY)}.",
                     f"A túa promoción está activa ata o {b.d(issue + r.randint(90, 300) * DAY)}."))
        b.dis.append("due_date")
        b.f.para(c.t(f"Recibo domiciliado en ES** **** **** **{r.randint(10, 99)} {r.randint(1000, 9999)}. "
                     f"Fecha de cargo: {b.d(issue + r.randint(3, 10) * DAY)}.",
                     f"Rebut domiciliat a ES** **** **** **{r.randint(10, 99)} {r.randint(1000, 9999)}. "
                     f"Data de càrrec: {b.d(issue + r.randint(3, 10) * DAY)}.",
                     f"Recibo domiciliado en ES** **** **** **{r.randint(10, 99)} {r.randint(1000, 9999)}. "
                     f"Data de cargo: {b.d(issue + r.randint(3, 10) * DAY)}."))
    b.f.footer([f"{company} · CIF {td.cif(r)} · {td.address(r, r.choice(td.MUNICIPALITIES))[1]}"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def payslip_empleada_hogar(ctx, issue, period=None, **_):
    """Domestic worker's salary receipt (Sistema Especial de Empleados de Hogar): a private
    employer named as such, the month as 'Mensualidad: noviembre 2025'."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.title(c.t("RECIBO DE SALARIO · EMPLEADOS DE HOGAR", "REBUT DE SALARI · PERSONES TREBALLADORES DE LA LLAR",
                "RECIBO DE SALARIO · EMPREGADOS DE FOGAR"))
    emp = b.person(td.random_spaniard(r).natural, "official")
    holder = _name_as(b, r.choice(["natural", "surname_first", "comma_mixed"]))
    ident = b.id_field()
    rows = [[c.t("Empleador/a", "Ocupador/a", "Empregador/a"), emp, f"NIF {r.randint(10**7, 10**8 - 1)}{r.choice(td.NIE_LETTERS)}"],
            [c.t("Trabajador/a", "Treballador/a", "Traballador/a"), holder or "—", ident[0][1] if ident else ""]]
    b.f.table(["", c.t("Nombre", "Nom", "Nome"), "NIF/NIE"], rows, [0.22, 0.5, 0.28])
    if period:
        s, e = period
        fs, fe = td.month_bounds(s.year, s.month)
        if (s, e) == (fs, fe):
            val = td.fmt_month2(s.year, s.month, r.choice(["name_year", "abbr_upper", "num_slash", "name_de_year"]), c.lang)
        else:
            val = c.t(f"del {b.d(s)} al {b.d(e)}", f"del {b.d(s)} al {b.d(e)}", f"do {b.d(s)} ao {b.d(e)}")
        b.f.fields([(c.t("Mensualidad", "Mensualitat", "Mensualidade"), val),
                    (c.t("Horas semanales", "Hores setmanals", "Horas semanais"), str(r.choice([20, 25, 30, 40])))], "colon")
    rows = [[c.t("Salario base", "Salari base", "Salario base"), f"{r.randint(600, 1200)},00 €"],
            [c.t("Prorrata pagas extra", "Prorrata pagues extra", "Prorrata pagas extra"), f"{r.randint(90, 200)},00 €"],
            [c.t("Cotización trabajador/a", "Cotització treballador/a", "Cotización traballador/a"), f"-{_money(r, 30, 80)} €"]]
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Importe", "Import", "Importe")], rows, [0.7, 0.3])
    b.f.text(c.t(f"Líquido a percibir: {_money(r, 600, 1300)} €", f"Líquid a percebre: {_money(r, 600, 1300)} €",
                 f"Líquido a percibir: {_money(r, 600, 1300)} €"), bold=True, align="r")
    if issue:
        b.f.para(c.t(f"Pagado por transferencia el {b.d(issue)}.", f"Pagat per transferència el {b.d(issue)}.",
                     f"Pagado por transferencia o {b.d(issue)}."))
    b.f.signature([c.t("Firma del empleador/a", "Signatura de l'ocupador/a", "Sinatura do empregador/a"), emp], align="l")
    if holder:
        b.f.signature([c.t("Recibí, el/la trabajador/a", "He rebut, el/la treballador/a", "Recibín, o/a traballador/a")])
    return b.done("payslip", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ tickets, bank

def ticket_autocar_movil(ctx, date, **_):
    """Long-distance coach e-ticket as a phone screen printout: trip card, passenger,
    a code for boarding, the purchase day days before."""
    b, c, r = NB(ctx, size=(72.0, 150.0), base=8.5), ctx, ctx.rng
    f = b.f
    f.margin = 5.0
    f.page.rect(0, 0, f.size[0], 7, 0, (30, 30, 30), fill=(30, 30, 30))
    f.page.text(4, 5, f"{r.randint(7, 22)}:{r.randint(0, 59):02d}", f.font(True), 7, "l", (255, 255, 255))
    f.page.text(f.size[0] - 4, 5, f"{r.randint(20, 99)}%", f.font(), 7, "r", (255, 255, 255))
    f.y = 9
    carrier = r.choice(["Autocares Interprovinciales", "Líneas Peninsulares Bus", "Alsina Norte Bus"])
    f.text(carrier, 10, True, "c", color=b.color)
    f.text(c.t("Tu billete", "El teu bitllet", "O teu billete"), 9, align="c")
    f.hr()
    o, d = r.sample(["Madrid Estación Sur", "Granada", "Almería", "Murcia San Andrés", "Valencia Estació d'Autobusos",
                     "Barcelona Nord", "Zaragoza Delicias", "Vigo", "Sevilla Plaza de Armas"], 2)
    if date:
        f.text(f"{c.t('IDA', 'ANADA', 'IDA')} · {_wd_abbr(date, c.lang)}, {date.day} {_mon_abbr(date, c.lang)} {date.year}", bold=True)
    hh = r.randint(6, 20)
    f.text(f"{hh:02d}:{r.choice(['00', '15', '30', '45'])}  {o}")
    f.text(f"{(hh + r.randint(2, 5)) % 24:02d}:{r.choice(['05', '20', '40', '50'])}  {d}")
    f.space(2)
    holder = _name_as(b, r.choice(["natural", "natural", "surname_first"]))
    f.text(c.t("Pasajero/a 1", "Passatger/a 1", "Pasaxeiro/a 1"), 7.5)
    if holder:
        f.text(holder, f.fit(holder, f.font(True), 9, f.width), True)
    ident = b.id_field()
    if ident:
        f.text(f"{ident[0][0]}: {ident[0][1]}", 8)
    f.text(f"{c.t('Asiento', 'Seient', 'Asento')} {r.randint(1, 55)} · {c.t('Tarifa', 'Tarifa', 'Tarifa')} "
           f"{r.choice(['Básica', 'Flexible'])}", 8)
    f.space(3)
    loc = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    _barcode(b, f.left + 4, f.y, str(r.randint(10**11, 10**12 - 1)), 0.3, 14)
    f.y += 16
    f.text(f"{c.t('Localizador', 'Localitzador', 'Localizador')}: {loc}", 8, align="c")
    if date and r.random() < 0.7:
        b.dis.append("purchase_date")
        bought = date - r.randint(3, 25) * DAY
        f.text(c.t(f"Comprado el {b.d(bought)}", f"Comprat el {b.d(bought)}", f"Comprado o {b.d(bought)}"), 7.5, align="c")
    return b.done("transport_ticket", holder, one_day(date), "passenger")


def bank_ingreso_cajero(ctx, date, **_):
    """Cash paid in at a bank's cash machine: the notes counted by value, the account
    holder, the machine and branch, 'FECHA/HORA' as a single line."""
    b, c, r = NB(ctx, size=(80.0, 130.0), mono=True, base=8.0), ctx, ctx.rng
    f = b.f
    f.margin = 5.0
    bank = r.choice(td.BANKS)
    f.text(bank.upper(), 9, True, "c")
    f.text(c.t(f"CAJERO {r.randint(1000, 9999)} - OF. {r.randint(100, 999)}", f"CAIXER {r.randint(1000, 9999)} - OF. {r.randint(100, 999)}",
               f"CAIXEIRO {r.randint(1000, 9999)} - OF. {r.randint(100, 999)}"), align="c")
    f.text(td.address(r, c.muni)[0].upper(), f.fit(td.address(r, c.muni)[0].upper(), f.font(), 8, f.width), align="c")
    f.text(c.muni[0].upper(), align="c")
    f.hr()
    f.text(c.t("INGRESO DE EFECTIVO", "INGRÉS D'EFECTIU", "INGRESO DE EFECTIVO"), bold=True, align="c")
    if date:
        form = r.choice(["dot2", "slash", "dot4"])
        f.text(c.t("FECHA/HORA", "DATA/HORA", "DATA/HORA") + f" {b.d(date, form)} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}")
    f.text(f"{c.t('CUENTA', 'COMPTE', 'CONTA')} ES** **** **** **{r.randint(10, 99)} {r.randint(1000, 9999)}")
    holder = _name_as(b, r.choice(["slash", "surname_first", "natural"]))
    if holder and c.name_style not in ("typo", "one_surname"):
        holder = td.strip_accents(holder).upper()
    if holder:
        f.text(c.t("TITULAR:", "TITULAR:", "TITULAR:"))
        f.text(holder, f.fit(holder, f.font(), 8, f.width))
    f.hr()
    total = 0
    for note in r.sample([50, 20, 10, 5], r.randint(1, 3)):
        n = r.randint(1, 6)
        total += n * note
        f.text(f"{n:>3} x {note:>3} EUR {n * note:>10},00")
    f.text(f"{c.t('TOTAL INGRESADO', 'TOTAL INGRESSAT', 'TOTAL INGRESADO')} {total:>7},00 EUR", bold=True)
    f.text(f"{c.t('NUM. OPERACION', 'NUM. OPERACIO', 'NUM. OPERACION')} {r.randint(10**6, 10**7 - 1)}")
    f.hr()
    f.text(c.t("CONSERVE ESTE JUSTIFICANTE", "CONSERVI AQUEST JUSTIFICANT", "CONSERVE ESTE XUSTIFICANTE"), align="c")
    return b.done("bank_receipt", holder, one_day(date))


def bank_validacion_ventanilla(ctx, date, **_):
    """Preprinted paying-in form filled by hand at the counter: the depositor (imponente)
    pays into a company's account; the teller's machine prints the validation line."""
    b, c, r = NB(ctx, size=(210.0, 105.0), base=9.0), ctx, ctx.rng
    f = b.f
    bank = r.choice(td.BANKS)
    f.text(bank, 12, True, color=b.color)
    f.text(f"{c.t('Oficina', 'Oficina', 'Oficina')} {r.randint(1000, 9999)} · {c.muni[0]}", 8)
    f.text(c.t("IMPRESO DE INGRESO / ABONO EN CUENTA", "IMPRÈS D'INGRÉS / ABONAMENT EN COMPTE",
               "IMPRESO DE INGRESO / ABONO EN CONTA"), 9, True, "r")
    f.space(2)
    company = r.choice(td.COMPANIES + ["Comunidad de Propietarios " + c.home[0].split(",")[0]])
    holder = _name_as(b, r.choice(["natural", "surname_first", "natural"]))
    amount = r.randint(30, 700)
    items = [(c.t("Cuenta de abono", "Compte d'abonament", "Conta de abono"),
              f"ES{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} {r.randint(10**9, 10**10 - 1)}"),
             (c.t("Beneficiario", "Beneficiari", "Beneficiario"), company),
             (c.t("Nombre del imponente", "Nom de l'imposant", "Nome do impoñente"), holder or "—"),
             (c.t("Concepto", "Concepte", "Concepto"), r.choice([c.t("Cuota", "Quota", "Cota"), c.t("Alquiler", "Lloguer", "Aluguer"),
                                                                 c.t("Pago pendiente", "Pagament pendent", "Pagamento pendente")])),
             (c.t("Importe", "Import", "Importe"), f"{amount},00 EUR")]
    items.append((c.t("Firma del imponente", "Signatura de l'imposant", "Sinatura do impoñente"), ""))
    f.fields(items, "boxes", cols=2)
    if date:
        mm = td.ABBR[date.month - 1]
        line = (f"{date.day:02d}{mm}{date.year} {r.randint(1000, 9999)}-{r.randint(1000, 9999)} "
                f"{r.randint(10**7, 10**8 - 1)} ****{amount},00EUR")
        f.page.text(f.left, f.size[1] - f.margin * 0.6 - 6, line, "lib_mono-b", 9.5, "l", (70, 20, 120))
    f.page.text(f.right, f.size[1] - f.margin * 0.6, c.t("Validación mecánica", "Validació mecànica", "Validación mecánica"),
                f.font(), 7, "r")
    return b.done("bank_receipt", holder, one_day(date), "sender")


# ------------------------------------------------------------ medical

def med_consultas_externas(ctx, date, **_):
    """Outpatient report: a printed label sticker (NHC, surname-first name, birth, sex),
    'Fecha de consulta', a review 'en seis meses' (no date)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    hosp = f"Hospital {r.choice(['Universitario', 'Comarcal', 'General', 'Clínico'])} {c.muni[0]}"
    b.header([hosp, c.t("Consultas Externas · ", "Consultes Externes · ", "Consultas Externas · ") +
              r.choice([c.t("Traumatología", "Traumatologia", "Traumatoloxía"), c.t("Dermatología", "Dermatologia", "Dermatoloxía"),
                        c.t("Digestivo", "Digestiu", "Dixestivo")])], r.choice(["right", "logo_left"]))
    f = b.f
    holder = _name_as(b, r.choice(["comma_mixed", "surname_first", "surname_first"]))
    # The label sticker, pasted at the top right.
    lw, lh = 78.0, 24.0
    x, y = f.right - lw, f.y
    f.page.rect(x, y, lw, lh, 0.4, (60, 60, 60), fill=(250, 250, 240))
    lines = [f"NHC {r.randint(10**5, 10**7)}", holder or "—"]
    if c.birth:
        b.dis.append("birth_date")
        lines.append(f"{c.t('F.Nac', 'D.Naix', 'D.Nac')}: {b.d(c.birth, 'slash')}  {r.choice(['H', 'M'])}")
    lines.append(f"CIP {''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(4))}{r.randint(10**9, 10**10 - 1)}")
    for i, ln in enumerate(lines):
        f.page.text(x + 2, y + 5 + i * 5, ln, "lib_mono", f.fit(ln, "lib_mono", 8.5, lw - 4), "l", (20, 20, 20))
    f.y += lh + 4
    b.title(c.t("INFORME DE CONSULTA", "INFORME DE CONSULTA", "INFORME DE CONSULTA"))
    if date:
        f.fields([(c.t("Fecha de consulta", "Data de consulta", "Data de consulta"), b.d(date))], "colon")
    f.para(c.t("Motivo de consulta: dolor de larga evolución. Exploración: sin hallazgos relevantes. "
               "Plan: tratamiento conservador y revisión en consulta en seis meses.",
               "Motiu de consulta: dolor de llarga evolució. Exploració: sense troballes rellevants. "
               "Pla: tractament conservador i revisió en consulta d'aquí a sis mesos.",
               "Motivo de consulta: dor de longa evolución. Exploración: sen achados relevantes. "
               "Plan: tratamento conservador e revisión en consulta en seis meses."))
    dr = b.person(b.official(), "official")
    f.signature([f"Dr./Dra. {dr}", f"{c.t('Nº colegiado/a', 'Núm. col·legiat/da', 'Nº colexiado/a')} {r.randint(10**8, 10**9 - 1)}"])
    return b.done("medical", holder, one_day(date), "patient")


def med_parte_it(ctx, date, **_):
    """Sick-leave parte (incapacidad temporal), copy for the worker: the day of the visit that
    starts the leave, and the next check-up, a later day that proves nothing."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header(["Servicio Público de Salud", f"Centro de Salud {c.muni[0]} {r.choice(['Norte', 'Sur', 'Centro'])}"], "centered")
    b.title(r.choice(["PARTE MÉDICO DE BAJA DE INCAPACIDAD TEMPORAL", "INCAPACIDAD TEMPORAL · PARTE DE BAJA"]))
    b.f.text("Ejemplar para el trabajador/a", b.f.base * 0.85, align="r")
    holder = _name_as(b, r.choice(["surname_first", "comma_mixed", "natural"]))
    items = [("Apellidos y nombre", holder or "—")] + b.id_field()
    items.append(("Nº afiliación S.S.", f"{r.randint(10, 52)} {r.randint(10**7, 10**8 - 1)} {r.randint(10, 99)}"))
    b.f.fields(items, "boxes", cols=2)
    cont = r.choice(["Enfermedad común", "Accidente no laboral"])
    box = [("Contingencia", cont), ("Duración estimada", r.choice(["Breve (hasta 5 días)", "Corta (5 a 30 días)"]))]
    if date:
        box.insert(0, ("Fecha de la baja", b.d(date)))
        b.dis.append("next_appointment_date")
        box.append(("Fecha de la próxima revisión", b.d(date + r.randint(4, 14) * DAY)))
    b.f.fields(box, "grid")
    b.f.para("Diagnóstico: se omite en el ejemplar para la empresa. Presente la copia correspondiente en su empresa "
             "en el plazo de tres días.", size=b.f.base * 0.9)
    dr = b.person(b.official(), "official")
    b.f.signature(["Firma del facultativo/a", dr, f"CIAS {r.randint(10**9, 10**10 - 1)}"])
    return b.done("medical", holder, one_day(date), "patient")


# ------------------------------------------------------------ attendance

def att_programa_cruz(ctx, date, **_):
    """Red Cross-style humanitarian programme letter: 'participa en el Programa de ...',
    a file number, the technician, the date at the foot (or none)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    org = r.choice(["Cruz Solidaria Española", "Media Luna y Cruz Solidaria", "Red Humanitaria Española"])
    b.header([org, c.t(f"Asamblea Local de {c.muni[0]}", f"Assemblea Local de {c.muni[0]}", f"Asemblea Local de {c.muni[0]}")],
             r.choice(["logo_left", "right"]))
    b.f.text(c.t("A quien pueda interesar", "A qui pugui interessar", "A quen poida interesar"), bold=True)
    b.f.space(2)
    tech = b.person(b.official(), "official")
    holder = _name_as(b, r.choice(["natural", "comma_mixed", "surname_first"]))
    prog = r.choice([c.t("Atención Humanitaria a Personas Migrantes", "Atenció Humanitària a Persones Migrants",
                         "Atención Humanitaria a Persoas Migrantes"),
                     c.t("Empleo para Personas Migrantes", "Ocupació per a Persones Migrants", "Emprego para Persoas Migrantes"),
                     c.t("Acogida e Integración", "Acollida i Integració", "Acollida e Integración")])
    b.f.para(c.t(f"{tech}, técnico/a del programa «{prog}», informa de que {b.honor()} {holder}{b.ident_text()} "
                 f"es persona participante en dicho programa, con nº de expediente {r.randint(1000, 99999)}/{r.randint(10, 99)}, "
                 "y acude con regularidad a las actividades y citas programadas.",
                 f"{tech}, tècnic/a del programa «{prog}», informa que {b.honor()} {holder}{b.ident_text()} "
                 f"és persona participant en aquest programa, amb núm. d'expedient {r.randint(1000, 99999)}/{r.randint(10, 99)}, "
                 "i assisteix amb regularitat a les activitats i cites programades.",
                 f"{tech}, técnico/a do programa «{prog}», informa de que {b.honor()} {holder}{b.ident_text()} "
                 f"é persoa participante no devandito programa, co nº de expediente {r.randint(1000, 99999)}/{r.randint(10, 99)}, "
                 "e acode con regularidade ás actividades e citas programadas."))
    b.f.para(c.t("Se emite a petición de la persona interesada.", "S'emet a petició de la persona interessada.",
                 "Emítese a petición da persoa interesada."))
    b.f.para(b.place_date(date, formula=False) if date else b.place_date(None))
    y0 = b.f.y
    b.f.signature([tech, c.t("Técnico/a del programa", "Tècnic/a del programa", "Técnico/a do programa")], align="l")
    after = b.f.y
    b.f.y = y0 + 3
    _stamp(b, [org.upper()[:26], c.muni[0].upper()])
    b.f.y = max(b.f.y, after)
    return b.done("attendance_certificate", holder, one_day(date), "user")


def att_culto_asistencia(ctx, date, **_):
    """A mosque's or an evangelical church's certificate of regular attendance, signed by the
    imam or pastor, registered entity number in the header."""
    b, c, r = NB(ctx), ctx, ctx.rng
    mosque = r.random() < 0.5
    ent = (r.choice(["Comunidad Islámica", "Centro Cultural Islámico", "Mezquita Assalam de"]) + f" {c.muni[0]}" if mosque
           else r.choice(["Iglesia Evangélica Bautista", "Iglesia Evangélica Pentecostal", "Centro Cristiano Vida Nueva de"])
           + f" {c.muni[0]}")
    b.header([ent, f"Inscrita en el Registro de Entidades Religiosas nº {r.randint(1000, 30000)}"],
             r.choice(["centered", "logo_left"]))
    b.title(r.choice(["CERTIFICADO DE ASISTENCIA", "CERTIFICADO", "A QUIEN CORRESPONDA"]))
    minister = b.person(b.official(), "official")
    role = "imam" if mosque else r.choice(["pastor/a", "pastor/a principal"])
    holder = _name_as(b, r.choice(["natural", "natural", "comma_mixed"]))
    b.f.para(f"{minister}, {role} de esta comunidad, certifica que {b.honor()} {holder}{b.ident_text()} "
             f"es miembro de la comunidad y asiste de forma regular a {'la oración del viernes' if mosque else 'los cultos dominicales'} "
             "y a las actividades sociales de la entidad.")
    b.f.para(b.place_date(date))
    b.f.signature([minister, role.capitalize()])
    return b.done("attendance_certificate", holder, one_day(date), "user")


# ------------------------------------------------------------ training

def train_sepe_horas(ctx, date, **_):
    """Occupational-training (public employment service) certificate: specialty code, the
    hours, the course's first day (proves nothing) and the issue date (the course's end)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([c.t("Servicio Público de Empleo · Formación para el Empleo", "Servei Públic d'Ocupació · Formació per a l'Ocupació",
                  "Servizo Público de Emprego · Formación para o Emprego"),
              r.choice(td.SCHOOLS).format(m=c.muni[0])], r.choice(["band", "centered"]))
    b.title(c.t("CERTIFICADO DE ASISTENCIA Y APROVECHAMIENTO", "CERTIFICAT D'ASSISTÈNCIA I APROFITAMENT",
                "CERTIFICADO DE ASISTENCIA E APROVEITAMENTO"))
    holder = _name_as(b, r.choice(["natural", "surname_first", "comma_mixed"]))
    ident = b.id_field()
    spec = r.choice([("SSCS0108", c.t("Atención sociosanitaria a personas en el domicilio", "Atenció sociosanitària a persones al domicili",
                                      "Atención sociosanitaria a persoas no domicilio")),
                     ("HOTR0108", c.t("Operaciones básicas de cocina", "Operacions bàsiques de cuina", "Operacións básicas de cociña")),
                     ("AGAO0108", c.t("Actividades auxiliares en viveros y jardines", "Activitats auxiliars en vivers i jardins",
                                      "Actividades auxiliares en viveiros e xardíns"))])
    hours = r.choice([120, 250, 310, 450])
    items = [(c.t("Alumno/a", "Alumne/a", "Alumno/a"), holder or "—")] + ([ident[0]] if ident else [])
    items += [(c.t("Especialidad", "Especialitat", "Especialidade"), f"{spec[0]} {spec[1]}"),
              (c.t("Horas", "Hores", "Horas"), str(hours)),
              (c.t("Expediente", "Expedient", "Expediente"), f"{r.randint(2025, 2026)}/{r.randint(1000, 9999)}")]
    if date:
        b.dis.append("course_start_date")
        start = date - r.randint(40, 120) * DAY
        items.append((c.t("Fecha de inicio", "Data d'inici", "Data de inicio"), b.d(start)))
        items.append((c.t("Fecha de finalización", "Data de finalització", "Data de finalización"), b.d(date)))
    b.f.fields(items, r.choice(["grid", "colon"]))
    b.f.para(c.t(f"ha finalizado la acción formativa con una asistencia del {r.randint(80, 100)} % y calificación de APTO/A.",
                 f"ha finalitzat l'acció formativa amb una assistència del {r.randint(80, 100)} % i qualificació d'APTE/A.",
                 f"finalizou a acción formativa cunha asistencia do {r.randint(80, 100)} % e cualificación de APTO/A."))
    if date:
        b.f.para(b.place_date(date, formula=False))
    dire = b.person(b.official(), "official")
    b.f.signature([c.t("La dirección del centro", "La direcció del centre", "A dirección do centro"), dire])
    return b.done("training_certificate", holder, one_day(date), "student")


def train_autoescuela(ctx, date, **_):
    """Driving school: certificate of the theory course attended for the permit B, with the
    DGT exam date still to come (proves nothing)."""
    b, c, r = NB(ctx, size=(210.0, 148.0)), ctx, ctx.rng
    school = f"Autoescuela {r.choice(['Vía Libre', 'El Volante', 'San Cristóbal', 'Semáforo Verde'])}"
    b.header([school, f"{c.muni[0]} · Nº Registro DGT {r.randint(10000, 99999)}"], r.choice(["logo_left", "right"]))
    holder = _name_as(b, r.choice(["natural", "comma_mixed", "surname_first"]))
    b.f.text("CERTIFICADO DE FORMACIÓN TEÓRICA", b.f.base * 1.2, True, "c")
    b.f.para(f"{school} certifica que el/la alumno/a {holder}{b.ident_text()} ha asistido a las clases teóricas "
             f"del permiso de conducción de clase B ({r.choice([20, 24, 30])} sesiones) y está preparado/a para el examen.")
    if date:
        b.dis.append("next_appointment_date")
        b.f.fields([("Fecha", b.d(date)), ("Examen teórico previsto", b.d(date + r.randint(10, 30) * DAY))], "colon")
    b.f.signature([b.person(b.official(), "official"), "Director/a de la autoescuela"])
    return b.done("training_certificate", holder, one_day(date), "student")


# ------------------------------------------------------------ library, rental, job

def library_prestamo(ctx, date, **_):
    """Loan slip from the self-service machine: reader, titles and their barcodes, the loan
    day and the return-by day (which proves nothing). Undated: titles only."""
    b, c, r = NB(ctx, size=(80.0, 120.0), mono=True, base=8.0), ctx, ctx.rng
    f = b.f
    f.margin = 5.0
    f.text(c.t(f"Biblioteca Municipal {c.muni[0]}", f"Biblioteca Municipal {c.muni[0]}", f"Biblioteca Municipal {c.muni[0]}"),
           f.fit(f"Biblioteca Municipal {c.muni[0]}", f.font(True), 9, f.width), True, "c")
    f.text(c.t("COMPROBANTE DE PRÉSTAMO", "COMPROVANT DE PRÉSTEC", "COMPROBANTE DE PRÉSTAMO"), align="c")
    f.hr()
    holder = _name_as(b, r.choice(["surname_first", "natural", "slash"]))
    if holder:
        f.text(c.t("Lector/a:", "Lector/a:", "Lector/a:"))
        f.text(holder, f.fit(holder, f.font(), 8, f.width))
    f.text(f"{c.t('Carné', 'Carnet', 'Carné')}: {r.randint(10**9, 10**10 - 1)}")
    if date:
        f.text(f"{c.t('Fecha', 'Data', 'Data')}: {b.d(date)} {r.randint(10, 20)}:{r.randint(0, 59):02d}")
    f.hr()
    titles = r.sample(["Cien años de soledad", "Aprender español A2", "La sombra del viento", "Guía de Galicia",
                       "El principito", "Gramática básica", "Cocina fácil"], r.randint(1, 3))
    for t in titles:
        f.text(t, f.fit(t, f.font(), 8, f.width))
        f.text(f"  {r.randint(10**11, 10**12 - 1)}")
        if date:
            b.dis.append("due_date")
            f.text(f"  {c.t('Devolver antes de', 'Retornar abans del', 'Devolver antes do')}: {b.d(date + 21 * DAY)}")
    f.hr()
    f.text(c.t(f"Préstamos activos: {len(titles)}", f"Préstecs actius: {len(titles)}", f"Préstamos activos: {len(titles)}"))
    return b.done("library_card", holder, one_day(date), "user")


def rental_lau_caratula(ctx, date, **_):
    """Cover sheet of a housing lease under the LAU: parties side by side, the lease's data
    in boxes (signed on, lasting until: the end proves nothing)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.title(c.t("CONTRATO DE ARRENDAMIENTO DE VIVIENDA", "CONTRACTE D'ARRENDAMENT D'HABITATGE"))
    b.f.text(c.t("(Ley 29/1994, de Arrendamientos Urbanos)", "(Llei 29/1994, d'arrendaments urbans)"), b.f.base * 0.85, align="c")
    b.f.space(2)
    land = b.person(c.landlord.natural.upper() if r.random() < 0.5 else c.landlord.natural, "landlord")
    holder = _name_as(b, r.choice(["natural", "surname_first", "comma_mixed"]))
    ident = b.id_field()
    b.f.table([c.t("ARRENDADOR/A", "ARRENDADOR/A"), c.t("ARRENDATARIO/A", "ARRENDATARI/ÀRIA")],
              [[land, holder or "—"],
               [f"DNI {r.randint(10**7, 10**8 - 1)}{r.choice(td.NIE_LETTERS)}", f"{ident[0][0]} {ident[0][1]}" if ident else ""],
               [td.address(r, c.muni)[0], c.home[0]]], [0.5, 0.5])
    items = [(c.t("Vivienda", "Habitatge"), f"{c.home[0]}, {c.home[1]}"),
             (c.t("Renta mensual", "Renda mensual"), f"{r.randint(350, 900)},00 €"),
             (c.t("Fianza", "Fiança"), c.t("una mensualidad", "una mensualitat"))]
    if date:
        b.dis.append("contract_end_date")
        items.insert(0, (c.t("Fecha del contrato", "Data del contracte"), b.d(date)))
        items.append((c.t("Duración", "Durada"), c.t(f"un año, hasta el {b.d(date.replace(year=date.year + 1) - DAY)}",
                                                      f"un any, fins al {b.d(date.replace(year=date.year + 1) - DAY)}")))
    b.f.fields(items, "boxes", cols=2)
    b.f.para(c.t("Las partes se reconocen capacidad para obligarse y firman este contrato, que se rige por las "
                 "cláusulas de las páginas siguientes.",
                 "Les parts es reconeixen capacitat per obligar-se i signen aquest contracte, que es regeix per les "
                 "clàusules de les pàgines següents."))
    b.f.signature([c.t("El/La arrendador/a", "L'arrendador/a"), land], align="l")
    if holder:
        b.f.signature([c.t("El/La arrendatario/a", "L'arrendatari/ària"), holder])
    return b.done("rental_contract", holder, one_day(date), "tenant")


def job_oferta_cuidadora(ctx, date, **_):
    """Care company's letter offering a post as care worker: 'Muy señor/a nuestro/a', hours
    and pay, a planned start date (proves nothing), the date at the top right."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(["Cuidados a Domicilio Aurora S.L.", "Servicios Asistenciales Ébano S.L.",
                        "Residencia de Mayores Los Almendros S.L."])
    b.header([company, f"CIF {td.cif(r)} · {td.address(r, c.muni)[0]}, {c.muni[0]}"], r.choice(["logo_left", "band"]))
    if date:
        b.f.text(f"{c.muni[0]}, {b.dlong(date)}", align="r")
    holder = _name_as(b, r.choice(["natural", "natural", "comma_mixed"]))
    b.f.text(f"{b.honor()} {holder}", bold=True)
    b.f.text(c.home[0])
    b.f.space(2)
    b.f.text("Asunto: oferta de empleo como auxiliar de ayuda a domicilio", bold=True)
    b.f.para("Muy señor/a nuestro/a:")
    b.f.para(f"Tras la entrevista mantenida, nos complace ofrecerle un puesto de auxiliar de ayuda a domicilio "
             f"(cuidador/a de personas mayores), con contrato {r.choice(['indefinido', 'de un año de duración'])}, "
             f"jornada de {r.choice([30, 35, 40])} horas semanales y un salario bruto anual de {r.randint(15, 19)}.{r.randint(100, 999)} €, "
             "según el convenio colectivo de atención a la dependencia.")
    if date:
        b.dis.append("incorporation_date")
        b.f.para(f"La incorporación está prevista para el {b.d(date + r.randint(10, 40) * DAY)}, una vez obtenida "
                 "la autorización de residencia y trabajo.")
    b.f.para("Atentamente,")
    hr = b.person(b.official(), "official")
    b.f.signature([hr, "Responsable de Recursos Humanos"], align="l")
    b.f.footer([f"{company}. Inscrita en el Registro Mercantil de {c.muni[1]}, tomo {r.randint(1000, 9999)}, "
                f"folio {r.randint(1, 200)}, hoja {r.choice('ABMV')}-{r.randint(10000, 99999)}."])
    return b.done("job_offer", holder, one_day(date))


# ------------------------------------------------------------ shop, other

def shop_fidelizacion(ctx, date, **_):
    """Supermarket till roll with the loyalty card: 'Hola, NAME', the points, the coupon
    valid until a later day (proves nothing). Names nobody without a card."""
    r = ctx.rng
    b = NB(ctx, size=(76.0, r.choice([118.0, 128.0])), mono=True, base=r.choice([8.0, 8.5]))
    c, f = ctx, b.f
    f.margin = 4.5
    shop = r.choice(["SUPERMERCADOS DIA A DIA", "AHORRAMAS DEL BARRIO", "MERCAFAMILIA", "SUPER COSTA"])
    f.text(shop, 10, True, "c")
    f.text(f"{td.address(r, c.muni)[0]}".upper()[:34], align="c")
    f.text(f"NIF {td.cif(r)}", align="c")
    f.hr()
    holder = _name_as(b, r.choice(["natural", "surname_first"]))
    if holder:
        holder = holder.upper()
        line = (c.t(f"SOCIO/A: {holder}", f"SOCI/A: {holder}", f"SOCIO/A: {holder}") if "," in holder
                else c.t(f"HOLA, {holder}", f"HOLA, {holder}", f"OLA, {holder}"))
        f.text(line, f.fit(line, f.font(), f.base, f.width))
        f.text(f"{c.t('TARJETA CLUB', 'TARGETA CLUB', 'TARXETA CLUB')} ****{r.randint(1000, 9999)}")
        f.hr()
    total = 0
    for item in r.sample(["LECHE ENTERA 1L", "PAN BARRA", "POLLO ENTERO", "ARROZ LARGO 1KG", "ACEITE GIRASOL",
                          "TOMATE KG", "DETERGENTE", "GARBANZOS"], r.randint(3, 6)):
        v = r.randint(60, 650)
        total += v
        f.text(f"{item:<20}{v / 100:>7.2f}".replace(".", ","))
    f.hr()
    f.text(f"{'TOTAL (EUR)':<20}{total / 100:>7.2f}".replace(".", ","), bold=True)
    f.text(f"{c.t('TARJETA', 'TARGETA', 'TARXETA')} **** {r.randint(1000, 9999)}")
    if holder:
        f.text(f"{c.t('PUNTOS ACUMULADOS', 'PUNTS ACUMULATS', 'PUNTOS ACUMULADOS')}: {r.randint(10, 900)}")
    if date:
        f.text(f"{b.d(date, r.choice(['slash', 'dot2', 'dash']))}  {r.randint(8, 21):02d}:{r.randint(0, 59):02d}  "
               f"{c.t('CAJA', 'CAIXA', 'CAIXA')} {r.randint(1, 9)}")
        if holder and r.random() < 0.7:
            b.dis.append("expiry_date")
            f.text(c.t(f"CUPON 2 EUR VALIDO HASTA {b.d(date + 30 * DAY, 'slash')}",
                       f"CUPO 2 EUR VALID FINS {b.d(date + 30 * DAY, 'slash')}",
                       f"CUPON 2 EUR VALIDO ATA {b.d(date + 30 * DAY, 'slash')}"), f.fit("CUPON 2 EUR VALIDO HASTA 00/00/0000", f.font(), f.base, f.width))
    f.text(c.t("GRACIAS POR SU COMPRA", "GRÀCIES PER LA COMPRA", "GRAZAS POLA SÚA COMPRA"), align="c")
    return b.done("shop_receipt", holder, one_day(date))


def other_inscripcion_consular(ctx, date, **_):
    """Consulate in Spain: certificate of consular registration (matrícula consular), the
    registration number, the certificate's validity (proves nothing)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    country = r.choice([("la República de Colombia", "Colombia"), ("la República del Perú", "Perú"),
                        ("la República del Ecuador", "Ecuador"), ("la República de Honduras", "Honduras"),
                        ("la República Bolivariana de Venezuela", "Venezuela")])
    b.header([f"Consulado General de {country[0]}", f"en {r.choice(['Madrid', 'Barcelona', 'Sevilla', 'Valencia'])}"],
             "centered")
    b.title("CERTIFICADO DE INSCRIPCIÓN CONSULAR")
    cons = b.person(b.official(), "official")
    holder = _name_as(b, r.choice(["surname_first", "natural", "comma_mixed"]))
    b.f.para(f"{cons}, Cónsul General, certifica que {b.honor()} {holder}, de nacionalidad {country[1]}{b.ident_text() or ','} se encuentra "
             f"inscrito/a en el Registro de Matrícula Consular de esta Oficina con el número {r.randint(10**5, 10**6 - 1)}, "
             "con domicilio declarado en España.")
    b.f.fields([("Domicilio declarado", f"{c.home[0]}, {c.home[1]}")], "colon")
    if date:
        b.dis.append("expiry_date")
        b.f.fields([("Fecha de expedición", b.d(date)),
                    ("Válido hasta", b.d(date.replace(year=date.year + 1)))], "colon")
    b.f.signature([cons, "Cónsul General"])
    return b.done("other", holder, one_day(date))


def other_renovacion_demanda(ctx, date, **_):
    """Job-seeker's renewal slip from the public employment office: the renewal day, and
    the next renewal (a later day that proves nothing)."""
    b, c, r = NB(ctx, size=(210.0, 148.0)), ctx, ctx.rng
    b.header([c.t("Servicio Público de Empleo", "Servei Públic d'Ocupació", "Servizo Público de Emprego"),
              c.t(f"Oficina de Empleo {c.muni[0]}", f"Oficina de Treball {c.muni[0]}", f"Oficina de Emprego {c.muni[0]}")],
             r.choice(["band", "right"]))
    b.title(c.t("JUSTIFICANTE DE RENOVACIÓN DE LA DEMANDA DE EMPLEO", "JUSTIFICANT DE RENOVACIÓ DE LA DEMANDA D'OCUPACIÓ",
                "XUSTIFICANTE DE RENOVACIÓN DA DEMANDA DE EMPREGO"))
    holder = _name_as(b, r.choice(["surname_first", "comma_mixed", "natural"]))
    items = [(c.t("Demandante", "Demandant", "Demandante"), holder or "—")] + b.id_field()
    items.append((c.t("Situación", "Situació", "Situación"), c.t("Alta · Parado/a", "Alta · Aturat/da", "Alta · Parado/a")))
    if date:
        b.dis.append("next_appointment_date")
        items += [(c.t("Fecha de renovación", "Data de renovació", "Data de renovación"), b.d(date)),
                  (c.t("Próxima renovación", "Propera renovació", "Próxima renovación"), b.d(date + r.randint(60, 92) * DAY))]
    b.f.fields(items, r.choice(["grid", "boxes"]), cols=2)
    b.f.para(c.t("Debe renovar su demanda en la fecha indicada; la falta de renovación produce la baja.",
                 "Heu de renovar la demanda en la data indicada; la manca de renovació en produeix la baixa.",
                 "Debe renovar a súa demanda na data indicada; a falta de renovación produce a baixa."),
             size=b.f.base * 0.85)
    return b.done("other", holder, one_day(date))


FAMILIES = {
    "padron": {"volante_casillas": (padron_volante_casillas, ALL), "andaluz_grid": (padron_andaluz_grid, ES)},
    "padron_historico": {"variaciones_apaisado": (historico_variaciones_apaisado, ALL),
                         "sede_periodos": (historico_sede_periodos, ALL)},
    "utility_bill": {"pvpc_barras": (bill_pvpc_barras, ES_CA), "fibra_domiciliada": (bill_fibra_domiciliada, ALL)},
    "payslip": {"empleada_hogar": (payslip_empleada_hogar, ALL)},
    "transport_ticket": {"autocar_movil": (ticket_autocar_movil, ALL)},
    "bank_receipt": {"ingreso_cajero": (bank_ingreso_cajero, ALL),
                     "validacion_ventanilla": (bank_validacion_ventanilla, ALL)},
    "medical": {"consultas_externas": (med_consultas_externas, ALL), "parte_it": (med_parte_it, ES)},
    "attendance_certificate": {"programa_cruz": (att_programa_cruz, ALL), "culto_asistencia": (att_culto_asistencia, ES)},
    "training_certificate": {"sepe_horas": (train_sepe_horas, ALL), "autoescuela": (train_autoescuela, ES)},
    "library_card": {"prestamo": (library_prestamo, ALL)},
    "rental_contract": {"lau_caratula": (rental_lau_caratula, ES_CA)},
    "job_offer": {"oferta_cuidadora": (job_oferta_cuidadora, ES)},
    "shop_receipt": {"fidelizacion": (shop_fidelizacion, ALL)},
    "other": {"inscripcion_consular": (other_inscripcion_consular, ES),
              "renovacion_demanda": (other_renovacion_demanda, ALL)},
}
