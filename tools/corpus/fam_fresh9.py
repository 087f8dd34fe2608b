"""held_out_9: a ninth blind set of template families (see families.json).

Written after held_out_8 had been looked at, from the generator's machinery and
RULES.md only: a small town's volante signed by its secretary-treasurer in
prose, an e-office padrón certificate in boxes printed year first, a padrón
history told in prose ("del … al …, y desde … hasta la fecha"), a history as a
table of movements (alta, cambio de domicilio, baja), a small electricity
cooperative's bill with the meter readings' dates, a mobile telecom's invoice
(a month or a range), a farm cooperative's payslip counting the days worked, a
metro card top-up slip on thermal paper, a fintech app's transfer screen
captured on a phone, a cash deposit at the counter with its mechanical
validation line, a pharmacy's dispensing sheet (the next dispensation proves
nothing), a private clinic's invoice, a food bank's delivery certificate, a
religious community's social service certificate, an official language school's
exam certificate, a food handler's course certificate on a landscape page (the
validity proves nothing), a library self-service loan slip (the return date
proves nothing), a lease extension annex, a temp agency's job offer (the
planned start proves nothing), a pharmacy's thermal ticket with a loyalty card,
a gym's membership form and a post office's arrival notice.
"""
import datetime as dt

from . import textdata as td
from .doctypes import muni_issuer
from .famkit import NB, clock, one_day

ALL = ("es", "ca", "gl")
DAY = dt.timedelta(days=1)


# ------------------------------------------------------------ shared pieces of this set

def nm(b, forms=("std", "upper_sur", "comma", "noacc_upper", "std", "honor")):
    """The holder as this set's issuers print them (None when the page names nobody)."""
    c, r = b.ctx, b.rng
    h = c.holder
    if h is None:
        return None
    if c.name_style in ("typo", "one_surname"):
        return td.format_name(r, h, c.name_style)
    f = r.choice(forms)
    sur, giv = " ".join(h.surnames), h.given
    if f == "upper_sur":
        return f"{sur.upper()} {giv}"
    if f == "comma":
        return f"{sur}, {giv}"
    if f == "noacc_upper":
        return td.strip_accents(h.natural).upper()
    return td.format_name(r, h, c.name_style)


def dd(b, d, style):
    """This set's own printed day forms, on top of td.fmt_date2."""
    lang = b.ctx.lang
    if style == "ymd_dash_time":
        return f"{d.isoformat()} {clock(b.rng)}"
    if style == "dmy_space":
        return f"{d.day:02d} {d.month:02d} {d.year}"
    if style == "mon_up_dot":
        return f"{d.day:02d}.{td.ABBR[d.month - 1]}.{d.year}"
    if style == "d_month_y_comma":
        return f"{d.day} {td.MONTHS[lang][d.month - 1]}, {d.year}"
    if style == "ymd_dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    return td.fmt_date2(d, style, lang)


def ranged(b, s, e):
    """'del 1 al 31 de marzo de 2026' in the page's language (one month, one year)."""
    c = b.ctx
    if s.year == e.year and s.month == e.month:
        m = td.month_of(c.lang, e.month)
        return c.t(f"del {s.day} al {e.day} {m} de {e.year}", f"de l'{s.day} al {e.day} {m} de {e.year}"
                   if s.day in (1, 11) else f"del {s.day} al {e.day} {m} de {e.year}",
                   f"do {s.day} ao {e.day} {m} de {e.year}")
    return c.t(f"del {b.dlong(s)} al {b.dlong(e)}", f"del {b.dlong(s)} al {b.dlong(e)}",
               f"do {b.dlong(s)} ao {b.dlong(e)}")


def full_month(s, e):
    return s.day == 1 and (e + DAY).day == 1 and s.month == e.month and s.year == e.year


def stamp(b, lines, x=None, y=None, w=44, h=20):
    """A rubber stamp over the text: a coloured double frame and its words."""
    f = b.f
    x = f.right - w - 4 if x is None else x
    y = f.y - h + 4 if y is None else y
    col = b.rng.choice([(40, 60, 150), (120, 40, 110), (30, 110, 90)])
    f.page.rect(x, y, w, h, 0.6, col)
    f.page.rect(x + 1.2, y + 1.2, w - 2.4, h - 2.4, 0.3, col)
    for i, ln in enumerate(lines):
        f.page.text(x + w / 2, y + 6 + i * 4.5, ln, f.font(True), 7.5, "c", col)


def rule_band(b, text):
    f = b.f
    f.space(1)
    f.text(text, size=f.base * 0.95, bold=True)
    f.page.line(f.left, f.y + 1, f.right, f.y + 1, 0.5, b.color)
    f.space(3)


def thermal(ctx, h=200.0):
    return NB(ctx, size=(80.0, h), mono=True, base=8.5)


def stars(b):
    b.f.text("*" * 30, align="c")


def money(v):
    return f"{v:.2f}".replace(".", ",")


# ------------------------------------------------------------ padrón

def padron_volante_secretario(ctx, alta, expedicion, **_):
    """A small town's volante in prose, signed by its secretary-treasurer (with the mayor's
    approval), the alta as day, month in words and year."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t(f"Plaza Mayor, {r.randint(1, 9)} · {c.muni[0]}",
                                  f"Plaça Major, {r.randint(1, 9)} · {c.muni[0]}",
                                  f"Praza do Concello, {r.randint(1, 9)} · {c.muni[0]}")],
             r.choice(["centered", "logo_left"]))
    b.title(c.t("VOLANTE DE EMPADRONAMIENTO", "VOLANT D'EMPADRONAMENT", "VOLANTE DE EMPADROAMENTO"))
    sec = b.person(b.official(), "official")
    holder = nm(b)
    who = f"{b.honor()} {holder}" if holder else c.t("la persona solicitante", "la persona sol·licitant",
                                                      "a persoa solicitante")
    b.f.para(c.t(f"{sec}, Secretario-Interventor del {muni_issuer(c)},",
                 f"{sec}, secretari-interventor de l'{muni_issuer(c)},",
                 f"{sec}, secretario-interventor do {muni_issuer(c)},"))
    b.f.para(c.t(f"INFORMA: Que en el Padrón de Habitantes de este municipio consta {who}{b.ident_text()} "
                 f"con domicilio en {c.home[0]}, dado de alta desde el {b.dlong(alta)}.",
                 f"INFORMA: Que en el Padró d'Habitants d'aquest municipi hi consta {who}{b.ident_text()} "
                 f"amb domicili a {c.home[0]}, donat d'alta des del {b.dlong(alta)}.",
                 f"INFORMA: Que no Padrón de Habitantes deste concello consta {who}{b.ident_text()} "
                 f"con domicilio en {c.home[0]}, dado de alta desde o {b.dlong(alta)}."))
    b.f.para(c.t("Este volante tiene carácter informativo y una validez de tres meses.",
                 "Aquest volant té caràcter informatiu i una validesa de tres mesos.",
                 "Este volante ten carácter informativo e unha validez de tres meses."), size=b.f.base * 0.9)
    b.f.para(b.place_date(expedicion), align="r")
    mayor = b.person(b.official(), "official")
    b.f.space(8)
    y0 = b.f.y
    b.f.text(c.t("Vº Bº EL ALCALDE", "VIST I PLAU L'ALCALDE", "VISTO E PRACE O ALCALDE"), bold=True)
    b.f.space(10)
    b.f.text(mayor)
    b.f.y = y0
    b.f.text(c.t("EL SECRETARIO", "EL SECRETARI", "O SECRETARIO"), bold=True, align="r")
    b.f.space(10)
    b.f.text(sec, align="r")
    stamp(b, [c.t("AYUNTAMIENTO", "AJUNTAMENT", "CONCELLO"), c.muni[0].upper()[:18]], y=b.f.y - 22)
    return b.done("padron", holder, [(alta, expedicion)])


def padron_sede_qr(ctx, alta, expedicion, **_):
    """An e-office certificate: boxed data, the alta, motive and issue in one row of boxes,
    dates year first, a verification code at the foot."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Sede electrónica · Estadística", "Seu electrònica · Estadística",
                                  "Sede electrónica · Estatística")], "band")
    b.title(c.t("Certificado de inscripción padronal", "Certificat d'inscripció padronal",
                "Certificado de inscrición padroal"))
    holder = nm(b, ("upper_sur", "comma", "std"))
    ds = r.choice(["iso", "ymd_slash", "ymd_dot"])
    left = ([(c.t("Titular", "Titular", "Titular"), holder)] if holder else []) + b.id_field()
    left.append((c.t("Domicilio", "Domicili", "Domicilio"), c.home[0]))
    b.f.fields(left, "boxes", cols=1)
    b.f.fields([(c.t("Fecha de alta en el padrón", "Data d'alta al padró", "Data de alta no padrón"), dd(b, alta, ds)),
                (c.t("Motivo", "Motiu", "Motivo"), r.choice([c.t("Cambio de residencia", "Canvi de residència",
                                                                  "Cambio de residencia"),
                                                             c.t("Nacimiento / omisión", "Naixement / omissió",
                                                                 "Nacemento / omisión")])),
                (c.t("Fecha de emisión", "Data d'emissió", "Data de emisión"), dd(b, expedicion, ds))],
               "boxes", cols=3)
    b.f.para(c.t("Se certifica la inscripción vigente en el Padrón Municipal de Habitantes a la fecha de emisión.",
                 "Es certifica la inscripció vigent al Padró Municipal d'Habitants a la data d'emissió.",
                 "Certifícase a inscrición vixente no Padrón Municipal de Habitantes á data de emisión."))
    b.f.footer([c.t("Verifique la autenticidad en la sede electrónica con el código ",
                    "Verifiqueu l'autenticitat a la seu electrònica amb el codi ",
                    "Verifique a autenticidade na sede electrónica co código ") + b.csv()])
    return b.done("padron", holder, [(alta, expedicion)])


