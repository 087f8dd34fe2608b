"""One builder per schema document type: content, wording variants and layout choices.

A builder gets a Ctx (who is named, which dates to print, language, place) and
returns a Doc: its pages plus what the truth file needs (holder as printed,
presence proved, distractors carried).
"""
import datetime as dt

from . import textdata as td
from .layout import Flow, MONO, PROPORTIONAL, header

COLORS = [(20, 50, 110), (0, 100, 80), (150, 30, 30), (90, 40, 120), (200, 90, 0),
          (0, 90, 150), (60, 60, 60)]


class Ctx:
    """What a builder needs. holder is a td.Person or None (no name printed)."""

    def __init__(self, rng, holder, is_applicant, lang, muni, ids, birth, name_style,
                 landlord=None):
        self.rng, self.holder, self.is_applicant, self.lang = rng, holder, is_applicant, lang
        self.muni, self.ids, self.birth, self.name_style = muni, ids, birth, name_style
        self.home = td.address(rng, muni)
        self.landlord = landlord or td.random_spaniard(rng)

    def t(self, es, ca=None, gl=None):
        """Wording in the document's language (Valencian shares Catalan labels)."""
        return {"es": es, "ca": ca or es, "gl": gl or es}[self.lang]


class Doc:
    def __init__(self, type_, holder, presence, pages, distractors, lang, people=None):
        self.type, self.holder, self.presence = type_, holder, presence
        self.pages, self.distractors, self.lang = pages, sorted(set(distractors)), lang
        # Every person printed with a role: dicts name (as printed), role, is_applicant.
        self.people = people or []
        self.family = None          # "<kind>/<family>", set by families.build


class B:
    """Builder state shared by the per-type functions."""

    def __init__(self, ctx, size=(210.0, 297.0), mono=False, base=None):
        rng = self.rng = ctx.rng
        self.ctx, self.dis, self.people = ctx, [], []
        fam = rng.choice(MONO if mono else PROPORTIONAL)
        base = base or rng.choice([10.0, 10.5, 11.0, 11.5])
        self.color = rng.choice(COLORS)
        self.f = Flow(fam, base, size, margin=rng.choice([14.0, 16.0, 18.0, 20.0]) * size[0] / 210,
                      accent=self.color)
        self.f.single_page = size[1] < 200
        self.ds = rng.choice(["slash", "slash", "dash", "dot2", "iso", "abbr", "abbr_dash"])
        self.field_style = rng.choice(["colon", "colon", "column", "boxes", "grid"])

    def d(self, date, style=None):
        return td.fmt_date(date, style or self.ds, self.ctx.lang)

    def dlong(self, date):
        return td.fmt_date(date, self.rng.choice(["long", "long", "long_weekday"]), self.ctx.lang)

    def name(self):
        """Holder as printed, or None when the document names nobody."""
        c = self.ctx
        if c.holder is None:
            return None
        return td.format_name(self.rng, c.holder, c.name_style)

    def name_fields(self, label):
        """Either one 'label: name' field or split APELLIDOS / NOMBRE fields."""
        c = self.ctx
        if c.holder is not None and self.field_style == "boxes" and self.rng.random() < 0.6 \
                and c.name_style in ("upper", "upper_noaccent", "natural"):
            sur, giv = " ".join(c.holder.surnames), c.holder.given
            if c.name_style != "natural":
                sur, giv = sur.upper(), giv.upper()
            if c.name_style == "upper_noaccent":
                sur, giv = td.strip_accents(sur), td.strip_accents(giv)
            return [(c.t("Apellidos", "Cognoms", "Apelidos"), sur),
                    (c.t("Nombre", "Nom", "Nome"), giv)], f"{sur}, {giv}"
        n = self.name()
        return ([(label, n)] if n else []), n

    def id_field(self):
        c = self.ctx
        if c.ids.get("nie"):
            return [(self.rng.choice(["NIE", "NIF/NIE", "Documento"]), c.ids["nie"])]
        if c.ids.get("passport"):
            return [(c.t("Pasaporte", "Passaport", "Pasaporte"), c.ids["passport"])]
        return []

    def birth_field(self):
        if self.ctx.birth is None:
            return []
        self.dis.append("birth_date")
        return [(self.ctx.t("Fecha de nacimiento", "Data de naixement", "Data de nacemento"),
                 self.d(self.ctx.birth))]

    def header(self, lines, style=None):
        style = style or self.rng.choice(["band", "logo_left", "centered", "right"])
        header(self.f, self.rng, lines, style, self.color)

    def title(self, s):
        self.f.text(s, self.f.base * self.rng.choice([1.25, 1.4]), True,
                    self.rng.choice(["c", "c", "l"]))
        self.f.space(3)

    def phone(self):
        self.dis.append("phone_number")
        return td.fmt_phone(self.rng, td.phone(self.rng))

    def csv(self):
        self.dis.append("csv_code")
        r = self.rng
        # Kept for the truth's `verification` (fam_travel.add_verification).
        self.ctx.csv = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(20))
        return self.ctx.csv

    def person(self, name, role, is_applicant=False):
        """Record someone the page prints (truth `people`); returns name."""
        if name:
            self.people.append({"name": name, "role": role, "is_applicant": bool(is_applicant)})
        return name

    def done(self, type_, holder, presence, role="holder"):
        """holder is the person the document is about, as printed; listed first with role
        unless the builder already listed them."""
        people = list(self.people)
        if holder and not any(p["name"] == holder for p in people):
            people.insert(0, {"name": holder, "role": role,
                              "is_applicant": bool(self.ctx.is_applicant)})
        return Doc(type_, holder, presence, self.f.pages, self.dis, self.ctx.lang, people)


def _one_day(date):
    return [(date, date)] if date else []


