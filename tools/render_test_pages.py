#!/usr/bin/python3
"""Renders the small page images and files the load, image and ocr tests read.

Everything is generated, never checked in, so a test always reads what this
script makes today. Deterministic (no randomness without a fixed seed) and
fast (well under 5 s): pages are A4 at 200 dpi, the size of an ordinary scan.

Usage: render_test_pages.py --out DIR
"""

import argparse
import datetime as dt
import io
import random
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.lib.pdfencrypt import StandardEncryption

from corpus import fam_dossier  # the dossier corpus's passport zone writer

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBERATION = "/usr/share/fonts/truetype/liberation/"

NAME = "MARIA FERNANDA LOPEZ QUISPE"
DATE = "15/03/2026"
DPI = 200
A4_PX = (round(8.27 * DPI), round(11.69 * DPI))  # 1654 x 2338

# The certificate: (text, font file, size in points, bold offset).
CERTIFICATE = [
    ("AYUNTAMIENTO DE MADRID", LIBERATION + "LiberationSans-Bold.ttf", 20),
    ("Padrón Municipal de Habitantes", LIBERATION + "LiberationSans-Regular.ttf", 12),
    ("", None, 12),
    ("CERTIFICADO DE EMPADRONAMIENTO", LIBERATION + "LiberationSans-Bold.ttf", 16),
    ("", None, 12),
    ("D./Dña.: " + NAME, DEJAVU + "DejaVuSans.ttf", 12),
    ("NIE: Y1234567X", DEJAVU + "DejaVuSans.ttf", 12),
    ("Domicilio: Calle de Alcalá 123, 2º B, 28009 Madrid", DEJAVU + "DejaVuSans.ttf", 12),
    ("Fecha de alta en el domicilio: " + DATE, DEJAVU + "DejaVuSans.ttf", 12),
    ("", None, 12),
    ("Y para que conste a los efectos oportunos, se expide el presente", LIBERATION + "LiberationSerif-Regular.ttf", 12),
    ("certificado con los datos que figuran en el Padrón Municipal.", LIBERATION + "LiberationSerif-Regular.ttf", 12),
    ("", None, 12),
    ("Madrid, " + DATE, LIBERATION + "LiberationSerif-Regular.ttf", 12),
    ("El Secretario General", LIBERATION + "LiberationSerif-Italic.ttf", 12),
]

TICKET = [
    ("RENFE Cercanías", LIBERATION + "LiberationSans-Bold.ttf", 14, 60),
    ("Billete sencillo", DEJAVU + "DejaVuSansMono.ttf", 11, 60),
    ("Fecha: " + DATE, DEJAVU + "DejaVuSansMono.ttf", 11, 60),
    ("Hora 08:42", DEJAVU + "DejaVuSansMono.ttf", 11, 420),
    ("Zona B1", DEJAVU + "DejaVuSansMono.ttf", 11, 60),
    ("Importe 1,70 EUR", DEJAVU + "DejaVuSansMono.ttf", 11, 320),
]


def points_to_px(points, dpi):
    return round(points * dpi / 72)


def render_lines(lines, size, dpi, margin_pt=60):
    """White page with the lines set from the top-left margin, gray 8-bit."""
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    x = points_to_px(margin_pt, dpi)
    y = points_to_px(margin_pt, dpi)
    for text, font_file, points in lines:
        line_height = points_to_px(points * 1.6, dpi)
        if text:
            font = ImageFont.truetype(font_file, points_to_px(points, dpi))
            draw.text((x, y), text, font=font, fill=20)
        y += line_height
    return page


def render_certificate(dpi=DPI):
    size = (round(8.27 * dpi), round(11.69 * dpi))
    return render_lines(CERTIFICATE, size, dpi)


def render_ticket():
    """A sparse receipt-like slip: few words spread over the paper."""
    size = (points_to_px(260, DPI), points_to_px(300, DPI))
    page = Image.new("L", size, 250)
    draw = ImageDraw.Draw(page)
    y = points_to_px(20, DPI)
    for text, font_file, points, x in TICKET:
        font = ImageFont.truetype(font_file, points_to_px(points, DPI))
        draw.text((x, y), text, font=font, fill=30)
        y += points_to_px(points * 3.2, DPI)
    return page


def render_boxed_ticket():
    """A travel ticket of labelled fields in ruled boxes, under a dark band:
    the layout Tesseract reads partly as pictures."""
    width, height = points_to_px(420, DPI), points_to_px(330, DPI)
    page = Image.new("L", (width, height), 245)
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, points_to_px(18, DPI), width, points_to_px(52, DPI)), fill=70)
    band_font = ImageFont.truetype(LIBERATION + "LiberationSans-Bold.ttf", points_to_px(16, DPI))
    draw.text((points_to_px(30, DPI), points_to_px(25, DPI)), "Metro Ligero Metropolitano",
              font=band_font, fill=245)
    label_font = ImageFont.truetype(LIBERATION + "LiberationSans-Regular.ttf", points_to_px(7, DPI))
    value_font = ImageFont.truetype(LIBERATION + "LiberationSans-Bold.ttf", points_to_px(10, DPI))
    fields = [("VIAJERO", NAME), ("FECHA DE VIAJE", DATE), ("ORIGEN", "Barcelona"),
              ("DESTINO", "L'Hospitalet de Llobregat"), ("SALIDA", "08:15")]
    left, right = points_to_px(30, DPI), width - points_to_px(60, DPI)
    y = points_to_px(70, DPI)
    for label, value in fields:
        bottom = y + points_to_px(40, DPI)
        draw.rectangle((left, y, right, bottom), outline=20, width=3)
        draw.text((left + 8, y + 6), label, font=label_font, fill=40)
        draw.text((left + 14, y + points_to_px(17, DPI)), value, font=value_font, fill=20)
        y = bottom + points_to_px(6, DPI)
    return page


