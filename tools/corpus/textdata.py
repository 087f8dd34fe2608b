"""Invented people, places, issuers, and how Spanish paperwork prints dates and names."""
import datetime as dt
import unicodedata

# ---------------------------------------------------------------- dates

MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost",
           "setembre", "octubre", "novembre", "desembre"],
    "gl": ["xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto",
           "setembro", "outubro", "novembro", "decembro"],
}
WEEKDAYS = {
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "ca": ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"],
    "gl": ["luns", "martes", "mércores", "xoves", "venres", "sábado", "domingo"],
}
ABBR = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]

NUMERIC_STYLES = ["slash", "dash", "dot2", "iso", "abbr", "abbr_dash"]
LONG_STYLES = ["long", "long_weekday"]


def month_of(lang, month):
    """'de marzo', "d'abril" (Catalan elides before a vowel)."""
    name = MONTHS[lang][month - 1]
    if lang == "ca" and name[0] in "aeiou":
        return "d'" + name
    return "de " + name


def fmt_date(d, style, lang="es"):
    """One of the printed date forms RULES.md lists."""
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "dot2":
        return d.strftime("%d.%m.%y")
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{d.day:02d} {ABBR[d.month - 1]} {d.year}"
    if style == "abbr_dash":
        return f"{d.day:02d}-{ABBR[d.month - 1].lower()}-{d.year}"
    if style == "long":
        return f"{d.day} {month_of(lang, d.month)} de {d.year}"
    if style == "long_weekday":
        wd = WEEKDAYS[lang][d.weekday()].capitalize()
        return f"{wd}, {d.day} {month_of(lang, d.month)} de {d.year}"
    raise ValueError(style)


def fmt_month(year, month, lang="es", cap=False):
    """'marzo de 2026' (a whole month as a billing period)."""
    name = MONTHS[lang][month - 1]
    name = name.capitalize() if cap else name
    return f"{name} de {year}"


def month_bounds(year, month):
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


# ---------------------------------------------------------------- names

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


# (given names, surnames pool, two surnames?) per origin
ORIGINS = {
    "latam": (["María Fernanda", "José Luis", "Ana Lucía", "Carlos Andrés", "Yessica",
               "Luis Miguel", "Rosa Elena", "Juan Pablo", "Daniela", "Wilmer", "Katherine",
               "Jhon Freddy", "María de los Ángeles", "Sandra Milena", "Edwin"],
              ["López", "Quispe", "Mamani", "García", "Rodríguez", "Gutiérrez", "Flores",
               "Castillo", "de la Cruz", "Vargas", "Suárez", "Huamán", "Cárdenas", "Peña",
               "del Valle", "Ramírez", "Ortiz", "Benítez", "Chávez", "Montoya"], True),
    "maghreb": (["Ahmed", "Fatima Zahra", "Mohamed", "Youssef", "Khadija", "Hamza",
                 "Salma", "Abdelkader", "Nadia", "Rachid"],
                ["Benali", "El Amrani", "Bouzid", "Haddad", "Ait Lahcen", "Boukhari",
                 "El Idrissi", "Benjelloun", "Ouali", "Zerrouki"], False),
    "westafrica": (["Mamadou", "Awa", "Ousmane", "Fatoumata", "Ibrahima", "Aminata",
                    "Cheikh", "Mariama", "Lamine", "Kadiatou"],
                   ["Diallo", "Ndiaye", "Traoré", "Sow", "Camara", "Diop", "Keita",
                    "Bah", "Sylla", "Coulibaly"], False),
    "southasia": (["Muhammad Imran", "Priya", "Rajesh", "Ayesha", "Sandeep", "Farhan",
                   "Nasreen", "Harpreet", "Ali Raza", "Sunita"],
                  ["Hussain", "Sharma", "Khan", "Singh", "Ahmed", "Chowdhury", "Patel",
                   "Rahman", "Iqbal", "Kaur"], False),
    "easteurope": (["Olena", "Andrei", "Iryna", "Mihai", "Oksana", "Vasyl", "Elena",
                    "Dmytro", "Ana-Maria", "Nikolai"],
                   ["Kovalenko", "Popescu", "Shevchenko", "Ionescu", "Bondarenko",
                    "Moldovan", "Petrenko", "Georgescu", "Melnyk", "Rusu"], False),
    "asia": (["Wei", "Li Na", "Xiaoming", "Jun", "Maria Cristina", "Jose Miguel",
              "Rowena", "Mei Ling", "Mark Anthony", "Jian"],
             ["Zhang", "Wang", "Chen", "Liu", "Santos", "Reyes", "dela Cruz", "Bautista",
              "Lin", "Mendoza"], False),
}
ORIGIN_WEIGHTS = [("latam", 40), ("maghreb", 15), ("westafrica", 12), ("southasia", 10),
                  ("easteurope", 12), ("asia", 11)]

