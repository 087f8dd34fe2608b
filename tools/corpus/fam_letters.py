"""Certificates, medical papers, contracts and tickets as other issuers write them.

Several put a second person on the page on purpose: the official who certifies
named before the applicant, the doctor, the landlord, a second tenant.
"""
import datetime as dt

from . import textdata as td
from .famkit import NB, one_day

ALL = ("es", "ca", "gl")
ES = ("es",)


def _issuer_header(b, issuer):
    c, r = b.ctx, b.rng
    b.header([issuer, f"{td.address(r, c.muni)[0]} · {c.muni[0]}", f"Tel. {b.phone()}"],
             r.choice(["band", "logo_left", "centered", "right"]))


# ------------------------------------------------------------ attendance certificates

def att_prose_persona(ctx, date, **_):
    """'La entidad ... CERTIFICA que la persona NOMBRE, con NIE ..., ha asistido ...'."""
    b, c, r = NB(ctx), ctx, ctx.rng
    issuer = r.choice(td.NGOS).format(m=c.muni[0])
    _issuer_header(b, issuer)
    b.title(c.t("CERTIFICADO", "CERTIFICAT", "CERTIFICADO"))
    holder = b.name()
    when = c.t(f" el día {b.dlong(date)}", f" el dia {b.dlong(date)}", f" o día {b.dlong(date)}") if date else ""
    b.f.para(c.t(f"{issuer}, entidad sin ánimo de lucro inscrita en el Registro de Asociaciones con el "
                 f"número {r.randint(1000, 99999)}, CERTIFICA que la persona {holder}{b.ident_text()} ha "
                 f"asistido{when} a las actividades del programa de acogida e inclusión social.",
                 f"{issuer}, entitat sense ànim de lucre inscrita al Registre d'Associacions amb el "
                 f"número {r.randint(1000, 99999)}, CERTIFICA que la persona {holder}{b.ident_text()} ha "
                 f"assistit{when} a les activitats del programa d'acollida i inclusió social.",
                 f"{issuer}, entidade sen ánimo de lucro inscrita no Rexistro de Asociacións co "
                 f"número {r.randint(1000, 99999)}, CERTIFICA que a persoa {holder}{b.ident_text()} "
                 f"asistiu{when} ás actividades do programa de acollida e inclusión social."))
    b.f.para(c.t("Y para que conste, a petición de la persona interesada, se firma el presente certificado.",
                 "I perquè consti, a petició de la persona interessada, se signa aquest certificat.",
                 "E para que conste, a petición da persoa interesada, asínase o presente certificado."))
    b.f.signature([c.t("Fdo.:", "Signat:", "Asdo.:") + " " + b.person(b.official(), "official"),
                   c.t("Responsable del programa", "Responsable del programa", "Responsable do programa")])
    return b.done("attendance_certificate", holder, one_day(date), "user")


