#!/usr/bin/python3
"""Throughput of `presencia batch` on a generated corpus; prints figures, asserts nothing.

  tools/bench/batch_bench.py [--bin build/presencia] [--cases 40] [--min-pages 200]
                             [--seed 2026] [--work /tmp/presencia-bench] [--jobs N]
                             [--install] [--skip-ocrmypdf] [--skip-tesseract]

Figures (the issue's targets in brackets):
  pages/s with --jobs 1 and with --jobs N (all cores); scaling efficiency
  t1 / (N * tN) [>= 85%]; our seconds per OCR'd page with one job over raw
  `tesseract IMG - -l spa+eng` on the same page images [<= 1.1x]; ours
  against `ocrmypdf --sidecar -j N` on the same PDFs [faster]; a re-run
  with a warm OCR cache [>= 50x faster than the first]; the resume no-op;
  peak RSS per worker (/usr/bin/time -v); the commit.

Everything runs with OMP_THREAD_LIMIT=1 (as presencia sets for itself), so
raw tesseract is measured single-threaded, like one of our workers. Run it
on a quiet machine: other load distorts every figure. --install installs
ocrmypdf, poppler-utils and time with apt-get (never done otherwise).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"}
MIN_TEXT_LAYER_LETTERS = 40  # load::LoadOptions::min_text_layer_chars
PDF_DPI = 300  # load::LoadOptions::pdf_dpi


def run(cmd, env=None, check=True, capture=True):
    return subprocess.run(cmd, env=env, check=check, text=True,
                          stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                          stderr=subprocess.PIPE if capture else subprocess.DEVNULL)


def timed(cmd, env=None, ok=(0,)):
    """Wall seconds and peak RSS (KiB) of a command, through /usr/bin/time -v."""
    start = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, env=env, text=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - start
    if p.returncode not in ok:
        sys.exit(f"failed ({p.returncode}): {' '.join(map(str, cmd))}\n{p.stderr[-2000:]}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    return wall, int(rss.group(1)) if rss else 0


def generate(work, cases, seed):
    corpus = work / f"corpus-{cases}-{seed}"
    if not (corpus / ".complete").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        run([sys.executable, str(REPO / "tools/gen_corpus.py"), "--out", str(corpus),
             "--cases", str(cases), "--seed", str(seed)], capture=False)
        (corpus / ".complete").write_text("")
    return corpus


def pdf_pages(pdf):
    out = run(["pdfinfo", str(pdf)], check=False).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else 0


def has_text_layer(pdf, page):
    text = run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], check=False).stdout
    return sum(c.isalpha() for c in text) >= MIN_TEXT_LAYER_LETTERS


def inventory(cases_dir):
    """(all pages, page images presencia OCRs: [(path, page or None)], PDFs)."""
    total, ocr_pages, pdfs = 0, [], []
    for f in sorted(p for p in cases_dir.rglob("*") if p.is_file() and p.name != "case.json"):
        suffix = f.suffix.lower()
        if suffix == ".pdf":
            pdfs.append(f)
            n = pdf_pages(f)
            total += n
            ocr_pages += [(f, i) for i in range(1, n + 1) if not has_text_layer(f, i)]
        elif suffix in IMAGE_SUFFIXES:
            total += 1
            ocr_pages.append((f, None))
    return total, ocr_pages, pdfs


def export_images(ocr_pages, dest):
    """The page images raw tesseract reads: images as they are, PDF pages at our dpi."""
    dest.mkdir(parents=True, exist_ok=True)
    images = []
    for i, (f, page) in enumerate(ocr_pages):
        if page is None:
            images.append(f)
            continue
        prefix = dest / f"p{i:05d}"
        run(["pdftoppm", "-r", str(PDF_DPI), "-gray", "-png", "-singlefile", "-f", str(page),
             "-l", str(page), str(f), str(prefix)])
        images.append(prefix.with_suffix(".png"))
    return images


def batch(binary, root, out, jobs, env, cache=None, fresh=True):
    """A batch run; `fresh` starts from an empty --out (else it resumes)."""
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
    cmd = [str(binary), "batch", str(root), "--out", str(out), "--jobs", str(jobs), "--quiet"]
    cmd += ["--cache", str(cache)] if cache else ["--no-cache"]
    return timed(cmd, env=env, ok=(0, 2))


def pdf_only_root(corpus_cases, pdfs, dest):
    """The cases with only their PDFs: what ocrmypdf can read."""
    shutil.rmtree(dest, ignore_errors=True)
    for pdf in pdfs:
        case = dest / pdf.parent.relative_to(corpus_cases)
        case.mkdir(parents=True, exist_ok=True)
        if not (case / "case.json").exists():
            shutil.copy(pdf.parent / "case.json", case / "case.json")
        os.link(pdf, case / pdf.name)
    return dest


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=str(REPO / "build/presencia"))
    ap.add_argument("--cases", type=int, default=40)
    ap.add_argument("--min-pages", type=int, default=200)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--work", default="/tmp/presencia-bench")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="all cores")
    ap.add_argument("--install", action="store_true", help="apt-get install ocrmypdf, time")
    ap.add_argument("--skip-ocrmypdf", action="store_true")
    ap.add_argument("--skip-tesseract", action="store_true")
    args = ap.parse_args()

    if args.install:
        run(["apt-get", "install", "-y", "--no-install-recommends", "ocrmypdf", "time",
             "poppler-utils"], capture=False)
    for tool in ("/usr/bin/time", "pdfinfo", "pdftoppm", "pdftotext", "tesseract"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: apt-get install time poppler-utils tesseract-ocr "
                     "(or run with --install)")
    binary = Path(args.bin).resolve()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    n = args.jobs

    cases = args.cases
    while True:
        corpus = generate(work, cases, args.seed)
        total, ocr_pages, pdfs = inventory(corpus / "cases")
        if total >= args.min_pages:
            break
        cases = int(cases * args.min_pages / max(total, 1)) + 1
    root = corpus / "cases"
    commit = run(["git", "-C", str(REPO), "describe", "--always", "--dirty"], check=False).stdout.strip()
    print(f"commit          {commit}")
    print(f"cores           {os.cpu_count()} (all-cores runs use --jobs {n})")
    print(f"corpus          {cases} cases, seed {args.seed}: {total} pages, "
          f"{len(ocr_pages)} needing OCR, {len(pdfs)} PDFs")

    t1, _ = batch(binary, root, work / "out-j1", 1, env)
    cache = work / "ocr-cache.sqlite"
    for f in work.glob("ocr-cache.sqlite*"):
        f.unlink()
    tn, rss = batch(binary, root, work / "out-jn", n, env, cache=cache)
    print(f"first run -j1   {t1:8.1f} s  {total / t1:6.2f} pages/s")
    print(f"first run -j{n:<3}{tn:8.1f} s  {total / tn:6.2f} pages/s   (cache being filled)")
    print(f"scaling 1->{n:<4} {t1 / tn:8.2f}x  efficiency {100 * t1 / (n * tn):5.1f}%   [target >= 85%]")
    print(f"peak RSS        {rss / 1024:8.0f} MiB total, {rss / 1024 / n:.0f} MiB per worker (-j{n})")

    tc, _ = batch(binary, root, work / "out-cached", n, env, cache=cache)
    print(f"cached re-run   {tc:8.2f} s  {tn / tc:6.1f}x faster than the first   [target >= 50x]")
    tr, _ = batch(binary, root, work / "out-cached", n, env, cache=cache, fresh=False)
    print(f"resume no-op    {tr:8.2f} s  (every case unchanged, skipped)")

    if not args.skip_tesseract and ocr_pages:
        images = export_images(ocr_pages, work / f"pages-{cases}-{args.seed}")
        start = time.monotonic()
        for img in images:
            # The corpus holds deliberately broken files (a truncated JPEG):
            # tesseract refuses them, as presencia flags them.
            run(["tesseract", str(img), "-", "-l", "spa+eng"], env=env, check=False)
        tt = time.monotonic() - start
        ours = t1 / len(ocr_pages)  # all our time charged to the pages we OCR
        raw = tt / len(images)
        print(f"raw tesseract   {raw:8.2f} s/page  ours -j1 {ours:.2f} s/page  ratio "
              f"{ours / raw:.2f}x   [target <= 1.1x]")

    if args.skip_ocrmypdf or not pdfs:
        pass
    elif not shutil.which("ocrmypdf"):
        print("ocrmypdf        not installed (run with --install)")
    else:
        pdf_root = pdf_only_root(root, pdfs, work / "pdf-only")
        pdf_page_count = sum(pdf_pages(p) for p in pdfs)
        to, _ = batch(binary, pdf_root, work / "out-pdf", n, env)
        start = time.monotonic()
        failed = 0
        for pdf in pdfs:
            p = run(["ocrmypdf", "--sidecar", str(work / "sidecar.txt"), "-j", str(n), "-l",
                     "spa+eng", "--skip-text", "-q", str(pdf), str(work / "ocrmypdf-out.pdf")],
                    env=env, check=False)
            failed += p.returncode != 0
        tm = time.monotonic() - start
        if failed:
            print(f"ocrmypdf        failed on {failed} of {len(pdfs)} PDFs (timing includes them)")
        print(f"ocrmypdf -j{n:<3} {tm:8.1f} s  ours {to:.1f} s on the same {len(pdfs)} PDFs "
              f"({pdf_page_count} pages): {tm / to:.2f}x   [target: ours faster]")


if __name__ == "__main__":
    main()