def render_ruled_statement():
    """A settlement whose bold period line sits on the top rule of its table,
    the table's header filled gray: text touching a rule, which Tesseract's
    layout analysis takes for part of a picture."""
    width, height = A4_PX[0], points_to_px(330, DPI)
    page = Image.new("L", (width, height), 248)
    draw = ImageDraw.Draw(page)
    bold = ImageFont.truetype(DEJAVU + "DejaVuSans-Bold.ttf", points_to_px(11, DPI))
    plain = ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", points_to_px(10, DPI))
    left, right = points_to_px(40, DPI), width - points_to_px(40, DPI)
    draw.text((left, points_to_px(30, DPI)), "LIQUIDACIÓN DE HABERES", font=bold, fill=20)
    draw.text((left, points_to_px(55, DPI)), "Trabajadora: " + NAME, font=plain, fill=20)
    line_top = points_to_px(80, DPI)
    draw.text((left, line_top), "PERIODO LIQUIDADO 01 MAR 26 a 31 MAR 26   DÍAS 31",
              font=bold, fill=10)
    # The rule is drawn through the line's descenders, as the sheet printed it.
    rule = line_top + points_to_px(10.5, DPI)
    draw.rectangle((left - 6, rule, right, rule + points_to_px(16, DPI)), fill=215,
                   outline=15, width=3)
    draw.text((left, rule + 8), "Concepto            Unidades        Devengos",
              font=bold, fill=20)
    y = rule + points_to_px(24, DPI)
    for concept, amount in (("Salario base", "1.184,00"), ("Plus transporte", "62,10")):
        draw.text((left, y), concept, font=plain, fill=20)
        draw.text((left + points_to_px(300, DPI), y), amount, font=plain, fill=20)
        y += points_to_px(18, DPI)
        draw.line((left - 6, y - 6, right, y - 6), fill=30, width=2)
    return page


def render_library_card():
    """A library card: the holder's name, the card's barcode right below.
    The bars are as thin as table rules; taking some of them away leaves
    debris that Tesseract reads into the name above."""
    code = zint_image("CODE128", "29081000417763", scale=2)
    width, height = points_to_px(300, DPI), points_to_px(190, DPI)
    page = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(page)
    bold = ImageFont.truetype(DEJAVU + "DejaVuSans-Bold.ttf", points_to_px(12, DPI))
    plain = ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", points_to_px(10, DPI))
    left = points_to_px(20, DPI)
    draw.text((left, points_to_px(16, DPI)), "BIBLIOTECA MUNICIPAL", font=bold, fill=20)
    draw.text((left, points_to_px(40, DPI)), "Carné de lector", font=plain, fill=20)
    draw.text((left, points_to_px(62, DPI)), NAME, font=plain, fill=20)
    if code is not None:
        code = code.resize((code.size[0], points_to_px(40, DPI)))
        page.paste(code, (left, points_to_px(80, DPI)))
    draw.text((left, points_to_px(130, DPI)), "Alta: " + DATE, font=plain, fill=20)
    return page


def render_dotted_form():
    """A certificate typed onto its dotted lines: a label, then a row of
    dots the typed value sits on. Tesseract reads the dots into the value
    ("BABA" for "BAMBA", "EAN" for a date)."""
    width, height = A4_PX[0], points_to_px(260, DPI)
    page = Image.new("L", (width, height), 252)
    draw = ImageDraw.Draw(page)
    bold = ImageFont.truetype(DEJAVU + "DejaVuSans-Bold.ttf", points_to_px(12, DPI))
    label = ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", points_to_px(9, DPI))
    dot = ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", points_to_px(7, DPI))
    typed = ImageFont.truetype(LIBERATION + "LiberationMono-Regular.ttf", points_to_px(10, DPI))
    left, right = points_to_px(40, DPI), width - points_to_px(40, DPI)
    draw.text((left, points_to_px(20, DPI)), "BULLETIN N° 3 DU CASIER JUDICIAIRE", font=bold, fill=20)
    rows = [("Nom", "LOPEZ QUISPE"), ("Prénoms", "MARIA FERNANDA"), ("Né(e) le", "08/01/1976"),
            ("à", "AREQUIPA"), ("Nationalité", "Péruvienne"), ("Délivré le", DATE)]
    y = points_to_px(50, DPI)
    step = points_to_px(5.7, DPI)  # 2 mm
    for name, value in rows:
        draw.text((left, y), name, font=label, fill=20)
        x = left + points_to_px(85, DPI)
        baseline = y + points_to_px(9, DPI)
        while x < right:
            draw.text((x, baseline - points_to_px(7, DPI)), ".", font=dot, fill=110)
            x += step
        draw.text((left + points_to_px(90, DPI), y - points_to_px(1.5, DPI)), value, font=typed,
                  fill=20)
        y += points_to_px(17, DPI)
    return page


def noisy(page, sigma=28, seed=11):
    """A cheap scanner's grain."""
    grain = Image.effect_noise(page.size, sigma)
    random.seed(seed)
    return ImageChops.add(page.convert("L"), grain, scale=1.0, offset=-128)


