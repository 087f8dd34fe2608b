"""Municipal papers written as other town halls write them (es, ca, gl)."""
import datetime as dt

from . import textdata as td
from .doctypes import muni_issuer
from .famkit import NB, one_day

ALL = ("es", "ca", "gl")


# ------------------------------------------------------------ padrón

def padron_official_first(ctx, alta, expedicion, **_):
    """The secretary certifies first; the resident is named further down, in prose."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Secretaría General", "Secretaria General", "Secretaría Xeral")],
             r.choice(["centered", "logo_left"]))
    sec = b.person(b.official(), "official")
    b.f.para(c.t(f"D./Dña. {sec}, Secretario/a General del {muni_issuer(c)}, en uso de las "
                 "atribuciones que le confiere la normativa de régimen local,",
                 f"{sec}, secretari/ària general de l'{muni_issuer(c)}, en ús de les atribucions "
                 "que li confereix la normativa de règim local,",
                 f"D./Dna. {sec}, secretario/a xeral do {muni_issuer(c)}, no uso das atribucións "
                 "que lle confire a normativa de réxime local,"))
    b.f.text("CERTIFICA:", bold=True, align=r.choice(["l", "c"]))
    holder = b.name()
    born = ""
    if c.birth and r.random() < 0.5:
        b.dis.append("birth_date")
        born = c.t(f", nacido/a el {b.d(c.birth)}", f", nascut/da el {b.d(c.birth)}",
                   f", nado/a o {b.d(c.birth)}")
    b.f.para(c.t(f"Que, según los datos obrantes en el Padrón Municipal de Habitantes, {b.honor()} "
                 f"{holder}{b.ident_text()}{born} se encuentra empadronado/a en este municipio, "
                 f"en el domicilio {c.home[0]}, desde el {b.dlong(alta)}.",
                 f"Que, segons les dades que consten al Padró Municipal d'Habitants, {b.honor()} "
                 f"{holder}{b.ident_text()}{born} està empadronat/da en aquest municipi, al "
                 f"domicili {c.home[0]}, des del {b.dlong(alta)}.",
                 f"Que, segundo os datos que constan no Padrón Municipal de Habitantes, {b.honor()} "
                 f"{holder}{b.ident_text()}{born} está empadroado/a neste concello, no "
                 f"domicilio {c.home[0]}, desde o {b.dlong(alta)}."))
    b.f.para(b.place_date(expedicion))
    b.f.signature([c.t("El/La Secretario/a", "El/La Secretari/ària", "O/A Secretario/a"), sec])
    b.f.footer([c.t("Documento firmado electrónicamente. Verificable en la sede electrónica.",
                    "Document signat electrònicament. Verificable a la seu electrònica.",
                    "Documento asinado electronicamente. Verificable na sede electrónica."),
                f"CSV {b.csv()}"])
    return b.done("padron", holder, [(alta, expedicion)])


def padron_household(ctx, alta, expedicion, **_):
    """A hoja padronal listing everyone in the dwelling; the applicant is any row."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Padrón de Habitantes - Hoja de inscripción colectiva",
                                  "Padró d'Habitants - Full d'inscripció col·lectiva",
                                  "Padrón de Habitantes - Folla de inscrición colectiva")])
    b.title(c.t("VOLANTE DE EMPADRONAMIENTO COLECTIVO", "VOLANT D'EMPADRONAMENT COL·LECTIU",
                "VOLANTE DE EMPADROAMENTO COLECTIVO"))
    b.f.fields([(c.t("Domicilio", "Domicili", "Domicilio"), f"{c.home[0]}, {c.home[1]}"),
                (c.t("Hoja padronal", "Full padronal", "Folla padroal"), f"{r.randint(1000, 99999)}"),
                (c.t("Fecha de expedición", "Data d'expedició", "Data de expedición"), b.d(expedicion))],
               r.choice(["colon", "grid"]))
    holder = b.name()
    others = [b.someone_else(upper=holder.isupper() if holder else None)
              for _ in range(r.randint(1, 3))]
    rows, names = [], others[:]
    names.insert(r.randint(0, len(others)), holder)
    for n in names:
        if n == holder:
            b.person(n, "holder", c.is_applicant)
            d_alta = alta
        else:
            b.person(n, "holder")
            d_alta = min(expedicion, alta + dt.timedelta(days=r.randint(0, 200)))
        born = dt.date(r.randint(1960, 2022), r.randint(1, 12), r.randint(1, 28))
        rows.append([n, b.d(born), b.d(d_alta)])
    b.dis.append("birth_date")
    b.f.text(c.t("Personas inscritas en este domicilio:", "Persones inscrites en aquest domicili:",
                 "Persoas inscritas neste domicilio:"), bold=True)
    b.f.table([c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome") if r.random() < 0.3
               else c.t("Nombre", "Nom", "Nome"),
               c.t("F. nacimiento", "D. naixement", "D. nacemento"),
               c.t("F. alta", "D. alta", "D. alta")], rows, [0.52, 0.24, 0.24])
    b.f.signature([c.t("El Jefe del Negociado de Estadística", "El Cap del Negociat d'Estadística",
                       "O Xefe do Negociado de Estatística"), b.person(b.official(), "official")])
    b.f.footer([f"CSV: {b.csv()}"])
    return b.done("padron", holder, [(alta, expedicion)])


