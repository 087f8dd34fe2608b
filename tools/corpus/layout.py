"""Page description in millimetres, and a flowing layout builder.

A Page is a list of drawing ops that two backends (render.py) draw the same way:
as real text in a PDF, or as pixels in a scan.
"""
from PIL import ImageFont

FONT_DIR = "/usr/share/fonts/truetype/"
FAMILIES = {
    "dejavu": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dejavu_serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dejavu_cond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "lib_sans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "lib_serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "lib_narrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                   "liberation/LiberationSansNarrow-Bold.ttf"),
    "free_sans": ("freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf"),
    "free_serif": ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf"),
    "lib_mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "dejavu_mono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "free_mono": ("freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf"),
}
PROPORTIONAL = ["dejavu", "dejavu_serif", "dejavu_cond", "lib_sans", "lib_serif", "lib_narrow",
                "free_sans", "free_serif"]
MONO = ["lib_mono", "dejavu_mono", "free_mono"]
PT_MM = 25.4 / 72
BLACK = (0, 0, 0)

_measure_cache = {}


def font_path(key):
    """key is 'family' or 'family-b'."""
    fam, _, bold = key.partition("-")
    return FONT_DIR + FAMILIES[fam][1 if bold else 0]


def text_width(s, key, size_pt):
    """Width in mm of s set in font key at size_pt."""
    f = _measure_cache.get(key)
    if f is None:
        f = _measure_cache[key] = ImageFont.truetype(font_path(key), 200)
    return f.getlength(s) / 200 * size_pt * PT_MM


class Page:
    def __init__(self, w=210.0, h=297.0):
        self.w, self.h, self.ops = w, h, []

    def text(self, x, y, s, font, size, align="l", color=BLACK):
        self.ops.append(("text", x, y, s, font, size, align, color))

    def line(self, x1, y1, x2, y2, width=0.3, color=BLACK):
        self.ops.append(("line", x1, y1, x2, y2, width, color))

    def rect(self, x, y, w, h, width=0.3, color=BLACK, fill=None):
        self.ops.append(("rect", x, y, w, h, width, color, fill))

    def ellipse(self, x, y, w, h, fill):
        self.ops.append(("ellipse", x, y, w, h, fill))

    def block(self, x, y, w, h, fill=BLACK):
        """A filled area with exact edges: a barcode's modules, which neither grow nor shrink."""
        self.ops.append(("block", x, y, w, h, fill))


