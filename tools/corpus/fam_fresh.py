"""A second held-out set (split held_out_2): every document kind as yet other issuers print it.

Written after the reader had been tuned on `tuning` and looked at `held_out`, from
how real Spanish, Catalan and Galician paperwork is laid out, never from what the
reader handles: stamps with a registry date, two-column letterheads, household
sheets with a relationship column, payroll headers with a seniority date, train
tickets with a purchase date, transfers received from abroad, card vouchers,
"siendo las ... horas del día ..." records. Dates include forms the other
families never print (Roman-numeral months, two-digit years, weekday
abbreviations, compressed ranges "del 1 al 31 de marzo", bimonthly "ENE-FEB").

Truth follows the same conventions as doctypes / fam_*: the holder as printed,
one `people` entry per printed person with the page's role, presence as
RULES.md says (padrón [alta, expedición], bills and payslips their period, the
rest one day), and an undated page prints no date at all.
"""
import datetime as dt

from . import textdata as td
from .famkit import NB, one_day
from .layout import text_width, wrap

ALL = ("es", "ca", "gl")
ES = ("es",)
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
WD_ABBR = {"es": ["lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom."],
           "ca": ["dl.", "dt.", "dc.", "dj.", "dv.", "ds.", "dg."],
           "gl": ["luns", "mar.", "mér.", "xov.", "ven.", "sáb.", "dom."]}
COUNTRIES = {"latam": ["Colombia", "Perú", "Bolivia", "Ecuador", "Honduras", "Venezuela"],
             "maghreb": ["Marruecos", "Argelia"], "westafrica": ["Senegal", "Malí", "Gambia", "Guinea"],
             "southasia": ["Pakistán", "India", "Bangladés"], "easteurope": ["Ucrania", "Rumanía", "Moldavia"],
             "asia": ["China", "Filipinas"]}
STAMP_INK = [(90, 40, 140), (30, 60, 150), (150, 30, 60)]
# Numeric forms these issuers print (all day-first or year-first, never month-first).
NUM = ["slash", "slash2", "dash", "dash2", "dot4", "dot2", "ymd_dot", "iso", "slash_nopad", "roman"]
WORDY = ["mon_plain", "mon_upper_dot", "abbr_dot", "abbr"]  # wd_abbr only in fields, by name
LONG = ["long", "long_weekday", "long_del", "words_full", "words_day"]


def fdate(d, style, lang):
    """A date as these issuers print it; falls back to textdata's forms."""
    if style == "slash2":
        return d.strftime("%d/%m/%y")
    if style == "dash2":
        return d.strftime("%d-%m-%y")
    if style == "ymd_dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "roman":                        # 16-III-2026 (registry stamps)
        return f"{d.day}-{ROMAN[d.month - 1]}-{d.year}"
    if style == "mon_plain":                    # 16 marzo 2026
        return f"{d.day} {td.MONTHS[lang][d.month - 1]} {d.year}"
    if style == "mon_upper_dot":                # 16 MAR. 2026
        ab = td.MONTH_ABBR_DOT[lang][d.month - 1].upper()
        return f"{d.day:02d} {ab} {d.year}"
    if style == "wd_abbr":                      # lun., 16 mar. 2026
        return f"{WD_ABBR[lang][d.weekday()]}, {d.day} {td.MONTH_ABBR_DOT[lang][d.month - 1]} {d.year}"
    if style == "long_del":                     # 16 de marzo del 2026 / de març del / de marzo do
        art = {"es": "del", "ca": "del", "gl": "do"}[lang]
        return f"{d.day} {td.month_of(lang, d.month)} {art} {d.year}"
    return td.fmt_date2(d, style, lang)


def _ca_del(day):
    """Catalan 'del 2' but "de l'1", "de l'11"."""
    return "de l'" if day in (1, 11) else "del "


class FB(NB):
    """NB with this set's date, name, period and page-furniture repertoire."""

    def __init__(self, ctx, size=(210.0, 297.0), mono=False, base=None, numeric=None):
        super().__init__(ctx, size, mono, base, numeric or ctx.rng.choice(NUM + WORDY))

    def d(self, date, style=None):
        return fdate(date, style or self.ds, self.ctx.lang)

    def dlong(self, date):
        # Spanish, Catalan and Galician write weekdays in lower case inside a line.
        s = fdate(date, self.rng.choice(LONG), self.ctx.lang)
        return s[0].lower() + s[1:]

    def country(self):
        """Where the holder comes from, as a certificate of origin would say it."""
        c, r = self.ctx, self.rng
        sur = set(c.holder.surnames) if c.holder else set()
        for origin, (_, surnames, _) in td.ORIGINS.items():
            if sur & set(surnames):
                return r.choice(COUNTRIES[origin])
        return r.choice([x for xs in COUNTRIES.values() for x in xs])

    def fname(self):
        """The holder as these issuers print names: surname first in capitals with the
        given name in mixed case, given name then SURNAMES, or an all-caps
        surname-first string without a comma (bank and payroll systems)."""
        c, r = self.ctx, self.rng
        if c.holder is None:
            return None
        if c.name_style in ("typo", "one_surname") or r.random() < 0.4:
            return self.name()
        p = c.holder
        sur = " ".join(p.surnames)
        form = r.randint(0, 3)
        if form == 0:
            return f"{sur.upper()}, {p.given}"
        if form == 1:
            return f"{p.given} {sur.upper()}"
        if form == 2:
            return td.strip_accents(f"{sur} {p.given}").upper()
        return f"{sur}, {p.given}"

    def period(self, s, e):
        """A billing period: whole months by name, compressed ranges, or two numbers."""
        c, r, lang = self.ctx, self.rng, self.ctx.lang
        first, _ = td.month_bounds(s.year, s.month)
        _, last = td.month_bounds(e.year, e.month)
        whole = s == first and e == last
        forms = ["numeric", "numeric_short"]
        if s.year == e.year:
            forms += ["compressed", "compressed"]
        if whole and s.year == e.year:
            forms += ["months", "months"]
        form = r.choice(forms)
        if form == "months":
            if s.month == e.month:
                return r.choice([td.fmt_month(s.year, s.month, lang, cap=True),
                                 f"{td.MONTHS[lang][s.month - 1].upper()} {s.year}",
                                 f"{s.month:02d}/{s.year}"])
            a, b = td.MONTHS[lang][s.month - 1], td.MONTHS[lang][e.month - 1]
            return r.choice([f"{a.capitalize()}-{b.capitalize()} {s.year}",
                             f"{td.ABBR[s.month - 1]}-{td.ABBR[e.month - 1]} {s.year}",
                             c.t(f"{a} - {b} de {s.year}", f"{a} - {b} de {s.year}",
                                 f"{a} - {b} de {s.year}")])
        if form == "compressed":
            if s.month == e.month:
                tail = f"{e.day} {td.month_of(lang, e.month)} de {e.year}"
                return c.t(f"del {s.day} al {tail}", f"{_ca_del(s.day)}{s.day} al {tail}",
                           f"do {s.day} ao {tail}")
            head = f"{s.day} {td.month_of(lang, s.month)}"
            tail = f"{e.day} {td.month_of(lang, e.month)} de {e.year}"
            return c.t(f"del {head} al {tail}", f"{_ca_del(s.day)}{head} al {tail}",
                       f"do {head} ao {tail}")
        if form == "numeric_short" and s.year == e.year:
            return f"{s.day:02d}/{s.month:02d} - {e.day:02d}/{e.month:02d}/{e.year}"
        st = r.choice(["slash", "dot4", "dot2", "dash", "slash2"])
        sep = r.choice([" - ", " a ", " – "])
        return f"{fdate(s, st, lang)}{sep}{fdate(e, st, lang)}"

    # -- page furniture
    def stamp(self, lines, x=None, w=52.0):
        """Rubber stamp: an inked frame with centred lines, drawn where the pen is."""
        f = self.f
        ink = self.rng.choice(STAMP_INK)
        size = max(7.0, f.base * 0.75)
        h = f.line_h(size) * len(lines) + 4
        f.ensure(h + 2)
        x = f.left if x is None else x
        y = f.y + 2
        f.page.rect(x, y, w, h, 0.7, ink)
        f.page.rect(x + 1.2, y + 1.2, w - 2.4, h - 2.4, 0.3, ink)
        for i, ln in enumerate(lines):
            s = f.fit(ln, f.font(True), size, w - 5)
            f.page.text(x + w / 2, y + 2 + f.line_h(size) * (i + 0.8), ln, f.font(True), s, "c", ink)
        return y + h

    def twocol(self, left, right, size=None, gap=6.0):
        """Two blocks of (text, bold) lines side by side, as letterheads and bill summaries print."""
        f = self.f
        size = size or f.base * 0.95
        colw = (f.width - gap) / 2
        lines = []
        for col, items in enumerate((left, right)):
            out = []
            for s, bold in items:
                for ln in wrap(s, f.font(bold), size, colw) or [""]:
                    out.append((ln, bold))
            lines.append(out)
        h = f.line_h(size) * max(len(lines[0]), len(lines[1]))
        f.ensure(h)
        y0 = f.y
        for col, out in enumerate(lines):
            x = f.left + col * (colw + gap)
            for i, (ln, bold) in enumerate(out):
                f.page.text(x, y0 + f.line_h(size) * (i + 1), ln, f.font(bold), size, "l", f.color)
        f.y = y0 + h + 2

    def barcode(self, h=9.0, w=None):
        f, r = self.f, self.rng
        w = w or min(60.0, f.width)
        f.ensure(h + 2)
        x, y = f.left, f.y + 1
        while x < f.left + w:
            bw = r.choice([0.3, 0.3, 0.6, 0.9])
            f.page.rect(x, y, bw, h, 0, (0, 0, 0), fill=(0, 0, 0))
            x += bw + r.choice([0.3, 0.6, 0.9])
        f.y += h + 3

    def sign_pair(self, left, right):
        """Two signature blocks side by side (the parties, or two officials), kept on one page."""
        f = self.f
        f.ensure(f.line_h(f.base) * (max(len(left), len(right)) + 3) + 16)
        y = f.y
        f.signature(left, align="l")
        y_left, f.y = f.y, y
        f.signature(right, align="r")
        f.y = max(f.y, y_left)

    def cif_line(self):
        return f"{self.rng.choice(['CIF', 'NIF', 'C.I.F.'])} {td.cif(self.rng)}"


