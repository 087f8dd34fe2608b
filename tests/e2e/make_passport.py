#!/usr/bin/python3
"""Writes a passport's biographical page as a scan: the printed fields and
the machine-readable zone (ICAO 9303 TD3) in a monospace font.

  make_passport.py OUT.png SURNAME GIVEN NUMBER BIRTH(YYMMDD) EXPIRY(YYMMDD)
"""
import sys

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def check_digit(field):
    values = {c: i for i, c in enumerate("0123456789")}
    values.update({chr(ord("A") + i): 10 + i for i in range(26)})
    values["<"] = 0
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


def zone(surname, given, number, birth, expiry, nationality="COL"):
    names = (surname.replace(" ", "<") + "<<" + given.replace(" ", "<")).ljust(39, "<")[:39]
    one = "P<" + nationality + names
    num = number.ljust(9, "<")
    personal = "<" * 14
    two = (num + check_digit(num) + nationality + birth + check_digit(birth) + "F" + expiry +
           check_digit(expiry) + personal + check_digit(personal))
    composite = two[0:10] + two[13:20] + two[21:43]
    return one, two + check_digit(composite)


def main():
    out, surname, given, number, birth, expiry = sys.argv[1:7]
    page = Image.new("L", (1700, 1100), 250)
    draw = ImageDraw.Draw(page)
    sans = ImageFont.truetype(SANS, 34)
    draw.text((80, 60), "REPÚBLICA DE COLOMBIA  PASAPORTE / PASSPORT", font=sans, fill=20)
    y = 160
    for label, value in [("Apellidos / Surname", surname), ("Nombres / Given names", given),
                         ("Nacionalidad / Nationality", "COLOMBIANA"),
                         ("Pasaporte No. / Passport No.", number)]:
        draw.text((480, y), label, font=ImageFont.truetype(SANS, 24), fill=60)
        draw.text((480, y + 30), value, font=sans, fill=10)
        y += 110
    draw.rectangle((80, 160, 420, 620), outline=80, width=3)
    mono = ImageFont.truetype(FONT, 44)
    one, two = zone(surname, given, number, birth, expiry)
    draw.text((60, 860), one, font=mono, fill=0)
    draw.text((60, 940), two, font=mono, fill=0)
    page.save(out)


if __name__ == "__main__":
    main()
