"""Scanner and phone-camera damage applied to rendered page images.

Every function takes a numpy Generator so the output is fixed by the seed.
Names appended to the `log` list are the truth file's `degradations` vocabulary:
scan, grayscale, binarized, skew, rotated_90/180/270, blur, noise, jpeg,
low_resolution, uneven_light, shadow, phone_photo, perspective, background,
image_only_pdf, placed_on_scanner_bed.
"""
import io

import cv2
import numpy as np
from PIL import Image, ImageFilter


def _normal(g, sigma, shape):
    """Luminance noise, float32 (float64 normals are the slowest step otherwise)."""
    return g.standard_normal(shape, dtype=np.float32) * np.float32(sigma)


def _arr(img):
    return np.asarray(img, dtype=np.float32)


def _img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def paper_tone(img, g, grain=1.5):
    """Scanner paper is never pure white; add a faint tint and sensor grain."""
    a = _arr(img)
    tint = g.uniform(242, 252)
    a = a * (tint / 255.0)
    if grain:
        n = _normal(g, grain, a.shape[:2])
        a = a + (n[..., None] if a.ndim == 3 else n)
    return _img(a)


def skew(img, g, log, lo=1.0, hi=6.0):
    angle = float(g.uniform(lo, hi) * g.choice([-1, 1]))
    bg = (235, 235, 235) if img.mode == "RGB" else 235
    log.append("skew")
    return img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)


def rotate_quarter(img, g, log):
    k = int(g.choice([1, 2, 3]))
    log.append(f"rotated_{90 * k}")
    return img.rotate(90 * k, expand=True)


def blur(img, g, log):
    log.append("blur")
    return img.filter(ImageFilter.GaussianBlur(float(g.uniform(0.6, 1.3))))


def noise(img, g, log, lo=5.0, hi=14.0):
    log.append("noise")
    a = _arr(img)
    n = _normal(g, g.uniform(lo, hi), a.shape[:2])
    return _img(a + (n[..., None] if a.ndim == 3 else n))


