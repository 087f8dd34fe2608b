#!/usr/bin/python3
"""Worst inputs, measured: what each does to one audit's time and memory.

  tools/bench/robustness.py [--bin build/presencia] [--keep DIR]

Builds one case per hostile input (each beside a good text-layer padrón, so
the case must still count it), audits it with `--no-cache --jobs 1` under
/usr/bin/time, and prints a Markdown table: exit status, how the input was
flagged, wall and CPU seconds, peak memory. The inputs are made here, at run
time (a 3.1 GB video is a sparse file: no disk is used), never checked in.
"""
import argparse
import json
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
from render_test_pages import (dark_blurred_photo, dark_grainy_photo, png_chunk,  # noqa: E402
                               render_certificate, write_page_limit_inputs)

GOOD = REPO / "samples/cases/maria-lopez-complete/volante empadronamiento.pdf"
CASE_JSON = {"applicant": "María Fernanda López Quispe", "submission_date": "2026-06-15"}


def video(path, size=3_100_000_000):
    with open(path, "wb") as f:
        f.write(b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41")
        f.truncate(size)


def compressed_rows(row, count):
    """zlib stream of `count` copies of `row`, made without holding them all."""
    z = zlib.compressobj(9)
    out = [z.compress(row * 64) for _ in range(count // 64)]
    out.append(z.compress(row * (count % 64)))
    out.append(z.flush())
    return b"".join(out)


def rgba16_png(path, side=9999):
    """A real 9999 x 9999 RGBA 16-bit PNG of white: 0.8 MB on disk, 800 MB decoded."""
    row = b"\x00" + b"\xff" * (side * 8)
    ihdr = struct.pack(">IIBBBBB", side, side, 16, 6, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) +
                     png_chunk(b"IDAT", compressed_rows(row, side)) + png_chunk(b"IEND", b""))


def shared_image_pdf(path, side=60000, pages=6):
    """A PDF whose one 60000 x 60000 gray image is drawn on six pages."""
    data = compressed_rows(b"\xff" * side, side)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (4 + i) for i in range(pages)) +
               b"] /Count %d >>" % pages,
               b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
               b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" %
               (side, side, len(data)) + data + b"\nendstream"]
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    content_obj = 4 + pages
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /XObject << /Im0 3 0 R >> >> /Contents %d 0 R >>" %
                       content_obj)
    objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out, offsets = [b"%PDF-1.4\n"], []
    for i, body in enumerate(objects, start=1):
        offsets.append(sum(len(p) for p in out))
        out.append(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = sum(len(p) for p in out)
    out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out += [b"%010d 00000 n \n" % o for o in offsets]
    out.append(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" %
               (len(objects) + 1, xref))
    path.write_bytes(b"".join(out))


def inputs(scratch):
    """(label, file names in its case, maker writing them into a folder)."""
    limits = scratch / "limits"
    limits.mkdir()
    write_page_limit_inputs(limits)

    def copy(*names):
        return lambda d: [shutil.copy(limits / n, d) for n in names]

    return [
        ("PNG 1 x 60000 and 65000 x 1", copy("thin_1x60000.png", "wide_65000x1.png")),
        ("PDF page of 1 x 20000 pt", copy("thin_page.pdf")),
        ("TIFF with signed 16-bit samples", copy("sint16.tif")),
        ("TIFF with float32 / int32 samples", copy("float32.tif", "int32.tif")),
        ("TIFF of 250 pages", copy("tiff_250_pages.tif")),
        ("3.1 GB video in the folder", lambda d: video(d / "VID_20260301_101010.mp4")),
        ("0.8 MB PNG, 9999 x 9999 RGBA 16-bit", lambda d: rgba16_png(d / "captura.png")),
        ("PDF: one 60000 x 60000 image on 6 pages", lambda d: shared_image_pdf(d / "escaneo.pdf")),
        ("dark, shaken phone photo (5.7 Mpx)",
         lambda d: dark_blurred_photo(render_certificate()).save(d / "IMG_0001.jpg", quality=80)),
        ("dim, grainy phone photo held still (5.7 Mpx): legible",
         lambda d: dark_grainy_photo(render_certificate()).save(d / "IMG_0002.jpg", quality=80)),
        ("clean scan (for comparison)",
         lambda d: render_certificate().save(d / "certificado.png")),
    ]


def audit(binary, case, report):
    timing = case.parent / (case.name + ".time")
    cmd = ["/usr/bin/time", "-o", str(timing), "-f", "%e %U %M", str(binary), "audit", str(case),
           "--no-cache", "--jobs", "1", "--quiet", "--json", str(report)]
    status = subprocess.run(cmd, capture_output=True, text=True).returncode
    wall, cpu, peak_kb = timing.read_text().split()[-3:]
    return status, float(wall), float(cpu), int(peak_kb) / 1024


def flagged(report):
    if not report.exists():
        return "no report"
    docs = json.loads(report.read_text())["documents"]
    good = [d for d in docs if d["file"] == GOOD.name]
    others = [d for d in docs if d["file"] != GOOD.name]
    words = sorted({(d["flags"][0] if d["flags"] else "read") + (": " + d["problem"]
                    if d.get("problem") else "") for d in others})
    counted = "padrón counted" if good and good[0]["counted"] else "padrón NOT counted"
    return "; ".join(w[:90] for w in words[:2]) + f" ({counted})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=str(REPO / "build/presencia"))
    parser.add_argument("--keep", help="keep the generated cases in this folder")
    args = parser.parse_args()
    scratch = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="presencia-worst-"))
    scratch.mkdir(parents=True, exist_ok=True)
    print("| input | exit | what the report says | wall s | CPU s | peak MB |")
    print("|---|---|---|---|---|---|")
    try:
        for i, (label, make) in enumerate(inputs(scratch)):
            case = scratch / f"case-{i:02d}"
            case.mkdir()
            (case / "case.json").write_text(json.dumps(CASE_JSON, ensure_ascii=False))
            shutil.copy(GOOD, case)
            make(case)
            report = scratch / f"case-{i:02d}.json"
            status, wall, cpu, peak = audit(args.bin, case, report)
            print(f"| {label} | {status} | {flagged(report)} | {wall:.1f} | {cpu:.1f} | "
                  f"{peak:.0f} |", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