def att_official_first(ctx, date, **_):
    """'D. Juan ... Sanz, con DNI ..., coordinador de ..., CERTIFICA' then, lines later, the person."""
    b, c, r = NB(ctx), ctx, ctx.rng
    issuer = r.choice(td.NGOS).format(m=c.muni[0])
    _issuer_header(b, issuer)
    off = b.person(b.official(), "official")
    dni = f"{r.randint(10**7, 10**8 - 1)}{td.NIE_LETTERS[r.randint(0, 22)]}"
    b.f.para(c.t(f"{r.choice(['D.', 'Dña.', 'Don', 'Doña'])} {off}, con DNI {dni}, en calidad de "
                 f"{r.choice(['coordinador/a', 'técnico/a de acogida', 'presidente/a'])} de {issuer},",
                 f"{r.choice(['En', 'Na', 'El senyor', 'La senyora'])} {off}, amb DNI {dni}, en qualitat de "
                 f"{r.choice(['coordinador/a', 'tècnic/a d acollida', 'president/a'])} de {issuer},",
                 f"{r.choice(['D.', 'Dna.', 'Don', 'Dona'])} {off}, con DNI {dni}, en calidade de "
                 f"{r.choice(['coordinador/a', 'técnico/a de acollida', 'presidente/a'])} de {issuer},"))
    b.f.space(4)
    b.f.text("CERTIFICA", bold=True, align="c")
    b.f.space(4)
    holder = b.name()
    body = c.t(f"Que {b.honor()} {holder}{b.ident_text()} es usuario/a de nuestros servicios y acude "
               "regularmente a las clases de castellano y al servicio de orientación laboral",
               f"Que {b.honor()} {holder}{b.ident_text()} és usuari/ària dels nostres serveis i assisteix "
               "regularment a les classes de català i al servei d'orientació laboral",
               f"Que {b.honor()} {holder}{b.ident_text()} é usuario/a dos nosos servizos e acode "
               "regularmente ás clases de galego e ao servizo de orientación laboral")
    b.f.para(body + (c.t(f", constando su última asistencia el {b.d(date)}.",
                         f", i la seva última assistència consta el {b.d(date)}.",
                         f", constando a súa última asistencia o {b.d(date)}.") if date else "."))
    b.f.para(b.place_date(None) if date is None else c.t("Y para que conste, firmo el presente.",
                                                         "I perquè consti, signo aquest document.",
                                                         "E para que conste, asino o presente."))
    b.f.signature([off])
    return b.done("attendance_certificate", holder, one_day(date), "user")


def att_form(ctx, date, **_):
    """A fill-in form: Datos de la persona usuaria, 'Fecha de asistencia', the technician's stamp."""
    b, c, r = NB(ctx), ctx, ctx.rng
    issuer = r.choice(td.NGOS).format(m=c.muni[0])
    _issuer_header(b, issuer)
    b.title(c.t("JUSTIFICANTE DE ASISTENCIA", "JUSTIFICANT D'ASSISTÈNCIA", "XUSTIFICANTE DE ASISTENCIA"))
    b.f.text(c.t("Datos de la persona usuaria", "Dades de la persona usuària", "Datos da persoa usuaria"), bold=True)
    nf, holder = b.name_fields(c.t("Nombre y apellidos", "Nom i cognoms", "Nome e apelidos"))
    items = nf + b.id_field()
    if date:
        items.append((r.choice([c.t("Fecha de asistencia", "Data d'assistència", "Data de asistencia"),
                                c.t("Día de la cita", "Dia de la cita", "Día da cita")]), b.d(date)))
    items.append((c.t("Servicio", "Servei", "Servizo"),
                  r.choice([c.t("Acogida", "Acollida", "Acollida"), c.t("Asesoría jurídica", "Assessoria jurídica", "Asesoría xurídica"),
                            c.t("Ropero", "Rober", "Roupeiro"), c.t("Banco de alimentos", "Banc d'aliments", "Banco de alimentos")])))
    b.f.fields(items, r.choice(["grid", "boxes", "colon"]))
    b.f.signature([c.t("Sello y firma de la entidad", "Segell i signatura de l'entitat", "Selo e sinatura da entidade"),
                   b.person(b.official(), "official")])
    return b.done("attendance_certificate", holder, one_day(date), "user")


# ------------------------------------------------------------ training certificates

