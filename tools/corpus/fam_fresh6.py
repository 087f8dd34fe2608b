"""held_out_6: a sixth blind set of template families (see families.json).

Written after held_out_5 had been looked at, from the generator's machinery and
RULES.md only: a village secretary's typewritten volante with underlined blanks,
a big city's e-certificate with a QR block and its verification text down the
side margin, a padrón history as one framed card per domicile, a padrón history
as a timeline of periods, an electricity bill whose period is printed only in
the caption of its 14-month consumption chart, a gas bill with real / estimated
readings, a temp agency's payslip, a ferry boarding card (Algeciras - Tánger /
Ceuta), a bank's currency exchange receipt, a certificate of account ownership
with two holders, a prescription sheet, a laboratory report, a soup kitchen's
user certificate, a cultural association's certificate, a food-handler card, an
e-learning platform's certificate, a library's paper sign-up form, an estate
agency's lease, a job offer sent as a printed e-mail, a phone shop's invoice, a
post office's delivery notice and a repair shop's deposit slip.
"""
import datetime as dt

from . import textdata as td
from .doctypes import muni_issuer
from .famkit import NB, one_day, qr_modules
from .layout import text_width

ALL = ("es", "ca", "gl")
ES = ("es",)
DAY = dt.timedelta(days=1)
MON_UP = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
WEEKDAY_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


# ------------------------------------------------------------ names and dates as this set prints them

def nm(b, form=None):
    """The holder in one of this set's printed forms. A clerk's slip or a dropped
    surname (the drawn style) keeps td.format_name, so the corpus's name mix stays."""
    c = b.ctx
    if c.holder is None:
        return None
    form = form or b.rng.choice(["default", "default", "sur_first", "sur_comma_mixed", "noacc_mixed",
                                 "sur_first_noacc"])
    if form == "default" or c.name_style in ("typo", "one_surname"):
        return b.name()
    g, s = c.holder.given, " ".join(c.holder.surnames)
    return {"sur_first": f"{s} {g}".upper(),
            "sur_first_noacc": td.strip_accents(f"{s} {g}").upper(),
            "sur_comma_mixed": f"{s}, {g}",
            "noacc_mixed": td.strip_accents(c.holder.natural),
            "slash": td.strip_accents(f"{s}/{g}").upper()}[form]


def cut(name, width):
    """A slip's fixed field cuts the name; only a cut of at most two letters of a long
    last word is printed, so the name stays readable as the holder's."""
    if name is None or len(name) <= width:
        return name
    last = name.split()[-1]
    keep = len(name) - width
    if keep <= 2 and len(last) - keep >= 5:
        return name[:width]
    return name


def dd(b, date, style):
    return td.fmt_date2(date, style, b.ctx.lang)


def up_date(date, en=False):
    """16MAR26 as a boarding card prints it."""
    return f"{date.day:02d}{(MON_EN if en else MON_UP)[date.month - 1]}{date.year % 100:02d}"


def hhmm(r, lo=8, hi=20):
    return f"{r.randint(lo, hi):02d}:{r.randint(0, 59):02d}"


def money(r, lo, hi):
    return f"{r.uniform(lo, hi):.2f}".replace(".", ",")