def wrap(s, key, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if cur and text_width(cand, key, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """Top-to-bottom layout with page breaks; everything in mm."""

    def __init__(self, family="dejavu", base=10.5, size=(210.0, 297.0), margin=18.0,
                 color=BLACK, accent=(20, 50, 110)):
        self.family, self.base, self.size, self.margin = family, base, size, margin
        self.color, self.accent = color, accent
        self.pages = []
        self.single_page = False   # small papers (tickets, cards) never break
        self.new_page()

    # -- geometry
    @property
    def left(self):
        return self.margin

    @property
    def right(self):
        return self.size[0] - self.margin

    @property
    def width(self):
        return self.right - self.left

    def font(self, bold=False):
        return self.family + ("-b" if bold else "")

    def new_page(self):
        self.page = Page(*self.size)
        self.pages.append(self.page)
        self.y = self.margin * 0.8

    def ensure(self, h):
        if self.single_page:
            return
        if self.y + h > self.size[1] - self.margin - 8:
            self.new_page()

    def space(self, mm):
        self.y += mm

    # -- text
    def line_h(self, size):
        return size * PT_MM * 1.45

    def text(self, s, size=None, bold=False, align="l", x=None, color=None):
        size = size or self.base
        self.ensure(self.line_h(size))
        self.y += self.line_h(size)
        if x is None:
            x = {"l": self.left, "c": (self.left + self.right) / 2, "r": self.right}[align]
        self.page.text(x, self.y, s, self.font(bold), size, align, color or self.color)

    def para(self, s, size=None, bold=False, align="l", indent=0.0):
        size = size or self.base
        for ln in wrap(s, self.font(bold), size, self.width - indent):
            self.text(ln, size, bold, align, x=self.left + indent if align == "l" else None)
        self.y += size * PT_MM * 0.5

    def hr(self, width=0.3, gap=2.0):
        self.y += gap
        self.page.line(self.left, self.y, self.right, self.y, width, self.color)
        self.y += gap

    @staticmethod
    def fit(s, key, size, width):
        """Largest size <= size (down to 70%) at which s fits in width."""
        w = text_width(s, key, size)
        return size if w <= width else max(size * 0.7, size * width / w)

    # -- label/value blocks
    def fields(self, items, style="colon", size=None, cols=1):
        """items: [(label, value)]; style colon | column | boxes | grid."""
        size = size or self.base
        if style == "boxes":
            return self._boxes(items, size, cols)
        if style == "grid":
            return self._grid(items, size)
        lab_w = max(text_width(l + ":", self.font(True), size) for l, _ in items) + 3
        for label, value in items:
            if style == "colon":
                s_lab = label + ":"
                self.ensure(self.line_h(size))
                self.y += self.line_h(size)
                self.page.text(self.left, self.y, s_lab, self.font(True), size, "l", self.color)
                x = self.left + text_width(s_lab + " ", self.font(True), size)
                vs = self.fit(value, self.font(), size, self.right - x)
                self.page.text(x, self.y, value, self.font(), vs, "l", self.color)
            else:
                lines = wrap(value, self.font(), size, self.width - lab_w) or [""]
                self.ensure(self.line_h(size) * len(lines))
                self.y += self.line_h(size)
                self.page.text(self.left, self.y, label, self.font(False), size, "l", self.color)
                for i, ln in enumerate(lines):
                    if i:
                        self.y += self.line_h(size)
                    self.page.text(self.left + lab_w, self.y, ln, self.font(True), size, "l",
                                   self.color)
        self.y += 1.5

    def _boxes(self, items, size, cols):
        """Form boxes: small caption top-left, value inside."""
        cap = max(7.5, size * 0.72)
        h = self.line_h(size) + self.line_h(cap) + 1.5
        cw = self.width / cols
        for i in range(0, len(items), cols):
            self.ensure(h + 1)
            for j, (label, value) in enumerate(items[i:i + cols]):
                x = self.left + j * cw
                self.page.rect(x, self.y, cw - 1.5, h, 0.3, self.color)
                self.page.text(x + 1.5, self.y + self.line_h(cap) * 0.85, label.upper(),
                               self.font(), cap, "l", self.color)
                vs = self.fit(value, self.font(True), size, cw - 5)
                self.page.text(x + 2.5, self.y + h - 2.0, value, self.font(True), vs, "l",
                               self.color)
            self.y += h + 1.0
        self.y += 1.5

    def _grid(self, items, size):
        """Two-column ruled table, label cell shaded."""
        lab_w = max(text_width(l, self.font(True), size) for l, _ in items) + 5
        rh = self.line_h(size) + 2.0
        for label, value in items:
            self.ensure(rh)
            self.page.rect(self.left, self.y, lab_w, rh, 0.3, self.color, fill=(232, 232, 232))
            self.page.rect(self.left + lab_w, self.y, self.width - lab_w, rh, 0.3, self.color)
            base_y = self.y + rh - 1.9
            self.page.text(self.left + 1.5, base_y, label, self.font(True), size, "l", self.color)
            vs = self.fit(value, self.font(), size, self.width - lab_w - 3)
            self.page.text(self.left + lab_w + 2, base_y, value, self.font(), vs, "l",
                           self.color)
            self.y += rh
        self.y += 2.5

    def table(self, headers, rows, widths=None, size=None, ruled=True):
        size = size or self.base * 0.95
        n = len(headers)
        widths = widths or [1.0 / n] * n
        xs = [self.left]
        for w in widths:
            xs.append(xs[-1] + w * self.width)
        rh = self.line_h(size) + 1.8
        self.ensure(rh * 2)
        self.page.rect(self.left, self.y, self.width, rh, 0.3, self.color, fill=(225, 225, 225))
        for i, hd in enumerate(headers):
            self.page.text(xs[i] + 1.5, self.y + rh - 1.8, hd, self.font(True), size, "l",
                           self.color)
        self.y += rh
        for row in rows:
            self.ensure(rh)
            if ruled:
                self.page.line(self.left, self.y + rh, self.right, self.y + rh, 0.2, self.color)
            for i, cell in enumerate(row):
                align = "r" if i == n - 1 and _numeric(cell) else "l"
                x = xs[i + 1] - 1.5 if align == "r" else xs[i] + 1.5
                self.page.text(x, self.y + rh - 1.8, cell, self.font(), size, align, self.color)
            self.y += rh
        self.y += 3

    def signature(self, lines, align="r", size=None):
        size = size or self.base
        self.ensure(self.line_h(size) * (len(lines) + 3))
        self.y += 4
        x = self.right - 70 if align == "r" else self.left
        # A scribble stands in for the hand signature.
        y0 = self.y + 6
        for k in range(4):
            self.page.line(x + 5 + k * 9, y0 + (k % 2) * 3, x + 14 + k * 9, y0 + ((k + 1) % 2) * 3,
                           0.5, (30, 40, 120))
        self.y += 10
        for ln in lines:
            self.text(ln, size, x=x)

    def footer(self, lines, size=None):
        """Small print pinned to the bottom of the current page."""
        size = size or max(7.5, self.base * 0.75)
        y = self.size[1] - self.margin * 0.6 - self.line_h(size) * (len(lines) - 1)
        self.page.line(self.left, y - self.line_h(size) - 1, self.right,
                       y - self.line_h(size) - 1, 0.2, self.color)
        for ln in lines:
            self.page.text(self.left, y, ln, self.font(), size, "l", self.color)
            y += self.line_h(size)


def _numeric(s):
    return any(c.isdigit() for c in s) and s.strip().endswith(("€", "EUR", "kWh", "m³"))


def header(flow, rng, issuer_lines, style, logo_color):
    """Issuer block at the top of the first page, in one of several placements."""
    f, page = flow, flow.page
    name, rest = issuer_lines[0], issuer_lines[1:]
    big = f.base * rng.choice([1.3, 1.45, 1.6])
    small = max(8.0, f.base * 0.85)
    if style == "band":
        h = f.line_h(big) + 6
        page.rect(0, f.y, f.size[0], h, 0, logo_color, fill=logo_color)
        page.text(f.left, f.y + h - 4.2, name, f.font(True), big, "l", (255, 255, 255))
        f.y += h + 1
        for ln in rest:
            f.text(ln, small, align="r")
    elif style == "logo_left":
        page.ellipse(f.left, f.y + 1, 16, 16, logo_color)
        page.rect(f.left + 5, f.y + 6, 6, 6, 0, (255, 255, 255), fill=(255, 255, 255))
        y0 = f.y
        f.y += 1
        f.text(name, big, True, x=f.left + 20, color=logo_color)
        for ln in rest:
            f.text(ln, small, x=f.left + 20)
        f.y = max(f.y, y0 + 19)
    elif style == "centered":
        f.text(name, big, True, align="c", color=logo_color)
        for ln in rest:
            f.text(ln, small, align="c")
        f.hr(0.6)
    else:  # right
        page.rect(f.right - 14, f.y + 1, 14, 14, 0, logo_color, fill=logo_color)
        page.rect(f.right - 10, f.y + 5, 6, 6, 0, (255, 255, 255), fill=(255, 255, 255))
        f.text(name, big, True, align="l", color=logo_color)
        for ln in rest:
            f.text(ln, small)
    f.space(5)