def muni_issuer(c):
    m = c.muni[0]
    return c.t(f"Ayuntamiento de {m}", f"Ajuntament de {m}", f"Concello de {m}")


# ------------------------------------------------------------ padrón

def padron(ctx, alta, expedicion, **_):
    """Volante / certificado: proves [alta, expedición]."""
    b, c, r = B(ctx), ctx, ctx.rng
    cert = r.random() < 0.4
    b.header([muni_issuer(c), c.t("Padrón Municipal de Habitantes", "Padró Municipal d'Habitants",
                                  "Padrón Municipal de Habitantes"),
              c.t("Servicio de Estadística", "Oficina d'Atenció Ciutadana", "Servizo de Estatística")])
    if cert:
        b.title(c.t("CERTIFICADO DE EMPADRONAMIENTO", "CERTIFICAT D'EMPADRONAMENT",
                    "CERTIFICADO DE EMPADROAMENTO"))
    else:
        b.title(c.t("VOLANTE DE EMPADRONAMIENTO", "VOLANT D'EMPADRONAMENT",
                    "VOLANTE DE EMPADROAMENTO"))
    alta_lab = r.choice([c.t("Fecha de alta", "Data d'alta", "Data de alta"),
                         c.t("Fecha de alta en el domicilio", "Data d'alta al domicili",
                             "Data de alta no domicilio")])
    nf, holder = b.name_fields(r.choice(["Nombre y apellidos", "Nombre", "Titular"])
                               if c.lang == "es" else c.t("", "Nom i cognoms", "Nome e apelidos"))
    prose = r.random() < 0.45
    if prose and holder:
        who = r.choice(["D./Dña.", "Don/Doña", ""]) if c.lang == "es" else c.t("", "En/Na", "Don/Dona")
        ident = b.id_field()
        idtxt = f", con {ident[0][0]} {ident[0][1]}," if ident else ""
        born = ""
        if c.birth and r.random() < 0.6:
            b.dis.append("birth_date")
            born = c.t(f" nacido/a el {b.d(c.birth)},", f" nascut/da el {b.d(c.birth)},",
                       f" nado/a o {b.d(c.birth)},")
        b.f.para(c.t(f"Según los datos que constan en el Padrón Municipal de Habitantes, "
                     f"{who} {holder}{idtxt}{born} figura inscrito/a en el domicilio "
                     f"{c.home[0]}, {c.home[1]}, con fecha de alta {b.d(alta)}.",
                     f"Segons les dades que consten al Padró Municipal d'Habitants, {who} {holder}"
                     f"{idtxt}{born} figura inscrit/a al domicili {c.home[0]}, {c.home[1]}, "
                     f"amb data d'alta {b.d(alta)}.",
                     f"Segundo os datos que constan no Padrón Municipal de Habitantes, {who} {holder}"
                     f"{idtxt}{born} figura inscrito/a no domicilio {c.home[0]}, {c.home[1]}, "
                     f"con data de alta {b.d(alta)}."))
    else:
        items = nf + b.id_field() + (b.birth_field() if r.random() < 0.7 else []) + [
            (c.t("Domicilio", "Domicili", "Domicilio"), c.home[0]),
            (c.t("Municipio", "Municipi", "Concello"), c.home[1]),
            (alta_lab, b.d(alta))]
        b.f.fields(items, b.field_style)
    if r.random() < 0.35:
        rel = td.random_spaniard(r) if r.random() < 0.5 else td.Person(
            r.choice(["Sofía", "Mateo", "Lucía", "Samuel"]), list(c.holder.surnames) if c.holder
            else ["Pérez"])
        b.dis.append("birth_date")
        b.f.text(c.t("Otras personas inscritas en la misma hoja padronal:",
                     "Altres persones inscrites al mateix full padronal:",
                     "Outras persoas inscritas na mesma folla padroal:"), bold=True)
        b.person(rel.natural, "relative" if c.holder and rel.surnames == list(c.holder.surnames)
                 else "other")
        b.f.table([c.t("Nombre", "Nom", "Nome"), c.t("Fecha de nacimiento", "Data de naixement",
                                                     "Data de nacemento")],
                  [[rel.natural, b.d(dt.date(r.randint(1960, 2020), r.randint(1, 12),
                                             r.randint(1, 28)))]], [0.65, 0.35])
    place = c.muni[0]
    if r.random() < 0.5:
        b.f.para(c.t(f"Y para que conste, se expide el presente en {place}, a {b.dlong(expedicion)}.",
                     f"I perquè consti, s'expedeix aquest document a {place}, {b.dlong(expedicion)}.",
                     f"E para que conste, expídese o presente en {place}, a {b.dlong(expedicion)}."))
    else:
        b.f.fields([(c.t("Fecha de expedición", "Data d'expedició", "Data de expedición"),
                     b.d(expedicion))], "colon")
    official = td.random_spaniard(r)
    b.person(official.natural, "official")
    b.f.signature([c.t("El Secretario General, P.D.", "El Secretari General, P.D.",
                       "O Secretario Xeral, P.D."), official.natural])
    b.f.footer([f"{c.t('Código Seguro de Verificación', 'Codi Segur de Verificació', 'Código Seguro de Verificación')} (CSV): {b.csv()}",
                c.t("Este documento tiene una validez de tres meses desde su expedición.",
                    "Aquest document té una validesa de tres mesos.",
                    "Este documento ten unha validez de tres meses.")])
    return b.done("padron", holder, [(alta, expedicion)])