SPANISH_GIVEN = ["José Antonio", "Carmen", "Francisco Javier", "Pilar", "Manuel", "Dolores",
                 "Antonio", "Isabel", "Jesús", "Mercedes", "Ramón", "Concepción", "Jordi",
                 "Montserrat", "Xosé", "Begoña", "Vicent", "Nuria", "Alberto", "Inmaculada"]
SPANISH_SURNAMES = ["Martínez", "Ruiz", "Fernández", "Sánchez", "Gómez", "Navarro",
                    "Moreno", "Jiménez", "Romero", "Alonso", "Puig", "Ferrer", "Castro",
                    "Otero", "Soler", "Iglesias", "Domínguez", "Vidal", "Rey", "Serrano"]


class Person:
    def __init__(self, given, surnames):
        self.given = given            # "María Fernanda"
        self.surnames = surnames      # ["López", "Quispe"] (1 or 2 items)

    @property
    def natural(self):
        return " ".join([self.given] + self.surnames)

    def __repr__(self):
        return f"Person({self.natural!r})"


def pick_weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for item, w in pairs:
        r -= w
        if r <= 0:
            return item
    return pairs[-1][0]


def random_applicant(rng):
    origin = pick_weighted(rng, ORIGIN_WEIGHTS)
    given, surnames, two = ORIGINS[origin]
    g = rng.choice(given)
    if two:
        s = rng.sample(surnames, 2)
    elif rng.random() < 0.3:
        s = rng.sample(surnames, 2)
    else:
        s = [rng.choice(surnames)]
    return Person(g, s), origin


def random_spaniard(rng):
    return Person(rng.choice(SPANISH_GIVEN), rng.sample(SPANISH_SURNAMES, 2))


def relative_of(rng, person, origin):
    """Same surnames, a different given name (a sibling or child)."""
    pool = [g for g in ORIGINS[origin][0] if g != person.given]
    return Person(rng.choice(pool), list(person.surnames))


NAME_STYLES = ["natural", "natural", "upper", "upper_noaccent", "surnames_comma",
               "surnames_comma_noaccent", "one_surname", "typo"]


def typo(rng, s):
    """One-letter slip a clerk makes: a changed, doubled or dropped letter."""
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    i = rng.choice(idx[1:])
    kind = rng.choice(["swap", "drop", "double"])
    if kind == "drop":
        return s[:i] + s[i + 1:]
    if kind == "double":
        return s[:i] + s[i] + s[i:]
    repl = {"a": "e", "e": "a", "i": "y", "y": "i", "o": "u", "u": "o", "n": "m", "m": "n",
            "s": "z", "z": "s", "c": "s", "l": "ll", "r": "rr", "b": "v", "v": "b"}
    c = s[i]
    r = repl.get(c.lower(), "e")
    return s[:i] + (r.upper() if c.isupper() else r) + s[i + 1:]


def format_name(rng, person, style):
    """The holder as a document prints it."""
    given, sur = person.given, " ".join(person.surnames)
    if style == "natural":
        return person.natural
    if style == "upper":
        return person.natural.upper()
    if style == "upper_noaccent":
        return strip_accents(person.natural).upper()
    if style == "surnames_comma":
        return f"{sur.upper()}, {given.upper()}"
    if style == "surnames_comma_noaccent":
        return strip_accents(f"{sur}, {given}").upper()
    if style == "one_surname":
        return f"{given} {person.surnames[0]}"
    if style == "typo":
        return typo(rng, person.natural)
    raise ValueError(style)


# ---------------------------------------------------------------- NIE

NIE_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def nie(rng):
    """A valid NIE: X/Y/Z + 7 digits + checksum letter (mod 23)."""
    first = rng.choice("XYZ")
    digits = "".join(rng.choice("0123456789") for _ in range(7))
    n = int(str("XYZ".index(first)) + digits)
    return f"{first}{digits}{NIE_LETTERS[n % 23]}"


