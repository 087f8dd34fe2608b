"""held_out_5: a fifth blind set of template families (see families.json).

Written after held_out_4 had been looked at, from the generator's machinery and
RULES.md only: a convivencia certificate printed by a self-service kiosk, a
bilingual (Catalan, Galician or Basque) certificate, a padrón history written as
prose, a mainframe listing of domiciles, a small water consortium's bill by
bimester or quarter, a bill that states its period in one compact range, an
A3-style payslip header, a train ticket with its journey table, a home-banking
PDF receipt, a basic payment account contract, an emergency discharge with
arrival and discharge times, a primary-care attendance slip with its hours, a
recommendation letter, a volunteering certificate, an adult school's academic
record, a workshop's signed attendance sheet, a library card in a phone app, a
stationery-shop lease form filled in by hand, a job offer for the arraigo
procedure, an optician's order slip, a butane delivery note and a health-card
application receipt.
"""
import datetime as dt

from . import textdata as td
from .doctypes import muni_issuer
from .famkit import NB, one_day
from .layout import text_width

ALL = ("es", "ca", "gl")
ES = ("es",)
ES_CA = ("es", "ca")
DAY = dt.timedelta(days=1)
BLUE = (25, 45, 150)

WD_SHORT = {"es": ["Lu", "Ma", "Mi", "Ju", "Vi", "Sá", "Do"],
            "ca": ["Dl", "Dt", "Dc", "Dj", "Dv", "Ds", "Dg"],
            "gl": ["Lu", "Ma", "Mé", "Xo", "Ve", "Sá", "Do"]}
ORD = {"es": ["1er", "2º", "3er", "4º", "5º", "6º"], "ca": ["1r", "2n", "3r", "4t", "5è", "6è"],
       "gl": ["1º", "2º", "3º", "4º", "5º", "6º"]}
CHILD_NAMES = ["Sofía", "Mateo", "Lucía", "Thiago", "Valeria", "Aisha", "Adam", "Noa"]


# ------------------------------------------------------------ names and dates as this set prints them

def pname(b, form):
    """The holder in one of this set's printed forms; a clerk's slip or a dropped surname
    (the drawn name style) keeps td.format_name, so the corpus's name mix stays."""
    c = b.ctx
    if c.holder is None:
        return None
    if form == "default" or c.name_style in ("typo", "one_surname"):
        return b.name()
    g, s = c.holder.given, " ".join(c.holder.surnames)
    return {"sur_upper": lambda: f"{s} {g}".upper(),
            "sur_comma": lambda: f"{s.upper()}, {g}",
            "sur_comma_noacc": lambda: td.strip_accents(f"{s}, {g}").upper(),
            "slash": lambda: td.strip_accents(f"{s}/{g}").upper(),
            "noacc": lambda: td.strip_accents(c.holder.natural)}[form]()


def trunc(name, n):
    """A slip's fixed-width field cuts the last word; only a cut a reader can still match
    (at most two letters of a long last word) is printed."""
    if name is None or len(name) <= n:
        return name
    last = max(name.rfind(" "), name.rfind("/"))
    if last >= n or len(name) - n > 2 or len(name) - last - 1 < 7:
        return name
    return name[:n]


def wd_short(d, lang):
    """'Lu 16/03/26' (train tickets)."""
    return f"{WD_SHORT[lang][d.weekday()]} {d:%d/%m/%y}"


def mon_yy(d):
    """'01 NOV 25' (payroll software)."""
    return f"{d.day:02d} {td.ABBR[d.month - 1]} {d.year % 100:02d}"


def dash_yy(d):
    return f"{d:%d-%m-%y}"


def range_compact(s, e, lang):
    """'del 1 al 31 de marzo de 2026', 'del 15 de febrero al 14 de marzo de 2026'."""
    de, al = {"es": ("del", "al"), "ca": ("del", "al"), "gl": ("do", "ao")}[lang]
    if (s.year, s.month) == (e.year, e.month):
        return f"{de} {s.day} {al} {e.day} {td.month_of(lang, e.month)} de {e.year}"
    if s.year == e.year:
        return f"{de} {s.day} {td.month_of(lang, s.month)} {al} {e.day} {td.month_of(lang, e.month)} de {e.year}"
    return f"{de} {td.fmt_date(s, 'long', lang)} {al} {td.fmt_date(e, 'long', lang)}"


def days_of_month(d, lang):
    """'a 16 días del mes de marzo de 2026' (notarial closing of school records)."""
    mes = {"es": "días del mes", "ca": "dies del mes", "gl": "días do mes"}[lang]
    return f"{d.day} {mes} {td.month_of(lang, d.month)} de {d.year}"


def hhmm(r, lo=8, hi=20):
    return f"{r.randint(lo, hi):02d}:{r.randint(0, 59):02d}"


def barcode(page, x, y, w, h, r):
    """Bars of random widths: a code no reader here decodes, as on a card or slip."""
    pos = x
    while pos < x + w - 1.0:
        bw = r.choice([0.25, 0.35, 0.5, 0.7])
        page.block(pos, y, bw, h)
        pos += bw + r.choice([0.25, 0.35, 0.5])


def stamp(page, x, y, color, w=34.0, h=20.0):
    """An ink stamp drawn as a pale oval."""
    pale = tuple(min(255, v + 150) for v in color)
    page.ellipse(x, y, w, h, pale)


def hdr(b, lines, style=None):
    """b.header, with the issuer's name set smaller when a long town name would run off the page."""
    style = style or b.rng.choice(["band", "logo_left", "centered", "right"])
    base = b.f.base
    room = b.f.width - (22 if style in ("logo_left", "right") else 2)
    w = text_width(lines[0], b.f.font(True), base * 1.6)
    if w > room:
        b.f.base = base * room / w
    b.header(lines, style)
    b.f.base = base


def title(b, s):
    """b.title, fitted to the width (long official titles)."""
    f = b.f
    size = f.fit(s, f.font(True), f.base * b.rng.choice([1.25, 1.4]), f.width)
    f.text(s, size, True, b.rng.choice(["c", "c", "l"]))
    f.space(3)


def ident(b):
    ids = b.id_field()
    return ids[0] if ids else None


# ------------------------------------------------------------ padrón

def padron_quiosco_convivencia(ctx, alta, expedicion, **_):
    """Certificado de convivencia printed by a self-service kiosk: the issue moment is only in
    the kiosk's top line; the household table gives each member's birth date."""
    b = NB(ctx, numeric=ctx.rng.choice(["slash", "dot4", "dash", "slash_nopad"]))
    c, r = ctx, ctx.rng
    k = r.randint(1, 9)
    when = f"{b.d(expedicion)} {hhmm(r)}"
    b.f.text(c.t(f"Punto de autoservicio nº {k} · Impreso: {when}", f"Punt d'autoservei núm. {k} · Imprès: {when}",
                 f"Punto de autoservizo nº {k} · Impreso: {when}"), size=7.5)
    hdr(b, [muni_issuer(c), c.t("Padrón Municipal de Habitantes", "Padró Municipal d'Habitants",
                                  "Padrón Municipal de Habitantes")], r.choice(["centered", "logo_left"]))
    title(b, c.t("CERTIFICADO DE CONVIVENCIA", "CERTIFICAT DE CONVIVÈNCIA", "CERTIFICADO DE CONVIVENCIA"))
    holder = pname(b, r.choice(["sur_comma", "sur_upper", "default"]))
    b.f.para(c.t(f"Según los datos del Padrón Municipal, en el domicilio {c.home[0]}, {c.home[1]}, "
                 "figuran inscritas a la fecha de este documento las personas siguientes:",
                 f"Segons les dades del Padró Municipal, al domicili {c.home[0]}, {c.home[1]}, hi "
                 "figuren inscrites a la data d'aquest document les persones següents:",
                 f"Segundo os datos do Padrón Municipal, no domicilio {c.home[0]}, {c.home[1]}, "
                 "figuran inscritas á data deste documento as persoas seguintes:"))
    i = ident(b)
    born = "—"
    if c.birth:
        b.dis.append("birth_date")
        born = b.d(c.birth)
    rows = [["1", holder, i[1] if i else "", born, b.d(alta)]]
    for n in range(r.randint(1, 3)):
        if r.random() < 0.6 and c.holder:
            m = td.Person(r.choice(CHILD_NAMES), list(c.holder.surnames))
            role = "relative"
        else:
            m, role = td.random_foreigner(r), "other"
        shown = m.natural.upper() if holder.isupper() else m.natural
        if shown == holder or any(p["name"] == shown for p in b.people):
            continue
        b.person(shown, role)
        b.dis.append("birth_date")
        rows.append([str(len(rows) + 1), shown, "", b.d(dt.date(r.randint(1975, 2022), r.randint(1, 12),
                                                                 r.randint(1, 28))), b.d(alta)])
    b.f.table(["Nº", c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"), "Doc.",
               c.t("F. nacimiento", "D. naixement", "D. nacemento"), c.t("F. alta", "D. alta", "D. alta")],
              rows, [0.06, 0.42, 0.16, 0.18, 0.18], size=b.f.base * 0.85)
    b.f.para(c.t("Documento expedido en el punto de autoservicio municipal, con firma electrónica del "
                 "Ayuntamiento. Validez: tres meses.",
                 "Document expedit al punt d'autoservei municipal, amb signatura electrònica de "
                 "l'Ajuntament. Validesa: tres mesos.",
                 "Documento expedido no punto de autoservizo municipal, con sinatura electrónica do "
                 "Concello. Validez: tres meses."), size=b.f.base * 0.85)
    b.f.footer([f"CSV {b.csv()}", c.t("Compruebe su autenticidad en la sede electrónica.",
                                       "Comproveu-ne l'autenticitat a la seu electrònica.",
                                       "Comprobe a súa autenticidade na sede electrónica.")])
    return b.done("padron", holder, [(alta, expedicion)])


