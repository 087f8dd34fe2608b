"""Households (RULES.md, Households; issue 21): one folder, every member of a family.

A household has 2-5 members: the applicant, often a spouse or partner, sometimes a
first-degree ascendant, and children (minors, some born in Spain). The folder holds a
shared padrón listing all or some members, each adult's own papers (drawn from the
ordinary template families), children's school certificates, and often one adult with
a gap. Truth is per member, computed by rules.py from the documents naming them.

The shared padrón is written by the two builders here; their split is frozen below,
like families.json (add new ones at the end, never move one). The default corpus
never draws from this module.
"""
import datetime as dt
import json
import os
import random

from . import assemble, families, packaging, planner, rules
from . import textdata as td
from .doctypes import Ctx, muni_issuer
from .famkit import NB

DAY = dt.timedelta(days=1)

# Frozen split of the household-only template families.
HOUSEHOLD_FAMILIES = {
    "padron/household_table": "tuning",
    "padron/household_prose": "held_out",
    "school/certificate": "tuning",
    "school/letter": "held_out",
}

ADULT_RELATIONS = ("applicant", "spouse", "partner", "parent")


def split_of(family):
    return HOUSEHOLD_FAMILIES.get(family) or families.split_of(family)


class Adult:
    """What assemble.build_doc needs of a person (as assemble.Applicant)."""

    def __init__(self, rng, person, origin, birth, muni, landlord):
        self.person, self.origin, self.birth, self.muni = person, origin, birth, muni
        self.nie = td.nie(rng) if rng.random() < 0.6 else None
        self.passport = td.passport(rng)
        self.relative = td.relative_of(rng, person, origin)
        self.landlord = landlord


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# ------------------------------------------------------------ members

def make_members(rng, sub, name_rng=None):
    """[{relation, person, origin, birth, born_in_spain}] with distinct names, applicant first."""
    app_person, origin = td.random_applicant(rng)
    size = rng.randint(2, 5)
    out = [{"relation": "applicant", "person": app_person, "origin": origin,
            "birth": planner.rand_date(rng, dt.date(1975, 1, 1), dt.date(2000, 12, 31))}]
    partner = None
    if rng.random() < 0.75:
        partner, p_origin = td.random_applicant(rng)
        out.append({"relation": "spouse" if rng.random() < 0.7 else "partner", "person": partner,
                    "origin": p_origin,
                    "birth": planner.rand_date(rng, dt.date(1975, 1, 1), dt.date(2001, 12, 31))})
    if len(out) < size and rng.random() < 0.25:
        given = td.ORIGINS[origin][0]
        out.append({"relation": "parent",
                    "person": td.Person(rng.choice(given), [app_person.surnames[-1]] +
                                        rng.sample(td.ORIGINS[origin][1], 1)),
                    "origin": origin,
                    "birth": planner.rand_date(rng, dt.date(1945, 1, 1), dt.date(1966, 12, 31))})
    pool = [g for g in td.ORIGINS[origin][0]]
    while len(out) < size:
        surnames = [app_person.surnames[0]] + ([partner.surnames[0]] if partner else
                                               app_person.surnames[1:2])
        child = td.Person(rng.choice(pool), surnames)
        birth = planner.rand_date(rng, dt.date(2009, 1, 1), sub - 400 * DAY)
        out.append({"relation": "child", "person": child, "origin": origin, "birth": birth,
                    "born_in_spain": rng.random() < 0.3 and birth > dt.date(2019, 1, 1)})
    if name_rng is not None:
        _name_pair(name_rng, out, sub)
    seen, unique = set(), []
    for m in out:  # case.json refuses two members with one name
        key = td.strip_accents(m["person"].natural).lower()
        if key not in seen:
            seen.add(key)
            unique.append(m)
    return unique