def padron_historico(ctx, rows, expedicion, **_):
    """rows: [(alta, baja or None)]; each row proves [alta, baja or expedición]."""
    b, c, r = B(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Padrón Municipal de Habitantes", "Padró Municipal d'Habitants",
                                  "Padrón Municipal de Habitantes")])
    b.title(c.t("CERTIFICADO HISTÓRICO DE EMPADRONAMIENTO", "CERTIFICAT HISTÒRIC D'EMPADRONAMENT",
                "CERTIFICADO HISTÓRICO DE EMPADROAMENTO"))
    nf, holder = b.name_fields(c.t("Nombre y apellidos", "Nom i cognoms", "Nome e apelidos"))
    b.f.fields(nf + b.id_field() + b.birth_field(), b.field_style)
    b.f.para(c.t("CERTIFICA: Que según los datos obrantes en este Ayuntamiento, la persona arriba "
                 "indicada ha figurado inscrita en los siguientes domicilios de este municipio:",
                 "CERTIFICA: Que segons les dades d'aquest Ajuntament, la persona indicada ha "
                 "figurat inscrita als domicilis següents d'aquest municipi:",
                 "CERTIFICA: Que segundo os datos deste Concello, a persoa indicada figurou "
                 "inscrita nos seguintes domicilios deste concello:"))
    open_txt = r.choice(["—", c.t("Vigente", "Vigent", "Vixente"), c.t("Actual", "Actual", "Actual")])
    trows, presence = [], []
    for alta, baja in rows:
        street = td.address(r, c.muni)[0]
        cause = c.t("Cambio de domicilio", "Canvi de domicili", "Cambio de domicilio") if baja \
            else ""
        trows.append([street, b.d(alta), b.d(baja) if baja else open_txt, cause])
        presence.append((alta, baja or expedicion))
    b.f.table([c.t("Domicilio", "Domicili", "Domicilio"), c.t("Fecha alta", "Data alta", "Data alta"),
               c.t("Fecha baja", "Data baixa", "Data baixa"), c.t("Causa", "Causa", "Causa")],
              trows, [0.42, 0.18, 0.18, 0.22], size=b.f.base * 0.9)
    b.f.para(c.t(f"Expedido en {c.muni[0]}, a {b.dlong(expedicion)}.",
                 f"Expedit a {c.muni[0]}, {b.dlong(expedicion)}.",
                 f"Expedido en {c.muni[0]}, a {b.dlong(expedicion)}."))
    b.f.signature([c.t("La Jefa de Sección de Estadística", "La Cap de Secció d'Estadística",
                       "A Xefa de Sección de Estatística"),
                   b.person(td.random_spaniard(r).natural, "official")])
    b.f.footer([f"CSV: {b.csv()}"])
    return b.done("padron_historico", holder, presence)


# ------------------------------------------------------------ bills and payslips

def _period_line(b, period, monthly_label):
    c, r = b.ctx, b.rng
    s, e = period
    first, last = td.month_bounds(s.year, s.month)
    whole_month = s == first and e == last
    if whole_month and r.random() < 0.4:
        return (monthly_label, td.fmt_month(s.year, s.month, c.lang, cap=r.random() < 0.3))
    lab = r.choice([c.t("Periodo de facturación", "Període de facturació", "Período de facturación"),
                    c.t("Periodo facturado", "Període facturat", "Período facturado"),
                    c.t("Período de consumo", "Període de consum", "Período de consumo")])
    form = r.randint(0, 2)
    if form == 0:
        v = c.t(f"del {b.d(s)} al {b.d(e)}", f"del {b.d(s)} al {b.d(e)}", f"do {b.d(s)} ao {b.d(e)}")
    elif form == 1:
        v = f"{b.d(s)} - {b.d(e)}"
    else:
        v = c.t(f"Del {b.d(s)} al {b.d(e)}", f"Del {b.d(s)} al {b.d(e)}", f"Do {b.d(s)} ao {b.d(e)}")
    return (lab, v)


