"""A third held-out set (split held_out_3): every document kind as still other issuers print it.

Written after held_out_2 had been looked at, from the generator's machinery and
RULES.md only (never from the reader's code): a Catalan padrón certificate whose
issue date is only in the electronic-signature footer, a sede-electrónica printout,
an informe of padrón movements, a mobile-phone bill, a market gas retailer, a
Bizum screen, a two-column money-transfer receipt, a vaccination certificate, a
dental invoice, a Cáritas-style informe social, a food-bank card, a Spanish course
"del 3 al 28 de febrero", a CNL Catalan course, a library e-mail, a Catalan room
contract, a seasonal farm pre-contract, a pharmacy ticket with the health card,
a locutorio top-up, a school enrolment letter to the parent, a courier delivery
slip, a sports-centre membership, a bus-card recharge and a photo transport card.

Truth keeps the conventions of the other family modules: the holder exactly as
printed, every printed person in `people` with the page's role, presence as
RULES.md says (padrón [alta, expedición], histórico rows, bills and payslips
their period, everything else its own day) and an undated page prints no date
at all. A course's first day, a call's day inside a bill's period, a parcel's
dispatch day, a card's expiry, a birth date: printed, never evidence.
"""
import datetime as dt

from . import textdata as td
from .doctypes import muni_issuer
from .famkit import NB, one_day
from .layout import text_width

ALL = ("es", "ca", "gl")
ES = ("es",)
ESCA = ("es", "ca")
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
WD_ABBR = {"es": ["lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom."],
           "ca": ["dl.", "dt.", "dc.", "dj.", "dv.", "ds.", "dg."],
           "gl": ["luns", "mar.", "mér.", "xov.", "ven.", "sáb.", "dom."]}
# Forms the earlier families do not print, all day-first as Spanish paper is.
NEW_STYLES = ["compact", "dot_nopad", "slash2", "roman", "weekday_slash", "long_cap", "upper_long"]
INK = [(30, 60, 160), (150, 30, 40), (40, 40, 120), (20, 110, 70)]


def fmt3(d, style, lang):
    if style == "compact":                      # 16MAR26 (till rolls, card machines)
        return f"{d.day:02d}{td.ABBR[d.month - 1]}{d.year % 100:02d}"
    if style == "dot_nopad":                    # 16.3.2026
        return f"{d.day}.{d.month}.{d.year}"
    if style == "slash2":                       # 16/03/26
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "roman":                        # 16/III/2026 (registry and notary stamps)
        return f"{d.day}/{ROMAN[d.month - 1]}/{d.year}"
    if style == "weekday_slash":                # lun. 16/03/2026
        return f"{WD_ABBR[lang][d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year}"
    if style == "long_cap":                     # 16 de Marzo de 2026
        prep = "d'" if lang == "ca" and td.MONTHS[lang][d.month - 1][0] in "ao" else "de "
        return f"{d.day} {prep}{td.MONTHS[lang][d.month - 1].capitalize()} de {d.year}"
    if style == "upper_long":                   # 16 DE MARZO DE 2026
        return td.fmt_date(d, "long", lang).upper()
    return td.fmt_date2(d, style, lang)


def clock(r):
    return f"{r.randint(8, 20):02d}:{r.randint(0, 59):02d}"


class N3(NB):
    """NB with this set's date forms mixed into the numeric ones."""

    def __init__(self, ctx, size=(210.0, 297.0), mono=False, base=None, numeric=None):
        r = ctx.rng
        numeric = numeric or r.choice(td.NUMERIC_STYLES + td.EXTRA_NUMERIC_STYLES + NEW_STYLES[:4])
        super().__init__(ctx, size, mono, base, numeric)

    def d(self, date, style=None):
        return fmt3(date, style or self.ds, self.ctx.lang)

    def dlong(self, date):
        s = self.rng.choice(["long", "long_weekday", "long_cap", "upper_long", "weekday_slash"]
                            + td.EXTRA_LONG_STYLES)
        return fmt3(date, s, self.ctx.lang)

    def pname(self, forms=None):
        """The holder in one of the forms registries and systems print, or None."""
        c, r = self.ctx, self.rng
        p = c.holder
        if p is None:
            return None
        form = r.choice(forms or ["ctx", "ctx", "slash", "surfirst", "comma_mixed"])
        sur, giv = " ".join(p.surnames), p.given
        if c.name_style == "typo" or form == "ctx":
            return self.name()
        if form == "slash":                     # MORALES GARCIA/JUAN CARLOS (card systems)
            return td.strip_accents(f"{sur}/{giv}").upper()
        if form == "surfirst":                  # MORALES GARCÍA JUAN CARLOS (no comma)
            return f"{sur} {giv}".upper()
        return f"{sur.upper()}, {giv}"          # MORALES GARCÍA, Juan Carlos

    def split_name(self):
        """(surnames, given, holder) for pages that print them in two fields."""
        p = self.ctx.holder
        sur, giv = " ".join(p.surnames), p.given
        if self.rng.random() < 0.6:
            sur, giv = sur.upper(), giv.upper()
        return sur, giv, f"{sur}, {giv}"


def money(r, lo, hi):
    return f"{r.uniform(lo, hi):.2f}".replace(".", ",")


def stamp(b, lines, x, y, round_=False, color=None):
    """An ink stamp: a double box or a ring with the lines inside; x, y its top left."""
    page, r = b.f.page, b.rng
    color = color or r.choice(INK)
    size = 7.0 if not round_ else 6.0
    key = b.f.font(True)
    if round_:
        # A ring stamp sets its words in short lines, so the ring stays small.
        short = []
        for s in lines:
            cur = ""
            for w in s.split():
                if cur and len(cur) + 1 + len(w) > 16:
                    short.append(cur)
                    cur = w
                else:
                    cur = f"{cur} {w}".strip()
            short.append(cur)
        lines = short
    w = max(text_width(s, key, size) for s in lines) + 6
    lh = size * 0.3528 * 1.35
    h = lh * len(lines) + 4
    x = max(2.0, min(x, page.w - w - 2))
    y = max(2.0, min(y, page.h - h - 2))
    if round_:
        import math
        rad = max(w, h) / 2 + 1.5
        cx, cy = x + w / 2, y + h / 2
        for k in (0.0, 1.3):
            pts = [(cx + (rad - k) * math.cos(t * math.pi / 18), cy + (rad - k) * math.sin(t * math.pi / 18))
                   for t in range(37)]
            for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
                page.line(x1, y1, x2, y2, 0.5, color)
    else:
        page.rect(x, y, w, h, 0.6, color)
        page.rect(x + 1, y + 1, w - 2, h - 2, 0.3, color)
    for i, s in enumerate(lines):
        page.text(x + w / 2, y + 2 + lh * (i + 0.8), s, key, size, "c", color)


def twocol(b, left, right, size=None, split=0.5):
    """Two blocks side by side: lists of (text, bold)."""
    f = b.f
    size = size or f.base
    y0, ends = f.y, []
    colw = f.width * split - 4
    for lines, x, w in ((left, f.left, colw), (right, f.left + f.width * split + 2, f.width * (1 - split) - 2)):
        f.y = y0
        for s, bold in lines:
            f.text(s, f.fit(s, f.font(bold), size, w), bold, x=x)
        ends.append(f.y)
    f.y = max(ends) + 3


def box_title(b, s, align="l"):
    """A title in a shaded bar, as many forms print section heads."""
    f = b.f
    h = f.line_h(f.base * 1.1) + 2
    f.ensure(h)
    f.page.rect(f.left, f.y, f.width, h, 0, b.color, fill=(235, 235, 235))
    x = f.left + 2 if align == "l" else (f.left + f.right) / 2
    f.page.text(x, f.y + h - 2.2, s, f.font(True), f.base * 1.1, align, b.color)
    f.y += h + 2


# ------------------------------------------------------------ padrón

