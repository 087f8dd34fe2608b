"""Bills, payslips, bank papers and till receipts as other companies print them."""
import datetime as dt

from . import textdata as td
from .famkit import NB, one_day

ALL = ("es", "ca", "gl")
ES = ("es",)


def _money(r, lo, hi):
    return f"{r.uniform(lo, hi):.2f}".replace(".", ",")


def _whole_month(period):
    s, e = period
    first, last = td.month_bounds(s.year, s.month)
    return s == first and e == last


# ------------------------------------------------------------ utility bills

def bill_month_only(ctx, issue, period=None, kind=None, **_):
    """Telecom-style bill: the period as a bare month ("nov 2025", "3/2026") when it is one."""
    b, c, r = NB(ctx), ctx, ctx.rng
    kind = kind or r.choice(list(td.UTILITIES))
    company = r.choice(td.UTILITIES[kind])
    b.header([company, f"NIF {td.cif(r)}"], r.choice(["band", "right"]))
    holder = b.name()
    b.f.text(c.t("Resumen de su factura", "Resum de la seva factura", "Resumo da súa factura"),
             b.f.base * 1.3, True)
    b.dis.append("invoice_number")
    items = [(c.t("Cliente", "Client", "Cliente"), holder) if holder else None,
             (c.t("Nº de factura", "Núm. de factura", "Nº de factura"),
              f"{r.choice('MTFX')}{r.randint(10**8, 10**9 - 1)}")]
    if period and _whole_month(period):
        items.append((r.choice([c.t("Mes facturado", "Mes facturat", "Mes facturado"),
                                c.t("Periodo", "Període", "Período"), c.t("Consumo de", "Consum de", "Consumo de")]),
                      td.fmt_month2(period[0].year, period[0].month, r.choice(td.MONTH_ONLY_STYLES), c.lang)))
    elif period:
        items.append((c.t("Periodo", "Període", "Período"),
                      c.t(f"{b.d(period[0])} a {b.d(period[1])}", f"{b.d(period[0])} a {b.d(period[1])}",
                          f"{b.d(period[0])} a {b.d(period[1])}")))
    items.append((c.t("Fecha de factura", "Data de factura", "Data de factura"), b.d(issue)))
    b.f.fields([i for i in items if i], r.choice(["colon", "column", "grid"]))
    b.f.table([c.t("Servicio", "Servei", "Servizo"), c.t("Importe", "Import", "Importe")],
              [[c.t("Cuota mensual", "Quota mensual", "Cota mensual"), _money(r, 10, 40) + " €"],
               [c.t("Consumo adicional", "Consum addicional", "Consumo adicional"), _money(r, 0, 15) + " €"],
               ["IVA (21%)", _money(r, 2, 10) + " €"]], [0.7, 0.3])
    if r.random() < 0.7:
        b.dis.append("due_date")
        b.f.para(c.t(f"Importe a cargar en cuenta el día {b.d(issue + dt.timedelta(days=r.randint(5, 15)))}.",
                     f"Import que es carregarà al compte el dia {b.d(issue + dt.timedelta(days=r.randint(5, 15)))}.",
                     f"Importe que se cargará na conta o día {b.d(issue + dt.timedelta(days=r.randint(5, 15)))}."))
    b.f.footer([f"{company} · {c.t('Atención al cliente', 'Atenció al client', 'Atención ao cliente')} {b.phone()}"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def bill_reading_table(ctx, issue, period=None, kind=None, **_):
    """Water/energy bill whose period is the meter-reading table (previous / current reading)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    kind = kind or r.choice(["agua", "luz", "gas"])
    company = r.choice(td.UTILITIES[kind])
    b.header([company, c.t("Oficina virtual", "Oficina virtual", "Oficina virtual")], "logo_left")
    holder = b.name()
    b.f.fields([(c.t("Titular del contrato", "Titular del contracte", "Titular do contrato"), holder),
                (c.t("Dirección de suministro", "Adreça de subministrament", "Enderezo de subministración"),
                 f"{c.home[0]}, {c.home[1]}"),
                (c.t("Fecha emisión", "Data emissió", "Data emisión"), b.d(issue))] if holder else
               [(c.t("Fecha emisión", "Data emissió", "Data emisión"), b.d(issue))], "colon")
    if period:
        b.f.text(c.t("Lecturas del contador", "Lectures del comptador", "Lecturas do contador"), bold=True)
        unit = "m³" if kind == "agua" else "kWh"
        a = r.randint(100, 9000)
        b.f.table([c.t("Lectura", "Lectura", "Lectura"), c.t("Fecha", "Data", "Data"), unit],
                  [[c.t("Anterior", "Anterior", "Anterior"), b.d(period[0]), str(a)],
                   [c.t("Actual", "Actual", "Actual"), b.d(period[1]), str(a + r.randint(5, 300))]],
                  [0.4, 0.35, 0.25])
        b.f.para(c.t(f"Días facturados: {(period[1] - period[0]).days + 1}",
                     f"Dies facturats: {(period[1] - period[0]).days + 1}",
                     f"Días facturados: {(period[1] - period[0]).days + 1}"))
    b.f.text(f"{c.t('Total a pagar', 'Total a pagar', 'Total a pagar')}: {_money(r, 20, 120)} €", bold=True, align="r")
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def bill_letter(ctx, issue, period=None, kind=None, **_):
    """A letter to the customer that names the period in a sentence with long dates."""
    b, c, r = NB(ctx), ctx, ctx.rng
    kind = kind or r.choice(list(td.UTILITIES))
    company = r.choice(td.UTILITIES[kind])
    b.header([company], "centered")
    holder = b.name()
    if holder:
        b.f.text(holder, bold=True)
        b.f.text(c.home[0])
        b.f.text(c.home[1])
        b.f.space(4)
    b.f.text(b.place_date(issue, formula=False), align="r")
    b.f.space(3)
    b.f.para(c.t("Estimado/a cliente:", "Benvolgut/da client/a:", "Estimado/a cliente:"))
    if period:
        # Both ends in one long form, without a weekday (nobody writes "del lunes 1 ...").
        st = r.choice(["long", "words_day", "ordinal", "long_del", "abbr_dot_long"])
        p0, p1 = (td.fmt_date2(d, st, c.lang) for d in period)
        b.f.para(c.t(f"Le remitimos la factura correspondiente al periodo del {p0} "
                     f"al {p1}, por un importe total de {_money(r, 20, 140)} euros.",
                     f"Us trametem la factura corresponent al període del {p0} "
                     f"al {p1}, per un import total de {_money(r, 20, 140)} euros.",
                     f"Remitímoslle a factura correspondente ao período do {p0} "
                     f"ao {p1}, por un importe total de {_money(r, 20, 140)} euros."))
    else:
        b.f.para(c.t(f"Le remitimos su factura por un importe total de {_money(r, 20, 140)} euros.",
                     f"Us trametem la factura per un import total de {_money(r, 20, 140)} euros.",
                     f"Remitímoslle a súa factura por un importe total de {_money(r, 20, 140)} euros."))
    b.f.para(c.t("El importe se cargará en la cuenta bancaria que nos indicó. Gracias por su confianza.",
                 "L'import es carregarà al compte bancari que ens va indicar. Gràcies per la confiança.",
                 "O importe cargarase na conta bancaria que nos indicou. Grazas pola súa confianza."))
    b.f.signature([c.t("Departamento de Atención al Cliente", "Departament d'Atenció al Client",
                       "Departamento de Atención ao Cliente")], align="l")
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ payslips

def payslip_grid(ctx, issue, period=None, **_):
    """Payroll software layout: a header table (trabajador | NIF | periodo), month-only period."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    b.header([company, f"CIF {td.cif(r)}"], "right")
    holder = b.name()
    ids = b.id_field()
    if period and _whole_month(period) and r.random() < 0.7:
        per = td.fmt_month2(period[0].year, period[0].month, r.choice(td.MONTH_ONLY_STYLES), c.lang)
    elif period:
        per = f"{b.d(period[0])} - {b.d(period[1])}"
    else:
        per = b.d(issue)
    b.f.table([c.t("Trabajador/a", "Treballador/a", "Traballador/a"), "NIF/NIE",
               c.t("Periodo", "Període", "Período") if period else c.t("Fecha", "Data", "Data")],
              [[holder or "", ids[0][1] if ids else "", per]], [0.5, 0.22, 0.28])
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Importe", "Import", "Importe")],
              [["Salario base", f"{r.randint(900, 1300)},00 €"],
               ["Prorrata pagas extra", f"{r.randint(100, 220)},00 €"],
               ["Seg. Social trabajador", f"-{r.randint(40, 90)},{r.randint(10, 99)} €"]], [0.7, 0.3])
    b.f.text(f"{c.t('Líquido a percibir', 'Líquid a percebre', 'Líquido a percibir')}: {r.randint(850, 1300)},{r.randint(10, 99)} €",
             bold=True, align="r")
    b.f.signature([c.t("Recibí", "He rebut", "Recibín")], align="l")
    return b.done("payslip", holder, [period] if period else one_day(issue))


def payslip_settlement(ctx, issue, period=None, **_):
    """'Periodo de liquidación: desde ... hasta ...' with dot dates; the manager signs."""
    b, c, r = NB(ctx, numeric=r_choice(ctx, ["dot4", "dot2", "slash_nopad", "iso"])), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    b.header([company, f"C.C.C. {r.randint(10, 52)}/{r.randint(10**7, 10**8 - 1)}"], "centered")
    b.title(c.t("NÓMINA MENSUAL", "NÒMINA MENSUAL", "NÓMINA MENSUAL"))
    nf, holder = b.name_fields(c.t("Empleado/a", "Empleat/da", "Empregado/a"))
    items = nf + b.id_field()
    if period:
        items.append((c.t("Liquidación", "Liquidació", "Liquidación"),
                      c.t(f"desde {b.d(period[0])} hasta {b.d(period[1])}",
                          f"des del {b.d(period[0])} fins al {b.d(period[1])}",
                          f"desde {b.d(period[0])} ata {b.d(period[1])}")))
        items.append((c.t("Días", "Dies", "Días"), str((period[1] - period[0]).days + 1)))
    else:
        items.append((c.t("Fecha de pago", "Data de pagament", "Data de pagamento"), b.d(issue)))
    b.f.fields(items, r.choice(["column", "grid"]))
    b.f.table(["Devengos", "Importe"], [["Salario base", f"{r.randint(900, 1300)},00"],
                                        ["Horas extra", f"{r.randint(0, 200)},00"]], [0.7, 0.3])
    b.f.signature([b.person(b.official(), "official"), c.t("Gerente", "Gerent", "Xerente")])
    return b.done("payslip", holder, [period] if period else one_day(issue))


def r_choice(ctx, options):
    return ctx.rng.choice(options)


# ------------------------------------------------------------ bank papers

def transfer_two_party(ctx, date, **_):
    """Transfer receipt naming both ordenante and beneficiario; the person may be either."""
    b, c, r = NB(ctx), ctx, ctx.rng
    bank = r.choice(td.BANKS)
    b.header([bank, c.t("Banca a distancia", "Banca a distància", "Banca a distancia")], r.choice(["band", "logo_left"]))
    b.title(r.choice([c.t("Justificante de transferencia", "Justificant de transferència", "Xustificante de transferencia"),
                      c.t("TRANSFERENCIA SEPA", "TRANSFERÈNCIA SEPA", "TRANSFERENCIA SEPA")]))
    holder = b.name()
    other = b.someone_else(upper=holder.isupper() if holder else None)
    is_sender = r.random() < 0.5
    sender, benef = (holder, other) if is_sender else (other, holder)
    b.person(sender, "sender", c.is_applicant and is_sender)
    b.person(benef, "beneficiary", c.is_applicant and not is_sender)
    iban = lambda: f"ES{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}** **** {r.randint(1000, 9999)}"  # noqa: E731
    lab_s = r.choice(["Ordenante", c.t("Titular ordenante", "Ordenant", "Ordenante")])
    lab_b = r.choice(["Beneficiario", c.t("Nombre del beneficiario", "Beneficiari", "Beneficiario")])
    blocks = [[(lab_s, sender), (c.t("Cuenta de cargo", "Compte de càrrec", "Conta de cargo"), iban())],
              [(lab_b, benef), (c.t("Cuenta de abono", "Compte d'abonament", "Conta de abono"), iban())]]
    if r.random() < 0.3:
        blocks.reverse()
    style = r.choice(["colon", "grid", "boxes"])
    for blk in blocks:
        b.f.fields(blk, style)
    items = [(c.t("Importe", "Import", "Importe"), f"{r.randint(20, 900)},{r.randint(0, 99):02d} EUR"),
             (c.t("Concepto", "Concepte", "Concepto"), r.choice(["ALQUILER", "AYUDA FAMILIAR", "DEVOLUCION", "VARIOS"]))]
    if date:
        items.insert(0, (r.choice([c.t("Fecha de la operación", "Data de l'operació", "Data da operación"),
                                   c.t("Fecha de ejecución", "Data d'execució", "Data de execución")]), b.d(date)))
    b.f.fields(items, style if style != "boxes" else "colon")
    return b.done("bank_receipt", holder, one_day(date), "sender" if is_sender else "beneficiary")


def remittance(ctx, date, **_):
    """Money-transfer agency slip: remitente and beneficiario, month-first dates, a tracking code."""
    b = NB(ctx, numeric=r_choice(ctx, ["month_first", "slash", "ymd_slash", "abbr_upper2"]),
           size=(148.0, 210.0))
    c, r = ctx, ctx.rng
    agency = r.choice(["EnvíaYa Money Transfer", "Remesas Globales S.L.", "Giros Andinos Express",
                       "SendHome Pagos"])
    b.header([agency, c.t(f"Agente autorizado: Locutorio {r.choice(['Mundo', 'Latino', 'Sol'])} ({c.muni[0]})",
                          f"Agent autoritzat: Locutori {r.choice(['Mundo', 'Latino', 'Sol'])} ({c.muni[0]})")], "band")
    b.title(c.t("RECIBO DE ENVÍO", "REBUT D'ENVIAMENT") if r.random() < 0.7 else "COMPROBANTE DE PAGO")
    holder = b.name()
    other = b.someone_else(upper=True)
    is_sender = r.random() < 0.7
    sender, benef = (holder, other) if is_sender else (other, holder)
    b.person(sender, "sender", c.is_applicant and is_sender)
    b.person(benef, "beneficiary", c.is_applicant and not is_sender)
    b.dis.append("reference_number")
    rows = [[c.t("Remitente", "Remitent"), sender], [c.t("Beneficiario", "Beneficiari"), benef],
            [c.t("País destino", "País destinació") if is_sender else c.t("País origen", "País origen"),
             r.choice(["Colombia", "Marruecos", "Senegal", "Pakistán", "Ucrania", "Perú"])],
            ["MTCN", f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}"]]
    if date:
        rows.insert(0, [c.t("Fecha de envío", "Data d'enviament") if is_sender else c.t("Fecha de pago", "Data de pagament"),
                        b.d(date)])
    b.f.table([c.t("Dato", "Dada"), c.t("Valor", "Valor")], rows, [0.38, 0.62], ruled=r.random() < 0.6)
    b.f.text(f"{c.t('Total pagado', 'Total pagat')}: {r.randint(50, 400)},00 EUR", bold=True)
    b.f.signature([c.t("Firma del cliente", "Signatura del client")], align="l")
    return b.done("bank_receipt", holder, one_day(date), "sender" if is_sender else "beneficiary")


def bank_certificate(ctx, date, **_):
    """The branch certifies in prose that the person holds an account; dated at the end."""
    b, c, r = NB(ctx), ctx, ctx.rng
    bank = r.choice(td.BANKS)
    b.header([bank, f"{c.t('Oficina', 'Oficina', 'Oficina')} {r.randint(1000, 9999)} · {c.muni[0]}"], "centered")
    b.title(c.t("CERTIFICADO DE TITULARIDAD", "CERTIFICAT DE TITULARITAT", "CERTIFICADO DE TITULARIDADE"))
    mgr = b.person(b.official(), "official")
    holder = b.name()
    b.f.para(c.t(f"{bank}, y en su nombre {mgr}, director/a de la oficina, CERTIFICA que "
                 f"{b.honor()} {holder}{b.ident_text()} es titular de la cuenta "
                 f"ES{r.randint(10, 99)} **** **** **** {r.randint(1000, 9999)} abierta en esta entidad.",
                 f"{bank}, i en nom seu {mgr}, director/a de l'oficina, CERTIFICA que "
                 f"{b.honor()} {holder}{b.ident_text()} és titular del compte "
                 f"ES{r.randint(10, 99)} **** **** **** {r.randint(1000, 9999)} obert en aquesta entitat.",
                 f"{bank}, e no seu nome {mgr}, director/a da oficina, CERTIFICA que "
                 f"{b.honor()} {holder}{b.ident_text()} é titular da conta "
                 f"ES{r.randint(10, 99)} **** **** **** {r.randint(1000, 9999)} aberta nesta entidade."))
    b.f.para(b.place_date(date))
    b.f.signature([mgr])
    return b.done("bank_receipt", holder, one_day(date), "holder")


# ------------------------------------------------------------ till receipts

def pharmacy_invoice(ctx, date, **_):
    """Pharmacy invoice on A5 with the customer block; year-first or dotted dates."""
    b = NB(ctx, size=(148.0, 210.0), numeric=r_choice(ctx, ["ymd_slash", "dot4", "iso", "slash_nopad"]))
    c, r = ctx, ctx.rng
    b.header([r.choice(["Farmacia Lda. Ruiz Soler", "Farmacia del Carmen", "Farmàcia Nova"]), f"NIF {td.cif(r)}"],
             "logo_left")
    b.title(c.t("Factura", "Factura", "Factura"))
    holder = b.name()
    items = [(c.t("Cliente", "Client", "Cliente"), holder)] if holder else []
    items += b.id_field() if holder else []
    if date:
        items.append((c.t("Fecha", "Data", "Data"), b.d(date)))
    items.append(("Nº", f"F{r.randint(10000, 99999)}"))
    b.dis.append("invoice_number")
    b.f.fields(items, "colon")
    b.f.table([c.t("Artículo", "Article", "Artigo"), c.t("Importe", "Import", "Importe")],
              [[x, _money(r, 1, 15) + " €"] for x in r.sample(["Paracetamol 1 g", "Ibuprofeno 600", "Suero oral",
                                                               "Tiritas", "Crema solar"], 3)], [0.7, 0.3])
    return b.done("shop_receipt", holder, one_day(date))


def shop_ticket_named(ctx, date, **_):
    """Narrow till slip that prints the loyalty-card customer under the total."""
    r = ctx.rng
    b = NB(ctx, size=(80.0, r.choice([140.0, 160.0])), mono=True, base=r.choice([9.5, 10.0]),
           numeric=r.choice(["dot2", "slash", "abbr_upper2", "dot4"]))
    c = ctx
    b.f.margin = 5.0
    b.f.text(r.choice(td.SHOPS).upper(), bold=True, align="c")
    b.f.text(c.muni[0].upper(), align="c")
    b.f.hr()
    total = 0
    for item in r.sample(["ARROZ", "LENTEJAS", "YOGUR", "PLATANOS", "CAFE", "SAL", "HUEVOS"], 4):
        v = r.randint(50, 500)
        total += v
        b.f.text(f"{item:<14}{v / 100:>7.2f}".replace(".", ","))
    b.f.hr()
    b.f.text(f"{'TOTAL':<14}{total / 100:>7.2f}".replace(".", ","), bold=True)
    holder = b.name()
    if holder:
        b.f.text(c.t("SOCIO:", "SOCI:", "SOCIO:"))
        holder = holder.upper()
        b.f.text(holder, b.f.fit(holder, b.f.font(), b.f.base, b.f.width))
    if date:
        b.f.text(f"{b.d(date)} {r.randint(8, 21):02d}:{r.randint(0, 59):02d}", align="c")
    return b.done("shop_receipt", holder, one_day(date))


FAMILIES = {
    "utility_bill": {"month_only": (bill_month_only, ALL), "reading_table": (bill_reading_table, ALL),
                     "letter": (bill_letter, ALL)},
    "payslip": {"grid": (payslip_grid, ALL), "settlement": (payslip_settlement, ALL)},
    "bank_receipt": {"transfer_two_party": (transfer_two_party, ALL), "remittance": (remittance, ("es", "ca")),
                     "certificate": (bank_certificate, ALL)},
    "shop_receipt": {"pharmacy_invoice": (pharmacy_invoice, ALL), "ticket_named": (shop_ticket_named, ALL)},
}
