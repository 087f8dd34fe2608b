"""presencia serve as a volunteer uses it: the real binary, headless Chromium.

Starts `presencia serve ROOT --port 0`, reads the address it prints, then
checks the guards with plain HTTP (token, Host, Origin, traversal) and drives
Chromium to create a case, upload the sample documents and read the verdict
off the page. PRESENCIA_BIN picks the binary (default build/presencia);
PRESENCIA_SCREENSHOTS=DIR keeps screenshots of every page at 1280 and 390 px.
"""

import http.client
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import unittest
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("PRESENCIA_BIN", REPO / "build" / "presencia"))
SAMPLE = REPO / "samples" / "cases" / "maria-lopez-complete"
GAP_SAMPLE = REPO / "samples" / "cases" / "ahmed-benali-gap"
CHROMEDRIVER = "/usr/bin/chromedriver"


def text_pages(folder, count):
    """count A4 scans of plain prose, each different (no name, no date)."""
    from PIL import Image, ImageDraw, ImageFont
    folder.mkdir(parents=True, exist_ok=True)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 26)
    words = ("el servicio municipal atiende las consultas de la ciudadanía en horario de "
             "mañana y tarde según la disponibilidad del personal").split()
    pages = []
    for n in range(count):
        page = Image.new("L", (1654, 2339), 255)
        draw = ImageDraw.Draw(page)
        for line in range(45):
            text = " ".join(words[(line * 7 + n * 3 + k) % len(words)] for k in range(11))
            draw.text((120, 120 + line * 48), text, fill=0, font=font)
        path = folder / f"folleto {n + 1}.png"
        page.save(path)
        pages.append(path)
    return pages