def render_thin_receipt():
    """A shop receipt in a light monospace (FreeMono, gray ink), the print
    Tesseract misreads dashes in: "18-07-2026" reads "185012026" unless the
    strokes are thickened."""
    page = Image.new("L", (945, 760), 246)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("/usr/share/fonts/truetype/freefont/FreeMono.ttf", 36)
    lines = ["LOCUTORIO MUNDO CONECTA", "CIF A39921821", "FACTURA SIMPLIFICADA",
             "T-2026-86998", "18-07-2026 13:00", "Cliente: AMINATA CAMARA", "",
             "DETERGENTE     7,68", "TOTAL EUR      7,68"]
    y = 20
    for text in lines:
        draw.text((60, y), text, font=font, fill=40)
        y += 60
    return page


def render_slip_on_scanner_bed():
    """A library loan slip (mono, 80 mm) laid sideways on an A4 scanner bed
    and scanned at low resolution: its text runs up the page, and the page
    has too few letters for Tesseract's orientation detection to say which
    way it lies (it answers "upright")."""
    font_size = 24
    slip = Image.new("L", (560, 700), 244)
    draw = ImageDraw.Draw(slip)
    font = ImageFont.truetype("/usr/share/fonts/truetype/freefont/FreeMono.ttf", font_size)
    lines = ["Biblioteca Municipal", "COMPROBANTE DE PRESTAMO", "", "Lector/a:",
             "QUISPE ORTIZ YESSICA", "Carne: 1998483878", "Fecha: 04.12.25 15:09", "",
             "La sombra del viento", "Devolver antes de: 25.12.25", "", "Prestamos activos: 1"]
    y = 30
    for text in lines:
        draw.text((30, y), text, font=font, fill=40)
        y += int(font_size * 1.6)
    bed = Image.new("L", (2480, 1754), 226)
    bed.paste(slip.rotate(90, expand=True), (700, 600))
    return bed.resize((1314, 930), Image.LANCZOS)


def render_blank():
    """A scanned empty sheet: uneven light and a few specks of dust."""
    width, height = A4_PX
    small = Image.linear_gradient("L").resize((width, height)).point(lambda v: 255 - v // 12)
    draw = ImageDraw.Draw(small)
    rng = random.Random(7)
    for _ in range(25):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.ellipse((x, y, x + 2, y + 2), fill=90)
    return small


def shadowed(page):
    """A phone photo under a lamp: the light falls off to one corner."""
    width, height = page.size
    light = Image.linear_gradient("L").rotate(-60).resize((width, height))
    return ImageChops.multiply(page, light.point(lambda v: 70 + int(v * 0.7)))


def skewed(page, degrees):
    return page.rotate(degrees, resample=Image.BICUBIC, expand=True, fillcolor=255)


def _perspective_coefficients(frame_quad, page_size):
    """PIL's PERSPECTIVE data: maps each frame pixel back to the page pixel."""
    w, h = page_size
    page_quad = [(0, 0), (w, 0), (w, h), (0, h)]
    rows, rhs = [], []
    for (x, y), (u, v) in zip(frame_quad, page_quad):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return _solve(rows, rhs)


def _solve(a, b):
    """Gauss-Jordan with partial pivoting: 8 unknowns, no numpy needed."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]


def keystoned(page):
    """A phone photo taken leaning over a table: the page is a trapezium on
    dark wood, narrower at the top, with a margin of table all round."""
    w, h = page.size
    fw, fh = round(w * 1.25), round(h * 1.18)
    quad = [(0.17 * fw, 0.07 * fh), (0.85 * fw, 0.09 * fh), (0.94 * fw, 0.94 * fh),
            (0.07 * fw, 0.92 * fh)]
    data = _perspective_coefficients(quad, (w, h))
    photo = page.transform((fw, fh), Image.PERSPECTIVE, data, Image.BICUBIC, fillcolor=255)
    mask = Image.new("L", (w, h), 255).transform((fw, fh), Image.PERSPECTIVE, data,
                                                 Image.BILINEAR, fillcolor=0)
    table = Image.linear_gradient("L").resize((fw, fh)).point(lambda v: 70 + v // 6)
    grain = Image.effect_noise((fw // 8, fh // 8), 24).resize((fw, fh), Image.BICUBIC)
    table = ImageChops.multiply(table, grain.point(lambda v: 160 + v // 3))
    return Image.composite(photo, table, mask)


def write_heic(source, target):
    """An iPhone-style HEIC photo of the page, by libheif's own encoder
    (heif-enc, libheif-examples); skipped where it is not installed."""
    encoder = shutil.which("heif-enc")
    if encoder:
        subprocess.run([encoder, "-q", "80", "-o", str(target), str(source)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def png_chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def huge_png_header(width, height):
    """A valid PNG signature and IHDR claiming a huge size, with no pixels:
    a decompression bomb must be refused from the header alone."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 16)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat)
            + png_chunk(b"IEND", b""))


def write_text_pdf(path, encrypt=None):
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    width, height = A4
    y = height - 60
    for text, _font, points in CERTIFICATE:
        if text:
            pdf.setFont("Helvetica-Bold" if points > 12 else "Helvetica", points)
            pdf.drawString(60, y - points, text)
        y -= points * 1.6
    pdf.showPage()
    pdf.setFont("Helvetica", 12)
    pdf.drawString(60, height - 80, "Hoja 2 de 2. Expedido en Madrid el " + DATE)
    pdf.drawString(60, height - 100, "Este certificado tiene validez de tres meses.")
    pdf.showPage()
    pdf.save()