def train_diploma(ctx, date, **_):
    """Diploma: the name centred in large type, no label; the course and the date in words."""
    b, c, r = NB(ctx), ctx, ctx.rng
    school = r.choice(td.SCHOOLS).format(m=c.muni[0])
    b.header([school], "centered")
    b.f.space(6)
    b.f.text(c.t("DIPLOMA", "DIPLOMA", "DIPLOMA"), b.f.base * 2.0, True, "c")
    b.f.space(4)
    b.f.text(c.t("Se otorga a", "S'atorga a", "Outórgase a"), align="c")
    holder = b.name()
    b.f.text(holder, b.f.fit(holder, b.f.font(True), b.f.base * 1.6, b.f.width), True, "c")
    course = r.choice(["Español para extranjeros A2", "Cocina básica", "Carretillero", "Costura",
                       "Informática básica"])
    b.f.para(c.t(f"por haber superado el curso «{course}» ({r.choice([20, 40, 60])} horas).",
                 f"per haver superat el curs «{course}» ({r.choice([20, 40, 60])} hores).",
                 f"por superar o curso «{course}» ({r.choice([20, 40, 60])} horas)."), align="c")
    if date:
        b.f.text(b.place_date(date, formula=False), align="c")
    b.f.signature([b.person(b.official(), "official"), c.t("Director/a", "Director/a", "Director/a")])
    return b.done("training_certificate", holder, one_day(date), "student")


def train_official_first(ctx, date, **_):
    """The teacher certifies; the student comes two lines later with the enrolment details."""
    b, c, r = NB(ctx), ctx, ctx.rng
    school = r.choice(td.SCHOOLS).format(m=c.muni[0])
    _issuer_header(b, school)
    prof = b.person(b.official(), "official")
    b.f.para(c.t(f"D./Dña. {prof}, profesor/a responsable del grupo {r.choice('ABCD')}{r.randint(1, 4)} de {school},",
                 f"{prof}, professor/a responsable del grup {r.choice('ABCD')}{r.randint(1, 4)} de {school},",
                 f"D./Dna. {prof}, profesor/a responsable do grupo {r.choice('ABCD')}{r.randint(1, 4)} de {school},"))
    b.f.text(c.t("HACE CONSTAR:", "FA CONSTAR:", "FAI CONSTAR:"), bold=True)
    holder = b.name()
    b.f.para(c.t(f"Que el/la alumno/a {holder}{b.ident_text()} está matriculado/a en el curso actual y "
                 "asiste con regularidad a las clases.",
                 f"Que l'alumne/a {holder}{b.ident_text()} està matriculat/da en el curs actual i "
                 "assisteix amb regularitat a les classes.",
                 f"Que o/a alumno/a {holder}{b.ident_text()} está matriculado/a no curso actual e "
                 "asiste con regularidade ás clases."))
    b.f.para(b.place_date(date))
    b.f.signature([prof])
    return b.done("training_certificate", holder, one_day(date), "student")


def train_grades(ctx, date, **_):
    """Certificate of marks: a table of modules, the student in a grid, issue date year first."""
    b, c, r = NB(ctx, numeric=r_choice(ctx, ["ymd_slash", "iso", "dot4", "abbr_dot"])), ctx, ctx.rng
    school = r.choice(td.SCHOOLS).format(m=c.muni[0])
    b.header([school, c.t("Secretaría académica", "Secretaria acadèmica", "Secretaría académica")], "right")
    b.title(c.t("CERTIFICADO ACADÉMICO", "CERTIFICAT ACADÈMIC", "CERTIFICADO ACADÉMICO"))
    nf, holder = b.name_fields(c.t("Alumno/a", "Alumne/a", "Alumno/a"))
    items = nf + b.id_field()
    if date:
        items.append((c.t("Fecha de emisión", "Data d'emissió", "Data de emisión"), b.d(date)))
    b.f.fields(items, "grid")
    b.f.table([c.t("Módulo", "Mòdul", "Módulo"), c.t("Horas", "Hores", "Horas"), c.t("Calificación", "Qualificació", "Cualificación")],
              [[m, str(r.choice([10, 20, 30])), r.choice(["Apto", "Notable", "Sobresaliente"])]
               for m in r.sample(["Comprensión oral", "Expresión escrita", "Gramática", "Cultura"], 3)],
              [0.55, 0.15, 0.3])
    b.f.signature([c.t("La Secretaria", "La Secretària", "A Secretaria"), b.person(b.official(), "official")])
    return b.done("training_certificate", holder, one_day(date), "student")