def _money(r, lo, hi):
    return f"{r.uniform(lo, hi):.2f}".replace(".", ",")


def _dni(r):
    return f"{r.randint(10**7, 10**8 - 1)}{td.NIE_LETTERS[r.randint(0, 22)]}"


def _coresident(b):
    """Someone else on a household sheet, and the role the sheet gives them."""
    c, r = b.ctx, b.rng
    if c.holder is not None and r.random() < 0.5:
        origins = [o for o in td.ORIGINS.values() if set(c.holder.surnames) & set(o[1])] or list(td.ORIGINS.values())
        pool = [g for o in origins for g in o[0] if g != c.holder.given]
        return td.Person(r.choice(pool), list(c.holder.surnames)), "relative"
    p = td.random_foreigner(r) if r.random() < 0.6 else td.random_spaniard(r)
    return p, "other"


def _rel_word(c, same_family):
    # Spouses keep their own surnames in Spain: same surnames means a child or a sibling.
    if same_family:
        return c.ctx.rng.choice([c.ctx.t("Hijo/a", "Fill/a", "Fillo/a"), c.ctx.t("Hermano/a", "Germà/ana", "Irmán/á")])
    return c.ctx.rng.choice([c.ctx.t("Otro", "Altre", "Outro"), "—"])


# ------------------------------------------------------------ padrón

def padron_convivencia(ctx, alta, expedicion, **_):
    """Volante de convivencia: every resident of the dwelling in a table with relationship,
    document and alta; the applicant is any row, arrived 'procedente del extranjero'."""
    b, c, r = FB(ctx), ctx, ctx.rng
    b.twocol([(muni_issuer(c), True), (c.t("Padrón Municipal de Habitantes", "Padró Municipal d'Habitants",
                                           "Padrón Municipal de Habitantes"), False),
              (f"{td.address(r, c.muni)[0]}", False)],
             [(c.t("Nº de hoja padronal", "Núm. de full padronal", "Nº de folla padroal") + f": {r.randint(1000, 99999)}", False),
              (c.t("Distrito / Sección", "Districte / Secció", "Distrito / Sección") + f": {r.randint(1, 9):02d} / {r.randint(1, 60):03d}", False)])
    b.f.hr(0.6)
    b.title(c.t("VOLANTE DE CONVIVENCIA", "VOLANT DE CONVIVÈNCIA", "VOLANTE DE CONVIVENCIA"))
    b.f.para(c.t(f"Las personas que se relacionan a continuación figuran inscritas en el Padrón de este "
                 f"municipio en el domicilio {c.home[0]}, {c.home[1]}:",
                 f"Les persones que es relacionen a continuació figuren inscrites al Padró d'aquest "
                 f"municipi al domicili {c.home[0]}, {c.home[1]}:",
                 f"As persoas que se relacionan a continuación figuran inscritas no Padrón deste "
                 f"concello no domicilio {c.home[0]}, {c.home[1]}:"))
    holder = b.fname()
    ids = b.id_field()
    others = [_coresident(b) for _ in range(r.randint(1, 3))]
    order = list(range(len(others) + 1))
    r.shuffle(order)
    rows = []
    b.dis.append("birth_date")
    for k in order:
        if k == len(others):
            name, doc_no, d_alta = holder, ids[0][1] if ids else "", alta
            rel = c.t("Titular", "Titular", "Titular") if r.random() < 0.6 else ""
            b.person(holder, "holder", c.is_applicant)
        else:
            p, role = others[k]
            name = p.natural.upper() if holder and holder.isupper() else p.natural
            b.person(name, role)
            doc_no = td.nie(r) if role == "other" or r.random() < 0.5 else ""
            d_alta = min(expedicion, alta + dt.timedelta(days=r.randint(0, 300)))
            rel = _rel_word(b, role == "relative")
        born = dt.date(r.randint(1962, 2021), r.randint(1, 12), r.randint(1, 28))
        if k == len(others) and c.birth:
            born = c.birth
        rows.append([name, rel, doc_no, b.d(born), b.d(d_alta)])
    size = b.f.base * 0.82
    for row in rows:  # a long name shrinks the table, as a report generator does
        size = min(size, b.f.fit(row[0], b.f.font(), size, b.f.width * 0.40 - 3))
    b.f.table([c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"),
               c.t("Parentesco", "Parentiu", "Parentesco"), c.t("Documento", "Document", "Documento"),
               c.t("F. nac.", "D. naix.", "D. nac."), c.t("F. alta", "D. alta", "D. alta")],
              rows, [0.40, 0.12, 0.17, 0.155, 0.155], size=size)
    b.f.para(c.t("Motivo del alta: cambio de residencia procedente del extranjero.",
                 "Motiu de l'alta: canvi de residència procedent de l'estranger.",
                 "Motivo da alta: cambio de residencia procedente do estranxeiro."), size=b.f.base * 0.9)
    b.f.para(c.t(f"{c.muni[0]}, {b.dlong(expedicion)}", f"{c.muni[0]}, {b.dlong(expedicion)}",
                 f"{c.muni[0]}, {b.dlong(expedicion)}"), align="r")
    bottom = b.stamp([muni_issuer(c).upper(), c.t("ESTADÍSTICA", "ESTADÍSTICA", "ESTATÍSTICA")])
    b.f.signature([c.t("El/La Responsable del Padrón", "El/La Responsable del Padró", "O/A Responsable do Padrón"),
                   b.person(b.official(), "official")])
    b.f.y = max(b.f.y, bottom)
    b.f.footer([c.t("Este volante no acredita otros datos que los de residencia y convivencia. Ley 7/1985, "
                    "art. 16, y Real Decreto 1690/1986.",
                    "Aquest volant no acredita altres dades que les de residència i convivència. Llei 7/1985, "
                    "art. 16, i Reial Decret 1690/1986.",
                    "Este volante non acredita outros datos que os de residencia e convivencia. Lei 7/1985, "
                    "art. 16, e Real Decreto 1690/1986."), f"CSV {b.csv()}"])
    return b.done("padron", holder, [(alta, expedicion)])


def muni_issuer(c):
    m = c.muni[0]
    return c.t(f"Ayuntamiento de {m}", f"Ajuntament de {m}", f"Concello de {m}")


def padron_registro_salida(ctx, alta, expedicion, **_):
    """Certificate with a left-hand column of office data, the alta written as 'en fecha',
    a variation date that proves nothing, and the expedición only in the registry stamp."""
    b, c, r = FB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c).upper(), c.t("Área de Atención a la Ciudadanía", "Àrea d'Atenció a la Ciutadania",
                                          "Área de Atención á Cidadanía")], "centered")
    b.title(c.t("CERTIFICADO DE EMPADRONAMIENTO", "CERTIFICAT D'EMPADRONAMENT", "CERTIFICADO DE EMPADROAMENTO"))
    sec = b.person(b.official(), "official")
    holder = b.fname()
    born = ""
    if c.birth and r.random() < 0.6:
        b.dis.append("birth_date")
        born = c.t(f", nacido/a el {b.d(c.birth)} en {b.country()}",
                   f", nascut/da el {b.d(c.birth)}", f", nado/a o {b.d(c.birth)}")
    ident = b.ident_text().rstrip(",")
    variation = None
    if r.random() < 0.6 and (expedicion - alta).days > 20:
        variation = alta + dt.timedelta(days=r.randint(10, (expedicion - alta).days - 1))
        b.dis.append("variation_date")
    b.twocol([(c.t("Ref.:", "Ref.:", "Ref.:"), True), (f"PAD/{expedicion.year}/{r.randint(1000, 99999)}", False),
              (c.t("Solicitante:", "Sol·licitant:", "Solicitante:"), True),
              (c.t("la persona interesada", "la persona interessada", "a persoa interesada"), False)],
             [(c.t(f"{sec}, Secretario/a del {muni_issuer(c)},", f"{sec}, secretari/ària de l'{muni_issuer(c)},",
                   f"{sec}, secretario/a do {muni_issuer(c)},"), False),
              (c.t("CERTIFICA:", "CERTIFICA:", "CERTIFICA:"), True),
              (c.t(f"Que en el Padrón Municipal de Habitantes figura inscrito/a {b.honor()} {holder}"
                   f"{ident}{born}, con domicilio en {c.home[0]}, dado/a de alta en este municipio "
                   f"en fecha {b.d(alta)} por cambio de residencia.",
                   f"Que al Padró Municipal d'Habitants hi figura inscrit/a {b.honor()} {holder}"
                   f"{ident}{born}, amb domicili a {c.home[0]}, donat/da d'alta en aquest municipi "
                   f"en data {b.d(alta)} per canvi de residència.",
                   f"Que no Padrón Municipal de Habitantes figura inscrito/a {b.honor()} {holder}"
                   f"{ident}{born}, con domicilio en {c.home[0]}, dado/a de alta neste concello "
                   f"con data {b.d(alta)} por cambio de residencia."), False)]
             + ([(c.t(f"Última modificación de datos personales: {b.d(variation)} (cambio de documento).",
                      f"Última modificació de dades personals: {b.d(variation)} (canvi de document).",
                      f"Última modificación de datos persoais: {b.d(variation)} (cambio de documento)."), False)]
                if variation else []))
    b.f.space(4)
    b.f.para(c.t("Y para que conste y surta efectos donde proceda, expido el presente de orden y con el visto "
                 "bueno del Sr. Alcalde.",
                 "I perquè consti i tingui efectes on calgui, expedeixo aquest certificat d'ordre i amb el "
                 "vistiplau de l'alcalde.",
                 "E para que conste e produza efectos onde proceda, expido o presente de orde e co visto "
                 "e prace do alcalde."))
    b.f.space(2)
    ink_bottom = b.stamp([c.t("REGISTRO GENERAL - SALIDA", "REGISTRE GENERAL - SORTIDA", "REXISTRO XERAL - SAÍDA"),
                          b.d(expedicion, r.choice(["roman", "mon_upper_dot", "dot4", "slash"])),
                          f"Nº {r.randint(100, 99999)}"], w=58)
    b.f.signature([c.t("Vº Bº El Alcalde", "Vist-i-plau L'Alcalde", "Visto e prace O Alcalde"),
                   b.person(b.official(), "official")], align="r")
    b.f.y = max(b.f.y, ink_bottom)
    b.f.footer([c.t("De conformidad con el Reglamento (UE) 2016/679, sus datos serán tratados por este "
                    "Ayuntamiento con la única finalidad de gestionar el Padrón.",
                    "D'acord amb el Reglament (UE) 2016/679, les vostres dades seran tractades per aquest "
                    "Ajuntament amb l'única finalitat de gestionar el Padró.",
                    "De conformidade co Regulamento (UE) 2016/679, os seus datos serán tratados por este "
                    "Concello coa única finalidade de xestionar o Padrón.")])
    return b.done("padron", holder, [(alta, expedicion)])