BASQUE = {"issuer": "{m}ko Udala", "title": "ERROLDA-ZIURTAGIRIA", "name": "Izen-abizenak",
          "doc": "NAN/AIZ", "addr": "Helbidea", "alta": "Alta data", "birth": "Jaiotze data",
          "cause": "Altaren arrazoia", "issued": "Egina", "sec": "Idazkaria"}


def padron_bilingue(ctx, alta, expedicion, **_):
    """Co-official-language certificate: every label twice ('Cognoms i nom / Apellidos y nombre'),
    year-first numbers where the Basque administration prints them."""
    r = ctx.rng
    c = ctx
    basque = c.lang == "es" and c.muni[1] == "Bizkaia"
    b = NB(ctx, numeric="ymd_slash" if basque else r.choice(["slash", "dot4", "abbr_dot"]))
    m = c.muni[0]
    local = {"ca": {"issuer": f"Ajuntament de {m}", "title": "CERTIFICAT D'EMPADRONAMENT", "name": "Cognoms i nom",
                    "doc": "DNI/NIE/Passaport", "addr": "Domicili", "alta": "Data d'alta",
                    "birth": "Data de naixement", "cause": "Causa de l'alta", "issued": "Data d'expedició",
                    "sec": "La secretària delegada"},
             "gl": {"issuer": f"Concello de {m}", "title": "CERTIFICADO DE EMPADROAMENTO", "name": "Apelidos e nome",
                    "doc": "DNI/NIE/Pasaporte", "addr": "Domicilio", "alta": "Data de alta",
                    "birth": "Data de nacemento", "cause": "Causa da alta", "issued": "Data de expedición",
                    "sec": "A secretaria delegada"}}.get(c.lang)
    if basque:
        local = dict(BASQUE, issuer=BASQUE["issuer"].format(m=m))
    es = {"issuer": f"Ayuntamiento de {m}", "title": "CERTIFICADO DE EMPADRONAMIENTO", "name": "Apellidos y nombre",
          "doc": "DNI/NIE/Pasaporte", "addr": "Domicilio", "alta": "Fecha de alta", "birth": "Fecha de nacimiento",
          "cause": "Causa del alta", "issued": "Fecha de expedición", "sec": "La secretaria delegada"}

    def lab(key):
        return f"{local[key]} / {es[key]}" if local else es[key]

    def both(key):
        return [local[key], es[key]] if local else [es[key]]
    hdr(b, both("issuer"), r.choice(["centered", "band"]))
    for k, t in enumerate(both("title")):
        b.f.text(t, b.f.fit(t, b.f.font(True), b.f.base * (1.3 if k == 0 else 1.0), b.f.width), True, "c")
    b.f.space(3)
    holder = pname(b, r.choice(["sur_comma", "sur_upper", "default", "noacc"]))
    items = [(lab("name"), holder)]
    i = ident(b)
    if i:
        items.append((lab("doc"), i[1]))
    if c.birth and r.random() < 0.6:
        b.dis.append("birth_date")
        items.append((lab("birth"), b.d(c.birth)))
    items += [(lab("addr"), f"{c.home[0]}, {c.home[1]}"), (lab("alta"), b.d(alta)),
              (lab("cause"), r.choice([("CR - " + c.t("Cambio de residencia", "Canvi de residència", "Cambio de residencia")),
                                       ("OM - " + c.t("Omisión", "Omissió", "Omisión"))])),
              (lab("issued"), b.d(expedicion) if r.random() < 0.6 else td.fmt_date(expedicion, "long", c.lang))]
    b.f.fields(items, r.choice(["grid", "column"]), size=b.f.base * 0.9)
    off = b.person(b.official(), "official")
    b.f.signature(both("sec") + [off])
    b.f.footer([f"CSV: {b.csv()}"])
    return b.done("padron", holder, [(alta, expedicion)])


# ------------------------------------------------------------ padrón histórico

def historico_prosa_periodos(ctx, rows, expedicion, **_):
    """The secretary certifies each period in a sentence: 'desde el … hasta el …', the open one
    'hasta la fecha'; every date written out."""
    b, c, r = NB(ctx), ctx, ctx.rng
    hdr(b, [muni_issuer(c), c.t("Secretaría General", "Secretaria General", "Secretaría Xeral")],
             r.choice(["centered", "right", "logo_left"]))
    title(b, c.t("CERTIFICADO DE EMPADRONAMIENTO CON ANTIGÜEDAD", "CERTIFICAT D'EMPADRONAMENT AMB ANTIGUITAT",
                "CERTIFICADO DE EMPADROAMENTO CON ANTIGÜIDADE"))
    off = b.person(b.official(), "official")
    holder = pname(b, r.choice(["default", "sur_comma", "sur_upper"]))
    st = r.choice(["long", "words_day", "long_del", "abbr_dot_long"])

    def w(d):
        return td.fmt_date2(d, st, c.lang)
    b.f.para(c.t(f"{off}, Secretario/a General del Ayuntamiento de {c.muni[0]},",
                 f"{off}, secretari/ària general de l'Ajuntament de {c.muni[0]},",
                 f"{off}, secretario/a xeral do Concello de {c.muni[0]},"))
    b.f.text("CERTIFICA:", bold=True)
    b.f.para(c.t(f"Que, según los antecedentes obrantes en el Padrón Municipal de Habitantes, {b.honor()} {holder}"
                 f"{b.ident_text()} ha figurado empadronado/a en este municipio en los periodos y domicilios siguientes:",
                 f"Que, segons els antecedents que consten al Padró Municipal d'Habitants, {b.honor()} {holder}"
                 f"{b.ident_text()} ha figurat empadronat/ada en aquest municipi en els períodes i domicilis següents:",
                 f"Que, segundo os antecedentes que constan no Padrón Municipal de Habitantes, {b.honor()} {holder}"
                 f"{b.ident_text()} figurou empadroado/a neste concello nos períodos e domicilios seguintes:"))
    presence = []
    for alta, baja in rows:
        street = td.address(r, c.muni)[0]
        if baja:
            s = c.t(f"Desde el {w(alta)} hasta el {w(baja)}, en {street}.",
                    f"Des del {w(alta)} fins al {w(baja)}, a {street}.",
                    f"Dende o {w(alta)} ata o {w(baja)}, en {street}.")
        else:
            s = c.t(f"Desde el {w(alta)} hasta la fecha, en {street}.",
                    f"Des del {w(alta)} fins a la data d'avui, a {street}.",
                    f"Dende o {w(alta)} ata a data de hoxe, en {street}.")
        b.f.para("– " + s, indent=6)
        presence.append((alta, baja or expedicion))
    b.f.para(b.place_date(expedicion))
    b.f.signature([off, c.t("Secretario/a General", "Secretari/ària general", "Secretario/a xeral")])
    b.f.footer([f"{c.t('Código Seguro de Verificación', 'Codi Segur de Verificació', 'Código Seguro de Verificación')}: {b.csv()}"])
    return b.done("padron_historico", holder, presence)


def historico_listado_mono(ctx, rows, expedicion, **_):
    """Mainframe listing in capitals without accents: date and time only in the header line,
    each domicile a block with ALTA and BAJA lines in dd-mm-yy."""
    b, c, r = NB(ctx, mono=True, base=ctx.rng.choice([9.0, 9.5])), ctx, ctx.rng
    up = lambda s: td.strip_accents(s).upper()  # noqa: E731
    b.f.text(f"{up(muni_issuer(c))}", bold=True)
    b.f.text(c.t(f"PADRON MUNICIPAL   FECHA: {expedicion:%d.%m.%Y}  HORA: {hhmm(r)}  PAG: 1",
                 f"PADRO MUNICIPAL   DATA: {expedicion:%d.%m.%Y}  HORA: {hhmm(r)}  PAG: 1",
                 f"PADRON MUNICIPAL   DATA: {expedicion:%d.%m.%Y}  HORA: {hhmm(r)}  PAX: 1"))
    b.f.text(f"USR: EST{r.randint(1, 40):02d}   PRG: PMH{r.randint(100, 999)}")
    b.f.hr()
    b.f.text(up(c.t("HISTORICO DE DOMICILIOS DEL HABITANTE", "HISTORIC DE DOMICILIS DE L'HABITANT",
                    "HISTORICO DE DOMICILIOS DO HABITANTE")), bold=True)
    holder = up(pname(b, r.choice(["sur_comma_noacc", "sur_comma_noacc", "default"])))
    b.f.text(f"{up(c.t('Apellidos y nombre', 'Cognoms i nom', 'Apelidos e nome'))}: {holder}")
    i = ident(b)
    if i:
        b.f.text(f"DOC.: {i[1]}")
    b.f.hr()
    causes = [("CR", c.t("ALTA POR CAMBIO DE RESIDENCIA", "ALTA PER CANVI DE RESIDENCIA", "ALTA POR CAMBIO DE RESIDENCIA")),
              ("OM", c.t("ALTA POR OMISION", "ALTA PER OMISSIO", "ALTA POR OMISION"))]
    presence = []
    for n, (alta, baja) in enumerate(rows, 1):
        b.f.text(f"{c.t('DOMICILIO', 'DOMICILI', 'DOMICILIO')} {n:02d}: {up(td.address(r, c.muni)[0])}")
        code, why = r.choice(causes) if n == 1 else ("CD", c.t("CAMBIO DE DOMICILIO", "CANVI DE DOMICILI",
                                                              "CAMBIO DE DOMICILIO"))
        b.f.text(f"   ALTA : {dash_yy(alta)}  {code} {why}")
        if baja:
            b.f.text(f"   {c.t('BAJA', 'BAIXA', 'BAIXA')} : {dash_yy(baja)}  CD {c.t('CAMBIO DE DOMICILIO', 'CANVI DE DOMICILI', 'CAMBIO DE DOMICILIO')}")
        else:
            b.f.text(f"   {c.t('BAJA', 'BAIXA', 'BAIXA')} : --------  ({c.t('VIGENTE', 'VIGENT', 'VIXENTE')})")
        presence.append((alta, baja or expedicion))
    b.f.hr()
    b.f.text(c.t("*** FIN DE LISTADO ***", "*** FI DEL LLISTAT ***", "*** FIN DA LISTAXE ***"), align="c")
    b.f.signature([c.t("EL/LA JEFE/A DEL NEGOCIADO", "EL/LA CAP DEL NEGOCIAT", "O/A XEFE/A DO NEGOCIADO"),
                   b.person(up(b.official()), "official")], align="l")
    b.f.footer([f"CSV {b.csv()}"])
    return b.done("padron_historico", holder, presence)