def utility_bill(ctx, issue, period=None, kind=None, **_):
    """Proves the billing period; without one, the issue date."""
    b, c, r = B(ctx), ctx, ctx.rng
    kind = kind or r.choice(list(td.UTILITIES))
    company = r.choice(td.UTILITIES[kind])
    b.header([company, f"CIF {td.cif(r)}", f"{c.t('Atención al cliente', 'Atenció al client', 'Atención ao cliente')}: {b.phone()}"])
    what = {"luz": c.t("electricidad", "electricitat", "electricidade"), "agua": c.t("agua", "aigua", "auga"),
            "gas": "gas", "telefono": c.t("telefonía", "telefonia", "telefonía"),
            "internet": c.t("fibra e internet", "fibra i internet", "fibra e internet")}[kind]
    b.title(r.choice([c.t("FACTURA", "FACTURA", "FACTURA"), c.t(f"Factura de {what}", f"Factura d'{what}"
                                                               if what[0] in "ae" else f"Factura de {what}",
                                                               f"Factura de {what}")]))
    inv = r.choice([f"{issue.year}-{issue.month:02d}{issue.day:02d}-{r.randint(1000, 9999)}",
                    f"FE{issue.year % 100}/{issue.month:02d}{r.randint(1, 28):02d}",
                    f"{r.choice('ABCFT')}{r.randint(10, 99)}{issue.year}{r.randint(100000, 999999)}"])
    b.dis.append("invoice_number")
    nf, holder = b.name_fields(r.choice([c.t("Titular", "Titular", "Titular"),
                                         c.t("Nombre del titular", "Nom del titular", "Nome do titular"),
                                         c.t("Cliente", "Client", "Cliente")]))
    items = nf + [(r.choice([c.t("Dirección de suministro", "Adreça de subministrament", "Enderezo de subministración"),
                             c.t("Domicilio", "Domicili", "Domicilio")]), f"{c.home[0]}, {c.home[1]}"),
                  (c.t("Nº factura", "Núm. factura", "Nº factura"), inv)]
    if issue:
        items.append((r.choice([c.t("Fecha de emisión", "Data d'emissió", "Data de emisión"),
                                c.t("Fecha factura", "Data factura", "Data factura")]), b.d(issue)))
    if period:
        items.append(_period_line(b, period, c.t("Periodo", "Període", "Período")))
    if kind in ("luz", "gas"):
        items.append(("CUPS", f"ES0{r.randint(10**15, 10**16 - 1)}{r.choice('ABCDEF')}{r.choice('JKLMN')}"))
    b.f.fields(items, b.field_style if b.field_style != "boxes" or len(items) < 8 else "colon")
    unit = {"luz": "kWh", "agua": "m³", "gas": "kWh", "telefono": "min", "internet": "Mb"}[kind]
    rows = [[c.t("Término fijo", "Terme fix", "Termo fixo"), "", f"{r.uniform(5, 20):.2f} €".replace(".", ",")],
            [c.t("Consumo", "Consum", "Consumo"), f"{r.randint(20, 400)} {unit}", f"{r.uniform(10, 80):.2f} €".replace(".", ",")],
            ["IVA 21%", "", f"{r.uniform(3, 20):.2f} €".replace(".", ",")]]
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Cantidad", "Quantitat", "Cantidade"),
               c.t("Importe", "Import", "Importe")], rows, [0.5, 0.25, 0.25])
    b.f.text(f"TOTAL: {r.uniform(25, 140):.2f} €".replace(".", ","), b.f.base * 1.2, True, "r")
    if issue and r.random() < 0.75:
        due = issue + dt.timedelta(days=r.randint(5, 20))
        b.dis.append("due_date")
        b.f.space(2)
        b.f.para(r.choice([c.t(f"Se cargará en su cuenta el {b.d(due)}.",
                               f"Es carregarà al seu compte el {b.d(due)}.",
                               f"Cargarase na súa conta o {b.d(due)}."),
                           f"{c.t('Fecha de cargo', 'Data de càrrec', 'Data de cargo')}: {b.d(due)}",
                           f"{c.t('Fecha límite de pago', 'Data límit de pagament', 'Data límite de pagamento')}: {b.d(due)}"]))
    b.f.footer([f"{company} - {c.t('Domicilio social', 'Domicili social', 'Domicilio social')}: "
                f"{td.address(r, r.choice(td.MUNICIPALITIES))[1]}",
                f"IBAN ES{r.randint(10, 99)} **** **** **** {r.randint(1000, 9999)}"])
    return b.done("utility_bill", holder, [period] if period else _one_day(issue))


def payslip(ctx, issue, period=None, **_):
    b, c, r = B(ctx), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    b.header([company, f"CIF {td.cif(r)}", f"{c.muni[0]}"], r.choice(["centered", "right", "logo_left"]))
    b.title(r.choice(["RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS", "NÓMINA",
                      c.t("RECIBO DE SALARIOS", "REBUT DE SALARIS", "RECIBO DE SALARIOS")]))
    nf, holder = b.name_fields(c.t("Trabajador", "Treballador/a", "Traballador/a"))
    items = nf + b.id_field() + [
        (c.t("Nº afiliación S.S.", "Núm. afiliació S.S.", "Nº afiliación S.S."),
         f"{r.randint(10, 52)}/{r.randint(10**7, 10**8 - 1)}/{r.randint(10, 99)}"),
        (c.t("Categoría", "Categoria", "Categoría"),
         r.choice(["Peón", "Limpiador/a", "Ayudante de cocina", "Auxiliar", "Mozo de almacén"]))]
    if period:
        items.append(_period_line(b, period, r.choice([c.t("Periodo", "Període", "Período"),
                                                       c.t("Mes de devengo", "Mes de meritació", "Mes de devengo")]))
                     if r.random() < 0.5 else
                     (c.t("Periodo de liquidación", "Període de liquidació", "Período de liquidación"),
                      f"{b.d(period[0])} - {b.d(period[1])}"))
    else:
        items.append((c.t("Fecha", "Data", "Data"), b.d(issue)))
    b.f.fields(items, b.field_style)
    rows = [["Salario base", f"{r.randint(900, 1300)},00 €", ""],
            ["Plus transporte", f"{r.randint(40, 120)},00 €", ""],
            ["Contingencias comunes 4,70%", "", f"{r.randint(40, 70)},{r.randint(10, 99)} €"],
            ["IRPF", "", f"{r.randint(20, 90)},{r.randint(10, 99)} €"]]
    b.f.table(["Concepto", "Devengos", "Deducciones"], rows, [0.5, 0.25, 0.25])
    b.f.text(f"LÍQUIDO TOTAL A PERCIBIR: {r.randint(850, 1250)},{r.randint(10, 99)} €", bold=True, align="r")
    rep = td.random_spaniard(r)
    b.f.signature([c.t("Firma y sello de la empresa", "Signatura i segell de l'empresa", "Sinatura e selo da empresa"),
                   b.person(rep.natural, "official")], align="l")
    b.f.footer([f"CCC {r.randint(10, 52)} {r.randint(10**8, 10**9 - 1)}"])
    return b.done("payslip", holder, [period] if period else _one_day(issue))


# ------------------------------------------------------------ one-day documents