def passport(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2, 3]))) + \
        "".join(rng.choice("0123456789") for _ in range(rng.choice([6, 7, 8])))


# ---------------------------------------------------------------- places

# (municipality, province, language of local paperwork, postcode prefix)
MUNICIPALITIES = [
    ("Madrid", "Madrid", "es", "280"), ("Getafe", "Madrid", "es", "289"),
    ("Alcalá de Henares", "Madrid", "es", "288"), ("Sevilla", "Sevilla", "es", "410"),
    ("Málaga", "Málaga", "es", "290"), ("Almería", "Almería", "es", "040"),
    ("El Ejido", "Almería", "es", "047"), ("Murcia", "Murcia", "es", "300"),
    ("Cartagena", "Murcia", "es", "302"), ("Zaragoza", "Zaragoza", "es", "500"),
    ("Granada", "Granada", "es", "180"), ("Toledo", "Toledo", "es", "450"),
    ("Bilbao", "Bizkaia", "es", "480"), ("Huelva", "Huelva", "es", "210"),
    ("Barcelona", "Barcelona", "ca", "080"), ("L'Hospitalet de Llobregat", "Barcelona", "ca", "089"),
    ("Badalona", "Barcelona", "ca", "089"), ("Lleida", "Lleida", "ca", "250"),
    ("Girona", "Girona", "ca", "170"), ("Terrassa", "Barcelona", "ca", "082"),
    ("València", "València", "ca", "460"), ("Sagunt", "València", "ca", "465"),
    ("Gandia", "València", "ca", "467"), ("Elx", "Alacant", "ca", "032"),
    ("Vigo", "Pontevedra", "gl", "362"), ("A Coruña", "A Coruña", "gl", "150"),
    ("Ourense", "Ourense", "gl", "320"), ("Lugo", "Lugo", "gl", "270"),
]

STREETS = {
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle del Olivo", "Calle San Isidro",
           "Plaza de España", "Calle Real", "Calle de la Paz", "Avenida de Andalucía",
           "Calle Cervantes", "Calle Santa Ana"],
    "ca": ["Carrer Major", "Carrer de Sant Pere", "Avinguda del Port", "Carrer de la Pau",
           "Plaça de la Vila", "Carrer del Mar", "Carrer de València", "Carrer Nou"],
    "gl": ["Rúa do Príncipe", "Rúa Nova", "Avenida de Galicia", "Rúa da Paz",
           "Praza Maior", "Rúa do Progreso", "Rúa de San Roque"],
}


def address(rng, muni):
    name, prov, lang, cp = muni
    street = rng.choice(STREETS[lang])
    num = rng.randint(1, 120)
    floor = rng.choice(["", f", {rng.randint(1, 6)}º {rng.choice('ABCD')}",
                        f", {rng.randint(1, 5)}-{rng.randint(1, 4)}", ", bajo"])
    return f"{street}, {num}{floor}", f"{cp}{rng.randint(0, 99):02d} {name} ({prov})"


def phone(rng):
    return rng.choice(["9", "6", "9", "8"]) + "".join(rng.choice("0123456789") for _ in range(8))


def fmt_phone(rng, p):
    return rng.choice([f"{p[:3]} {p[3:5]} {p[5:7]} {p[7:]}", f"{p[:3]} {p[3:6]} {p[6:]}", p])


def cif(rng):
    return rng.choice("ABG") + "".join(rng.choice("0123456789") for _ in range(8))


# ---------------------------------------------------------------- issuers (all invented)

UTILITIES = {
    "luz": ["Eléctrica Peninsular S.A.", "Energía Solana Comercializadora", "Luz del Sur Energía S.L.",
            "Iberiluz Suministros S.A."],
    "agua": ["Aguas del Levante S.A.", "Aguas Municipales del Norte", "Canal Hídrico Central S.A.",
             "Empresa Mixta de Aguas Costeras"],
    "gas": ["Gas Natural Meridional S.A.", "Gasredes del Centro S.L.", "Butanos y Gases del Sur"],
    "telefono": ["Telefonía Atlántica S.A.", "Conecta Móvil S.L.", "Voz y Datos Ibérica"],
    "internet": ["Fibra Peninsular S.L.", "Red Hogar Telecomunicaciones", "NetCosta Fibra S.A."],
}
BANKS = ["Banco Meridional", "Caja Rural del Interior", "Banco Atlántico de Ahorro",
         "Caixa Mediterrània", "Banco Popular Ibérico"]