def _gradient(h, w, g, lo):
    """Smooth multiplicative light field, 1.0 at the bright side down to lo."""
    ang = g.uniform(0, 2 * np.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = (np.cos(ang) * xx / w + np.sin(ang) * yy / h)
    t = (t - t.min()) / max(1e-6, float(t.max() - t.min()))
    return 1.0 - (1.0 - lo) * t


def uneven_light(img, g, log):
    log.append("uneven_light")
    a = _arr(img)
    f = _gradient(a.shape[0], a.shape[1], g, g.uniform(0.72, 0.9))
    return _img(a * (f[..., None] if a.ndim == 3 else f))


def shadow(img, g, log):
    """Dark soft band along one edge, as from a book spine or a lifted lid."""
    log.append("shadow")
    a = _arr(img)
    h, w = a.shape[:2]
    side = int(g.integers(0, 4))
    depth = g.uniform(0.05, 0.12)
    n = (w if side < 2 else h)
    prof = np.ones(n, np.float32)
    k = int(n * depth)
    prof[:k] = np.linspace(0.45, 1.0, k) ** 0.7
    if side % 2:
        prof = prof[::-1]
    f = prof[None, :] if side < 2 else prof[:, None]
    f = np.broadcast_to(f, (h, w))
    return _img(a * (f[..., None] if a.ndim == 3 else f))


def binarize(img, log):
    log.append("binarized")
    return img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")


def on_scanner_bed(img, dpi, g, log):
    """A small paper (ticket, card, receipt) lying on an A4 scanner glass."""
    log.append("placed_on_scanner_bed")
    W, H = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    bed = Image.new(img.mode, (W, H), (250, 250, 250) if img.mode == "RGB" else 250)
    x = int(g.integers(int(W * 0.03), max(int(W * 0.04), W - img.width - int(W * 0.03))))
    y = int(g.integers(int(H * 0.03), max(int(H * 0.04), H - img.height - int(H * 0.3))))
    bed.paste(img, (x, y))
    return bed


def _background(h, w, g):
    """Table top: wood, laminate or cloth, low-frequency texture."""
    kind = int(g.integers(0, 3))
    base = [np.array([150, 105, 65]), np.array([190, 190, 185]), np.array([70, 90, 120])][kind]
    base = base + g.normal(0, 12, 3)
    small = g.normal(0, 1, (max(2, h // 64), max(2, w // 64))).astype(np.float32)
    tex = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) * 10
    if kind == 0:  # wood grain
        yy = np.arange(h, dtype=np.float32)[:, None]
        tex = tex + 8 * np.sin(yy / g.uniform(6, 14) + tex / 6)
    return base[None, None, :] + tex[..., None] + _normal(g, 3, (h, w))[..., None]


def phone_photo(img, g, log):
    """Page photographed on a table: smaller than the frame, keystoned, lit unevenly."""
    log += ["phone_photo", "perspective", "background", "uneven_light"]
    page = np.asarray(img.convert("RGB"), dtype=np.uint8)
    ph, pw = page.shape[:2]
    fw, fh = int(pw * g.uniform(1.12, 1.25)), int(ph * g.uniform(1.08, 1.18))
    if pw > ph:  # landscape paper in a landscape frame
        fw, fh = int(pw * 1.18), int(ph * 1.3)
    mx, my = (fw - pw) / 2, (fh - ph) / 2
    j = lambda s: float(g.uniform(-s, s))  # noqa: E731
    dx, dy = pw * 0.045, ph * 0.035
    dst = np.float32([[mx + j(dx), my + j(dy)], [mx + pw + j(dx), my + j(dy)],
                      [mx + pw + j(dx), my + ph + j(dy)], [mx + j(dx), my + ph + j(dy)]])
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (fw, fh), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (fw, fh))
    mask = cv2.GaussianBlur(mask, (3, 3), 0).astype(np.float32)[..., None] / 255
    bg = _background(fh, fw, g)
    # Soft drop shadow of the page on the table.
    sh = cv2.GaussianBlur(mask[..., 0], (0, 0), 9)
    sh = np.roll(np.roll(sh, 8, 0), 8, 1)[..., None]
    bg = bg * (1 - 0.35 * sh)
    a = warped.astype(np.float32) * mask + bg * (1 - mask)
    # Warm/cool cast, light falloff and a blurred shadow of the phone or hand.
    a = a * np.array([g.uniform(0.95, 1.03), 1.0, g.uniform(0.9, 1.0)], np.float32)
    a = a * _gradient(fh, fw, g, g.uniform(0.7, 0.88))[..., None]
    if g.random() < 0.6:
        log.append("shadow")
        # Drawn at 1/8 scale: a blur this wide is slow at full size.
        sw, shh = fw // 8, fh // 8
        blob = np.zeros((shh, sw), np.float32)
        cx, cy = int(g.uniform(0, sw)), int(g.uniform(shh * 0.6, shh))
        cv2.ellipse(blob, (cx, cy), (int(sw * 0.35), int(shh * 0.22)), float(g.uniform(0, 180)),
                    0, 360, 1.0, -1)
        blob = cv2.resize(cv2.GaussianBlur(blob, (0, 0), sw * 0.05), (fw, fh))
        a = a * (1 - 0.3 * blob[..., None])
    a = cv2.GaussianBlur(a, (0, 0), float(g.uniform(0.5, 0.9)))
    a = a + _normal(g, g.uniform(2, 5), a.shape[:2])[..., None]
    return _img(a)


def encode(img, fmt, quality=None, dpi=None):
    """Bytes of img as jpeg/png/tif; JPEG quality chosen by the caller.

    TIFF uses deflate, not LZW: libtiff's LZW left one uninitialised byte at the
    end of some strips, which broke byte-identical output.
    """
    buf = io.BytesIO()
    extra = {"dpi": (dpi, dpi)} if dpi else {}
    if fmt == "jpg":
        im = img if img.mode in ("L", "RGB") else img.convert("L")
        im.save(buf, "JPEG", quality=quality or 85, optimize=True, **extra)
    elif fmt == "png":
        img.save(buf, "PNG", optimize=False, compress_level=6, **extra)
    elif fmt == "tif":
        img.save(buf, "TIFF", compression="group4" if img.mode == "1" else "tiff_adobe_deflate",
                 **extra)
    else:
        raise ValueError(fmt)
    return _zero_tiff_padding(buf.getvalue()) if fmt == "tif" else buf.getvalue()


def _zero_tiff_padding(data):
    """libtiff leaves the word-alignment bytes between strips and the IFD
    uninitialised; zero every byte before the IFD that no strip owns."""
    im = Image.open(io.BytesIO(data))
    ifd = int.from_bytes(data[4:8], "little" if data[:2] == b"II" else "big")
    owned = bytearray(ifd)
    for off, n in zip(im.tag_v2[273], im.tag_v2[279]):
        owned[off:off + n] = b"\x01" * len(owned[off:off + n])
    out = bytearray(data)
    for k in range(8, ifd):
        if not owned[k]:
            out[k] = 0
    return bytes(out)


def blank_page(dpi, g, log):
    """A page with nothing on it but paper grain and a faint bleed-through smear."""
    log += ["scan", "noise"]
    W, H = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    a = np.full((H, W), g.uniform(238, 250), np.float32) + _normal(g, 1.2, (H, W))
    # A faint grey smudge, as when the lid was not closed.
    a[: H // 9, :] -= np.linspace(18, 0, H // 9, dtype=np.float32)[:, None]
    return _img(a)
