#!/usr/bin/python3
"""Pin tools/evaluate.py's figures on a hand-made three-case corpus.

Run: /usr/bin/python3 -m unittest discover -s tools/tests

The three cases are a perfect report, a false `complete` with near and far
gap misses and document errors, and a missing report. Every expected figure
below was counted by hand from the fixtures, so a change in a metric's
definition shows up here as a failure.

Template families (tools/corpus/families.json): case 1 mixes a seen and a
held-out family, case 2 is all held out, case 3 all seen.
"""

import importlib.util
import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

TOOLS = Path(__file__).resolve().parent.parent
EVALUATE = TOOLS / "evaluate.py"


def load_evaluate():
    """Import evaluate.py by path: tools/ is not a package."""
    spec = importlib.util.spec_from_file_location("evaluate", EVALUATE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


evaluate = load_evaluate()
SCHEMA = evaluate.default_schema_path()


def span(start, end=None):
    return {"start": start, "end": end or start}


def doc(file, type_, presence, page=1, holder="LOPEZ QUISPE, MARIA", is_applicant=True,
        flags=(), counted=True, degradations=(), family=None, people=()):
    """A truth document; report documents are derived from it by edits."""
    return {"file": file, "page": page, "type": type_, "holder": holder,
            "holder_is_applicant": is_applicant, "presence": presence,
            "flags": list(flags), "counted": counted,
            "degradations": list(degradations), "distractors": [],
            "family": family, "people": list(people)}


def person(name, role, is_applicant=False):
    return {"name": name, "role": role, "is_applicant": is_applicant}


def as_report_doc(truth_doc, **changes):
    """The truth's people are not copied: a report lists people only when a test says so."""
    fields = {k: v for k, v in truth_doc.items()
              if k not in ("degradations", "distractors", "family", "people")}
    fields.update(confidence=0.9, explanation="test")
    fields.update(changes)
    return fields


WINDOW = span("2026-01-15", "2026-06-15")
CHECKS_OK = {"presence_before_cutoff": True, "continuous_window": True,
             "submission_in_period": True}

DOC_A = doc("IMG_a.jpg", "padron", [span("2025-06-01", "2026-06-01")], family="padron/classic",
            people=[person("LOPEZ QUISPE, MARIA", "holder", True),
                    person("Juan Pérez Sanz", "official")])
DOC_B = doc("bill.pdf", "utility_bill", [span("2026-02-01", "2026-02-28")], page=2,
            holder="GARCIA, JUAN", is_applicant=False, flags=["other_person"],
            counted=False, degradations=["jpeg"], family="utility_bill/month_only",
            people=[person("GARCIA, JUAN", "holder")])
DOC_C = doc("IMG_c.jpg", "payslip", [span("2026-01-01", "2026-01-31")],
            degradations=["phone_photo", "jpeg"], family="payslip/settlement")
DOC_D = doc("scan.pdf", "transport_ticket", [span("2026-03-15")], degradations=["blur"],
            family="transport_ticket/airline")
DOC_E = doc("broken.pdf", "unknown", [], holder=None, is_applicant=False,
            flags=["corrupt_file"], counted=False, family="bank_receipt/remittance")
DOC_F = doc("IMG_f.jpg", "medical", [span("2026-03-01")], family="medical/classic")
DOC_G = doc("notes.txt", "unknown", [], holder=None, is_applicant=False,
            flags=["unsupported_file"], counted=False, family="other/classic")

GAP_1 = {"start": "2026-02-01", "end": "2026-03-10", "days": 38}
GAP_2 = {"start": "2026-04-01", "end": "2026-05-10", "days": 40}


def truth(case_id, subset, verdict, documents, reasons=(), gaps=()):
    return {"case_id": case_id, "seed": 7, "subset": subset, "applicant": "LOPEZ QUISPE, MARIA",
            "submission_date": "2026-06-15", "profile": "rd316-2026", "window": WINDOW,
            "verdict": verdict, "reasons": list(reasons), "checks": CHECKS_OK,
            "coverage": [], "gaps": list(gaps), "documents": documents}


def report(verdict, documents, gaps=()):
    return {"schema": "presencia/case-report/v1", "applicant": "LOPEZ QUISPE, MARIA",
            "submission_date": "2026-06-15", "profile": "rd316-2026", "window": WINDOW,
            "documents": documents, "coverage": [], "gaps": list(gaps),
            "checks": CHECKS_OK, "verdict": verdict}


def false_complete_report():
    """Case 2's report: one gap 2 days off (matches), one 4 days off (does
    not), a wrong type, a wrong presence with a wrong holder, a dropped
    document, an extra one, and no `schema` field (schema-invalid)."""
    near_gap = {"start": "2026-02-03", "end": "2026-03-12", "days": 38}
    far_gap = {"start": "2026-04-05", "end": "2026-05-10", "days": 36}
    stray = as_report_doc(doc("stray.png", "unknown", [], holder=None, flags=["unreadable"],
                              counted=False))
    documents = [as_report_doc(DOC_C, type="utility_bill"),
                 as_report_doc(DOC_D, presence=[span("2026-03-16")], holder_is_applicant=False,
                               flags=["duplicate"]),
                 stray]
    body = report("complete", documents, gaps=[near_gap, far_gap])
    del body["schema"]
    return body


def write_corpus(root):
    """Write truth/ and reports/ under root; return their paths."""
    truth_dir, reports_dir = root / "truth", root / "reports"
    truth_dir.mkdir()
    reports_dir.mkdir()
    cases = {
        "case-0001": (truth("case-0001", "clean", "complete", [DOC_A, DOC_B]),
                      report("complete", [
                          as_report_doc(DOC_A, people=[person("María López Quispe", "holder", True)]),
                          as_report_doc(DOC_B, people=[person("GARCIA, JUAN", "sender")])])),
        "case-0002": (truth("case-0002", "degraded", "incomplete", [DOC_C, DOC_D, DOC_E],
                            reasons=["gap_in_window"], gaps=[GAP_1, GAP_2]),
                      false_complete_report()),
        "case-0003": (truth("case-0003", "clean", "incomplete", [DOC_F, DOC_G],
                            reasons=["no_presence_before_cutoff"]), None),
    }
    for case_id, (truth_body, report_body) in cases.items():
        (truth_dir / f"{case_id}.json").write_text(json.dumps(truth_body))
        if report_body is not None:
            (reports_dir / f"{case_id}.json").write_text(json.dumps(report_body))
    return truth_dir, reports_dir


def run_cli(*args):
    return subprocess.run([sys.executable, str(EVALUATE), *map(str, args)],
                          capture_output=True, text=True)


class CorpusRun(unittest.TestCase):
    """Run the CLI once with --json; subclasses check the figures it wrote."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        root = Path(cls.tmp.name)
        cls.truth_dir, cls.reports_dir = write_corpus(root)
        out = root / "figures.json"
        cls.result = run_cli(cls.truth_dir, cls.reports_dir, "--json", out)
        cls.figures = json.loads(out.read_text()) if out.exists() else None
        cls.all = cls.figures["columns"]["all"] if cls.figures else None

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()


class EvaluateFigures(CorpusRun):
    def test_exits_zero_despite_poor_accuracy(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)

    def test_verdict_figures(self):
        self.assertEqual(self.all["cases"], 3)
        self.assertEqual(self.all["verdict"], {"correct": 1, "total": 3, "accuracy": 1 / 3})
        self.assertEqual(self.all["false_complete"], 1)
        self.assertEqual(self.all["no_report"], 1)
        self.assertEqual(self.all["error_verdicts"], 0)

    @unittest.skipUnless(SCHEMA.exists(), "shared schema not present")
    def test_schema_invalid_report_is_counted(self):
        self.assertEqual(self.all["schema_invalid"], 1)
        self.assertEqual(list(self.figures["schema_errors"]), ["case-0002"])

    def test_subset_columns(self):
        clean, degraded = (self.figures["columns"][n] for n in ("clean", "degraded"))
        self.assertEqual((clean["cases"], clean["verdict"]["correct"], clean["no_report"]),
                         (2, 1, 1))
        self.assertEqual((degraded["cases"], degraded["false_complete"]), (1, 1))

    def test_gap_figures(self):
        self.assertEqual(self.all["gaps"], {"truth": 2, "predicted": 2, "matched": 1,
                                            "exact": 0, "precision": 0.5, "recall": 0.5})

    def test_document_figures(self):
        self.assertEqual(self.all["documents"], 7)
        self.assertEqual(self.all["extra_report_documents"], 1)
        self.assertEqual(self.all["presence_exact"]["correct"], 3)
        self.assertEqual((self.all["holder"]["correct"], self.all["holder"]["total"]), (3, 5))
        self.assertEqual((self.all["type"]["correct"], self.all["type"]["total"]), (3, 5))
        self.assertEqual((self.all["counted"]["correct"], self.all["counted"]["total"]), (4, 7))

    def test_flag_figures(self):
        flags = self.all["flags"]
        self.assertEqual((flags["other_person"]["tp"], flags["other_person"]["f1"]), (1, 1.0))
        self.assertEqual((flags["corrupt_file"]["fn"], flags["corrupt_file"]["recall"]), (1, 0.0))
        self.assertEqual(flags["unsupported_file"]["support"], 1)
        self.assertEqual((flags["duplicate"]["fp"], flags["duplicate"]["precision"]), (1, 0.0))
        self.assertEqual(flags["unreadable"]["fp"], 1)
        self.assertIsNone(flags["undated"]["f1"])

    def test_degradation_breakdown(self):
        breakdown = {tag: (b["exact"], b["docs"]) for tag, b in self.figures["by_degradation"].items()}
        self.assertEqual(breakdown, {"(none)": (1, 4), "jpeg": (2, 2), "phone_photo": (1, 1),
                                     "blur": (0, 1)})

    def test_worst_misses_most_harmful_first(self):
        kinds = [(m["kind"], m["case_id"]) for m in self.figures["worst_misses"]]
        self.assertEqual(kinds, [("false complete", "case-0002"), ("wrong verdict", "case-0003"),
                                 ("gap", "case-0002"), ("gap", "case-0002"),
                                 ("presence", "case-0002"), ("presence", "case-0002"),
                                 ("holder", "case-0002"), ("type", "case-0002")])
        self.assertEqual(self.figures["worst_misses"][4]["got"], "document missing from report")

    def test_table_is_printed(self):
        self.assertIn("| verdict accuracy | 33.3% (1/3) | 50.0% (1/2) | 0.0% (0/1) |",
                      self.result.stdout)


class FamilySplitFigures(CorpusRun):
    """The same run, read by template family."""

    def test_cases_go_by_whether_all_documents_are_held_out(self):
        self.assertEqual(self.figures["case_split"],
                         {"case-0001": "mixed", "case-0002": "held_out", "case-0003": "tuning"})
        by = self.figures["by_split"]
        self.assertEqual(list(by), ["tuning", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5",
                                    "held_out_6", "held_out_7", "held_out_8", "held_out_9", "held_out_10", "mixed"])
        self.assertEqual(by["held_out_2"]["cases"], 0)
        self.assertEqual(by["held_out_3"]["cases"], 0)
        self.assertEqual(by["held_out_4"]["cases"], 0)
        self.assertEqual(by["held_out_5"]["cases"], 0)
        self.assertEqual(by["held_out_6"]["cases"], 0)
        self.assertEqual(by["held_out_7"]["cases"], 0)
        self.assertEqual(by["held_out_8"]["cases"], 0)
        self.assertEqual((by["held_out"]["cases"], by["held_out"]["false_complete"],
                          by["held_out"]["verdict"]["correct"]), (1, 1, 0))
        self.assertEqual((by["tuning"]["cases"], by["tuning"]["no_report"]), (1, 1))
        self.assertEqual((by["mixed"]["cases"], by["mixed"]["verdict"]["correct"]), (1, 1))

    def test_documents_go_by_their_own_family(self):
        tuning, held = self.figures["by_split"]["tuning"], self.figures["by_split"]["held_out"]
        self.assertEqual((tuning["documents"], held["documents"]), (3, 4))
        self.assertEqual((tuning["presence_exact"]["correct"], held["presence_exact"]["correct"]),
                         (1, 2))
        self.assertEqual((tuning["holder"]["correct"], tuning["holder"]["total"]), (1, 2))
        self.assertEqual((held["holder"]["correct"], held["holder"]["total"]), (2, 3))
        self.assertEqual(held["flags"]["other_person"]["tp"], 1)
        self.assertEqual(tuning["flags"]["unsupported_file"]["fn"], 1)

    def test_people_list_score(self):
        people = self.all["people"]
        self.assertEqual(people["documents"], 2)
        self.assertEqual((people["tp"], people["fp"], people["fn"]), (1, 1, 2))
        self.assertEqual(people["names_only"]["tp"], 2)
        self.assertEqual(people["names_only"]["recall"], 2 / 3)
        self.assertEqual(self.figures["by_split"]["tuning"]["people"]["fp"], 0)
        self.assertEqual(self.figures["by_split"]["held_out"]["people"]["fp"], 1)

    def test_family_breakdown_worst_first(self):
        fams = self.figures["by_family"]
        self.assertEqual(list(fams), ["bank_receipt/remittance", "medical/classic", "other/classic",
                                      "payslip/settlement", "transport_ticket/airline",
                                      "padron/classic", "utility_bill/month_only"])
        self.assertEqual(fams["payslip/settlement"]["split"], "held_out")
        self.assertEqual(fams["payslip/settlement"]["presence_exact"]["correct"], 1)
        self.assertEqual(fams["padron/classic"]["all_correct"]["accuracy"], 1.0)

    def test_side_by_side_table_is_printed(self):
        self.assertIn("| metric | tuning | held_out | held_out_2 | held_out_3 | held_out_4 | held_out_5 | held_out_6 | held_out_7 | held_out_8 | held_out_9 | held_out_10 | mixed |", self.result.stdout)
        self.assertIn("| holder accuracy ⁵ | 50.0% (1/2) | 66.7% (2/3) | n/a | n/a |",
                      self.result.stdout)
        self.assertIn("| `utility_bill/month_only` | held_out | 1 |", self.result.stdout)


class FamilyHelpers(unittest.TestCase):
    def test_names_fold_accents_case_punctuation_and_order(self):
        self.assertEqual(evaluate.fold_name("LÓPEZ QUISPE, María"),
                         evaluate.fold_name("maria lopez quispe"))
        self.assertNotEqual(evaluate.fold_name("Mario López"), evaluate.fold_name("María López"))

    def test_truth_without_families_is_unknown(self):
        old = truth("case-0009", "clean", "complete", [
            {k: v for k, v in DOC_F.items() if k not in ("family", "people")}])
        result = evaluate.evaluate_case(old, None, None, {})
        self.assertEqual(result.split, "unknown")
        self.assertEqual(list(result.by_family), ["unknown"])

    def test_a_fresh_held_out_case_has_its_own_column(self):
        fresh = dict(DOC_F, family="medical/urgencias_twocol")
        case = truth("case-0010", "clean", "complete", [fresh])
        result = evaluate.evaluate_case(case, None, None, {"medical/urgencias_twocol": "held_out_2"})
        self.assertEqual(result.split, "held_out_2")
        self.assertEqual(list(result.by_family), ["medical/urgencias_twocol"])

    def test_a_third_held_out_case_has_its_own_column(self):
        fresh = dict(DOC_F, family="medical/vacunacion", family_split="held_out_3")
        case = truth("case-0011", "clean", "complete", [fresh])
        result = evaluate.evaluate_case(case, None, None, {})
        self.assertEqual(result.split, "held_out_3")
        self.assertEqual(evaluate.document_split(fresh, {}), "held_out_3")
        self.assertEqual(list(evaluate.split_counts([result])),
                         ["tuning", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7", "held_out_8", "held_out_9", "held_out_10"])

    def test_a_fourth_held_out_case_has_its_own_column(self):
        fresh = dict(DOC_F, family="medical/parte_it", family_split="held_out_4")
        case = truth("case-0012", "clean", "complete", [fresh])
        result = evaluate.evaluate_case(case, None, None, {})
        self.assertEqual(result.split, "held_out_4")
        self.assertEqual(evaluate.document_split(fresh, {}), "held_out_4")
        counts = evaluate.split_counts([result])
        self.assertEqual(list(counts), ["tuning", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7", "held_out_8", "held_out_9", "held_out_10"])
        self.assertTrue(counts["held_out_4"])  # the case's document is counted in its own column

    def test_a_fifth_held_out_case_has_its_own_column(self):
        fresh = dict(DOC_F, family="medical/alta_urgencias", family_split="held_out_5")
        case = truth("case-0013", "clean", "complete", [fresh])
        result = evaluate.evaluate_case(case, None, None, {})
        self.assertEqual(result.split, "held_out_5")
        self.assertEqual(evaluate.document_split(fresh, {}), "held_out_5")
        counts = evaluate.split_counts([result])
        self.assertEqual(list(counts), ["tuning", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7", "held_out_8", "held_out_9", "held_out_10"])
        self.assertTrue(counts["held_out_5"])  # the case's document is counted in its own column
        self.assertFalse(counts["held_out_4"])

    def test_a_sixth_held_out_case_has_its_own_column(self):
        fresh = dict(DOC_F, family="medical/analitica", family_split="held_out_6")
        case = truth("case-0014", "clean", "complete", [fresh])
        result = evaluate.evaluate_case(case, None, None, {})
        self.assertEqual(result.split, "held_out_6")
        self.assertEqual(evaluate.document_split(fresh, {}), "held_out_6")
        counts = evaluate.split_counts([result])
        self.assertEqual(list(counts), ["tuning", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6", "held_out_7", "held_out_8", "held_out_9", "held_out_10"])
        self.assertTrue(counts["held_out_6"])  # the case's document is counted in its own column
        self.assertFalse(counts["held_out_5"])

    def test_a_seventh_held_out_case_has_its_own_column(self):
        fresh = dict(DOC_F, family="medical/radiologia", family_split="held_out_7")
        case = truth("case-0015", "clean", "complete", [fresh])
        result = evaluate.evaluate_case(case, None, None, {})
        self.assertEqual(result.split, "held_out_7")
        self.assertEqual(evaluate.document_split(fresh, {}), "held_out_7")
        counts = evaluate.split_counts([result])
        self.assertEqual(list(counts), ["tuning", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6",
                                        "held_out_7", "held_out_8", "held_out_9", "held_out_10"])
        self.assertTrue(counts["held_out_7"])  # the case's document is counted in its own column
        self.assertFalse(counts["held_out_6"])

    def test_an_eighth_held_out_case_has_its_own_column(self):
        fresh = dict(DOC_F, family="medical/oftalmologia", family_split="held_out_8")
        case = truth("case-0016", "clean", "complete", [fresh])
        result = evaluate.evaluate_case(case, None, None, {})
        self.assertEqual(result.split, "held_out_8")
        self.assertEqual(evaluate.document_split(fresh, {}), "held_out_8")
        counts = evaluate.split_counts([result])
        self.assertEqual(list(counts), ["tuning", "held_out", "held_out_2", "held_out_3", "held_out_4", "held_out_5", "held_out_6",
                                        "held_out_7", "held_out_8", "held_out_9", "held_out_10"])
        self.assertTrue(counts["held_out_8"])  # the case's document is counted in its own column
        self.assertFalse(counts["held_out_7"])

    def test_a_ninth_held_out_case_has_its_own_column(self):
        fresh = dict(DOC_F, family="bank_receipt/app_captura", family_split="held_out_9")
        case = truth("case-0017", "clean", "complete", [fresh])
        result = evaluate.evaluate_case(case, None, None, {})
        self.assertEqual(result.split, "held_out_9")
        counts = evaluate.split_counts([result])
        self.assertTrue(counts["held_out_9"])  # the case's document is counted in its own column
        self.assertFalse(counts["held_out_8"])

    def test_truth_family_split_wins_over_the_file(self):
        tdoc = dict(DOC_F, family_split="held_out")
        self.assertEqual(evaluate.document_split(tdoc, {"medical/classic": "tuning"}), "held_out")


class GapMatching(unittest.TestCase):
    """The 3-day tolerance is the contract the README states."""

    def test_ends_within_tolerance_match(self):
        self.assertEqual(evaluate.gap_distance(GAP_1, span("2026-02-04", "2026-03-07")), 6)

    def test_end_four_days_off_does_not_match(self):
        self.assertIsNone(evaluate.gap_distance(GAP_1, span("2026-02-01", "2026-03-14")))

    def test_each_predicted_gap_matches_once(self):
        self.assertEqual(evaluate.match_gaps([GAP_1, GAP_1], [GAP_1]), {0: (0, 0)})


class BadArguments(unittest.TestCase):
    def test_missing_directory_exits_2(self):
        result = run_cli("/nonexistent/truth", "/nonexistent/reports")
        self.assertEqual(result.returncode, 2)
        self.assertIn("not a directory", result.stderr)

    def test_empty_truth_dir_exits_2(self):
        with tempfile.TemporaryDirectory() as tmp:
            result = run_cli(tmp, tmp)
        self.assertEqual(result.returncode, 2)
        self.assertIn("no truth files", result.stderr)


if __name__ == "__main__":
    unittest.main()


class PageTimes(unittest.TestCase):
    """The slowest-pages figures: median, 99th percentile and max seconds
    per page, from the file the audits write (PRESENCIA_PAGE_TIMES)."""

    def write(self, lines):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        path = Path(folder.name) / "page_times.tsv"
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        return path

    @staticmethod
    def line(case, file, total, trial=True, outcome="read"):
        passes = ["0.01", "0.05"] + (["0.00"] if trial else []) + ["0.00", f"{total - 0.1:.3f}"] + \
            ["0.00"] * 5
        return "\t".join([case, file, "1", "3.9", f"{total:.3f}"] + passes + ["1", "0.90", outcome])

    def test_median_p99_and_max(self):
        lines = [self.line("case-0001", f"p{i}.png", 0.5) for i in range(99)]
        lines.append(self.line("case-0001", "slow.jpg", 2.0, outcome="page too dark"))
        rows = evaluate.load_page_times(self.write(lines))
        self.assertEqual(len(rows), 100)
        truths = [{"case_id": "case-0001", "documents": [
            {"file": "slow.jpg", "page": 1, "degradations": ["phone_photo"]}]}]
        summary = evaluate.page_time_summary(rows, truths)
        overall = summary["overall"]
        self.assertAlmostEqual(overall["median_s"], 0.5)
        self.assertAlmostEqual(overall["max_s"], 2.0)
        self.assertAlmostEqual(overall["p99_s"], 0.5 + 1.5 * 0.01)  # between the 99th and 100th
        self.assertEqual(summary["over_bound"], 1)
        self.assertEqual(summary["slowest"][0]["file"], "slow.jpg")
        self.assertEqual(summary["slowest"][0]["kinds"], ["phone_photo"])
        self.assertEqual(summary["by_degradation"]["phone_photo"]["pages"], 1)
        text = evaluate.render_page_times(summary)
        self.assertIn("median 0.50, p99 0.52, max 2.00 (4.0x the median", text)

    def test_older_lines_without_the_trial_column_are_read(self):
        rows = evaluate.load_page_times(self.write([self.line("c", "a.png", 0.4, trial=False),
                                                    "not a page line"]))
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0]["trial_read"], 0.0)
        self.assertAlmostEqual(rows[0]["first_read"], 0.3)

    def test_no_file_no_figures(self):
        self.assertEqual(evaluate.load_page_times(None), [])
        self.assertIsNone(evaluate.page_time_summary([], []))