def r_choice(ctx, options):
    return ctx.rng.choice(options)


# ------------------------------------------------------------ medical

def med_informe_prose(ctx, date, **_):
    """'La Dra. X, médica de familia ..., INFORMA que el/la paciente NOMBRE ... fue atendido/a'."""
    b, c, r = NB(ctx), ctx, ctx.rng
    clinic = r.choice(td.CLINICS).format(m=c.muni[0])
    b.header([clinic, c.t("Atención Primaria", "Atenció Primària", "Atención Primaria")], r.choice(["centered", "logo_left"]))
    dr = b.person(b.official(), "official")
    b.f.para(c.t(f"{r.choice(['Dr.', 'Dra.', 'El Dr.', 'La Dra.'])} {dr}, {r.choice(['médico/a de familia', 'facultativo/a'])} "
                 f"de {clinic}, con número de colegiado/a {r.randint(10**8, 10**9 - 1)},",
                 f"{r.choice(['Dr.', 'Dra.', 'El Dr.', 'La Dra.'])} {dr}, metge/essa de família de {clinic}, "
                 f"amb número de col·legiat/da {r.randint(10**8, 10**9 - 1)},",
                 f"{r.choice(['Dr.', 'Dra.', 'O Dr.', 'A Dra.'])} {dr}, médico/a de familia de {clinic}, "
                 f"con número de colexiado/a {r.randint(10**8, 10**9 - 1)},"))
    b.f.text(c.t("INFORMA:", "INFORMA:", "INFORMA:"), bold=True)
    holder = b.name()
    when = c.t(f" el día {b.dlong(date)}", f" el dia {b.dlong(date)}", f" o día {b.dlong(date)}") if date else ""
    b.f.para(c.t(f"Que el/la paciente {holder}{b.ident_text()} ha sido atendido/a en consulta{when} por "
                 "un cuadro respiratorio leve, con buena evolución.",
                 f"Que el/la pacient {holder}{b.ident_text()} ha estat atès/a a la consulta{when} per "
                 "un quadre respiratori lleu, amb bona evolució.",
                 f"Que o/a paciente {holder}{b.ident_text()} foi atendido/a en consulta{when} por "
                 "un cadro respiratorio leve, con boa evolución."))
    b.f.signature([dr])
    return b.done("medical", holder, one_day(date), "patient")


def med_appointment(ctx, date, **_):
    """Appointment slip: doctor and patient in one table, 'Día y hora de la cita'."""
    b, c, r = NB(ctx, size=(148.0, 105.0)), ctx, ctx.rng
    b.f.single_page = True
    clinic = r.choice(td.CLINICS).format(m=c.muni[0])
    b.header([clinic], "band")
    b.f.text(c.t("CITA PREVIA", "CITA PRÈVIA", "CITA PREVIA"), bold=True)
    holder = b.name()
    dr = b.person(("Dr./Dra. " if r.random() < 0.5 else "") + b.official(), "official")
    rows = [[c.t("Paciente", "Pacient", "Paciente"), holder],
            [c.t("Profesional", "Professional", "Profesional"), dr]]
    if r.random() < 0.5:
        rows.reverse()
    if date:
        rows.append([c.t("Día y hora", "Dia i hora", "Día e hora"),
                     f"{b.d(date)} - {r.randint(8, 19):02d}:{r.choice(['00', '10', '20', '30', '40', '50'])}"])
    rows.append([c.t("Consulta", "Consulta", "Consulta"), f"{r.randint(1, 30)} - {c.t('Medicina de familia', 'Medicina de família', 'Medicina de familia')}"])
    b.f.table([c.t("Datos de la cita", "Dades de la cita", "Datos da cita"), ""], rows, [0.32, 0.68], ruled=False)
    return b.done("medical", holder, one_day(date), "patient")