TRANSPORT = ["Transportes Interurbanos del Norte", "Autobuses Costa Sur S.A.",
             "Ferrocarriles Regionales del Este", "Metro Ligero Metropolitano",
             "Líneas Aéreas Peninsulares", "Autocares Sierra y Mar"]
CLINICS = ["Centro de Salud {m} Centro", "Hospital General Universitario de {m}",
           "Centro de Atención Primaria {m} Nord", "Consultorio Médico San Rafael",
           "Clínica Dental Sonrisa"]
NGOS = ["Asociación Acoge y Acompaña", "Fundación Manos Abiertas", "Cáritas Parroquial de San José",
        "Parroquia de Santa María del Mar", "Asociación Intercultural Puentes",
        "Cruz Solidaria - Delegación de {m}", "Comedor Social La Esperanza"]
SCHOOLS = ["Escuela Municipal de Adultos de {m}", "Centro de Formación Profesional Horizonte",
           "Academia de Idiomas Babel", "Escola Oficial d'Idiomes de {m}",
           "Fundación Formación y Empleo"]
COMPANIES = ["Limpiezas Brillante S.L.", "Construcciones Hermanos Navarro S.L.",
             "Hostelería La Bahía S.L.", "Agrícola Campo Verde S.A.T.", "Logística Rápida del Sur S.L.",
             "Cuidados a Domicilio Aurora S.L.", "Restaurante El Rincón de Paco"]
SHOPS = ["Supermercados Familia", "Frutería La Huerta", "Bazar Todo a 1", "Ferretería El Clavo",
         "Farmacia Ldo. Gómez", "Panadería Las Espigas", "Locutorio Mundo Conecta"]


# ---------------------------------------------------------------- more date forms
# Forms other issuers print (template families written after the first corpus):
# words for days and years, ordinals, year first, dotted month abbreviations,
# month-only billing periods. Each is a form RULES.md accepts as a date.

MONTH_ABBR_DOT = {
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.",
           "nov.", "dic."],
    "ca": ["gen.", "febr.", "març", "abr.", "maig", "juny", "jul.", "ag.", "set.", "oct.",
           "nov.", "des."],
    "gl": ["xan.", "feb.", "mar.", "abr.", "mai.", "xuñ.", "xul.", "ago.", "set.", "out.",
           "nov.", "dec."],
}
DAY_WORDS = {
    "es": ["primero", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
           "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
           "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
           "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve", "treinta",
           "treinta y uno"],
    "ca": ["primer", "dos", "tres", "quatre", "cinc", "sis", "set", "vuit", "nou", "deu", "onze",
           "dotze", "tretze", "catorze", "quinze", "setze", "disset", "divuit", "dinou", "vint",
           "vint-i-u", "vint-i-dos", "vint-i-tres", "vint-i-quatre", "vint-i-cinc", "vint-i-sis",
           "vint-i-set", "vint-i-vuit", "vint-i-nou", "trenta", "trenta-u"],
    "gl": ["primeiro", "dous", "tres", "catro", "cinco", "seis", "sete", "oito", "nove", "dez",
           "once", "doce", "trece", "catorce", "quince", "dezaseis", "dezasete", "dezaoito",
           "dezanove", "vinte", "vinte e un", "vinte e dous", "vinte e tres", "vinte e catro",
           "vinte e cinco", "vinte e seis", "vinte e sete", "vinte e oito", "vinte e nove",
           "trinta", "trinta e un"],
}
YEAR_WORDS = {
    "es": {2023: "dos mil veintitrés", 2024: "dos mil veinticuatro", 2025: "dos mil veinticinco",
           2026: "dos mil veintiséis", 2027: "dos mil veintisiete"},
    "ca": {2023: "dos mil vint-i-tres", 2024: "dos mil vint-i-quatre", 2025: "dos mil vint-i-cinc",
           2026: "dos mil vint-i-sis", 2027: "dos mil vint-i-set"},
    "gl": {2023: "dous mil vinte e tres", 2024: "dous mil vinte e catro",
           2025: "dous mil vinte e cinco", 2026: "dous mil vinte e seis",
           2027: "dous mil vinte e sete"},
}
# Numeric and short forms, any language.
EXTRA_NUMERIC_STYLES = ["ymd_slash", "y_mon_d", "abbr_dot", "dot4", "slash_nopad", "abbr_upper2"]
# Forms written out in the document's language.
EXTRA_LONG_STYLES = ["words_day", "words_full", "ordinal", "long_del", "abbr_dot_long"]