# ------------------------------------------------------------ utility bills

def _period_name(period, lang, r):
    """'1er trimestre 2026' or '2º bimestre 2026' when the period is one, else None."""
    s, e = period
    if s.day != 1 or e != td.month_bounds(e.year, e.month)[1] or s.year != e.year:
        return None
    months = e.month - s.month + 1
    if months == 3 and s.month % 3 == 1:
        n, word = (s.month - 1) // 3, {"es": "trimestre", "ca": "trimestre", "gl": "trimestre"}[lang]
    elif months == 2 and s.month % 2 == 1:
        n, word = (s.month - 1) // 2, {"es": "bimestre", "ca": "bimestre", "gl": "bimestre"}[lang]
    else:
        return None
    return f"{ORD[lang][n]} {word} {e.year}"


def bill_consorcio_agua(ctx, issue, period=None, **_):
    """A small water consortium: period named as a bimester or quarter when it is one, readings
    on the period's ends, 'fin del periodo voluntario' (a due date)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    name = r.choice({"es": ["Consorcio de Aguas de la Comarca", "Mancomunidad de Aguas del Río"],
                     "ca": ["Consorci d'Aigües del Baix", "Consorci d'Aigües de la Comarca"],
                     "gl": ["Consorcio de Augas do Val", "Mancomunidade de Augas da Comarca"]}[c.lang])
    hdr(b, [name, c.t(f"Servicio de abastecimiento · {c.muni[0]}", f"Servei d'abastament · {c.muni[0]}",
                        f"Servizo de abastecemento · {c.muni[0]}"), f"NIF {td.cif(r)}"],
             r.choice(["centered", "logo_left", "right"]))
    title(b, c.t("RECIBO DE AGUA, ALCANTARILLADO Y DEPURACIÓN", "REBUT D'AIGUA, CLAVEGUERAM I DEPURACIÓ",
                "RECIBO DE AUGA, SANEAMENTO E DEPURACIÓN"))
    holder = pname(b, r.choice(["sur_upper", "sur_comma", "default"]))
    items = [(c.t("Abonado/a", "Abonat/da", "Abonado/a"), holder),
             (c.t("Nº de abonado", "Núm. d'abonat", "Nº de abonado"), f"{r.randint(1, 9)}-{r.randint(10000, 99999)}"),
             (c.t("Dirección del suministro", "Adreça del subministrament", "Enderezo da subministración"), c.home[0])]
    if period:
        named = _period_name(period, c.lang, r)
        if named:
            val = named + (f" ({b.d(period[0])} - {b.d(period[1])})" if r.random() < 0.5 else "")
        elif period[0].day == 1 and period[1] == td.month_bounds(period[1].year, period[1].month)[1] \
                and period[0].month == period[1].month:
            val = td.fmt_month2(period[0].year, period[0].month, r.choice(["name_year", "name_de_year", "num_slash"]), c.lang)
        else:
            val = c.t(f"{b.d(period[0])} a {b.d(period[1])}", f"{b.d(period[0])} a {b.d(period[1])}",
                      f"{b.d(period[0])} a {b.d(period[1])}")
        items.append((c.t("Periodo", "Període", "Período"), val))
    items.append((c.t("Fecha de emisión", "Data d'emissió", "Data de emisión"), b.d(issue)))
    b.f.fields(items, r.choice(["boxes", "grid"]), cols=2 if r.random() < 0.5 else 1)
    if period:
        a = r.randint(100, 3000)
        b.f.table([c.t("Lectura", "Lectura", "Lectura"), c.t("Fecha", "Data", "Data"), "m³"],
                  [[c.t("Anterior", "Anterior", "Anterior"), b.d(period[0]), str(a)],
                   [c.t("Actual", "Actual", "Actual"), b.d(period[1]), str(a + r.randint(6, 60))]], [0.4, 0.35, 0.25])
    b.f.table([c.t("Concepto", "Concepte", "Concepto"), c.t("Importe", "Import", "Importe")],
              [[c.t("Cuota de servicio", "Quota de servei", "Cota de servizo"), f"{r.randint(5, 15)},{r.randint(10, 99)} €"],
               [c.t("Consumo bloque 1", "Consum bloc 1", "Consumo bloque 1"), f"{r.randint(5, 30)},{r.randint(10, 99)} €"],
               [c.t("Canon de saneamiento", "Cànon de l'aigua", "Canon da auga"), f"{r.randint(2, 12)},{r.randint(10, 99)} €"],
               ["IVA 10%", f"{r.randint(1, 5)},{r.randint(10, 99)} €"]], [0.7, 0.3])
    due = issue + r.randint(20, 45) * DAY
    b.dis.append("due_date")
    b.f.para(c.t(f"Fin del periodo voluntario de pago: {b.d(due)}. Si tiene el recibo domiciliado, se cargará en esa fecha.",
                 f"Fi del període voluntari de pagament: {b.d(due)}. Si el té domiciliat, es carregarà en aquesta data.",
                 f"Fin do período voluntario de pagamento: {b.d(due)}. Se o ten domiciliado, cargarase nesa data."),
             size=b.f.base * 0.9)
    b.f.footer([f"{name} · {c.t('Avería 24 h', 'Avaria 24 h', 'Avaría 24 h')}: {b.phone()}"])
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


def bill_resumen_rango(ctx, issue, period=None, kind=None, **_):
    """Customer-area bill: the period stated once in a compact range in a summary box
    ('del 1 al 31 de marzo de 2026'), issue date with a dotted month."""
    b, c, r = NB(ctx, numeric=ctx.rng.choice(["abbr_dot", "slash", "dot4"])), ctx, ctx.rng
    kind = kind or r.choice(list(td.UTILITIES))
    company = r.choice(td.UTILITIES[kind])
    hdr(b, [company, c.t("Área de clientes", "Àrea de clients", "Área de clientes")], r.choice(["band", "right"]))
    holder = pname(b, r.choice(["default", "sur_comma", "noacc"]))
    y0 = b.f.y
    x = b.f.left + b.f.width * 0.55
    for ln in [holder, c.home[0], c.home[1]]:
        b.f.text(ln, b.f.fit(ln, b.f.font(), b.f.base, b.f.right - x), x=x)
    b.f.y = max(b.f.y, y0) + 4
    n = f"{r.choice('FKMT')}{r.randint(10**8, 10**9 - 1)}"
    b.dis.append("invoice_number")
    top = b.f.y
    h = b.f.line_h(b.f.base) * 5 + 4
    b.f.page.rect(b.f.left, top, b.f.width, h, 0.5, b.color)
    b.f.y += 1
    b.f.text(c.t("Resumen de su factura", "Resum de la factura", "Resumo da súa factura"), bold=True,
             x=b.f.left + 3, color=b.color)
    b.f.text(f"{c.t('Factura nº', 'Factura núm.', 'Factura nº')} {n} · {c.t('emitida el', 'emesa el', 'emitida o')} {b.d(issue)}",
             x=b.f.left + 3)
    if period:
        b.f.text(c.t(f"Consumo {range_compact(*period, 'es')}", f"Consum {range_compact(*period, 'ca')}",
                     f"Consumo {range_compact(*period, 'gl')}"), bold=True, x=b.f.left + 3)
    b.f.text(f"{c.t('Importe total', 'Import total', 'Importe total')}: {r.randint(25, 140)},{r.randint(10, 99)} €",
             b.f.base * 1.15, True, x=b.f.left + 3)
    b.f.y = top + h + 4
    unit = {"luz": "kWh", "agua": "m³", "gas": "kWh", "telefono": "GB", "internet": "GB"}[kind]
    rows = [[c.t("Término fijo", "Terme fix", "Termo fixo"), f"{r.randint(5, 20)},{r.randint(10, 99)} €"],
            [c.t(f"Consumo ({r.randint(20, 400)} {unit})", f"Consum ({r.randint(20, 400)} {unit})",
                 f"Consumo ({r.randint(20, 400)} {unit})"), f"{r.randint(10, 80)},{r.randint(10, 99)} €"],
            [c.t("Impuestos", "Impostos", "Impostos"), f"{r.randint(3, 20)},{r.randint(10, 99)} €"]]
    if kind in ("telefono", "internet"):
        rows.insert(1, [f"{c.t('Línea', 'Línia', 'Liña')} {b.phone()}", f"{r.randint(5, 20)},00 €"])
    b.f.table([c.t("Detalle", "Detall", "Detalle"), c.t("Importe", "Import", "Importe")], rows, [0.7, 0.3])
    due = issue + r.randint(5, 15) * DAY
    b.dis.append("due_date")
    b.f.para(c.t(f"Cargo en cuenta el {td.fmt_date2(due, 'abbr_dot', c.lang)}.",
                 f"Càrrec en compte el {td.fmt_date2(due, 'abbr_dot', c.lang)}.",
                 f"Cargo en conta o {td.fmt_date2(due, 'abbr_dot', c.lang)}."))
    return b.done("utility_bill", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ payslip

def payslip_a3_cabecera(ctx, issue, period=None, **_):
    """Payroll software header in ruled cells: PERIODO 'MENS 01 NOV 25 a 30 NOV 25', TOT. DÍAS,
    ANTIGÜEDAD (a seniority date), coded concepts."""
    b, c, r = NB(ctx, base=ctx.rng.choice([8.5, 9.0])), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    holder = pname(b, r.choice(["sur_comma_noacc", "sur_comma", "sur_upper"]))
    i = ident(b)
    b.f.table(["EMPRESA", c.t("DOMICILIO", "DOMICILI", "DOMICILIO"), "CIF", "CCC"],
              [[company, f"{td.address(r, c.muni)[0]}", td.cif(r), f"{r.randint(10, 52)}/{r.randint(10**7, 10**8 - 1)}"]],
              [0.34, 0.3, 0.16, 0.2], size=b.f.base * 0.85)
    b.dis.append("seniority_date")
    seniority = (period[0] if period else issue) - r.randint(60, 900) * DAY
    b.f.table([c.t("TRABAJADOR/A", "TREBALLADOR/A", "TRABALLADOR/A"), c.t("CATEGORÍA", "CATEGORIA", "CATEGORÍA"),
               c.t("ANTIGÜEDAD", "ANTIGUITAT", "ANTIGÜIDADE"), "DNI/NIE"],
              [[holder, r.choice(["PEON", "AUX. LIMPIEZA", "AYTE. COCINA", "MOZO ALMACEN"]), mon_yy(seniority),
                i[1] if i else ""]], [0.42, 0.2, 0.16, 0.22], size=b.f.base * 0.85)
    if period:
        s, e = period
        whole = s.day == 1 and e == td.month_bounds(e.year, e.month)[1]
        per = f"{'MENS' if whole else c.t('DEL', 'DEL', 'DO')} {mon_yy(s)} a {mon_yy(e)}"
        days = str((e - s).days + 1)
    else:
        per, days = mon_yy(issue), ""
    b.f.table([c.t("Nº AFILIACIÓN S.S.", "NÚM. AFILIACIÓ S.S.", "Nº AFILIACIÓN S.S."), "TARIFA",
               c.t("PERIODO", "PERÍODE", "PERÍODO"), c.t("TOT. DÍAS", "TOT. DIES", "TOT. DÍAS")],
              [[f"{r.randint(10, 52)}/{r.randint(10**7, 10**8 - 1)}/{r.randint(10, 99)}", str(r.randint(5, 10)), per, days]],
              [0.3, 0.12, 0.4, 0.18], size=b.f.base * 0.85)
    conc = [["001", "SALARIO BASE", f"{r.randint(900, 1300)},00", ""],
            ["010", "PLUS CONVENIO", f"{r.randint(40, 140)},00", ""],
            ["052", "PRORR. PAGAS EXTRAS", f"{r.randint(100, 220)},00", ""],
            ["995", "COTIZACION CONT. COMU.", "", f"{r.randint(40, 70)},{r.randint(10, 99)}"],
            ["996", "RETENCION I.R.P.F.", "", f"{r.randint(10, 90)},{r.randint(10, 99)}"]]
    b.f.table(["COD.", c.t("CONCEPTO", "CONCEPTE", "CONCEPTO"), "DEVENGOS", "DEDUCCIONES"], conc,
              [0.1, 0.5, 0.2, 0.2], size=b.f.base * 0.9)
    b.f.text(f"{c.t('LÍQUIDO A PERCIBIR', 'LÍQUID A PERCEBRE', 'LÍQUIDO A PERCIBIR')}: {r.randint(850, 1300)},{r.randint(10, 99)} €",
             bold=True, align="r")
    b.f.signature([c.t("RECIBÍ", "HE REBUT", "RECIBÍN")], align="l")
    b.f.footer([c.t("Este recibo de salarios se ajusta al modelo oficial (Orden ESS/2098/2014).",
                    "Aquest rebut de salaris s'ajusta al model oficial (Ordre ESS/2098/2014).",
                    "Este recibo de salarios axústase ao modelo oficial (Orde ESS/2098/2014).")])
    return b.done("payslip", holder, [period] if period else one_day(issue))


# ------------------------------------------------------------ transport

def ticket_tren_tabla(ctx, date, **_):
    """Print-at-home train ticket: the journey in a table with a short weekday ('Lu 16/03/26'),
    the issue (purchase) day earlier at the top."""
    b, c, r = NB(ctx), ctx, ctx.rng
    hdr(b, [r.choice(["Ferrocarriles Regionales del Este", "Tren Cercanías Metropolitano", "Rodalies del Litoral"]),
              c.t("Billete electrónico", "Bitllet electrònic")], r.choice(["band", "right"]))
    loc = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    holder = pname(b, r.choice(["default", "sur_comma", "slash"]))
    items = [(c.t("Localizador", "Localitzador"), loc)]
    if date:
        bought = date - r.randint(1, 20) * DAY
        b.dis.append("purchase_date")
        items.append((c.t("Fecha de emisión", "Data d'emissió"), f"{bought:%d/%m/%Y} {hhmm(r)}"))
    b.f.fields(items, "colon")
    towns = r.sample([m[0] for m in td.MUNICIPALITIES if m[2] != "gl"], 2)
    dep = r.randint(6, 20)
    b.f.table([c.t("Tren", "Tren"), c.t("Fecha", "Data"), c.t("Salida", "Sortida"), c.t("Llegada", "Arribada"),
               c.t("Origen", "Origen"), c.t("Destino", "Destinació"), c.t("Coche", "Cotxe"), c.t("Plaza", "Plaça")],
              [[f"{r.randint(10000, 39999)}", wd_short(date, c.lang) if date else "", f"{dep:02d}:{r.choice(['05', '20', '35', '50'])}",
                f"{dep + r.randint(1, 2):02d}:{r.choice(['10', '25', '40', '55'])}", towns[0], towns[1],
                f"{r.randint(1, 8)}", f"{r.randint(1, 90):02d}{r.choice('ABCD')}"]],
              [0.09, 0.15, 0.09, 0.09, 0.21, 0.21, 0.07, 0.09], size=b.f.base * 0.8)
    i = ident(b)
    b.f.table([c.t("Viajero/a", "Viatger/a"), c.t("Documento", "Document"), c.t("Tarifa", "Tarifa"), c.t("Precio", "Preu")],
              [[holder, i[1] if i else "", r.choice(["General", "Promo", "Joven"]), f"{r.randint(3, 40)},{r.randint(10, 95)} €"]],
              [0.45, 0.2, 0.15, 0.2], size=b.f.base * 0.85)
    b.f.para(c.t("Billete nominativo e intransferible. Presente el documento de identidad durante el viaje.",
                 "Bitllet nominatiu i intransferible. Porteu el document d'identitat durant el viatge."),
             size=b.f.base * 0.85)
    barcode(b.f.page, b.f.left, b.f.y + 2, 60, 12, r)
    return b.done("transport_ticket", holder, one_day(date), "passenger")


# ------------------------------------------------------------ bank papers

def bank_banca_online(ctx, date, **_):
    """Home-banking PDF: two dated fields on the same day, a reference that starts like a date,
    and the 'generated on' line; the applicant is the payer or the payee."""
    b, c, r = NB(ctx, numeric=ctx.rng.choice(["slash", "dot4", "dash"])), ctx, ctx.rng
    bank = r.choice(td.BANKS)
    hdr(b, [bank, c.t("Banca digital", "Banca digital", "Banca dixital")], r.choice(["band", "logo_left"]))
    title(b, c.t("Justificante de la operación", "Justificant de l'operació", "Xustificante da operación"))
    holder = pname(b, r.choice(["default", "sur_upper", "noacc"]))
    other = b.someone_else(upper=holder.isupper())
    is_sender = r.random() < 0.6
    sender, benef = (holder, other) if is_sender else (other, holder)
    b.person(sender, "sender", c.is_applicant and is_sender)
    b.person(benef, "beneficiary", c.is_applicant and not is_sender)
    acct = lambda: f"ES{r.randint(10, 99)} **** **** **** **** {r.randint(1000, 9999)}"  # noqa: E731
    b.dis.append("reference_number")
    ref = f"{date:%Y%m%d}{r.randint(10**7, 10**8 - 1)}" if date else f"{r.randint(10**14, 10**15 - 1)}"
    items = [(c.t("Tipo de operación", "Tipus d'operació", "Tipo de operación"),
              c.t("Transferencia SEPA", "Transferència SEPA", "Transferencia SEPA")),
             (c.t("Ordenante", "Ordenant", "Ordenante"), sender), (c.t("Cuenta de cargo", "Compte de càrrec", "Conta de cargo"), acct()),
             (c.t("Beneficiario", "Beneficiari", "Beneficiario"), benef), (c.t("Cuenta de abono", "Compte d'abonament", "Conta de abono"), acct()),
             (c.t("Importe", "Import", "Importe"), f"{r.randint(15, 800)},{r.randint(0, 99):02d} EUR"),
             (c.t("Concepto", "Concepte", "Concepto"), r.choice(["Alquiler", "Ayuda familiar", "Pago", "Fianza"]))]
    if date:
        items[1:1] = [(c.t("Fecha de la operación", "Data de l'operació", "Data da operación"), b.d(date)),
                      (c.t("Fecha valor", "Data valor", "Data valor"), b.d(date))]
    items.append((c.t("Referencia", "Referència", "Referencia"), ref))
    b.f.fields(items, r.choice(["grid", "column"]))
    if date:
        b.f.para(c.t(f"Documento generado el {b.d(date)} a las {hhmm(r)}:{r.randint(0, 59):02d}",
                     f"Document generat el {b.d(date)} a les {hhmm(r)}:{r.randint(0, 59):02d}",
                     f"Documento xerado o {b.d(date)} ás {hhmm(r)}:{r.randint(0, 59):02d}"), size=b.f.base * 0.8)
    b.f.footer([c.t(f"{bank} · Este justificante no requiere firma.", f"{bank} · Aquest justificant no requereix signatura.",
                    f"{bank} · Este xustificante non require sinatura.")])
    return b.done("bank_receipt", holder, one_day(date), "sender" if is_sender else "beneficiary")


def bank_cuenta_basica(ctx, date, **_):
    """Basic payment account contract (particular conditions): opening date, the holder's
    identity document with its expiry, both signatures."""
    b, c, r = NB(ctx), ctx, ctx.rng
    bank = r.choice(td.BANKS)
    hdr(b, [bank, f"{c.t('Oficina', 'Oficina', 'Oficina')} {r.randint(1000, 9999)} · {c.muni[0]}"], r.choice(["right", "centered"]))
    title(b, c.t("CONTRATO DE CUENTA DE PAGO BÁSICA", "CONTRACTE DE COMPTE DE PAGAMENT BÀSIC",
                "CONTRATO DE CONTA DE PAGAMENTO BÁSICA"))
    b.f.text(c.t("Condiciones particulares", "Condicions particulars", "Condicións particulares"), bold=True)
    holder = pname(b, r.choice(["default", "sur_comma", "sur_upper"]))
    items = [(c.t("Titular", "Titular", "Titular"), holder)]
    i = ident(b)
    if i and date:
        items.append((c.t("Documento", "Document", "Documento"), f"{i[0]} {i[1]}"))
        b.dis.append("expiry_date")
        items.append((c.t("Caducidad del documento", "Caducitat del document", "Caducidade do documento"),
                      b.d(date + r.randint(200, 2000) * DAY)))
    if c.birth and r.random() < 0.5:
        items += b.birth_field()
    items += [("IBAN", f"ES{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)} {r.randint(10**9, 10**10 - 1)}"),
              (c.t("Comisión de mantenimiento", "Comissió de manteniment", "Comisión de mantemento"), "3,00 €/mes")]
    if date:
        items.append((c.t("Fecha de apertura", "Data d'obertura", "Data de apertura"), b.d(date)))
    b.f.fields(items, r.choice(["grid", "boxes", "colon"]))
    b.f.para(c.t("Cuenta de pago básica conforme al Real Decreto 164/2019. El titular declara no disponer de otra "
                 "cuenta de pago en una entidad de crédito en España.",
                 "Compte de pagament bàsic d'acord amb el Reial decret 164/2019. El titular declara que no disposa "
                 "d'un altre compte de pagament en una entitat de crèdit a Espanya.",
                 "Conta de pagamento básica conforme ao Real Decreto 164/2019. O titular declara non dispor doutra "
                 "conta de pagamento nunha entidade de crédito en España."), size=b.f.base * 0.9)
    if date:
        b.f.para(b.place_date(date, formula=False))
    mgr = b.person(b.official(), "official")
    b.f.signature([c.t("El/la titular", "El/la titular", "O/a titular"), holder], align="l")
    b.f.signature([c.t("Por la entidad", "Per l'entitat", "Pola entidade"), mgr])
    return b.done("bank_receipt", holder, one_day(date), "holder")


# ------------------------------------------------------------ medical

def med_alta_urgencias(ctx, date, **_):
    """Emergency discharge: arrival and discharge date-times (the same day), triage level,
    clinical sections, follow-up by the family doctor without a date."""
    b, c, r = NB(ctx, numeric=ctx.rng.choice(["slash", "dash", "dot4"])), ctx, ctx.rng
    hosp = r.choice(["Hospital General Universitario de {m}", "Hospital Comarcal de {m}",
                     "Complexo Hospitalario de {m}"]).format(m=c.muni[0])
    hdr(b, [hosp, c.t("Servicio de Urgencias", "Servei d'Urgències", "Servizo de Urxencias")], r.choice(["logo_left", "band"]))
    title(b, c.t("INFORME DE ALTA DE URGENCIAS", "INFORME D'ALTA D'URGÈNCIES", "INFORME DE ALTA DE URXENCIAS"))
    holder = pname(b, r.choice(["sur_comma", "sur_upper", "default"]))
    items = [(c.t("Paciente", "Pacient", "Paciente"), holder),
             (c.t("Nº episodio", "Núm. episodi", "Nº episodio"), f"{r.randint(10**7, 10**8 - 1)}"),
             ("NHC", f"{r.randint(10**5, 10**7)}")]
    if c.birth:
        items += b.birth_field()
    arr = (r.randint(0, 15), r.randint(0, 59))
    out = (arr[0] + r.randint(1, 7), r.randint(0, 59))
    if date:
        items += [(c.t("Llegada", "Arribada", "Chegada"), f"{b.d(date)} {arr[0]:02d}:{arr[1]:02d}"),
                  (c.t("Alta", "Alta", "Alta"), f"{b.d(date)} {out[0]:02d}:{out[1]:02d}")]
    items.append((c.t("Triaje", "Triatge", "Triaxe"), f"{c.t('Nivel', 'Nivell', 'Nivel')} {r.randint(3, 5)}"))
    b.f.fields(items, r.choice(["grid", "colon", "boxes"]), cols=1)
    for head, body in [(c.t("Motivo de consulta", "Motiu de consulta", "Motivo de consulta"),
                        c.t("Dolor abdominal de doce horas de evolución.", "Dolor abdominal de dotze hores d'evolució.",
                            "Dor abdominal de doce horas de evolución.")),
                       (c.t("Exploración y pruebas", "Exploració i proves", "Exploración e probas"),
                        c.t("Abdomen blando, depresible. Analítica sin alteraciones.",
                            "Abdomen tou, depressible. Analítica sense alteracions.",
                            "Abdome brando, depresible. Analítica sen alteracións.")),
                       (c.t("Juicio clínico", "Judici clínic", "Xuízo clínico"),
                        c.t("Gastroenteritis aguda.", "Gastroenteritis aguda.", "Gastroenterite aguda.")),
                       (c.t("Tratamiento y recomendaciones", "Tractament i recomanacions", "Tratamento e recomendacións"),
                        c.t("Dieta blanda e hidratación. Control por su médico de atención primaria en 48-72 horas.",
                            "Dieta tova i hidratació. Control pel seu metge d'atenció primària en 48-72 hores.",
                            "Dieta branda e hidratación. Control polo seu médico de atención primaria en 48-72 horas."))]:
        b.f.text(head + ":", bold=True)
        b.f.para(body)
    dest = c.t("Destino al alta: domicilio", "Destinació a l'alta: domicili", "Destino á alta: domicilio")
    b.f.text(dest)
    doc = b.person(b.official(), "official")
    b.f.signature([f"{r.choice(['Dr.', 'Dra.'])} {doc}", c.t("Médico/a adjunto/a", "Metge/essa adjunt/a", "Médico/a adxunto/a"),
                   f"{c.t('Col. nº', 'Col. núm.', 'Col. nº')} {r.randint(10**8, 10**9 - 1)}"])
    return b.done("medical", holder, one_day(date), "patient")


def med_justificante_horas(ctx, date, **_):
    """Primary-care attendance slip (A5 landscape): the day in words and the hours the patient
    stayed, 'no es una baja laboral'."""
    b, c, r = NB(ctx, size=(210.0, 148.0), base=ctx.rng.choice([9.5, 10.0])), ctx, ctx.rng
    cs = r.choice(["Centro de Salud {m} Norte", "Centre d'Atenció Primària {m}-2", "Centro de Saúde de {m}"]).format(m=c.muni[0])
    hdr(b, [cs, c.t("Unidad de Atención al Usuario", "Unitat d'Atenció a l'Usuari", "Unidade de Atención ao Usuario")],
             r.choice(["logo_left", "right"]))
    b.f.text(c.t("JUSTIFICANTE DE ASISTENCIA", "JUSTIFICANT D'ASSISTÈNCIA", "XUSTIFICANTE DE ASISTENCIA"), bold=True, align="c")
    holder = pname(b, r.choice(["default", "sur_comma", "sur_upper"]))
    h1 = (r.randint(8, 18), r.choice([0, 10, 20, 30, 40, 50]))
    h2 = (h1[0] + 1, r.choice([5, 15, 25, 45]))
    t1, t2 = f"{h1[0]:02d}:{h1[1]:02d}", f"{h2[0]:02d}:{h2[1]:02d}"
    day = b.dlong(date) if date else ""
    b.f.para(c.t(f"Se hace constar que {b.honor()} {holder}{b.ident_text()} ha sido atendido/a en este centro el día {day}, "
                 f"permaneciendo en él desde las {t1} hasta las {t2} horas.",
                 f"Es fa constar que {b.honor()} {holder}{b.ident_text('amb')} ha estat atès/a en aquest centre el dia {day}, "
                 f"i hi ha romàs des de les {t1} fins a les {t2} hores.",
                 f"Faise constar que {b.honor()} {holder}{b.ident_text()} foi atendido/a neste centro o día {day}, "
                 f"permanecendo nel dende as {t1} ata as {t2} horas."))
    b.f.para(c.t("Este justificante no constituye una baja laboral.", "Aquest justificant no constitueix una baixa laboral.",
                 "Este xustificante non constitúe unha baixa laboral."), size=b.f.base * 0.85)
    stamp(b.f.page, b.f.left + 4, b.f.y + 2, b.color)
    off = b.person(b.official(), "official")
    b.f.signature([off, c.t("Personal administrativo", "Personal administratiu", "Persoal administrativo")])
    return b.done("medical", holder, one_day(date), "patient")


# ------------------------------------------------------------ attendance

def att_carta_recomendacion(ctx, date, **_):
    """A parish's or neighbours' association's recommendation letter: 'conozco a … desde hace
    dos años'; date at the top right, or none."""
    b, c, r = NB(ctx), ctx, ctx.rng
    ent = r.choice([("Parroquia de San Miguel Arcángel", "párroco/a", "rector/a", "párroco/a"),
                    ("Asociación de Vecinos La Unión", "presidente/a", "president/a", "presidente/a"),
                    ("Iglesia Evangélica Buenas Nuevas", "pastor/a", "pastor/a", "pastor/a")])
    hdr(b, [ent[0], f"{td.address(r, c.muni)[0]} · {c.muni[0]}"], r.choice(["centered", "logo_left"]))
    if date:
        b.f.text(b.place_date(date, formula=False), align="r")
    b.f.space(2)
    b.f.text(r.choice([c.t("A quien corresponda:", "A qui correspongui:", "A quen corresponda:"),
                       c.t("A la Oficina de Extranjería:", "A l'Oficina d'Estrangeria:", "Á Oficina de Estranxeiría:")]),
             bold=True)
    off = b.person(b.official(), "official")
    holder = pname(b, r.choice(["default", "default", "sur_upper"]))
    years = r.choice([c.t("dos años", "dos anys", "dous anos"), c.t("más de un año", "més d'un any", "máis dun ano"),
                      c.t("varios años", "diversos anys", "varios anos")])
    role = ent[{"es": 1, "ca": 2, "gl": 3}[c.lang]]
    b.f.para(c.t(f"Por medio de la presente, yo, {off}, en calidad de {role} de {ent[0]}, deseo hacer constar que "
                 f"conozco a {b.honor()} {holder}{b.ident_text()} desde hace {years}, tiempo durante el cual ha "
                 "participado con regularidad en las actividades de nuestra comunidad.",
                 f"Per mitjà d'aquesta carta, jo, {off}, com a {role} de {ent[0]}, vull fer constar que conec "
                 f"{b.honor()} {holder}{b.ident_text('amb')} des de fa {years}, temps durant el qual ha participat "
                 "amb regularitat en les activitats de la nostra comunitat.",
                 f"Por medio da presente, eu, {off}, en calidade de {role} de {ent[0]}, desexo facer constar que "
                 f"coñezo a {b.honor()} {holder}{b.ident_text()} dende hai {years}, tempo durante o cal participou "
                 "con regularidade nas actividades da nosa comunidade."))
    b.f.para(c.t("Es una persona responsable, respetuosa y bien integrada en el barrio, por lo que la recomiendo "
                 "sin reservas.", "És una persona responsable, respectuosa i ben integrada al barri, i la recomano "
                 "sense reserves.", "É unha persoa responsable, respectuosa e ben integrada no barrio, polo que a "
                 "recomendo sen reservas."))
    b.f.para(c.t("Sin otro particular, atentamente,", "Atentament,", "Sen outro particular, atentamente,"))
    stamp(b.f.page, b.f.right - 40, b.f.y + 4, b.color)
    b.f.signature([off, role.capitalize()])
    return b.done("attendance_certificate", holder, one_day(date), "user")


