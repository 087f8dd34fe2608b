"""A second round of tuning families (issue 16): other issuers' wordings of every kind.

Written to show the reader failure kinds the first tuning families hide: the
official named before the subject, two parties on one page, letters addressed
to the person, tables whose header gives each column its role, signature blocks,
household sheets listing several people, title-less pages. All are `tuning`.
"""
import datetime as dt

from . import textdata as td
from .doctypes import muni_issuer
from .famkit import NB, one_day

ALL = ("es", "ca", "gl")
ES = ("es",)


def _money(r, lo, hi):
    return f"{r.uniform(lo, hi):.2f}".replace(".", ",")


def _greeting(b, name):
    """'Estimado/a Sr./Sra. X:' as letters address the person."""
    c, r = b.ctx, b.rng
    if not name:
        return c.t("Estimado/a cliente:", "Benvolgut/da client/a:", "Estimado/a cliente:")
    return r.choice([c.t(f"Estimado/a Sr./Sra. {name}:", f"Benvolgut/da Sr./Sra. {name}:", f"Estimado/a Sr./Sra. {name}:"),
                     c.t(f"Apreciado/a {name}:", f"Apreciat/da {name}:", f"Apreciado/a {name}:"),
                     c.t(f"Sr./Sra. {name}", f"Sr./Sra. {name}", f"Sr./Sra. {name}")])


def _household(b, holder, alta, expedicion):
    """Other people inscribed in the same dwelling, each with an alta of their own."""
    r = b.rng
    out = []
    for _ in range(r.randint(1, 3) if holder else 0):
        p = td.random_foreigner(r) if r.random() < 0.7 else td.random_spaniard(r)
        name = p.natural.upper() if holder and holder.isupper() else p.natural
        if r.random() < 0.5 or alta is None:
            a = alta
        else:
            a = alta + dt.timedelta(days=r.randint(-500, 400))
            a = min(a, expedicion - dt.timedelta(days=1)) if expedicion else a
        out.append((name, a, dt.date(r.randint(1960, 2015), r.randint(1, 12), r.randint(1, 28))))
    return out


# ------------------------------------------------------------ padrón

def padron_household_sheet(ctx, alta, expedicion, **_):
    """Hoja de inscripción: everyone in the dwelling in one table, each row its own alta."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Padrón Municipal de Habitantes", "Padró Municipal d'Habitants",
                                  "Padrón Municipal de Habitantes")], r.choice(["band", "centered"]))
    b.title(r.choice([c.t("VOLANTE DE EMPADRONAMIENTO COLECTIVO", "VOLANT D'EMPADRONAMENT COL·LECTIU",
                          "VOLANTE DE EMPADROAMENTO COLECTIVO"),
                      c.t("CERTIFICADO DE CONVIVENCIA", "CERTIFICAT DE CONVIVÈNCIA", "CERTIFICADO DE CONVIVENCIA")]))
    b.f.fields([(c.t("Domicilio", "Domicili", "Domicilio"), f"{c.home[0]}, {c.home[1]}")], "colon")
    b.f.para(c.t("Personas inscritas en este domicilio a la fecha de expedición:",
                 "Persones inscrites en aquest domicili a la data d'expedició:",
                 "Persoas inscritas neste domicilio á data de expedición:"))
    holder = b.name()
    rows = _household(b, holder, alta, expedicion)
    if holder:
        rows.insert(r.randint(0, len(rows)), (holder, alta, c.birth or dt.date(1990, 1, 1)))
    b.dis.append("birth_date")
    trows = []
    for i, (name, a, born) in enumerate(rows, 1):
        if name != holder:
            b.person(name, "holder")
        trows.append([str(i), name, b.d(born), b.d(a) if a else "—"])
    b.f.table(["Nº", c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"),
               c.t("F. nacimiento", "Data naixement", "Data nacemento"),
               c.t("Fecha de alta", "Data d'alta", "Data de alta")], trows, [0.07, 0.5, 0.2, 0.23])
    b.f.para(b.place_date(expedicion))
    b.f.signature([c.t("El Secretario", "El Secretari", "O Secretario"), b.person(b.official(), "official")])
    presence = [(alta, expedicion)] if alta and expedicion else []
    return b.done("padron", holder, presence)


def padron_table_row(ctx, alta, expedicion, **_):
    """Single inscription as a one-row table: the header names each column's role."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Oficina de Atención Ciudadana", "Oficina d'Atenció Ciutadana",
                                  "Oficina de Atención á Cidadanía")])
    b.title(c.t("VOLANTE DE INSCRIPCIÓN PADRONAL", "VOLANT D'INSCRIPCIÓ PADRONAL", "VOLANTE DE INSCRICIÓN PADROAL"))
    holder = b.name()
    ident = b.id_field()
    b.f.table([c.t("Titular", "Titular", "Titular"), c.t("Documento", "Document", "Documento"),
               c.t("Fecha de alta", "Data d'alta", "Data de alta")],
              [[holder or "—", ident[0][1] if ident else "—", b.d(alta) if alta else "—"]], [0.5, 0.22, 0.28])
    if expedicion:
        b.f.fields([(c.t("Fecha de expedición", "Data d'expedició", "Data de expedición"), b.d(expedicion))], "colon")
    b.f.signature([b.person(b.official(), "official")])
    b.f.footer([f"CSV: {b.csv()}"])
    return b.done("padron", holder, [(alta, expedicion)] if alta and expedicion else [])