def transport_ticket(ctx, date, **_):
    b = B(ctx, size=(180.0, 110.0), base=ctx.rng.choice([10.0, 10.5]))
    c, r = ctx, ctx.rng
    company = r.choice(td.TRANSPORT)
    towns = r.sample([m[0] for m in td.MUNICIPALITIES], 2)
    if r.random() < 0.25:
        b.header([company, c.t("Recarga de abono transporte", "Recàrrega d'abonament", "Recarga de abono")], "band")
        nf, holder = b.name_fields(c.t("Titular", "Titular", "Titular"))
        exp = date + dt.timedelta(days=30)
        b.dis.append("expiry_date")
        b.f.fields(nf + [(c.t("Fecha de recarga", "Data de recàrrega", "Data de recarga"), b.d(date)),
                         (c.t("Válido hasta", "Vàlid fins a", "Válido ata"), b.d(exp)),
                         ("Importe", f"{r.randint(20, 55)},{r.randint(0, 9)}0 €")], "colon")
        return b.done("transport_ticket", holder, _one_day(date))  # abono: its holder
    b.header([company, c.t("Billete / Tarjeta de embarque", "Bitllet", "Billete")], r.choice(["band", "right"]))
    nf, holder = b.name_fields(r.choice(["Pasajero", "Viajero", c.t("Nombre", "Nom", "Nome")]))
    items = nf + ([(c.t("Fecha de viaje", "Data del viatge", "Data da viaxe"), b.d(date))] if date else []) + [
        (c.t("Origen", "Origen", "Orixe"), towns[0]), (c.t("Destino", "Destinació", "Destino"), towns[1]),
        (c.t("Salida", "Sortida", "Saída"), f"{r.randint(6, 22):02d}:{r.choice(['00', '15', '30', '45'])}"),
        (c.t("Asiento", "Seient", "Asento"), f"{r.randint(1, 60)}{r.choice('ABCD')}"),
        (c.t("Localizador", "Localitzador", "Localizador"),
         "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))]
    b.f.fields(items, r.choice(["boxes", "colon"]), cols=2 if r.random() < 0.5 else 1)
    return b.done("transport_ticket", holder, _one_day(date), "passenger")


def bank_receipt(ctx, date, **_):
    b, c, r = B(ctx), ctx, ctx.rng
    bank = r.choice(td.BANKS)
    b.header([bank, f"{c.t('Oficina', 'Oficina', 'Oficina')} {r.randint(1000, 9999)} - {td.address(r, c.muni)[0]}, {c.muni[0]}"])
    kind = r.randint(0, 2)
    b.title([c.t("JUSTIFICANTE DE INGRESO EN EFECTIVO", "JUSTIFICANT D'INGRÉS EN EFECTIU", "XUSTIFICANTE DE INGRESO"),
             c.t("TRANSFERENCIA EMITIDA", "TRANSFERÈNCIA EMESA", "TRANSFERENCIA EMITIDA"),
             c.t("JUSTIFICANTE DE OPERACIÓN", "JUSTIFICANT D'OPERACIÓ", "XUSTIFICANTE DE OPERACIÓN")][kind])
    label = r.choice(["Ordenante", "Titular", c.t("Cliente", "Client", "Cliente")])
    nf, holder = b.name_fields(label)
    b.person(holder, "sender" if label == "Ordenante" else "holder", c.is_applicant)
    items = nf + b.id_field()
    if kind == 1:
        ben = td.relative_of(r, c.holder, "latam") if c.holder and r.random() < 0.3 else td.random_spaniard(r)
        items.append(("Beneficiario", b.person(ben.natural.upper(), "beneficiary")))
    items += [(c.t("Fecha operación", "Data operació", "Data operación"), b.d(date)) if date else ("Oficina", c.muni[0]),
              ("IBAN", f"ES{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} **** **** {r.randint(1000, 9999)}"),
              (c.t("Importe", "Import", "Importe"), f"{r.randint(20, 900)},{r.randint(0, 99):02d} EUR"),
              (c.t("Nº operación", "Núm. operació", "Nº operación"), f"{r.randint(10**9, 10**10 - 1)}")]
    if date and r.random() < 0.5:
        items.append((c.t("Fecha valor", "Data valor", "Data valor"), b.d(date)))
    b.f.fields(items, b.field_style)
    b.f.para(c.t("Operación realizada en ventanilla. Conserve este justificante.",
                 "Operació realitzada a finestreta. Conservi aquest justificant.",
                 "Operación realizada en xanela. Conserve este xustificante."), size=b.f.base * 0.9)
    return b.done("bank_receipt", holder, _one_day(date))


def medical(ctx, date, **_):
    b, c, r = B(ctx), ctx, ctx.rng
    clinic = r.choice(td.CLINICS).format(m=c.muni[0])
    b.header([clinic, c.t("Servicio de Salud", "Servei de Salut", "Servizo Galego de Saúde"),
              f"Tel. {b.phone()}"])
    b.title(r.choice([c.t("INFORME MÉDICO", "INFORME MÈDIC", "INFORME MÉDICO"),
                      c.t("INFORME DE ALTA DE URGENCIAS", "INFORME D'ALTA D'URGÈNCIES", "INFORME DE ALTA DE URXENCIAS"),
                      c.t("JUSTIFICANTE DE ASISTENCIA", "JUSTIFICANT D'ASSISTÈNCIA", "XUSTIFICANTE DE ASISTENCIA")]))
    nf, holder = b.name_fields(c.t("Paciente", "Pacient", "Paciente"))
    items = nf + b.birth_field() + [("CIP", f"{r.choice(['MAQU', 'LOQU', 'BEAH', 'DIMA'])}{r.randint(10**9, 10**10 - 1)}")]
    if date:
        items.append((r.choice([c.t("Fecha de consulta", "Data de consulta", "Data de consulta"),
                                c.t("Fecha de atención", "Data d'atenció", "Data de atención"),
                                c.t("Fecha", "Data", "Data")]), b.d(date)))
    b.f.fields(items, b.field_style)
    b.f.text(c.t("Motivo de consulta:", "Motiu de consulta:", "Motivo de consulta:"), bold=True)
    b.f.para(r.choice([c.t("Paciente que acude por dolor lumbar de tres días de evolución. Exploración "
                           "sin hallazgos relevantes. Se pauta analgesia y reposo relativo.",
                           "Pacient que acudeix per dolor lumbar de tres dies d'evolució. Exploració "
                           "sense troballes rellevants. Es pauta analgèsia i repòs relatiu.",
                           "Paciente que acode por dor lumbar de tres días de evolución. Exploración "
                           "sen achados relevantes. Pautase analxesia e repouso relativo."),
                       c.t("Control de tensión arterial. Cifras dentro de la normalidad. Se recomienda "
                           "dieta baja en sal y revisión en seis meses.",
                           "Control de tensió arterial. Xifres dins de la normalitat. Es recomana "
                           "dieta baixa en sal i revisió en sis mesos.",
                           "Control de tensión arterial. Cifras dentro da normalidade. Recoméndase "
                           "dieta baixa en sal e revisión en seis meses.")]))
    doc = td.random_spaniard(r)
    b.person(doc.natural, "official")
    b.f.signature([f"{r.choice(['Dr.', 'Dra.'])} {doc.natural}",
                   f"{c.t('Nº colegiado', 'Núm. col·legiat', 'Nº colexiado')}: {r.randint(10**8, 10**9 - 1)}"])
    return b.done("medical", holder, _one_day(date), "patient")


def _letter(ctx, type_, date, issuer, title, body_es, body_ca, body_gl, role, subject_role):
    """Certificate written as a letter: 'D. X, ... CERTIFICA: Que ...'."""
    b, c, r = B(ctx), ctx, ctx.rng
    b.header([issuer, f"{td.address(r, c.muni)[0]} - {c.muni[0]}", f"Tel. {b.phone()}"])
    b.title(title)
    official = td.random_spaniard(r)
    b.person(official.natural, "official")
    holder = b.name()
    who = holder or c.t("la persona interesada", "la persona interessada", "a persoa interesada")
    ident = b.id_field()
    idtxt = f", {c.t('con', 'amb', 'con')} {ident[0][0]} {ident[0][1]}," if ident and holder else ""
    b.f.para(c.t(f"D./Dña. {official.natural}, {role[0]} de {issuer},",
                 f"En/Na {official.natural}, {role[1]} de {issuer},",
                 f"D./Dna. {official.natural}, {role[2]} de {issuer},"))
    b.f.text("CERTIFICA:", bold=True)
    b.f.para({"es": body_es, "ca": body_ca, "gl": body_gl}[c.lang].format(who=who, idtxt=idtxt))
    if date:
        b.f.para(c.t(f"Y para que conste a los efectos oportunos, firmo el presente en {c.muni[0]}, a {b.dlong(date)}.",
                     f"I perquè consti als efectes oportuns, signo aquest certificat a {c.muni[0]}, {b.dlong(date)}.",
                     f"E para que conste aos efectos oportunos, asino o presente en {c.muni[0]}, a {b.dlong(date)}."))
    else:
        b.f.para(c.t("Y para que conste a los efectos oportunos, firmo el presente.",
                     "I perquè consti als efectes oportuns, signo aquest certificat.",
                     "E para que conste aos efectos oportunos, asino o presente."))
    b.f.signature([official.natural, role[{"es": 0, "ca": 1, "gl": 2}[c.lang]].capitalize()])
    return b.done(type_, holder, _one_day(date), subject_role)


def attendance_certificate(ctx, date, **_):
    r = ctx.rng
    issuer = r.choice(td.NGOS).format(m=ctx.muni[0])
    return _letter(ctx, "attendance_certificate", date, issuer,
                   ctx.t("CERTIFICADO DE ASISTENCIA", "CERTIFICAT D'ASSISTÈNCIA", "CERTIFICADO DE ASISTENCIA"),
                   "Que {who}{idtxt} ha sido atendido/a en el servicio de acogida y orientación de esta "
                   "entidad, y participa en las actividades del programa de apoyo a personas migrantes.",
                   "Que {who}{idtxt} ha estat atès/a al servei d'acollida i orientació d'aquesta entitat, "
                   "i participa en les activitats del programa de suport a persones migrants.",
                   "Que {who}{idtxt} foi atendido/a no servizo de acollida e orientación desta entidade, "
                   "e participa nas actividades do programa de apoio a persoas migrantes.",
                   ("coordinador/a", "coordinador/a", "coordinador/a"), "user")


def training_certificate(ctx, date, **_):
    r = ctx.rng
    issuer = r.choice(td.SCHOOLS).format(m=ctx.muni[0])
    course = r.choice(["Español para extranjeros (nivel A2)", "Manipulador de alimentos",
                       "Prevención de riesgos laborales (20 h)", "Atención sociosanitaria a personas dependientes",
                       "Alfabetización digital básica"])
    hours = r.choice([20, 30, 40, 60, 120])
    return _letter(ctx, "training_certificate", date, issuer,
                   ctx.t("CERTIFICADO DE APROVECHAMIENTO", "CERTIFICAT D'APROFITAMENT", "CERTIFICADO DE APROVEITAMENTO"),
                   "Que {who}{idtxt} ha realizado con aprovechamiento el curso \"" + course +
                   f"\", con una duración de {hours} horas lectivas.",
                   "Que {who}{idtxt} ha realitzat amb aprofitament el curs \"" + course +
                   f"\", amb una durada de {hours} hores lectives.",
                   "Que {who}{idtxt} realizou con aproveitamento o curso \"" + course +
                   f"\", cunha duración de {hours} horas lectivas.",
                   ("director/a", "director/a", "director/a"), "student")


def library_card(ctx, date, **_):
    b = B(ctx, size=(120.0, 80.0), base=ctx.rng.choice([9.5, 10.0]))
    c, r = ctx, ctx.rng
    b.f.margin = 7.0
    b.header([c.t(f"Biblioteca Pública Municipal de {c.muni[0]}", f"Biblioteca Municipal de {c.muni[0]}",
                  f"Biblioteca Municipal de {c.muni[0]}")], "band")
    b.f.text(c.t("CARNÉ DE LECTOR", "CARNET DE LECTOR", "CARNÉ DE LECTOR"), bold=True, align="c")
    nf, holder = b.name_fields(c.t("Nombre", "Nom", "Nome"))
    items = nf + [(c.t("Nº socio", "Núm. soci", "Nº socio"), f"{r.randint(10**6, 10**7 - 1)}")]
    if date:
        items.append((r.choice([c.t("Fecha de alta", "Data d'alta", "Data de alta"),
                                c.t("Expedido", "Expedit", "Expedido")]), b.d(date)))
        if r.random() < 0.7:
            b.dis.append("expiry_date")
            items.append((r.choice([c.t("Válido hasta", "Vàlid fins a", "Válido ata"),
                                    c.t("Caduca", "Caduca", "Caduca")]),
                          b.d(date.replace(year=date.year + r.choice([2, 3, 5])))))
    b.f.fields(items, "colon")
    return b.done("library_card", holder, _one_day(date), "user")


def rental_contract(ctx, date, **_):
    """Proves its signature date; the end date in the future proves nothing."""
    b, c, r = B(ctx), ctx, ctx.rng
    room = r.random() < 0.5
    b.title(c.t("CONTRATO DE ARRENDAMIENTO DE " + ("HABITACIÓN" if room else "VIVIENDA"),
                "CONTRACTE D'ARRENDAMENT D'" + ("HABITACIÓ" if room else "HABITATGE"),
                "CONTRATO DE ARRENDAMENTO DE " + ("HABITACIÓN" if room else "VIVENDA")))
    holder = b.name()
    land = c.landlord
    dni = f"{r.randint(10**7, 10**8 - 1)}{td.NIE_LETTERS[r.randint(0, 22)]}"
    ident = b.id_field()
    idtxt = f", con {ident[0][0]} {ident[0][1]}" if ident else ""
    if date:
        b.f.para(c.t(f"En {c.muni[0]}, a {b.dlong(date)}.", f"A {c.muni[0]}, {b.dlong(date)}.",
                     f"En {c.muni[0]}, a {b.dlong(date)}."), align="r")
    b.f.text("REUNIDOS", bold=True, align="c")
    b.f.para(f"De una parte, D./Dña. {land.natural}, con DNI {dni}, en adelante el ARRENDADOR.")
    b.f.para(f"De otra parte, D./Dña. {holder}{idtxt}, en adelante el ARRENDATARIO.")
    b.f.para("Ambas partes se reconocen capacidad legal suficiente para el otorgamiento del presente "
             "contrato y, a tal efecto,")
    b.f.text("CLÁUSULAS", bold=True, align="c")
    end = (date or dt.date(2026, 3, 1)).replace(year=(date or dt.date(2026, 3, 1)).year + 1) - dt.timedelta(days=1)
    clauses = [
        f"PRIMERA. Objeto. El arrendador cede en arrendamiento {'una habitación de' if room else ''} la "
        f"vivienda sita en {c.home[0]}, {c.home[1]}, que el arrendatario destinará a su residencia habitual.",
        f"SEGUNDA. Duración. El contrato entra en vigor en la fecha de su firma y se extiende hasta "
        f"el {b.d(end)}, prorrogable conforme a la Ley 29/1994 de Arrendamientos Urbanos.",
        f"TERCERA. Renta. La renta mensual es de {r.randint(250, 900)} euros, pagadera dentro de los "
        "cinco primeros días de cada mes mediante transferencia a la cuenta del arrendador.",
        f"CUARTA. Fianza. El arrendatario entrega en este acto una mensualidad en concepto de fianza.",
        "QUINTA. Gastos. Los suministros de agua, luz y gas serán por cuenta del arrendatario, "
        "salvo pacto en contrario.",
        "SEXTA. Conservación. El arrendatario se obliga a conservar la vivienda en buen estado y a "
        "no realizar obras sin consentimiento escrito del arrendador.",
        "SÉPTIMA. Cesión. Queda prohibido el subarriendo total o parcial de la vivienda.",
    ]
    b.dis.append("contract_end_date")
    long_doc = r.random() < 0.5
    if long_doc:
        clauses += ["OCTAVA. Obras. Cualquier obra de mejora requerirá autorización escrita del arrendador, "
                    "quedando las mejoras en beneficio de la finca sin derecho a indemnización.",
                    "NOVENA. Desistimiento. El arrendatario podrá desistir del contrato una vez transcurridos "
                    "seis meses, comunicándolo con treinta días de antelación.",
                    "DÉCIMA. Notificaciones. Las partes designan como domicilio a efectos de notificaciones "
                    "los indicados en el encabezamiento del presente contrato.",
                    "UNDÉCIMA. Jurisdicción. Para cualquier controversia las partes se someten a los "
                    "juzgados y tribunales del lugar donde radica la vivienda."]
    for cl in clauses:
        b.f.para(cl)
    if long_doc and len(b.f.pages) == 1:
        b.f.new_page()
    b.f.para("Y en prueba de conformidad, firman ambas partes el presente contrato por duplicado.")
    b.person(land.natural, "landlord")
    b.f.signature(["EL ARRENDADOR", land.natural], align="l")
    b.f.signature(["EL ARRENDATARIO", holder or ""], align="l")
    return b.done("rental_contract", holder, _one_day(date), "tenant")


def job_offer(ctx, date, **_):
    b, c, r = B(ctx), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    b.header([company, f"CIF {td.cif(r)}", f"{td.address(r, c.muni)[0]}, {c.muni[0]}"])
    b.title(r.choice(["OFERTA DE EMPLEO", "PRECONTRATO DE TRABAJO", "COMPROMISO DE CONTRATACIÓN"]))
    rep = td.random_spaniard(r)
    b.person(rep.natural, "official")
    holder = b.name()
    ident = b.id_field()
    start = (date or dt.date(2026, 5, 1)) + dt.timedelta(days=r.randint(60, 200))
    b.dis.append("incorporation_date")
    b.f.para(f"D./Dña. {rep.natural}, en calidad de administrador/a de {company}, manifiesta su "
             f"intención de contratar a D./Dña. {holder}"
             + (f", con {ident[0][0]} {ident[0][1]}," if ident else ",")
             + f" como {r.choice(['peón agrícola', 'camarero/a', 'empleado/a de limpieza', 'cuidador/a'])}, "
             f"con jornada completa y contrato indefinido.")
    b.f.fields([(r.choice(["Fecha de incorporación prevista", "Fecha prevista de inicio"]), b.d(start)),
                ("Salario bruto anual", f"{r.randint(15, 22)}.{r.randint(0, 9)}00 €"),
                ("Convenio", r.choice(["Hostelería", "Limpieza de edificios", "Campo", "Dependencia"]))],
               "colon")
    if date:
        b.f.para(f"En {c.muni[0]}, a {b.dlong(date)}.")
    b.f.signature([rep.natural, "Administrador/a"])
    return b.done("job_offer", holder, _one_day(date))


def shop_receipt(ctx, date, **_):
    """Till receipt on narrow paper; nominative only when a customer is printed."""
    r = ctx.rng
    b = B(ctx, size=(80.0, r.choice([150.0, 170.0])), mono=True, base=r.choice([10.0, 10.5]))
    b.f.margin = 5.0
    c = ctx
    shop = r.choice(td.SHOPS)
    b.f.text(shop.upper(), bold=True, align="c")
    b.f.text(f"CIF {td.cif(r)}", align="c")
    b.f.text(c.muni[0], align="c")
    b.f.text(c.t("FACTURA SIMPLIFICADA", "FACTURA SIMPLIFICADA", "FACTURA SIMPLIFICADA"), align="c")
    b.f.text(f"T-{r.randint(2025, 2026)}-{r.randint(10000, 99999)}", align="c")
    if date:
        b.f.text(f"{b.d(date, r.choice(['slash', 'dash', 'dot2']))} {r.randint(8, 21):02d}:{r.randint(0, 59):02d}", align="c")
    holder = b.name()
    if holder:
        b.f.text(f"{c.t('Cliente', 'Client', 'Cliente')}: {holder}")
    b.f.hr()
    total = 0
    for item in r.sample(["PAN", "LECHE", "ARROZ 1KG", "ACEITE", "TOMATES", "POLLO", "DETERGENTE",
                          "RECARGA MOVIL", "PILAS AA", "AGUA 6L"], r.randint(3, 6)):
        v = r.randint(50, 900)
        total += v
        b.f.text(f"{item:<14}{v / 100:>7.2f}".replace(".", ","))
    b.f.hr()
    b.f.text(f"{'TOTAL EUR':<14}{total / 100:>7.2f}".replace(".", ","), bold=True)
    b.f.text(c.t("GRACIAS POR SU VISITA", "GRÀCIES PER LA VISITA", "GRAZAS POLA SÚA VISITA"), align="c")
    return b.done("shop_receipt", holder, _one_day(date))


def other(ctx, date, **_):
    """Registry entry receipt from the town hall (justificante de registro)."""
    b, c, r = B(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Registro General", "Registre General", "Rexistro Xeral")])
    b.title(c.t("JUSTIFICANTE DE PRESENTACIÓN", "JUSTIFICANT DE PRESENTACIÓ", "XUSTIFICANTE DE PRESENTACIÓN"))
    nf, holder = b.name_fields(c.t("Interesado", "Interessat", "Interesado"))
    reg = f"{(date or dt.date(2026, 1, 1)).year}/{r.randint(10000, 99999)}"
    b.dis.append("reference_number")
    items = nf + b.id_field() + [(c.t("Nº de registro", "Núm. de registre", "Nº de rexistro"), reg)]
    if date:
        items.append((c.t("Fecha y hora de presentación", "Data i hora de presentació", "Data e hora de presentación"),
                      f"{b.d(date)} {r.randint(8, 14):02d}:{r.randint(0, 59):02d}"))
    items.append((c.t("Asunto", "Assumpte", "Asunto"),
                  r.choice(["Solicitud de ayuda de emergencia social", "Solicitud de informe de arraigo",
                            "Solicitud de cita con trabajador/a social"])))
    b.f.fields(items, b.field_style)
    b.f.footer([f"CSV: {b.csv()}"])
    return b.done("other", holder, _one_day(date))


BUILDERS = {
    "padron": padron, "padron_historico": padron_historico, "utility_bill": utility_bill,
    "payslip": payslip, "transport_ticket": transport_ticket, "bank_receipt": bank_receipt,
    "medical": medical, "attendance_certificate": attendance_certificate,
    "training_certificate": training_certificate, "library_card": library_card,
    "rental_contract": rental_contract, "job_offer": job_offer, "shop_receipt": shop_receipt,
    "other": other,
}
# Types whose builders use the municipality's own language.
LOCAL_TYPES = {"padron", "padron_historico", "library_card", "attendance_certificate",
               "training_certificate", "other", "medical"}


def build(type_, ctx, **spec):
    return BUILDERS[type_](ctx, **spec)
