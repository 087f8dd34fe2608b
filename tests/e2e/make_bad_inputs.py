#!/usr/bin/python3
"""Writes the bad inputs bad_inputs_test.cpp needs that C++ cannot make in a
line: a truncated TIFF, a 500-page PDF with a text layer (so nothing is
OCRed), a password-protected PDF and a PNG whose header claims 30000x30000
pixels. Invented content only.

  make_bad_inputs.py OUT_DIR SOURCE_PDF
"""
import io
import struct
import subprocess
import sys
import zlib

from PIL import Image, ImageDraw
from reportlab.pdfgen import canvas


def truncated_tiff(path):
    image = Image.new("L", (600, 300), 255)
    ImageDraw.Draw(image).text((20, 100), "Factura de luz 15/03/2026", fill=0)
    data = io.BytesIO()
    image.save(data, "TIFF")  # uncompressed: strips stored after the header
    raw = data.getvalue()
    with open(path, "wb") as f:
        f.write(raw[: len(raw) // 2])


def tiff_second_frame_bomb(path):
    """An 8x8 first frame and a second one claiming 30000x30000 pixels."""
    def ifd(width, height, data_at, next_ifd):
        tags = [(256, 4, width), (257, 4, height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
                (273, 4, data_at), (277, 3, 1), (278, 4, height), (279, 4, 64)]
        body = struct.pack("<H", len(tags))
        body += b"".join(struct.pack("<HHII", tag, kind, 1, value) for tag, kind, value in tags)
        return body + struct.pack("<I", next_ifd)

    data_at = 8
    first = 8 + 64
    second = first + 2 + 9 * 12 + 4
    with open(path, "wb") as f:
        f.write(b"II*\0" + struct.pack("<I", first) + b"\x80" * 64 + ifd(8, 8, data_at, second) +
                ifd(30000, 30000, data_at, 0))


def pdf_500_pages(path):
    pdf = canvas.Canvas(path, pagesize=(300, 200))
    for page in range(1, 501):
        # A title per page: each page is its own document (a page run without
        # titles is joined into one document, which costs time per page).
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(20, 150, "FACTURA")
        pdf.setFont("Helvetica", 10)
        pdf.drawString(20, 100, f"Factura numero {page} de un lote muy largo sin fechas")
        pdf.showPage()
    pdf.save()


def png_bomb(path):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 0, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
                chunk(b"IDAT", zlib.compress(b"\0" * 30001 * 4)) + chunk(b"IEND", b""))


def main():
    out, source_pdf = sys.argv[1], sys.argv[2]
    truncated_tiff(f"{out}/truncated.tif")
    tiff_second_frame_bomb(f"{out}/second page bomb.tif")
    pdf_500_pages(f"{out}/500 pages.pdf")
    png_bomb(f"{out}/bomb 30000x30000.png")
    subprocess.run(["qpdf", "--encrypt", "secret", "owner-secret", "256", "--", source_pdf,
                    f"{out}/password.pdf"], check=True)


if __name__ == "__main__":
    main()