def att_voluntariado(ctx, date, **_):
    """Volunteering certificate (Ley 45/2015): a table with programme, tasks and weekly hours,
    'Fecha' in its own box."""
    b, c, r = NB(ctx), ctx, ctx.rng
    ngo = r.choice(td.NGOS).format(m=c.muni[0])
    hdr(b, [ngo, c.t("Área de Voluntariado", "Àrea de Voluntariat")], r.choice(["band", "right"]))
    title(b, c.t("CERTIFICADO DE VOLUNTARIADO", "CERTIFICAT DE VOLUNTARIAT"))
    off = b.person(b.official(), "official")
    holder = pname(b, r.choice(["default", "sur_comma", "sur_upper"]))
    b.f.para(c.t(f"{off}, responsable de voluntariado de {ngo}, certifica que {b.honor()} {holder}{b.ident_text()} "
                 "colabora como persona voluntaria de esta entidad, de acuerdo con la Ley 45/2015, de Voluntariado, "
                 "en el programa que se indica:",
                 f"{off}, responsable de voluntariat de {ngo}, certifica que {b.honor()} {holder}{b.ident_text('amb')} "
                 "col·labora com a persona voluntària d'aquesta entitat, d'acord amb la Llei 45/2015, del voluntariat, "
                 "en el programa que s'indica:"))
    b.f.table([c.t("Programa", "Programa"), c.t("Funciones", "Funcions"), c.t("Dedicación", "Dedicació")],
              [[r.choice([c.t("Reparto de alimentos", "Repartiment d'aliments"), c.t("Acompañamiento a mayores", "Acompanyament a gent gran"),
                          c.t("Apoyo escolar", "Suport escolar")]),
                c.t("Atención y logística", "Atenció i logística"), c.t(f"{r.randint(2, 6)} h/semana", f"{r.randint(2, 6)} h/setmana")]],
              [0.4, 0.35, 0.25])
    if date:
        b.f.fields([(c.t("Fecha", "Data"), b.d(date)), (c.t("Lugar", "Lloc"), c.muni[0])], "boxes", cols=2)
    else:
        b.f.para(b.place_date(None))
    b.f.signature([off, c.t("Responsable de voluntariado", "Responsable de voluntariat")])
    return b.done("attendance_certificate", holder, one_day(date), "holder")