def _name_pair(rng, out, sub):
    """Families reuse names: a child named after a parent, a child with one surname of
    the applicant's two, a father and son sharing the given name and first surname, a
    relative whose surnames are the applicant's in the other order. Drawn from their own
    rng (`name_rng`), so that the rest of a household's plan is the same with or without
    them; only the names change, and a relative added brings their own papers."""
    if rng.random() >= 0.45:
        return
    app = out[0]["person"]
    children = [m for m in out if m["relation"] == "child"]
    parents = [m for m in out if m["relation"] == "parent"]
    kinds = ["namesake_child"] if children else []
    if children and len(app.surnames) == 2:
        kinds.append("one_surname_child")
    if parents:
        kinds.append("namesake_father")
    if len(app.surnames) == 2:
        kinds.append("reordered_relative")
    if not kinds:
        return
    kind = rng.choice(kinds)
    taken = {td.strip_accents(m["person"].natural).lower() for m in out}

    def rename(m, person):  # never a second member with one name (case.json refuses it)
        if td.strip_accents(person.natural).lower() not in taken:
            m["person"] = person

    if kind == "namesake_child":
        c = rng.choice(children)
        rename(c, td.Person(app.given, list(c["person"].surnames)))
    elif kind == "one_surname_child":
        rename(rng.choice(children), td.Person(app.given, app.surnames[:1]))
    elif kind == "namesake_father":
        p = parents[0]
        rename(p, td.Person(app.given, [app.surnames[0]] + p["person"].surnames[1:]))
    else:
        out.append({"relation": "other", "person": td.Person(app.given, app.surnames[::-1]),
                    "origin": out[0]["origin"],
                    "birth": planner.rand_date(rng, dt.date(1960, 1, 1), dt.date(2000, 12, 31))})


# ------------------------------------------------------------ shared documents

def _printed(rng, person, upper):
    n = person.natural
    if upper:
        n = (" ".join(person.surnames) + ", " + person.given).upper()
    return n