def _day_word(d, lang):
    return DAY_WORDS[lang][d.day - 1]


def fmt_date2(d, style, lang="es"):
    """fmt_date plus the forms of EXTRA_*_STYLES."""
    if style == "ymd_slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "y_mon_d":
        return f"{d.year}-{ABBR[d.month - 1].lower()}-{d.day:02d}"
    if style == "abbr_dot":                     # 5 mar. 2026 / 5 febr. 2026
        return f"{d.day} {MONTH_ABBR_DOT[lang][d.month - 1]} {d.year}"
    if style == "abbr_upper2":                  # 05-MAR-26 (bank statements)
        return f"{d.day:02d}-{ABBR[d.month - 1]}-{d.year % 100:02d}"
    if style == "dot4":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash_nopad":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "words_day":                    # cinco de mayo de 2026
        return f"{_day_word(d, lang)} {month_of(lang, d.month)} de {d.year}"
    if style == "words_full":                   # cinco de mayo de dos mil veintiséis
        return f"{_day_word(d, lang)} {month_of(lang, d.month)} de {YEAR_WORDS[lang][d.year]}"
    if style == "ordinal":                      # 1.º de julio de 2026 (only the first is ordinal)
        if d.day == 1:
            mark = {"es": "1.º", "ca": "1r", "gl": "1º"}[lang]
            return f"{mark} {month_of(lang, d.month)} de {d.year}"
        return fmt_date(d, "long", lang)
    if style == "long_del":                     # 5 de mayo del 2026
        return f"{d.day} {month_of(lang, d.month)} del {d.year}" if lang == "es" \
            else fmt_date(d, "long", lang)
    if style == "abbr_dot_long":                # 5 de febr. de 2026
        ab = MONTH_ABBR_DOT[lang][d.month - 1]
        prep = "d'" if lang == "ca" and ab[0] in "aeiou" else "de "
        return f"{d.day} {prep}{ab} de {d.year}"
    if style == "month_first":                  # mayo 5 del 2026 (Latin American remittance slips)
        return f"{MONTHS[lang][d.month - 1]} {d.day} del {d.year}"
    return fmt_date(d, style, lang)


# A whole month printed as a billing or settlement period.
MONTH_ONLY_STYLES = ["abbr_lower", "abbr_dot", "abbr_upper", "abbr_dash", "num_slash",
                     "num_dash", "year_first", "name_year", "name_de_year"]


def fmt_month2(year, month, style, lang="es"):
    ab = ABBR[month - 1]
    if style == "abbr_lower":                   # nov 2025
        return f"{ab.lower()} {year}"
    if style == "abbr_dot":                     # dic. 2025 / febr. 2026
        return f"{MONTH_ABBR_DOT[lang][month - 1]} {year}"
    if style == "abbr_upper":                   # ABR 2026
        return f"{ab} {year}"
    if style == "abbr_dash":                    # ago-2025
        return f"{ab.lower()}-{year}"
    if style == "num_slash":                    # 3/2026
        return f"{month}/{year}"
    if style == "num_dash":                     # 11-2025
        return f"{month:02d}-{year}" if month >= 10 else f"{month}-{year}"
    if style == "year_first":                   # 2026/3
        return f"{year}/{month}"
    if style == "name_year":                    # Marzo 2026
        return f"{MONTHS[lang][month - 1].capitalize()} {year}"
    return fmt_month(year, month, lang)


FOREIGN_GIVEN = ["Samuel", "Grace", "Omar", "Leidy", "Yusuf", "Anastasia", "Kevin", "Blessing",
                 "Tariq", "Valentina"]
FOREIGN_SURNAMES = ["Okafor", "Morales", "Haidari", "Petrova", "Mensah", "Salazar", "Nazari",
                    "Torres", "Adeyemi", "Rojas"]


def random_foreigner(rng):
    """Someone else a migrant's paper may name (a sender abroad, a flatmate)."""
    return Person(rng.choice(FOREIGN_GIVEN), rng.sample(FOREIGN_SURNAMES, rng.choice([1, 2])))