# ------------------------------------------------------------ training

def train_adultos_notas(ctx, date, **_):
    """Adult school academic record: modules and marks for the school year, closed 'a 16 días del
    mes de marzo de 2026'."""
    b, c, r = NB(ctx), ctx, ctx.rng
    school = r.choice(["Centro de Educación de Personas Adultas {m}", "Centre de Formació d'Adults {m}",
                       "Centro de Educación de Adultos de {m}"]).format(m=c.muni[0])
    hdr(b, [school, c.t("Consejería de Educación", "Departament d'Educació", "Consellería de Educación")], r.choice(["centered", "logo_left"]))
    title(b, c.t("CERTIFICADO ACADÉMICO", "CERTIFICAT ACADÈMIC", "CERTIFICADO ACADÉMICO"))
    off = b.person(b.official(), "official")
    holder = pname(b, r.choice(["default", "sur_comma", "sur_upper"]))
    yr = (date or dt.date(2026, 3, 1))
    course = f"{yr.year - (yr.month < 9)}/{yr.year + (yr.month >= 9)}"
    b.f.para(c.t(f"{off}, secretario/a del centro, CERTIFICA que {b.honor()} {holder}{b.ident_text()} está matriculado/a "
                 f"en el curso {course} en las enseñanzas que se indican, con las calificaciones siguientes:",
                 f"{off}, secretari/ària del centre, CERTIFICA que {b.honor()} {holder}{b.ident_text('amb')} està matriculat/ada "
                 f"en el curs {course} en els ensenyaments que s'indiquen, amb les qualificacions següents:",
                 f"{off}, secretario/a do centro, CERTIFICA que {b.honor()} {holder}{b.ident_text()} está matriculado/a "
                 f"no curso {course} nos ensinos que se indican, coas cualificacións seguintes:"))
    mods = r.sample([c.t("Lengua castellana", "Llengua castellana", "Lingua castelá"), c.t("Competencia digital", "Competència digital", "Competencia dixital"),
                     c.t("Matemáticas básicas", "Matemàtiques bàsiques", "Matemáticas básicas"), c.t("Sociedad", "Societat", "Sociedade"),
                     c.t("Inglés inicial", "Anglès inicial", "Inglés inicial")], 3)
    b.f.table([c.t("Módulo", "Mòdul", "Módulo"), c.t("Horas", "Hores", "Horas"), c.t("Calificación", "Qualificació", "Cualificación")],
              [[m, str(r.choice([30, 45, 60])), r.choice(["Apto/a", c.t("Notable", "Notable", "Notable"), "6", "7"])] for m in mods],
              [0.55, 0.15, 0.3])
    if date:
        b.f.para(c.t(f"Y para que conste, expido el presente en {c.muni[0]}, a {days_of_month(date, 'es')}.",
                     f"I perquè consti, expedeixo aquest certificat a {c.muni[0]}, a {days_of_month(date, 'ca')}.",
                     f"E para que conste, expido o presente en {c.muni[0]}, a {days_of_month(date, 'gl')}."))
    else:
        b.f.para(b.place_date(None))
    b.f.signature([off, c.t("Vº Bº La Dirección", "Vist i plau, la direcció", "Visto e prace, a dirección")])
    return b.done("training_certificate", holder, one_day(date), "student")