def padron_household_table(ctx, listed, expedicion):
    """listed: [(person, birth, alta)]. A hoja padronal: one row per inscribed person."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Padrón de Habitantes - Hoja de inscripción colectiva",
                                  "Padró d'Habitants - Full d'inscripció col·lectiva",
                                  "Padrón de Habitantes - Folla de inscrición colectiva")])
    b.title(c.t("VOLANTE DE EMPADRONAMIENTO COLECTIVO", "VOLANT D'EMPADRONAMENT COL·LECTIU",
                "VOLANTE DE EMPADROAMENTO COLECTIVO"))
    b.f.fields([(c.t("Domicilio", "Domicili", "Domicilio"), f"{c.home[0]}, {c.home[1]}"),
                (c.t("Hoja padronal", "Full padronal", "Folla padroal"), f"{r.randint(1000, 99999)}"),
                (c.t("Fecha de expedición", "Data d'expedició", "Data de expedición"),
                 b.d(expedicion))], r.choice(["colon", "grid"]))
    upper = r.random() < 0.6
    rows = []
    for person, birth, alta in listed:
        name = _printed(r, person, upper)
        b.person(name, "holder")
        rows.append([name, b.d(birth), b.d(alta)])
    b.dis.append("birth_date")
    b.f.text(c.t("Personas inscritas en este domicilio:", "Persones inscrites en aquest domicili:",
                 "Persoas inscritas neste domicilio:"), bold=True)
    b.f.table([c.t("Apellidos y nombre", "Cognoms i nom", "Apelidos e nome"),
               c.t("F. nacimiento", "D. naixement", "D. nacemento"),
               c.t("F. alta", "D. alta", "D. alta")], rows, [0.52, 0.24, 0.24])
    b.f.signature([c.t("El Jefe del Negociado de Estadística", "El Cap del Negociat d'Estadística",
                       "O Xefe do Negociado de Estatística"), b.person(b.official(), "official")])
    b.f.footer([f"CSV: {b.csv()}"])
    return b


def padron_household_prose(ctx, listed, expedicion):
    """A certificate that names each inscribed person in a sentence of its own."""
    b, c, r = NB(ctx), ctx, ctx.rng
    b.header([muni_issuer(c), c.t("Secretaría General", "Secretaria General", "Secretaría Xeral")],
             r.choice(["centered", "logo_left"]))
    b.title(c.t("CERTIFICADO DE EMPADRONAMIENTO COLECTIVO", "CERTIFICAT D'EMPADRONAMENT COL·LECTIU",
                "CERTIFICADO DE EMPADROAMENTO COLECTIVO"))
    sec = b.person(b.official(), "official")
    b.f.para(c.t(f"{sec}, Secretario/a General del {muni_issuer(c)},",
                 f"{sec}, secretari/ària general de l'{muni_issuer(c)},",
                 f"{sec}, secretario/a xeral do {muni_issuer(c)},"))
    b.f.text("CERTIFICA:", bold=True)
    b.f.para(c.t(f"Que en el domicilio {c.home[0]}, {c.home[1]}, figuran inscritas en el Padrón "
                 "Municipal de Habitantes las personas siguientes:",
                 f"Que al domicili {c.home[0]}, {c.home[1]}, figuren inscrites al Padró Municipal "
                 "d'Habitants les persones següents:",
                 f"Que no domicilio {c.home[0]}, {c.home[1]}, figuran inscritas no Padrón Municipal "
                 "de Habitantes as persoas seguintes:"))
    for person, birth, alta in listed:
        name = person.natural
        b.person(name, "holder")
        b.dis.append("birth_date")
        b.f.para(c.t(f"- {b.honor()} {name}, nacido/a el {b.d(birth)}, con fecha de alta {b.d(alta)}.",
                     f"- {b.honor()} {name}, nascut/da el {b.d(birth)}, amb data d'alta {b.d(alta)}.",
                     f"- {b.honor()} {name}, nado/a o {b.d(birth)}, con data de alta {b.d(alta)}."))
    b.f.para(b.place_date(expedicion))
    b.f.signature([c.t("El/La Secretario/a", "El/La Secretari/ària", "O/A Secretario/a"), sec])
    b.f.footer([f"CSV {b.csv()}"])
    return b


def school_certificate(ctx, child_name, date, letter):
    """A school's certificate that the child is enrolled and attends (one day: its date)."""
    b, c, r = NB(ctx), ctx, ctx.rng
    school = r.choice(["CEIP Miguel Hernández", "IES Ramón y Cajal", "CEIP La Paz",
                       "Colegio Público San José", "IES Clara Campoamor"])
    b.header([school, c.t("Consejería de Educación", "Departament d'Educació",
                          "Consellería de Educación")])
    b.title(c.t("CERTIFICADO DE ESCOLARIZACIÓN", "CERTIFICAT D'ESCOLARITZACIÓ",
                "CERTIFICADO DE ESCOLARIZACIÓN"))
    director = b.person(b.official(), "official")
    course = f"{date.year - (date.month < 9)}-{date.year + (date.month >= 9)}"
    if letter:
        b.f.para(c.t(f"{director}, director/a del centro {school}, CERTIFICA: Que el alumno/la "
                     f"alumna {child_name} está matriculado/a en este centro en el curso {course} "
                     "y asiste con regularidad a las clases.",
                     f"{director}, director/a del centre {school}, CERTIFICA: Que l'alumne/a "
                     f"{child_name} està matriculat/da en aquest centre el curs {course} i hi "
                     "assisteix regularment.",
                     f"{director}, director/a do centro {school}, CERTIFICA: Que o alumno/a alumna "
                     f"{child_name} está matriculado/a neste centro no curso {course} e asiste "
                     "regularmente ás clases."))
        b.f.para(b.place_date(date))
    else:
        b.f.fields([(c.t("Alumno/a", "Alumne/a", "Alumno/a"), child_name),
                    (c.t("Curso", "Curs", "Curso"), course),
                    (c.t("Fecha de expedición", "Data d'expedició", "Data de expedición"),
                     b.d(date))], "colon")
        b.f.para(c.t("Se expide el presente certificado a petición de la familia.",
                     "S'expedeix aquest certificat a petició de la família.",
                     "Expídese o presente certificado a petición da familia."))
    b.f.signature([c.t("El/La Director/a", "El/La Director/a", "O/A Director/a"), director])
    b.person(child_name, "student")
    return b


# ------------------------------------------------------------ the case

# The household-only kinds were written before held_out_2 and have no family
# in it or in held_out_3: such a household draws them from held_out, and its
# members' own papers (assemble.build_doc) from its own split, the blind part.
# Every later fresh split (held_out_4 … held_out_10) is measured on households
# the same way.
HOUSEHOLD_ONLY_FALLBACK = {split: "held_out" for split in
                           ("held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7", "held_out_8", "held_out_9",
                            "held_out_10")}


def _split_choice(rng, names, which):
    which = HOUSEHOLD_ONLY_FALLBACK.get(which, which)
    pool = [n for n in names if which == "all" or HOUSEHOLD_FAMILIES[n] == which]
    return rng.choice(sorted(pool))