def historico_prosa_tramos(ctx, rows, expedicion, **_):
    """A history in prose: 'del … al …' per closed stay, 'desde … hasta la fecha' for the open one."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Secretaría General · Negociado de Población",
                                  "Secretaria General · Negociat de Població",
                                  "Secretaría Xeral · Negociado de Poboación")], r.choice(["right", "centered"]))
    b.title(c.t("CERTIFICADO DE RESIDENCIA CON HISTÓRICO", "CERTIFICAT DE RESIDÈNCIA AMB HISTÒRIC",
                "CERTIFICADO DE RESIDENCIA CON HISTÓRICO"))
    off = b.person(b.official(), "official")
    holder = nm(b)
    who = holder or c.t("la persona interesada", "la persona interessada", "a persoa interesada")
    b.f.para(c.t(f"{off}, funcionario/a habilitado/a, CERTIFICA que {who}{b.ident_text()} ha residido en este municipio "
                 "según consta en el Padrón Municipal, en los periodos y domicilios siguientes:",
                 f"{off}, funcionari/ària habilitat/da, CERTIFICA que {who}{b.ident_text()} ha residit en aquest municipi "
                 "segons consta al Padró Municipal, en els períodes i domicilis següents:",
                 f"{off}, funcionario/a habilitado/a, CERTIFICA que {who}{b.ident_text()} residiu neste concello "
                 "segundo consta no Padrón Municipal, nos períodos e domicilios seguintes:"))
    presence = []
    for i, (alta, baja) in enumerate(rows):
        street = td.address(r, c.muni)[0]
        if baja:
            s = c.t(f"{i + 1}.º Del {b.dlong(alta)} al {b.dlong(baja)}, en {street}.",
                    f"{i + 1}r. Del {b.dlong(alta)} al {b.dlong(baja)}, a {street}.",
                    f"{i + 1}.º Do {b.dlong(alta)} ao {b.dlong(baja)}, en {street}.")
        else:
            s = c.t(f"{i + 1}.º Desde el {b.dlong(alta)} hasta la fecha, en {street}.",
                    f"{i + 1}r. Des del {b.dlong(alta)} fins avui, a {street}.",
                    f"{i + 1}.º Desde o {b.dlong(alta)} ata a data, en {street}.")
        b.f.para(s, indent=6)
        presence.append((alta, baja or expedicion))
    b.f.para(b.place_date(expedicion))
    b.f.signature([off, c.t("Por delegación del Alcalde", "Per delegació de l'Alcalde", "Por delegación do Alcalde")])
    return b.done("padron_historico", holder, presence)


def historico_movimientos(ctx, rows, expedicion, **_):
    """A history as a table of movements: each alta and each baja on its own row, day first
    with a dotted month abbreviation."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Gestión del Padrón", "Gestió del Padró", "Xestión do Padrón")], "logo_left")
    b.title(c.t("RELACIÓN DE MOVIMIENTOS PADRONALES", "RELACIÓ DE MOVIMENTS PADRONALS",
                "RELACIÓN DE MOVEMENTOS PADROAIS"))
    holder = nm(b, ("upper_sur", "comma", "noacc_upper"))
    b.f.fields(([(c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"), holder)] if holder else [])
               + b.id_field(), "column")
    ds = r.choice(["abbr_dot", "mon_up_dot", "dot4", "slash"])
    trows, presence = [], []
    for i, (alta, baja) in enumerate(rows):
        street = td.address(r, c.muni)[0][:34]
        kind = c.t("Alta por cambio de residencia", "Alta per canvi de residència", "Alta por cambio de residencia") \
            if i == 0 else c.t("Cambio de domicilio", "Canvi de domicili", "Cambio de domicilio")
        trows.append([dd(b, alta, ds), kind, street])
        if baja and (i + 1 >= len(rows) or rows[i + 1][0] != baja + DAY):
            trows.append([dd(b, baja, ds), c.t("Baja", "Baixa", "Baixa"), street])
        elif baja:
            trows.append([dd(b, baja, ds), c.t("Fin de estancia en domicilio", "Fi d'estada al domicili",
                                               "Fin de estadía no domicilio"), street])
        presence.append((alta, baja or expedicion))
    b.f.table([c.t("Fecha", "Data", "Data"), c.t("Movimiento", "Moviment", "Movemento"),
               c.t("Domicilio", "Domicili", "Domicilio")], trows, [0.2, 0.38, 0.42], size=b.f.base * 0.85)
    b.f.para(c.t("Situación actual: INSCRITO/A.", "Situació actual: INSCRIT/A.", "Situación actual: INSCRITO/A."),
             bold=True)
    b.f.fields([(c.t("Fecha de expedición", "Data d'expedició", "Data de expedición"), dd(b, expedicion, ds))],
               "colon")
    b.f.footer([f"CSV {b.csv()}"])
    return b.done("padron_historico", holder, presence)


# ------------------------------------------------------------ bills and payslips

def bill_cooperativa(ctx, issue, period=None, kind=None, **_):
    """A small electricity cooperative's bill: the period as the two meter readings' days."""
    b, c, r = NB(ctx), ctx, ctx.rng
    coop = r.choice([c.t("Cooperativa Eléctrica de San Vicente, Coop. V.", "Cooperativa Elèctrica de Sant Vicent, Coop. V.",
                         "Cooperativa Eléctrica de San Vicente, S. Coop. G."),
                     c.t("Eléctrica Popular del Valle S. Coop.", "Elèctrica Popular de la Vall S. Coop.",
                         "Eléctrica Popular do Val S. Coop.")])
    b.header([coop, f"CIF {td.cif(r)} · {c.muni[0]}"], r.choice(["centered", "right"]))
    holder = nm(b, ("upper_sur", "std", "comma"))
    b.f.fields(([(c.t("Socio/a titular", "Soci/a titular", "Socio/a titular"), holder)] if holder else [])
               + [(c.t("Nº de socio", "Núm. de soci", "Nº de socio"), str(r.randint(100, 9999))),
                  (c.t("Suministro", "Subministrament", "Subministración"), c.home[0])], "column")
    b.dis.append("invoice_number")
    ds = r.choice(["slash", "dot2", "slash_nopad"])
    b.f.fields([(c.t("Factura nº", "Factura núm.", "Factura nº"), f"{issue.year}-{r.randint(1000, 99999)}"),
                (c.t("Fecha", "Data", "Data"), dd(b, issue, ds))], "colon")
    rule_band(b, c.t("Lecturas del contador", "Lectures del comptador", "Lecturas do contador"))
    a = r.randint(1000, 60000)
    if period:
        kwh = r.randint(90, 420)
        b.f.table([c.t("Lectura", "Lectura", "Lectura"), c.t("Fecha", "Data", "Data"), "kWh"],
                  [[c.t("Anterior", "Anterior", "Anterior"), dd(b, period[0], ds), str(a)],
                   [c.t("Actual", "Actual", "Actual"), dd(b, period[1], ds), str(a + kwh)]], [0.4, 0.35, 0.25])
        b.f.text(c.t(f"Consumo del periodo: {kwh} kWh ({(period[1] - period[0]).days + 1} días)",
                     f"Consum del període: {kwh} kWh ({(period[1] - period[0]).days + 1} dies)",
                     f"Consumo do período: {kwh} kWh ({(period[1] - period[0]).days + 1} días)"))
    else:
        b.f.text(c.t(f"Lectura estimada: {a} kWh", f"Lectura estimada: {a} kWh", f"Lectura estimada: {a} kWh"))
    tot = r.randint(2500, 9000) / 100
    b.f.space(2)
    b.f.text(f"{c.t('Importe total', 'Import total', 'Importe total')}: {money(tot)} €", bold=True, align="r")
    b.f.footer([c.t("Sociedad cooperativa sin ánimo de lucro. Domiciliación bancaria.",
                    "Societat cooperativa sense ànim de lucre. Domiciliació bancària.",
                    "Sociedade cooperativa sen ánimo de lucro. Domiciliación bancaria.")])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def bill_telefonia_movil(ctx, issue, period=None, kind=None, **_):
    """A mobile telecom's invoice: the period a month name or a range; the line's number."""
    b, c, r = NB(ctx), ctx, ctx.rng
    op = r.choice(["Movilink", "Oranja Móvil", "Telefonía Ibérica", "Simyo Plus", "Lowi Net"])
    b.header([op, f"NIF {td.cif(r)}"], r.choice(["band", "logo_left"]))
    holder = nm(b)
    for ln in ([holder] if holder else []) + [c.home[0], c.home[1]]:
        b.f.text(ln, x=b.f.left + b.f.width * 0.55)
    b.f.space(4)
    b.title(c.t("Tu factura", "La teva factura", "A túa factura"))
    b.dis.append("invoice_number")
    items = [(c.t("Número de factura", "Número de factura", "Número de factura"), f"MV{r.randint(10**8, 10**9 - 1)}"),
             (c.t("Fecha de factura", "Data de factura", "Data de factura"), dd(b, issue, r.choice(["d_month_y_comma", "long"])))]
    if period:
        s, e = period
        txt = td.fmt_month(e.year, e.month, c.lang, cap=True) if full_month(s, e) and r.random() < 0.5 else ranged(b, s, e)
        items.append((c.t("Periodo de consumo", "Període de consum", "Período de consumo"), txt))
    items.append((c.t("Línea", "Línia", "Liña"), f"6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"))
    b.f.fields(items, r.choice(["grid", "colon"]))
    b.f.table([c.t("Servicio", "Servei", "Servizo"), c.t("Importe", "Import", "Importe")],
              [[c.t("Tarifa Ilimitada 50 GB", "Tarifa Il·limitada 50 GB", "Tarifa Ilimitada 50 GB"), "15,00 €"],
               [c.t("Llamadas internacionales", "Trucades internacionals", "Chamadas internacionais"),
                f"{money(r.randint(100, 1500) / 100)} €"], ["IVA 21%", f"{money(r.randint(300, 600) / 100)} €"]],
              [0.7, 0.3])
    b.dis.append("due_date")
    b.f.text(c.t(f"Se cargará en tu cuenta el {dd(b, issue + r.randint(3, 9) * DAY, 'abbr_dot')}",
                 f"Es carregarà al teu compte el {dd(b, issue + r.randint(3, 9) * DAY, 'abbr_dot')}",
                 f"Cargarase na túa conta o {dd(b, issue + r.randint(3, 9) * DAY, 'abbr_dot')}"), size=b.f.base * 0.9)
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def payslip_cooperativa_agraria(ctx, period, issue=None, **_):
    """A farm cooperative's payslip: the days worked in a table, the period 'del … al …'."""
    b, c, r = NB(ctx), ctx, ctx.rng
    coop = r.choice([c.t("Cooperativa Agrícola San Isidro", "Cooperativa Agrícola Sant Isidre", "Cooperativa Agraria San Isidro"),
                     c.t("SAT Frutas del Campo", "SAT Fruites del Camp", "SAT Froitas do Campo")])
    b.header([coop, f"CIF {td.cif(r)} · CCC {r.randint(10, 52)}/{r.randint(10**7, 10**8 - 1)}"], "right")
    b.title(c.t("HOJA DE SALARIOS · RÉGIMEN AGRARIO", "FULL DE SALARIS · RÈGIM AGRARI", "FOLLA DE SALARIOS · RÉXIME AGRARIO"))
    holder = nm(b, ("upper_sur", "comma", "std"))
    items = ([(c.t("Trabajador/a", "Treballador/a", "Traballador/a"), holder)] if holder else []) + b.id_field()
    items.append((c.t("Categoría", "Categoria", "Categoría"), r.choice(["Peón agrícola", "Recolector/a", "Manipulador/a"])))
    if period:
        items.append((c.t("Periodo", "Període", "Período"), ranged(b, *period)))
    else:
        items.append((c.t("Fecha de pago", "Data de pagament", "Data de pagamento"), b.d(issue)))
    b.f.fields(items, "colon")
    jorn = r.randint(12, 23)
    price = r.randint(5800, 7200) / 100
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Jornadas", "Jornades", "Xornadas"),
               c.t("Precio", "Preu", "Prezo"), c.t("Total", "Total", "Total")],
              [[c.t("Jornadas reales", "Jornades reals", "Xornadas reais"), str(jorn), money(price), f"{money(jorn * price)} €"],
               [c.t("Parte prop. pagas", "Part prop. pagues", "Parte prop. pagas"), str(jorn), "8,40", f"{money(jorn * 8.4)} €"],
               ["Seg. Social 4,80%", "", "", f"-{money(jorn * price * 0.048)} €"]], [0.4, 0.18, 0.18, 0.24])
    b.f.text(f"{c.t('LÍQUIDO', 'LÍQUID', 'LÍQUIDO')}: {money(jorn * price * 0.952 + jorn * 8.4)} €", bold=True, align="r")
    b.f.signature([c.t("Recibí", "He rebut", "Recibín"), holder or ""], align="l")
    b.person(b.official(), "official")
    b.f.text(f"{c.t('Por la cooperativa', 'Per la cooperativa', 'Pola cooperativa')}: {b.people[-1]['name']}",
             size=b.f.base * 0.9, align="r")
    return b.done("payslip", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ tickets and money

def ticket_recarga_metro(ctx, date, **_):
    """A metro card top-up slip from a vending machine: thermal, mono, the personal card's holder."""
    b, c, r = thermal(ctx, 130.0), ctx, ctx.rng
    net = r.choice(["METRO LIGERO", "METRO", "TRAM", "FGC", "EMT"])
    b.f.text(net, bold=True, align="c", size=10.5)
    b.f.text(c.t("MAQUINA EXPENDEDORA", "MAQUINA AUTOVENDA", "MAQUINA EXPENDEDORA") + f" {r.randint(100, 999)}", align="c")
    stars(b)
    b.f.text(c.t("RECARGA TARJETA PERSONAL", "RECARREGA TARGETA PERSONAL", "RECARGA TARXETA PERSOAL"), bold=True)
    holder = nm(b, ("noacc_upper", "upper_sur"))
    if holder:
        b.f.text(c.t("TITULAR:", "TITULAR:", "TITULAR:"))
        b.f.text(holder[:30])
        holder = holder[:30]
    b.f.text(f"N. {r.randint(10**9, 10**10 - 1)}")
    b.f.text(c.t("TITULO: ABONO 30 DIAS", "TITOL: ABONAMENT 30 DIES", "TITULO: ABONO 30 DIAS"))
    b.f.text(f"{c.t('IMPORTE', 'IMPORT', 'IMPORTE')}: {money(r.choice([20, 21.8, 40, 54.6]))} EUR")
    stars(b)
    if date:
        b.f.text(f"{dd(b, date, r.choice(['dot2', 'slash', 'ymd_slash']))}  {clock(r, 6, 22)}")
    b.f.text(f"OP {r.randint(10000, 99999)}  EST. {r.randint(10, 90)}")
    b.f.text(c.t("GRACIAS POR SU VIAJE", "GRACIES PEL SEU VIATGE", "GRAZAS POLA SÚA VIAXE"), align="c")
    return b.done("transport_ticket", holder, one_day(date), "passenger")


def bank_app_captura(ctx, date, **_):
    """A fintech app's 'transfer sent' screen captured on a phone: narrow, a big amount, the
    applicant sends to someone else."""
    b, c, r = NB(ctx, size=(72.0, 150.0), base=9.0), ctx, ctx.rng
    f = b.f
    f.margin = 6.0
    f.y = 6.0
    f.text(f"{clock(r)}      5G  {r.randint(20, 99)}%", size=7)
    app = r.choice(["Nubank", "Revolut", "bunq", "N26", "Wise", "imagin"])
    f.text(app, bold=True, align="c", size=11, color=b.color)
    amt = r.randint(2000, 60000) / 100
    f.space(4)
    f.text(f"-{money(amt)} €", bold=True, align="c", size=16)
    other = b.person(b.someone_else(upper=False), "beneficiary")
    f.text(c.t("Enviado a", "Enviat a", "Enviado a"), align="c", size=8)
    f.text(other, align="c", size=9, bold=True)
    f.space(3)
    f.hr(0.2)
    holder = nm(b, ("std", "upper_sur", "noacc_upper"))
    rows = ([(c.t("De", "De", "De"), holder)] if holder else [])
    rows.append(("IBAN", f"{r.choice(['CO', 'MA', 'EC', 'PE'])}** **** {r.randint(1000, 9999)}"))
    if date:
        rows.append((c.t("Fecha", "Data", "Data"), f"{dd(b, date, r.choice(['abbr_dot', 'd_month_y_comma']))}, {clock(r)}"))
    rows.append((c.t("Estado", "Estat", "Estado"), c.t("Completada", "Completada", "Completada")))
    for lab, val in rows:
        f.text(lab, size=7.5, color=(110, 110, 110))
        f.text(val, size=8.5)
    b.dis.append("reference_number")
    f.text(f"Ref. {r.randint(10**11, 10**12 - 1)}", size=7.5)
    return b.done("bank_receipt", holder, one_day(date), "sender")


def bank_ingreso_ventanilla(ctx, date, **_):
    """A cash deposit made at the counter: the applicant deposits into a landlord's or a
    relative's account; the teller's validation line with the day."""
    b, c, r = NB(ctx, size=(210.0, 99.0), base=9.0), ctx, ctx.rng
    bank = r.choice(td.BANKS)
    b.f.text(bank, bold=True, size=11, color=b.color)
    b.f.text(c.t("INGRESO EN EFECTIVO", "INGRÉS EN EFECTIU", "INGRESO EN EFECTIVO"), bold=True, align="r")
    b.f.hr(0.4)
    holder = nm(b)
    amt = r.randint(15000, 70000) / 100
    owner = b.person(c.landlord.natural if r.random() < 0.6 else b.someone_else(), "beneficiary")
    b.f.fields([(c.t("Cuenta de abono", "Compte d'abonament", "Conta de abono"),
                 f"ES{r.randint(10, 99)} {r.randint(1000, 9999)} **** **{r.randint(10, 99)} {r.randint(1000, 9999)}"),
                (c.t("Titular de la cuenta", "Titular del compte", "Titular da conta"), owner)]
               + ([(c.t("Depositante", "Dipositant", "Depositante"), holder)] if holder else []) + b.id_field()
               + [(c.t("Concepto", "Concepte", "Concepto"), r.choice([c.t("Alquiler", "Lloguer", "Aluguer"),
                                                                       c.t("Pago habitación", "Pagament habitació",
                                                                           "Pagamento cuarto")])),
                  (c.t("Importe", "Import", "Importe"), f"{money(amt)} EUR")], "colon")
    if date:
        b.f.space(2)
        b.f.text(f"{r.randint(1000, 9999)} {dd(b, date, r.choice(['dot2', 'mon_up_dot', 'dmy_space']))} "
                 f"{clock(r, 8, 14)} {r.randint(100000, 999999)} *{money(amt)}*",
                 size=8.5, color=(90, 30, 120))
    return b.done("bank_receipt", holder, one_day(date), "sender")


# ------------------------------------------------------------ medical

def med_dispensacion_farmacia(ctx, date, **_):
    """A pharmacy's e-prescription dispensing sheet: the day dispensed; the next dispensation
    'a partir de' proves nothing."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([c.t(f"Farmacia Ldo. {td.random_spaniard(r).surnames[0]}", f"Farmàcia {td.random_spaniard(r).surnames[0]}",
                  f"Farmacia {td.random_spaniard(r).surnames[0]}"), c.home[0].split(",")[0] + f" · {c.muni[0]}"],
             r.choice(["logo_left", "right"]))
    b.title(c.t("Hoja de dispensación · Receta electrónica", "Full de dispensació · Recepta electrònica",
                "Folla de dispensación · Receita electrónica"))
    holder = nm(b, ("upper_sur", "comma", "std"))
    b.dis.append("reference_number")
    items = ([(c.t("Paciente", "Pacient", "Paciente"), holder)] if holder else [])
    items.append(("TSI", f"{r.choice('ABCDEFGHJ')}{r.choice('ABCDEFGHJ')}{r.randint(10**9, 10**10 - 1)}"))
    ds = r.choice(["slash", "dot4", "dmy_space"])
    if date:
        items.append((c.t("Fecha de dispensación", "Data de dispensació", "Data de dispensación"), dd(b, date, ds)))
    b.f.fields(items, "grid")
    med = r.sample(["Omeprazol 20 mg 28 cáps.", "Paracetamol 1 g 40 comp.", "Ibuprofeno 600 mg 40 comp.",
                    "Metformina 850 mg 50 comp.", "Enalapril 10 mg 28 comp."], 2)
    rows = [[m, "1", f"{money(r.randint(50, 420) / 100)} €"] for m in med]
    b.f.table([c.t("Medicamento", "Medicament", "Medicamento"), c.t("Uds.", "Unit.", "Uds."),
               c.t("Aportación", "Aportació", "Achega")], rows, [0.64, 0.12, 0.24])
    if date:
        b.dis.append("next_appointment_date")
        b.f.text(c.t(f"Próxima dispensación a partir de: {dd(b, date + r.randint(20, 30) * DAY, ds)}",
                     f"Propera dispensació a partir de: {dd(b, date + r.randint(20, 30) * DAY, ds)}",
                     f"Próxima dispensación a partir de: {dd(b, date + r.randint(20, 30) * DAY, ds)}"), size=b.f.base * 0.9)
    ph = b.person(b.official(), "official")
    b.f.signature([c.t("Farmacéutico/a", "Farmacèutic/a", "Farmacéutico/a"), ph])
    stamp(b, [c.t("FARMACIA", "FARMÀCIA", "FARMACIA"), c.muni[0].upper()[:18]])
    return b.done("medical", holder, one_day(date), "patient")


def med_factura_clinica(ctx, date, **_):
    """A private clinic's invoice for a visit: the service day, a table of acts."""
    b, c, r = NB(ctx), ctx, ctx.rng
    clinic = r.choice([c.t(f"Clínica San Rafael · {c.muni[0]}", f"Clínica Sant Rafael · {c.muni[0]}", f"Clínica San Rafael · {c.muni[0]}"),
                       f"Policlínica Sanitas Salud {c.muni[0]}", f"Centro Médico Quirón Norte"])
    b.header([clinic, f"CIF {td.cif(r)}", f"Tel. {b.phone()}"], r.choice(["band", "centered"]))
    b.title(c.t("FACTURA SIMPLIFICADA", "FACTURA SIMPLIFICADA", "FACTURA SIMPLIFICADA"))
    holder = nm(b)
    b.dis.append("invoice_number")
    ds = r.choice(["long", "abbr_dot_long", "slash"])
    b.f.fields([(c.t("Nº factura", "Núm. factura", "Nº factura"), f"CL-{r.randint(10**5, 10**6 - 1)}")]
               + ([(c.t("Paciente", "Pacient", "Paciente"), holder)] if holder else []) + b.id_field()
               + ([(c.t("Fecha del servicio", "Data del servei", "Data do servizo"), dd(b, date, ds))] if date else []),
               "column")
    act = r.choice([c.t("Consulta medicina general", "Consulta medicina general", "Consulta medicina xeral"),
                    c.t("Consulta dermatología", "Consulta dermatologia", "Consulta dermatoloxía"),
                    c.t("Analítica básica", "Analítica bàsica", "Analítica básica")])
    v = r.randint(3000, 9000) / 100
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Cant.", "Quant.", "Cant."), c.t("Importe", "Import", "Importe")],
              [[act, "1", f"{money(v)} €"]], [0.65, 0.1, 0.25])
    b.f.text(c.t("Exento de IVA (art. 20.Uno.3º Ley 37/1992)", "Exempt d'IVA (art. 20.U.3r Llei 37/1992)",
                 "Exento de IVE (art. 20.Un.3º Lei 37/1992)"), size=b.f.base * 0.8)
    b.f.text(f"TOTAL: {money(v)} €", bold=True, align="r")
    b.f.text(c.t("Pagado con tarjeta", "Pagat amb targeta", "Pagado con tarxeta"), size=b.f.base * 0.85, align="r")
    return b.done("medical", holder, one_day(date), "patient")


# ------------------------------------------------------------ attendance and training

def att_banco_alimentos(ctx, date, **_):
    """A food bank's certificate of a delivery of food; undated: the family is a beneficiary."""
    b, c, r = NB(ctx), ctx, ctx.rng
    ent = r.choice([c.t(f"Banco de Alimentos de {c.muni[0]}", f"Banc dels Aliments de {c.muni[0]}",
                        f"Banco de Alimentos de {c.muni[0]}"),
                    c.t("Asociación Vecinal Reparto Solidario", "Associació Veïnal Repartiment Solidari",
                        "Asociación Veciñal Reparto Solidario")])
    b.header([ent, c.t("Entidad de reparto · Programa FSE+", "Entitat de repartiment · Programa FSE+",
                       "Entidade de reparto · Programa FSE+")], r.choice(["logo_left", "centered"]))
    b.title(c.t("CERTIFICADO DE ENTREGA DE ALIMENTOS", "CERTIFICAT DE LLIURAMENT D'ALIMENTS",
                "CERTIFICADO DE ENTREGA DE ALIMENTOS"))
    coord = b.person(b.official(), "official")
    holder = nm(b)
    who = holder or c.t("la persona beneficiaria", "la persona beneficiària", "a persoa beneficiaria")
    if date:
        body = c.t(f"{coord}, coordinador/a de la entidad, hace constar que {who}{b.ident_text()} ha recogido un "
                   f"lote de alimentos en nuestro punto de reparto el día {b.dlong(date)}.",
                   f"{coord}, coordinador/a de l'entitat, fa constar que {who}{b.ident_text()} ha recollit un "
                   f"lot d'aliments al nostre punt de repartiment el dia {b.dlong(date)}.",
                   f"{coord}, coordinador/a da entidade, fai constar que {who}{b.ident_text()} recolleu un "
                   f"lote de alimentos no noso punto de reparto o día {b.dlong(date)}.")
    else:
        body = c.t(f"{coord}, coordinador/a de la entidad, hace constar que {who}{b.ident_text()} es persona "
                   "beneficiaria del programa de ayuda alimentaria de esta entidad.",
                   f"{coord}, coordinador/a de l'entitat, fa constar que {who}{b.ident_text()} és persona "
                   "beneficiària del programa d'ajuda alimentària d'aquesta entitat.",
                   f"{coord}, coordinador/a da entidade, fai constar que {who}{b.ident_text()} é persoa "
                   "beneficiaria do programa de axuda alimentaria desta entidade.")
    b.f.para(body)
    b.f.table([c.t("Producto", "Producte", "Produto"), c.t("Cantidad", "Quantitat", "Cantidade")],
              [[c.t("Leche", "Llet", "Leite"), "6 l"], [c.t("Arroz", "Arròs", "Arroz"), "2 kg"],
               [c.t("Legumbres", "Llegums", "Legumes"), "3 kg"], [c.t("Aceite", "Oli", "Aceite"), "1 l"]], [0.7, 0.3])
    b.f.para(b.place_date(date))
    b.f.signature([coord, c.t("Sello de la entidad", "Segell de l'entitat", "Selo da entidade")])
    stamp(b, [c.t("REPARTO", "REPARTIMENT", "REPARTO"), ent.upper()[:18]], w=50)
    return b.done("attendance_certificate", holder, one_day(date), "beneficiary")


def att_comunidad_religiosa(ctx, date, **_):
    """A mosque's or an evangelical church's social service: the reception interview's day,
    or (undated) regular attendance at its Spanish classes."""
    b, c, r = NB(ctx), ctx, ctx.rng
    ent = r.choice([c.t(f"Comunidad Islámica de {c.muni[0]}", f"Comunitat Islàmica de {c.muni[0]}",
                        f"Comunidade Islámica de {c.muni[0]}"),
                    c.t(f"Iglesia Evangélica Bautista de {c.muni[0]}", f"Església Evangèlica Baptista de {c.muni[0]}",
                        f"Igrexa Evanxélica Bautista de {c.muni[0]}")])
    b.header([ent, c.t("Área de Acción Social", "Àrea d'Acció Social", "Área de Acción Social"),
              f"Nº Reg. Entidades Religiosas {r.randint(1000, 9999)}-SE/{'A' if r.random() < 0.5 else 'C'}"], "right")
    resp = b.person(b.official(), "official")
    holder = nm(b, ("std", "honor", "comma"))
    who = holder or c.t("la persona interesada", "la persona interessada", "a persoa interesada")
    b.f.space(4)
    b.f.para(c.t(f"D./Dña. {resp}, responsable del Área de Acción Social,", f"En/Na {resp}, responsable de l'Àrea d'Acció Social,",
                 f"D./Dna. {resp}, responsable da Área de Acción Social,"))
    b.f.text("CERTIFICA", bold=True, align="c")
    if date:
        b.f.para(c.t(f"Que {who}{b.ident_text()} fue atendido/a en entrevista de acogida por nuestro servicio social "
                     f"el {b.dlong(date)}, y se le orientó sobre recursos de la zona.",
                     f"Que {who}{b.ident_text()} va ser atès/a en entrevista d'acollida pel nostre servei social "
                     f"el {b.dlong(date)}, i se li va orientar sobre recursos de la zona.",
                     f"Que {who}{b.ident_text()} foi atendido/a en entrevista de acollida polo noso servizo social "
                     f"o {b.dlong(date)}, e orientóuselle sobre recursos da zona."))
    else:
        b.f.para(c.t(f"Que {who}{b.ident_text()} asiste con regularidad a las clases de español para adultos que "
                     "organiza esta comunidad.",
                     f"Que {who}{b.ident_text()} assisteix amb regularitat a les classes de català i castellà per a "
                     "adults que organitza aquesta comunitat.",
                     f"Que {who}{b.ident_text()} asiste con regularidade ás clases de castelán para adultos que "
                     "organiza esta comunidade."))
    b.f.para(b.place_date(date))
    b.f.signature([resp])
    return b.done("attendance_certificate", holder, one_day(date), "user")


def train_eoi(ctx, date, **_):
    """An official language school's certificate of an exam passed on a day (ordinal or words)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([c.t(f"Escuela Oficial de Idiomas de {c.muni[0]}", f"Escola Oficial d'Idiomes de {c.muni[0]}",
                  f"Escola Oficial de Idiomas de {c.muni[0]}"),
              c.t("Consejería de Educación", "Departament d'Educació", "Consellería de Educación")], "centered")
    b.title(c.t("CERTIFICACIÓN ACADÉMICA", "CERTIFICACIÓ ACADÈMICA", "CERTIFICACIÓN ACADÉMICA"))
    sec = b.person(b.official(), "official")
    holder = nm(b, ("upper_sur", "std", "noacc_upper"))
    who = holder or c.t("el alumno o alumna", "l'alumne o alumna", "o alumno ou alumna")
    lvl = r.choice(["A2", "B1", "B2"])
    idi = c.t("Español para extranjeros", "Català", "Galego") if r.random() < 0.6 else c.t("Inglés", "Anglès", "Inglés")
    when = td.fmt_date2(date, r.choice(["ordinal", "words_day", "long"]), c.lang) if date else None
    b.f.para(c.t(f"{sec}, Secretario/a de la Escuela, CERTIFICA que {who}{b.ident_text()} ha superado la prueba de "
                 f"certificación de nivel {lvl} de {idi}" + (f", celebrada el {when}." if when else "."),
                 f"{sec}, secretari/ària de l'Escola, CERTIFICA que {who}{b.ident_text()} ha superat la prova de "
                 f"certificació de nivell {lvl} de {idi}" + (f", feta el {when}." if when else "."),
                 f"{sec}, secretario/a da Escola, CERTIFICA que {who}{b.ident_text()} superou a proba de "
                 f"certificación de nivel {lvl} de {idi}" + (f", celebrada o {when}." if when else ".")))
    b.f.table([c.t("Destreza", "Destresa", "Destreza"), c.t("Puntuación", "Puntuació", "Puntuación")],
              [[c.t("Comprensión lectora", "Comprensió lectora", "Comprensión lectora"), f"{r.randint(60, 95)}/100"],
               [c.t("Expresión escrita", "Expressió escrita", "Expresión escrita"), f"{r.randint(55, 95)}/100"],
               [c.t("Comprensión oral", "Comprensió oral", "Comprensión oral"), f"{r.randint(60, 95)}/100"],
               [c.t("Expresión oral", "Expressió oral", "Expresión oral"), f"{r.randint(55, 95)}/100"]], [0.7, 0.3])
    b.f.para(c.t(f"Y para que conste, firmo la presente en {c.muni[0]}.", f"I perquè consti, signo aquesta certificació a {c.muni[0]}.",
                 f"E para que conste, asino a presente en {c.muni[0]}."))
    b.f.signature([c.t("El/La Secretario/a", "El/La secretari/ària", "O/A secretario/a"), sec])
    return b.done("training_certificate", holder, one_day(date), "student")


def train_manipulador_apaisado(ctx, date, **_):
    """A food handler's course certificate on a landscape page; 'válido hasta' proves nothing."""
    b, c, r = NB(ctx, size=(297.0, 210.0)), ctx, ctx.rng
    acad = r.choice(["Formación Higiénico-Sanitaria Levante S.L.", "Academia Alimenta Formació",
                     "Centro de Estudios Sanitarios Atlántico"])
    b.f.space(6)
    b.f.text(acad, size=b.f.base * 1.3, bold=True, align="c", color=b.color)
    b.f.text(c.t("Entidad formadora autorizada", "Entitat formadora autoritzada", "Entidade formadora autorizada"),
             align="c")
    b.f.space(6)
    b.f.text(c.t("CERTIFICADO DE MANIPULADOR DE ALIMENTOS", "CERTIFICAT DE MANIPULADOR D'ALIMENTS",
                 "CERTIFICADO DE MANIPULADOR DE ALIMENTOS"), size=b.f.base * 1.6, bold=True, align="c")
    b.f.space(6)
    holder = nm(b, ("std", "upper_sur", "noacc_upper"))
    b.f.text(c.t("Se certifica que", "Es certifica que", "Certifícase que"), align="c")
    if holder:
        b.f.text(holder, size=b.f.base * 1.4, bold=True, align="c")
    ids = b.id_field()
    if ids:
        b.f.text(f"{ids[0][0]}: {ids[0][1]}", align="c")
    b.f.para(c.t("ha realizado con aprovechamiento el curso de Higiene Alimentaria (Reglamento CE 852/2004), "
                 f"de {r.choice([4, 6, 10])} horas de duración, sector restauración.",
                 "ha fet amb aprofitament el curs d'Higiene Alimentària (Reglament CE 852/2004), "
                 f"de {r.choice([4, 6, 10])} hores de durada, sector restauració.",
                 "realizou con aproveitamento o curso de Hixiene Alimentaria (Regulamento CE 852/2004), "
                 f"de {r.choice([4, 6, 10])} horas de duración, sector restauración."), align="c")
    ds = r.choice(["slash", "dot4", "dash"])
    if date:
        b.dis.append("expiry_date")
        end = date.replace(year=date.year + 4)
        b.f.text(c.t(f"Fecha de realización: {dd(b, date, ds)}      Válido hasta: {dd(b, end, ds)}",
                     f"Data de realització: {dd(b, date, ds)}      Vàlid fins a: {dd(b, end, ds)}",
                     f"Data de realización: {dd(b, date, ds)}      Válido ata: {dd(b, end, ds)}"), align="c")
    b.f.space(6)
    b.f.signature([c.t("El/La formador/a", "El/La formador/a", "O/A formador/a"), b.person(b.official(), "official")])
    b.dis.append("reference_number")
    b.f.text(f"{c.t('Registro', 'Registre', 'Rexistro')} {r.randint(1000, 9999)}/{r.randint(10, 99)}", size=8)
    return b.done("training_certificate", holder, one_day(date), "student")


# ------------------------------------------------------------ cards, contracts, offers, receipts

def library_prestamo_autoservicio(ctx, date, **_):
    """A library self-service machine's loan slip: the loan's day; 'devolver antes de' proves
    nothing. Undated: the slip lists the user's card and the items only."""
    b, c, r = thermal(ctx, 140.0), ctx, ctx.rng
    lib = r.choice([c.t(f"Biblioteca Pública {c.muni[0]}", f"Biblioteca {c.muni[0]}", f"Biblioteca Pública {c.muni[0]}"),
                    c.t("Red de Bibliotecas Municipales", "Xarxa de Biblioteques Municipals", "Rede de Bibliotecas Municipais")])
    b.f.text(lib[:30], bold=True, align="c")
    b.f.text(c.t("AUTOPRESTAMO", "AUTOPRESTEC", "AUTOPRESTAMO"), align="c")
    b.f.text("-" * 30)
    holder = nm(b, ("upper_sur", "noacc_upper", "comma"))
    if holder:
        holder = holder[:30]
        b.f.text(c.t("Usuario:", "Usuari:", "Usuario:"))
        b.f.text(holder)
    b.f.text(f"{c.t('Carnet', 'Carnet', 'Carné')}: {r.randint(10**9, 10**10 - 1)}")
    if date:
        b.f.text(f"{c.t('Fecha', 'Data', 'Data')}: {dd(b, date, 'slash')} {clock(r, 10, 20)}")
    b.f.text("-" * 30)
    for t in r.sample(["Cien años de soledad", "Gramática básica del español", "El principito",
                       "Curso de cocina fácil", "Atlas de España", "Manual de carretillero"], 2):
        b.f.text(t[:30])
        b.f.text(f"  {r.randint(10**7, 10**8 - 1)}")
        if date:
            b.dis.append("due_date")
            b.f.text(f"  {c.t('Devolver antes de', 'Retorneu abans del', 'Devolver antes de')} "
                     f"{dd(b, date + 21 * DAY, 'slash')}")
    b.f.text("-" * 30)
    b.f.text(c.t("Gracias por usar la biblioteca", "Gràcies per fer servir la biblioteca", "Grazas por usar a biblioteca")[:30],
             align="c")
    return b.done("library_card", holder, one_day(date), "user")


def rental_anexo_prorroga(ctx, date, **_):
    """An annex extending a lease, signed on a day; the new end date proves nothing."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.f.para(c.t("ANEXO AL CONTRATO DE ARRENDAMIENTO DE VIVIENDA: PRÓRROGA",
                 "ANNEX AL CONTRACTE D'ARRENDAMENT D'HABITATGE: PRÒRROGA",
                 "ANEXO AO CONTRATO DE ARRENDAMENTO DE VIVENDA: PRÓRROGA"), size=b.f.base * 1.15, bold=True)
    b.f.space(2)
    if date:
        b.f.para(c.t(f"En {c.muni[0]}, a {b.dlong(date)}.", f"A {c.muni[0]}, {b.dlong(date)}.",
                     f"En {c.muni[0]}, a {b.dlong(date)}."), align="r")
    land = b.person(c.landlord.natural, "landlord")
    holder = nm(b)
    b.f.text(c.t("REUNIDOS", "REUNITS", "REUNIDOS"), bold=True, align="c")
    b.f.para(c.t(f"De una parte, {land}, en calidad de ARRENDADOR/A.", f"D'una part, {land}, com a ARRENDADOR/A.",
                 f"Dunha parte, {land}, en calidade de ARRENDADOR/A."))
    b.f.para(c.t(f"De otra, {holder or 'la parte arrendataria'}{b.ident_text()} en calidad de ARRENDATARIO/A.",
                 f"De l'altra, {holder or 'la part arrendatària'}{b.ident_text()} com a ARRENDATARI/ÀRIA.",
                 f"Doutra, {holder or 'a parte arrendataria'}{b.ident_text()} en calidade de ARRENDATARIO/A."))
    b.f.text(c.t("ACUERDAN", "ACORDEN", "ACORDAN"), bold=True, align="c")
    b.dis.append("contract_end_date")
    end = (date or dt.date(2026, 1, 1)) + r.randint(330, 400) * DAY
    b.f.para(c.t(f"PRIMERO. Prorrogar el contrato de arrendamiento de la vivienda sita en {c.home[0]} hasta el "
                 f"{b.d(end)}, en las mismas condiciones.",
                 f"PRIMER. Prorrogar el contracte d'arrendament de l'habitatge situat a {c.home[0]} fins al "
                 f"{b.d(end)}, en les mateixes condicions.",
                 f"PRIMEIRO. Prorrogar o contrato de arrendamento da vivenda sita en {c.home[0]} ata o "
                 f"{b.d(end)}, nas mesmas condicións."))
    b.f.para(c.t(f"SEGUNDO. La renta mensual queda fijada en {r.randint(350, 900)} euros.",
                 f"SEGON. La renda mensual queda fixada en {r.randint(350, 900)} euros.",
                 f"SEGUNDO. A renda mensual queda fixada en {r.randint(350, 900)} euros."))
    b.f.space(6)
    y0 = b.f.y
    b.f.text(c.t("El arrendador", "L'arrendador", "O arrendador"), bold=True)
    b.f.text(land)
    b.f.y = y0
    b.f.text(c.t("El arrendatario", "L'arrendatari", "O arrendatario"), bold=True, align="r")
    b.f.text(holder or "", align="r")
    return b.done("rental_contract", holder, one_day(date), "tenant")


def job_oferta_ett(ctx, date, **_):
    """A temp agency's job offer to a candidate: the offer's day; the planned start proves nothing."""
    b, c, r = NB(ctx), ctx, ctx.rng
    ett = r.choice(["Adecco Staffing", "Randstad Empleo ETT", "Eurofirms ETT", "Temporis Trabajo Temporal"])
    b.header([ett, c.t(f"Empresa de Trabajo Temporal · Aut. nº {r.randint(10, 99)}/{r.randint(100, 999)}",
                       f"Empresa de Treball Temporal · Aut. núm. {r.randint(10, 99)}/{r.randint(100, 999)}",
                       f"Empresa de Traballo Temporal · Aut. nº {r.randint(10, 99)}/{r.randint(100, 999)}")], "band")
    holder = nm(b, ("std", "honor", "upper_sur"))
    ds = r.choice(["dmy_space", "slash", "abbr_dot"])
    if date:
        b.f.text(f"{c.muni[0]}, {dd(b, date, ds)}", align="r")
    b.f.text(c.t("Estimado/a candidato/a:", "Benvolgut/da candidat/a:", "Estimado/a candidato/a:") if not holder else
             c.t(f"A la atención de {holder}", f"A l'atenció de {holder}", f"Á atención de {holder}"))
    b.f.space(2)
    cli = r.choice(td.COMPANIES)
    b.f.para(c.t(f"Nos complace ofrecerle un puesto de {r.choice(['mozo/a de almacén', 'operario/a de envasado', 'camarero/a de pisos'])} "
                 f"para nuestra empresa cliente {cli}, con las condiciones que se indican:",
                 f"Ens complau oferir-li un lloc de {r.choice(['mosso/a de magatzem', 'operari/ària d’envasament', 'cambrer/a de pisos'])} "
                 f"per a la nostra empresa client {cli}, amb les condicions que s'indiquen:",
                 f"Compracémonos en ofrecerlle un posto de {r.choice(['mozo/a de almacén', 'operario/a de envasado', 'camareiro/a de pisos'])} "
                 f"para a nosa empresa cliente {cli}, coas condicións que se indican:"))
    items = [(c.t("Jornada", "Jornada", "Xornada"), c.t("40 h semanales", "40 h setmanals", "40 h semanais")),
             (c.t("Salario bruto", "Salari brut", "Salario bruto"), f"{r.randint(1150, 1500)} €/mes")]
    if date:
        b.dis.append("incorporation_date")
        items.append((c.t("Incorporación prevista", "Incorporació prevista", "Incorporación prevista"),
                      dd(b, date + r.randint(7, 30) * DAY, ds)))
    b.f.fields(items, "column")
    b.f.para(c.t("La oferta queda condicionada a la autorización para trabajar.",
                 "L'oferta queda condicionada a l'autorització per treballar.",
                 "A oferta queda condicionada á autorización para traballar."))
    b.f.signature([b.person(b.official(), "official"), c.t("Consultor/a de selección", "Consultor/a de selecció",
                                                           "Consultor/a de selección")])
    return b.done("job_offer", holder, one_day(date))


def shop_ticket_farmacia(ctx, date, **_):
    """A pharmacy's thermal ticket; the loyalty card prints the customer's name (or nobody)."""
    b, c, r = thermal(ctx, 150.0), ctx, ctx.rng
    b.f.text(c.t("FARMACIA", "FARMÀCIA", "FARMACIA") + f" {td.random_spaniard(r).surnames[0].upper()}"[:28], bold=True, align="c")
    b.f.text(f"NIF {td.cif(r)}", align="c")
    b.f.text(c.muni[0][:28], align="c")
    b.f.text("=" * 30)
    b.dis.append("invoice_number")
    b.f.text(f"{c.t('FRA. SIMPL.', 'FRA. SIMPL.', 'FRA. SIMPL.')} {r.randint(10**5, 10**6 - 1)}")
    if date:
        b.f.text(f"{dd(b, date, r.choice(['slash', 'dot2', 'mon_up_dot']))} {clock(r, 9, 21)}")
    b.f.text("=" * 30)
    tot = 0
    for it in r.sample(["CREMA SOLAR 50+", "TIRITAS 20U", "SUERO FISIOL.", "CEPILLO DENTAL", "PARACETAMOL 1G",
                        "LECHE INFANTIL"], 3):
        v = r.randint(150, 1800) / 100
        tot += v
        b.f.text(f"{it:<20}{money(v):>8}")
    b.f.text("-" * 30)
    b.f.text(f"{'TOTAL EUR':<20}{money(tot):>8}", bold=True)
    b.f.text(c.t("TARJETA", "TARGETA", "TARXETA") + " ****" + str(r.randint(1000, 9999)))
    holder = nm(b, ("noacc_upper", "upper_sur"))
    if holder:
        holder = holder[:30]
        b.f.text("-" * 30)
        b.f.text(c.t("CLIENTE PUNTOS:", "CLIENT PUNTS:", "CLIENTE PUNTOS:"))
        b.f.text(holder)
        b.f.text(c.t(f"PUNTOS ACUM.: {r.randint(10, 900)}", f"PUNTS ACUM.: {r.randint(10, 900)}",
                     f"PUNTOS ACUM.: {r.randint(10, 900)}"))
    b.f.text(c.t("GRACIAS - SALUD", "GRACIES - SALUT", "GRAZAS - SAUDE"), align="c")
    return b.done("shop_receipt", holder, one_day(date), "holder")


def other_alta_gimnasio(ctx, date, **_):
    """A gym's membership form: socio/a data, quota, the sign-up day (undated: a blank day box)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    gym = r.choice(["Sport Center Atlántico", c.t("Polideportivo Municipal", "Poliesportiu Municipal", "Polideportivo Municipal")
                    + f" {c.muni[0]}", "FitLife 24h", "Gimnasio Body Zone"])
    b.header([gym, f"{c.muni[0]} · Tel. {b.phone()}"], r.choice(["band", "logo_left"]))
    b.title(c.t("FICHA DE INSCRIPCIÓN DE SOCIO/A", "FITXA D'INSCRIPCIÓ DE SOCI/A", "FICHA DE INSCRICIÓN DE SOCIO/A"))
    holder = nm(b)
    b.dis.append("reference_number")
    items = [(c.t("Nº de socio/a", "Núm. de soci/a", "Nº de socio/a"), str(r.randint(1000, 99999)))]
    items += ([(c.t("Nombre y apellidos", "Nom i cognoms", "Nome e apelidos"), holder)] if holder else []) + b.id_field()
    items += [(c.t("Domicilio", "Domicili", "Domicilio"), c.home[0]),
              (c.t("Modalidad", "Modalitat", "Modalidade"), r.choice([c.t("Mensual libre", "Mensual lliure", "Mensual libre"),
                                                                      c.t("Mañanas", "Matins", "Mañás")])),
              (c.t("Cuota", "Quota", "Cota"), f"{r.randint(19, 45)},90 €/mes")]
    items.append((c.t("Fecha de alta", "Data d'alta", "Data de alta"),
                  dd(b, date, r.choice(["slash", "dash", "dmy_space"])) if date else "____ / ____ / ________"))
    b.f.fields(items, r.choice(["boxes", "grid"]))
    b.f.para(c.t("El/la socio/a declara conocer y aceptar las normas de uso de la instalación.",
                 "El/la soci/a declara conèixer i acceptar les normes d'ús de la instal·lació.",
                 "O/a socio/a declara coñecer e aceptar as normas de uso da instalación."), size=b.f.base * 0.9)
    b.f.signature([c.t("Firma del socio/a", "Signatura del soci/a", "Sinatura do socio/a"), holder or ""], align="l")
    return b.done("other", holder, one_day(date), "user")