class Server:
    """One `presencia serve` process on a fresh ROOT."""

    def __init__(self, root, cache):
        self.proc = subprocess.Popen(
            [str(BIN), "serve", str(root), "--port", "0", "--cache", str(cache), "-j", "2"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 30
        self.url = None
        while time.time() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            if line.startswith("http://127.0.0.1:"):
                self.url = line.strip()
                break
        if not self.url:
            self.stop()
            raise RuntimeError("presencia serve printed no address: " + self.proc.stderr.read())
        parts = urllib.parse.urlsplit(self.url)
        self.port = parts.port
        self.token = urllib.parse.parse_qs(parts.query)["token"][0]

    def request(self, method, path, body=None, headers=None, token=True):
        headers = dict(headers or {})
        headers.setdefault("Host", f"127.0.0.1:{self.port}")
        if token:
            headers.setdefault("Cookie", f"presencia_{self.port}={self.token}")
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        conn.close()
        return resp.status, dict(resp.getheaders()), data

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc.stdout.close()
        self.proc.stderr.close()


def multipart(files):
    boundary = "presenciatestboundary"
    body = b""
    for name, content in files:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; "
                 f"filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").encode()
        body += content + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


@unittest.skipUnless(BIN.exists(), f"{BIN} is not built (tools/build.sh)")
class ServeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = Path(tempfile.mkdtemp(prefix="presencia-serve-"))
        cls.root = cls.tmp / "root"
        cls.root.mkdir()
        (cls.tmp / "outside").mkdir()
        (cls.tmp / "outside" / "secret.txt").write_text("secret")
        case = cls.root / "existing"
        case.mkdir()
        (case / "case.json").write_text(json.dumps(
            {"applicant": "Ana Prueba", "submission_date": "2026-06-15"}))
        cls.server = Server(cls.root, cls.tmp / "ocr.sqlite")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    # --- the guards, with plain HTTP -------------------------------------

    def test_no_token_is_refused(self):
        for path in ["/", "/case/existing", "/case/existing/report", "/app.js"]:
            status, _, _ = self.server.request("GET", path, token=False)
            self.assertEqual(status, 401, path)

    def test_wrong_token_is_refused(self):
        status, _, _ = self.server.request("GET", "/?token=" + "0" * 64, token=False)
        self.assertEqual(status, 403)
        status, _, _ = self.server.request(
            "GET", "/", token=False, headers={"Cookie": f"presencia_{self.server.port}=" + "0" * 64})
        self.assertEqual(status, 401)

    def test_token_in_address_sets_a_strict_cookie_and_leaves_the_address(self):
        status, headers, _ = self.server.request("GET", "/?token=" + self.server.token, token=False)
        self.assertEqual(status, 303)
        self.assertNotIn("token", headers["Location"])
        cookie = headers["Set-Cookie"]
        self.assertIn("HttpOnly", cookie)
        self.assertIn("SameSite=Strict", cookie)

    def test_pages_carry_security_headers(self):
        status, headers, _ = self.server.request("GET", "/")
        self.assertEqual(status, 200)
        self.assertIn("default-src 'none'", headers["Content-Security-Policy"])
        self.assertEqual(headers["X-Content-Type-Options"], "nosniff")
        self.assertEqual(headers["Referrer-Policy"], "same-origin")
        self.assertEqual(headers["Cache-Control"], "no-store")

    def test_other_host_is_refused(self):
        for host in ["evil.example:%d" % self.server.port, "127.0.0.1:1", "localhost"]:
            status, _, _ = self.server.request("GET", "/", headers={"Host": host})
            self.assertEqual(status, 403, host)

    def test_cross_site_post_is_refused(self):
        body = urllib.parse.urlencode({"applicant": "X", "submission_date": "2026-06-15"})
        before = sorted(p.name for p in self.root.iterdir())
        for headers in [{"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"},
                        {"Origin": "null"}]:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            status, _, _ = self.server.request("POST", "/cases", body=body, headers=headers)
            self.assertEqual(status, 403, headers)
        self.assertEqual(sorted(p.name for p in self.root.iterdir()), before)
        self.assertFalse((self.root / "x").exists())

    def test_traversal_in_urls_is_refused(self):
        for path in ["/case/..%2Foutside/report", "/case/%2E%2E/status", "/case/.presencia/report",
                     "/case/..%2F..%2Fetc/status", "/../outside/secret.txt", "/case/.presencia-trash"]:
            status, _, data = self.server.request("GET", path)
            self.assertIn(status, (400, 404), path)
            self.assertNotIn(b"secret", data)

    def test_symlink_out_of_root_is_not_a_case(self):
        link = self.root / "escape"
        link.symlink_to(self.tmp / "outside")
        try:
            status, _, _ = self.server.request("GET", "/case/escape")
            self.assertEqual(status, 404)
            body, headers = multipart([("x.pdf", b"%PDF-1.4")])
            status, _, _ = self.server.request("POST", "/case/escape/upload", body=body, headers=headers)
            self.assertEqual(status, 404)
            self.assertEqual(sorted(p.name for p in (self.tmp / "outside").iterdir()), ["secret.txt"])
        finally:
            link.unlink()

    def test_upload_names_are_cleaned_and_never_overwrite(self):
        case = self.root / "existing"
        body, headers = multipart([("../../outside/evil.pdf", b"one"), ("case.json", b"{}"),
                                   ("../evil.pdf", b"two")])
        status, _, data = self.server.request("POST", "/case/existing/upload", body=body, headers=headers)
        self.assertEqual(status, 200)
        result = json.loads(data)
        self.assertEqual(result["saved"], ["evil.pdf", "evil (2).pdf"])
        self.assertEqual(result["refused"], ["case.json"])
        self.assertEqual((case / "evil.pdf").read_bytes(), b"one")
        self.assertEqual((case / "evil (2).pdf").read_bytes(), b"two")
        self.assertEqual(oct((case / "evil.pdf").stat().st_mode & 0o777), "0o600")
        self.assertFalse((self.tmp / "outside" / "evil.pdf").exists())
        self.assertEqual(json.loads((case / "case.json").read_text())["applicant"], "Ana Prueba")
        # Removing moves to the trash inside ROOT, never deletes.
        status, _, _ = self.server.request(
            "POST", "/case/existing/remove", body="file=evil.pdf",
            headers={"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(status, 303)
        self.assertFalse((case / "evil.pdf").exists())
        self.assertEqual((self.root / ".presencia-trash" / "existing" / "evil.pdf").read_bytes(), b"one")
        for bad in ["../existing/case.json", "case.json", "..", "nothing.pdf"]:
            status, _, _ = self.server.request(
                "POST", "/case/existing/remove", body=urllib.parse.urlencode({"file": bad}),
                headers={"Content-Type": "application/x-www-form-urlencoded"})
            self.assertEqual(status, 400, bad)
        self.assertTrue((case / "case.json").exists())

    # --- the forms, as a volunteer fills them (issue 17, points 4 and 5) --

    def post_form(self, fields):
        return self.server.request(
            "POST", "/cases", body=urllib.parse.urlencode(fields),
            headers={"Content-Type": "application/x-www-form-urlencoded"})

    def test_refused_form_keeps_what_was_typed_and_says_what_is_wrong(self):
        status, _, data = self.post_form({"applicant": "Rosa Tipeada Nueva",
                                          "submission_date": "31/06/2026", "nie": "X1234567L"})
        self.assertEqual(status, 400)
        page = data.decode()
        self.assertIn("junio tiene 30 días", page)
        self.assertIn('value="Rosa Tipeada Nueva"', page)
        self.assertIn('value="31/06/2026"', page)
        self.assertIn('value="X1234567L"', page)
        status, _, data = self.post_form({"applicant": "Rosa Tipeada Nueva",
                                          "submission_date": "15/13/2026"})
        self.assertIn("el mes va del 1 al 12", data.decode())
        status, _, data = self.post_form({"applicant": "Rosa Tipeada Nueva",
                                          "submission_date": "15 junio"})
        self.assertIn("día/mes/año", data.decode())
        self.assertFalse(any("rosa" in p.name for p in self.root.iterdir()))

    def test_form_accepts_day_month_year(self):
        status, headers, _ = self.post_form({"applicant": "Luis Fecha Escrita",
                                             "submission_date": "15/06/2026",
                                             "birth_date": "3-2-1990"})
        self.assertEqual(status, 303)
        folder = headers["Location"].rsplit("/", 1)[1]
        info = json.loads((self.root / folder / "case.json").read_text())
        self.assertEqual(info["submission_date"], "2026-06-15")
        self.assertEqual(info["birth_date"], "1990-02-03")

    def test_form_lists_household_members(self):
        status, headers, _ = self.post_form({
            "applicant": "Ahmed Familia Haddad", "submission_date": "15/06/2026",
            "members": "Fatima Zahra Mansour; spouse; 02/04/1988\r\nYasmin Familia Zahra; child; 10/09/2015\r\n"})
        self.assertEqual(status, 303)
        folder = headers["Location"].rsplit("/", 1)[1]
        info = json.loads((self.root / folder / "case.json").read_text())
        self.assertEqual([m["relation"] for m in info["members"]], ["applicant", "spouse", "child"])
        self.assertEqual(info["members"][2]["birth_date"], "2015-09-10")
        status, _, data = self.post_form({
            "applicant": "Omar Otra Familia", "submission_date": "15/06/2026",
            "members": "Lina Otra Familia; wife"})
        self.assertEqual(status, 400)
        self.assertIn("is not one of applicant, spouse", data.decode())
        self.assertIn("Lina Otra Familia; wife", data.decode())

    def test_same_person_twice_is_asked_once(self):
        fields = {"applicant": "ana  PRUEBA", "submission_date": "2026-06-15"}
        status, _, data = self.post_form(fields)
        self.assertEqual(status, 409)
        page = data.decode()
        self.assertIn("Ya hay un expediente de Ana Prueba", page)
        self.assertIn('name="same_person_ok"', page)
        self.assertIn('value="ana  PRUEBA"', page)
        status, headers, _ = self.post_form(dict(fields, same_person_ok="1"))
        self.assertEqual(status, 303)
        shutil.rmtree(self.root / headers["Location"].rsplit("/", 1)[1])

    def test_case_page_warns_of_a_date_outside_the_application_period(self):
        status, headers, _ = self.post_form({"applicant": "Olga Fuera Plazo",
                                             "submission_date": "10/07/2026"})
        self.assertEqual(status, 303)
        folder = headers["Location"].rsplit("/", 1)[1]
        _, _, data = self.server.request("GET", "/case/" + folder)
        self.assertIn("la fecha de presentación está fuera del plazo de solicitud", data.decode())
        _, _, data = self.server.request("GET", "/case/existing")
        self.assertNotIn("la fecha de presentación está fuera del plazo", data.decode())

    def test_a_similar_name_is_taken_for_the_same_person(self):
        """Issue 17, point 8: a slip, another order or a name left out is still Ana Prueba."""
        for typed in ["Ana Pruebas", "prueba ana", "Ana María Prueba"]:
            status, _, data = self.post_form({"applicant": typed, "submission_date": "2026-06-15"})
            self.assertEqual(status, 409, typed)
            self.assertIn("Ya hay un expediente de Ana Prueba", data.decode())
        status, headers, _ = self.post_form({"applicant": "Ana Gómez Otra",
                                             "submission_date": "2026-06-15"})
        self.assertEqual(status, 303)
        shutil.rmtree(self.root / headers["Location"].rsplit("/", 1)[1])

    def test_name_and_dates_are_corrected_through_the_same_checks(self):
        """Issue 17, point 8: case.json is corrected from the case page, checked as a new case."""
        status, headers, _ = self.post_form({"applicant": "Teresa Mal Escrita",
                                             "submission_date": "15/06/2026", "nie": "Y7654321Z"})
        self.assertEqual(status, 303)
        folder = headers["Location"].rsplit("/", 1)[1]
        case_json = self.root / folder / "case.json"
        info = json.loads(case_json.read_text())
        info["passport"] = "PA1234567"  # a field the form does not show is kept
        case_json.write_text(json.dumps(info))
        _, _, data = self.server.request("GET", "/case/" + folder)
        page = data.decode()
        self.assertIn(f'action="/case/{folder}/edit"', page)
        self.assertIn('value="15/06/2026"', page)

        def edit(fields):
            return self.server.request(
                "POST", f"/case/{folder}/edit", body=urllib.parse.urlencode(fields),
                headers={"Content-Type": "application/x-www-form-urlencoded"})

        status, _, data = edit({"applicant": "Teresa Bien Escrita",
                                "submission_date": "31/06/2026"})
        self.assertEqual(status, 400)
        page = data.decode()
        self.assertIn("junio tiene 30 días", page)
        self.assertIn('value="Teresa Bien Escrita"', page)
        self.assertEqual(json.loads(case_json.read_text()), info)
        status, _, data = edit({"applicant": "T", "submission_date": "20/06/2026"})
        self.assertEqual(status, 400)
        self.assertIn("Escriba el nombre completo", data.decode())
        # Corrected into another case's person: asked first.
        status, _, data = edit({"applicant": "Ana Prueba", "submission_date": "20/06/2026"})
        self.assertEqual(status, 409)
        self.assertIn("Ya hay otro expediente de Ana Prueba", data.decode())
        status, headers, _ = edit({"applicant": "Teresa Bien Escrita",
                                   "submission_date": "20/06/2026", "birth_date": "1/2/1990"})
        self.assertEqual(status, 303)
        self.assertEqual(headers["Location"], "/case/" + folder)
        self.assertEqual(json.loads(case_json.read_text()),
                         {"applicant": "Teresa Bien Escrita", "submission_date": "2026-06-20",
                          "birth_date": "1990-02-01", "passport": "PA1234567"})
        _, _, data = self.server.request("GET", "/case/" + folder)
        self.assertIn("<h1>Teresa Bien Escrita</h1>", data.decode())
        shutil.rmtree(self.root / folder)

    def test_upload_problems_name_each_file(self):
        body, headers = multipart([("vacio.jpg", b""), ("bueno.pdf", b"%PDF-1.4 x"),
                                   ("carta.docx", b"PK\x03\x04 word")])
        status, _, data = self.server.request("POST", "/case/existing/upload", body=body,
                                              headers=headers)
        self.assertEqual(status, 200)
        result = json.loads(data)
        self.assertEqual(result["saved"], ["bueno.pdf"])
        self.assertEqual(sorted(result["refused"]), ["carta.docx", "vacio.jpg"])
        why = {p["file"]: p["why"] for p in result["problems"]}
        self.assertIn("«vacio.jpg» está vacío (0 bytes)", why["vacio.jpg"])
        self.assertIn("«carta.docx» es un documento de Word", why["carta.docx"])
        self.assertIn("PDF", why["carta.docx"])
        self.assertFalse((self.root / "existing" / "carta.docx").exists())
        # Alone, an empty file is a 400 that still names it.
        body, headers = multipart([("solo.png", b"")])
        status, _, data = self.server.request("POST", "/case/existing/upload", body=body,
                                              headers=headers)
        self.assertEqual(status, 400)
        self.assertIn("solo.png", json.loads(data)["problems"][0]["why"])
        (self.root / "existing" / "bueno.pdf").unlink()



@unittest.skipUnless(BIN.exists(), f"{BIN} is not built (tools/build.sh)")
class StartupTest(unittest.TestCase):
    """Issue 17, point 9: case folders that exist when the server starts."""

    def test_existing_cases_are_audited_in_the_background(self):
        tmp = Path(tempfile.mkdtemp(prefix="presencia-startup-"))
        try:
            root = tmp / "root"
            (root / "previa").mkdir(parents=True)
            shutil.copy(SAMPLE / "case.json", root / "previa")
            shutil.copy(SAMPLE / "scan0003.png", root / "previa")
            (root / "vacia").mkdir()
            (root / "vacia" / "case.json").write_text(json.dumps(
                {"applicant": "Vacía Sin Papeles", "submission_date": "2026-06-15"}))
            server = Server(root, tmp / "ocr.sqlite")
            try:
                # Never "Sin revisar", and the home page answers at once while
                # the audits run: no case page is ever opened here.
                deadline = time.time() + 120
                while True:
                    status, _, data = server.request("GET", "/")
                    self.assertEqual(status, 200)
                    page = data.decode()
                    self.assertNotIn("Sin revisar", page)
                    # A row still being audited polls its status (data-status);
                    # the badge words of every state are always in the page.
                    if "data-status=" not in page or time.time() > deadline:
                        break
                    time.sleep(0.5)
                self.assertNotIn("data-status=", page, "start-up audits still running after 120 s")
                self.assertIn("Todavía no hay documentos", page)
                self.assertRegex(page, "Falta documentación|Listo para presentar")
                self.assertTrue((root / ".presencia" / "previa" / "summary.json").exists())
            finally:
                server.stop()
            # A case unchanged since its last audit is not read again at start-up.
            server = Server(root, tmp / "ocr.sqlite")
            try:
                _, _, data = server.request("GET", "/case/previa/status")
                self.assertEqual(json.loads(data)["state"], "idle")
            finally:
                server.stop()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def chromium_driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for arg in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=es"]:
        options.add_argument(arg)
    options.add_argument("--user-data-dir=" + tempfile.mkdtemp(prefix="presencia-chromium-"))
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def have_browser():
    try:
        import selenium  # noqa: F401
    except ImportError:
        return False
    return os.path.exists(CHROMEDRIVER) and shutil.which("chromium") is not None


@unittest.skipUnless(BIN.exists(), f"{BIN} is not built (tools/build.sh)")
@unittest.skipUnless(have_browser(), "chromium, chromium-driver or python3-selenium missing "
                                     "(sh tools/install-deps.sh installs them)")
class BrowserTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="presencia-browser-"))
        (self.tmp / "root").mkdir()
        self.server = Server(self.tmp / "root", self.tmp / "ocr.sqlite")
        self.driver = chromium_driver()
        self.shots = os.environ.get("PRESENCIA_SCREENSHOTS")

    def tearDown(self):
        self.driver.quit()
        self.server.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def shoot(self, name):
        if not self.shots:
            return
        Path(self.shots).mkdir(parents=True, exist_ok=True)
        for width, height in [(1280, 900), (390, 844)]:
            self.driver.set_window_size(width, height)
            time.sleep(0.3)
            self.driver.get_screenshot_as_file(f"{self.shots}/{name}-{width}.png")
        self.driver.set_window_size(1280, 900)

    def test_volunteer_creates_a_case_uploads_and_reads_the_verdict(self):
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions as EC
        from selenium.webdriver.support.ui import WebDriverWait
        d = self.driver
        d.set_window_size(1280, 900)
        d.get(self.server.url)
        self.assertNotIn("token", d.current_url)  # the token left the address bar
        self.assertIn("Expedientes", d.find_element(By.TAG_NAME, "h1").text)
        self.shoot("home-empty")
        d.find_element(By.CSS_SELECTOR, "details summary").click()
        info = json.loads((SAMPLE / "case.json").read_text())
        d.find_element(By.NAME, "applicant").send_keys(info["applicant"])
        for field in ["submission_date", "birth_date"]:
            d.execute_script("arguments[0].value = arguments[1]", d.find_element(By.NAME, field),
                             info[field])
        d.find_element(By.NAME, "nie").send_keys(info["nie"])
        self.shoot("home-new-case")
        d.find_element(By.CSS_SELECTOR, "form.form button[type=submit]").click()
        WebDriverWait(d, 10).until(EC.presence_of_element_located((By.ID, "drop")))
        self.assertIn("/case/maria-fernanda-lopez-quispe", d.current_url)
        self.shoot("case-empty")
        picker = d.find_element(By.ID, "files")
        d.execute_script("arguments[0].hidden = false", picker)
        docs = sorted(str(p) for p in SAMPLE.iterdir() if p.name != "case.json")
        # The sample's few scans are read in about a second: a pile of other
        # papers (no name, no date: they change no verdict) gives the page
        # time to show its progress on any machine.
        more = [str(p) for p in text_pages(self.tmp / "more", 8)]
        picker.send_keys("\n".join(docs + more))
        # Issue 17, point 1: while the pages are read, the page says which one
        # and for how long, and that line moves: it never looks stuck.
        reading = []
        deadline = time.time() + 150
        while time.time() < deadline:
            try:
                if "Listo para presentar" in d.find_element(By.ID, "verdict").text:
                    break
                line = d.find_element(By.ID, "progress-text").text
            except Exception:  # the page reloads when the audit ends
                continue
            if re.fullmatch(r"Leyendo los documentos: página \d+ de \d+ \(\d+ s\)", line):
                reading.append(line)
            time.sleep(0.4)
        self.assertTrue(reading, "no 'página N de M (S s)' line while the pages were read")
        self.assertGreater(len(set(reading)), 1, reading)
        WebDriverWait(d, 10, poll_frequency=0.5).until(
            lambda drv: "Listo para presentar" in drv.find_element(By.ID, "verdict").text)
        verdict = d.find_element(By.ID, "verdict").text
        self.assertIn("ningún hueco", verdict)
        names = [e.text for e in d.find_elements(By.CSS_SELECTOR, ".files .fname")]
        self.assertEqual(len(names), len(docs) + len(more))
        # Issue 17, point 6: each file's verdict in the list, the report at its full height.
        self.assertEqual(len(d.find_elements(By.CSS_SELECTOR, ".files .doc.ok .mark")), len(docs))
        whys = [e.text for e in d.find_elements(By.CSS_SELECTOR, ".files .doc.ok .why")]
        self.assertTrue(whys and all(w.startswith("Cuenta como prueba") for w in whys), whys)
        self.assertEqual(len(d.find_elements(By.CSS_SELECTOR, ".files .doc:not(.ok) .why")),
                         len(more))
        WebDriverWait(d, 10).until(lambda drv: drv.execute_script(
            "var f = document.getElementById('report');"
            "return f.contentDocument.documentElement.scrollHeight <= f.clientHeight + 2"
            " && f.clientHeight > 1500;"))
        d.switch_to.frame(d.find_element(By.ID, "report"))
        self.assertIn("listo para presentar", d.find_element(By.TAG_NAME, "body").text.lower())
        d.switch_to.default_content()
        self.shoot("case-report")
        d.get(self.server.url.split("?")[0])
        self.assertIn("Listo para presentar", d.find_element(By.CSS_SELECTOR, ".cases").text)
        self.shoot("home-cases")
        d.get(self.server.url.split("?")[0] + "?lang=en")
        self.assertIn("Ready to submit", d.find_element(By.CSS_SELECTOR, ".cases").text)
        self.shoot("home-en")
        # The English page gives each file's reason in English, not report.json's Spanish.
        d.get(self.server.url.split("?")[0] + "case/maria-fernanda-lopez-quispe?lang=en")
        reasons = [e.text for e in d.find_elements(By.CSS_SELECTOR, ".files .doc .why")]
        self.assertGreaterEqual(len(reasons), len(docs) + len(more))
        self.assertTrue(all(r.startswith(("Counts as evidence", "Does not count"))
                            for r in reasons), reasons)
        self.assertEqual(sum(r.startswith("Does not count") for r in reasons), len(more))
        self.shoot("case-en")

    def test_red_case_and_new_case_are_read_plainly(self):
        """Issue 17: a red case never says "completo" in green; a new case is not an error."""
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
        d = self.driver
        root = self.tmp / "root"
        shutil.copytree(GAP_SAMPLE, root / "ahmed")
        (root / "nuevo").mkdir()
        (root / "nuevo" / "case.json").write_text(json.dumps(
            {"applicant": "Nueva Persona", "submission_date": "2026-06-15"}))
        base = self.server.url.split("?")[0]
        d.set_window_size(1280, 900)
        d.get(self.server.url)
        d.get(base + "case/nuevo")
        WebDriverWait(d, 30, poll_frequency=0.5).until(
            lambda drv: "Todavía no hay documentos" in drv.find_element(By.ID, "verdict").text)
        verdict = d.find_element(By.ID, "verdict")
        self.assertNotIn("huecos", verdict.text)
        self.assertIn("nodocs", verdict.get_attribute("class"))
        d.switch_to.frame(d.find_element(By.ID, "report"))
        body = d.find_element(By.TAG_NAME, "body").text
        self.assertIn("Todavía no hay documentos", body)
        self.assertNotIn("no documents", body)
        self.assertNotIn("Error", body)
        d.switch_to.default_content()
        self.shoot("case-new-no-documents")
        d.get(base + "case/ahmed")
        WebDriverWait(d, 240, poll_frequency=0.5).until(
            lambda drv: "Falta documentación" in drv.find_element(By.ID, "verdict").text)
        bad = d.find_elements(By.CSS_SELECTOR, ".files .doc.bad")
        self.assertTrue(bad)
        self.assertTrue(all(e.find_element(By.CSS_SELECTOR, ".mark").text == "✗" for e in bad))
        self.assertTrue(all("No cuenta" in e.find_element(By.CSS_SELECTOR, ".why").text
                            for e in bad))
        self.shoot("case-red")
        d.get(base + "case/ahmed/report")
        self.assertIn("Falta documentación", d.find_element(By.TAG_NAME, "h1").text)
        when = d.find_element(By.CSS_SELECTOR, "section.when")
        for green in when.find_elements(By.CSS_SELECTOR, ".yes"):
            self.assertNotIn("completo", green.text.lower())
        first = when.find_elements(By.TAG_NAME, "p")[0]
        if "completo" in when.text and "Solo estaría completo" in when.text:
            self.assertIn("NO está completo", first.text)
            self.assertEqual(first.get_attribute("class"), "no")
        self.shoot("report-red")

    def test_home_page_gets_the_start_up_verdicts_in_place(self):
        """Issue 17, point 9: the list shows each background audit's verdict, no reload."""
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
        root = self.tmp / "root2"
        shutil.copytree(SAMPLE, root / "previa")  # pages enough to be still read at first sight
        (root / "vacia").mkdir()
        (root / "vacia" / "case.json").write_text(json.dumps(
            {"applicant": "Vacía Sin Papeles", "submission_date": "2026-06-15"}))
        server = Server(root, self.tmp / "ocr2.sqlite")
        try:
            d = self.driver
            d.set_window_size(1280, 900)
            d.get(server.url)
            self.assertNotIn("Sin revisar", d.find_element(By.CSS_SELECTOR, ".cases").text)
            self.assertTrue(d.find_elements(By.CSS_SELECTOR, ".cases a[data-status]"))
            d.execute_script("window.notReloaded = true")
            WebDriverWait(d, 120, poll_frequency=0.5).until(
                lambda drv: "En revisión" not in drv.find_element(By.CSS_SELECTOR, ".cases").text)
            self.assertTrue(d.execute_script("return window.notReloaded === true"))
            text = d.find_element(By.CSS_SELECTOR, ".cases").text
            self.assertIn("Todavía no hay documentos", text)
            self.assertIn("Listo para presentar", text)
            self.shoot("home-start-up-audits")
        finally:
            server.stop()

    def test_upload_problems_and_refused_form_on_the_page(self):
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
        d = self.driver
        d.set_window_size(390, 844)
        d.get(self.server.url)
        d.find_element(By.CSS_SELECTOR, "details summary").click()
        d.find_element(By.NAME, "applicant").send_keys("Pedro Escribe Fecha")
        d.find_element(By.NAME, "submission_date").send_keys("31/06/2026")
        d.find_element(By.CSS_SELECTOR, "form.form button[type=submit]").click()
        alert = WebDriverWait(d, 10).until(lambda drv: drv.find_element(By.CSS_SELECTOR, "p.error"))
        self.assertIn("junio tiene 30 días", alert.text)
        self.assertEqual(d.find_element(By.NAME, "applicant").get_attribute("value"),
                         "Pedro Escribe Fecha")
        self.shoot("home-form-refused")
        # Issue 17, point 8: a date outside the application period is warned
        # of while it is typed, and the form still sends it (RULES.md).
        date = d.find_element(By.NAME, "submission_date")
        note = d.find_element(By.CSS_SELECTOR, "form.form .period-note")
        self.assertFalse(note.is_displayed())
        date.clear()
        date.send_keys("10/07/2026")
        self.assertTrue(note.is_displayed())
        self.assertIn("fuera del plazo de solicitud", note.text)
        self.assertIn("las normas no lo impiden", note.text)
        self.shoot("home-form-period-warning")
        date.clear()
        date.send_keys("30/06/2026")
        self.assertFalse(note.is_displayed())
        d.find_element(By.CSS_SELECTOR, "form.form button[type=submit]").click()
        WebDriverWait(d, 10).until(lambda drv: drv.find_elements(By.ID, "drop"))
        (self.tmp / "vacio.jpg").write_bytes(b"")
        (self.tmp / "carta.docx").write_bytes(b"PK\x03\x04 word")
        picker = d.find_element(By.ID, "files")
        d.execute_script("arguments[0].hidden = false", picker)
        picker.send_keys(str(self.tmp / "vacio.jpg") + "\n" + str(self.tmp / "carta.docx"))
        problems = WebDriverWait(d, 15).until(
            lambda drv: drv.find_element(By.ID, "upload-problems").is_displayed()
            and drv.find_element(By.ID, "upload-problems"))
        self.assertIn("vacio.jpg", problems.text)
        self.assertIn("carta.docx", problems.text)
        self.assertIn("guárdelo como PDF", problems.text)
        self.shoot("case-upload-problems")


if __name__ == "__main__":
    unittest.main()