def train_taller_sesion(ctx, date, **_):
    """Workshop attendance sheet: one row with date, hours, module and the participant's
    signature; the workshop's day is the document's date."""
    b, c, r = NB(ctx), ctx, ctx.rng
    ngo = r.choice(td.NGOS + td.SCHOOLS).format(m=c.muni[0])
    hdr(b, [ngo], r.choice(["centered", "band", "right"]))
    title(b, c.t("HOJA DE FIRMAS · TALLER FORMATIVO", "FULL DE SIGNATURES · TALLER FORMATIU", "FOLLA DE SINATURAS · OBRADOIRO FORMATIVO"))
    topic = r.choice([c.t("Derechos laborales y búsqueda de empleo", "Drets laborals i recerca de feina", "Dereitos laborais e busca de emprego"),
                      c.t("Primeros auxilios", "Primers auxilis", "Primeiros auxilios"),
                      c.t("Manipulación de alimentos", "Manipulació d'aliments", "Manipulación de alimentos")])
    hours = (r.randint(9, 16), r.choice([2, 3, 4]))
    b.f.fields([(c.t("Taller", "Taller", "Obradoiro"), topic),
                (c.t("Duración", "Durada", "Duración"), f"{hours[1]} h")], "colon")
    holder = pname(b, r.choice(["default", "sur_comma", "sur_upper"]))
    i = ident(b)
    b.f.table([c.t("Fecha", "Data", "Data"), c.t("Horario", "Horari", "Horario"), c.t("Participante", "Participant", "Participante"),
               "NIE/Pas.", c.t("Firma", "Signatura", "Sinatura")],
              [[b.d(date) if date else "", f"{hours[0]:02d}:00-{hours[0] + hours[1]:02d}:00", holder, i[1] if i else "", ""]],
              [0.16, 0.16, 0.38, 0.16, 0.14], size=b.f.base * 0.85)
    # The participant's scribble in the signature cell.
    y = b.f.y - 6
    b.f.page.line(b.f.right - 12, y, b.f.right - 4, y - 3, 0.5, BLUE)
    off = b.person(b.official(), "official")
    b.f.signature([c.t("La persona formadora", "La persona formadora", "A persoa formadora"), off])
    return b.done("training_certificate", holder, one_day(date), "student")


