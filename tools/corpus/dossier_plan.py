"""The case plan and the case writer every blind dossier set shares
(fam_fresh5_dossier … fam_fresh8_dossier): which papers
a case of each scenario holds and what its truth expects, the scenarios of
fam_dossier.plan_case. Each set brings its own
families and countries; the draws are made in the same order for all, so a
set's corpus is the same bytes as when its plan was its own."""

from . import fam_dossier as fd


def picker(families, split):
    """plan_case's `pick` over one set's FAMILIES: a family of `kind` (of
    `names` when given) that the registry puts in `split`."""
    def pick(rng, kind, splits, names=None):
        mine = sorted(n for n in (names or families[kind]) if splits.get(f"{kind}/{n}") == split)
        assert mine, kind
        return f"{kind}/{rng.choice(mine)}"
    return pick


def builder(families, extra):
    """The builder of a planned "kind/name": one of the set's FAMILIES, or of
    its EXTRA papers (annexes, a request, an ID card) under "extra/"."""
    def build(family):
        kind, name = family.split("/")
        return extra[name] if kind == "extra" else families[kind][name][0]
    return build


def plan_case(rng, splits, scenario, countries, pick, legalisation, contracts):
    """fam_dossier.plan_case's scenarios and truth, drawn from one blind set's
    families: `pick(rng, kind, splits, names=None)` draws one of them, and
    `legalisation(info)` says, for a country, its certificate's family, its
    apostille's or legalisation's, and whether that can sit on the
    certificate's back (scanned as its page 2)."""
    names = sorted(countries)
    if scenario == "no_translation":      # a Spanish certificate needs none
        names = [n for n in names if countries[n]["lang"] != "es"]
    country = rng.choice(names)
    info = countries[country]
    pathway = "da20" if scenario == "missing:protection_application" or \
        (scenario not in ("missing:supuesto", "short_contract") and rng.random() < 0.3) else "da21"
    has_nie = rng.random() < 0.4
    expect = {r: "found" for r in fd.REQUIREMENTS}
    expect["protection_application" if pathway == "da21" else "supuesto"] = "not_needed"
    docs = []
    form = "EX-31" if pathway == "da20" else "EX-32"
    if scenario == "other_form":
        form = "EX-32" if form == "EX-31" else "EX-31"
        expect["application_form"] = "to_check"
    if scenario != "missing:application_form":
        docs.append((pick(rng, "application_form", splits), {"form": form}))
    else:
        expect["application_form"] = "missing"
    if scenario != "missing:passport":
        pages = 1 if scenario == "one_page" else rng.choice([2, 3, 4])
        wrong = rng.choice(["birth", "expiry", "number", "composite"]) if scenario == "bad_mrz" else None
        docs.append((pick(rng, "passport", splits), {"pages": pages, "wrong": wrong}))
        if scenario in ("bad_mrz", "one_page"):
            expect["passport"] = "to_check"
        elif info["td1"] and rng.random() < 0.5:
            docs.append(("extra/identity_card", {}))
    else:
        expect["passport"] = "missing"
    if scenario == "requested":
        docs += [("extra/record_request", {}), ("extra/annex", {"form": "Anexo I-1"}),
                 ("extra/annex", {"form": "Anexo I-2"})]
    elif scenario != "missing:criminal_record":
        record, apos, can_be_on_back = legalisation(info)
        on_page = can_be_on_back and scenario != "no_apostille" and rng.random() < 0.4
        docs.append((pick(rng, "criminal_record", splits, [record]), {"apostille_on_page": on_page}))
        if not on_page and scenario != "no_apostille":
            docs.append((pick(rng, "apostille", splits, [apos]), {}))
        if info["lang"] != "es" and scenario != "no_translation":
            docs.append((pick(rng, "translation", splits), {}))
        if scenario in ("no_apostille", "no_translation"):
            expect["criminal_record"] = "to_check"
    else:
        expect["criminal_record"] = "missing"
    if scenario != "missing:fee":
        docs.append((pick(rng, "fee_form", splits), {"epigrafe": "2.3.1", "paid": scenario != "unpaid"}))
        if scenario == "unpaid":
            expect["fee"] = "missing" if has_nie else "to_check"
    else:
        expect["fee"] = "missing" if has_nie else "to_check"
    if pathway == "da20" and scenario != "missing:protection_application":
        docs.append((pick(rng, "protection_application", splits), {}))
    elif pathway == "da20":
        expect["protection_application"] = "missing"
    if pathway == "da21" and scenario != "missing:supuesto":
        kind = rng.choice(["contract", "contract", "other"])
        if scenario == "short_contract":
            docs.append((pick(rng, "employment_contract", splits, contracts), {"months": 2}))
            expect["supuesto"] = "to_check"
        elif kind == "contract":
            docs.append((pick(rng, "employment_contract", splits), {"months": rng.choice([0, 6, 12, 24])}))
        else:
            docs.append((pick(rng, "vulnerability_certificate", splits), {}))
    elif pathway == "da21":
        expect["supuesto"] = "missing"
    return {"country": country, "pathway": pathway, "has_nie": has_nie, "docs": docs, "expect": expect}