def med_hospital_discharge(ctx, date, **_):
    """Hospital discharge with a label band (NHC, patient, birth) and the date of discharge."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([f"Hospital {r.choice(['Comarcal', 'Universitario', 'Provincial'])} de {c.muni[0]}",
              c.t("Servicio de Urgencias", "Servei d'Urgències", "Servizo de Urxencias")], "right")
    nf, holder = b.name_fields(c.t("Paciente", "Pacient", "Paciente"))
    items = nf + [("NHC", str(r.randint(10**5, 10**7)))] + b.birth_field()
    b.f.fields(items, "boxes", cols=2)
    b.title(c.t("INFORME DE ALTA", "INFORME D'ALTA", "INFORME DE ALTA"))
    b.f.para(c.t("Diagnóstico principal: gastroenteritis aguda. Tratamiento: dieta y rehidratación oral.",
                 "Diagnòstic principal: gastroenteritis aguda. Tractament: dieta i rehidratació oral.",
                 "Diagnóstico principal: gastroenterite aguda. Tratamento: dieta e rehidratación oral."))
    if date:
        b.f.fields([(c.t("Fecha de alta", "Data d'alta", "Data de alta"), b.d(date))], "colon")
    b.f.signature([c.t("Médico/a responsable", "Metge/essa responsable", "Médico/a responsable"),
                   b.person(b.official(), "official")])
    return b.done("medical", holder, one_day(date), "patient")


# ------------------------------------------------------------ rental contracts

def rental_form(ctx, date, **_):
    """One-page room contract as a form: ARRENDADOR and ARRENDATARIO blocks, then the terms."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.title(r.choice(["CONTRATO DE ALQUILER DE HABITACIÓN", "CONTRATO DE SUBARRIENDO", "CONTRATO DE CESIÓN DE HABITACIÓN"]))
    holder = b.name()
    land = b.person(c.landlord.natural, "landlord")
    blocks = [("ARRENDADOR/A", [("Nombre", land), ("DNI", f"{r.randint(10**7, 10**8 - 1)}{td.NIE_LETTERS[r.randint(0, 22)]}")]),
              ("ARRENDATARIO/A", [("Nombre", holder)] + b.id_field())]
    if r.random() < 0.3:
        blocks.reverse()
    for head, items in blocks:
        b.f.text(head, bold=True)
        b.f.fields(items, "colon")
    b.dis.append("contract_end_date")
    start = date or dt.date(2026, 3, 1)
    end = start + dt.timedelta(days=r.choice([180, 364, 365]))
    b.f.fields([("Vivienda", f"{c.home[0]}, {c.home[1]}"), ("Renta mensual", f"{r.randint(200, 500)} €"),
                ("Duración", f"hasta el {b.d(end)}")], "column")
    b.f.para("El arrendatario abonará la renta por adelantado dentro de los siete primeros días de cada mes.")
    if date:
        b.f.para(f"En {c.muni[0]}, a {b.dlong(date)}.")
    b.f.signature(["El/la arrendador/a", land], align="l")
    b.f.signature(["El/la arrendatario/a", holder or ""], align="r")
    return b.done("rental_contract", holder, one_day(date), "tenant")