# ------------------------------------------------------------ library

def library_carne_movil(ctx, date, **_):
    """Library card in a phone app (screenshot): status bar, the card with a barcode, 'Alta'
    and sometimes the validity. Undated: no alta, no validity."""
    r = ctx.rng
    b, c = NB(ctx, size=(72.0, 150.0), base=r.choice([9.0, 9.5])), ctx
    b.f.margin = 5.0
    f, p = b.f, b.f.page
    f.text(f"{hhmm(r)}", size=7.5)
    p.text(f.right, f.y, f"4G  {r.randint(12, 99)}%", f.font(), 7.5, "r")
    f.space(3)
    p.rect(0, f.y, f.size[0], 11, 0, b.color, fill=b.color)
    p.text(f.left, f.y + 7.5, c.t("Bibliotecas Municipales", "Biblioteques Municipals", "Bibliotecas Municipais"),
           f.font(True), 9.5, "l", (255, 255, 255))
    f.y += 14
    f.text(c.t("Mi carné", "El meu carnet", "O meu carné"), bold=True, size=f.base * 1.2)
    holder = pname(b, r.choice(["default", "sur_upper", "sur_comma"]))
    f.text(holder, f.fit(holder, f.font(True), f.base, f.width), True)
    num = f"{r.randint(10**12, 10**13 - 1)}"
    f.space(2)
    barcode(p, f.left + 3, f.y, f.width - 6, 14, r)
    f.y += 16
    f.text(" ".join(num[k:k + 4] for k in range(0, 13, 4)), align="c", size=8.5)
    f.space(2)
    items = [(c.t("Usuario/a", "Usuari/ària", "Usuario/a"), f"U{r.randint(10**5, 10**6 - 1)}")]
    if date:
        items.append((c.t("Alta", "Alta", "Alta"), b.d(date)))
        if r.random() < 0.5:
            b.dis.append("expiry_date")
            items.append((c.t("Válido hasta", "Vàlid fins a", "Válido ata"), b.d(date.replace(year=date.year + 3))))
    f.fields(items, "colon", size=f.base * 0.9)
    f.text(c.t("Muestre este código en el mostrador", "Mostreu aquest codi al taulell", "Amose este código no mostrador"),
           size=7.5, align="c")
    return b.done("library_card", holder, one_day(date), "user")


# ------------------------------------------------------------ rental

def _filled(f, parts, size=None):
    """One line of a pre-printed form: printed words in black, the blanks filled in by hand
    (blue, on an underline). parts: [(text, filled?)]."""
    size = size or f.base
    f.ensure(f.line_h(size) + 2)
    f.y += f.line_h(size) + 1.5
    x = f.left
    for s, hand in parts:
        key = "dejavu_serif" if hand else f.font()
        w = min(text_width(s + " ", key, size), f.right - x)
        size_s = f.fit(s, key, size, max(f.right - x, 5))
        f.page.text(x, f.y, s, key, size_s, "l", BLUE if hand else f.color)
        if hand:
            f.page.line(x, f.y + 0.8, x + w - 1, f.y + 0.8, 0.2, f.color)
        x += w


def rental_impreso_papeleria(ctx, date, **_):
    """Stationery-shop lease form: printed clauses, the blanks (place, date, names, rent, end)
    filled in by hand; the form's serial number."""
    b, c, r = NB(ctx, base=ctx.rng.choice([9.5, 10.0])), ctx, ctx.rng
    b.f.text(f"Serie {r.choice('ABCD')} Nº {r.randint(10**6, 10**7 - 1)}", size=8, align="r")
    b.dis.append("reference_number")
    title(b, "CONTRATO DE ARRENDAMIENTO DE VIVIENDA")
    holder = pname(b, r.choice(["default", "default", "sur_upper"]))
    land = c.landlord.natural
    if date:
        _filled(b.f, [("En", False), (c.muni[0], True), ("a", False), (str(date.day), True), ("de", False),
                      (td.MONTHS["es"][date.month - 1], True), ("de", False), (str(date.year), True)])
    b.f.space(2)
    b.f.text("REUNIDOS", bold=True, align="c")
    _filled(b.f, [("De una parte, como ARRENDADOR/A, D./Dña.", False), (land, True)])
    dni = f"{r.randint(10**7, 10**8 - 1)}{td.NIE_LETTERS[r.randint(0, 22)]}"
    _filled(b.f, [("con D.N.I. nº", False), (dni, True), ("y domicilio en", False), (c.muni[0], True)])
    _filled(b.f, [("De otra parte, como ARRENDATARIO/A, D./Dña.", False), (holder, True)])
    i = ident(b)
    if i:
        _filled(b.f, [("con D.N.I./N.I.E./Pasaporte nº", False), (i[1], True)])
    b.f.space(2)
    b.f.para("Ambas partes se reconocen capacidad legal para otorgar el presente contrato, que se regirá por la "
             "Ley 29/1994, de Arrendamientos Urbanos, y por las siguientes")
    b.f.text("CONDICIONES", bold=True, align="c")
    _filled(b.f, [("1ª La vivienda objeto del contrato está situada en", False), (c.home[0], True)])
    b.dis.append("contract_end_date")
    days, span = r.choice([(364, "un año"), (333, "once meses"), (181, "seis meses")])
    end = (date or dt.date(2026, 3, 1)) + days * DAY
    _filled(b.f, [("2ª El plazo de duración es de", False), (span, True),
                  ("y finaliza el", False), (f"{end:%d/%m/%Y}", True)])
    _filled(b.f, [("3ª La renta mensual es de", False), (f"{r.randint(250, 850)} euros", True),
                  ("pagaderos por meses anticipados.", False)])
    for cl in ["4ª El/la arrendatario/a entrega en este acto una mensualidad en concepto de fianza legal.",
               "5ª Los gastos de suministros son por cuenta del/de la arrendatario/a.",
               "6ª Queda prohibido el subarriendo sin consentimiento escrito del/de la arrendador/a."]:
        b.f.para(cl)
    b.f.para("Y en prueba de conformidad firman el presente por duplicado en el lugar y fecha indicados.")
    b.person(land, "landlord")
    b.f.signature(["EL/LA ARRENDADOR/A"], align="l")
    b.f.signature(["EL/LA ARRENDATARIO/A"], align="l")
    return b.done("rental_contract", holder, one_day(date), "tenant")


# ------------------------------------------------------------ job offer