def plan_household(rng, which, name_rng=None):
    """Members, submission date and per document: (builder, names it names, holder name)."""
    r = rng.random()
    sub = planner.rand_date(rng, dt.date(2026, 4, 16), dt.date(2026, 6, 30))
    window = rules.window_for(sub)
    members = make_members(rng, sub, name_rng)
    adults = [m for m in members if m["relation"] in ADULT_RELATIONS
              or age_on(m["birth"], sub) >= 18]
    gap_member = rng.choice(adults) if rng.random() < 0.6 else None
    late = rng.random() < 0.5  # the padrón issued just before submission covers the window
    expedicion = (sub - rng.randint(1, 20) * DAY) if late else planner.rand_date(
        rng, dt.date(2025, 10, 1), window[0] + 10 * DAY)
    listed = [m for m in members if rng.random() < 0.85 or m["relation"] == "applicant"]
    if late and gap_member in listed:
        listed.remove(gap_member)
    if len(listed) < 2:
        listed = [m for m in members if m is not gap_member][:2] if late else members[:2]
    common_alta = planner.rand_date(rng, dt.date(2023, 1, 1), dt.date(2025, 9, 30))
    for m in members:
        m["alta"] = common_alta
        if m.get("born_in_spain") and m["birth"] > common_alta:
            m["alta"] = m["birth"] + rng.randint(5, 40) * DAY  # inscribed after birth
    return sub, window, members, adults, gap_member, listed, expedicion, r


def generate_household(out, seed, index, subset, which):
    rng = random.Random(f"presencia-households:{seed}:{index}")
    case_id = f"household-{index + 1:04d}"
    name_rng = random.Random(f"presencia-households-names:{seed}:{index}")
    sub, window, members, adults, gap_member, listed, expedicion, _ = plan_household(
        rng, which, name_rng)
    muni = rng.choice(td.MUNICIPALITIES)
    landlord = td.random_spaniard(rng)
    people = {id(m): Adult(rng, m["person"], m["origin"], m["birth"], muni, landlord)
              for m in members}
    plan_docs, built, named = [], [], []  # named: member indices per document

    def add(pd, doc, idx):
        plan_docs.append(pd)
        built.append(doc)
        named.append(idx)

    # The shared padrón.
    fam = _split_choice(rng, ["padron/household_table", "padron/household_prose"], which)
    app = people[id(members[0])]
    ctx = Ctx(rng, app.person, True, "es", muni, {}, None, "natural", landlord=landlord)
    rows = [(m["person"], m["birth"], m["alta"]) for m in listed]
    builder = padron_household_table if fam.endswith("table") else padron_household_prose
    b = builder(ctx, rows, expedicion)
    holder = b.people[0]["name"]
    doc = b.done("padron", holder, [(max(m["alta"] for m in listed), expedicion)])
    doc.family = fam
    doc.holder_is_applicant = members[0] in listed
    add({"type": "padron", "holder": "applicant", "spec": {"expedicion": expedicion},
         "bad": None, "dup_of": None}, doc, [members.index(m) for m in listed])
    padron_alta = {members.index(m): m["alta"] for m in listed}

    # Each adult's own papers, as an ordinary case plans them.
    for m in adults:
        i = members.index(m)
        plan = planner.Plan(rng)
        gap = planner.plan_gap(rng, "gap_middle", window) if m is gap_member else None
        covered = [(padron_alta[i], expedicion)] if i in padron_alta else []
        if not covered or padron_alta[i] > rules.CUTOFF:
            planner.pre_cutoff(plan, window, gap, False)
        covered += [iv for d in plan.docs for iv in planner.covers(d)]
        planner.fill_window(plan, window, [gap] if gap else [], covered)
        for pd in plan.docs:
            d = assemble.build_doc(rng, people[id(m)], pd, which)
            add(pd, d, [i] if d.holder_is_applicant else [])

    # Children: school certificates at school age, sometimes a medical visit.
    for m in members:
        i = members.index(m)
        if m["relation"] != "child" or age_on(m["birth"], sub) >= 18:
            continue
        if age_on(m["birth"], sub) >= 6:
            for _ in range(rng.randint(1, 2)):
                day = planner.rand_date(rng, window[0], sub)
                sfam = _split_choice(rng, ["school/certificate", "school/letter"], which)
                cctx = Ctx(rng, m["person"], False, "es", muni, {}, None, "natural")
                sb = school_certificate(cctx, m["person"].natural, day, sfam.endswith("letter"))
                sdoc = sb.done("attendance_certificate", m["person"].natural, [(day, day)],
                               "student")
                sdoc.family = sfam
                sdoc.holder_is_applicant = False
                add({"type": "attendance_certificate", "holder": "applicant",
                     "spec": {"date": day}, "bad": None, "dup_of": None}, sdoc, [i])
        if rng.random() < 0.4:
            pd = {"type": "medical", "holder": "applicant",
                  "spec": {"date": planner.rand_date(rng, window[0], sub)}, "bad": None,
                  "dup_of": None}
            d = assemble.build_doc(rng, people[id(m)], pd, which)
            add(pd, d, [i] if d.holder_is_applicant else [])

    files = packaging.package(rng, plan_docs, built, subset)
    g = assemble.numpy_rng(rng)
    return write_household(out, case_id, seed, subset, sub, members, files, built, plan_docs,
                           named, g, which)