def padron_web_form(ctx, alta, expedicion, **_):
    """A self-service print from the sede electrónica: a grid of fields, year-first dates."""
    b, c, r = NB(ctx, numeric=r_choice(ctx, ["iso", "ymd_slash", "dot4", "slash"])), ctx, ctx.rng
    b.header([c.t("Sede electrónica", "Seu electrònica", "Sede electrónica"), muni_issuer(c)], "band")
    b.title(c.t("Certificado de empadronamiento individual", "Certificat d'empadronament individual",
                "Certificado de empadroamento individual"))
    holder = b.name()
    items = [(c.t("Apellidos, Nombre", "Cognoms, Nom", "Apelidos, Nome"), holder)] + b.id_field()
    items += [(c.t("Dirección", "Adreça", "Enderezo"), c.home[0]),
              (c.t("Fecha de inscripción", "Data d'inscripció", "Data de inscrición"), b.d(alta)),
              (c.t("Fecha de emisión", "Data d'emissió", "Data de emisión"), b.d(expedicion))]
    if r.random() < 0.5:
        b.dis.append("expiry_date")
        items.append((c.t("Válido hasta", "Vàlid fins a", "Válido ata"),
                      b.d(expedicion + dt.timedelta(days=90))))
    b.f.fields(items, "grid")
    b.f.para(c.t("Este certificado se emite a los efectos de acreditar la residencia y el domicilio.",
                 "Aquest certificat s'emet per acreditar la residència i el domicili.",
                 "Este certificado emítese para acreditar a residencia e o domicilio."))
    b.f.footer([f"CSV {b.csv()}"])
    return b.done("padron", holder, [(alta, expedicion)])


def r_choice(ctx, options):
    return ctx.rng.choice(options)


# ------------------------------------------------------------ padrón histórico