def rental_two_tenants(ctx, date, **_):
    """Flat shared by two tenants; the applicant may be the second one named."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.title("CONTRATO DE ARRENDAMIENTO DE VIVIENDA")
    if date:
        b.f.para(f"{c.muni[0]}, {b.dlong(date)}", align="r")
    holder = b.name()
    land = b.person(c.landlord.natural, "landlord")
    mate = b.someone_else(upper=holder.isupper() if holder else None)
    tenants = [(holder, c.is_applicant, b.ident_text()), (mate, False, "")]
    if r.random() < 0.5:
        tenants.reverse()
    for name, is_app, _ in tenants:
        b.person(name, "tenant", is_app)
    b.f.text("INTERVIENEN", bold=True)
    b.f.para(f"Como parte arrendadora, {b.honor()} {land}, mayor de edad, propietario/a de la vivienda.")
    b.f.para("Como parte arrendataria, solidariamente, " + " y ".join(
        f"{b.honor()} {n}{idt.rstrip(',')}" for n, _, idt in tenants) + ".")
    b.f.para(f"La parte arrendadora cede a la parte arrendataria la vivienda sita en {c.home[0]}, {c.home[1]}, "
             f"por una renta de {r.randint(500, 1100)} euros mensuales.")
    b.dis.append("contract_end_date")
    end = (date or dt.date(2026, 3, 1)) + dt.timedelta(days=365 * r.choice([1, 5]))
    b.f.para(f"El contrato se pacta por un plazo que finalizará el {b.d(end)}, con las prórrogas legales.")
    b.f.signature(["LA PARTE ARRENDADORA", land], align="l")
    b.f.signature(["LA PARTE ARRENDATARIA"] + [n for n, _, _ in tenants], align="r")
    return b.done("rental_contract", holder, one_day(date), "tenant")


# ------------------------------------------------------------ job offers

def job_letter(ctx, date, **_):
    """A letter addressed to the candidate ('Estimado/a Sr./Sra. ...'), dated at the top."""
    b, c, r = NB(ctx), ctx, ctx.rng
    company = r.choice(td.COMPANIES)
    b.header([company, f"{td.address(r, c.muni)[0]}, {c.muni[0]}"], "logo_left")
    if date:
        b.f.text(b.place_date(date, formula=False), align="r")
    holder = b.name()
    b.f.space(3)
    b.f.para(f"Estimado/a Sr./Sra. {holder}:")
    b.dis.append("incorporation_date")
    start = (date or dt.date(2026, 5, 1)) + dt.timedelta(days=r.randint(60, 200))
    b.f.para(f"Nos complace comunicarle nuestra intención de contratarle como "
             f"{r.choice(['ayudante de cocina', 'mozo/a de almacén', 'limpiador/a', 'jardinero/a'])} "
             f"con un contrato de un año, a jornada completa, con incorporación prevista el {b.d(start)}, "
             "una vez obtenga la autorización de residencia y trabajo.")
    b.f.para("Sin otro particular, reciba un cordial saludo.")
    b.f.signature([b.person(b.official(), "official"), "Responsable de Recursos Humanos"])
    return b.done("job_offer", holder, one_day(date))


def job_form(ctx, date, **_):
    """Pre-contract as a two-column form: EMPRESA and PERSONA TRABAJADORA."""
    b, r = NB(ctx), ctx.rng
    company = r.choice(td.COMPANIES)
    b.title("PRECONTRATO DE TRABAJO")
    rep = b.person(b.official(), "official")
    b.f.text("EMPRESA", bold=True)
    b.f.fields([("Razón social", company), ("CIF", td.cif(r)), ("Representante", rep)], "grid")
    b.f.text("PERSONA TRABAJADORA", bold=True)
    nf, holder = b.name_fields("Nombre y apellidos")
    b.f.fields(nf + b.id_field(), "grid")
    b.dis.append("incorporation_date")
    start = (date or dt.date(2026, 5, 1)) + dt.timedelta(days=r.randint(60, 200))
    b.f.fields([("Puesto", r.choice(["Peón agrícola", "Camarero/a", "Cuidador/a"])),
                ("Duración", "12 meses"), ("Inicio previsto", b.d(start))], "colon")
    if date:
        b.f.fields([("Fecha de firma", b.d(date))], "colon")
    b.f.signature(["Por la empresa", rep], align="l")
    return b.done("job_offer", holder, one_day(date))


# ------------------------------------------------------------ transport

def ticket_airline(ctx, date, **_):
    """Boarding pass printed with 'SURNAME/GIVEN' and an abbreviated date (no barcode)."""
    b = NB(ctx, size=(200.0, 80.0), base=ctx.rng.choice([9.5, 10.0]),
           numeric=r_choice(ctx, ["abbr_upper2", "abbr", "abbr_dot", "y_mon_d"]))
    c, r = ctx, ctx.rng
    b.header([r.choice(["Vuela Sur Airlines", "Iberoceánica Líneas Aéreas", "AirMeridiano"]),
              c.t("Tarjeta de embarque / Boarding pass", "Targeta d'embarcament / Boarding pass")], "band")
    holder = None
    if c.holder is not None:
        p = c.holder
        holder = td.strip_accents(f"{' '.join(p.surnames)}/{p.given}").upper()
    towns = r.sample(["MAD", "BCN", "AGP", "SVQ", "VLC", "BIO", "VGO", "ALC"], 2)
    items = [(c.t("Pasajero / Name", "Passatger / Name"), holder or "")]
    items += [(c.t("Vuelo", "Vol"), f"{r.choice(['VS', 'IO', 'AM'])}{r.randint(100, 9999)}")]
    if date:
        items.append((c.t("Fecha / Date", "Data / Date"), b.d(date)))
    items += [(c.t("De / From", "De / From"), towns[0]), (c.t("A / To", "A / To"), towns[1]),
              (c.t("Asiento / Seat", "Seient / Seat"), f"{r.randint(1, 30)}{r.choice('ABCDEF')}")]
    b.f.fields(items, "boxes", cols=3)
    return b.done("transport_ticket", holder, one_day(date), "passenger")


def ticket_bus_table(ctx, date, **_):
    """Coach ticket: journey table first, the traveller named at the bottom."""
    b = NB(ctx, size=(180.0, 110.0), base=ctx.rng.choice([9.5, 10.0]))
    c, r = ctx, ctx.rng
    b.header([r.choice(td.TRANSPORT)], r.choice(["band", "centered"]))
    towns = r.sample([m[0] for m in td.MUNICIPALITIES], 2)
    rows = [[towns[0], towns[1], b.d(date) if date else "", f"{r.randint(6, 22):02d}:{r.choice(['05', '35', '50'])}",
             str(r.randint(1, 55))]]
    b.f.table([c.t("Origen", "Origen", "Orixe"), c.t("Destino", "Destinació", "Destino"),
               c.t("Fecha", "Data", "Data"), c.t("Hora", "Hora", "Hora"), c.t("Plaza", "Plaça", "Praza")],
              rows, [0.27, 0.27, 0.2, 0.12, 0.14])
    nf, holder = b.name_fields(c.t("Viajero/a", "Viatger/a", "Viaxeiro/a"))
    b.f.fields(nf + b.id_field(), "colon")
    b.f.text(f"{c.t('Precio', 'Preu', 'Prezo')}: {r.randint(5, 60)},{r.randint(0, 9)}0 €  ·  "
             f"{c.t('Billete nominativo e intransferible', 'Bitllet nominatiu i intransferible', 'Billete nominativo e intransferible')}",
             size=b.f.base * 0.85)
    return b.done("transport_ticket", holder, one_day(date), "passenger")


FAMILIES = {
    "attendance_certificate": {"prose_persona": (att_prose_persona, ALL),
                               "official_first": (att_official_first, ALL),
                               "form_fecha_asistencia": (att_form, ALL)},
    "training_certificate": {"diploma": (train_diploma, ALL), "official_first": (train_official_first, ALL),
                             "grades": (train_grades, ALL)},
    "medical": {"informe_prose": (med_informe_prose, ALL), "appointment": (med_appointment, ALL),
                "hospital_discharge": (med_hospital_discharge, ALL)},
    "rental_contract": {"form": (rental_form, ES), "two_tenants": (rental_two_tenants, ES)},
    "job_offer": {"letter": (job_letter, ES), "form": (job_form, ES)},
    "transport_ticket": {"airline": (ticket_airline, ("es", "ca")), "bus_table": (ticket_bus_table, ALL)},
}
