"""One case pipeline: audit, batch, watch and serve decide and refuse alike.

The same case folders (good ones, and each hostile input that once made one
front end say `complete` where `audit` refused, or crash, or hang) go through
all four front ends of the real binary. Each must give the same verdict, or
the same refusal in the same words. PRESENCIA_BIN picks the binary.
"""

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from render_test_pages import write_page_limit_inputs  # noqa: E402
from test_serve import BIN, REPO, Server  # noqa: E402

SAMPLE = REPO / "samples" / "cases" / "maria-lopez-complete"
GOOD_PDF = SAMPLE / "volante empadronamiento.pdf"
MARIA = "María Fernanda López Quispe"
WAITING = json.loads((REPO / "models/messages/es.json").read_text())["serve.watch.waiting"]


def deep(levels):
    return "[" * levels + "]" * levels


# name -> (case.json text, extra files: name -> bytes or a path to copy)
CASES = {
    "good-complete": (None, "sample"),
    "good-one-padron": (json.dumps({"applicant": MARIA, "submission_date": "2026-06-15"}), {}),
    "date-before-cutoff": (json.dumps({"applicant": MARIA, "submission_date": "2025-12-01"}), {}),
    "date-on-cutoff": (json.dumps({"applicant": MARIA, "submission_date": "2025-12-31"}), {}),
    "date-1900": (json.dumps({"applicant": MARIA, "submission_date": "1900-01-01"}), {}),
    "deep-applicant": ('{"applicant": ' + deep(100000) + ', "submission_date": "2026-06-15"}', {}),
    "deep-date": ('{"applicant": "Ana Ruiz", "submission_date": ' + deep(100000) + "}", {}),
    "one-word-name": (json.dumps({"applicant": "María", "submission_date": "2026-06-15"}), {}),
    "zero-width-name": (json.dumps({"applicant": "María\u200b López Quispe",
                                    "submission_date": "2026-06-15"}), {}),
    "rtl-override-name": (json.dumps({"applicant": "María \u202eLópez Quispe",
                                      "submission_date": "2026-06-15"}), {}),
    "case-json-2mb": (json.dumps({"applicant": MARIA, "submission_date": "2026-06-15",
                                  "notes": "x" * (2 << 20)}), {}),
    "bad-json": ('{"applicant": "Ana Ruiz", "submission_date": ', {}),
    # Pages that once ended the process (OpenCV asserting, exit 134), took
    # gigabytes or minutes: each is a flagged page, the padrón still counts.
    "odd-pages": (json.dumps({"applicant": MARIA, "submission_date": "2026-06-15"}), "odd"),
}


def video(path, size=3_100_000_000):
    """A phone export's video: an mp4 header, then a sparse hole (no disk used)."""
    with open(path, "wb") as f:
        f.write(b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41")
        f.truncate(size)


def make_root(root):
    for name, (case_json, extra) in CASES.items():
        folder = root / name
        if extra == "sample":
            shutil.copytree(SAMPLE, folder)
            continue
        folder.mkdir(parents=True)
        (folder / "case.json").write_text(case_json, encoding="utf-8")
        shutil.copy(GOOD_PDF, folder)
        if extra == "odd":
            write_page_limit_inputs(folder)
            video(folder / "VID_20260301_101010.mp4")


def strip(line):
    line = line.strip()
    return line[len("presencia: "):] if line.startswith("presencia: ") else line


def run(args, timeout=300):
    return subprocess.run([str(BIN)] + args, capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, OMP_THREAD_LIMIT="1"))