def ref(r, n, alphabet="0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def under(b, label, value, size=None):
    """A typed form line: the label, then the value on an underlined blank."""
    f = b.f
    size = size or f.base
    f.text(label, size)
    x = f.left + text_width(label + "  ", f.font(), size)
    y = f.y
    f.page.line(x, y + 0.8, f.right, y + 0.8, 0.3, f.color)
    vs = f.fit(value, f.font(), size, f.right - x - 2)
    f.page.text(x + 2, y, value, f.font(), vs, "l", f.color)
    f.y += 1.2


qr = qr_modules


def barcode(page, x, y, w, h, r):
    pos = x
    while pos < x + w - 1:
        bw = r.choice([0.25, 0.35, 0.5, 0.7])
        page.block(pos, y, bw, h)
        pos += bw + r.choice([0.25, 0.35, 0.5])


# ------------------------------------------------------------ padrón

def padron_volante_maquina(ctx, alta, expedicion, **_):
    """A small village's volante typed on the secretary's typewriter: underlined blanks."""
    b, c, r = NB(ctx, mono=True, base=ctx.rng.choice([10.0, 10.5])), ctx, ctx.rng
    m = c.muni[0]
    b.f.text(f"AYUNTAMIENTO DE {td.strip_accents(m).upper()}", bold=True, align="c")
    b.f.text(r.choice(["Secretaría-Intervención", "Secretaría", "Agrupación de Secretaría"]), align="c")
    b.f.text(f"Plaza Mayor, {r.randint(1, 9)} - Tel. {b.phone()}", align="c")
    b.f.space(6)
    b.f.text("V O L A N T E   D E   E M P A D R O N A M I E N T O", bold=True, align="c")
    b.f.space(6)
    holder = nm(b)
    sec = b.person(b.official(), "official")
    b.f.para(f"{sec.upper()}, SECRETARIO/A DEL AYUNTAMIENTO DE {td.strip_accents(m).upper()},")
    b.f.space(2)
    b.f.para("INFORMA: Que según los datos que obran en el Padrón Municipal de Habitantes de este "
             "municipio, figura inscrito/a:")
    b.f.space(2)
    under(b, "D./Dña.", holder or "")
    ids = b.id_field()
    if ids:
        under(b, "Documento:", f"{ids[0][0]} {ids[0][1]}")
    if c.birth and r.random() < 0.5:
        b.dis.append("birth_date")
        under(b, "Nacido/a el:", b.d(c.birth, r.choice(["slash", "dash", "dot4"])))
    under(b, "Domicilio:", f"{c.home[0]}")
    ast = r.choice(["dash", "slash", "dot4", "slash_nopad"])
    under(b, "Fecha de alta:", dd(b, alta, ast))
    b.f.space(4)
    b.f.para("Este volante tiene carácter informativo y no produce efectos frente a terceros.")
    b.f.space(3)
    b.f.para(r.choice([f"{m}, a {dd(b, expedicion, 'words_day')}.",
                       f"En {m}, a {expedicion.day} de {td.MONTHS['es'][expedicion.month - 1]} de {expedicion.year}.",
                       f"{m}, {dd(b, expedicion, 'slash')}."]))
    b.f.signature(["Vº Bº EL ALCALDE", "", "EL/LA SECRETARIO/A"], align="l")
    return b.done("padron", holder, [(alta, expedicion)])


def padron_sede_qr_lateral(ctx, alta, expedicion, **_):
    """A big city's e-certificate: QR block, verification text down the right margin, ISO dates."""
    b, c, r = NB(ctx, numeric="iso"), ctx, ctx.rng
    b.f.margin = max(b.f.margin, 22.0)
    m = c.muni[0]
    b.header([muni_issuer(c), c.t("Sede electrónica", "Seu electrònica", "Sede electrónica"),
              c.t("Estadística - Padrón", "Estadística - Padró", "Estatística - Padrón")], "logo_left")
    b.title(c.t("Certificado de empadronamiento individual", "Certificat d'empadronament individual",
                "Certificado de empadroamento individual"))
    holder = nm(b)
    items = [(c.t("Nombre", "Nom", "Nome"), holder or "")] + b.id_field()
    items += [(c.t("Dirección", "Adreça", "Enderezo"), c.home[0]),
              (c.t("Distrito / Sección", "Districte / Secció", "Distrito / Sección"),
               f"{r.randint(1, 21):02d} / {r.randint(1, 140):03d}"),
              (c.t("Fecha de alta en la dirección", "Data d'alta a l'adreça", "Data de alta no enderezo"),
               b.d(alta)),
              (c.t("Causa", "Causa", "Causa"), r.choice(["CR", "OM", "CD", "NA"]))]
    b.f.fields(items, r.choice(["column", "grid"]))
    b.f.para(c.t(f"El certificado se emite con los datos vigentes a {b.d(expedicion)}.",
                 f"El certificat s'emet amb les dades vigents a {b.d(expedicion)}.",
                 f"O certificado emítese cos datos vixentes a {b.d(expedicion)}."))
    csv = b.csv()
    signer = b.person(b.official(), "official")
    qr(b.f.page, b.f.left, b.f.y + 4, 26, r)
    y0 = b.f.y + 8
    for ln in [c.t("Documento firmado electrónicamente", "Document signat electrònicament",
                   "Documento asinado electronicamente"),
               signer, f"CSV: {csv[:10]}", f"     {csv[10:]}", f"{expedicion.isoformat()}T{hhmm(r)}:{r.randint(10, 59)}"]:
        b.f.page.text(b.f.left + 30, y0, ln, b.f.font(), 8.5, "l", b.f.color)
        y0 += 4.2
    # The verification note printed down the right margin, one short line at a time.
    side = c.t("Verificable en la sede electrónica mediante el código CSV",
               "Verificable a la seu electrònica amb el codi CSV",
               "Verificable na sede electrónica co código CSV").split()
    x, y = b.f.size[0] - 5.0, 40.0
    for w in side:
        b.f.page.text(x, y, w, b.f.font(), 6.5, "r", (90, 90, 90))
        y += 3.2
    return b.done("padron", holder, [(alta, expedicion)])


# ------------------------------------------------------------ padrón histórico

def historico_fichas_domicilio(ctx, rows, expedicion, **_):
    """One framed card per domicile: alta and baja each on its own line with the cause."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Padrón Municipal de Habitantes", "Padró Municipal d'Habitants",
                                  "Padrón Municipal de Habitantes")], r.choice(["centered", "band"]))
    b.title(c.t("CERTIFICADO DE RESIDENCIA HISTÓRICO", "CERTIFICAT DE RESIDÈNCIA HISTÒRIC",
                "CERTIFICADO DE RESIDENCIA HISTÓRICO"))
    holder = nm(b)
    b.f.fields([(c.t("Titular", "Titular", "Titular"), holder or "")] + b.id_field()
               + (b.birth_field() if r.random() < 0.5 else []), "colon")
    ds = r.choice(["dot4", "abbr_dot", "slash", "long"])
    presence = []
    for i, (alta, baja) in enumerate(rows):
        street = td.address(r, c.muni)[0]
        y0 = b.f.y + 1
        b.f.space(2)
        b.f.text(f"{c.t('Domicilio', 'Domicili', 'Domicilio')} {i + 1}: {street}", bold=True, x=b.f.left + 3)
        b.f.text(f"{c.t('Alta', 'Alta', 'Alta')}: {dd(b, alta, ds)}   "
                 f"{c.t('Motivo', 'Motiu', 'Motivo')}: " + (c.t("Cambio de residencia", "Canvi de residència",
                                                                  "Cambio de residencia") if i == 0 else
                                                            c.t("Cambio de domicilio", "Canvi de domicili",
                                                                "Cambio de domicilio")), x=b.f.left + 3)
        if baja:
            b.f.text(f"{c.t('Baja', 'Baixa', 'Baixa')}: {dd(b, baja, ds)}   "
                     f"{c.t('Motivo', 'Motiu', 'Motivo')}: {c.t('Cambio de domicilio', 'Canvi de domicili', 'Cambio de domicilio')}",
                     x=b.f.left + 3)
        else:
            b.f.text(c.t("Situación: inscrito/a en la actualidad", "Situació: inscrit/a actualment",
                         "Situación: inscrito/a na actualidade"), x=b.f.left + 3)
        b.f.space(2)
        b.f.page.rect(b.f.left, y0, b.f.width, b.f.y - y0, 0.4, b.f.color)
        b.f.space(2)
        presence.append((alta, baja or expedicion))
    b.f.para(b.place_date(expedicion))
    b.f.signature([c.t("El/La Secretario/a General", "El/La Secretari/ària General", "O/A Secretario/a Xeral"),
                   b.person(b.official(), "official")])
    b.f.footer([f"CSV {b.csv()}"])
    return b.done("padron_historico", holder, presence)


def historico_cronologia(ctx, rows, expedicion, **_):
    """The periods as a timeline: 'desde → hasta' with the street, newest first."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Oficina de Atención Ciudadana", "Oficina d'Atenció Ciutadana",
                                  "Oficina de Atención Cidadá")], r.choice(["right", "logo_left"]))
    b.title(c.t("Informe de periodos de empadronamiento", "Informe de períodes d'empadronament",
                "Informe de períodos de empadroamento"))
    holder = nm(b)
    ids = b.id_field()
    idt = f" ({ids[0][0]} {ids[0][1]})" if ids else ""
    b.f.para(c.t("Persona", "Persona", "Persoa") + f": {holder or ''}{idt}", bold=True)
    ds = r.choice(["dash", "slash", "dot4", "iso"])
    now = c.t("actualidad", "actualitat", "actualidade")
    presence = [(a, z or expedicion) for a, z in rows]
    for alta, baja in reversed(rows):
        x = b.f.left + 4
        b.f.page.ellipse(x - 1.5, b.f.y + 2.2, 3, 3, b.f.accent)
        b.f.text(f"{dd(b, alta, ds)}  ->  {dd(b, baja, ds) if baja else now}", bold=True, x=x + 4)
        b.f.text(td.address(r, c.muni)[0], x=x + 4)
        b.f.space(3)
    b.f.para(c.t("Los periodos se refieren a este municipio.", "Els períodes es refereixen a aquest municipi.",
                 "Os períodos refírense a este concello."))
    b.f.signature([b.person(b.official(), "official")])
    b.f.footer([c.t(f"Emitido el {b.d(expedicion, ds)} a las {hhmm(r)}", f"Emès el {b.d(expedicion, ds)} a les {hhmm(r)}",
                    f"Emitido o {b.d(expedicion, ds)} ás {hhmm(r)}") + f" · CSV {b.csv()}"])
    return b.done("padron_historico", holder, presence)


# ------------------------------------------------------------ utility bills