def historico_periods(ctx, rows, expedicion, **_):
    """Titled like a plain certificate; the body lists each period, so it is a histórico."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Estadística", "Estadística", "Estatística")])
    b.title(r.choice([c.t("CERTIFICADO DE EMPADRONAMIENTO", "CERTIFICAT D'EMPADRONAMENT", "CERTIFICADO DE EMPADROAMENTO"),
                      c.t("CERTIFICADO DE RESIDENCIA", "CERTIFICAT DE RESIDÈNCIA", "CERTIFICADO DE RESIDENCIA")]))
    holder = b.name()
    who = f"{b.honor()} {holder}{b.ident_text()}" if holder else c.t("la persona interesada", "la persona interessada", "a persoa interesada")
    b.f.para(c.t(f"CERTIFICA: Que {who} ha estado empadronado/a en este municipio en los periodos siguientes:",
                 f"CERTIFICA: Que {who} ha estat empadronat/da en aquest municipi en els períodes següents:",
                 f"CERTIFICA: Que {who} estivo empadroado/a neste concello nos períodos seguintes:"))
    presence = []
    for alta, baja in rows:
        street = td.address(r, c.muni)[0]
        if baja:
            line = c.t(f"- {street}: desde el {b.d(alta)} hasta el {b.d(baja)}.",
                       f"- {street}: des del {b.d(alta)} fins al {b.d(baja)}.",
                       f"- {street}: desde o {b.d(alta)} ata o {b.d(baja)}.")
        else:
            line = c.t(f"- {street}: desde el {b.d(alta)} hasta la actualidad.",
                       f"- {street}: des del {b.d(alta)} fins a l'actualitat.",
                       f"- {street}: desde o {b.d(alta)} ata a actualidade.")
        b.f.para(line)
        presence.append((alta, baja or expedicion))
    b.f.para(b.place_date(expedicion))
    b.f.signature([b.person(b.official(), "official")])
    return b.done("padron_historico", holder, presence)


# ------------------------------------------------------------ bills, payslips

def bill_letter_greeting(ctx, issue, period=None, kind=None, **_):
    """No title: a letter to the customer; the period in a sentence, the date at the top."""
    b, c, r = NB(ctx), ctx, ctx.rng
    kind = kind or r.choice(list(td.UTILITIES))
    company = r.choice(td.UTILITIES[kind])
    b.header([company, c.t("Atención al cliente", "Atenció al client", "Atención ao cliente") + f" {b.phone()}"],
             r.choice(["logo_left", "right"]))
    if issue:
        b.f.text(f"{c.muni[0]}, {b.dlong(issue)}", align="r")
    holder = b.name()
    if holder:
        b.f.text(holder, bold=True)
        b.f.text(f"{c.home[0]}, {c.home[1]}")
    b.f.space(3)
    b.f.para(_greeting(b, holder))
    what = {"luz": c.t("electricidad", "electricitat", "electricidade"), "agua": c.t("agua", "aigua", "auga"),
            "gas": "gas", "telefono": c.t("telefonía", "telefonia", "telefonía"),
            "internet": "fibra"}[kind]
    if period:
        s, e = period
        b.f.para(c.t(f"Le enviamos su factura de {what} correspondiente al consumo del {b.d(s)} al {b.d(e)}, "
                     f"por un importe de {_money(r, 25, 140)} euros.",
                     f"Li enviem la seva factura d'{what} corresponent al consum del {b.d(s)} al {b.d(e)}, "
                     f"per un import de {_money(r, 25, 140)} euros.",
                     f"Enviámoslle a súa factura de {what} correspondente ao consumo do {b.d(s)} ao {b.d(e)}, "
                     f"por un importe de {_money(r, 25, 140)} euros."))
    else:
        b.f.para(c.t(f"Le enviamos su factura de {what} por un importe de {_money(r, 25, 140)} euros.",
                     f"Li enviem la seva factura d'{what} per un import de {_money(r, 25, 140)} euros.",
                     f"Enviámoslle a súa factura de {what} por un importe de {_money(r, 25, 140)} euros."))
    b.dis.append("invoice_number")
    b.f.fields([(c.t("Nº de factura", "Núm. de factura", "Nº de factura"), f"F{r.randint(10**6, 10**7 - 1)}"),
                ("CUPS", f"ES0{r.randint(10**15, 10**16 - 1)}AB")], "colon")
    b.f.para(c.t("Atentamente,", "Atentament,", "Atentamente,"))
    b.f.signature([c.t("Departamento de clientes", "Departament de clients", "Departamento de clientes")], align="l")
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def payslip_header_table(ctx, issue, period=None, **_):
    """One header row (Empleado | DNI/NIE | Período | Días), the values in the row below."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    b.header([company, f"CIF {td.cif(r)}"], r.choice(["centered", "logo_left"]))
    b.title(c.t("Hoja de salario", "Full de salari", "Folla de salario"))
    holder = b.name()
    ident = b.id_field()
    per = f"{b.d(period[0])} - {b.d(period[1])}" if period else "—"
    b.f.table([c.t("Empleado/a", "Empleat/da", "Empregado/a"), "DNI/NIE", c.t("Período", "Període", "Período"),
               c.t("Días", "Dies", "Días")],
              [[holder or "—", ident[0][1] if ident else "—", per,
                str((period[1] - period[0]).days + 1) if period else "30"]], [0.38, 0.17, 0.35, 0.1])
    rows = [["Salario base", f"{r.randint(900, 1300)},00", ""], ["IRPF", "", f"{r.randint(20, 90)},00"]]
    b.f.table(["Concepto", "Devengos", "Deducciones"], rows, [0.5, 0.25, 0.25])
    if issue:
        b.f.text(c.t(f"Fecha de pago: {b.d(issue)}", f"Data de pagament: {b.d(issue)}", f"Data de pagamento: {b.d(issue)}"))
    b.f.signature([c.t("Recibí", "He rebut", "Recibín")], align="l")
    return b.done("payslip", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ tickets, bank, shop

def ticket_rail_table(ctx, date, **_):
    """Train ticket: a journey table whose header gives the traveller and the date columns."""
    b, c, r = NB(ctx, size=(210.0, 100.0)), ctx, ctx.rng
    b.header([r.choice(["Renfe Viajeros", "Iryo", "Ouigo España"]), c.t("Billete / Tarjeta de embarque",
                                                                        "Bitllet", "Billete")], "band")
    holder = b.name()
    ident = b.id_field()
    o, d = r.sample(["Madrid-Pta. Atocha", "Barcelona-Sants", "València J. Sorolla", "Sevilla-Sta. Justa",
                     "Zaragoza-Delicias", "Málaga M. Zambrano"], 2)
    b.f.table([c.t("Viajero", "Viatger", "Viaxeiro"), c.t("Fecha", "Data", "Data"), c.t("Origen", "Origen", "Orixe"),
               c.t("Destino", "Destinació", "Destino")],
              [[holder or "—", b.d(date) if date else "—", o, d]], [0.34, 0.18, 0.24, 0.24])
    if ident:
        b.f.fields([ident[0]], "colon")
    b.f.text(f"{c.t('Tren', 'Tren', 'Tren')} {r.randint(1000, 9999)} · {c.t('Coche', 'Cotxe', 'Coche')} "
             f"{r.randint(1, 9)} · {c.t('Plaza', 'Seient', 'Praza')} {r.randint(1, 80)}{r.choice('ABCD')}")
    return b.done("transport_ticket", holder, one_day(date), "passenger")


def remesa_agency(ctx, date, **_):
    """Money-transfer agency: Remitente and Destinatario blocks, a control number."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([r.choice(["Envíos Rápidos del Sur", "GlobalRemesas", "Transferencias Andinas"]),
              f"{c.t('Agente', 'Agent', 'Axente')} {td.address(r, c.muni)[0]}"], "logo_left")
    b.title(r.choice([c.t("Comprobante de envío de dinero", "Comprovant d'enviament de diners", "Comprobante de envío"),
                      c.t("RECIBO DEL REMITENTE", "REBUT DEL REMITENT", "RECIBO DO REMITENTE")]))
    holder = b.name()
    other = b.someone_else(upper=holder.isupper() if holder else None)
    is_sender = r.random() < 0.65
    sender, dest = (holder, other) if is_sender else (other, holder)
    b.person(sender, "sender", c.is_applicant and is_sender)
    b.person(dest, "beneficiary", c.is_applicant and not is_sender)
    items = [(c.t("Remitente", "Remitent", "Remitente"), sender or "—")]
    if is_sender:
        items += b.id_field()
    items += [(r.choice([c.t("Destinatario", "Destinatari", "Destinatario"), c.t("Beneficiario", "Beneficiari", "Beneficiario")]),
               dest or "—"), (c.t("País de destino", "País de destinació", "País de destino"),
                              r.choice(["Colombia", "Marruecos", "Senegal", "Pakistán", "Honduras"]))]
    b.f.fields(items, r.choice(["colon", "grid"]))
    money = [(c.t("Importe enviado", "Import enviat", "Importe enviado"), f"{_money(r, 50, 600)} EUR"),
             (c.t("Comisión", "Comissió", "Comisión"), f"{_money(r, 2, 12)} EUR"),
             ("MTCN", f"{r.randint(10**9, 10**10 - 1)}")]
    if date:
        money.insert(0, (r.choice([c.t("Fecha de envío", "Data d'enviament", "Data de envío"),
                                   c.t("Fecha de la operación", "Data de l'operació", "Data da operación")]), b.d(date)))
    b.f.fields(money, "colon")
    b.f.text(c.t(f"Total pagado: {_money(r, 55, 620)} EUR", f"Total pagat: {_money(r, 55, 620)} EUR",
                 f"Total pagado: {_money(r, 55, 620)} EUR"), bold=True)
    return b.done("bank_receipt", holder, one_day(date), "sender" if is_sender else "beneficiary")


def deposit_two_party(ctx, date, **_):
    """Cash paid in at the counter: the depositor and the account holder may differ."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([r.choice(td.BANKS), c.t(f"Oficina {c.muni[0]}", f"Oficina {c.muni[0]}", f"Oficina {c.muni[0]}")])
    b.title(c.t("INGRESO EN EFECTIVO", "INGRÉS EN EFECTIU", "INGRESO EN EFECTIVO"))
    holder = b.name()
    other = b.someone_else(upper=holder.isupper() if holder else None)
    is_dep = r.random() < 0.5
    dep, tit = (holder, other) if is_dep else (other, holder)
    b.person(dep, "sender", c.is_applicant and is_dep)
    b.person(tit, "holder", c.is_applicant and not is_dep)
    items = [(c.t("Titular de la cuenta", "Titular del compte", "Titular da conta"), tit or "—"),
             ("IBAN", f"ES{r.randint(10, 99)} **** **** {r.randint(1000, 9999)}"),
             (c.t("Depositante", "Dipositant", "Depositante"), dep or "—"),
             (c.t("Importe", "Import", "Importe"), f"{_money(r, 20, 900)} EUR")]
    if date:
        items.append((c.t("Fecha valor", "Data valor", "Data valor"), b.d(date)))
    b.f.fields(items, r.choice(["colon", "boxes", "grid"]))
    return b.done("bank_receipt", holder, one_day(date), "sender" if is_dep else "holder")


def ticket_customer(ctx, date, **_):
    """Till slip: the cashier is named at the top, the customer under the total."""
    b, c, r = NB(ctx, size=(80.0, 180.0), mono=True, base=8.5), ctx, ctx.rng
    shop = r.choice(td.SHOPS)
    b.f.text(shop, bold=True, align="c")
    b.f.text(f"NIF {td.cif(r)}", align="c")
    b.f.text(c.t("FACTURA SIMPLIFICADA", "FACTURA SIMPLIFICADA", "FACTURA SIMPLIFICADA"), align="c")
    cashier = td.random_spaniard(r).given  # a given name alone: nobody the truth lists
    b.f.text(c.t(f"Le atendió: {cashier}", f"L'ha atès: {cashier}", f"Atendeuno: {cashier}"))
    if date:
        b.f.text(f"{b.d(date)} {r.randint(8, 21):02d}:{r.randint(0, 59):02d}")
    for _ in range(r.randint(2, 4)):
        b.f.text(f"{r.choice(['PAN', 'LECHE', 'ARROZ', 'ACEITE', 'TOMATE'])}  {_money(r, 1, 9)}")
    b.f.text(f"TOTAL  {_money(r, 5, 40)} EUR", bold=True)
    holder = b.name()
    if holder:
        b.f.text(r.choice([c.t("Cliente", "Client", "Cliente"), c.t("Socio/a", "Soci/sòcia", "Socio/a")]) + f": {holder}")
    b.f.text(c.t("Gracias por su visita", "Gràcies per la visita", "Grazas pola súa visita"), align="c")
    return b.done("shop_receipt", holder, one_day(date))


# ------------------------------------------------------------ certificates and letters

def med_official_first(ctx, date, **_):
    """'El/La Dr./Dra. X, facultativo/a ..., HACE CONSTAR que D./Dña. Y ha sido atendido/a'."""
    b, c, r = NB(ctx), ctx, ctx.rng
    clinic = r.choice(td.CLINICS).format(m=c.muni[0])
    b.header([clinic, c.t("Servicio de Salud", "Servei de Salut", "Servizo de Saúde")])
    b.title(r.choice([c.t("JUSTIFICANTE DE ASISTENCIA A CONSULTA", "JUSTIFICANT D'ASSISTÈNCIA A CONSULTA",
                          "XUSTIFICANTE DE ASISTENCIA A CONSULTA"), c.t("HACE CONSTAR", "FA CONSTAR", "FAI CONSTAR")]))
    doc = b.person(b.official(), "official")
    holder = b.name()
    who = f"{b.honor()} {holder}{b.ident_text()}" if holder else c.t("el/la paciente", "el/la pacient", "o/a paciente")
    when = (c.t(f" el día {b.d(date)}", f" el dia {b.d(date)}", f" o día {b.d(date)}") if date else "")
    b.f.para(c.t(f"{r.choice(['El Dr.', 'La Dra.'])} {doc}, facultativo/a de este centro, hace constar que {who} "
                 f"ha sido atendido/a en consulta{when}.",
                 f"{r.choice(['El Dr.', 'La Dra.'])} {doc}, facultatiu/va d'aquest centre, fa constar que {who} "
                 f"ha estat atès/a en consulta{when}.",
                 f"{r.choice(['O Dr.', 'A Dra.'])} {doc}, facultativo/a deste centro, fai constar que {who} "
                 f"foi atendido/a en consulta{when}."))
    b.f.signature([c.t("Firma del facultativo", "Signatura del facultatiu", "Sinatura do facultativo"), doc])
    return b.done("medical", holder, one_day(date), "patient")


def att_letter_greeting(ctx, date, **_):
    """An NGO writes to the person: 'Estimado/a Sr./Sra. X: le confirmamos su asistencia ...'."""
    b, c, r = NB(ctx), ctx, ctx.rng
    issuer = r.choice(td.NGOS).format(m=c.muni[0])
    b.header([issuer, c.muni[0]], r.choice(["logo_left", "centered"]))
    holder = b.name()
    b.f.para(_greeting(b, holder))
    when = c.t(f" el {b.dlong(date)}", f" el {b.dlong(date)}", f" o {b.dlong(date)}") if date else ""
    b.f.para(c.t(f"Le confirmamos que asistió{when} al taller de búsqueda de empleo organizado por nuestra entidad.",
                 f"Li confirmem que va assistir{when} al taller de recerca de feina organitzat per la nostra entitat.",
                 f"Confirmámoslle que asistiu{when} ao obradoiro de busca de emprego organizado pola nosa entidade."))
    b.f.para(c.t("Reciba un cordial saludo,", "Rebeu una salutació cordial,", "Reciba un cordial saúdo,"))
    off = b.person(b.official(), "official")
    b.f.signature([off, c.t("Coordinación", "Coordinació", "Coordinación")], align="l")
    return b.done("attendance_certificate", holder, one_day(date), "user")


def train_signature_block(ctx, date, **_):
    """Diploma: 'se otorga a', the name alone, then two signature blocks of officials."""
    b, c, r = NB(ctx), ctx, ctx.rng
    school = r.choice(td.SCHOOLS).format(m=c.muni[0])
    b.header([school], "centered")
    b.title(c.t("DIPLOMA", "DIPLOMA", "DIPLOMA"))
    b.f.text(c.t("Se otorga el presente diploma a", "S'atorga aquest diploma a", "Outórgase o presente diploma a"), align="c")
    holder = b.name()
    if holder:
        b.f.text(holder, b.f.base * 1.5, True, "c")
    b.f.space(3)
    b.f.para(c.t(f"por haber superado el curso «{r.choice(['Español A2', 'Manipulador de alimentos', 'Informática básica'])}» "
                 f"de {r.choice([20, 40, 60])} horas.",
                 f"per haver superat el curs «{r.choice(['Català A2', 'Manipulador d aliments', 'Informàtica bàsica'])}» "
                 f"de {r.choice([20, 40, 60])} hores.",
                 f"por superar o curso «{r.choice(['Galego A2', 'Manipulador de alimentos', 'Informática básica'])}» "
                 f"de {r.choice([20, 40, 60])} horas."), align="c")
    if date:
        b.f.text(f"{c.muni[0]}, {b.dlong(date)}", align="c")
    dire = b.person(b.official(), "official")
    sec = b.person(b.official(), "official")
    b.f.signature([c.t("El/La Director/a", "El/La Director/a", "O/A Director/a"), dire], align="l")
    b.f.signature([c.t("El/La Secretario/a", "El/La Secretari/ària", "O/A Secretario/a"), sec], align="r")
    return b.done("training_certificate", holder, one_day(date), "student")


def library_reverse(ctx, date, **_):
    """Back of a library card: conditions, the holder's signature line, issue date; no title."""
    b, c, r = NB(ctx, size=(86.0, 54.0), base=7.5), ctx, ctx.rng
    b.f.para(c.t("Este carné es personal e intransferible. Preséntelo para retirar préstamos.",
                 "Aquest carnet és personal i intransferible. Presenteu-lo per endur-vos préstecs.",
                 "Este carné é persoal e intransferible. Preséntao para levar préstamos."), size=6.5)
    holder = b.name()
    if holder:
        b.f.text(r.choice([c.t("Firma del titular", "Signatura del titular", "Sinatura do titular"),
                           c.t("Titular", "Titular", "Titular")]) + f": {holder}")
    if date:
        b.f.text(r.choice([c.t("Expedido", "Expedit", "Expedido"), c.t("Alta", "Alta", "Alta")]) + f": {b.d(date)}")
    b.f.text(c.t(f"Red de Bibliotecas de {c.muni[0]}", f"Xarxa de Biblioteques de {c.muni[0]}",
                 f"Rede de Bibliotecas de {c.muni[0]}"), size=6.5)
    return b.done("library_card", holder, one_day(date), "user")


def rental_parties_prose(ctx, date, **_):
    """'REUNIDOS: De una parte D. X (arrendador) ... De otra parte D./Dña. Y (arrendatario/a)'."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.title("CONTRATO DE ARRENDAMIENTO DE HABITACIÓN")
    if date:
        b.f.para(f"En {c.muni[0]}, a {b.dlong(date)}.")
    b.f.text("REUNIDOS", bold=True, align="c")
    land = b.person(c.landlord.natural, "landlord")
    holder = b.name()
    b.f.para(f"De una parte, {r.choice(['D.', 'Dña.'])} {land}, con DNI {r.randint(10**7, 10**8 - 1)}"
             f"{r.choice(td.NIE_LETTERS)}, en adelante la parte arrendadora.")
    if holder:
        b.f.para(f"De otra parte, {b.honor()} {holder}{b.ident_text()} en adelante la parte arrendataria.")
    b.f.para(f"Ambas partes acuerdan el arrendamiento de una habitación en {c.home[0]}, {c.home[1]}, "
             f"por una renta mensual de {r.randint(250, 500)} euros.")
    b.f.signature(["La parte arrendadora", land], align="l")
    if holder:
        b.f.signature(["La parte arrendataria", holder], align="r")
    return b.done("rental_contract", holder, one_day(date), "tenant")


def job_company_first(ctx, date, **_):
    """'D. X, en representación de EMPRESA, manifiesta su intención de contratar a D./Dña. Y'."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    b.header([company, f"CIF {td.cif(r)}"], "logo_left")
    b.title("OFERTA DE EMPLEO")
    rep = b.person(b.official(), "official")
    holder = b.name()
    who = f"{b.honor()} {holder}{b.ident_text()}" if holder else "la persona candidata"
    b.f.para(f"{r.choice(['D.', 'Dña.'])} {rep}, en representación de {company}, manifiesta su intención de "
             f"contratar a {who} como {r.choice(['peón', 'ayudante de cocina', 'limpiador/a'])} a jornada completa.")
    if date:
        b.f.para(f"En {c.muni[0]}, a {b.dlong(date)}.")
    b.f.signature([rep, "Gerente"], align="l")
    return b.done("job_offer", holder, one_day(date))


def other_notice_letter(ctx, date, **_):
    """A title-less notice from a municipal service: the person, then the appointment."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Servicios Sociales", "Serveis Socials", "Servizos Sociais")])
    holder = b.name()
    if holder:
        b.f.fields([(c.t("Destinatario/a", "Destinatari/ària", "Destinatario/a"), holder)] + b.id_field(), "colon")
    b.f.para(c.t("Le comunicamos que su expediente de ayuda ha sido registrado.",
                 "Li comuniquem que el seu expedient d'ajuda ha estat registrat.",
                 "Comunicámoslle que o seu expediente de axuda foi rexistrado."))
    if date:
        b.f.para(c.t(f"Fecha de registro: {b.d(date)}", f"Data de registre: {b.d(date)}", f"Data de rexistro: {b.d(date)}"))
    tech = b.person(b.official(), "official")
    b.f.signature([c.t("La trabajadora social", "La treballadora social", "A traballadora social"), tech])
    return b.done("other", holder, one_day(date))


FAMILIES = {
    "padron": {"household_sheet": (padron_household_sheet, ALL), "table_row": (padron_table_row, ALL)},
    "padron_historico": {"periods": (historico_periods, ALL)},
    "utility_bill": {"letter_greeting": (bill_letter_greeting, ALL)},
    "payslip": {"header_table": (payslip_header_table, ALL)},
    "transport_ticket": {"rail_table": (ticket_rail_table, ALL)},
    "bank_receipt": {"remesa_agency": (remesa_agency, ("es", "ca")), "deposit_two_party": (deposit_two_party, ALL)},
    "shop_receipt": {"ticket_customer": (ticket_customer, ALL)},
    "medical": {"official_first": (med_official_first, ALL)},
    "attendance_certificate": {"letter_greeting": (att_letter_greeting, ALL)},
    "training_certificate": {"signature_block": (train_signature_block, ALL)},
    "library_card": {"reverse": (library_reverse, ALL)},
    "rental_contract": {"parties_prose": (rental_parties_prose, ES)},
    "job_offer": {"company_first": (job_company_first, ES)},
    "other": {"notice_letter": (other_notice_letter, ALL)},
}