class Outcomes:
    """What each front end said of each case: ("verdict", v) or ("refused", words)."""

    def __init__(self, tmp, cache):
        self.tmp, self.cache = tmp, cache

    def audit(self, folder):
        report = self.tmp / f"audit-{folder.name}.json"
        r = run(["audit", str(folder), "--json", str(report), "--cache", str(self.cache),
                 "--quiet", "-j", "2"])
        if r.returncode == 3:
            lines = r.stderr.strip().splitlines()
            return ("refused", strip(lines[-1]) if lines else "")
        if r.returncode not in (0, 1, 2):
            return ("failed", f"exit {r.returncode}: {r.stderr.strip()}")
        return ("verdict", json.loads(report.read_text())["verdict"])

    def batch(self, root):
        out = self.tmp / "batch-out"
        r = run(["batch", str(root), "--out", str(out), "--cache", str(self.cache), "--quiet",
                 "--no-html", "-j", "2"], timeout=600)
        if r.returncode not in (0, 2):
            raise AssertionError(f"batch exited {r.returncode}: {r.stderr}")
        outcomes = {}
        with open(out / "summary.csv", newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["verdict"] == "error" and row["error"]:
                    outcomes[row["case"]] = ("refused", row["error"])
                else:
                    outcomes[row["case"]] = ("verdict", row["verdict"])
        return outcomes

    def watch(self, folder):
        report = self.tmp / f"watch-{folder.name}.json"
        proc = subprocess.Popen(
            [str(BIN), "watch", str(folder), "--json", str(report), "--cache", str(self.cache),
             "-j", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        try:
            deadline = time.time() + 300
            while time.time() < deadline:
                line = proc.stdout.readline()
                if not line or WAITING in line:
                    break
        finally:
            proc.terminate()
            _, err = proc.communicate(timeout=30)
        if report.exists():
            return ("verdict", json.loads(report.read_text())["verdict"])
        lines = [l for l in err.splitlines() if l.startswith("presencia: ")]
        return ("refused", strip(lines[-1]) if lines else "")

    def serve(self, root):
        server = Server(root, self.cache)
        outcomes = {}
        try:
            for name in CASES:
                server.request("GET", "/case/" + name)
            for name in CASES:
                deadline = time.time() + 300
                while time.time() < deadline:
                    _, _, body = server.request("GET", f"/case/{name}/status")
                    status = json.loads(body)
                    if status["state"] in ("done", "failed"):
                        break
                    time.sleep(0.2)
                if status["state"] == "failed":
                    outcomes[name] = ("refused", status["error"])
                else:
                    outcomes[name] = ("verdict", status["verdict"])
        finally:
            server.stop()
        return outcomes


@unittest.skipUnless(BIN.exists(), f"{BIN} is not built (tools/build.sh)")
class FrontEndsAgree(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="presencia-front-ends-"))
        root = cls.tmp / "root"
        make_root(root)
        serve_root = cls.tmp / "serve-root"  # made again: a copy would fill the video's hole
        make_root(serve_root)
        outcomes = Outcomes(cls.tmp, cls.tmp / "ocr.sqlite")
        cls.audit = {name: outcomes.audit(root / name) for name in CASES}
        cls.batch = outcomes.batch(root)
        cls.watch = {name: outcomes.watch(root / name) for name in CASES}
        cls.serve = outcomes.serve(serve_root)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_every_front_end_decides_and_refuses_in_the_same_words(self):
        for name in CASES:
            with self.subTest(case=name):
                expected = self.audit[name]
                self.assertNotEqual(expected[0], "failed", expected)
                self.assertEqual(self.batch.get(name), expected, "batch")
                self.assertEqual(self.watch[name], expected, "watch")
                self.assertEqual(self.serve[name], expected, "serve")

    def test_the_hostile_case_files_are_refused_with_a_reason(self):
        for name in CASES:
            if name.startswith("good") or name == "odd-pages":
                continue
            with self.subTest(case=name):
                kind, words = self.audit[name]
                self.assertEqual(kind, "refused")
                self.assertTrue(words.startswith("case.json: "), words)
                self.assertLess(len(words), 300, "one short line, not the file echoed")

    def test_good_cases_are_audited(self):
        self.assertEqual(self.audit["good-complete"], ("verdict", "complete"))
        self.assertEqual(self.audit["good-one-padron"][0], "verdict")

    def test_odd_pages_are_flagged_and_the_good_document_still_counts(self):
        self.assertEqual(self.audit["odd-pages"], self.audit["good-one-padron"])
        report = json.loads((self.tmp / "audit-odd-pages.json").read_text())
        by_file = {}
        for doc in report["documents"]:
            by_file.setdefault(doc["file"], []).append(doc)
        self.assertTrue(by_file[GOOD_PDF.name][0]["counted"])
        for name in ["thin_1x60000.png", "wide_65000x1.png", "thin_page.pdf",
                     "rgba16_9999.png", "VID_20260301_101010.mp4"]:
            with self.subTest(file=name):
                doc = by_file[name][0]
                self.assertFalse(doc["counted"])
                self.assertTrue(doc["flags"], doc)


if __name__ == "__main__":
    unittest.main()
