"""Shared pieces of the template families written after the first corpus.

These families imitate other issuers: their own date forms (words, ordinals,
year first, dotted abbreviations), honorifics, and a second person on the page.
"""
from . import textdata as td
from .doctypes import B


class NB(B):
    """B with the wider date repertoire of issuers outside the first corpus."""

    def __init__(self, ctx, size=(210.0, 297.0), mono=False, base=None, numeric=None):
        super().__init__(ctx, size, mono, base)
        self.ds = numeric or self.rng.choice(td.NUMERIC_STYLES + td.EXTRA_NUMERIC_STYLES)

    def d(self, date, style=None):
        return td.fmt_date2(date, style or self.ds, self.ctx.lang)

    def dlong(self, date):
        return td.fmt_date2(date, self.rng.choice(["long", "long_weekday"] + td.EXTRA_LONG_STYLES),
                            self.ctx.lang)

    def honor(self):
        """A gender-neutral honorific, as forms print them."""
        return self.rng.choice({"es": ["D./Dña.", "Don/Doña", "Sr./Sra.", "D/Dª"],
                                "ca": ["En/Na", "Sr./Sra.", "El/La Sr./Sra."],
                                "gl": ["Don/Dona", "D./Dna.", "Sr./Sra."]}[self.ctx.lang])

    def ident_text(self, prep=None):
        """', con NIE X1234567Z,' or '' when the page prints no document number."""
        ids = self.id_field()
        if not ids:
            return ""
        prep = prep or self.ctx.t("con", "amb", "con")
        return f", {prep} {ids[0][0]} {ids[0][1]},"

    def someone_else(self, upper=None):
        """A second party who is never the applicant (a sender abroad, a flatmate)."""
        p = td.random_foreigner(self.rng) if self.rng.random() < 0.6 else td.random_spaniard(self.rng)
        name = p.natural
        if upper if upper is not None else self.rng.random() < 0.4:
            name = name.upper()
        return name

    def official(self):
        return td.random_spaniard(self.rng).natural

    def place_date(self, date, formula=True):
        """Closing line with place and date, or a dateless formula when date is None."""
        c = self.ctx
        m = c.muni[0]
        if date is None:
            return c.t("Y para que así conste, se firma el presente.",
                       "I perquè així consti, se signa aquest document.",
                       "E para que así conste, asínase o presente.")
        if not formula:
            return c.t(f"{m}, {self.dlong(date)}", f"{m}, {self.dlong(date)}", f"{m}, {self.dlong(date)}")
        return self.rng.choice([
            c.t(f"Y para que así conste a petición de la persona interesada, se expide el presente en {m}, a {self.dlong(date)}.",
                f"I perquè així consti a petició de la persona interessada, s'expedeix aquest document a {m}, el {self.dlong(date)}.",
                f"E para que así conste a petición da persoa interesada, expídese o presente en {m}, o {self.dlong(date)}."),
            c.t(f"En {m}, a {self.dlong(date)}.", f"A {m}, {self.dlong(date)}.", f"En {m}, a {self.dlong(date)}."),
            c.t(f"Lo que se certifica en {m} a {self.dlong(date)}.",
                f"El que es certifica a {m}, el {self.dlong(date)}.",
                f"O que se certifica en {m}, o {self.dlong(date)}."),
        ])


def one_day(date):
    return [(date, date)] if date else []


def qr_modules(page, x, y, side, rng, n=21):
    """A QR-like block of n x n modules with its three finder squares, the
    rest drawn from `rng` (a printed code's look, not a code)."""
    m = side / n
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                ring = max(abs(i % (n - 7) - 3) if i >= n - 7 else abs(i - 3),
                           abs(j % (n - 7) - 3) if j >= n - 7 else abs(j - 3))
                on = ring != 2
            else:
                on = rng.random() < 0.5
            if on:
                page.block(x + j * m, y + i * m, m, m)


def cut_to_field(name, holder, width):
    """A slip's field of `width` characters: a long second surname printed last loses at
    most two letters; every other name is printed whole."""
    if not name or holder is None or len(name) <= width or len(holder.surnames) < 2:
        return name
    last = name.split(" ")[-1]
    if len(last) < 6 or td.strip_accents(last).lower() != td.strip_accents(holder.surnames[-1]).lower():
        return name
    return name[:max(width, len(name) - 2)]


def clock(r, lo=8, hi=19):
    """A time of day, "HH:MM", in office hours unless told."""
    return f"{r.randint(lo, hi):02d}:{r.randint(0, 59):02d}"
