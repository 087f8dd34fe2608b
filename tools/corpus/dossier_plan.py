"""The case plan every blind dossier set shares (fam_fresh5_dossier,
fam_fresh6_dossier): which papers a case of each scenario holds and what its
truth expects, the scenarios of fam_dossier.plan_case. Each set brings its own
families and countries; the draws are made in the same order for all, so a
set's corpus is the same bytes as when its plan was its own."""

from . import fam_dossier as fd


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