def write_lines_pdf(path, lines):
    """A one-page PDF with a text layer: one line of Helvetica each."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 80
    for text in lines:
        pdf.setFont("Helvetica", 12)
        pdf.drawString(60, y, text)
        y -= 22
    pdf.showPage()
    pdf.save()


def write_image_pdf(path, page):
    pdf = canvas.Canvas(str(path), pagesize=A4)
    buffer = io.BytesIO()
    page.save(buffer, format="PNG")
    buffer.seek(0)
    pdf.drawImage(ImageReader(buffer), 0, 0, width=A4[0], height=A4[1])
    pdf.showPage()
    pdf.save()


def write_exif_jpeg(path):
    """Landscape pixels whose EXIF says "turn 90 degrees clockwise to view"."""
    image = Image.new("L", (300, 200), 255)
    ImageDraw.Draw(image).rectangle((0, 0, 60, 200), fill=0)
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(path, format="JPEG", quality=85, exif=exif.tobytes())


def write_multipage_tiff(path):
    frames = []
    for number in (1, 2):
        frame = Image.new("L", (400, 300), 255)
        font = ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", 40)
        ImageDraw.Draw(frame).text((40, 120), "PAGINA %d" % number, font=font, fill=0)
        frames.append(frame)
    frames[0].save(path, format="TIFF", save_all=True, append_images=frames[1:],
                   compression="tiff_lzw")


def write_docx_like(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>" + NAME + "</w:document>")


def truncate(source, target, share):
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * share)])


def plain_png(width, height, bit_depth=8, color_type=0, value=0xFF):
    """A PNG of one colour (white by default), any size: tiny, as a run of
    equal bytes compresses to almost nothing."""
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[color_type]
    row = b"\0" + bytes([value]) * (width * channels * bit_depth // 8)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat)
            + png_chunk(b"IEND", b""))


def header_only_png(width, height, bit_depth, color_type):
    """A PNG whose header claims a size and a depth, with a token IDAT: the
    pixel guard must refuse it from the header, before any pixel is made."""
    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
            + png_chunk(b"IDAT", zlib.compress(b"\0" * 16)) + png_chunk(b"IEND", b""))


def sample_tiff(width, height, bits, sample_format, pixels):
    """An uncompressed one-strip gray TIFF with `bits` per sample of the given
    SampleFormat (1 unsigned, 2 signed, 3 IEEE float): `pixels` is its data,
    row by row, little-endian. Scientific and GIS tools write these."""
    tags = [(256, 4, width), (257, 4, height), (258, 3, bits), (259, 3, 1), (262, 3, 1),
            (273, 4, 0), (277, 3, 1), (278, 4, height), (279, 4, len(pixels)),
            (339, 3, sample_format)]
    ifd_at = 8 + len(pixels)
    tags[5] = (273, 4, 8)
    ifd = struct.pack("<H", len(tags))
    for tag, kind, value in tags:
        packed = struct.pack("<H", value) + b"\0\0" if kind == 3 else struct.pack("<I", value)
        ifd += struct.pack("<HHI", tag, kind, 1) + packed
    return b"II*\0" + struct.pack("<I", ifd_at) + pixels + ifd + struct.pack("<I", 0)


def stripes(width, height, fmt, dark, light):
    """Dark text-like bars on light paper, as raw samples in struct `fmt`."""
    values = [dark if (y // 4) % 2 and 4 <= x < width - 4 else light
              for y in range(height) for x in range(width)]
    return struct.pack("<%d%s" % (len(values), fmt), *values)


def write_tiff_pages(path, count):
    """A fax-like TIFF of `count` small pages, each numbered."""
    frames = []
    for number in range(1, count + 1):
        frame = Image.new("L", (64, 16), 255)
        ImageDraw.Draw(frame).text((2, 2), str(number), fill=0)
        frames.append(frame)
    frames[0].save(path, format="TIFF", save_all=True, append_images=frames[1:],
                   compression="tiff_lzw")


def write_thin_pdf(path, width_pt, height_pt):
    pdf = canvas.Canvas(str(path), pagesize=(width_pt, height_pt))
    pdf.line(0, 0, width_pt, height_pt)  # some ink, no text layer: rendered for OCR
    pdf.showPage()
    pdf.save()


def dark_blurred_photo(page):
    """A phone photo taken at night and shaken: the certificate on the table,
    dim (paper near gray 90), blurred past a stroke's width, with sensor
    noise, saved as a messaging app's JPEG."""
    photo = keystoned(page).filter(ImageFilter.GaussianBlur(4))
    photo = photo.point(lambda v: 20 + v * 70 // 255)
    random.seed(7)
    return ImageChops.add(photo, Image.effect_noise(photo.size, 18), scale=1.0, offset=-128)


def dark_grainy_photo(page):
    """A phone photo taken in dim light and held still: the certificate on
    the table, dim (paper near gray 90) and grainy with sensor noise, but
    sharp: legible, once the grain is taken out."""
    photo = keystoned(page).point(lambda v: 20 + v * 70 // 255)
    random.seed(7)
    return ImageChops.add(photo, Image.effect_noise(photo.size, 18), scale=1.0, offset=-128)


def with_short_icc_profile(png):
    """The PNG with a colour profile too short to be one, as some editors
    write: libpng warns about it ("iCCP: too short") and reads on."""
    profile = png_chunk(b"iCCP", b"ICC Profile\0\0" + zlib.compress(b"\0" * 200))
    ihdr_end = 8 + 8 + 13 + 4
    return png[:ihdr_end] + profile + png[ihdr_end:]


def write_page_limit_inputs(out):
    """Pages whose size or sample type once killed the audit (an OpenCV
    assertion, exit 134) or took its memory: each must become a flagged page."""
    (out / "thin_1x2000.png").write_bytes(plain_png(1, 2000))
    (out / "thin_3x9000.png").write_bytes(plain_png(3, 9000))
    (out / "thin_1x60000.png").write_bytes(plain_png(1, 60000))
    (out / "wide_65000x1.png").write_bytes(plain_png(65000, 1))
    (out / "rgba16_9999.png").write_bytes(header_only_png(9999, 9999, 16, 6))
    (out / "sint16.tif").write_bytes(sample_tiff(24, 16, 16, 2, stripes(24, 16, "h", -30000, 30000)))
    (out / "float32.tif").write_bytes(sample_tiff(24, 16, 32, 3, stripes(24, 16, "f", 0.05, 0.95)))
    (out / "int32.tif").write_bytes(sample_tiff(24, 16, 32, 2, stripes(24, 16, "i", 0, 1 << 30)))
    write_tiff_pages(out / "tiff_250_pages.tif", 250)
    write_thin_pdf(out / "thin_page.pdf", 1, 20000)


# Boarding passes (IATA BCBP, Resolution 792) for the applicant: day 074 is
# 15 March 2026. One leg from Lima to Madrid in PDF417; an Aztec pass from
# Barcelona to Paris-Orly; zint (Debian's zint package) draws the codes.
BCBP_LIM_MAD = "M1LOPEZ QUISPE/MARIA  EXY7Z9Q LIMMADIB 6650 074Y023C0042 100"
BCBP_BCN_ORY = "M1LOPEZQUISPE/MARIAFEREQ4RT2P BCNORYVY 8002 074Y012A0007 100"
CSV_CODE = "A1B2-C3D4-E5F6-G7H8"
CSV_URL = "https://sede.madrid.es/csv/validar?csv=A1B2C3D4E5F6G7H8"


def zint_image(symbology, data, scale=4):
    """The code as a gray image, or None where zint is not installed."""
    zint = shutil.which("zint")
    if not zint:
        return None
    png = subprocess.run([zint, "-b", symbology, "--scale=%d" % scale, "--notext", "--direct",
                          "--filetype=PNG", "-d", data], check=True, capture_output=True).stdout
    return Image.open(io.BytesIO(png)).convert("L")


def render_boarding_pass(bcbp, symbology, airline, route, damage_print=False):
    """A printed boarding pass: airline, passenger, route, date, the code."""
    code = zint_image(symbology, bcbp)
    if code is None:
        return None
    size = (points_to_px(420, DPI), points_to_px(300, DPI))
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    bold = ImageFont.truetype(LIBERATION + "LiberationSans-Bold.ttf", points_to_px(16, DPI))
    font = ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", points_to_px(10, DPI))
    x, y = points_to_px(24, DPI), points_to_px(20, DPI)
    draw.text((x, y), airline, font=bold, fill=20)
    lines = ["TARJETA DE EMBARQUE / BOARDING PASS", "Pasajero: " + NAME, "Vuelo: " + route,
             "Fecha: " + DATE, "Asiento 23C  Puerta B12"]
    for i, text in enumerate(lines):
        draw.text((x, y + points_to_px(30 + 16 * i, DPI)), text, font=font, fill=20)
    if damage_print:
        # Coffee and a fold over the print: the text is gone, the code is not.
        text_band = page.crop((0, 0, size[0], points_to_px(130, DPI)))
        text_band = text_band.filter(ImageFilter.GaussianBlur(9)).point(lambda v: 120 + v // 3)
        page.paste(text_band, (0, 0))
    code_y = points_to_px(140, DPI)
    page.paste(code, (x, code_y))
    return page


def render_phone_pass(bcbp, symbology, airline, route):
    """A boarding pass in an airline's app, as a phone screenshot: the code
    in the middle of the screen, where gate readers (and zxing-cpp 1.4's
    Aztec detector, which starts at the image centre) look for it."""
    code = None
    for scale in (5, 4, 3, 2):  # the widest that fits the screen (PDF417 is wide)
        code = zint_image(symbology, bcbp, scale=scale)
        if code is None or code.size[0] <= 680:
            break
    if code is None:
        return None
    page = Image.new("L", (720, 1280), 255)
    draw = ImageDraw.Draw(page)
    bold = ImageFont.truetype(LIBERATION + "LiberationSans-Bold.ttf", 44)
    font = ImageFont.truetype(DEJAVU + "DejaVuSans.ttf", 26)
    draw.text((40, 60), airline, font=bold, fill=20)
    for i, text in enumerate([NAME, route, DATE]):
        draw.text((40, 140 + 40 * i), text, font=font, fill=20)
    page.paste(code, ((720 - code.size[0]) // 2, (1280 - code.size[1]) // 2))
    return page


def render_padron_with_csv():
    """A padrón certificate with its Código Seguro de Verificación and a QR."""
    lines = CERTIFICATE + [("", None, 12),
                           ("Código Seguro de Verificación: " + CSV_CODE,
                            DEJAVU + "DejaVuSans.ttf", 10)]
    page = render_lines(lines, A4_PX, DPI)
    qr = zint_image("QRCODE", CSV_URL, scale=5)
    if qr is not None:
        page.paste(qr, (A4_PX[0] - qr.size[0] - 160, A4_PX[1] - qr.size[1] - 200))
    return page


def write_padron_pdf_with_qr(path):
    """A padrón certificate as the sede electrónica sends it: a text layer with
    the CSV, and the QR code holding the verification address as an image."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    y = height - 60
    for text, _font, points in CERTIFICATE:
        if text:
            pdf.setFont("Helvetica-Bold" if points > 12 else "Helvetica", points)
            pdf.drawString(60, y - points, text)
        y -= points * 1.6
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 90, "Código Seguro de Verificación: " + CSV_CODE)
    qr = zint_image("QRCODE", CSV_URL, scale=2)
    buffer = io.BytesIO()
    qr.save(buffer, format="PNG")
    buffer.seek(0)
    pdf.drawImage(ImageReader(buffer), width - 150, 60, width=80, height=80)
    pdf.showPage()
    pdf.save()


def write_code_pages(out):
    clean = render_boarding_pass(BCBP_LIM_MAD, "PDF417", "IBERIA", "IB6650 LIM-MAD")
    if clean is None:
        return  # no zint: the codes tests skip
    clean.save(out / "boarding_pass.png", compress_level=1)
    # A scan: a little tilt and grain.
    noisy(skewed(clean, 2), sigma=18).save(out / "boarding_pass_scan.png", compress_level=1)
    # A phone photo on a table: keystoned, slightly out of focus.
    keystoned(clean).filter(ImageFilter.GaussianBlur(1.2)).save(
        out / "boarding_pass_photo.jpg", quality=85)
    damaged = render_boarding_pass(BCBP_LIM_MAD, "PDF417", "IBERIA", "IB6650 LIM-MAD",
                                   damage_print=True)
    keystoned(damaged).filter(ImageFilter.GaussianBlur(1.2)).save(
        out / "boarding_pass_damaged_photo.jpg", quality=85)
    aztec = render_phone_pass(BCBP_BCN_ORY, "AZTEC", "VUELING", "VY8002 BCN-ORY")
    aztec.save(out / "boarding_pass_aztec.png", compress_level=1)
    keystoned(aztec).filter(ImageFilter.GaussianBlur(1.2)).save(
        out / "boarding_pass_aztec_photo.jpg", quality=85)
    # Printed, the Aztec code sits in a corner, far from the image centre.
    corner = render_boarding_pass(BCBP_BCN_ORY, "AZTEC", "VUELING", "VY8002 BCN-ORY",
                                  damage_print=True)
    corner.save(out / "boarding_pass_aztec_corner.png", compress_level=1)
    keystoned(corner).filter(ImageFilter.GaussianBlur(1.2)).save(
        out / "boarding_pass_aztec_corner_photo.jpg", quality=85)
    padron = render_padron_with_csv()
    padron.save(out / "padron_csv.png", compress_level=1)
    write_padron_pdf_with_qr(out / "padron_csv_text_layer.pdf")
    keystoned(padron).filter(ImageFilter.GaussianBlur(1.0)).save(
        out / "padron_csv_photo.jpg", quality=85)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path)
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)

    upright = render_certificate()
    upright.save(out / "upright.png", optimize=False, compress_level=1)
    upright.rotate(-90, expand=True).save(out / "rotated90.png", compress_level=1)
    upright.rotate(180).save(out / "rotated180.png", compress_level=1)
    skewed(upright, 4).save(out / "skew4.png", compress_level=1)
    shadowed(upright).save(out / "shadow.png", compress_level=1)
    keystoned(upright).save(out / "keystone.png", compress_level=1)
    # Shaken phone: past what Tesseract reads (the audit says "too blurred").
    upright.filter(ImageFilter.GaussianBlur(6)).save(out / "blurred.png", compress_level=1)
    # 75 dpi: what a thumbnail or a messaging app's compressed photo leaves.
    render_certificate(300).resize((620, 877), Image.LANCZOS).save(out / "lowres.png")
    render_blank().save(out / "blank.png", compress_level=1)
    render_ticket().save(out / "ticket.png")
    # Seed 2718's miss: boxed fields, upside down, grainy.
    boxed = render_boxed_ticket()
    boxed.save(out / "boxed_ticket.png", compress_level=1)
    noisy(boxed.rotate(180)).save(out / "boxed_ticket_upside_down.png", compress_level=1)
    render_thin_receipt().save(out / "thin_receipt.jpg", quality=75)
    render_ruled_statement().save(out / "ruled_statement.png", compress_level=1)
    render_library_card().save(out / "library_card.png", compress_level=1)
    render_dotted_form().save(out / "dotted_form.png", compress_level=1)
    render_slip_on_scanner_bed().save(out / "slip_sideways_on_bed.png", compress_level=1)
    # Its dark title bar is as dark as the table: the page must not stop there.
    keystoned(boxed).save(out / "banded_photo.png", compress_level=1)
    upright.save(out / "upright.jpg", quality=85)
    truncate(out / "upright.jpg", out / "truncated.jpg", 0.5)
    truncate(out / "upright.png", out / "truncated.png", 0.6)
    write_exif_jpeg(out / "exif_rotated.jpg")
    write_multipage_tiff(out / "two_frames.tif")
    (out / "huge_header.png").write_bytes(huge_png_header(30000, 30000))

    write_text_pdf(out / "text_layer.pdf")
    write_image_pdf(out / "image_only.pdf", upright)
    write_text_pdf(out / "password.pdf", StandardEncryption("secreto", ownerPassword="dueno"))
    write_text_pdf(out / "owner_only.pdf", StandardEncryption("", ownerPassword="dueno",
                                                              canModify=0))
    truncate(out / "text_layer.pdf", out / "truncated.pdf", 0.6)
    (out / "empty.pdf").write_bytes(b"")
    write_docx_like(out / "carta.docx")
    # The applicant's birth date, labelled on one report and left with only
    # "Fecha:" on another (a label OCR lost): it is a birth, not a visit.
    write_lines_pdf(out / "report_birth_labelled.pdf",
                    ["INFORME MEDICO", "Paciente: " + NAME, "Fecha de nacimiento: 05/02/1977",
                     "Fecha de consulta: " + DATE, "Motivo de consulta: control"])
    write_lines_pdf(out / "report_birth_unlabelled.pdf",
                    ["INFORME MEDICO", "Paciente: " + NAME, "Fecha: 05/02/1977",
                     "Motivo de consulta: control"])
    # The birth date's value lost to OCR under its label: the visit's date
    # below is no birth.
    write_lines_pdf(out / "report_birth_value_lost.pdf",
                    ["INFORME DE ALTA DE URGENCIAS", "Paciente: " + NAME,
                     "Fecha de nacimiento _ 08/01/1 976", "Llegada 09/04/2026 03:55",
                     "Alta 09/04/2026 06:24", "Destino al alta: domicilio"])
    write_heic(out / "upright.jpg", out / "photo.heic")
    dark_blurred_photo(upright).save(out / "dark_blurred_photo.jpg", quality=70)
    dark_grainy_photo(upright).save(out / "dark_grainy_photo.jpg", quality=80)
    write_page_limit_inputs(out)
    (out / "short_icc_profile.png").write_bytes(
        with_short_icc_profile((out / "upright.png").read_bytes()))
    # Who a page names (issue 16): a certificate in prose with its official
    # named first, a transfer between two people, OCR digits inside names.
    write_people_pages(out)
    write_code_pages(out)
    write_passport_pages(out)
    write_id_card_pages(out)


def passport_zone(surname, given, number, nat, birth, sex, expiry):
    """ICAO 9303 TD3, the two lines of 44 with their check digits: the
    dossier corpus's own writer (dates given as YYMMDD)."""
    day = lambda yymmdd: dt.datetime.strptime(yymmdd, "%y%m%d").date()
    return fam_dossier.mrz(surname, given, number, nat, day(birth), day(expiry), sex=sex)


# Passports' data pages (issue 20): fictitious holders, the zone set in a
# monospaced font at 20 pt across an A5 page at 200 dpi, as the dossier
# corpus prints it. Each zone ends a filler run with a check digit 0.
PASSPORTS = [
    ("passport_dejavu.png", DEJAVU + "DejaVuSansMono.ttf",
     ("LOPEZ QUISPE", "MARIA FERNANDA", "PA7104382", "PER", "910823", "F", "310415")),
    ("passport_liberation.png", LIBERATION + "LiberationMono-Regular.ttf",
     ("QUINTERO GOMEZ", "SANDRA MILENA", "XE095386", "COL", "970201", "F", "240815")),
    ("passport_free.png", "/usr/share/fonts/truetype/freefont/FreeMono.ttf",
     ("SHEVCHENKO KOVALENKO", "ANDRII", "RJ015454", "UKR", "000619", "M", "311115")),
]


def render_passport(font_file, fields):
    size = (round(210 / 25.4 * DPI), round(148 / 25.4 * DPI))
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    mm = lambda v: round(v / 25.4 * DPI)
    surname, given, number, nat, birth, sex, expiry = fields
    bold = ImageFont.truetype(LIBERATION + "LiberationSerif-Bold.ttf", points_to_px(16, DPI))
    serif = ImageFont.truetype(LIBERATION + "LiberationSerif-Regular.ttf", points_to_px(12, DPI))
    draw.text((mm(14), mm(12)), "PASAPORTE / PASSPORT", font=bold, fill=20)
    for i, line in enumerate([f"Apellidos / Surname: {surname}", f"Nombres / Given names: {given}",
                              f"Pasaporte No. / Passport No.: {number}"]):
        draw.text((mm(14), mm(26) + i * mm(7)), line, font=serif, fill=20)
    zone = ImageFont.truetype(font_file, points_to_px(20, DPI))
    for i, line in enumerate(passport_zone(surname, given, number, nat, birth, sex, expiry)):
        draw.text((mm(8), mm(122) + i * mm(9.5)), line, font=zone, fill=20)
    return page


def write_passport_pages(out):
    for name, font_file, fields in PASSPORTS:
        render_passport(font_file, fields).save(out / name, compress_level=1)
        (out / (name + ".zone")).write_text("\n".join(passport_zone(*fields)) + "\n")


def write_people_pages(out):
    """Pages naming several people, as an NGO, a bank and a utility print them."""
    sans, serif = DEJAVU + "DejaVuSans.ttf", LIBERATION + "LiberationSerif-Regular.ttf"
    bold = LIBERATION + "LiberationSans-Bold.ttf"
    pages = {
        "people_prose_certificate.png": [
            ("CÁRITAS DIOCESANA - PARROQUIA SAN BLAS", bold, 16),
            ("", None, 12),
            ("D. Juan Carlos Sanz Gil, voluntario de acogida de la parroquia,", serif, 12),
            ("CERTIFICA que la persona AMINA DIALLO SOW, con NIE Y4821937K, ha asistido", serif, 12),
            ("a las sesiones del taller de salud comunitaria de esta entidad.", serif, 12),
            ("", None, 12),
            ("Fecha de asistencia: 14/04/2026", serif, 12),
            ("Y para que conste, firmo el presente en Madrid, a 15 de abril de 2026.", serif, 12),
            ("", None, 12),
            ("Fdo.: Juan Carlos Sanz Gil", serif, 12),
        ],
        "people_transfer.png": [
            ("BANCO DEL SUR", bold, 18),
            ("JUSTIFICANTE DE TRANSFERENCIA", bold, 14),
            ("", None, 12),
            ("Ordenante: IMRAN RAZA KHAN", sans, 12),
            ("Beneficiario: OK5ANA BOYKO", sans, 12),
            ("Importe: 150,00 EUR", sans, 12),
            ("Fecha de operación: 02/03/2026", sans, 12),
        ],
        "people_digit_bill.png": [
            ("AGUAS DEL LEVANTE S.A.", bold, 18),
            ("FACTURA DE AGUA", bold, 14),
            ("", None, 12),
            ("Titular: AL1-RAZA KHAN", sans, 12),
            ("Dirección: Calle Mayor 12, 3º A, Murcia", sans, 12),
            ("Periodo de facturación: 01/02/2026 - 28/02/2026", sans, 12),
            ("Importe total: 23,40 EUR", sans, 12),
        ],
        # A household sheet: the applicant's row gives the alta (issue 16).
        "people_household.png": [
            ("AYUNTAMIENTO DE GETAFE", bold, 16),
            ("CERTIFICADO DE CONVIVENCIA", bold, 14),
            ("", None, 12),
            ("Domicilio: Calle Mayor 3, 28901 Getafe", sans, 12),
            ("Personas inscritas en este domicilio:", sans, 12),
            ("Nº   Apellidos y nombre              F. nacimiento     Fecha de alta", sans, 11),
            ("1    OKAFOR MENSAH, GRACE             04/08/1985        10/01/2024", sans, 11),
            ("2    DIALLO SOW, AMINA                 12/03/1992        15/05/2022", sans, 11),
            ("", None, 12),
            ("Getafe, a 3 de junio de 2026.", serif, 12),
            ("El Secretario", serif, 12),
            ("Juan Pérez Gil", serif, 12),
        ],
        # Cash paid in by one person into another's account (issue 16).
        "people_deposit.png": [
            ("BANCO DEL SUR", bold, 18),
            ("INGRESO EN EFECTIVO", bold, 14),
            ("", None, 12),
            ("Titular de la cuenta: SAMUEL TORRES", sans, 12),
            ("IBAN: ES12 **** **** 1234", sans, 12),
            ("Depositante: IMRAN RAZA KHAN", sans, 12),
            ("Importe: 200,00 EUR", sans, 12),
            ("Fecha valor: 07/02/2026", sans, 12),
        ],
    }
    for name, lines in pages.items():
        render_lines(lines, A4_PX, DPI).save(out / name, compress_level=1)


# ID cards and a TIE (issue 20): the back of an ISO ID-1 card (85.6 x 54 mm)
# at 300 dpi, as a card is scanned, with its TD1 zone (three lines of 30) set
# in a monospaced font at 12.5 pt, the zone's 30 characters spanning ~78 mm:
# the dossier corpus's own TD1 writer. One card's birth date check digit is
# printed wrong: the zone must read as printed and fail that check.
ID_CARDS = [
    ("id_card_dejavu.png", DEJAVU + "DejaVuSansMono.ttf",
     dict(surname="KOVALENKO", given="OKSANA", number="004518723", nat="UKR", birth="880314",
          sex="F", expiry="300921", code="ID", optional="19880314024")),
    ("tie_liberation.png", LIBERATION + "LiberationMono-Regular.ttf",
     dict(surname="EL AMRANI TAZI", given="YOUSSEF", number="E12345678", nat="MAR",
          birth="950707", sex="M", expiry="270130", code="IR", state="ESP")),
    ("id_card_wrong_free.png", "/usr/share/fonts/truetype/freefont/FreeMono.ttf",
     dict(surname="QUISPE MAMANI", given="ROSA ELENA", number="45871236", nat="PER",
          birth="920505", sex="F", expiry="290412", code="I", wrong=True)),
]
ID_DPI = 300


def id_card_zone(surname, given, number, nat, birth, sex, expiry, code="ID", optional="",
                 state=None, wrong=False):
    day = lambda yymmdd: dt.datetime.strptime(yymmdd, "%y%m%d").date()
    return fam_dossier.mrz_td1(surname, given, number, nat, day(birth), day(expiry), sex=sex,
                               code=code, wrong=wrong, optional=optional, state=state)


def render_id_card_back(font_file, fields):
    mm = lambda v: round(v / 25.4 * ID_DPI)
    page = Image.new("L", (mm(85.6), mm(54.0)), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle([0, 0, mm(85.6) - 1, mm(54.0) - 1], outline=60, width=3)
    small = ImageFont.truetype(LIBERATION + "LiberationSans-Regular.ttf", points_to_px(6, ID_DPI))
    draw.text((mm(4), mm(4)), "Domicilio / Address: Calle Mayor 3, Madrid", font=small, fill=40)
    zone = ImageFont.truetype(font_file, points_to_px(12.5, ID_DPI))
    for i, line in enumerate(id_card_zone(**fields)):
        draw.text((mm(3.5), mm(31) + i * mm(6.5)), line, font=zone, fill=20)
    return page


def write_id_card_pages(out):
    for name, font_file, fields in ID_CARDS:
        render_id_card_back(font_file, fields).save(out / name, compress_level=1)
        (out / (name + ".zone")).write_text("\n".join(id_card_zone(**fields)) + "\n")


if __name__ == "__main__":
    main()