def historico_prose(ctx, rows, expedicion, **_):
    """Each residence period written out as a sentence instead of a table row."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Estadística y Padrón", "Estadística i Padró", "Estatística e Padrón")])
    b.title(c.t("CERTIFICADO DE EMPADRONAMIENTO CON HISTÓRICO", "CERTIFICAT D'EMPADRONAMENT AMB HISTÒRIC",
                "CERTIFICADO DE EMPADROAMENTO CON HISTÓRICO"))
    holder = b.name()
    b.f.para(c.t(f"CERTIFICO que {b.honor()} {holder}{b.ident_text()} ha residido en este municipio "
                 "en los domicilios y períodos siguientes:",
                 f"CERTIFICO que {b.honor()} {holder}{b.ident_text()} ha residit en aquest municipi "
                 "als domicilis i períodes següents:",
                 f"CERTIFICO que {b.honor()} {holder}{b.ident_text()} residiu neste concello nos "
                 "domicilios e períodos seguintes:"))
    presence = []
    for alta, baja in rows:
        street = td.address(r, c.muni)[0]
        if baja:
            b.f.para(c.t(f"- {street}: desde el {b.d(alta)} hasta el {b.d(baja)}.",
                         f"- {street}: des del {b.d(alta)} fins al {b.d(baja)}.",
                         f"- {street}: desde o {b.d(alta)} ata o {b.d(baja)}."), indent=4)
        else:
            b.f.para(c.t(f"- {street}: desde el {b.d(alta)} hasta la fecha de este certificado.",
                         f"- {street}: des del {b.d(alta)} fins a la data d'aquest certificat.",
                         f"- {street}: desde o {b.d(alta)} ata a data deste certificado."), indent=4)
        presence.append((alta, baja or expedicion))
    b.f.para(b.place_date(expedicion))
    b.f.signature([c.t("El Alcalde, P.D. el Jefe de Servicio", "L'Alcalde, P.D. el Cap de Servei",
                       "O Alcalde, P.D. o Xefe de Servizo"), b.person(b.official(), "official")])
    b.f.footer([f"CSV: {b.csv()}"])
    return b.done("padron_historico", holder, presence)


def historico_table_first(ctx, rows, expedicion, **_):
    """Movements table (alta / baja as separate events) with the person in a boxed header."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Padrón Municipal", "Padró Municipal", "Padrón Municipal")], "right")
    b.title(c.t("INFORME HISTÓRICO DE MOVIMIENTOS PADRONALES", "INFORME HISTÒRIC DE MOVIMENTS PADRONALS",
                "INFORME HISTÓRICO DE MOVEMENTOS PADROAIS"))
    nf, holder = b.name_fields(c.t("Titular", "Titular", "Titular"))
    b.f.fields(nf + b.id_field(), "boxes", cols=2 if len(nf) > 1 else 1)
    trows, presence = [], []
    for alta, baja in rows:
        street = td.address(r, c.muni)[0]
        trows.append([b.d(alta), c.t("Alta", "Alta", "Alta"), street])
        if baja:
            trows.append([b.d(baja), c.t("Baja por cambio de domicilio", "Baixa per canvi de domicili",
                                         "Baixa por cambio de domicilio"), street])
        presence.append((alta, baja or expedicion))
    b.f.table([c.t("Fecha", "Data", "Data"), c.t("Movimiento", "Moviment", "Movemento"),
               c.t("Domicilio", "Domicili", "Domicilio")], trows, [0.2, 0.38, 0.42], size=b.f.base * 0.9)
    b.f.fields([(c.t("Fecha de expedición", "Data d'expedició", "Data de expedición"), b.d(expedicion))],
               "colon")
    b.f.signature([b.person(b.official(), "official"),
                   c.t("Técnico/a de Padrón", "Tècnic/a de Padró", "Técnico/a de Padrón")])
    return b.done("padron_historico", holder, presence)


# ------------------------------------------------------------ other (town-hall registry)

def registro_electronico(ctx, date, **_):
    """Electronic registry receipt filed by a representative (an NGO worker) for the person."""
    b, c, r = NB(ctx, numeric=r_choice(ctx, ["iso", "slash", "dot4", "ymd_slash"])), ctx, ctx.rng
    b.header([c.t("Registro Electrónico General", "Registre Electrònic General", "Rexistro Electrónico Xeral"),
              muni_issuer(c)], "band")
    b.title(c.t("Justificante de Registro", "Justificant de Registre", "Xustificante de Rexistro"))
    holder = b.name()
    rep = b.person(b.official(), "other")
    rows = [[c.t("Interesado/a", "Interessat/da", "Interesado/a"), holder or "-",
             (b.id_field() or [("", "-")])[0][1]],
            [c.t("Representante", "Representant", "Representante"), rep,
             f"{r.randint(10**7, 10**8 - 1)}{td.NIE_LETTERS[r.randint(0, 22)]}"]]
    b.f.table([c.t("Condición", "Condició", "Condición"), c.t("Nombre", "Nom", "Nome"),
               c.t("Documento", "Document", "Documento")], rows, [0.28, 0.47, 0.25])
    b.dis.append("reference_number")
    items = [(c.t("Número de registro", "Número de registre", "Número de rexistro"),
              f"REGAGE{(date or dt.date(2026, 1, 1)).year % 100}e{r.randint(10**9, 10**10 - 1)}")]
    if date:
        items.append((c.t("Fecha y hora", "Data i hora", "Data e hora"),
                      f"{b.d(date)} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"))
    items.append((c.t("Extracto", "Extracte", "Extracto"),
                  r.choice(["Solicitud de informe de integración social", "Aportación de documentación",
                            "Solicitud de ayuda para alquiler"])))
    b.f.fields(items, "colon")
    b.f.footer([f"CSV: {b.csv()}"])
    return b.done("other", holder, one_day(date))


