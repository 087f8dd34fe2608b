#!/usr/bin/python3
"""Writes a family's case folder as scans (RULES.md, Households): a shared
padrón naming two adults and a child, each adult's payslips, and case.json.
The spouse's March and April payslips are missing: a gap of two months.

  make_household.py CASE_DIR
"""
import json
import os
import sys

from PIL import Image, ImageDraw, ImageFont

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

APPLICANT = "Ahmed Benali Haddad"
SPOUSE = "Fatima Zahra Mansour"
CHILD = "Yasmin Benali Zahra"


def page(path, lines):
    """lines: (text, bold) from the top; an A4 page at 150 dpi."""
    img = Image.new("L", (1240, 1754), 252)
    draw = ImageDraw.Draw(img)
    y = 120
    for text, bold in lines:
        if text:
            draw.text((110, y), text, font=ImageFont.truetype(BOLD if bold else SANS, 30), fill=15)
        y += 58
    img.save(path)


def padron(path):
    page(path, [("AYUNTAMIENTO DE GETAFE", True), ("Padrón Municipal de Habitantes", False), ("", False),
                ("VOLANTE DE EMPADRONAMIENTO COLECTIVO", True), ("", False),
                ("Domicilio: Calle Mayor 3, 2º B, Getafe", False),
                ("Fecha de expedición: 20/01/2026", False), ("", False),
                ("Personas inscritas en este domicilio:", True),
                ("Apellidos y nombre          F. nacimiento    F. alta", True),
                ("BENALI HADDAD, AHMED           04/03/1985    10/01/2025", False),
                ("ZAHRA MANSOUR, FATIMA          02/04/1988    10/01/2025", False),
                ("BENALI ZAHRA, YASMIN            10/09/2015    10/01/2025", False), ("", False),
                ("El Jefe del Negociado de Estadística", False), ("Pedro Ruiz Gil", False)])


MONTHS = {2: ("01/02/2026", "28/02/2026"), 3: ("01/03/2026", "31/03/2026"),
          4: ("01/04/2026", "30/04/2026"), 5: ("01/05/2026", "31/05/2026"),
          6: ("01/06/2026", "14/06/2026")}


def payslip(path, name, month):
    start, end = MONTHS[month]
    page(path, [("TRANSPORTES DEL SUR S.L.", True), ("CIF B12345678 - Polígono Los Olivos, Getafe", False),
                ("", False), ("NÓMINA", True), ("", False), (f"Trabajador: {name}", False),
                ("Categoría: Peón especialista", False),
                (f"Periodo de liquidación: del {start} al {end}", False), ("", False),
                ("Salario base                    1.134,00", False),
                ("Líquido a percibir               950,00", False)])


def main():
    case = sys.argv[1]
    os.makedirs(case, exist_ok=True)
    padron(os.path.join(case, "padron.png"))
    for month in MONTHS:
        payslip(os.path.join(case, f"nomina ahmed {month:02d}.png"), APPLICANT.upper(), month)
    for month in (2, 5, 6):
        payslip(os.path.join(case, f"nomina fatima {month:02d}.png"), "ZAHRA MANSOUR, FATIMA", month)
    with open(os.path.join(case, "case.json"), "w", encoding="utf-8") as fh:
        json.dump({"submission_date": "2026-06-15", "members": [
            {"name": APPLICANT, "relation": "applicant", "birth_date": "1985-03-04"},
            {"name": SPOUSE, "relation": "spouse", "birth_date": "1988-04-02"},
            {"name": CHILD, "relation": "child", "birth_date": "2015-09-10",
             "born_in_spain": False}]}, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