def save_pages(pages, path, dpi):
    """fam_dossier._save with a fixed PDF date, so that the same arguments give the
    same bytes (PIL stamps the wall clock otherwise)."""
    import time
    from . import render
    images = [render.to_image(p, dpi).convert("L") for p in pages]
    if path.endswith(".pdf"):
        when = time.strptime("2026-01-01", "%Y-%m-%d")
        images[0].save(path, save_all=True, append_images=images[1:], resolution=dpi,
                       creationDate=when, modDate=when)
    else:
        images[0].save(path)


def write_case(out, case_id, rng, plan, *, split, scenario, country, person, ids, nie, sub, birth,
               muni, builder, file_name, ctx_class, dpi, extra_spec=None):
    """OUT/cases/<id>/ (the applicant's volante and the plan's papers) and
    OUT/truth/<id>.json in fam_dossier.make_case's format, for every blind set.
    `file_name(rng, i, ext)` names a paper as that set's scanner does; the draws
    are made in the order each set made them, so its corpus keeps its bytes."""
    import datetime as dt
    import json
    import os
    from . import families
    cdir = os.path.join(out, "cases", case_id)
    os.makedirs(cdir, exist_ok=True)
    os.makedirs(os.path.join(out, "truth"), exist_ok=True)
    alta = dt.date(2025, rng.randint(1, 10), rng.randint(1, 28))
    padron = families.build("padron", "classic", ctx_class(rng, person, True, "es", muni, {}, birth, "natural"),
                            alta=alta, expedicion=sub - dt.timedelta(days=rng.randint(1, 10)))
    save_pages(padron.pages, os.path.join(cdir, "volante.pdf"), dpi)
    issued = sub - dt.timedelta(days=rng.randint(25, 80))
    requested = sub - dt.timedelta(days=rng.randint(40, 100))
    papers = []
    for i, (family, spec) in enumerate(plan["docs"]):
        spec = dict(spec, date=sub - dt.timedelta(days=rng.randint(0, 15)), issued=issued, requested=requested,
                    applied=dt.date(2025, rng.randint(1, 12), rng.randint(1, 28)), **(extra_spec or {}))
        ctx = ctx_class(rng, person, True, "es", muni, dict(ids), birth, "natural")
        doc = builder(family)(ctx, **spec)
        ext = "pdf" if len(doc.pages) > 1 or rng.random() < 0.5 else "png"
        name = file_name(rng, i, ext)
        save_pages(doc.pages, os.path.join(cdir, name), dpi)
        papers.append({"file": name, "family": family, "type": doc.type, "facts": getattr(doc, "facts", {})})
    case_json = {"applicant": person.natural, "submission_date": sub.isoformat(),
                 "birth_date": birth.isoformat(), "pathway": plan["pathway"]}
    if nie:
        case_json["nie"] = nie
    with open(os.path.join(cdir, "case.json"), "w", encoding="utf-8") as fh:
        json.dump(case_json, fh, ensure_ascii=False, indent=2)
    truth = {"case": case_id, "split": split, "scenario": scenario, "country": country,
             "pathway": plan["pathway"], "expect": plan["expect"], "papers": papers}
    with open(os.path.join(out, "truth", case_id + ".json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
    return truth