def padron_certificat_csv(ctx, alta, expedicion, **_):
    """Barcelona/València-style certificate: data grid, the issue date only in the e-signature footer."""
    b, c, r = N3(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Gestión del Padrón Municipal", "Gestió del Padró Municipal d'Habitants",
                                  "Xestión do Padrón Municipal")], r.choice(["logo_left", "right"]))
    b.title(c.t("CERTIFICADO DE EMPADRONAMIENTO INDIVIDUAL", "CERTIFICAT D'EMPADRONAMENT INDIVIDUAL",
                "CERTIFICADO DE EMPADROAMENTO INDIVIDUAL"))
    b.f.para(c.t("De acuerdo con los datos que constan en el Padrón Municipal de Habitantes, se certifica que:",
                 "D'acord amb les dades que consten al Padró Municipal d'Habitants, es certifica que:",
                 "De acordo cos datos que constan no Padrón Municipal de Habitantes, certifícase que:"))
    holder = b.pname(["ctx", "comma_mixed", "surfirst"])
    items = [(c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"), holder)] if holder else []
    items += b.id_field()
    if c.birth and r.random() < 0.6:
        b.dis.append("birth_date")
        items.append((c.t("Fecha de nacimiento", "Data de naixement", "Data de nacemento"), b.d(c.birth)))
    items += [(c.t("Domicilio", "Adreça", "Enderezo"), f"{c.home[0]}, {c.home[1]}"),
              (c.t("Distrito / Sección", "Districte / Secció", "Distrito / Sección"),
               f"{r.randint(1, 10):02d} / {r.randint(1, 120):03d}")]
    if alta:
        items.append((r.choice([c.t("Fecha de alta en el domicilio", "Data d'alta al domicili", "Data de alta no domicilio"),
                                c.t("En el domicilio desde", "Al domicili des del", "No domicilio dende")]), b.d(alta)))
    items.append((c.t("Motivo", "Motiu", "Motivo"), r.choice([c.t("Cambio de residencia", "Canvi de residència", "Cambio de residencia"),
                                                               c.t("Omisión", "Omissió", "Omisión")])))
    b.f.fields(items, r.choice(["grid", "column"]))
    b.f.para(c.t("Este certificado se expide a petición de la persona interesada y tiene validez de tres meses.",
                 "Aquest certificat s'expedeix a petició de la persona interessada i té una validesa de tres mesos.",
                 "Este certificado expídese a petición da persoa interesada e ten validez de tres meses."),
             size=b.f.base * 0.9)
    stamp(b, [c.t("AYUNTAMIENTO", "AJUNTAMENT", "CONCELLO"), c.muni[0].upper(), c.t("PADRÓN", "PADRÓ", "PADRÓN")],
          b.f.left + 8, b.f.y + 6, round_=True)
    b.f.space(30)
    lines = [c.t("Documento firmado electrónicamente por el Secretario General.",
                 "Document signat electrònicament pel Secretari General.",
                 "Documento asinado electronicamente polo Secretario Xeral.")]
    if expedicion:
        ts = r.choice([f"{expedicion.isoformat()} {clock(r)}:{r.randint(0, 59):02d}",
                       f"{b.d(expedicion)} {clock(r)}", f"{b.d(expedicion, 'dot4')} - {clock(r)} h"])
        lines.append(c.t(f"Fecha y hora de la firma: {ts}", f"Data i hora de la signatura: {ts}",
                         f"Data e hora da sinatura: {ts}"))
    csv = b.csv()
    lines.append(c.t(f"Código Seguro de Verificación (CSV): {csv}", f"Codi segur de verificació (CSV): {csv}",
                     f"Código Seguro de Verificación (CSV): {csv}"))
    lines.append(c.t(f"Puede verificarse en la sede electrónica del Ayuntamiento de {c.muni[0]}",
                     f"Es pot verificar a la seu electrònica de l'Ajuntament de {c.muni[0]}",
                     f"Pódese verificar na sede electrónica do Concello de {c.muni[0]}"))
    b.f.footer(lines)
    return b.done("padron", holder, [(alta, expedicion)] if alta and expedicion else [])


def padron_volante_sede(ctx, alta, expedicion, **_):
    """A volante printed from the sede electrónica: browser header and footer, a data table."""
    b, c, r = N3(ctx, base=ctx.rng.choice([9.5, 10.0])), ctx, ctx.rng
    top = b.f.y
    when = f"{b.d(expedicion, 'slash_nopad')[:-4]}{expedicion.year % 100}, {clock(r)}" if expedicion else ""
    b.f.page.text(b.f.left, top, when, b.f.font(), 7.5)
    b.f.page.text(b.f.right, top, c.t("Sede Electrónica - Volante de empadronamiento",
                                      "Seu Electrònica - Volant d'empadronament", "Sede Electrónica - Volante"),
                  b.f.font(), 7.5, "r")
    b.f.space(4)
    b.header([muni_issuer(c), c.t("Sede electrónica", "Seu electrònica", "Sede electrónica")], "band")
    b.f.text(c.t("VOLANTE DE EMPADRONAMIENTO", "VOLANT D'EMPADRONAMENT", "VOLANTE DE EMPADROAMENTO"),
             b.f.base * 1.2, True)
    b.f.text(c.t("(obtenido por Internet, con certificado digital)", "(obtingut per Internet, amb certificat digital)",
                 "(obtido por Internet, con certificado dixital)"), b.f.base * 0.85)
    b.f.space(3)
    holder = b.pname(["comma_mixed", "ctx", "surfirst"])
    ident = b.id_field()
    heads = [c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"), c.t("Documento", "Document", "Documento")]
    row = [holder or "—", ident[0][1] if ident else "—"]
    widths = [0.6, 0.4]
    if c.birth:
        b.dis.append("birth_date")
        heads.append(c.t("F. nacimiento", "Data naix.", "Data nac."))
        row.append(b.d(c.birth))
        widths = [0.5, 0.25, 0.25]
    b.f.table(heads, [row], widths)
    b.f.fields([(c.t("Domicilio", "Domicili", "Domicilio"), c.home[0]),
                (c.t("Municipio", "Municipi", "Concello"), c.home[1])]
               + ([(c.t("Fecha de alta en el domicilio actual", "Data d'alta al domicili actual",
                        "Data de alta no domicilio actual"), b.d(alta))] if alta else []), "colon")
    if expedicion:
        b.f.para(c.t(f"Volante expedido a efectos informativos el {b.dlong(expedicion)}.",
                     f"Volant expedit a efectes informatius el {b.dlong(expedicion)}.",
                     f"Volante expedido a efectos informativos o {b.dlong(expedicion)}."))
    b.f.footer([f"CSV: {b.csv()}",
                f"https://sede.{td.strip_accents(c.muni[0]).lower().replace(' ', '').replace(chr(39), '')}.es/padron/volante"])
    b.f.page.text(b.f.right, b.f.size[1] - b.f.margin * 0.6, "1/1", b.f.font(), 7.5, "r")
    return b.done("padron", holder, [(alta, expedicion)] if alta and expedicion else [])


# ------------------------------------------------------------ padrón histórico

def historico_movimientos(ctx, rows, expedicion, **_):
    """Informe de empadronamiento: one table row per movement (alta, cambio, baja), dated."""
    b, c, r = N3(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Servicio de Población y Padrón", "Servei de Població i Padró",
                                  "Servizo de Poboación e Padrón")], r.choice(["centered", "logo_left"]))
    if expedicion:
        b.f.text(c.t(f"Fecha del informe: {b.d(expedicion)}", f"Data de l'informe: {b.d(expedicion)}",
                     f"Data do informe: {b.d(expedicion)}"), align="r")
    b.title(c.t("INFORME DE EMPADRONAMIENTO", "INFORME D'EMPADRONAMENT", "INFORME DE EMPADROAMENTO"))
    holder = b.pname()
    who = f"{b.honor()} {holder}" if holder else c.t("la persona interesada", "la persona interessada", "a persoa interesada")
    b.f.para(c.t(f"Movimientos padronales registrados en este municipio a nombre de {who}{b.ident_text().rstrip(',')}:",
                 f"Moviments padronals registrats en aquest municipi a nom de {who}{b.ident_text().rstrip(',')}:",
                 f"Movementos padroais rexistrados neste concello a nome de {who}{b.ident_text().rstrip(',')}:"))
    events, presence = [], []
    for i, (alta, baja) in enumerate(rows):
        street = td.address(r, c.muni)[0]
        what = c.t("Alta por cambio de residencia", "Alta per canvi de residència", "Alta por cambio de residencia") \
            if i == 0 else c.t("Alta en nuevo domicilio", "Alta en nou domicili", "Alta en novo domicilio")
        events.append((alta, what, street))
        if baja:
            out = c.t("Baja en el domicilio", "Baixa al domicili", "Baixa no domicilio") if i + 1 < len(rows) \
                else c.t("Baja por cambio de residencia", "Baixa per canvi de residència", "Baixa por cambio de residencia")
            events.append((baja, out, street))
        presence.append((alta, baja or expedicion))
    b.f.table([c.t("Fecha", "Data", "Data"), c.t("Movimiento", "Moviment", "Movemento"),
               c.t("Domicilio", "Domicili", "Domicilio")],
              [[b.d(d), w, s] for d, w, s in events], [0.2, 0.38, 0.42], size=b.f.base * 0.88)
    still = rows[-1][1] is None
    b.f.fields([(c.t("Situación actual", "Situació actual", "Situación actual"),
                 c.t("INSCRITO/A", "INSCRIT/A", "INSCRITO/A") if still else c.t("BAJA", "BAIXA", "BAIXA"))], "colon")
    b.f.signature([c.t("El/La Jefe/a del Negociado de Padrón", "El/La Cap del Negociat de Padró",
                       "O/A Xefe/a do Negociado de Padrón"), b.person(b.official(), "official")])
    b.f.footer([f"CSV {b.csv()}"])
    return b.done("padron_historico", holder, presence)


def historico_boxes(ctx, rows, expedicion, **_):
    """Galician-style certificate: each period a row of boxes (domicilio / dende / ata), date in words."""
    b, c, r = N3(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Negociado de Estadística", "Negociat d'Estadística", "Negociado de Estatística")],
             r.choice(["centered", "band"]))
    b.title(c.t("CERTIFICADO DE RESIDENCIA CON HISTORIAL", "CERTIFICAT DE RESIDÈNCIA AMB HISTORIAL",
                "CERTIFICADO DE RESIDENCIA CON HISTORIAL"))
    off = b.person(b.official(), "official")
    holder = b.pname(["ctx", "surfirst"])
    who = f"{b.honor()} {holder}{b.ident_text()}" if holder else c.t("la persona interesada,", "la persona interessada,",
                                                                      "a persoa interesada,")
    born = ""
    if holder and c.birth and r.random() < 0.5:
        b.dis.append("birth_date")
        born = c.t(f" nacido/a el {b.d(c.birth)},", f" nascut/da el {b.d(c.birth)},", f" nado/a o {b.d(c.birth)},")
    b.f.para(c.t(f"{off}, Secretario/a del Ayuntamiento, CERTIFICA que {who}{born} consta en el Padrón de "
                 "este municipio en los domicilios y periodos siguientes:",
                 f"{off}, Secretari/ària de l'Ajuntament, CERTIFICA que {who}{born} consta al Padró d'aquest "
                 "municipi als domicilis i períodes següents:",
                 f"{off}, Secretario/a do Concello, CERTIFICA que {who}{born} consta no Padrón deste concello "
                 "nos domicilios e períodos seguintes:"))
    presence = []
    open_txt = c.t("la actualidad", "l'actualitat", "a actualidade")
    for alta, baja in rows:
        b.f.fields([(c.t("Domicilio", "Domicili", "Domicilio"), td.address(r, c.muni)[0]),
                    (c.t("Desde", "Des de", "Dende"), b.d(alta)),
                    (c.t("Hasta", "Fins a", "Ata"), b.d(baja) if baja else open_txt)], "boxes", cols=3)
        presence.append((alta, baja or expedicion))
    if expedicion:
        b.f.para(b.place_date(expedicion))
    b.f.signature([c.t("Vº Bº El/La Alcalde/sa", "Vist i plau L'Alcalde/ssa", "Visto e prace O/A Alcalde/sa"),
                   b.person(b.official(), "official")], align="l")
    return b.done("padron_historico", holder, presence)


# ------------------------------------------------------------ bills

def bill_telefonia(ctx, issue, period=None, kind=None, **_):
    """Mobile-phone bill: 'Fecha de factura' and 'Periodo de facturación' in a box, lines, call detail."""
    b, c, r = N3(ctx), ctx, ctx.rng
    op = r.choice(["Movilia Telecom", "Onda Móvil S.A.", "Conecta Plus", "Lowi-Net Comunicaciones"])
    b.header([op, f"NIF {td.cif(r)}"], r.choice(["band", "right"]))
    holder = b.pname()
    lines = []
    if issue:
        lines.append((c.t(f"Fecha de factura: {b.d(issue)}", f"Data de factura: {b.d(issue)}"), True))
    b.dis.append("invoice_number")
    lines.append((c.t(f"Nº factura: {r.choice('MVT')}{r.randint(10**8, 10**9 - 1)}",
                      f"Núm. factura: {r.choice('MVT')}{r.randint(10**8, 10**9 - 1)}"), False))
    if period:
        lines.append((c.t("Periodo de facturación:", "Període de facturació:"), True))
        lines.append((c.t(f"{b.d(period[0])} a {b.d(period[1])}", f"{b.d(period[0])} a {b.d(period[1])}"), False))
    cust = [(c.t("Titular", "Titular"), True), (holder or "—", False), (c.home[0], False), (c.home[1], False)]
    twocol(b, cust, lines)
    b.title(c.t("Resumen de su factura", "Resum de la seva factura"))
    b.dis.append("phone_number")
    number = f"6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
    b.f.table([c.t("Línea", "Línia"), c.t("Concepto", "Concepte"), c.t("Importe", "Import")],
              [[number, c.t("Tarifa Ilimitada 30 GB", "Tarifa Il·limitada 30 GB"), f"{money(r, 12, 25)} €"],
               [number, c.t("Llamadas a tarificación especial", "Trucades de tarifació especial"), f"{money(r, 0, 4)} €"],
               ["", "IVA 21%", f"{money(r, 2, 6)} €"]], [0.28, 0.5, 0.22])
    if period and r.random() < 0.7:
        span = max(0, (period[1] - period[0]).days)
        rows = []
        for k in sorted(r.sample(range(span + 1), min(3, span + 1))):
            day = period[0] + dt.timedelta(days=k)
            rows.append([b.d(day), clock(r), td.fmt_phone(r, td.phone(r)), f"{r.randint(0, 12)}:{r.randint(0, 59):02d}"])
        b.f.text(c.t("Detalle de llamadas", "Detall de trucades"), bold=True)
        b.f.table([c.t("Fecha", "Data"), c.t("Hora", "Hora"), c.t("Destino", "Destinació"), c.t("Duración", "Durada")],
                  rows, [0.25, 0.15, 0.4, 0.2], size=b.f.base * 0.8)
    if issue:
        due = issue + dt.timedelta(days=r.randint(3, 12))
        b.dis.append("due_date")
        b.f.para(c.t(f"El importe se cargará en su cuenta a partir del {b.d(due)}.",
                     f"L'import es carregarà al seu compte a partir del {b.d(due)}."))
    b.f.footer([f"{op} - {c.t('Atención al cliente', 'Atenció al client')} 1{r.randint(400, 799)}"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def bill_gas_mercado(ctx, issue, period=None, kind=None, **_):
    """Market gas retailer: big total box, period with its day count, readings, renewal date."""
    b, c, r = N3(ctx), ctx, ctx.rng
    co = r.choice(["Gas Libre Energía S.L.", "Ibergas Mercado Libre", "Energía Clara Comercializadora",
                   "Naturgás Hogar"])
    b.header([co, c.t("Comercializadora de gas natural", "Comercialitzadora de gas natural",
                      "Comercializadora de gas natural")], r.choice(["logo_left", "centered"]))
    b.title(c.t("Factura de gas natural", "Factura de gas natural", "Factura de gas natural"))
    holder = b.pname(["surfirst", "ctx", "comma_mixed"])
    left = [(c.t("Titular del contrato", "Titular del contracte", "Titular do contrato"), True), (holder or "—", False),
            (f"{c.home[0]}", False), (c.home[1], False)]
    total = money(r, 30, 160)
    right = [(c.t("IMPORTE TOTAL", "IMPORT TOTAL", "IMPORTE TOTAL"), True), (f"{total} €", True)]
    if period:
        days = (period[1] - period[0]).days + 1
        right.append((c.t("Periodo de facturación", "Període de facturació", "Período de facturación"), True))
        right.append((f"{b.d(period[0])} - {b.d(period[1])} ({days} {c.t('días', 'dies', 'días')})", False))
    if issue:
        right.append((c.t(f"Emitida el {b.d(issue)}", f"Emesa el {b.d(issue)}", f"Emitida o {b.d(issue)}"), False))
    twocol(b, left, right)
    b.dis.append("invoice_number")
    b.f.fields([(c.t("Nº de factura", "Núm. de factura", "Nº de factura"), f"GN{r.randint(10**7, 10**8 - 1)}"),
                ("CUPS", f"ES02{r.randint(10**15, 10**16 - 1)}JN"),
                (c.t("Tarifa de acceso", "Tarifa d'accés", "Tarifa de acceso"), r.choice(["RL.1", "RL.2"])),
                (c.t("Distribuidora", "Distribuïdora", "Distribuidora"), r.choice(["Nedgia", "Redexis", "Madrileña Red de Gas"]))],
               "colon")
    if period:
        a = r.randint(1000, 9000)
        e = a + r.randint(40, 400)
        b.f.table([c.t("Lectura", "Lectura", "Lectura"), c.t("Fecha", "Data", "Data"), "m³", c.t("Tipo", "Tipus", "Tipo")],
                  [[c.t("Anterior", "Anterior", "Anterior"), b.d(period[0]), str(a), c.t("Real", "Real", "Real")],
                   [c.t("Actual", "Actual", "Actual"), b.d(period[1]), str(e), c.t("Estimada", "Estimada", "Estimada")]],
                  [0.25, 0.3, 0.2, 0.25])
    if issue and r.random() < 0.7:
        ren = issue.replace(year=issue.year + 1, day=min(issue.day, 28))
        b.dis.append("contract_end_date")
        b.f.para(c.t(f"Su contrato se renovará automáticamente el {b.d(ren)}.",
                     f"El seu contracte es renovarà automàticament el {b.d(ren)}.",
                     f"O seu contrato renovarase automaticamente o {b.d(ren)}."))
    if issue:
        due = issue + dt.timedelta(days=r.randint(5, 15))
        b.dis.append("due_date")
        b.f.text(c.t(f"Fecha de cargo: {b.d(due)}", f"Data de càrrec: {b.d(due)}", f"Data de cargo: {b.d(due)}"))
    b.f.footer([f"{co} · CIF {td.cif(r)} · {c.t('Urgencias gas', 'Urgències gas', 'Urxencias gas')} 900 {r.randint(100, 999)} {r.randint(100, 999)}"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ payslip

def payslip_celdas(ctx, issue, period=None, **_):
    """Nómina whose header grid gives MES / AÑO / DÍAS in cells, and an antigüedad date."""
    b, c, r = N3(ctx), ctx, ctx.rng
    co = r.choice(td.COMPANIES)
    b.title(r.choice(["NÓMINA", c.t("RECIBO DE SALARIOS", "REBUT DE SALARIS", "RECIBO DE SALARIOS")]))
    b.f.table([c.t("EMPRESA", "EMPRESA", "EMPRESA"), "C.I.F.", "C.C.C."],
              [[co, td.cif(r), f"{r.randint(10, 52)}/{r.randint(10**7, 10**8 - 1)}"]], [0.5, 0.2, 0.3])
    holder = b.pname(["surfirst", "comma_mixed", "ctx"])
    ident = b.id_field()
    b.f.table([c.t("TRABAJADOR/A", "TREBALLADOR/A", "TRABALLADOR/A"), "N.I.F.", c.t("Nº AFIL. S.S.", "NÚM. AFIL. S.S.", "Nº AFIL. S.S.")],
              [[holder or "—", ident[0][1] if ident else "—",
                f"{r.randint(10, 52)} {r.randint(10**7, 10**8 - 1)} {r.randint(10, 99)}"]], [0.5, 0.2, 0.3])
    seniority = dt.date(r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))
    b.dis.append("seniority_date")
    if period:
        first, last = td.month_bounds(period[0].year, period[0].month)
        if period == (first, last):
            cells = [td.MONTHS[c.lang][first.month - 1].upper(), str(first.year), str(last.day)]
            heads = [c.t("MES", "MES", "MES"), c.t("AÑO", "ANY", "ANO"), c.t("DÍAS", "DIES", "DÍAS")]
        else:
            cells = [c.t(f"del {b.d(period[0])} al {b.d(period[1])}", f"del {b.d(period[0])} al {b.d(period[1])}",
                         f"do {b.d(period[0])} ao {b.d(period[1])}"), "", str((period[1] - period[0]).days + 1)]
            heads = [c.t("PERIODO", "PERÍODE", "PERÍODO"), "", c.t("DÍAS", "DIES", "DÍAS")]
        b.f.table(heads + [c.t("ANTIGÜEDAD", "ANTIGUITAT", "ANTIGÜIDADE")], [cells + [b.d(seniority)]],
                  [0.35, 0.15, 0.15, 0.35])
    else:
        b.f.table([c.t("FECHA", "DATA", "DATA"), c.t("ANTIGÜEDAD", "ANTIGUITAT", "ANTIGÜIDADE")],
                  [[b.d(issue), b.d(seniority)]], [0.5, 0.5])
    base = r.randint(1000, 1400)
    b.f.table([c.t("CONCEPTO", "CONCEPTE", "CONCEPTO"), c.t("UNID.", "UNIT.", "UNID."), c.t("DEVENGOS", "MERITACIONS", "DEVENGOS"),
               c.t("DEDUCCIONES", "DEDUCCIONS", "DEDUCIÓNS")],
              [["001 Salario base", "30", f"{base},00", ""], ["015 Prorrata pagas extra", "", f"{r.randint(120, 230)},00", ""],
               ["100 Cont. comunes 4,83%", "", "", f"{r.randint(50, 80)},{r.randint(10, 99)}"],
               ["110 Desempleo 1,55%", "", "", f"{r.randint(15, 25)},{r.randint(10, 99)}"],
               ["120 I.R.P.F. 8%", "", "", f"{r.randint(70, 110)},{r.randint(10, 99)}"]],
              [0.46, 0.1, 0.22, 0.22], size=b.f.base * 0.9)
    b.f.text(c.t(f"LÍQUIDO A PERCIBIR {money(r, 900, 1300)} €", f"LÍQUID A PERCEBRE {money(r, 900, 1300)} €",
                 f"LÍQUIDO A PERCIBIR {money(r, 900, 1300)} €"), bold=True, align="r")
    stamp(b, [co.upper(), f"CIF {td.cif(r)}"], b.f.left, b.f.y + 6)
    b.f.signature([c.t("RECIBÍ", "HE REBUT", "RECIBÍN")])
    return b.done("payslip", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ transport

def ticket_recarga_bus(ctx, date, **_):
    """Recharge slip from a bus-card machine: card number, the card's holder, a monthly title."""
    r = ctx.rng
    b, c = N3(ctx, size=(80.0, 100.0), mono=True, base=8.5, numeric=r.choice(["compact", "slash2", "dot4"])), ctx
    b.f.margin = 5.0
    city = c.muni[0]
    b.f.text(r.choice([f"EMT {city}", c.t(f"AUTOBUSES URBANOS DE {city.upper()}", f"AUTOBUSOS URBANS DE {city.upper()}",
                                           f"AUTOBUSES URBANOS DE {city.upper()}")]), bold=True, align="c")
    b.f.text(c.t("PUNTO DE RECARGA", "PUNT DE RECÀRREGA", "PUNTO DE RECARGA"), align="c")
    b.f.hr()
    b.f.text(c.t("RECARGA TARJETA", "RECÀRREGA TARGETA", "RECARGA TARXETA"), bold=True)
    b.f.text(f"{c.t('TARJETA', 'TARGETA', 'TARXETA')} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}")
    holder = b.pname(["slash", "surfirst", "ctx"])
    if holder:
        b.f.text(c.t("TITULAR:", "TITULAR:", "TITULAR:"))
        b.f.text(holder, size=b.f.fit(holder, b.f.font(), b.f.base, b.f.width))
    b.f.text(c.t("TITULO: ABONO MENSUAL", "TÍTOL: ABONAMENT MENSUAL", "TÍTULO: ABONO MENSUAL"))
    b.f.text(c.t("VALIDO 30 DIAS DESDE 1a VALIDACION", "VÀLID 30 DIES DES DE LA 1a VALIDACIÓ",
                 "VÁLIDO 30 DÍAS DENDE A 1a VALIDACIÓN"))
    b.f.text(f"{c.t('IMPORTE', 'IMPORT', 'IMPORTE')}      {money(r, 15, 45)} EUR", bold=True)
    if date:
        b.f.text(f"{b.d(date)}   {clock(r)}")
    b.f.text(f"OP.{r.randint(10**5, 10**6 - 1)}  MAQ.{r.randint(10, 99)}")
    b.f.hr()
    b.f.text(c.t("CONSERVE ESTE JUSTIFICANTE", "CONSERVEU AQUEST JUSTIFICANT", "CONSERVE ESTE XUSTIFICANTE"), align="c")
    return b.done("transport_ticket", holder, one_day(date), "passenger")


def ticket_abono_foto(ctx, date, **_):
    """Personal transport card with a photo: surnames and name apart, emission and expiry dates."""
    b, c, r = N3(ctx, size=(86.0, 54.0), base=6.8), ctx, ctx.rng
    b.f.margin = 3.5
    page = b.f.page
    page.rect(0, 0, 86, 9, 0, b.color, fill=b.color)
    page.text(3.5, 6.2, c.t("Consorcio Regional de Transportes", "Autoritat del Transport Metropolità",
                            "Consorcio de Transportes"), b.f.font(True), 7.5, "l", (255, 255, 255))
    page.rect(3.5, 12, 20, 25, 0.3, (90, 90, 90), fill=(205, 205, 205))
    page.ellipse(9.5, 15, 8, 9, (150, 150, 150))
    page.ellipse(7, 25, 13, 12, (150, 150, 150))
    page.rect(3.5, 12, 20, 25, 0.3, (90, 90, 90))
    x = 27.0
    b.f.y = 11.0
    b.f.text(c.t("ABONO TRANSPORTE", "TARGETA PERSONAL", "ABONO TRANSPORTE"), 7.5, True, x=x, color=b.color)
    holder = None
    if c.holder is not None:
        sur, giv, holder = b.split_name()
        for lab, val in ((c.t("Apellidos", "Cognoms", "Apelidos"), sur), (c.t("Nombre", "Nom", "Nome"), giv)):
            b.f.text(lab, 5.5, x=x)
            b.f.text(val, b.f.fit(val, b.f.font(True), 7.0, 86 - x - 2), True, x=x)
    b.f.text(f"Nº {r.randint(10**9, 10**10 - 1)}", 6.5, x=x)
    if date:
        exp = date.replace(year=date.year + r.choice([5, 7, 10]), day=min(date.day, 28))
        b.dis.append("expiry_date")
        b.f.text(f"{c.t('Emisión', 'Emissió', 'Emisión')}: {b.d(date)}   {c.t('Caduca', 'Caduca', 'Caduca')}: {b.d(exp)}",
                 6.0, x=x)
    if c.birth and date and r.random() < 0.5:
        b.dis.append("birth_date")
        b.f.text(f"{c.t('F. nac.', 'Data naix.', 'Data nac.')}: {b.d(c.birth)}", 6.0, x=x)
    return b.done("transport_ticket", holder, one_day(date), "passenger")


# ------------------------------------------------------------ bank

def bizum_screen(ctx, date, **_):
    """Phone screenshot of a banking app: 'Bizum enviado' / 'recibido', both names, a reference."""
    b, c, r = N3(ctx, size=(72.0, 150.0), base=9.0), ctx, ctx.rng
    b.f.margin = 5.0
    page = b.f.page
    page.text(5, 5, clock(r), b.f.font(True), 7)
    page.text(67, 5, f"4G  {r.randint(20, 99)}%", b.f.font(), 7, "r")
    page.rect(0, 8, 72, 12, 0, b.color, fill=b.color)
    page.text(36, 16, r.choice(td.BANKS), b.f.font(True), 9, "c", (255, 255, 255))
    b.f.y = 28
    holder = b.name()
    other = b.someone_else(upper=False)
    sent = r.random() < 0.6
    bizum = r.random() < 0.6
    what = ("Bizum " + c.t("enviado", "enviat") if sent else "Bizum " + c.t("recibido", "rebut")) if bizum else \
        c.t("Transferencia realizada", "Transferència realitzada") if sent else c.t("Transferencia recibida", "Transferència rebuda")
    b.f.text(what, 12, True, "c")
    b.f.text(f"{money(r, 5, 300)} €", 18, True, "c")
    b.f.space(4)
    sender, dest = (holder, other) if sent else (other, holder)
    b.person(sender, "sender", c.is_applicant and sent)
    b.person(dest, "beneficiary", c.is_applicant and not sent)
    masked = f"+34 6** *** {r.randint(100, 999)}"
    items = [(c.t("Ordenante", "Ordenant") if not bizum else c.t("De", "De"), sender or "—"),
             (c.t("Beneficiario", "Beneficiari") if not bizum else c.t("Para", "Per a"), dest or "—")]
    if bizum:
        items.append((c.t("Móvil", "Mòbil"), masked))
    else:
        items.append(("IBAN", f"ES{r.randint(10, 99)} **** {r.randint(1000, 9999)}"))
    items.append((c.t("Concepto", "Concepte"), r.choice([c.t("alquiler", "lloguer"), c.t("comida", "menjar"), "gracias", "cena"])))
    if date:
        items.append((c.t("Fecha", "Data"), f"{b.d(date, r.choice(['abbr_dot', 'slash', 'long']))}, {clock(r)}"))
    items.append((c.t("Referencia", "Referència"), f"{r.randint(10**11, 10**12 - 1)}"))
    b.dis.append("reference_number")
    for lab, val in items:
        b.f.text(lab, 7.5, color=(110, 110, 110))
        b.f.text(val, b.f.fit(val, b.f.font(True), 9.5, b.f.width), True)
        b.f.space(1)
    page.rect(8, 136, 56, 8, 0, b.color, fill=b.color)
    page.text(36, 141.5, c.t("Volver al inicio", "Tornar a l'inici"), b.f.font(True), 8, "c", (255, 255, 255))
    return b.done("bank_receipt", holder, one_day(date), "sender" if sent else "beneficiary")


def remesa_twocol(ctx, date, **_):
    """Money-transfer agent receipt: REMITENTE | BENEFICIARIO side by side, MTCN, an ISO timestamp."""
    b, c, r = N3(ctx, base=9.5), ctx, ctx.rng
    net = r.choice(["EnvíoExpress Money Transfer", "RIA-Giros Unión", "Dinero Seguro Internacional"])
    b.header([net, c.t(f"Agente: Locutorio {r.choice(['El Sol', 'Mundo Latino', 'Bab Sebta', 'Dakar'])} - {c.muni[0]}",
                       f"Agent: Locutori {r.choice(['El Sol', 'Mundo Latino', 'Bab Sebta', 'Dakar'])} - {c.muni[0]}")],
             r.choice(["band", "logo_left"]))
    holder = b.pname(["surfirst", "comma_mixed", "ctx", "ctx"])
    other = b.someone_else(upper=True)
    is_sender = r.random() < 0.7
    b.title(c.t("RECIBO DEL CLIENTE - ENVÍO DE DINERO", "REBUT DEL CLIENT - ENVIAMENT DE DINERS") if is_sender else
            c.t("RECIBO DE PAGO AL BENEFICIARIO", "REBUT DE PAGAMENT AL BENEFICIARI"))
    if date:
        b.f.text(f"{c.t('Fecha/Hora', 'Data/Hora')}: {date.isoformat()} {clock(r)}:{r.randint(0, 59):02d}")
    sender, dest = (holder, other) if is_sender else (other, holder)
    b.person(sender, "sender", c.is_applicant and is_sender)
    b.person(dest, "beneficiary", c.is_applicant and not is_sender)
    abroad = r.choice(["Bogotá, COLOMBIA", "Casablanca, MARRUECOS", "Dakar, SENEGAL", "Lahore, PAKISTÁN",
                       "Tegucigalpa, HONDURAS", "Lima, PERÚ"])
    here = f"{c.home[0]}, {c.home[1]}"
    left = [(c.t("REMITENTE", "REMITENT"), True), (sender or "—", False), (here if is_sender else abroad, False)]
    right = [(c.t("BENEFICIARIO", "BENEFICIARI"), True), (dest or "—", False), (abroad if is_sender else here, False)]
    ids = b.id_field()
    mine = left if is_sender else right
    if ids and holder:
        mine.append((f"{ids[0][0]}: {ids[0][1]}", False))
    if holder and c.birth and r.random() < 0.5:
        b.dis.append("birth_date")
        mine.append((f"{c.t('F. nac.', 'Data naix.')}: {b.d(c.birth)}", False))
    twocol(b, left, right)
    mtcn = f"{r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}"
    b.dis.append("reference_number")
    b.f.fields([("MTCN", mtcn)], "grid")
    amt = r.uniform(50, 700)
    fee = r.uniform(3, 15)
    b.f.table([c.t("Concepto", "Concepte"), c.t("Importe", "Import")],
              [[c.t("Importe enviado", "Import enviat"), f"{amt:.2f} EUR".replace(".", ",")],
               [c.t("Comisión", "Comissió"), f"{fee:.2f} EUR".replace(".", ",")],
               [c.t("Total", "Total"), f"{amt + fee:.2f} EUR".replace(".", ",")],
               [c.t("Tipo de cambio", "Tipus de canvi"), f"1 EUR = {r.uniform(3, 4500):.4f}".replace(".", ",")]],
              [0.6, 0.4])
    b.f.para(c.t("El dinero estará disponible para su cobro en minutos, sujeto al horario del agente pagador. "
                 "Conserve este recibo y el número de control (MTCN).",
                 "Els diners estaran disponibles per cobrar en minuts, segons l'horari de l'agent pagador. "
                 "Conserveu aquest rebut i el número de control (MTCN)."), size=b.f.base * 0.8)
    b.f.signature([c.t("Firma del cliente", "Signatura del client")], align="l")
    return b.done("bank_receipt", holder, one_day(date), "sender" if is_sender else "beneficiary")


# ------------------------------------------------------------ medical

def med_vacunacion(ctx, date, **_):
    """Vaccination certificate: the dose given that day in a table, earlier doses 'según cartilla'."""
    b, c, r = N3(ctx), ctx, ctx.rng
    clinic = r.choice([k for k in td.CLINICS if "Dental" not in k]).format(m=c.muni[0])
    b.header([c.t("Servicio de Salud", "Servei de Salut", "Servizo Galego de Saúde"), clinic], r.choice(["band", "centered"]))
    b.title(c.t("CERTIFICADO DE VACUNACIÓN", "CERTIFICAT DE VACUNACIÓ", "CERTIFICADO DE VACINACIÓN"))
    holder = b.pname(["ctx", "comma_mixed"])
    items = ([(c.t("Nombre", "Nom", "Nome"), holder)] if holder else []) + \
        [(c.t("Tarjeta sanitaria", "Targeta sanitària", "Tarxeta sanitaria"),
          f"{r.choice(['MRTN', 'GRCA', 'LPZQ', 'OKFR'])}{r.randint(10**9, 10**10 - 1)}")]
    if c.birth:
        b.dis.append("birth_date")
        items.append((c.t("Fecha de nacimiento", "Data de naixement", "Data de nacemento"), b.d(c.birth)))
    b.f.fields(items, r.choice(["colon", "boxes"]), cols=1)
    vac = r.choice([("Td (tétanos-difteria)", 2), ("Hepatitis B", 3), ("Triple vírica", 2), ("Gripe estacional", 1)])
    rows = []
    for k in range(1, vac[1] + 1):
        if k < vac[1]:
            rows.append([vac[0], f"{k}ª", c.t("según cartilla de origen", "segons cartilla d'origen", "segundo cartilla de orixe"), "—"])
        else:
            rows.append([vac[0], f"{k}ª", b.d(date) if date else "—", f"{r.choice('ABX')}{r.randint(1000, 9999)}"])
    b.f.table([c.t("Vacuna", "Vacuna", "Vacina"), c.t("Dosis", "Dosi", "Dose"), c.t("Fecha", "Data", "Data"),
               c.t("Lote", "Lot", "Lote")], rows, [0.4, 0.12, 0.3, 0.18])
    b.f.para(c.t("Próxima dosis de recuerdo: a los diez años.", "Propera dosi de record: als deu anys.",
                 "Próxima dose de recordo: aos dez anos."))
    nurse = b.person(b.official(), "official")
    b.f.signature([c.t("Enfermero/a", "Infermer/a", "Enfermeiro/a"), nurse])
    if date:
        b.f.text(c.t(f"Emitido el {b.d(date)}", f"Emès el {b.d(date)}", f"Emitido o {b.d(date)}"), b.f.base * 0.8)
    return b.done("medical", holder, one_day(date), "patient")


def med_dental_factura(ctx, date, **_):
    """Dental clinic invoice: the treatment day is the invoice day; next check-up in words."""
    b, c, r = N3(ctx), ctx, ctx.rng
    clinic = r.choice(["Clínica Dental Sonrisa", "Centro Odontológico Dentalia", "Clínica Dental Doctora Vidal"])
    b.header([f"{clinic} {c.muni[0]}", f"{td.address(r, c.muni)[0]}", f"Tel. {b.phone()}"], r.choice(["logo_left", "right"]))
    inv = f"D-{(date or dt.date(2026, 1, 1)).year}/{r.randint(100, 9999):04d}"
    b.dis.append("invoice_number")
    right = [(c.t("FACTURA", "FACTURA"), True), (f"Nº {inv}", False)]
    if date:
        right.append((c.t(f"Fecha: {b.d(date)}", f"Data: {b.d(date)}"), False))
    holder = b.pname(["ctx", "comma_mixed"])
    left = [(c.t("Paciente", "Pacient"), True), (holder or "—", False), (c.home[0], False), (c.home[1], False)]
    ids = b.id_field()
    if ids and holder:
        left.append((f"{ids[0][0]} {ids[0][1]}", False))
    twocol(b, left, right, split=0.6)
    b.dis.append("reference_number")
    b.f.text(c.t(f"Nº historia clínica: {r.randint(1000, 99999)}", f"Núm. història clínica: {r.randint(1000, 99999)}"))
    b.f.space(2)
    treat = r.sample([c.t("Limpieza bucal", "Neteja bucal"), c.t("Empaste composite", "Empast composite"),
                      c.t("Radiografía panorámica", "Radiografia panoràmica"), c.t("Extracción simple", "Extracció simple"),
                      c.t("Revisión", "Revisió")], r.randint(1, 3))
    rows = [[t, "1", f"{money(r, 25, 90)} €"] for t in treat]
    b.f.table([c.t("Tratamiento", "Tractament"), c.t("Uds.", "Unit."), c.t("Importe", "Import")], rows, [0.6, 0.15, 0.25])
    b.f.text(c.t(f"TOTAL (exento de IVA, art. 20 LIVA): {money(r, 30, 250)} €",
                 f"TOTAL (exempt d'IVA, art. 20 LIVA): {money(r, 30, 250)} €"), bold=True, align="r")
    b.f.para(c.t("Forma de pago: tarjeta. Próxima revisión recomendada en seis meses.",
                 "Forma de pagament: targeta. Propera revisió recomanada d'aquí a sis mesos."))
    doc = b.person(b.official(), "official")
    b.f.signature([doc, c.t("Odontólogo/a", "Odontòleg/a"), f"{c.t('Col. nº', 'Col. núm.')} {r.randint(1000, 9999)}"])
    return b.done("medical", holder, one_day(date), "patient")


# ------------------------------------------------------------ attendance

def att_informe_social(ctx, date, **_):
    """Cáritas-style informe social: numbered sections, the social worker's signature, a ring stamp."""
    b, c, r = N3(ctx), ctx, ctx.rng
    ngo = r.choice([c.t(f"Cáritas Parroquial de San Pedro - {c.muni[0]}", f"Càritas Parroquial de Sant Pere - {c.muni[0]}",
                        f"Cáritas Parroquial de San Pedro - {c.muni[0]}"),
                    c.t("Cáritas Diocesana", "Càritas Diocesana", "Cáritas Diocesana"),
                    r.choice(td.NGOS).format(m=c.muni[0])])
    b.header([ngo, c.t("Programa de Acogida y Atención Primaria", "Programa d'Acollida i Atenció Primària",
                       "Programa de Acollida e Atención Primaria")], r.choice(["centered", "logo_left"]))
    b.title(c.t("INFORME SOCIAL", "INFORME SOCIAL", "INFORME SOCIAL"))
    box_title(b, c.t("1. DATOS DE IDENTIFICACIÓN", "1. DADES D'IDENTIFICACIÓ", "1. DATOS DE IDENTIFICACIÓN"))
    holder = b.pname(["ctx", "comma_mixed"])
    items = ([(c.t("Nombre y apellidos", "Nom i cognoms", "Nome e apelidos"), holder)] if holder else []) + b.id_field()
    if date and c.birth:
        b.dis.append("birth_date")
        items.append((c.t("Fecha de nacimiento", "Data de naixement", "Data de nacemento"), b.d(c.birth)))
    items.append((c.t("Domicilio", "Domicili", "Domicilio"), f"{c.home[0]}, {c.home[1]}"))
    b.f.fields(items, "colon")
    box_title(b, c.t("2. SITUACIÓN SOCIAL", "2. SITUACIÓ SOCIAL", "2. SITUACIÓN SOCIAL"))
    b.f.para(c.t("La persona arriba indicada es conocida por este servicio, al que acude de forma regular. "
                 "Vive en una habitación alquilada y no dispone de ingresos estables. Participa en el taller "
                 "de castellano y en el servicio de ropero.",
                 "La persona indicada és coneguda per aquest servei, al qual acudeix de manera regular. Viu en "
                 "una habitació llogada i no disposa d'ingressos estables. Participa al taller de català i al "
                 "servei de rober.",
                 "A persoa indicada é coñecida por este servizo, ao que acode de forma regular. Vive nunha "
                 "habitación alugada e non dispón de ingresos estables. Participa no obradoiro de galego e no "
                 "servizo de roupeiro."))
    box_title(b, c.t("3. VALORACIÓN", "3. VALORACIÓ", "3. VALORACIÓN"))
    b.f.para(c.t("Se valora situación de vulnerabilidad social. Se emite el presente informe a petición de la "
                 "persona interesada, para los trámites que estime oportunos.",
                 "Es valora situació de vulnerabilitat social. S'emet aquest informe a petició de la persona "
                 "interessada, per als tràmits que consideri oportuns.",
                 "Valórase situación de vulnerabilidade social. Emítese o presente informe a petición da persoa "
                 "interesada, para os trámites que estime oportunos."))
    b.f.para(b.place_date(date, formula=r.random() < 0.5))
    ts = b.person(b.official(), "official")
    y = b.f.y
    b.f.signature([ts, c.t("Trabajadora social", "Treballadora social", "Traballadora social"),
                   c.t(f"Col. nº {r.randint(1000, 9999)}", f"Col. núm. {r.randint(1000, 9999)}", f"Col. nº {r.randint(1000, 9999)}")])
    stamp(b, [ngo.split(" - ")[0].upper(), c.muni[0].upper()], b.f.left + 6, y + 6, round_=True)
    return b.done("attendance_certificate", holder, one_day(date), "user")


def att_banco_alimentos(ctx, date, **_):
    """Parish food-bank card: family number, members, pick-up weekday, 'Fecha de alta'."""
    b, c, r = N3(ctx, size=(105.0, 70.0), base=8.5), ctx, ctx.rng
    b.f.margin = 6.0
    b.header([c.t(f"Parroquia de {r.choice(['San José', 'Santa María', 'San Lorenzo'])}",
                  f"Parròquia de {r.choice(['Sant Josep', 'Santa Maria', 'Sant Llorenç'])}",
                  f"Parroquia de {r.choice(['San Xosé', 'Santa María', 'San Lourenzo'])}"),
              c.t("Banco de Alimentos", "Banc d'Aliments", "Banco de Alimentos")], "band")
    b.f.text(c.t("TARJETA DE BENEFICIARIO/A", "TARGETA DE BENEFICIARI/ÀRIA", "TARXETA DE BENEFICIARIO/A"),
             bold=True, align="c")
    holder = b.pname(["comma_mixed", "ctx", "surfirst"])
    items = ([(c.t("Titular", "Titular", "Titular"), holder)] if holder else [])
    items += [(c.t("Nº de familia", "Núm. de família", "Nº de familia"), str(r.randint(10, 480))),
              (c.t("Miembros", "Membres", "Membros"), str(r.randint(1, 6))),
              (c.t("Día de recogida", "Dia de recollida", "Día de recollida"), td.WEEKDAYS[c.lang][r.randint(0, 4)])]
    if date:
        items.append((c.t("Fecha de alta", "Data d'alta", "Data de alta"), b.d(date)))
    b.f.fields(items, "colon")
    stamp(b, [c.t("PARROQUIA", "PARRÒQUIA", "PARROQUIA"), c.t("CÁRITAS", "CÀRITAS", "CÁRITAS")], 75, 44, round_=True)
    return b.done("attendance_certificate", holder, one_day(date), "user")


# ------------------------------------------------------------ training

def _course_span(b, start, end):
    """'del 3 al 28 de febrero de 2026' and its other printed forms."""
    c, r = b.ctx, b.rng
    if start.month == end.month and start.year == end.year and r.random() < 0.7:
        m = td.MONTHS[c.lang][end.month - 1]
        return c.t(f"del {start.day} al {end.day} de {m} de {end.year}", f"del {start.day} al {end.day} de {m} de {end.year}",
                   f"do {start.day} ao {end.day} de {m} de {end.year}")
    if start.year == end.year and r.random() < 0.6:
        ms, me = td.MONTHS[c.lang][start.month - 1], td.MONTHS[c.lang][end.month - 1]
        return c.t(f"del {start.day} de {ms} al {end.day} de {me} de {end.year}",
                   f"del {start.day} de {ms} al {end.day} de {me} de {end.year}",
                   f"do {start.day} de {ms} ao {end.day} de {me} de {end.year}")
    return c.t(f"del {b.d(start)} al {b.d(end)}", f"del {b.d(start)} al {b.d(end)}", f"do {b.d(start)} ao {b.d(end)}")


def train_curso_espanol(ctx, date, **_):
    """Language course certificate: hours and 'del 3 al 28 de febrero'; issued the last day."""
    b, c, r = N3(ctx), ctx, ctx.rng
    school = r.choice(td.SCHOOLS + ["Academia de Idiomas Babel", "Asociación Cultural Puentes"]).format(m=c.muni[0])
    b.header([school, f"{td.address(r, c.muni)[0]} · {c.muni[0]}"], r.choice(["centered", "logo_left", "right"]))
    b.title(c.t("CERTIFICADO DE ASISTENCIA Y APROVECHAMIENTO", "CERTIFICAT D'ASSISTÈNCIA I APROFITAMENT",
                "CERTIFICADO DE ASISTENCIA E APROVEITAMENTO"))
    dire = b.person(b.official(), "official")
    holder = b.pname(["ctx", "ctx", "comma_mixed", "surfirst"])
    who = f"{b.honor()} {holder}{b.ident_text()}" if holder else c.t("la persona interesada", "la persona interessada",
                                                                      "a persoa interesada")
    hours = r.choice([40, 60, 80, 90, 120])
    level = r.choice(["A1", "A2", "B1"])
    span = ""
    if date:
        start = date - dt.timedelta(days=r.randint(12, 50))
        b.dis.append("course_start_date")
        span = " " + _course_span(b, start, date) + ","
    b.f.para(c.t(f"{dire}, director/a del centro, certifica que {who} ha asistido al curso de Español como "
                 f"lengua extranjera, nivel {level},{span} con una duración de {hours} horas, y lo ha superado "
                 "con la calificación de APTO.",
                 f"{dire}, director/a del centre, certifica que {who} ha assistit al curs d'Espanyol com a llengua "
                 f"estrangera, nivell {level},{span} amb una durada de {hours} hores, i l'ha superat amb la "
                 "qualificació d'APTE.",
                 f"{dire}, director/a do centro, certifica que {who} asistiu ao curso de Español como lingua "
                 f"estranxeira, nivel {level},{span} cunha duración de {hours} horas, e superouno coa "
                 "cualificación de APTO."))
    b.f.fields([(c.t("Asistencia", "Assistència", "Asistencia"), f"{r.randint(85, 100)} %"),
                (c.t("Horas lectivas", "Hores lectives", "Horas lectivas"), str(hours))], "colon")
    if date:
        b.f.para(b.place_date(date))
    b.f.signature([dire, c.t("Director/a", "Director/a", "Director/a")])
    return b.done("training_certificate", holder, one_day(date), "student")


def train_cnl_catala(ctx, date, **_):
    """Catalan course (CNL-style): a one-row table Alumne/a | Curs | Hores | Qualificació."""
    b, c, r = N3(ctx), ctx, ctx.rng
    b.header([c.t("Consorcio para la Normalización Lingüística", "Consorci per a la Normalització Lingüística"),
              c.t(f"Centro de Normalización Lingüística de {c.muni[0]}", f"Centre de Normalització Lingüística de {c.muni[0]}")],
             r.choice(["band", "logo_left"]))
    b.title(c.t("CERTIFICADO DE APROVECHAMIENTO", "CERTIFICAT D'APROFITAMENT"))
    b.f.para(c.t("Se certifica que la persona que se indica ha superado el curso siguiente:",
                 "Es certifica que la persona que s'indica ha superat el curs següent:"))
    holder = b.pname(["comma_mixed", "ctx", "surfirst"])
    course = r.choice(["Català Bàsic 1", "Català Bàsic 2", "Català Elemental 1", "Català Inicial"])
    hours = r.choice([45, 60, 90])
    b.f.table([c.t("Alumno/a", "Alumne/a"), c.t("Curso", "Curs"), c.t("Horas", "Hores"), c.t("Calificación", "Qualificació")],
              [[holder or "—", course, str(hours), c.t("Apto", "Apte")]], [0.4, 0.3, 0.12, 0.18])
    ids = b.id_field()
    if ids and holder:
        b.f.fields(ids, "colon")
    if date:
        b.f.fields([(c.t("Fecha de emisión", "Data d'emissió"), b.d(date))], "colon")
    off = b.person(b.official(), "official")
    b.f.signature([c.t("La directora del CNL", "La directora del CNL"), off])
    b.f.footer([c.t("Este certificado acredita el nivel del curso, no el nivel de la Junta Permanent de Català.",
                    "Aquest certificat acredita el nivell del curs, no el nivell de la Junta Permanent de Català.")])
    return b.done("training_certificate", holder, one_day(date), "student")


# ------------------------------------------------------------ library

def library_alta_correo(ctx, date, **_):
    """A printed e-mail confirming library membership: From / To / Sent / Subject, then the body."""
    b, c, r = N3(ctx, base=10.0), ctx, ctx.rng
    net = c.t(f"Bibliotecas Municipales de {c.muni[0]}", f"Biblioteques Municipals de {c.muni[0]}",
              f"Bibliotecas Municipais de {c.muni[0]}")
    b.f.text(c.t("Correo web", "Correu web", "Correo web"), 8, color=(120, 120, 120))
    b.f.hr(0.2, 1.0)
    holder = b.pname(["ctx", "ctx", "comma_mixed"])
    p = c.holder
    mail = td.strip_accents(f"{p.given.split()[0]}.{p.surnames[0]}".lower().replace(" ", "")) if p else "usuario"
    hdr = [(c.t("De", "De", "De"), f"{net} <noreply@biblio.{td.strip_accents(c.muni[0]).lower().replace(' ', '').replace(chr(39), '')}.es>"),
           (c.t("Para", "Per a", "Para"), f"{mail}{r.randint(1, 99)}@correo.es")]
    if date:
        hdr.append((c.t("Enviado", "Enviat", "Enviado"), f"{td.fmt_date(date, 'long_weekday', c.lang)} {clock(r)}"))
    hdr.append((c.t("Asunto", "Assumpte", "Asunto"), c.t("Alta en el servicio de préstamo", "Alta al servei de préstec",
                                                        "Alta no servizo de préstamo")))
    b.f.fields(hdr, "colon", size=9)
    b.f.hr(0.2, 2.0)
    b.f.para(c.t(f"Estimado/a {holder}:", f"Benvolgut/da {holder}:", f"Estimado/a {holder}:") if holder else
             c.t("Estimado/a usuario/a:", "Benvolgut/da usuari/ària:", "Estimado/a usuario/a:"))
    num = f"{r.randint(10**7, 10**8 - 1)}"
    b.f.para(c.t(f"Le confirmamos su alta como usuario/a de la red de bibliotecas. Su número de carné es {num}. "
                 "Puede recogerlo en cualquier biblioteca de la red presentando su documento de identidad.",
                 f"Us confirmem l'alta com a usuari/ària de la xarxa de biblioteques. El vostre número de carnet és "
                 f"{num}. Podeu recollir-lo a qualsevol biblioteca de la xarxa amb el document d'identitat.",
                 f"Confirmámoslle a súa alta como usuario/a da rede de bibliotecas. O seu número de carné é {num}. "
                 "Pode recollelo en calquera biblioteca da rede presentando o seu documento de identidade."))
    b.f.para(c.t("Un saludo,", "Salutacions,", "Un saúdo,"))
    b.f.para(net)
    return b.done("library_card", holder, one_day(date), "user")


# ------------------------------------------------------------ rental

def rental_contracte_habitacio(ctx, date, **_):
    """Catalan room contract: REUNITS / PACTES, the date at the foot, a future end date."""
    b, c, r = N3(ctx), ctx, ctx.rng
    b.title(c.t("CONTRATO DE ALQUILER DE HABITACIÓN", "CONTRACTE DE LLOGUER D'HABITACIÓ"))
    land = b.person(c.landlord.natural, "landlord")
    holder = b.pname(["ctx", "ctx", "surfirst"])
    b.f.text(c.t("REUNIDOS", "REUNITS"), bold=True, align="c")
    dni = f"{r.randint(10**7, 10**8 - 1)}{r.choice(td.NIE_LETTERS)}"
    b.f.para(c.t(f"De una parte, {land}, con DNI {dni}, como parte arrendadora.",
                 f"D'una part, {land}, amb DNI {dni}, com a part arrendadora."))
    if holder:
        b.f.para(c.t(f"De otra parte, {b.honor()} {holder}{b.ident_text()} como parte arrendataria.",
                     f"D'altra part, {b.honor()} {holder}{b.ident_text()} com a part arrendatària."))
    b.f.text(c.t("PACTOS", "PACTES"), bold=True, align="c")
    end = (date or dt.date(2026, 3, 1)) + dt.timedelta(days=r.choice([182, 365]))
    b.dis.append("contract_end_date")
    for k, (es, ca) in enumerate([
            (f"Se arrienda una habitación de la vivienda situada en {c.home[0]}, {c.home[1]}, con uso de cocina y baño.",
             f"S'arrenda una habitació de l'habitatge situat a {c.home[0]}, {c.home[1]}, amb ús de cuina i bany."),
            (f"El contrato surte efectos desde la fecha de su firma y finaliza el {b.d(end)}.",
             f"El contracte té efectes des de la data de la signatura i finalitza el {b.d(end)}."),
            (f"La renta es de {r.randint(250, 550)} euros mensuales, pagaderos por adelantado.",
             f"La renda és de {r.randint(250, 550)} euros mensuals, pagadors per avançat."),
            ("Se entrega una mensualidad en concepto de fianza.", "Es lliura una mensualitat en concepte de fiança.")], 1):
        b.f.para(f"{k}. " + c.t(es, ca))
    if date:
        b.f.para(c.t(f"Y en prueba de conformidad, firman en {c.muni[0]}, a {b.dlong(date)}.",
                     f"I com a prova de conformitat, signen a {c.muni[0]}, el {b.dlong(date)}."))
    b.f.signature([c.t("La parte arrendadora", "La part arrendadora"), land], align="l")
    if holder:
        b.f.signature([c.t("La parte arrendataria", "La part arrendatària"), holder], align="r")
    return b.done("rental_contract", holder, one_day(date), "tenant")


# ------------------------------------------------------------ job offer

def job_precontrato_campana(ctx, date, **_):
    """Seasonal farm pre-contract: a parties grid, the campaign and planned start, signed at the foot."""
    b, r = N3(ctx), ctx.rng
    co = r.choice(["Agrícola Fresón de Palos S.C.A.", "Hortofrutícola Campo de Níjar S.L.", "Cítricos del Segura S.L."])
    town = r.choice(["Palos de la Frontera (Huelva)", "Níjar (Almería)", "Cieza (Murcia)", "Lepe (Huelva)"])
    b.header([co, f"CIF {td.cif(r)}", town], r.choice(["logo_left", "centered"]))
    b.title("PRECONTRATO DE TRABAJO DE TEMPORADA")
    rep = b.person(b.official(), "official")
    holder = b.pname(["surfirst", "comma_mixed", "ctx"])
    ids = b.id_field()
    b.f.fields([("EMPRESA", co), ("REPRESENTANTE", rep), ("TRABAJADOR/A", holder or "—")] +
               ([("DOCUMENTO", ids[0][1])] if ids else []) +
               [("PUESTO", r.choice(["Peón agrícola", "Recolector/a", "Mozo/a de almacén hortofrutícola"])),
                ("CAMPAÑA", r.choice(["Fresa y frutos rojos", "Cítricos", "Hortalizas de invernadero"])),
                ("DURACIÓN", r.choice(["6 meses", "9 meses", "12 meses"]))], "grid")
    start = (date or dt.date(2026, 5, 1)) + dt.timedelta(days=r.randint(45, 150))
    b.dis.append("incorporation_date")
    b.f.para(f"La incorporación está prevista para el {b.d(start)}, una vez obtenida la autorización de residencia "
             "y trabajo, con alta en el Régimen General (Sistema Especial Agrario).")
    if date:
        b.f.para(f"En {town.split(' (')[0]}, a {b.dlong(date)}.")
    b.f.signature(["Por la empresa", rep], align="l")
    if holder:
        b.f.signature(["El/La trabajador/a", holder], align="r")
    return b.done("job_offer", holder, one_day(date))


# ------------------------------------------------------------ shop receipts

def shop_farmacia_tsi(ctx, date, **_):
    """Pharmacy ticket: receta electrónica, the health-card code, the user's share; the patient if any."""
    r = ctx.rng
    b, c = N3(ctx, size=(80.0, 125.0), mono=True, base=8.5, numeric=r.choice(["slash", "slash2", "dot4", "compact"])), ctx
    b.f.margin = 5.0
    b.f.text(c.t(f"FARMACIA {r.choice(['PLAZA MAYOR', 'DEL CARMEN', 'SAN ANTONIO', 'LA ESTACION'])}",
                 f"FARMÀCIA {r.choice(['PLAÇA MAJOR', 'DEL CARME', 'SANT ANTONI', 'L ESTACIO'])}",
                 f"FARMACIA {r.choice(['PRAZA MAIOR', 'DO CARME', 'SAN ANTÓN'])}"), bold=True, align="c")
    b.f.text(f"NIF {td.cif(r)}", align="c")
    b.f.text(c.muni[0], align="c")
    b.f.hr()
    b.f.text(c.t("DISPENSACION RECETA ELECTRONICA", "DISPENSACIO RECEPTA ELECTRONICA", "DISPENSACION RECEITA ELECTRONICA"))
    holder = b.pname(["ctx", "surfirst", "slash"])
    if holder:
        b.f.text(c.t("PACIENTE:", "PACIENT:", "PACIENTE:"))
        b.f.text(holder, size=b.f.fit(holder, b.f.font(), b.f.base, b.f.width))
        b.f.text(f"TSI: {r.choice(['MRTN', 'GRCA', 'LPZQ', 'OKFR'])}{r.randint(10**9, 10**10 - 1)}")
        b.f.text(c.t(f"APORTACION: TSI {r.choice(['001', '002', '003'])} ({r.choice([40, 50, 10])}%)",
                     f"APORTACIO: TSI {r.choice(['001', '002', '003'])} ({r.choice([40, 50, 10])}%)",
                     f"ACHEGA: TSI {r.choice(['001', '002', '003'])} ({r.choice([40, 50, 10])}%)"))
    b.f.hr()
    for item in r.sample(["IBUPROFENO 600MG 40C", "PARACETAMOL 1G 40C", "OMEPRAZOL 20MG 28C",
                          "AMOXICILINA 500MG 24C", "SUERO FISIOL. 30X5", "ENALAPRIL 10MG 60C"], r.randint(1, 3)):
        pvp = r.uniform(1.5, 9)
        b.f.text(f"{item[:20]:<20}{pvp:>6.2f}".replace(".", ","))
    b.f.hr()
    b.f.text(f"{'TOTAL EUR':<20}{r.uniform(1, 12):>6.2f}".replace(".", ","), bold=True)
    if date:
        b.f.text(f"{b.d(date)}  {clock(r)}  {c.t('CAJA', 'CAIXA', 'CAIXA')} {r.randint(1, 3)}")
    b.f.text(c.t("IVA INCLUIDO 4%", "IVA INCLOS 4%", "IVE INCLUIDO 4%"), align="c")
    return b.done("shop_receipt", holder, one_day(date))


def shop_recarga_locutorio(ctx, date, **_):
    """Locutorio mobile top-up: operator, masked line number, the customer written in if any."""
    r = ctx.rng
    b, c = N3(ctx, size=(80.0, 105.0), mono=True, base=8.5, numeric=r.choice(["slash", "dash", "slash2", "compact"])), ctx
    b.f.margin = 5.0
    b.f.text(f"LOCUTORIO {r.choice(['MUNDO CONECTA', 'EL PUENTE', 'ATLAS', 'SABANA'])}", bold=True, align="c")
    b.f.text(f"{td.address(r, c.muni)[0]}"[:30], align="c")
    b.f.hr()
    b.f.text(c.t("RECARGA MOVIL", "RECARREGA MOBIL", "RECARGA MOBIL"), bold=True, align="c")
    b.f.text(f"{c.t('OPERADOR', 'OPERADOR', 'OPERADOR')}: {r.choice(['LYCAMOBILE', 'LEBARA', 'ORANGE', 'DIGI', 'SIMYO'])}")
    b.dis.append("phone_number")
    b.f.text(f"{c.t('TELEFONO', 'TELEFON', 'TELEFONO')}: 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}")
    b.f.text(f"{c.t('IMPORTE', 'IMPORT', 'IMPORTE')}: {r.choice([5, 10, 15, 20])},00 EUR", bold=True)
    b.f.text(f"{c.t('REF', 'REF', 'REF')}: {r.randint(10**9, 10**10 - 1)}")
    b.dis.append("reference_number")
    if date:
        b.f.text(f"{c.t('FECHA', 'DATA', 'DATA')}: {b.d(date)} {clock(r)}")
    holder = b.pname(["ctx", "surfirst"])
    if holder:
        b.f.text(f"{c.t('CLIENTE', 'CLIENT', 'CLIENTE')}: {holder}", size=b.f.fit(f"CLIENTE: {holder}", b.f.font(), b.f.base, b.f.width))
    b.f.hr()
    b.f.text(c.t("NO SE ADMITEN DEVOLUCIONES", "NO S'ADMETEN DEVOLUCIONS", "NON SE ADMITEN DEVOLUCIONS"), align="c")
    return b.done("shop_receipt", holder, one_day(date))


# ------------------------------------------------------------ other

def other_matricula(ctx, date, **_):
    """School enrolment letter to the parent: the child enrolled, the parent named as addressee."""
    b, c, r = N3(ctx), ctx, ctx.rng
    school = c.t(f"CEIP {r.choice(['Miguel Hernández', 'Virgen del Carmen', 'Rosalía de Castro'])}",
                 f"Escola {r.choice(['Joan Miró', 'Mare de Déu del Carme', 'Lluís Vives'])}",
                 f"CEIP {r.choice(['Rosalía de Castro', 'Castelao', 'Curros Enríquez'])}")
    b.header([f"{school} - {c.muni[0]}", c.t("Secretaría", "Secretaria", "Secretaría"), f"Tel. {b.phone()}"],
             r.choice(["logo_left", "centered"]))
    holder = b.pname(["ctx", "ctx", "comma_mixed"])
    if date:
        b.f.text(f"{c.muni[0]}, {b.dlong(date)}", align="r")
    if holder:
        b.f.text(c.t("A la atención de:", "A l'atenció de:", "Á atención de:"))
        b.f.text(f"{holder}", bold=True)
        b.f.text(c.t("(padre, madre o tutor/a legal)", "(pare, mare o tutor/a legal)", "(pai, nai ou titor/a legal)"))
        b.f.space(3)
    b.title(c.t("COMUNICACIÓN DE MATRÍCULA", "COMUNICACIÓ DE MATRÍCULA", "COMUNICACIÓN DE MATRÍCULA"))
    p = c.holder
    child = td.Person(r.choice(["Sofía", "Mateo", "Aisha", "Yasin", "Valeria", "Ibrahim"]),
                      [p.surnames[0], r.choice(["Pérez", "Diallo", "Rojas", "El Idrissi"])] if p else ["Pérez"])
    kid = b.person(child.natural, "relative" if p else "other")
    course = r.choice([c.t("3º de Educación Primaria", "3r d'Educació Primària", "3º de Educación Primaria"),
                       c.t("1º de ESO", "1r d'ESO", "1º de ESO"), c.t("Educación Infantil (4 años)", "Educació Infantil (P4)",
                                                                      "Educación Infantil (4 anos)")])
    b.f.para(c.t(f"Le comunicamos que el/la alumno/a {kid} ha quedado matriculado/a en este centro para el curso "
                 f"escolar 2025-2026, en {course}.",
                 f"Us comuniquem que l'alumne/a {kid} ha quedat matriculat/da en aquest centre per al curs "
                 f"escolar 2025-2026, a {course}.",
                 f"Comunicámoslle que o/a alumno/a {kid} quedou matriculado/a neste centro para o curso "
                 f"escolar 2025-2026, en {course}."))
    b.f.para(c.t("Deberá presentar en secretaría el libro de familia o documento equivalente y la tarjeta sanitaria.",
                 "Caldrà presentar a secretaria el llibre de família o document equivalent i la targeta sanitària.",
                 "Deberá presentar en secretaría o libro de familia ou documento equivalente e a tarxeta sanitaria."))
    off = b.person(b.official(), "official")
    b.f.signature([c.t("La Secretaria", "La Secretària", "A Secretaria"), off])
    stamp(b, [school.upper(), c.muni[0].upper()], b.f.left + 4, b.f.y - 20, round_=True)
    return b.done("other", holder, one_day(date), "holder")


def other_albaran_entrega(ctx, date, **_):
    """Courier delivery slip: recipient, tracking number, dispatch and delivery days, signature."""
    b, c, r = N3(ctx, size=(148.0, 105.0), base=8.5), ctx, ctx.rng
    b.f.margin = 7.0
    carrier = r.choice(["Envialia Express", "MRW Paquetería", "Paq24 Logística", "Correos Express"])
    b.header([carrier, c.t("Justificante de entrega", "Justificant de lliurament")], "band")
    holder = b.pname(["ctx", "surfirst", "slash"])
    track = f"{r.choice(['ES', 'PQ', 'CX'])}{r.randint(10**9, 10**10 - 1)}"
    b.dis.append("reference_number")
    items = [(c.t("Nº de envío", "Núm. d'enviament"), track),
             (c.t("Remitente", "Remitent"), r.choice(["Tienda Online Moda S.L.", "Electro Outlet S.A.", "Libros y Más S.L."])),
             (c.t("Destinatario", "Destinatari"), holder or "—"),
             (c.t("Dirección", "Adreça"), f"{c.home[0]}, {c.home[1]}")]
    if date:
        sent = date - dt.timedelta(days=r.randint(1, 4))
        b.dis.append("shipping_date")
        items += [(c.t("Fecha de admisión", "Data d'admissió"), b.d(sent)),
                  (c.t("Entregado el", "Lliurat el"), f"{b.d(date)} {clock(r)}")]
    b.f.fields(items, r.choice(["colon", "grid"]))
    b.f.text(c.t("Firma del receptor:", "Signatura del receptor:"))
    b.f.page.line(b.f.left + 40, b.f.y + 2, b.f.left + 70, b.f.y - 1, 0.5, (30, 40, 120))
    return b.done("other", holder, one_day(date))


def other_abono_deportivo(ctx, date, **_):
    """Municipal sports-centre membership: abonado/a, modality, fee, the alta date."""
    b, c, r = N3(ctx), ctx, ctx.rng
    b.header([c.t(f"Polideportivo Municipal de {c.muni[0]}", f"Poliesportiu Municipal de {c.muni[0]}",
                  f"Polideportivo Municipal de {c.muni[0]}"),
              c.t("Patronato Municipal de Deportes", "Institut Municipal d'Esports", "Padroado Municipal de Deportes")],
             r.choice(["right", "logo_left", "band"]))
    b.title(r.choice([c.t("ALTA DE ABONADO/A", "ALTA D'ABONAT/DA", "ALTA DE ABONADO/A"),
                      c.t("ABONO DEPORTIVO", "ABONAMENT ESPORTIU", "ABONO DEPORTIVO")]))
    holder = b.pname()
    items = ([(c.t("Abonado/a", "Abonat/da", "Abonado/a"), holder)] if holder else []) + b.id_field()
    items += [(c.t("Nº de abonado/a", "Núm. d'abonat/da", "Nº de abonado/a"), str(r.randint(1000, 99999))),
              (c.t("Modalidad", "Modalitat", "Modalidade"), r.choice([c.t("Individual adulto", "Individual adult", "Individual adulto"),
                                                                     c.t("Sala de musculación", "Sala de fitness", "Ximnasio")])),
              (c.t("Cuota mensual", "Quota mensual", "Cota mensual"), f"{money(r, 15, 35)} €")]
    if date:
        items.append((c.t("Fecha de alta", "Data d'alta", "Data de alta"), b.d(date)))
    b.f.fields(items, r.choice(["boxes", "grid", "colon"]))
    b.f.para(c.t("El abono es personal e intransferible. La cuota se domicilia mensualmente.",
                 "L'abonament és personal i intransferible. La quota es domicilia mensualment.",
                 "O abono é persoal e intransferible. A cota domicíliase mensualmente."), size=b.f.base * 0.85)
    return b.done("other", holder, one_day(date), "user")


FAMILIES = {
    "padron": {"certificat_csv": (padron_certificat_csv, ALL), "volante_sede": (padron_volante_sede, ALL)},
    "padron_historico": {"movimientos": (historico_movimientos, ALL), "boxes_historial": (historico_boxes, ALL)},
    "utility_bill": {"telefonia_movil": (bill_telefonia, ESCA), "gas_mercado": (bill_gas_mercado, ALL)},
    "payslip": {"mes_celdas": (payslip_celdas, ALL)},
    "transport_ticket": {"recarga_bus": (ticket_recarga_bus, ALL), "abono_foto": (ticket_abono_foto, ALL)},
    "bank_receipt": {"bizum_screen": (bizum_screen, ESCA), "remesa_twocol": (remesa_twocol, ESCA)},
    "medical": {"vacunacion": (med_vacunacion, ALL), "dental_factura": (med_dental_factura, ESCA)},
    "attendance_certificate": {"informe_social": (att_informe_social, ALL),
                               "banco_alimentos": (att_banco_alimentos, ALL)},
    "training_certificate": {"curso_espanol": (train_curso_espanol, ALL), "cnl_catala": (train_cnl_catala, ESCA)},
    "library_card": {"alta_correo": (library_alta_correo, ALL)},
    "rental_contract": {"contracte_habitacio": (rental_contracte_habitacio, ESCA)},
    "job_offer": {"precontrato_campana": (job_precontrato_campana, ES)},
    "shop_receipt": {"farmacia_tsi": (shop_farmacia_tsi, ALL), "recarga_locutorio": (shop_recarga_locutorio, ALL)},
    "other": {"matricula": (other_matricula, ALL), "albaran_entrega": (other_albaran_entrega, ESCA),
              "abono_deportivo": (other_abono_deportivo, ALL)},
}