def other_aviso_correos(ctx, date, **_):
    """A post office's arrival notice for a registered letter: the delivery attempt's day;
    the collection deadline proves nothing."""
    b, c, r = NB(ctx, size=(210.0, 105.0), base=9.0), ctx, ctx.rng
    b.f.page.rect(0, 0, 210, 14, 0, (250, 200, 0), fill=(250, 200, 0))
    b.f.page.text(b.f.left, 10, "Correos", b.f.font(True), 16, "l", (0, 40, 120))
    b.f.page.text(b.f.right, 10, c.t("AVISO DE LLEGADA", "AVÍS D'ARRIBADA", "AVISO DE CHEGADA"), b.f.font(True), 11, "r",
                  (0, 40, 120))
    b.f.y = 18
    holder = nm(b, ("upper_sur", "noacc_upper", "std"))
    b.f.fields(([(c.t("Destinatario/a", "Destinatari/ària", "Destinatario/a"), holder)] if holder else [])
               + [(c.t("Dirección", "Adreça", "Enderezo"), c.home[0]),
                  (c.t("Envío", "Enviament", "Envío"), f"CD{r.randint(10**9, 10**10 - 1)}ES"),
                  (c.t("Remitente", "Remitent", "Remitente"),
                   r.choice([c.t("Oficina de Extranjería", "Oficina d'Estrangeria", "Oficina de Estranxeiría"),
                             "Agencia Tributaria", c.t("Tesorería General de la Seguridad Social",
                                                       "Tresoreria General de la Seguretat Social",
                                                       "Tesouraría Xeral da Seguridade Social")]))], "colon")
    if date:
        b.dis.append("due_date")
        b.f.text(c.t(f"Intentada la entrega el {dd(b, date, 'slash')} a las {clock(r, 9, 14)} sin éxito (ausente).",
                     f"S'ha intentat el lliurament el {dd(b, date, 'slash')} a les {clock(r, 9, 14)} sense èxit (absent).",
                     f"Intentouse a entrega o {dd(b, date, 'slash')} ás {clock(r, 9, 14)} sen éxito (ausente)."))
        b.f.text(c.t(f"Puede recogerlo en su oficina hasta el {dd(b, date + 7 * DAY, 'slash')}.",
                     f"El podeu recollir a la vostra oficina fins al {dd(b, date + 7 * DAY, 'slash')}.",
                     f"Pode recollelo na súa oficina ata o {dd(b, date + 7 * DAY, 'slash')}."), bold=True)
    else:
        b.f.text(c.t("Puede recogerlo en su oficina presentando este aviso y su documento de identidad.",
                     "El podeu recollir a la vostra oficina amb aquest avís i el document d'identitat.",
                     "Pode recollelo na súa oficina presentando este aviso e o seu documento de identidade."))
    b.f.text(c.t(f"Oficina: {c.muni[0]} {r.randint(1, 9)}", f"Oficina: {c.muni[0]} {r.randint(1, 9)}",
                 f"Oficina: {c.muni[0]} {r.randint(1, 9)}"), size=8)
    return b.done("other", holder, one_day(date), "holder")


