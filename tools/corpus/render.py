"""Draw layout.Page ops as PIL images (scans) or reportlab pages (digital PDFs)."""
import io

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from . import layout

MM_PT = 72 / 25.4
_pil_fonts = {}
_rl_registered = set()


def _pil_font(key, px):
    k = (key, px)
    if k not in _pil_fonts:
        _pil_fonts[k] = ImageFont.truetype(layout.font_path(key), px)
    return _pil_fonts[k]


def to_image(page, dpi, paper=(255, 255, 255)):
    """RGB image of the page at dpi."""
    s = dpi / 25.4
    img = Image.new("RGB", (round(page.w * s), round(page.h * s)), paper)
    d = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, txt, key, size, align, color = op
            px = max(6, round(size * layout.PT_MM * s))
            d.text((x * s, y * s), txt, font=_pil_font(key, px), fill=color,
                   anchor={"l": "ls", "c": "ms", "r": "rs"}[align])
        elif kind == "line":
            _, x1, y1, x2, y2, w, color = op
            d.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=color, width=max(1, round(w * s)))
        elif kind == "rect":
            _, x, y, w, h, lw, color, fill = op
            d.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], fill=fill,
                        outline=color if lw > 0 else None, width=max(1, round(lw * s)))
        elif kind == "ellipse":
            _, x, y, w, h, fill = op
            d.ellipse([x * s, y * s, (x + w) * s, (y + h) * s], fill=fill)
        elif kind == "block":
            # PIL fills both end pixels: one less keeps abutting modules from bleeding.
            _, x, y, w, h, fill = op
            d.rectangle([x * s, y * s, max(x * s, (x + w) * s - 1), max(y * s, (y + h) * s - 1)],
                        fill=fill)
    return img


def _rl_font(key):
    if key not in _rl_registered:
        pdfmetrics.registerFont(TTFont(key, layout.font_path(key)))
        _rl_registered.add(key)
    return key


def _rgb(c):
    return tuple(v / 255 for v in c)


def draw_pdf_page(c, page):
    """Draw one Page onto the reportlab canvas c as real text and vectors."""
    c.setPageSize((page.w * MM_PT, page.h * MM_PT))
    H = page.h
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, txt, key, size, align, color = op
            c.setFont(_rl_font(key), size)
            c.setFillColorRGB(*_rgb(color))
            fn = {"l": c.drawString, "c": c.drawCentredString, "r": c.drawRightString}[align]
            fn(x * MM_PT, (H - y) * MM_PT, txt)
        elif kind == "line":
            _, x1, y1, x2, y2, w, color = op
            c.setStrokeColorRGB(*_rgb(color))
            c.setLineWidth(w * MM_PT)
            c.line(x1 * MM_PT, (H - y1) * MM_PT, x2 * MM_PT, (H - y2) * MM_PT)
        elif kind == "rect":
            _, x, y, w, h, lw, color, fill = op
            c.setLineWidth(max(lw, 0.01) * MM_PT)
            c.setStrokeColorRGB(*_rgb(color))
            if fill is not None:
                c.setFillColorRGB(*_rgb(fill))
            c.rect(x * MM_PT, (H - y - h) * MM_PT, w * MM_PT, h * MM_PT,
                   stroke=1 if lw > 0 else 0, fill=1 if fill is not None else 0)
        elif kind == "ellipse":
            _, x, y, w, h, fill = op
            c.setFillColorRGB(*_rgb(fill))
            c.ellipse(x * MM_PT, (H - y - h) * MM_PT, (x + w) * MM_PT, (H - y) * MM_PT,
                      stroke=0, fill=1)
        elif kind == "block":
            _, x, y, w, h, fill = op
            c.setFillColorRGB(*_rgb(fill))
            c.rect(x * MM_PT, (H - y - h) * MM_PT, w * MM_PT, h * MM_PT, stroke=0, fill=1)
    c.showPage()


def _canvas(buf, encrypt=None):
    c = canvas.Canvas(buf, invariant=1, pageCompression=1, encrypt=encrypt)
    c.setCreator("")
    c.setProducer("")
    return c


def pdf_from_pages(pages, encrypt=None):
    """Digital PDF (text layer) from layout pages; bytes."""
    buf = io.BytesIO()
    c = _canvas(buf, encrypt)
    for p in pages:
        draw_pdf_page(c, p)
    c.save()
    return buf.getvalue()


def pdf_from_images(items):
    """Image-only PDF. items: [(jpeg_or_png_bytes, width_mm, height_mm)]; bytes."""
    buf = io.BytesIO()
    c = _canvas(buf)
    for data, w, h in items:
        c.setPageSize((w * MM_PT, h * MM_PT))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, w * MM_PT, h * MM_PT)
        c.showPage()
    c.save()
    return buf.getvalue()