def bill_grafico_consumo(ctx, issue, period=None, kind=None, **_):
    """Electricity bill: the period only in the caption of the 14-month consumption chart."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(td.UTILITIES["luz"])
    b.header([company, f"CIF {td.cif(r)}"], r.choice(["band", "right"]))
    b.title(c.t("Factura de electricidad", "Factura d'electricitat", "Factura de electricidade"))
    holder = nm(b)
    b.dis.append("invoice_number")
    b.f.fields([(c.t("Titular del contrato", "Titular del contracte", "Titular do contrato"), holder or ""),
                (c.t("Dirección de suministro", "Adreça de subministrament", "Enderezo de subministración"),
                 f"{c.home[0]}, {c.home[1]}"),
                (c.t("Nº factura", "Núm. factura", "Nº factura"), f"{r.choice('ELP')}{ref(r, 11)}"),
                (c.t("Fecha de emisión", "Data d'emissió", "Data de emisión"), b.d(issue))], "colon")
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Importe", "Import", "Importe")],
              [[c.t("Potencia", "Potència", "Potencia"), money(r, 8, 20) + " €"],
               [c.t("Energía", "Energia", "Enerxía"), money(r, 20, 70) + " €"],
               [c.t("Impuesto eléctrico", "Impost elèctric", "Imposto eléctrico"), money(r, 1, 4) + " €"],
               ["IVA 21%", money(r, 5, 15) + " €"]], [0.7, 0.3])
    b.f.text(c.t("Su consumo de los últimos 14 meses (kWh)", "El seu consum dels últims 14 mesos (kWh)",
                 "O seu consumo dos últimos 14 meses (kWh)"), bold=True)
    top = b.f.y + 3
    h, n = 32.0, 14
    bw = b.f.width / n
    # The last bar is the month the bill ends in; the others go back 13 months.
    last = (period[1] if period else issue).month
    initials = "EFMAMJJASOND" if c.lang == "es" else "GFMAMJJASOND"
    letters = [initials[(last - 14 + i) % 12] for i in range(n)]
    for i in range(n):
        v = r.uniform(0.2, 1.0)
        b.f.page.rect(b.f.left + i * bw + 1, top + h * (1 - v), bw - 2, h * v, 0, b.f.accent,
                      fill=(140, 140, 140) if i < n - 1 else b.f.accent)
        b.f.page.text(b.f.left + i * bw + bw / 2, top + h + 4, letters[i], b.f.font(), 8, "c", b.f.color)
    b.f.y = top + h + 6
    if period:
        lab = c.t("Periodo de facturación", "Període de facturació", "Período de facturación")
        st = r.choice(["dot4", "slash", "dash"])
        b.f.text(f"{lab}: {dd(b, period[0], st)}-{dd(b, period[1], st)} · "
                 f"{(period[1] - period[0]).days + 1} {c.t('días', 'dies', 'días')}", b.f.base * 0.85)
    if r.random() < 0.7:
        b.dis.append("due_date")
        b.f.text(c.t("Fecha de cargo", "Data de càrrec", "Data de cargo") + ": "
                 + b.d(issue + dt.timedelta(days=r.randint(5, 15))), b.f.base * 0.9)
    b.f.footer([f"{company} · {c.t('Averías', 'Avaries', 'Avarías')} {b.phone()}",
                f"CUPS ES0{ref(r, 16)}{r.choice('ABCDEF')}{r.choice('JKLMN')}"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def bill_gas_lecturas(ctx, issue, period=None, kind=None, **_):
    """Gas bill: the period is the span between two readings, each real or estimated."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(td.UTILITIES["gas"])
    b.header([company, c.t("Gas natural", "Gas natural", "Gas natural"), f"NIF {td.cif(r)}"],
             r.choice(["centered", "logo_left"]))
    holder = nm(b)
    b.dis.append("invoice_number")
    b.f.fields([(c.t("Cliente", "Client", "Cliente"), holder or ""),
                (c.t("Punto de suministro", "Punt de subministrament", "Punto de subministración"), c.home[0]),
                (c.t("Factura", "Factura", "Factura"), f"G{issue.year % 100}-{ref(r, 8)}"),
                (c.t("Emitida", "Emesa", "Emitida"), b.d(issue))], r.choice(["boxes", "grid"]))
    if period:
        s, e = period
        kind_s = r.choice([c.t("real", "real", "real"), c.t("estimada", "estimada", "estimada")])
        kind_e = r.choice([c.t("real", "real", "real"), c.t("estimada", "estimada", "estimada")])
        l0 = r.randint(1000, 9000)
        l1 = l0 + r.randint(20, 300)
        b.f.text(c.t("Lecturas del contador", "Lectures del comptador", "Lecturas do contador"), bold=True)
        b.f.table([c.t("Lectura", "Lectura", "Lectura"), c.t("Fecha", "Data", "Data"), "m³",
                   c.t("Tipo", "Tipus", "Tipo")],
                  [[c.t("Anterior", "Anterior", "Anterior"), b.d(s), str(l0), kind_s],
                   [c.t("Actual", "Actual", "Actual"), b.d(e), str(l1), kind_e]], [0.25, 0.3, 0.2, 0.25])
        b.f.text(c.t(f"Días facturados: {(e - s).days + 1}", f"Dies facturats: {(e - s).days + 1}",
                     f"Días facturados: {(e - s).days + 1}"))
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Importe", "Import", "Importe")],
              [[c.t("Término fijo", "Terme fix", "Termo fixo"), money(r, 4, 12) + " €"],
               [c.t("Término variable", "Terme variable", "Termo variable"), money(r, 10, 80) + " €"],
               [c.t("Alquiler de contador", "Lloguer de comptador", "Aluguer de contador"), money(r, 0, 2) + " €"],
               ["IVA", money(r, 3, 15) + " €"]], [0.7, 0.3])
    b.f.footer([c.t("Urgencias por fugas de gas", "Urgències per fuites de gas", "Urxencias por fugas de gas")
                + f": {b.phone()}"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ payslip

def payslip_ett_agencia(ctx, issue, period=None, **_):
    """A temp agency's payslip: the user company, 'desde … hasta …' and the seniority date."""
    b, c, r = NB(ctx), ctx, ctx.rng
    agency = r.choice(["Flexiempleo ETT S.L.", "Grupo Temporal Levante ETT", "Trabajo Ya ETT S.A."])
    b.header([agency, f"{c.t('Autorización ETT', 'Autorització ETT', 'Autorización ETT')} nº {r.randint(10, 99)}/{r.randint(100, 999)}",
              f"CIF {td.cif(r)}"], r.choice(["band", "right"]))
    b.title(c.t("RECIBO DE SALARIOS - PUESTA A DISPOSICIÓN", "REBUT DE SALARIS - POSADA A DISPOSICIÓ",
                "RECIBO DE SALARIOS - POSTA A DISPOSICIÓN"))
    holder = nm(b)
    b.dis.append("seniority_date")
    ant = (period[0] if period else issue) - dt.timedelta(days=r.randint(40, 500))
    st = r.choice(["dash", "dot2", "slash"])
    items = [(c.t("Trabajador/a", "Treballador/a", "Traballador/a"), holder or "")] + b.id_field() + [
        (c.t("Empresa usuaria", "Empresa usuària", "Empresa usuaria"), r.choice(td.COMPANIES)),
        (c.t("Antigüedad", "Antiguitat", "Antigüidade"), b.d(ant, st))]
    if period:
        items.append((c.t("Periodo de liquidación", "Període de liquidació", "Período de liquidación"),
                      c.t(f"desde {b.d(period[0], st)} hasta {b.d(period[1], st)}",
                          f"des del {b.d(period[0], st)} fins al {b.d(period[1], st)}",
                          f"desde {b.d(period[0], st)} ata {b.d(period[1], st)}")))
    else:
        items.append((c.t("Fecha", "Data", "Data"), b.d(issue, st)))
    b.f.fields(items, r.choice(["colon", "grid"]))
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Horas", "Hores", "Horas"),
               c.t("Devengos", "Meritacions", "Devengos"), c.t("Deducciones", "Deduccions", "Deducións")],
              [["Salario base", str(r.randint(60, 170)), money(r, 500, 1200), ""],
               ["Parte prop. pagas extra", "", money(r, 60, 200), ""],
               ["Vacaciones no disfrutadas", "", money(r, 20, 90), ""],
               ["Contingencias comunes", "", "", money(r, 30, 70)],
               ["Desempleo 1,55%", "", "", money(r, 8, 25)]], [0.46, 0.14, 0.2, 0.2])
    b.f.text(f"{c.t('LÍQUIDO A PERCIBIR', 'LÍQUID A PERCEBRE', 'LÍQUIDO A PERCIBIR')}: {money(r, 600, 1300)} €",
             bold=True, align="r")
    b.f.signature([c.t("Recibí", "He rebut", "Recibín")], align="l")
    b.f.text(c.t("Por la empresa", "Per l'empresa", "Pola empresa") + f": {b.person(b.official(), 'official')}",
             b.f.base * 0.9)
    return b.done("payslip", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ transport

def ticket_ferry_embarque(ctx, date, **_):
    """Ferry boarding card across the Strait: trilingual labels, 16MAR26, purchase date."""
    r = ctx.rng
    b, c = NB(ctx, size=(190.0, 80.0), base=r.choice([9.0, 9.5])), ctx
    b.f.margin = 7.0
    line = r.choice(["Naviera del Estrecho", "Líneas Marítimas Sur", "Ferris Mediterráneo Sur"])
    route = r.choice([("ALGECIRAS", "TANGER MED"), ("ALGECIRAS", "CEUTA"), ("TARIFA", "TANGER VILLE"),
                      ("MALAGA", "MELILLA")])
    b.f.page.rect(0, 0, 190, 12, 0, b.color, fill=b.color)
    b.f.page.text(7, 8.5, line.upper(), b.f.font(True), 12, "l", (255, 255, 255))
    b.f.page.text(183, 8.5, "TARJETA DE EMBARQUE / BOARDING PASS", b.f.font(True), 8, "r", (255, 255, 255))
    b.f.y = 14
    holder = nm(b, r.choice(["slash", "sur_first_noacc", "default"]))
    holder = cut(holder, 26)
    fm = r.choice(["up", "up_en", "slash"])
    dtxt = "" if date is None else (up_date(date, fm == "up_en") if fm != "slash" else b.d(date, "slash"))
    items = [("PASAJERO / PASSENGER / PASSAGER", holder or ""),
             ("ORIGEN / FROM", route[0]), ("DESTINO / TO", route[1])]
    if date:
        items.append(("FECHA / DATE", dtxt))
    items += [("SALIDA / DEP.", hhmm(r, 6, 22)), ("ASIENTO / SEAT", f"{r.randint(1, 400)}")]
    b.f.fields(items, "boxes", size=9.0, cols=3)
    if date and r.random() < 0.6:
        b.dis.append("purchase_date")
        buy = date - dt.timedelta(days=r.randint(1, 25))
        b.f.text(f"Emitido / Issued: {up_date(buy) if fm != 'slash' else b.d(buy, 'slash')}  ·  "
                 f"Billete nº {ref(r, 13)}", 8)
    barcode(b.f.page, 130, 62, 50, 11, r)
    return b.done("transport_ticket", holder, one_day(date), "passenger")


# ------------------------------------------------------------ bank papers

def bank_cambio_divisa(ctx, date, **_):
    """A branch's currency exchange receipt: the day's rate, date and time together."""
    b, c, r = NB(ctx, base=ctx.rng.choice([9.5, 10.0])), ctx, ctx.rng
    bank = r.choice(td.BANKS)
    b.header([bank, f"{c.t('Oficina', 'Oficina', 'Oficina')} {ref(r, 4)} · {c.muni[0]}"], r.choice(["right", "band"]))
    b.title(c.t("COMPRAVENTA DE BILLETES EXTRANJEROS", "COMPRAVENDA DE BITLLETS ESTRANGERS",
                "COMPRAVENDA DE BILLETES ESTRANXEIROS"))
    holder = nm(b)
    cur = r.choice([("MAD", "dírham marroquí"), ("USD", "dólar EE.UU."), ("COP", "peso colombiano"),
                    ("GBP", "libra esterlina")])
    b.dis.append("reference_number")
    items = [(c.t("Cliente", "Client", "Cliente"), holder or "")] + b.id_field() + [
        (c.t("Operación", "Operació", "Operación"), c.t("Venta de divisa al cliente", "Venda de divisa al client",
                                                       "Venda de divisa ao cliente")),
        (c.t("Divisa", "Divisa", "Divisa"), f"{cur[0]} ({cur[1]})"),
        (c.t("Importe divisa", "Import divisa", "Importe divisa"), f"{r.randint(50, 900)},00 {cur[0]}"),
        (c.t("Cambio aplicado", "Canvi aplicat", "Cambio aplicado"), f"{r.uniform(0.08, 1.3):.5f}".replace(".", ",")),
        (c.t("Contravalor", "Contravalor", "Contravalor"), money(r, 40, 800) + " EUR"),
        (c.t("Referencia", "Referència", "Referencia"), f"FX{ref(r, 12)}")]
    if date:
        items.append((c.t("Fecha y hora", "Data i hora", "Data e hora"),
                      f"{b.d(date, r.choice(['dot4', 'slash', 'dash']))} {hhmm(r, 8, 14)}"))
    b.f.fields(items, r.choice(["colon", "column"]))
    b.f.para(c.t("El cliente declara que los fondos no proceden de actividades ilícitas (Ley 10/2010).",
                 "El client declara que els fons no provenen d'activitats il·lícites (Llei 10/2010).",
                 "O cliente declara que os fondos non proceden de actividades ilícitas (Lei 10/2010)."),
             size=b.f.base * 0.85)
    b.f.signature([c.t("Firma del cliente", "Signatura del client", "Sinatura do cliente")], align="l")
    return b.done("bank_receipt", holder, one_day(date))


def bank_certificado_titularidad(ctx, date, **_):
    """A certificate of account ownership: 'Titular(es): A y B', the IBAN, the branch's date."""
    b, c, r = NB(ctx), ctx, ctx.rng
    bank = r.choice(td.BANKS)
    b.header([bank, f"{td.address(r, c.muni)[0]}, {c.muni[0]}"], r.choice(["logo_left", "centered"]))
    b.title(c.t("CERTIFICADO DE TITULARIDAD DE CUENTA", "CERTIFICAT DE TITULARITAT DEL COMPTE",
                "CERTIFICADO DE TITULARIDADE DE CONTA"))
    holder = nm(b)
    co = b.person(b.someone_else(upper=holder is not None and holder.isupper()), "other") \
        if r.random() < 0.6 else None
    who = f"{holder} {c.t('y', 'i', 'e')} {co}" if co else holder
    manager = b.person(b.official(), "official")
    b.f.para(c.t(f"{bank}, a través de su oficina en {c.muni[0]}, certifica que la cuenta que se indica figura "
                 "abierta en esta entidad con los siguientes datos:",
                 f"{bank}, mitjançant la seva oficina de {c.muni[0]}, certifica que el compte indicat figura "
                 "obert en aquesta entitat amb les dades següents:",
                 f"{bank}, a través da súa oficina en {c.muni[0]}, certifica que a conta indicada figura "
                 "aberta nesta entidade cos seguintes datos:"))
    b.f.fields([(c.t("Titular(es)", "Titular(s)", "Titular(es)"), who or ""),
                ("IBAN", f"ES{r.randint(10, 99)} {ref(r, 4)} {ref(r, 4)} {ref(r, 2)} {ref(r, 10)}"),
                ("BIC", r.choice(["MERIESMMXXX", "CRINES2VXXX", "BAAHESMM"])),
                (c.t("Situación", "Situació", "Situación"), c.t("Activa", "Actiu", "Activa"))],
               r.choice(["grid", "colon"]))
    if date:
        b.f.para(c.t(f"Y para que conste, a petición del interesado, se expide en {c.muni[0]}, a {b.dlong(date)}.",
                     f"I perquè consti, a petició de l'interessat, s'expedeix a {c.muni[0]}, {b.dlong(date)}.",
                     f"E para que conste, a petición do interesado, expídese en {c.muni[0]}, o {b.dlong(date)}."))
    b.f.signature([manager, c.t("Director/a de la oficina", "Director/a de l'oficina", "Director/a da oficina")])
    return b.done("bank_receipt", holder, one_day(date))


# ------------------------------------------------------------ medical

def med_hoja_tratamiento(ctx, date, **_):
    """Prescription sheet of the regional health service: the prescription day, each drug's end date."""
    b, c, r = NB(ctx), ctx, ctx.rng
    clinic = r.choice(td.CLINICS).format(m=c.muni[0])
    b.header([c.t("Servicio de Salud", "Servei de Salut", "Servizo Galego de Saúde"), clinic], r.choice(["band", "right"]))
    b.title(c.t("Hoja de tratamiento - Receta electrónica", "Full de tractament - Recepta electrònica",
                "Folla de tratamento - Receita electrónica"))
    holder = nm(b)
    items = [(c.t("Paciente", "Pacient", "Paciente"), holder or "")] + (b.birth_field() if r.random() < 0.6 else []) + [
        ("CIP/TSI", f"{r.choice(['MAQU', 'BEAH', 'LOPE', 'RUGA'])}{ref(r, 10)}")]
    if date:
        items.append((c.t("Fecha de prescripción", "Data de prescripció", "Data de prescrición"), b.d(date)))
    b.f.fields(items, r.choice(["colon", "boxes"]), cols=2 if r.random() < 0.5 else 1)
    drugs = r.sample(["Ibuprofeno 600 mg comp.", "Omeprazol 20 mg cáps.", "Paracetamol 1 g comp.",
                      "Amoxicilina 500 mg cáps.", "Enalapril 10 mg comp."], 2)
    rows = []
    for d in drugs:
        end = (date or dt.date(2026, 3, 1)) + dt.timedelta(days=r.choice([7, 10, 30, 90]))
        rows.append([d, r.choice(["1 c/8 h", "1 c/12 h", "1 c/24 h"]), b.d(end) if date else "-"])
    if date:
        b.dis.append("expiry_date")
    b.f.table([c.t("Medicamento", "Medicament", "Medicamento"), c.t("Posología", "Posologia", "Posoloxía"),
               c.t("Fin de tratamiento", "Fi del tractament", "Fin do tratamento")], rows, [0.5, 0.2, 0.3])
    b.f.para(c.t("Presente su tarjeta sanitaria en la farmacia para la dispensación.",
                 "Presenti la targeta sanitària a la farmàcia per a la dispensació.",
                 "Presente a súa tarxeta sanitaria na farmacia para a dispensación."))
    doc = b.person(b.official(), "official")
    b.f.signature([f"{r.choice(['Dr.', 'Dra.'])} {doc}", c.t("Medicina de Familia", "Medicina de Família", "Medicina de Familia")])
    return b.done("medical", holder, one_day(date), "patient")


def med_analitica(ctx, date, **_):
    """Laboratory report: the sample's extraction date and time, results with reference ranges."""
    b, c, r = NB(ctx, base=ctx.rng.choice([9.5, 10.0])), ctx, ctx.rng
    lab = c.t(f"Laboratorio de Análisis Clínicos - Hospital de {c.muni[0]}",
              f"Laboratori d'Anàlisis Clíniques - Hospital de {c.muni[0]}",
              f"Laboratorio de Análises Clínicas - Hospital de {c.muni[0]}")
    b.header([lab], "centered")
    holder = nm(b)
    age = None
    if c.birth:
        age = (date or dt.date(2026, 3, 1)).year - c.birth.year
    items = [(c.t("Paciente", "Pacient", "Paciente"), holder or ""),
             ("NHC", ref(r, 7)), (c.t("Nº petición", "Núm. petició", "Nº petición"), ref(r, 9))]
    if age:
        items.append((c.t("Edad", "Edat", "Idade"), f"{age} {c.t('años', 'anys', 'anos')}"))
    if date:
        items.append((c.t("Extracción", "Extracció", "Extracción"), f"{b.d(date)} {hhmm(r, 7, 10)}"))
    b.f.fields(items, "column", cols=1)
    b.f.table([c.t("Prueba", "Prova", "Proba"), c.t("Resultado", "Resultat", "Resultado"),
               c.t("Unidades", "Unitats", "Unidades"), c.t("Valores de referencia", "Valors de referència",
                                                           "Valores de referencia")],
              [["Hemoglobina", f"{r.uniform(11, 16):.1f}".replace(".", ","), "g/dL", "12,0 - 16,0"],
               ["Leucocitos", f"{r.uniform(4, 10):.2f}".replace(".", ","), "x10³/µL", "4,00 - 11,00"],
               ["Glucosa", str(r.randint(70, 120)), "mg/dL", "70 - 110"],
               ["Colesterol total", str(r.randint(150, 240)), "mg/dL", "< 200"]], [0.34, 0.18, 0.18, 0.3])
    b.f.para(c.t("Resultados validados por el facultativo responsable.", "Resultats validats pel facultatiu responsable.",
                 "Resultados validados polo facultativo responsable."), size=b.f.base * 0.85)
    b.f.signature([b.person(b.official(), "official"), c.t("Facultativo especialista", "Facultatiu especialista",
                                                            "Facultativo especialista")])
    return b.done("medical", holder, one_day(date), "patient")


# ------------------------------------------------------------ attendance

def att_comedor_social(ctx, date, **_):
    """A soup kitchen certifies that the person eats there; no date of joining is printed."""
    b, c, r = NB(ctx), ctx, ctx.rng
    name = r.choice([c.t("Comedor Social San Vicente", "Menjador Social Sant Vicenç", "Comedor Social San Vicente"),
                     c.t("Comedor Solidario La Olla", "Menjador Solidari L'Olla", "Comedor Solidario A Ola")])
    b.header([name, c.t("Servicio de comidas y acogida", "Servei d'àpats i acollida", "Servizo de comidas e acollida"),
              f"Tel. {b.phone()}"], r.choice(["centered", "logo_left"]))
    b.title(c.t("CERTIFICADO DE USUARIO/A", "CERTIFICAT D'USUARI/ÀRIA", "CERTIFICADO DE USUARIO/A"))
    holder = nm(b)
    boss = b.person(b.official(), "official")
    who = holder or c.t("la persona interesada", "la persona interessada", "a persoa interesada")
    b.f.para(c.t(f"{boss}, responsable del {name},", f"{boss}, responsable del {name},", f"{boss}, responsable do {name},"))
    b.f.text("CERTIFICA:" if c.lang != "gl" else "CERTIFICA:", bold=True)
    b.f.para(c.t(f"Que {who}{b.ident_text()} es usuario/a habitual de este comedor, donde acude "
                 f"{r.choice(['de lunes a viernes', 'a diario', 'tres días por semana'])} a recoger su comida, "
                 f"desde hace {r.choice(['unos meses', 'más de un año', 'aproximadamente un año'])}.",
                 f"Que {who}{b.ident_text()} és usuari/ària habitual d'aquest menjador, on acudeix "
                 f"{r.choice(['de dilluns a divendres', 'cada dia'])} a recollir el seu àpat, des de fa "
                 f"{r.choice(['uns mesos', 'més d’un any'])}.",
                 f"Que {who}{b.ident_text()} é usuario/a habitual deste comedor, onde acode "
                 f"{r.choice(['de luns a venres', 'a diario'])} a recoller a súa comida, dende hai "
                 f"{r.choice(['uns meses', 'máis dun ano'])}."))
    b.f.para(b.place_date(date))
    b.f.signature([boss, c.t("Sello de la entidad", "Segell de l'entitat", "Selo da entidade")])
    return b.done("attendance_certificate", holder, one_day(date), "user")


def att_asociacion_cultural(ctx, date, **_):
    """A cultural association (mosque, community centre) certifies its member's participation."""
    b, c, r = NB(ctx), ctx, ctx.rng
    name = r.choice(["Asociación Cultural Al-Andalus", "Asociación Sociocultural Senegalesa Teranga",
                     "Centro Cultural Islámico", "Asociación de Mujeres Latinas Unidas"])
    b.header([name, f"{c.t('Inscrita en el Registro de Asociaciones con el nº', 'Inscrita al Registre d’Associacions amb el núm.', 'Inscrita no Rexistro de Asociacións co nº')} {r.randint(1000, 99999)}",
              f"CIF {td.cif(r)}"], r.choice(["right", "centered"]))
    holder = nm(b)
    pres = b.person(b.official(), "official")
    who = holder or c.t("la persona interesada", "la persona interessada", "a persoa interesada")
    b.f.space(4)
    b.f.para(c.t(f"{b.honor()} {pres}, presidente/a de {name},", f"{b.honor()} {pres}, president/a de {name},",
                 f"{b.honor()} {pres}, presidente/a de {name},"))
    b.f.text(c.t("HACE CONSTAR", "FA CONSTAR", "FAI CONSTAR"), bold=True, align="c")
    b.f.para(c.t(f"Que {b.honor()} {who}{b.ident_text()} es socio/a de esta asociación con el número "
                 f"{r.randint(10, 900)} y participa con regularidad en sus actividades "
                 f"({r.choice(['clases de español, reparto de alimentos', 'talleres y actividades culturales', 'oración y clases de lengua'])}).",
                 f"Que {b.honor()} {who}{b.ident_text()} és soci/sòcia d'aquesta associació amb el número "
                 f"{r.randint(10, 900)} i participa regularment en les seves activitats.",
                 f"Que {b.honor()} {who}{b.ident_text()} é socio/a desta asociación co número "
                 f"{r.randint(10, 900)} e participa regularmente nas súas actividades."))
    b.f.para(b.place_date(date))
    b.f.signature([pres, c.t("Presidente/a", "President/a", "Presidente/a")])
    return b.done("attendance_certificate", holder, one_day(date), "user")


# ------------------------------------------------------------ training

def train_carnet_manipulador(ctx, date, **_):
    """Food-handler card: wallet size, course date, and a validity printed by the provider."""
    r = ctx.rng
    b, c = NB(ctx, size=(100.0, 64.0), base=r.choice([8.5, 9.0])), ctx
    b.f.margin = 5.0
    b.f.page.rect(0, 0, 100, 9, 0, b.color, fill=b.color)
    b.f.page.text(5, 6.3, c.t("MANIPULADOR DE ALIMENTOS", "MANIPULADOR D'ALIMENTS", "MANIPULADOR DE ALIMENTOS"),
                  b.f.font(True), 9, "l", (255, 255, 255))
    b.f.y = 10
    b.f.text(r.choice(["Formación Alimentaria Segura S.L.", "Academia Higiene Plus", "Centro Formativo Sanalim"]),
             7.5, True)
    holder = cut(nm(b), 30)
    items = [(c.t("Nombre", "Nom", "Nome"), holder or "")] + b.id_field() + [
        (c.t("Sector", "Sector", "Sector"), r.choice(["Hostelería", "Comercio minorista", "Comedores colectivos"]))]
    if date:
        items.append((c.t("Fecha del curso", "Data del curs", "Data do curso"), b.d(date)))
        if r.random() < 0.7:
            b.dis.append("expiry_date")
            items.append((c.t("Validez", "Validesa", "Validez"), b.d(date.replace(year=date.year + 4))))
    b.f.fields(items, "colon", size=8.0)
    return b.done("training_certificate", holder, one_day(date), "student")


def train_plataforma_online(ctx, date, **_):
    """An e-learning platform's certificate: completion date and time, ISO print date, a verify code."""
    b, c, r = NB(ctx, size=(297.0, 210.0)), ctx, ctx.rng
    org = r.choice(["Campus Virtual de la Fundación Oportunidad", "Aula Digital Empleo+",
                    "Plataforma Formativa de la Cámara de Comercio"])
    b.f.page.rect(10, 10, 277, 190, 1.0, b.color)
    b.f.y = 28
    b.f.text(org, b.f.base * 1.2, True, "c", color=b.color)
    b.f.space(6)
    b.f.text(c.t("CERTIFICADO DE FINALIZACIÓN", "CERTIFICAT DE FINALITZACIÓ", "CERTIFICADO DE FINALIZACIÓN"),
             b.f.base * 1.8, True, "c")
    b.f.space(4)
    b.f.text(c.t("Se certifica que", "Es certifica que", "Certifícase que"), align="c")
    holder = nm(b, r.choice(["default", "noacc_mixed"]))
    b.f.text(holder or "", b.f.base * 1.6, True, "c")
    course = r.choice(["Competencias digitales básicas", "Atención al cliente en comercio",
                       "Limpieza profesional de superficies", "Carretillero: nivel básico"])
    b.f.text(c.t(f"ha completado el curso en línea «{course}» ({r.choice([10, 20, 25, 40])} horas)",
                 f"ha completat el curs en línia «{course}» ({r.choice([10, 20, 25, 40])} hores)",
                 f"completou o curso en liña «{course}» ({r.choice([10, 20, 25, 40])} horas)"), align="c")
    if date:
        b.f.text(c.t(f"Completado el {b.dlong(date)} a las {hhmm(r, 9, 23)}",
                     f"Completat el {b.dlong(date)} a les {hhmm(r, 9, 23)}",
                     f"Completado o {b.dlong(date)} ás {hhmm(r, 9, 23)}"), align="c")
    b.f.signature([b.person(b.official(), "official"), c.t("Dirección académica", "Direcció acadèmica",
                                                            "Dirección académica")])
    b.dis.append("reference_number")
    code = f"{ref(r, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-{ref(r, 4)}-{ref(r, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"
    b.f.page.text(20, 192, c.t(f"Código de verificación: {code}", f"Codi de verificació: {code}",
                               f"Código de verificación: {code}")
                  + (f" · {c.t('Impreso', 'Imprès', 'Impreso')}: {date.isoformat()}" if date else ""),
                  b.f.font(), 8, "l", (80, 80, 80))
    return b.done("training_certificate", holder, one_day(date), "student")


# ------------------------------------------------------------ library

def library_ficha_inscripcion(ctx, date, **_):
    """A library's paper sign-up form, filled in at the desk, with the data protection notice."""
    b, c, r = NB(ctx, size=(148.0, 210.0), base=ctx.rng.choice([9.0, 9.5])), ctx, ctx.rng
    b.f.margin = 12.0
    b.header([c.t(f"Red de Bibliotecas de {c.muni[0]}", f"Xarxa de Biblioteques de {c.muni[0]}",
                  f"Rede de Bibliotecas de {c.muni[0]}")], r.choice(["band", "centered"]))
    b.title(c.t("SOLICITUD DE CARNÉ DE USUARIO", "SOL·LICITUD DE CARNET D'USUARI", "SOLICITUDE DE CARNÉ DE USUARIO"))
    holder = nm(b)
    nf = ([(c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"), holder)] if holder else [])
    items = nf + b.id_field() + [(c.t("Domicilio", "Domicili", "Domicilio"), c.home[0]),
                                 (c.t("Teléfono", "Telèfon", "Teléfono"), b.phone()),
                                 (c.t("Nº de carné asignado", "Núm. de carnet assignat", "Nº de carné asignado"),
                                  ref(r, 8))]
    if date:
        items.append((c.t("Fecha de inscripción", "Data d'inscripció", "Data de inscrición"), b.d(date)))
    b.f.fields(items, "boxes")
    b.f.para(c.t("Sus datos se incorporarán al fichero de usuarios de la biblioteca (RGPD 2016/679).",
                 "Les seves dades s'incorporaran al fitxer d'usuaris de la biblioteca (RGPD 2016/679).",
                 "Os seus datos incorporaranse ao ficheiro de usuarios da biblioteca (RGPD 2016/679)."),
             size=b.f.base * 0.8)
    b.f.signature([c.t("Firma del/de la solicitante", "Signatura del/de la sol·licitant", "Sinatura do/a solicitante")],
                  align="l")
    return b.done("library_card", holder, one_day(date), "user")


# ------------------------------------------------------------ rental

def rental_agencia_inmobiliaria(ctx, date, **_):
    """An estate agency's lease: boxed property data, 12 months from signature, the date box at the end."""
    b, c, r = NB(ctx), ctx, ctx.rng
    agency = r.choice(["Inmobiliaria Solar", "Fincas del Centro API", "Gestión Hogar Inmobiliaria"])
    b.header([agency, f"API nº {r.randint(100, 9999)} · {c.muni[0]}", f"Tel. {b.phone()}"], r.choice(["right", "band"]))
    b.title("CONTRATO DE ARRENDAMIENTO DE VIVIENDA HABITUAL")
    holder = nm(b)
    land = b.person(c.landlord.natural, "landlord")
    dni = f"{r.randint(10**7, 10**8 - 1)}{td.NIE_LETTERS[r.randint(0, 22)]}"
    ids = b.id_field()
    b.f.fields([("ARRENDADOR/A", f"{land} (DNI {dni})"),
                ("ARRENDATARIO/A", (holder or "") + (f" ({ids[0][0]} {ids[0][1]})" if ids else "")),
                ("INMUEBLE", f"{c.home[0]}, {c.home[1]}"),
                ("RENTA MENSUAL", f"{r.randint(300, 950)},00 €"),
                ("FIANZA", c.t("Una mensualidad", "Una mensualitat", "Unha mensualidade"))], "grid")
    end = (date or dt.date(2026, 3, 1)).replace(year=(date or dt.date(2026, 3, 1)).year + 1) - DAY
    b.dis.append("contract_end_date")
    for cl in ["1ª DURACIÓN. Doce meses desde la firma, hasta el " + b.d(end) + ", con las prórrogas de la Ley 29/1994.",
               "2ª PAGO. Por meses anticipados, dentro de los siete primeros días de cada mes.",
               "3ª HONORARIOS. Los honorarios de la agencia corren a cargo del arrendador (Ley 12/2023).",
               "4ª ESTADO. La parte arrendataria recibe la vivienda en buen estado y con el inventario anexo.",
               "5ª SUMINISTROS. Por cuenta de la parte arrendataria, que los pondrá a su nombre."]:
        b.f.para(cl)
    if date:
        b.f.fields([("LUGAR", c.muni[0]), ("FECHA DE FIRMA", b.d(date))], "boxes", cols=2)
    b.f.signature(["ARRENDADOR/A", land], align="l")
    b.f.signature(["ARRENDATARIO/A", holder or ""], align="r")
    return b.done("rental_contract", holder, one_day(date), "tenant")


# ------------------------------------------------------------ job offer

def job_email_impreso(ctx, date, **_):
    """A job offer sent by e-mail and printed: the mail client's header carries the date."""
    b, c, r = NB(ctx, base=ctx.rng.choice([9.5, 10.0])), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    hr = b.person(b.official(), "official")
    dom = td.strip_accents(company.split()[0]).lower()
    holder = nm(b, r.choice(["default", "noacc_mixed"]))
    mail = td.strip_accents((c.holder.given.split()[0] + "." + c.holder.surnames[0]) if c.holder else "candidato").lower()
    b.f.text(f"{company} - {c.t('Correo', 'Correu', 'Correo')}", b.f.base * 0.8)
    b.f.hr()
    hdr = [("De", f"{hr} <rrhh@{dom}.es>"), ("Para", f"{mail}@correo.es")]
    if date:
        wd = WEEKDAY_ES[date.weekday()]
        hdr.append(("Enviado el", r.choice([f"{wd}, {date.day} de {td.MONTHS['es'][date.month - 1]} de {date.year} {hhmm(r)}",
                                             f"{date.day:02d}/{date.month:02d}/{date.year} {hhmm(r)}"])))
    hdr.append(("Asunto", "Oferta de empleo - incorporación"))
    b.f.fields(hdr, "colon")
    b.f.hr()
    b.f.para(f"Estimado/a {holder or 'candidato/a'}:")
    start = (date or dt.date(2026, 3, 1)) + dt.timedelta(days=r.randint(30, 120))
    b.dis.append("incorporation_date")
    b.f.para(f"Tras la entrevista mantenida, nos complace ofrecerle el puesto de "
             f"{r.choice(['ayudante de cocina', 'mozo/a de almacén', 'limpiador/a', 'dependiente/a'])} en nuestro centro "
             f"de {c.muni[0]}, con contrato indefinido a jornada completa y un salario bruto anual de "
             f"{r.randint(16, 21)}.{r.randint(0, 9)}00 euros en 14 pagas.")
    b.f.para(f"La incorporación prevista sería el {b.d(start)}, una vez obtenida la autorización de "
             "residencia y trabajo. Le rogamos que nos confirme su aceptación respondiendo a este correo.")
    b.f.para("Un saludo,")
    b.f.text(hr)
    b.f.text(c.t("Departamento de Recursos Humanos", "Departament de Recursos Humans", "Departamento de Recursos Humanos"))
    b.f.text(f"{company} · CIF {td.cif(r)} · {b.phone()}", b.f.base * 0.85)
    return b.done("job_offer", holder, one_day(date))


# ------------------------------------------------------------ shop receipt

def shop_tienda_moviles(ctx, date, **_):
    """A phone shop's invoice for a handset: customer cut at the field, warranty until (expiry)."""
    r = ctx.rng
    b, c = NB(ctx, size=(148.0, 210.0), base=r.choice([9.0, 9.5])), ctx
    b.f.margin = 10.0
    shop = r.choice(["MovilCenter", "Telefonía Zoco", "Phone House Barrio", "Reparaciones Smart"])
    b.header([shop, f"NIF {td.cif(r)}", f"{td.address(r, c.muni)[0]}, {c.muni[0]}"], r.choice(["band", "logo_left"]))
    b.title(c.t("FACTURA", "FACTURA", "FACTURA") + f" {r.choice('ABT')}-{ref(r, 5)}")
    b.dis.append("invoice_number")
    holder = cut(nm(b), 24)
    items = ([(c.t("Cliente", "Client", "Cliente"), holder)] if holder else []) + \
        (b.id_field() if holder else [])
    if date:
        items.append((c.t("Fecha", "Data", "Data"), b.d(date)))
    if items:
        b.f.fields(items, "colon")
    model = r.choice(["Smartphone A15 128GB", "Teléfono X3 Lite 64GB", "Smartphone Note 12 256GB"])
    imei = ref(r, 15)
    b.f.table([c.t("Artículo", "Article", "Artigo"), c.t("Importe", "Import", "Importe")],
              [[model, money(r, 90, 300) + " €"], [f"IMEI {imei}", ""],
               [c.t("Funda + protector", "Funda + protector", "Funda + protector"), money(r, 5, 20) + " €"]], [0.7, 0.3])
    b.f.text(f"TOTAL (IVA incl.): {money(r, 100, 320)} €", bold=True, align="r")
    if date:
        b.dis.append("expiry_date")
        b.f.text(c.t("Garantía hasta", "Garantia fins a", "Garantía ata") + ": "
                 + b.d(date.replace(year=date.year + 3)), b.f.base * 0.9)
    else:
        b.f.text(c.t("Garantía: 3 años", "Garantia: 3 anys", "Garantía: 3 anos"), b.f.base * 0.9)
    return b.done("shop_receipt", holder, one_day(date))


# ------------------------------------------------------------ other

def other_aviso_correos(ctx, date, **_):
    """Post office's delivery notice left in the letterbox: notice date and 'recoger hasta' (due)."""
    r = ctx.rng
    b, c = NB(ctx, size=(148.0, 105.0), base=r.choice([9.0, 9.5])), ctx
    b.f.margin = 8.0
    b.f.page.rect(0, 0, 148, 11, 0, (230, 180, 0), fill=(240, 190, 0))
    b.f.page.text(8, 7.8, c.t("AVISO DE LLEGADA", "AVÍS D'ARRIBADA", "AVISO DE CHEGADA"), b.f.font(True), 11, "l")
    b.f.page.text(140, 7.8, c.t("Correos y Telégrafos", "Correus", "Correos"), b.f.font(True), 9, "r")
    b.f.y = 13
    holder = cut(nm(b, r.choice(["sur_first_noacc", "default"])), 28)
    items = [(c.t("Destinatario/a", "Destinatari/ària", "Destinatario/a"), holder or ""),
             (c.t("Dirección", "Adreça", "Enderezo"), c.home[0]),
             (c.t("Envío", "Enviament", "Envío"), f"{r.choice(['CD', 'PQ', 'CA'])}{ref(r, 10)}ES"),
             (c.t("Tipo", "Tipus", "Tipo"), r.choice([c.t("Carta certificada", "Carta certificada", "Carta certificada"),
                                                      c.t("Paquete", "Paquet", "Paquete"),
                                                      c.t("Notificación administrativa", "Notificació administrativa",
                                                          "Notificación administrativa")]))]
    b.dis.append("reference_number")
    if date:
        items.append((c.t("Intento de entrega", "Intent de lliurament", "Intento de entrega"),
                      f"{b.d(date, r.choice(['dot2', 'slash', 'dash']))} {hhmm(r, 9, 14)}"))
        b.dis.append("due_date")
        items.append((c.t("Puede recogerlo hasta", "Pot recollir-lo fins al", "Pode recollelo ata"),
                      b.d(date + dt.timedelta(days=r.choice([7, 15])), r.choice(['dot2', 'slash']))))
    b.f.fields(items, "colon", size=8.5)
    b.f.text(c.t(f"Oficina de {c.muni[0]} · Presente este aviso y su documento de identidad.",
                 f"Oficina de {c.muni[0]} · Presenti aquest avís i el document d'identitat.",
                 f"Oficina de {c.muni[0]} · Presente este aviso e o seu documento de identidade."), 7.5)
    return b.done("other", holder, one_day(date))


def other_resguardo_reparacion(ctx, date, **_):
    """A repair shop's deposit slip (phone, laptop): entry date, customer, planned pick-up (due)."""
    r = ctx.rng
    b, c = NB(ctx, size=(105.0, 148.0), mono=r.random() < 0.5, base=r.choice([8.5, 9.0])), ctx
    b.f.margin = 7.0
    b.f.text(r.choice(["SERVICIO TECNICO ELECTRON", "REPARA-TEC", "INFORMATICA EL BARRIO"]), bold=True, align="c")
    b.f.text(f"{td.address(r, c.muni)[0]}", 7.5, align="c")
    b.f.text(f"Tel. {b.phone()}", 7.5, align="c")
    b.f.hr()
    b.f.text(c.t("RESGUARDO DE DEPÓSITO", "RESGUARD DE DIPÒSIT", "RESGARDO DE DEPÓSITO") + f" Nº {ref(r, 5)}", bold=True)
    b.dis.append("reference_number")
    holder = cut(nm(b), 22)
    items = [(c.t("Cliente", "Client", "Cliente"), holder or "")]
    if date:
        items.append((c.t("Entrada", "Entrada", "Entrada"), b.d(date)))
    items += [(c.t("Aparato", "Aparell", "Aparello"), r.choice(["Móvil", "Portátil", "Tablet"])),
              (c.t("Avería", "Avaria", "Avaría"), r.choice([c.t("Pantalla rota", "Pantalla trencada", "Pantalla rota"),
                                                            c.t("No carga", "No carrega", "Non carga")])),
              (c.t("Presupuesto", "Pressupost", "Orzamento"), money(r, 30, 150) + " €")]
    if date and r.random() < 0.7:
        b.dis.append("due_date")
        items.append((c.t("Recogida prevista", "Recollida prevista", "Recollida prevista"),
                      b.d(date + dt.timedelta(days=r.randint(2, 10)))))
    b.f.fields(items, "colon", size=8.5)
    b.f.para(c.t("Pasados 3 meses sin recoger el aparato, se entenderá abandonado.",
                 "Passats 3 mesos sense recollir l'aparell, s'entendrà abandonat.",
                 "Pasados 3 meses sen recoller o aparello, entenderase abandonado."), size=7.5)
    return b.done("other", holder, one_day(date))


FAMILIES = {
    "padron": {"volante_maquina": (padron_volante_maquina, ES), "sede_qr_lateral": (padron_sede_qr_lateral, ALL)},
    "padron_historico": {"fichas_domicilio": (historico_fichas_domicilio, ALL),
                         "cronologia": (historico_cronologia, ALL)},
    "utility_bill": {"grafico_consumo": (bill_grafico_consumo, ALL), "gas_lecturas": (bill_gas_lecturas, ALL)},
    "payslip": {"ett_agencia": (payslip_ett_agencia, ALL)},
    "transport_ticket": {"ferry_embarque": (ticket_ferry_embarque, ES)},
    "bank_receipt": {"cambio_divisa": (bank_cambio_divisa, ALL),
                     "certificado_titularidad": (bank_certificado_titularidad, ALL)},
    "medical": {"hoja_tratamiento": (med_hoja_tratamiento, ALL), "analitica": (med_analitica, ALL)},
    "attendance_certificate": {"comedor_social": (att_comedor_social, ALL),
                               "asociacion_cultural": (att_asociacion_cultural, ALL)},
    "training_certificate": {"carnet_manipulador": (train_carnet_manipulador, ALL),
                             "plataforma_online": (train_plataforma_online, ALL)},
    "library_card": {"ficha_inscripcion": (library_ficha_inscripcion, ALL)},
    "rental_contract": {"agencia_inmobiliaria": (rental_agencia_inmobiliaria, ES)},
    "job_offer": {"email_impreso": (job_email_impreso, ES)},
    "shop_receipt": {"tienda_moviles": (shop_tienda_moviles, ALL)},
    "other": {"aviso_correos": (other_aviso_correos, ALL), "resguardo_reparacion": (other_resguardo_reparacion, ALL)},
}