FAMILIES = {
    "padron": {"volante_secretario": (padron_volante_secretario, ALL), "sede_qr": (padron_sede_qr, ALL)},
    "padron_historico": {"prosa_tramos": (historico_prosa_tramos, ALL), "relacion_movimientos": (historico_movimientos, ALL)},
    "utility_bill": {"cooperativa_electrica": (bill_cooperativa, ALL), "operador_movil": (bill_telefonia_movil, ALL)},
    "payslip": {"cooperativa_agraria": (payslip_cooperativa_agraria, ALL)},
    "transport_ticket": {"recarga_metro": (ticket_recarga_metro, ALL)},
    "bank_receipt": {"app_captura": (bank_app_captura, ALL), "ingreso_ventanilla": (bank_ingreso_ventanilla, ALL)},
    "medical": {"dispensacion_farmacia": (med_dispensacion_farmacia, ALL), "factura_clinica": (med_factura_clinica, ALL)},
    "attendance_certificate": {"entrega_lote_alimentos": (att_banco_alimentos, ALL),
                               "comunidad_religiosa": (att_comunidad_religiosa, ALL)},
    "training_certificate": {"eoi_certificacion": (train_eoi, ALL),
                             "manipulador_apaisado": (train_manipulador_apaisado, ALL)},
    "library_card": {"prestamo_autoservicio": (library_prestamo_autoservicio, ALL)},
    "rental_contract": {"anexo_prorroga": (rental_anexo_prorroga, ALL)},
    "job_offer": {"oferta_ett": (job_oferta_ett, ALL)},
    "shop_receipt": {"ticket_farmacia": (shop_ticket_farmacia, ALL)},
    "other": {"alta_gimnasio": (other_alta_gimnasio, ALL), "aviso_llegada_certificado": (other_aviso_correos, ALL)},
}