# ------------------------------------------------------------ padrón histórico

def historico_periodos(ctx, rows, expedicion, **_):
    """'Períodos de inscripción' table with Desde / Hasta and the cause of each movement;
    the open period reads 'hasta la fecha'; year-first dates from the database."""
    b = FB(ctx, numeric=ctx.rng.choice(["iso", "ymd_dot", "slash", "slash2", "dot4"]))
    c, r = ctx, ctx.rng
    b.twocol([(muni_issuer(c), True), (c.t("Negociado de Población", "Negociat de Població", "Negociado de Poboación"), False)],
             [(c.t("Fecha de emisión", "Data d'emissió", "Data de emisión") + f": {b.d(expedicion)}", False),
              (c.t("Hora", "Hora", "Hora") + f": {r.randint(8, 14):02d}:{r.randint(0, 59):02d}", False)])
    b.f.hr()
    b.title(c.t("CERTIFICADO DE RESIDENCIA CON PERÍODOS", "CERTIFICAT DE RESIDÈNCIA AMB PERÍODES",
                "CERTIFICADO DE RESIDENCIA CON PERÍODOS"))
    label = c.t("Apellidos, nombre", "Cognoms, nom", "Apelidos, nome")
    items, holder = b.name_fields(label)
    if len(items) != 2:  # one field: print the name as this set does
        holder = b.fname()
        items = [(label, holder)]
    b.f.fields(items + b.id_field() + b.birth_field(), "grid")
    trows, presence = [], []
    for alta, baja in rows:
        street = td.address(r, c.muni)[0]
        cause_in = r.choice([c.t("Alta por cambio de residencia", "Alta per canvi de residència", "Alta por cambio de residencia"),
                             c.t("Alta por omisión", "Alta per omissió", "Alta por omisión"),
                             c.t("Cambio de domicilio", "Canvi de domicili", "Cambio de domicilio")])
        until = b.d(baja) if baja else c.t("hasta la fecha", "fins avui", "ata a data")
        trows.append([b.d(alta), until, street, cause_in])
        presence.append((alta, baja or expedicion))
    b.f.table([c.t("Desde", "Des de", "Desde"), c.t("Hasta", "Fins a", "Ata"),
               c.t("Domicilio", "Domicili", "Domicilio"), c.t("Causa", "Causa", "Causa")],
              trows, [0.16, 0.16, 0.38, 0.30], size=b.f.base * 0.82)
    b.f.para(c.t("La presente certificación se expide a petición de la persona interesada para su "
                 "presentación ante la Oficina de Extranjería.",
                 "Aquesta certificació s'expedeix a petició de la persona interessada per presentar-la a "
                 "l'Oficina d'Estrangeria.",
                 "A presente certificación expídese a petición da persoa interesada para a súa "
                 "presentación ante a Oficina de Estranxeiría."))
    b.f.signature([b.person(b.official(), "official"),
                   c.t("Jefe/a del Negociado", "Cap del Negociat", "Xefe/a do Negociado")])
    b.f.footer([c.t("Documento firmado electrónicamente (Ley 39/2015). Puede comprobar su autenticidad con el",
                    "Document signat electrònicament (Llei 39/2015). Podeu comprovar-ne l'autenticitat amb el",
                    "Documento asinado electronicamente (Lei 39/2015). Pode comprobar a súa autenticidade co")
                + f" CSV {b.csv()}"])
    return b.done("padron_historico", holder, presence)


# ------------------------------------------------------------ utility bills

UNITS = {"luz": "kWh", "agua": "m³", "gas": "kWh", "telefono": "GB", "internet": "GB"}