def case_json(members, sub, rng):
    out = {"submission_date": sub.isoformat(), "members": []}
    for m in members:
        e = {"name": m["person"].natural, "relation": m["relation"]}
        if m["relation"] == "child" or rng.random() < 0.5:
            e["birth_date"] = m["birth"].isoformat()
        if m["relation"] == "child":
            e["born_in_spain"] = bool(m.get("born_in_spain"))
        out["members"].append(e)
    return out


def member_truth(m, entries, sub):
    """RULES.md: both requirements for adults; a minor only the five months; born in
    Spain: not_needed."""
    minor = age_on(m["birth"], sub) < 18
    docs = [dict(e, holder_is_applicant=True, flags=list(e["_file_flags"])) for e in entries]
    res = rules.evaluate(docs, sub)
    before, continuous = res["checks"]["presence_before_cutoff"], res["checks"]["continuous_window"]
    if minor and m.get("born_in_spain"):
        verdict = "not_needed"
    elif minor:
        verdict = "complete" if continuous else "incomplete"
    else:
        verdict = "complete" if before and continuous else "incomplete"
    return {"name": m["person"].natural, "relation": m["relation"],
            "birth_date": m["birth"].isoformat(), "minor": minor,
            "born_in_spain": bool(m.get("born_in_spain")), "verdict": verdict,
            "checks": {"presence_before_cutoff": before, "continuous_window": continuous},
            "coverage": [{"start": s.isoformat(), "end": e.isoformat()}
                         for s, e in res["coverage"]],
            "gaps": [{"start": s.isoformat(), "end": e.isoformat(), "days": n}
                     for s, e, n in res["gaps"]],
            "documents": [{"file": d["file"], "page": d["page"]} for d in docs if d["counted"]]}


def write_household(out, case_id, seed, subset, sub, members, files, docs, plan_docs, named, g,
                    which):
    cdir = os.path.join(out, "cases", case_id)
    os.makedirs(cdir, exist_ok=True)
    os.makedirs(os.path.join(out, "truth"), exist_ok=True)
    logs = {}
    for f in files:
        data, logs[f["name"]] = assemble.write_file(f, docs, g)
        with open(os.path.join(cdir, f["name"]), "wb") as fh:
            fh.write(data)
    rng = random.Random(case_id)
    with open(os.path.join(cdir, "case.json"), "w", encoding="utf-8") as fh:
        json.dump(case_json(members, sub, rng), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    order = [i for f in files for i in f["docs"]]
    entries = assemble.truth_entries(files, docs, plan_docs, logs)
    for e, i in zip(entries, order):
        e["members"] = [members[k]["person"].natural for k in named[i]]
        e["_file_flags"] = [x for x in e["flags"] if x in rules.FILE_FLAGS]
    member_results = []
    for k, m in enumerate(members):
        mine = [e for e, i in zip(entries, order) if k in named[i]]
        member_results.append(member_truth(m, mine, sub))
    truth = {
        "case_id": case_id, "seed": seed, "subset": subset, "household": True,
        "families": which,
        "applicant": members[0]["person"].natural, "submission_date": sub.isoformat(),
        "verdict": member_results[0]["verdict"], "members": member_results,
        "documents": [{"file": e["file"], "page": e["page"], "type": e["type"],
                       "members": e["members"], "family": e["family"],
                       "family_split": split_of(e["family"])} for e in entries],
    }
    with open(os.path.join(out, "truth", case_id + ".json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    verdicts = " ".join(f"{m['relation']}:{m['verdict']}" for m in member_results)
    return f"{case_id} {subset:8s} {len(members)} members {verdicts}"


def run(out, n, seed, subset, which):
    for i in range(n):
        sub_opt = subset if subset != "mixed" else random.Random(f"{seed}:{i}").choice(
            ["clean", "degraded"])
        print(generate_household(out, seed, i, sub_opt, which))