def cita_servicios_sociales(ctx, date, **_):
    """Social-services appointment slip: the day in words, the social worker named first."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Servicios Sociales Municipales", "Serveis Socials Municipals",
                                  "Servizos Sociais Municipais")], r.choice(["logo_left", "centered"]))
    tsoc = b.person(b.official(), "official")
    b.f.fields([(c.t("Profesional de referencia", "Professional de referència", "Profesional de referencia"),
                 tsoc)], "colon")
    b.title(c.t("COMPROBANTE DE ATENCIÓN", "COMPROVANT D'ATENCIÓ", "COMPROBANTE DE ATENCIÓN"))
    holder = b.name()
    if date:
        b.f.para(c.t(f"Se hace constar que {b.honor()} {holder}{b.ident_text()} ha sido atendido/a en "
                     f"este Centro de Servicios Sociales el día {b.dlong(date)}.",
                     f"Es fa constar que {b.honor()} {holder}{b.ident_text()} ha estat atès/a en aquest "
                     f"Centre de Serveis Socials el dia {b.dlong(date)}.",
                     f"Faise constar que {b.honor()} {holder}{b.ident_text()} foi atendido/a neste "
                     f"Centro de Servizos Sociais o día {b.dlong(date)}."))
    else:
        b.f.para(c.t(f"Se hace constar que {b.honor()} {holder}{b.ident_text()} es usuario/a de este "
                     "Centro de Servicios Sociales.",
                     f"Es fa constar que {b.honor()} {holder}{b.ident_text()} és usuari/ària d'aquest "
                     "Centre de Serveis Socials.",
                     f"Faise constar que {b.honor()} {holder}{b.ident_text()} é usuario/a deste "
                     "Centro de Servizos Sociais."))
    b.f.signature([tsoc, c.t("Trabajador/a social", "Treballador/a social", "Traballador/a social")])
    return b.done("other", holder, one_day(date), "user")


# ------------------------------------------------------------ library card

def library_card_plain(ctx, date, **_):
    """Card with the name alone in large type, no label; 'Alta' with an abbreviated month."""
    b = NB(ctx, size=(120.0, 80.0), base=ctx.rng.choice([9.5, 10.0]),
           numeric=r_choice(ctx, ["abbr_dot", "dot4", "slash_nopad", "abbr"]))
    c, r = ctx, ctx.rng
    b.f.margin = 7.0
    b.header([c.t(f"Red de Bibliotecas de {c.muni[0]}", f"Xarxa de Biblioteques de {c.muni[0]}",
                  f"Rede de Bibliotecas de {c.muni[0]}")], "band")
    holder = b.name()
    if holder:
        b.f.text(holder, b.f.base * 1.25, True)
    b.f.text(f"{r.randint(10**9, 10**10 - 1)}", b.f.base * 0.9)
    if date:
        b.f.text(f"{c.t('Alta', 'Alta', 'Alta')}: {b.d(date)}")
    return b.done("library_card", holder, one_day(date), "user")


def library_card_back(ctx, date, **_):
    """Reverse of the card: a signature line for the reader and the issue date."""
    b = NB(ctx, size=(120.0, 80.0), base=ctx.rng.choice([9.0, 9.5]))
    c = ctx
    b.f.margin = 7.0
    b.f.text(c.t("Biblioteca Pública", "Biblioteca Pública", "Biblioteca Pública") + f" · {c.muni[0]}",
             bold=True, align="c")
    b.f.para(c.t("Esta tarjeta es personal e intransferible. Preséntela para el préstamo.",
                 "Aquest carnet és personal i intransferible. Presenteu-lo per al préstec.",
                 "Este carné é persoal e intransferible. Preséntao para o préstamo."), size=b.f.base * 0.85)
    holder = b.name()
    items = []
    if holder:
        items.append((c.t("Firma del titular", "Signatura del titular", "Sinatura do titular"), holder))
    if date:
        items.append((c.t("Expedida el", "Expedit el", "Expedido o"), b.d(date)))
    if items:
        b.f.fields(items, "column")
    return b.done("library_card", holder, one_day(date), "user")


FAMILIES = {
    "padron": {"official_first": (padron_official_first, ALL), "household": (padron_household, ALL),
               "web_form": (padron_web_form, ALL)},
    "padron_historico": {"prose": (historico_prose, ALL), "movements": (historico_table_first, ALL)},
    "other": {"registro_electronico": (registro_electronico, ALL),
              "cita_servicios_sociales": (cita_servicios_sociales, ALL)},
    "library_card": {"plain": (library_card_plain, ALL), "back": (library_card_back, ALL)},
}