def bill_twocol_history(ctx, issue, period=None, kind=None, **_):
    """Energy or telecom bill: customer block left, summary right, a consumption history of
    earlier months (which proves nothing) and a direct-debit date."""
    b, c, r = FB(ctx), ctx, ctx.rng
    kind = kind or r.choice(list(td.UTILITIES))
    company = r.choice(td.UTILITIES[kind])
    b.header([company, b.cif_line()], r.choice(["band", "logo_left", "right"]))
    holder = b.fname()
    b.dis.append("invoice_number")
    inv = f"{r.choice(['FE', 'PI', 'S'])}{issue.year % 100}{r.randint(10**7, 10**8 - 1)}"
    left = [(c.t("Titular del contrato", "Titular del contracte", "Titular do contrato"), True)]
    left += [(holder, False)] if holder else [("-", False)]
    left += [(c.home[0], False), (c.home[1], False)]
    right = [(c.t("Nº factura", "Núm. factura", "Nº factura") + f": {inv}", False),
             (c.t("Fecha de factura", "Data de factura", "Data da factura") + f": {b.d(issue)}", False)]
    if period:
        right.append((c.t("Periodo de facturación", "Període de facturació", "Período de facturación") + ":", True))
        right.append((b.period(*period), False))
    total = _money(r, 25, 140)
    right.append((c.t("Importe total", "Import total", "Importe total") + f": {total} €", True))
    b.twocol(left, right)
    b.f.hr()
    unit = UNITS[kind]
    b.f.text(c.t("Evolución de su consumo", "Evolució del seu consum", "Evolución do seu consumo"), bold=True)
    b.f.space(2)
    ref = period[0] if period else issue
    hist = []
    for k in range(1, r.randint(4, 6)):
        m, y = ref.month - k, ref.year
        while m < 1:
            m, y = m + 12, y - 1
        hist.append([f"{td.ABBR[m - 1].capitalize()} {y % 100:02d}" if r.random() < 0.5 else f"{m:02d}/{y}",
                     f"{r.randint(20, 400)} {unit}"])
    b.dis.append("history_months")
    b.f.table([c.t("Mes", "Mes", "Mes"), c.t("Consumo", "Consum", "Consumo")], hist, [0.5, 0.5],
              size=b.f.base * 0.85)
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Importe", "Import", "Importe")],
              [[c.t("Potencia contratada", "Potència contractada", "Potencia contratada") if kind == "luz"
                else c.t("Cuota fija", "Quota fixa", "Cota fixa"), _money(r, 5, 30) + " €"],
               [c.t("Energía consumida", "Energia consumida", "Enerxía consumida") if kind in ("luz", "gas")
                else c.t("Consumo", "Consum", "Consumo"), _money(r, 10, 80) + " €"],
               [c.t("Impuesto eléctrico", "Impost elèctric", "Imposto eléctrico") if kind == "luz" else "IVA 21 %",
                _money(r, 1, 20) + " €"]], [0.7, 0.3])
    due = issue + dt.timedelta(days=r.randint(7, 20))
    b.dis.append("due_date")
    b.f.para(c.t(f"Esta factura se cargará en su cuenta ES** **** **** {r.randint(1000, 9999)} a partir del {b.d(due)}.",
                 f"Aquesta factura es carregarà al compte ES** **** **** {r.randint(1000, 9999)} a partir del {b.d(due)}.",
                 f"Esta factura cargarase na conta ES** **** **** {r.randint(1000, 9999)} a partir do {b.d(due)}."))
    b.f.footer([f"{company} · {c.t('Inscrita en el Registro Mercantil', 'Inscrita al Registre Mercantil', 'Inscrita no Rexistro Mercantil')} "
                f"Tomo {r.randint(1000, 40000)}, Folio {r.randint(1, 200)} · {b.cif_line()}",
                f"{c.t('Averías 24 h', 'Avaries 24 h', 'Avarías 24 h')}: {b.phone()}"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def bill_municipal_water(ctx, issue, period=None, kind=None, **_):
    """Municipal water and waste bill ('recibo'), the customer as 'SURNAMES, Given', the
    period as a bimonthly or monthly name and the meter dates in the reading table."""
    b, c, r = FB(ctx), ctx, ctx.rng
    kind = "agua"  # a municipal water company, whatever utility the plan drew
    company = r.choice(td.UTILITIES[kind])
    b.header([company, c.t(f"Servicio municipal de {c.muni[0]}", f"Servei municipal de {c.muni[0]}",
                           f"Servizo municipal de {c.muni[0]}"), b.cif_line()], r.choice(["centered", "logo_left"]))
    b.title(c.t("RECIBO DE SUMINISTRO", "REBUT DE SUBMINISTRAMENT", "RECIBO DE SUBMINISTRACIÓN"))
    nf, holder = b.name_fields(c.t("Abonado/a", "Abonat/da", "Abonado/a"))
    if not (nf and len(nf) == 2):
        holder = b.fname()
        nf = [(c.t("Abonado/a", "Abonat/da", "Abonado/a"), holder)] if holder else []
    b.dis.append("invoice_number")
    items = nf + [(c.t("Nº de contrato", "Núm. de contracte", "Nº de contrato"), f"{r.randint(10**5, 10**7)}"),
                  (c.t("Dirección de suministro", "Adreça de subministrament", "Enderezo de subministración"), c.home[0])]
    if period:
        items.append((c.t("Período", "Període", "Período"), b.period(*period)))
    items.append((c.t("Fecha de emisión", "Data d'emissió", "Data de emisión"), b.d(issue)))
    b.f.fields(items, r.choice(["boxes", "grid", "colon"]), cols=1)
    if period:
        unit = UNITS.get(kind, "m³")
        a = r.randint(100, 9000)
        b.f.table([c.t("Lectura", "Lectura", "Lectura"), c.t("Fecha", "Data", "Data"), unit],
                  [[c.t("Anterior", "Anterior", "Anterior"), b.d(period[0]), str(a)],
                   [c.t("Actual", "Actual", "Actual"), b.d(period[1]), str(a + r.randint(4, 60))]],
                  [0.4, 0.35, 0.25])
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Importe", "Import", "Importe")],
              [[c.t("Abastecimiento", "Abastament", "Abastecemento"), _money(r, 5, 30) + " €"],
               [c.t("Alcantarillado", "Clavegueram", "Sumidoiros"), _money(r, 2, 10) + " €"],
               [c.t("Tasa de basuras", "Taxa d'escombraries", "Taxa de lixo"), _money(r, 5, 20) + " €"],
               ["IVA 10 %", _money(r, 1, 5) + " €"]], [0.7, 0.3])
    if r.random() < 0.7:
        b.dis.append("due_date")
        b.f.fields([(c.t("Último día de pago en periodo voluntario", "Darrer dia de pagament en període voluntari",
                         "Último día de pagamento en período voluntario"),
                     b.d(issue + dt.timedelta(days=r.randint(20, 40))))], "colon")
    b.f.footer([c.t("Puede domiciliar este recibo en cualquier entidad bancaria. Ordenanza fiscal reguladora "
                    "de la tasa por suministro de agua.",
                    "Podeu domiciliar aquest rebut a qualsevol entitat bancària. Ordenança fiscal reguladora "
                    "de la taxa pel subministrament d'aigua.",
                    "Pode domiciliar este recibo en calquera entidade bancaria. Ordenanza fiscal reguladora "
                    "da taxa por subministración de auga.")])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def bill_aviso_estimado(ctx, issue, period=None, kind=None, **_):
    """Letter 'Estimado/a Sr./Sra. X:' announcing the bill, the period named as months in
    words ('los meses de enero y febrero de 2026'), the debit date and a reference."""
    b, c, r = FB(ctx), ctx, ctx.rng
    kind = kind or r.choice(list(td.UTILITIES))
    company = r.choice(td.UTILITIES[kind])
    b.header([company, f"{c.t('Apartado de Correos', 'Apartat de Correus', 'Apartado de Correos')} {r.randint(100, 9999)}"],
             r.choice(["logo_left", "right"]))
    holder = b.fname()
    hon = b.honor()
    b.twocol([(b.place_date(issue, formula=False), False)],
             [(hon + " " + holder, True) if holder else ("", False), (c.home[0], False), (c.home[1], False)])
    b.f.space(4)
    b.f.para(c.t(f"Estimado/a {hon} {holder}:" if holder else "Estimado/a cliente:",
                 f"Benvolgut/da {hon} {holder}:" if holder else "Benvolgut/da client/a:",
                 f"Estimado/a {hon} {holder}:" if holder else "Estimado/a cliente:"))
    total = _money(r, 20, 160)
    if period:
        s_, e_ = period
        first, _ = td.month_bounds(s_.year, s_.month)
        _, last = td.month_bounds(e_.year, e_.month)
        if s_ == first and e_ == last and s_.year == e_.year and r.random() < 0.7:
            m = td.MONTHS[c.lang]
            if s_.month == e_.month:
                what = c.t(f"al mes de {m[s_.month - 1]} de {s_.year}", f"al mes {td.month_of('ca', s_.month)} de {s_.year}",
                           f"ao mes de {m[s_.month - 1]} de {s_.year}")
            else:
                what = c.t(f"a los meses de {m[s_.month - 1]} y {m[e_.month - 1]} de {s_.year}",
                           f"als mesos {td.month_of('ca', s_.month)} i {td.month_of('ca', e_.month)} de {s_.year}",
                           f"aos meses de {m[s_.month - 1]} e {m[e_.month - 1]} de {s_.year}")
        else:
            what = c.t(f"al periodo {b.period(*period)}", f"al període {b.period(*period)}",
                       f"ao período {b.period(*period)}")
        b.f.para(c.t(f"Le informamos de que ya está disponible su factura correspondiente {what}, por un "
                     f"importe de {total} euros (IVA incluido).",
                     f"Us informem que ja teniu disponible la factura corresponent {what}, per un import "
                     f"de {total} euros (IVA inclòs).",
                     f"Informámolo de que xa está dispoñible a súa factura correspondente {what}, por un "
                     f"importe de {total} euros (IVE incluído)."))
    else:
        b.f.para(c.t(f"Le informamos de que ya está disponible su factura, por un importe de {total} euros.",
                     f"Us informem que ja teniu disponible la factura, per un import de {total} euros.",
                     f"Informámolo de que xa está dispoñible a súa factura, por un importe de {total} euros."))
    due = issue + dt.timedelta(days=r.randint(5, 15))
    b.dis.append("due_date")
    b.f.para(c.t(f"El cargo en su cuenta se realizará el día {b.d(due)}. Si desea consultar el detalle, acceda "
                 "a su área de cliente.",
                 f"El càrrec al vostre compte es farà el dia {b.d(due)}. Si voleu consultar-ne el detall, "
                 "accediu a la vostra àrea de client.",
                 f"O cargo na súa conta realizarase o día {b.d(due)}. Se desexa consultar o detalle, acceda "
                 "á súa área de cliente."))
    b.f.para(c.t("Atentamente,", "Atentament,", "Atentamente,"))
    b.f.signature([c.t("Servicio de Atención al Cliente", "Servei d'Atenció al Client", "Servizo de Atención ao Cliente"),
                   company], align="l")
    b.dis.append("reference_number")
    b.f.footer([f"{c.t('Referencia del contrato', 'Referència del contracte', 'Referencia do contrato')}: "
                f"{r.randint(10**9, 10**10 - 1)} · {b.cif_line()}"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ payslips

def payslip_header_boxes(ctx, issue, period=None, **_):
    """Payroll-software slip: EMPRESA and TRABAJADOR boxes, 'Antigüedad' (proves nothing),
    'PERIODO MENS 01 MAR 26 a 31 MAR 26', and the pay date under the totals."""
    b, c, r = FB(ctx, base=ctx.rng.choice([9.0, 9.5, 10.0])), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    holder = b.fname()
    ids = b.id_field()
    b.dis.append("seniority_date")
    ref = period[0] if period else issue
    seniority = ref - dt.timedelta(days=r.randint(40, 700))
    b.f.fields([(c.t("Empresa", "Empresa", "Empresa"), company),
                (c.t("Domicilio", "Domicili", "Domicilio"), f"{td.address(r, c.muni)[0]}, {c.muni[0]}"),
                ("CIF", td.cif(r)), ("C.C.C.", f"{r.randint(10, 52)} {r.randint(10**8, 10**9 - 1)}")],
               "boxes", cols=2)
    wk = [(c.t("Trabajador/a", "Treballador/a", "Traballador/a"), holder or ""),
          ("DNI/NIE", ids[0][1] if ids else ""),
          (c.t("Categoría", "Categoria", "Categoría"), r.choice(["Peón", "Ayudante", "Auxiliar", "Oficial 3ª"])),
          (c.t("Antigüedad", "Antiguitat", "Antigüidade"), b.d(seniority, "slash"))]
    b.f.fields(wk, "boxes", cols=2)
    if period:
        st = r.choice(["upper2", "slash", "dot2"])
        if st == "upper2":
            p0 = f"{period[0].day:02d} {td.ABBR[period[0].month - 1]} {period[0].year % 100:02d}"
            p1 = f"{period[1].day:02d} {td.ABBR[period[1].month - 1]} {period[1].year % 100:02d}"
        else:
            p0, p1 = b.d(period[0], st), b.d(period[1], st)
        days = (period[1] - period[0]).days + 1
        b.f.text(f"{c.t('PERIODO', 'PERÍODE', 'PERÍODO')}  MENS  {p0} {c.t('a', 'a', 'a')} {p1}    "
                 f"{c.t('TOT. DÍAS', 'TOT. DIES', 'TOT. DÍAS')} {days}", bold=True)
        b.f.space(2)
    b.f.table([c.t("Cuantía", "Quantia", "Contía"), c.t("Concepto", "Concepte", "Concepto"),
               c.t("Devengos", "Meritacions", "Devengos"), c.t("Deducciones", "Deduccions", "Deducións")],
              [["30,00", "Salario base", f"{r.randint(900, 1300)},00", ""],
               ["30,00", "Plus convenio", f"{r.randint(40, 150)},00", ""],
               ["4,70", "Contingencias comunes", "", f"{r.randint(40, 70)},{r.randint(10, 99)}"],
               ["1,55", "Desempleo", "", f"{r.randint(15, 25)},{r.randint(10, 99)}"],
               ["", "I.R.P.F.", "", f"{r.randint(20, 90)},{r.randint(10, 99)}"]],
              [0.14, 0.42, 0.22, 0.22], size=b.f.base * 0.9)
    b.f.text(f"{c.t('LÍQUIDO A PERCIBIR', 'LÍQUID A PERCEBRE', 'LÍQUIDO A PERCIBIR')}  {r.randint(850, 1300)},{r.randint(10, 99)} €",
             bold=True, align="r")
    if not period or r.random() < 0.6:
        b.f.text(f"{c.muni[0]}, {b.d(issue)}", align="l")
    b.f.signature([c.t("Firma y sello de la empresa", "Signatura i segell de l'empresa", "Sinatura e selo da empresa"),
                   b.person(b.official(), "official")], align="l")
    b.f.signature([c.t("Recibí", "He rebut", "Recibín")], align="r")
    return b.done("payslip", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ transport

def ticket_train_purchase(ctx, date, **_):
    """Print-at-home train ticket: travel date, a purchase date days earlier (proves nothing),
    the traveller's name and document, coach and seat."""
    b = FB(ctx, size=(210.0, 120.0), base=ctx.rng.choice([9.0, 9.5, 10.0]))
    c, r = ctx, ctx.rng
    b.f.single_page = True
    b.header([r.choice(["Trenes Peninsulares", "Rodalia Regional Express", "Ferrocarril Atlántico"]),
              c.t("Billete electrónico", "Bitllet electrònic", "Billete electrónico")], r.choice(["band", "right"]))
    towns = r.sample([m[0] for m in td.MUNICIPALITIES], 2)
    holder = b.fname()
    ids = b.id_field()
    travel = ""
    if date:
        travel = b.d(date, "wd_abbr") if r.random() < 0.35 else b.d(date)
    rows = [[towns[0].upper(), towns[1].upper(), travel,
             f"{r.randint(6, 21):02d}:{r.choice(['05', '20', '35', '50'])}", f"{r.randint(1, 9)}", f"{r.randint(1, 80)}{r.choice('ABCD')}"]]
    b.f.table([c.t("Origen", "Origen", "Orixe"), c.t("Destino", "Destinació", "Destino"),
               c.t("Fecha", "Data", "Data"), c.t("Salida", "Sortida", "Saída"),
               c.t("Coche", "Cotxe", "Coche"), c.t("Plaza", "Plaça", "Praza")],
              rows, [0.22, 0.22, 0.2, 0.12, 0.1, 0.14])
    items = [(c.t("Viajero", "Viatger", "Viaxeiro"), holder or "")]
    if ids:
        items.append(ids[0])
    b.f.fields(items, "colon")
    if date:
        b.dis.append("purchase_date")
        bought = date - dt.timedelta(days=r.randint(1, 25))
        b.f.text(f"{c.t('Fecha de compra', 'Data de compra', 'Data de compra')}: {b.d(bought, 'slash')} "
                 f"{r.randint(8, 23):02d}:{r.randint(0, 59):02d}  ·  "
                 f"{c.t('Localizador', 'Localitzador', 'Localizador')}: "
                 + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), size=b.f.base * 0.85)
    b.barcode(h=8.0, w=50.0)
    b.f.text(c.t("Billete nominativo. Presente su documento de identidad junto con este billete.",
                 "Bitllet nominatiu. Presenteu el document d'identitat juntament amb aquest bitllet.",
                 "Billete nominativo. Presente o seu documento de identidade xunto con este billete."),
             size=b.f.base * 0.8)
    return b.done("transport_ticket", holder, one_day(date), "passenger")


# ------------------------------------------------------------ bank papers

def bank_atm_slip(ctx, date, **_):
    """Narrow cash-machine slip: OPERACION INGRESO, the cardholder, 'FECHA 16.03.26 HORA'."""
    r = ctx.rng
    b = FB(ctx, size=(80.0, r.choice([120.0, 135.0])), mono=True, base=r.choice([9.5, 10.0]),
           numeric=r.choice(["dot2", "slash2", "dash2", "slash"]))
    c = ctx
    b.f.margin = 5.0
    b.f.text(r.choice(td.BANKS).upper(), bold=True, align="c")
    b.f.text(f"{c.t('CAJERO', 'CAIXER', 'CAIXEIRO')} {r.randint(1000, 9999)} {c.muni[0].upper()}", align="c")
    b.f.hr()
    if date:
        b.f.text(f"{c.t('FECHA', 'DATA', 'DATA')} {b.d(date)}  {c.t('HORA', 'HORA', 'HORA')} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}")
    b.f.text(f"{c.t('OPERACION', 'OPERACIO', 'OPERACION')}: {r.choice([c.t('INGRESO EFECTIVO', 'INGRES EFECTIU', 'INGRESO EFECTIVO'), c.t('REINTEGRO', 'REINTEGRAMENT', 'REINTEGRO')])}")
    holder = b.fname()
    if holder:
        holder = td.strip_accents(holder).upper() if r.random() < 0.7 else holder
        b.f.text(c.t("TITULAR:", "TITULAR:", "TITULAR:"))
        b.f.text(holder, b.f.fit(holder, b.f.font(), b.f.base, b.f.width))
    b.f.text(f"{c.t('CUENTA', 'COMPTE', 'CONTA')}: ES** **** **** **{r.randint(10, 99)} {r.randint(1000, 9999)}")
    b.f.text(f"{c.t('IMPORTE', 'IMPORT', 'IMPORTE')}: {r.randint(20, 900)},00 EUR")
    b.f.text(f"{c.t('SALDO DISP.', 'SALDO DISP.', 'SALDO DISP.')}: {_money(r, 5, 2000)} EUR")
    b.f.text(f"{c.t('Nº OPER.', 'NÚM. OPER.', 'Nº OPER.')} {r.randint(10**5, 10**6 - 1)}")
    b.f.hr()
    b.f.text(c.t("CONSERVE ESTE JUSTIFICANTE", "CONSERVI AQUEST JUSTIFICANT", "CONSERVE ESTE XUSTIFICANTE"), align="c")
    return b.done("bank_receipt", holder, one_day(date), "holder")


def bank_incoming_transfer(ctx, date, **_):
    """'Aviso de abono' of a transfer received from abroad: the sender abroad with a foreign
    address, the person as beneficiary, fecha de abono and fecha valor."""
    b, c, r = FB(ctx), ctx, ctx.rng
    bank = r.choice(td.BANKS)
    b.header([bank, f"{c.t('Oficina', 'Oficina', 'Oficina')} {r.randint(1000, 9999)} · {c.muni[0]}"],
             r.choice(["logo_left", "right", "band"]))
    holder = b.fname()
    if holder:
        b.twocol([("", False)], [(holder, True), (c.home[0], False), (c.home[1], False)])
    b.title(c.t("AVISO DE ABONO - TRANSFERENCIA RECIBIDA", "AVÍS D'ABONAMENT - TRANSFERÈNCIA REBUDA",
                "AVISO DE ABONO - TRANSFERENCIA RECIBIDA"))
    sender = b.someone_else(upper=True)
    b.person(sender, "sender")
    b.person(holder, "beneficiary", c.is_applicant)
    country = r.choice([("Colombia", "Bogotá"), ("Marruecos", "Casablanca"), ("Perú", "Lima"),
                        ("Senegal", "Dakar"), ("Ucrania", "Kyiv"), ("Pakistán", "Lahore")])
    b.dis.append("reference_number")
    items = [(c.t("Ordenante", "Ordenant", "Ordenante"), sender),
             (c.t("Domicilio ordenante", "Domicili ordenant", "Domicilio ordenante"), f"{country[1]} ({country[0]})"),
             (c.t("Banco ordenante", "Banc ordenant", "Banco ordenante"), f"BIC {''.join(r.choice('ABCDEFGHKLMNPRSTUVWXYZ') for _ in range(6))}XX"),
             (c.t("Beneficiario", "Beneficiari", "Beneficiario"), holder or ""),
             (c.t("Cuenta de abono", "Compte d'abonament", "Conta de abono"),
              f"ES{r.randint(10, 99)} {r.randint(1000, 9999)} **** **** **** {r.randint(1000, 9999)}"),
             (c.t("Importe recibido", "Import rebut", "Importe recibido"), f"{r.randint(50, 900)},{r.randint(0, 99):02d} EUR"),
             (c.t("Comisiones", "Comissions", "Comisións"), f"{r.randint(0, 9)},{r.randint(0, 99):02d} EUR"),
             (c.t("Referencia", "Referència", "Referencia"), f"{r.randint(10**11, 10**12 - 1)}")]
    if date:
        items.insert(5, (c.t("Fecha de abono", "Data d'abonament", "Data de abono"), b.d(date)))
        items.insert(6, (c.t("Fecha valor", "Data valor", "Data valor"), b.d(date)))
    b.f.fields(items, r.choice(["colon", "grid", "column"]))
    b.f.para(c.t("Estimado/a cliente:", "Benvolgut/da client/a:", "Estimado/a cliente:"))
    b.f.para(c.t("Le comunicamos que hemos abonado en su cuenta el importe indicado. Este aviso no "
                 "requiere firma.",
                 "Us comuniquem que hem abonat al vostre compte l'import indicat. Aquest avís no "
                 "requereix signatura.",
                 "Comunicámoslle que aboamos na súa conta o importe indicado. Este aviso non "
                 "require sinatura."), size=b.f.base * 0.9)
    b.f.footer([f"{bank}, {b.cif_line()}. " + c.t("Entidad inscrita en el Registro del Banco de España.",
                                                  "Entitat inscrita al Registre del Banc d'Espanya.",
                                                  "Entidade inscrita no Rexistro do Banco de España.")])
    return b.done("bank_receipt", holder, one_day(date), "beneficiary")


# ------------------------------------------------------------ medical

def med_justificante_visita(ctx, date, **_):
    """A5 visit slip from primary care: 'ha sido atendido/a hoy, martes, 17 de marzo ...,
    de 10:20 a 10:45 h', the professional with collegiate number."""
    b, c, r = FB(ctx, size=(148.0, 210.0)), ctx, ctx.rng
    clinic = r.choice(td.CLINICS).format(m=c.muni[0])
    b.header([clinic, c.t("Atención Primaria", "Atenció Primària", "Atención Primaria"), f"Tel. {b.phone()}"],
             r.choice(["logo_left", "centered"]))
    b.title(c.t("JUSTIFICANTE DE VISITA", "JUSTIFICANT DE VISITA", "XUSTIFICANTE DE VISITA"))
    holder = b.fname()
    cip = f"{r.choice(['MAQU', 'LOQU', 'BEAH', 'DIMA', 'ROGA'])}{r.randint(10**9, 10**10 - 1)}"
    h0 = r.randint(8, 19)
    m0 = r.choice([0, 10, 20, 30, 40])
    when = ""
    if date:
        wd = td.WEEKDAYS[c.lang][date.weekday()]
        when = c.t(f" el {wd}, {fdate(date, r.choice(['long', 'long_del', 'words_day']), 'es')},",
                   f" el {wd}, {fdate(date, 'long', 'ca')},", f" o {wd}, {fdate(date, 'long', 'gl')},")
    b.f.para(c.t(f"Se hace constar que {b.honor()} {holder}, con CIP {cip}, ha sido atendido/a en este "
                 f"centro{when} de {h0:02d}:{m0:02d} a {h0:02d}:{m0 + 15:02d} h.",
                 f"Es fa constar que {b.honor()} {holder}, amb CIP {cip}, ha estat atès/a en aquest "
                 f"centre{when} de {h0:02d}:{m0:02d} a {h0:02d}:{m0 + 15:02d} h.",
                 f"Faise constar que {b.honor()} {holder}, con CIP {cip}, foi atendido/a neste "
                 f"centro{when} de {h0:02d}:{m0:02d} a {h0:02d}:{m0 + 15:02d} h."))
    b.f.para(c.t("Este justificante no incluye información clínica.", "Aquest justificant no inclou informació clínica.",
                 "Este xustificante non inclúe información clínica."), size=b.f.base * 0.85)
    doc = b.person(b.official(), "official")
    bottom = b.stamp([clinic.upper(), c.t("ADMISIÓN", "ADMISSIÓ", "ADMISIÓN")], w=48)
    b.f.signature([f"{r.choice(['Dr./Dra.', 'Enf.'])} {doc}",
                   f"{c.t('Nº col.', 'Núm. col.', 'Nº col.')} {r.randint(10, 52)}/{r.randint(10**4, 10**5 - 1)}"])
    b.f.y = max(b.f.y, bottom)
    return b.done("medical", holder, one_day(date), "patient")


def med_urgencias_twocol(ctx, date, **_):
    """Emergency report: patient data left, episode data right (arrival and discharge times),
    age and birth date, triage level, the physician who signs."""
    b, c, r = FB(ctx), ctx, ctx.rng
    hosp = f"Hospital {r.choice(['Universitario', 'Comarcal', 'do Salnés', 'Vall del Riu', 'Santa Lucía'])}"
    b.header([hosp, c.t("Servicio de Urgencias", "Servei d'Urgències", "Servizo de Urxencias")],
             r.choice(["right", "band", "centered"]))
    b.title(c.t("INFORME DE ASISTENCIA EN URGENCIAS", "INFORME D'ASSISTÈNCIA A URGÈNCIES",
                "INFORME DE ASISTENCIA EN URXENCIAS"))
    holder = b.fname()
    left = [(c.t("Paciente", "Pacient", "Paciente"), True), (holder, False)]
    if c.birth:
        b.dis.append("birth_date")
        age = (date or dt.date(2026, 3, 1)).year - c.birth.year
        left += [(f"{c.t('F. nacimiento', 'D. naixement', 'D. nacemento')}: {b.d(c.birth, 'slash')} ({age} {c.t('años', 'anys', 'anos')})", False)]
    ids = b.id_field()
    if ids:
        left += [(f"{ids[0][0]}: {ids[0][1]}", False)]
    right = [(c.t("Episodio", "Episodi", "Episodio") + f": {r.randint(10**6, 10**7 - 1)}", False)]
    if date:
        h = r.randint(0, 19)
        right += [(c.t("Llegada", "Arribada", "Chegada") + f": {b.d(date)} {h:02d}:{r.randint(0, 59):02d}", False),
                  (c.t("Alta", "Alta", "Alta") + f": {b.d(date)} {h + r.randint(1, 4):02d}:{r.randint(0, 59):02d}", False)]
    right += [(c.t("Triaje", "Triatge", "Triaxe") + f": {c.t('nivel', 'nivell', 'nivel')} {r.randint(3, 5)}", False)]
    b.twocol(left, right)
    b.f.hr()
    b.f.text(c.t("Anamnesis", "Anamnesi", "Anamnese"), bold=True)
    b.f.para(c.t("Paciente que consulta por fiebre de 38,5 ºC y odinofagia de dos días de evolución. "
                 "Sin alergias medicamentosas conocidas.",
                 "Pacient que consulta per febre de 38,5 ºC i odinofàgia de dos dies d'evolució. "
                 "Sense al·lèrgies medicamentoses conegudes.",
                 "Paciente que consulta por febre de 38,5 ºC e odinofaxia de dous días de evolución. "
                 "Sen alerxias medicamentosas coñecidas."))
    b.f.text(c.t("Juicio clínico", "Judici clínic", "Xuízo clínico"), bold=True)
    b.f.para(c.t("Faringoamigdalitis aguda. Se pauta tratamiento y control por su médico de familia.",
                 "Faringoamigdalitis aguda. Es pauta tractament i control pel seu metge de família.",
                 "Faringoamigdalite aguda. Páutase tratamento e control polo seu médico de familia."))
    b.f.signature([f"{c.t('Facultativo/a', 'Facultatiu/iva', 'Facultativo/a')}: {b.person(b.official(), 'official')}",
                   f"{c.t('Nº colegiado', 'Núm. col·legiat', 'Nº colexiado')} {r.randint(10**8, 10**9 - 1)}"])
    return b.done("medical", holder, one_day(date), "patient")


# ------------------------------------------------------------ attendance certificates

def att_hace_constar(ctx, date, **_):
    """Parish or NGO letter 'HACE CONSTAR', the date written out in words at the end,
    the file number and the person named as 'D./Dña. X, natural de ...'."""
    b, c, r = FB(ctx), ctx, ctx.rng
    issuer = r.choice(td.NGOS).format(m=c.muni[0])
    b.header([issuer, f"{td.address(r, c.muni)[0]} · {c.muni[0]}", b.cif_line()], r.choice(["centered", "logo_left"]))
    off = b.person(b.official(), "official")
    holder = b.fname()
    country = b.country()
    b.f.para(c.t(f"{off}, con DNI {_dni(r)}, en calidad de {r.choice(['responsable', 'coordinador/a', 'trabajador/a social'])} "
                 f"de {issuer},",
                 f"{off}, amb DNI {_dni(r)}, en qualitat de {r.choice(['responsable', 'coordinador/a', 'treballador/a social'])} "
                 f"de {issuer},",
                 f"{off}, con DNI {_dni(r)}, en calidade de {r.choice(['responsable', 'coordinador/a', 'traballador/a social'])} "
                 f"de {issuer},"))
    b.f.text(c.t("HACE CONSTAR", "FA CONSTAR", "FAI CONSTAR"), bold=True, align="c")
    b.f.para(c.t(f"Que {b.honor()} {holder}, natural de {country}{b.ident_text()} es persona usuaria de esta "
                 f"entidad con número de expediente {r.randint(100, 9999)}/{r.randint(10, 99)}, y participa en "
                 "el programa de acompañamiento y en el taller de búsqueda de empleo.",
                 f"Que {b.honor()} {holder}, natural de {country}{b.ident_text()} és persona usuària d'aquesta "
                 f"entitat amb número d'expedient {r.randint(100, 9999)}/{r.randint(10, 99)}, i participa en "
                 "el programa d'acompanyament i en el taller de recerca de feina.",
                 f"Que {b.honor()} {holder}, natural de {country}{b.ident_text()} é persoa usuaria desta "
                 f"entidade con número de expediente {r.randint(100, 9999)}/{r.randint(10, 99)}, e participa no "
                 "programa de acompañamento e no obradoiro de busca de emprego."))
    if date:
        words = fdate(date, r.choice(["words_full", "words_day", "long"]), c.lang)
        b.f.para(c.t(f"Y para que así conste, a petición de la persona interesada, firmo la presente en "
                     f"{c.muni[0]}, a {words}.",
                     f"I perquè així consti, a petició de la persona interessada, signo aquest escrit a "
                     f"{c.muni[0]}, a {words}.",
                     f"E para que así conste, a petición da persoa interesada, asino a presente en "
                     f"{c.muni[0]}, a {words}."))
    else:
        b.f.para(c.t("Y para que así conste, a petición de la persona interesada, firmo la presente.",
                     "I perquè així consti, a petició de la persona interessada, signo aquest escrit.",
                     "E para que así conste, a petición da persoa interesada, asino a presente."))
    bottom = b.stamp([issuer.upper(), c.t("SECRETARÍA", "SECRETARIA", "SECRETARÍA")], w=60)
    b.f.signature([c.t("Fdo.:", "Signat:", "Asdo.:") + f" {off}"])
    b.f.y = max(b.f.y, bottom)
    b.f.footer([c.t(f"Entidad inscrita en el Registro de Asociaciones con el nº {r.randint(1000, 60000)}. "
                    "Declarada de utilidad pública.",
                    f"Entitat inscrita al Registre d'Associacions amb el núm. {r.randint(1000, 60000)}. "
                    "Declarada d'utilitat pública.",
                    f"Entidade inscrita no Rexistro de Asociacións co nº {r.randint(1000, 60000)}. "
                    "Declarada de utilidade pública.")])
    return b.done("attendance_certificate", holder, one_day(date), "user")


def att_user_card(ctx, date, **_):
    """Card-sized NGO user card: the name, member number and 'Expedido' date; a card
    without a date when the planner asks for one."""
    b = FB(ctx, size=(86.0, 54.0), base=ctx.rng.choice([8.0, 8.5]),
           numeric=ctx.rng.choice(["slash", "slash2", "dot4", "dash"]))
    c, r = ctx, ctx.rng
    b.f.margin = 4.5
    b.f.single_page = True
    issuer = r.choice(td.NGOS).format(m=c.muni[0])
    b.f.page.rect(0, 0, 86.0, 9.0, 0, b.color, fill=b.color)
    b.f.page.text(b.f.left, 6.2, issuer, b.f.font(True), b.f.fit(issuer, b.f.font(True), 8.5, 77), "l", (255, 255, 255))
    b.f.y = 11.0
    b.f.text(c.t("TARJETA DE PERSONA USUARIA", "TARGETA DE PERSONA USUÀRIA", "TARXETA DE PERSOA USUARIA"), bold=True)
    holder = b.fname()
    if holder:
        b.f.text(holder, b.f.fit(holder, b.f.font(True), b.f.base * 1.1, b.f.width), True)
    b.f.text(f"{c.t('Nº', 'Núm.', 'Nº')} {r.randint(1000, 99999)}")
    if date:
        b.f.text(f"{c.t('Expedida', 'Expedida', 'Expedida')}: {b.d(date)}")
    return b.done("attendance_certificate", holder, one_day(date), "user")


# ------------------------------------------------------------ training certificates

def train_jornada(ctx, date, **_):
    """One-day workshop certificate: 'ha asistido a la jornada ... celebrada el ...',
    hours and place, two officials, registry number."""
    b, c, r = FB(ctx), ctx, ctx.rng
    school = r.choice(td.SCHOOLS).format(m=c.muni[0])
    b.header([school, c.t("Departamento de Formación", "Departament de Formació", "Departamento de Formación")],
             r.choice(["band", "right", "logo_left"]))
    b.title(c.t("CERTIFICADO DE ASISTENCIA", "CERTIFICAT D'ASSISTÈNCIA", "CERTIFICADO DE ASISTENCIA"))
    holder = b.fname()
    topic = r.choice([c.t("Primeros auxilios básicos", "Primers auxilis bàsics", "Primeiros auxilios básicos"),
                      c.t("Derechos laborales", "Drets laborals", "Dereitos laborais"),
                      c.t("Manipulación de alimentos", "Manipulació d'aliments", "Manipulación de alimentos"),
                      c.t("Igualdad de oportunidades", "Igualtat d'oportunitats", "Igualdade de oportunidades")])
    hours = r.choice([3, 4, 5, 6, 8])
    when = c.t(f", celebrada el {b.dlong(date)}", f", celebrada el {b.dlong(date)}", f", celebrada o {b.dlong(date)}") if date else ""
    b.f.para(c.t(f"Se certifica que {b.honor()} {holder}{b.ident_text()} ha asistido a la jornada formativa "
                 f"«{topic}», de {hours} horas de duración{when}, en las instalaciones del centro.",
                 f"Es certifica que {b.honor()} {holder}{b.ident_text()} ha assistit a la jornada formativa "
                 f"«{topic}», de {hours} hores de durada{when}, a les instal·lacions del centre.",
                 f"Certifícase que {b.honor()} {holder}{b.ident_text()} asistiu á xornada formativa "
                 f"«{topic}», de {hours} horas de duración{when}, nas instalacións do centro."))
    b.f.fields([(c.t("Nº de registro", "Núm. de registre", "Nº de rexistro"), f"{r.randint(100, 9999)}-{r.choice('ABCF')}")], "colon")
    b.dis.append("reference_number")
    if date:
        b.f.para(f"{c.muni[0]}, {b.d(date)}", align="r")
    b.sign_pair([c.t("El/La Director/a", "El/La Director/a", "O/A Director/a"), b.person(b.official(), "official")], [c.t("El/La Docente", "El/La Docent", "O/A Docente"), b.person(b.official(), "official")])
    return b.done("training_certificate", holder, one_day(date), "student")


def train_diploma_landscape(ctx, date, **_):
    """Landscape diploma with a double frame: 'otorga el presente DIPLOMA a', the name in
    capitals, the course hours, the place and date, and a registry stamp."""
    b, c, r = FB(ctx, size=(297.0, 210.0)), ctx, ctx.rng
    b.f.single_page = True
    W, H = 297.0, 210.0
    b.f.page.rect(8, 8, W - 16, H - 16, 1.2, b.color)
    b.f.page.rect(11, 11, W - 22, H - 22, 0.4, b.color)
    b.f.margin = 26.0
    b.f.y = 26.0
    school = r.choice(td.SCHOOLS).format(m=c.muni[0])
    b.f.text(school.upper(), b.f.base * 1.4, True, "c", color=b.color)
    b.f.space(6)
    b.f.text(c.t("otorga el presente", "atorga el present", "outorga o presente"), align="c")
    b.f.text("DIPLOMA", b.f.base * 2.6, True, "c")
    b.f.text(c.t("a", "a", "a"), align="c")
    holder = b.fname()
    if holder:
        holder = holder.upper() if r.random() < 0.6 else holder
        b.f.text(holder, b.f.fit(holder, b.f.font(True), b.f.base * 2.0, b.f.width), True, "c")
    course = r.choice(["Español como lengua extranjera (A2)", "Auxiliar de geriatría", "Soldadura básica",
                       "Camarero/a de sala", "Competencias digitales"])
    hours = r.choice([40, 60, 90, 120, 150])
    b.f.space(2)
    b.f.para(c.t(f"por haber superado con aprovechamiento el curso «{course}», con una duración de {hours} horas.",
                 f"per haver superat amb aprofitament el curs «{course}», amb una durada de {hours} hores.",
                 f"por superar con aproveitamento o curso «{course}», cunha duración de {hours} horas."), align="c")
    if date:
        b.f.space(3)
        b.f.text(f"{c.muni[0]}, {b.dlong(date)}", align="c")
    b.sign_pair([b.person(b.official(), "official"), c.t("Director/a", "Director/a", "Director/a")], [b.person(b.official(), "official"), c.t("Secretario/a", "Secretari/ària", "Secretario/a")])
    b.dis.append("reference_number")
    b.f.page.text(W - 26, H - 16, f"{c.t('Registro', 'Registre', 'Rexistro')} nº {r.randint(100, 9999)}/{r.randint(10, 99)}",
                  b.f.font(), 7.5, "r", b.color)
    return b.done("training_certificate", holder, one_day(date), "student")


# ------------------------------------------------------------ library card

def library_pvc_card(ctx, date, **_):
    """Credit-card-size reader card: a barcode, the number, 'LECTOR/A' and the alta."""
    b = FB(ctx, size=(86.0, 54.0), base=ctx.rng.choice([8.0, 8.5]),
           numeric=ctx.rng.choice(["slash2", "dot2", "slash", "dot4", "mon_upper_dot"]))
    c, r = ctx, ctx.rng
    b.f.margin = 4.5
    b.f.single_page = True
    name = c.t(f"Bibliotecas Municipales de {c.muni[0]}", f"Biblioteques de {c.muni[0]}",
               f"Bibliotecas Municipais de {c.muni[0]}")
    b.f.page.ellipse(4.5, 3.5, 8, 8, b.color)
    b.f.page.text(15, 9.0, name, b.f.font(True), b.f.fit(name, b.f.font(True), 8.5, 66), "l", b.color)
    b.f.y = 13.0
    holder = b.fname()
    if holder:
        b.f.text(c.t("LECTOR/A", "LECTOR/A", "LECTOR/A"), b.f.base * 0.8)
        b.f.text(holder, b.f.fit(holder, b.f.font(True), b.f.base * 1.05, b.f.width), True)
    if date:
        b.f.text(f"{c.t('Alta', 'Alta', 'Alta')}: {b.d(date)}", b.f.base * 0.9)
    b.barcode(h=7.0, w=50.0)
    b.f.text(f"2{r.randint(10**11, 10**12 - 1)}", b.f.base * 0.8)
    return b.done("library_card", holder, one_day(date), "user")


def library_card_back(ctx, date, **_):
    """The back of the card: the conditions of use, a phone for lost cards, the holder's
    name over the signature line and the issue date in the library's own style."""
    b = FB(ctx, size=(86.0, 54.0), base=ctx.rng.choice([7.0, 7.5]))
    c, r = ctx, ctx.rng
    b.f.margin = 4.0
    b.f.single_page = True
    b.f.y = 2.0
    b.f.para(c.t("Este carné es personal e intransferible y es válido en toda la red de bibliotecas. "
                 "En caso de pérdida, comuníquelo al",
                 "Aquest carnet és personal i intransferible i és vàlid a tota la xarxa de biblioteques. "
                 "En cas de pèrdua, comuniqueu-ho al",
                 "Este carné é persoal e intransferible e é válido en toda a rede de bibliotecas. "
                 "En caso de perda, comuníqueo ao") + f" {b.phone()}.", size=b.f.base * 0.9)
    holder = b.fname()
    b.f.space(4)
    b.f.page.line(b.f.left, b.f.y + 1, b.f.left + 45, b.f.y + 1, 0.3, b.color)
    b.f.y += 1
    b.f.text(c.t("Firma del titular", "Signatura del titular", "Sinatura do titular"), b.f.base * 0.8)
    if holder:
        b.f.text(holder, b.f.fit(holder, b.f.font(True), b.f.base, b.f.width), True)
    if date:
        lab = c.t("Fecha de expedición", "Data d'expedició", "Data de expedición")
        b.f.text(f"{lab}: {b.d(date)}")
    return b.done("library_card", holder, one_day(date), "user")


# ------------------------------------------------------------ rental contract

def rental_exponen(ctx, date, **_):
    """Private contract 'REUNIDOS / EXPONEN / ESTIPULACIONES', the landlord named first,
    the tenant with passport or NIE, a deposit receipt at the foot, an end date."""
    b, c, r = FB(ctx), ctx, ctx.rng
    b.title(r.choice(["CONTRATO PRIVADO DE ARRENDAMIENTO", "CONTRATO DE ALQUILER DE VIVIENDA HABITUAL"]))
    land = b.person(c.landlord.natural, "landlord")
    holder = b.fname()
    if date:
        b.f.para(f"En {c.muni[0]}, a {fdate(date, r.choice(['long', 'words_full', 'long_del', 'words_day']), 'es')}.")
    b.f.text("REUNIDOS", bold=True)
    b.f.para(f"De una parte, como ARRENDADOR/A, {b.honor()} {land}, mayor de edad, con DNI {_dni(r)} y "
             f"domicilio a efectos de notificaciones en {td.address(r, c.muni)[0]}, {c.muni[0]}.")
    ids = b.id_field()
    idt = f", con {'pasaporte nº' if ids and ids[0][0] == 'Pasaporte' else ids[0][0]} {ids[0][1]}" if ids else ""
    b.f.para(f"De otra parte, como ARRENDATARIO/A, {b.honor()} {holder}{idt}, mayor de edad.")
    b.f.text("EXPONEN", bold=True)
    b.f.para(f"I. Que el/la arrendador/a es propietario/a de la vivienda sita en {c.home[0]}, {c.home[1]}.")
    b.f.para("II. Que ambas partes acuerdan celebrar el presente contrato de arrendamiento, que se regirá por "
             "las siguientes")
    b.f.text("ESTIPULACIONES", bold=True)
    start = date or dt.date(2026, 3, 1)
    end = start + dt.timedelta(days=r.choice([364, 365, 729]))
    b.dis.append("contract_end_date")
    b.f.para(f"Primera. El plazo de duración del contrato es de {'un año' if (end - start).days < 400 else 'dos años'}, "
             f"finalizando el {fdate(end, r.choice(['slash', 'long']), 'es')}, prorrogable según la LAU.")
    b.f.para(f"Segunda. La renta se fija en {r.randint(300, 950)} euros mensuales, que se abonarán por "
             "mes anticipado dentro de los cinco primeros días de cada mes.")
    b.f.para("Tercera. El/la arrendatario/a entrega en este acto el importe de una mensualidad en concepto "
             "de fianza legal, sirviendo el presente documento como carta de pago.")
    b.f.para("Cuarta. Serán de cuenta del/de la arrendatario/a los gastos de suministros individualizados.")
    b.f.para("Y en prueba de conformidad, firman el presente por duplicado ejemplar en el lugar y fecha "
             "indicados.")
    b.sign_pair(["EL/LA ARRENDADOR/A", f"Fdo.: {land}"], ["EL/LA ARRENDATARIO/A", f"Fdo.: {holder or ''}"])
    return b.done("rental_contract", holder, one_day(date), "tenant")


# ------------------------------------------------------------ job offer

def job_compromiso_partes(ctx, date, **_):
    """Employment commitment for an arraigo application: employer and worker in a table,
    the job's terms, a planned Social Security start date, signed at the foot."""
    b, c, r = FB(ctx), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    b.header([company, f"{b.cif_line()} · {td.address(r, c.muni)[0]}, {c.muni[0]}"], r.choice(["band", "logo_left"]))
    b.title("COMPROMISO DE CONTRATACIÓN LABORAL")
    rep = b.person(b.official(), "official")
    holder = b.fname()
    ids = b.id_field()
    b.f.table(["", "Nombre", "Documento"],
              [["EMPRESA (representante)", rep, _dni(r)],
               ["PERSONA TRABAJADORA", holder or "", ids[0][1] if ids else ""]], [0.32, 0.46, 0.22])
    b.dis.append("incorporation_date")
    start = (date or dt.date(2026, 5, 1)) + dt.timedelta(days=r.randint(45, 150))
    b.f.fields([("Puesto de trabajo", r.choice(["Ayudante de cocina", "Peón de almacén", "Empleado/a de hogar",
                                                "Operario/a de limpieza"])),
                ("Tipo de contrato", "Indefinido, jornada completa (40 h semanales)"),
                ("Salario bruto", f"{r.randint(1184, 1500)},00 € mensuales, 14 pagas"),
                ("Alta prevista en la Seguridad Social", fdate(start, r.choice(["slash", "long"]), "es"))],
               r.choice(["grid", "colon"]))
    b.f.para("La empresa se compromete a formalizar el contrato una vez sea concedida la autorización de "
             "residencia y trabajo, conforme al Reglamento de Extranjería.")
    if date:
        b.f.para(f"{c.muni[0]}, {fdate(date, r.choice(['long', 'long_weekday', 'slash', 'dot4']), 'es')}", align="r")
    b.sign_pair(["Por la empresa", rep], ["La persona trabajadora", holder or ""])
    return b.done("job_offer", holder, one_day(date))


# ------------------------------------------------------------ shop receipts

def shop_invoice_customer(ctx, date, **_):
    """A4 invoice from a phone-repair or furniture shop with a customer block (or
    'Cliente: CONTADO' when nobody is named), 'Fecha factura' and a warranty end."""
    b, c, r = FB(ctx, numeric=ctx.rng.choice(["slash", "dash", "iso", "dot4", "slash2"])), ctx, ctx.rng
    shop = r.choice(["Reparaciones Móviles Express", "Muebles Hogar Económico", "Electro Barrio S.L.",
                     "Informática Punto Com"])
    holder = b.fname()
    left = [(shop, True), (f"{td.address(r, c.muni)[0]}", False), (c.muni[0], False), (b.cif_line(), False)]
    right = [(c.t("FACTURA", "FACTURA", "FACTURA") + f" Nº {r.randint(2025, 2026)}/{r.randint(100, 9999)}", True)]
    if date:
        right.append((c.t("Fecha factura", "Data factura", "Data factura") + f": {b.d(date)}", False))
    right.append((c.t("Cliente", "Client", "Cliente") + ":", True))
    if holder:
        right.append((holder, False))
        ids = b.id_field()
        if ids:
            right.append((f"{ids[0][0]}: {ids[0][1]}", False))
    else:
        right.append((c.t("CONTADO", "COMPTAT", "CONTADO"), False))
    b.dis.append("invoice_number")
    b.twocol(left, right)
    b.f.hr()
    items = r.sample([("Cambio de pantalla", 40, 120), ("Batería", 20, 60), ("Funda", 5, 15),
                      ("Cargador USB-C", 8, 20), ("Colchón 90", 90, 180), ("Mesita", 25, 60)], 2)
    b.f.table([c.t("Descripción", "Descripció", "Descrición"), c.t("Uds.", "Uts.", "Uds."), c.t("Importe", "Import", "Importe")],
              [[n, "1", _money(r, lo, hi) + " €"] for n, lo, hi in items], [0.6, 0.1, 0.3])
    b.f.text(f"TOTAL (IVA incl.): {_money(r, 30, 250)} €", bold=True, align="r")
    if date:
        b.dis.append("warranty_date")
        until = b.d(date + dt.timedelta(days=365 * r.choice([1, 2, 3])))
        b.f.para(c.t(f"Garantía de reparación hasta el {until}.", f"Garantia de la reparació fins al {until}.",
                     f"Garantía da reparación ata o {until}."), size=b.f.base * 0.9)
    b.f.footer([c.t("Inscrita en el Registro Mercantil. Conserve esta factura como justificante de garantía.",
                    "Inscrita al Registre Mercantil. Conserveu aquesta factura com a justificant de garantia.",
                    "Inscrita no Rexistro Mercantil. Conserve esta factura como xustificante de garantía.")])
    return b.done("shop_receipt", holder, one_day(date))


# ------------------------------------------------------------ other official papers

def other_comparecencia(ctx, date, **_):
    """'Diligencia de comparecencia': 'En Murcia, siendo las 10:30 horas del día 16 de marzo
    de 2026, ante mí, el/la funcionario/a ..., COMPARECE D./Dña. ...'."""
    b, c, r = FB(ctx), ctx, ctx.rng
    office = r.choice([c.t("Oficina de Atención Ciudadana", "Oficina d'Atenció Ciutadana", "Oficina de Atención Cidadá"),
                       c.t("Servicios Sociales Comunitarios", "Serveis Socials Bàsics", "Servizos Sociais Comunitarios"),
                       c.t("Policía Local - Oficina de Denuncias", "Policia Local - Oficina de Denúncies",
                           "Policía Local - Oficina de Denuncias")])
    b.header([muni_issuer(c), office], r.choice(["centered", "logo_left", "right"]))
    b.title(c.t("DILIGENCIA DE COMPARECENCIA", "DILIGÈNCIA DE COMPAREIXENÇA", "DILIXENCIA DE COMPARECENCIA"))
    off = b.person(b.official(), "official")
    holder = b.fname()
    hh, mm = r.randint(8, 14), r.choice([0, 15, 30, 45])
    ids = b.id_field()
    idt = f", {c.t('provisto/a de', 'proveït/da de', 'provisto/a de')} {ids[0][0]} {ids[0][1]}" if ids else ""
    if date:
        day_txt = c.t(f"En {c.muni[0]}, siendo las {hh:02d}:{mm:02d} horas del día {fdate(date, r.choice(['long', 'words_day', 'slash']), 'es')}",
                      f"A {c.muni[0]}, essent les {hh:02d}:{mm:02d} hores del dia {fdate(date, r.choice(['long', 'slash']), 'ca')}",
                      f"En {c.muni[0]}, sendo as {hh:02d}:{mm:02d} horas do día {fdate(date, r.choice(['long', 'slash']), 'gl')}")
    else:
        day_txt = c.t(f"En {c.muni[0]}", f"A {c.muni[0]}", f"En {c.muni[0]}")
    b.f.para(c.t(f"{day_txt}, ante mí, {off}, funcionario/a adscrito/a a esta oficina, COMPARECE "
                 f"{b.honor()} {holder}{idt}, con domicilio en {c.home[0]}, quien MANIFIESTA que reside de forma "
                 "continuada en este municipio y solicita que se haga constar a los efectos oportunos.",
                 f"{day_txt}, davant meu, {off}, funcionari/ària adscrit/a a aquesta oficina, COMPAREIX "
                 f"{b.honor()} {holder}{idt}, amb domicili a {c.home[0]}, que MANIFESTA que resideix de forma "
                 "continuada en aquest municipi i sol·licita que se'n deixi constància als efectes oportuns.",
                 f"{day_txt}, ante min, {off}, funcionario/a adscrito/a a esta oficina, COMPARECE "
                 f"{b.honor()} {holder}{idt}, con domicilio en {c.home[0]}, quen MANIFESTA que reside de forma "
                 "continuada neste concello e solicita que se faga constar aos efectos oportunos."))
    b.f.para(c.t("Leída la presente, la persona compareciente se afirma y ratifica en su contenido y firma "
                 "conmigo, de lo que doy fe.",
                 "Llegida aquesta diligència, la persona compareixent s'afirma i es ratifica en el contingut i "
                 "signa amb mi, de la qual cosa en dono fe.",
                 "Lida a presente, a persoa comparecente afírmase e ratifícase no seu contido e asina "
                 "comigo, do que dou fe."))
    b.sign_pair([c.t("La persona compareciente", "La persona compareixent", "A persoa comparecente"), holder or ""], [c.t("El/La funcionario/a", "El/La funcionari/ària", "O/A funcionario/a"), off])
    b.dis.append("reference_number")
    b.f.footer([f"{c.t('Expediente', 'Expedient', 'Expediente')}: {r.randint(10, 99)}/{r.randint(1000, 99999)}  ·  CSV {b.csv()}"])
    return b.done("other", holder, one_day(date), "holder")


FAMILIES = {
    "padron": {"convivencia": (padron_convivencia, ALL), "registro_salida": (padron_registro_salida, ALL)},
    "padron_historico": {"periodos": (historico_periodos, ALL)},
    "utility_bill": {"twocol_history": (bill_twocol_history, ALL), "municipal_water": (bill_municipal_water, ALL),
                     "aviso_estimado": (bill_aviso_estimado, ALL)},
    "payslip": {"header_boxes": (payslip_header_boxes, ALL)},
    "transport_ticket": {"train_purchase": (ticket_train_purchase, ALL)},
    "bank_receipt": {"atm_slip": (bank_atm_slip, ALL), "incoming_transfer": (bank_incoming_transfer, ALL)},
    "medical": {"justificante_visita": (med_justificante_visita, ALL), "urgencias_twocol": (med_urgencias_twocol, ALL)},
    "attendance_certificate": {"hace_constar": (att_hace_constar, ALL), "user_card": (att_user_card, ALL)},
    "training_certificate": {"jornada": (train_jornada, ALL), "diploma_landscape": (train_diploma_landscape, ALL)},
    "library_card": {"pvc_card": (library_pvc_card, ALL), "card_back": (library_card_back, ALL)},
    "rental_contract": {"exponen": (rental_exponen, ES)},
    "job_offer": {"compromiso_partes": (job_compromiso_partes, ES)},
    "shop_receipt": {"invoice_customer": (shop_invoice_customer, ALL)},
    "other": {"comparecencia": (other_comparecencia, ALL)},
}