def job_oferta_arraigo(ctx, date, **_):
    """Job offer for the arraigo procedure: 'Ref.' and 'Fecha' at the top left, conditions in a
    ruled grid, start 'a partir de la concesión' or a planned date."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    hdr(b, [company, f"CIF {td.cif(r)}", f"{td.address(r, c.muni)[0]} · {c.muni[0]}"], r.choice(["logo_left", "right"]))
    b.f.text(f"Ref.: RRHH/{r.randint(100, 999)}")
    b.dis.append("reference_number")
    if date:
        b.f.text(f"Fecha: {b.d(date)}")
    title(b, "OFERTA DE CONTRATO DE TRABAJO")
    holder = pname(b, r.choice(["default", "sur_comma", "sur_upper"]))
    i = ident(b)
    b.f.fields([("Trabajador/a", holder)] + ([("Documento", f"{i[0]} {i[1]}")] if i else []), "grid")
    cond = [("Puesto", r.choice(["Ayudante de cocina", "Peón agrícola", "Limpiador/a", "Mozo/a de almacén"])),
            ("Tipo de contrato", "Indefinido a tiempo completo (cód. 100)"), ("Jornada", "40 horas semanales"),
            ("Salario bruto anual", f"{r.randint(16, 22)}.{r.randint(0, 9)}00 € en 14 pagas"),
            ("Convenio colectivo", r.choice(["Hostelería", "Campo", "Limpieza de edificios", "Comercio"]))]
    if date and r.random() < 0.5:
        b.dis.append("incorporation_date")
        cond.append(("Inicio previsto", b.d(date + r.randint(60, 180) * DAY)))
    else:
        cond.append(("Inicio previsto", "a partir de la concesión de la autorización de residencia y trabajo"))
    b.f.fields(cond, "grid")
    rep = b.person(b.official(), "official")
    b.f.para("La empresa se compromete a mantener la oferta durante la tramitación del procedimiento de arraigo.")
    stamp(b.f.page, b.f.right - 45, b.f.y + 6, b.color, 40, 22)
    b.f.signature([rep, "Responsable de Recursos Humanos"])
    b.f.footer([f"{company} · Inscrita en el Registro Mercantil de {c.muni[0]}"])
    return b.done("job_offer", holder, one_day(date))


# ------------------------------------------------------------ shop receipt

def shop_optica_encargo(ctx, date, **_):
    """Optician's order slip: customer and phone when named, prescription grid, the order day and
    the promised delivery day (later)."""
    r = ctx.rng
    b, c = NB(ctx, size=(105.0, 148.0), base=r.choice([8.5, 9.0]), numeric=r.choice(["dot2", "slash", "dash"])), ctx
    b.f.margin = 7.0
    shop = r.choice(["Óptica Visión Clara", "Òptica del Carrer Nou", "Óptica Miradas"])
    b.f.text(shop, bold=True, align="c", size=b.f.base * 1.3)
    b.f.text(f"NIF {td.cif(r)} · {c.muni[0]}", align="c", size=7.5)
    b.f.hr()
    head = c.t("RESGUARDO DE ENCARGO", "RESGUARD D'ENCÀRREC", "RESGARDO DE ENCARGO")
    b.f.text(f"{head} Nº {r.randint(1000, 9999)}", bold=True)
    # The slip's customer field is a fixed width: a long name loses its last letters.
    holder = trunc(pname(b, r.choice(["default", "sur_comma", "noacc", "sur_upper"])), 24)
    items = []
    if holder:
        items += [(c.t("Cliente", "Client", "Cliente"), holder), ("Tel.", b.phone())]
    if date:
        b.dis.append("due_date")
        items += [(c.t("Fecha encargo", "Data encàrrec", "Data encargo"), b.d(date)),
                  (c.t("Entrega prevista", "Lliurament previst", "Entrega prevista"), b.d(date + r.randint(3, 10) * DAY))]
    if items:
        b.f.fields(items, "colon")
    sph = lambda: f"{r.choice(['+', '-'])}{r.randint(0, 4)},{r.choice(['00', '25', '50', '75'])}"  # noqa: E731
    b.f.table(["", "ESF", "CIL", "EJE"], [["OD", sph(), sph(), str(r.randint(0, 180))],
                                          ["OI", sph(), sph(), str(r.randint(0, 180))]], [0.16, 0.28, 0.28, 0.28])
    tot = r.randint(60, 250)
    b.f.text(f"{c.t('Total', 'Total', 'Total')}: {tot},00 €   {c.t('A cuenta', 'A compte', 'A conta')}: {tot // 2},00 €", bold=True)
    b.f.text(c.t("Imprescindible presentar este resguardo.", "Cal presentar aquest resguard.", "Imprescindible presentar este resgardo."),
             size=7.5)
    return b.done("shop_receipt", holder, one_day(date))


# ------------------------------------------------------------ other

def other_albaran_butano(ctx, date, **_):
    """Butane bottle delivery note (A5 landscape): customer, supply contract, bottles delivered
    and collected, delivery date, the customer's signature."""
    r = ctx.rng
    b, c = NB(ctx, size=(210.0, 148.0), base=r.choice([9.0, 9.5])), ctx
    hdr(b, [r.choice(["Gases del Sur · Distribuidor oficial GLP", "Butanos Costa y Monte S.L.", "Distribuciones Gas Hogar"]),
              f"{c.t('Agencia', 'Agència', 'Axencia')} {c.muni[0]} · {b.phone()}"], r.choice(["band", "right"]))
    b.f.text(f"{c.t('ALBARÁN DE ENTREGA', 'ALBARÀ DE LLIURAMENT', 'ALBARÁ DE ENTREGA')} Nº {r.randint(10**5, 10**6 - 1)}", bold=True)
    b.dis.append("reference_number")
    holder = trunc(pname(b, r.choice(["default", "sur_upper", "sur_comma", "slash"])), 26)
    items = [(c.t("Cliente", "Client", "Cliente"), holder), (c.t("Dirección", "Adreça", "Enderezo"), c.home[0]),
             (c.t("Nº contrato", "Núm. contracte", "Nº contrato"), f"{r.randint(10**7, 10**8 - 1)}")]
    if date:
        items.append((c.t("Fecha de entrega", "Data de lliurament", "Data de entrega"), b.d(date)))
    b.f.fields(items, r.choice(["colon", "boxes"]), cols=2 if r.random() < 0.5 else 1)
    n = r.randint(1, 2)
    b.f.table([c.t("Envase", "Envàs", "Envase"), c.t("Entregados", "Lliurats", "Entregados"),
               c.t("Recogidos", "Recollits", "Recollidos"), c.t("Importe", "Import", "Importe")],
              [[c.t("Botella butano 12,5 kg", "Bombona butà 12,5 kg", "Bombona butano 12,5 kg"), str(n), str(n),
                f"{n * 17},{r.randint(10, 99)} €"]], [0.46, 0.18, 0.18, 0.18])
    b.f.signature([c.t("Conforme, el/la cliente", "Conforme, el/la client", "Conforme, o/a cliente")], align="l")
    return b.done("other", holder, one_day(date))


def other_resguardo_tsi(ctx, date, **_):
    """Health-card application receipt from the health centre: applicant boxes, 'Fecha de
    solicitud', the assigned centre, sometimes the receipt's validity."""
    b, c, r = NB(ctx), ctx, ctx.rng
    hdr(b, [c.t("Servicio de Salud", "Servei Català de la Salut", "Servizo Galego de Saúde"),
              r.choice(["Centro de Salud {m} Sur", "CAP {m} Centre", "Centro de Saúde {m}"]).format(m=c.muni[0])],
             r.choice(["logo_left", "band", "centered"]))
    title(b, c.t("RESGUARDO DE SOLICITUD DE TARJETA SANITARIA INDIVIDUAL", "RESGUARD DE SOL·LICITUD DE TARGETA SANITÀRIA INDIVIDUAL",
                "RESGARDO DE SOLICITUDE DE TARXETA SANITARIA INDIVIDUAL"))
    nf, holder = b.name_fields(c.t("Solicitante", "Sol·licitant", "Solicitante"))
    items = nf + b.id_field()
    if date:
        if c.birth and r.random() < 0.5:
            items += b.birth_field()
        items.append((c.t("Fecha de solicitud", "Data de sol·licitud", "Data de solicitude"), b.d(date)))
    items += [(c.t("Domicilio", "Domicili", "Domicilio"), c.home[0]),
              (c.t("Nº de solicitud", "Núm. de sol·licitud", "Nº de solicitude"), f"TSI-{r.randint(10**6, 10**7 - 1)}")]
    b.dis.append("reference_number")
    b.f.fields(items, r.choice(["boxes", "grid", "colon"]), cols=1)
    b.f.para(c.t("La tarjeta se enviará al domicilio indicado. Mientras tanto, este resguardo le permite recibir "
                 "asistencia en su centro de salud.",
                 "La targeta s'enviarà al domicili indicat. Mentrestant, aquest resguard us permet rebre assistència "
                 "al vostre centre.",
                 "A tarxeta enviarase ao domicilio indicado. Mentres tanto, este resgardo permítelle recibir "
                 "asistencia no seu centro de saúde."))
    if date and r.random() < 0.5:
        b.dis.append("expiry_date")
        b.f.text(f"{c.t('Válido hasta', 'Vàlid fins a', 'Válido ata')}: {b.d(date + 90 * DAY)}", bold=True)
    b.f.signature([c.t("Unidad de Atención al Usuario", "Unitat d'Atenció a l'Usuari", "Unidade de Atención ao Usuario")])
    return b.done("other", holder, one_day(date))


FAMILIES = {
    "padron": {"quiosco_convivencia": (padron_quiosco_convivencia, ALL), "bilingue": (padron_bilingue, ALL)},
    "padron_historico": {"prosa_periodos": (historico_prosa_periodos, ALL),
                         "listado_mono": (historico_listado_mono, ALL)},
    "utility_bill": {"consorcio_agua": (bill_consorcio_agua, ALL), "resumen_rango": (bill_resumen_rango, ALL)},
    "payslip": {"a3_cabecera": (payslip_a3_cabecera, ALL)},
    "transport_ticket": {"tren_tabla": (ticket_tren_tabla, ES_CA)},
    "bank_receipt": {"banca_online": (bank_banca_online, ALL), "cuenta_basica": (bank_cuenta_basica, ALL)},
    "medical": {"alta_urgencias": (med_alta_urgencias, ALL), "justificante_horas": (med_justificante_horas, ALL)},
    "attendance_certificate": {"carta_recomendacion": (att_carta_recomendacion, ALL),
                               "voluntariado": (att_voluntariado, ES_CA)},
    "training_certificate": {"adultos_notas": (train_adultos_notas, ALL), "taller_sesion": (train_taller_sesion, ALL)},
    "library_card": {"carne_movil": (library_carne_movil, ALL)},
    "rental_contract": {"impreso_papeleria": (rental_impreso_papeleria, ES)},
    "job_offer": {"oferta_arraigo": (job_oferta_arraigo, ES)},
    "shop_receipt": {"optica_encargo": (shop_optica_encargo, ALL)},
    "other": {"albaran_butano": (other_albaran_butano, ALL), "resguardo_tsi": (other_resguardo_tsi, ALL)},
}
