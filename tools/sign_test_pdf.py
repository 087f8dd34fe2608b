#!/usr/bin/python3
"""Writes small electronically signed PDFs for the signature tests, the way a
municipality's padrón certificate is signed (adbe.pkcs7.detached CMS over
the whole file but the signature itself), with a throw-away self-signed
certificate made by openssl. No real person or office: invented names only.

  sign_test_pdf.py --out DIR   -> DIR/signed.pdf, DIR/altered.pdf, DIR/appended.pdf
"""
import argparse
import os
import subprocess
import tempfile

TEXT = [
    "CERTIFICADO DE EMPADRONAMIENTO",
    "Ayuntamiento de Villaprueba",
    "Titular: ANA RUIZ SOTO",
    "Fecha de alta en el padron: 15/03/2025",
    "Expedido el 10/04/2026",
]
SIGNER = "Ayuntamiento de Villaprueba - Sello de Organo"
PLACEHOLDER = 8192  # hex digits reserved for the CMS blob


def build_pdf():
    """The PDF with a ByteRange and Contents placeholder; returns the bytes."""
    content = "BT /F1 11 Tf 50 760 Td 14 TL\n" + "".join(f"({line}) '\n" for line in TEXT) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 7 0 R >> >> /Annots [5 0 R] >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Firma1) /V 6 0 R /Rect [0 0 0 0] /P 3 0 R /F 132 >>",
        "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached "
        "/ByteRange [0 ########## ########## ##########] "
        f"/Contents <{'0' * PLACEHOLDER}> /M (D:20260410093000+02'00') /Name ({SIGNER}) >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def sign(pdf, workdir):
    start = pdf.index(b"/Contents <") + len(b"/Contents ")
    end = start + PLACEHOLDER + 2  # the <...> with its brackets
    ranges = f"{end:010d} {len(pdf) - end:010d}"
    byte_range = f"0 {start:010d} {ranges}".encode()
    pdf = pdf.replace(b"0 ########## ########## ##########", byte_range, 1)
    signed_part = pdf[:start] + pdf[end:]
    key, cert = os.path.join(workdir, "key.pem"), os.path.join(workdir, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650",
                    "-subj", f"/CN={SIGNER}/O=Ayuntamiento de Villaprueba/C=ES",
                    "-keyout", key, "-out", cert], check=True, capture_output=True)
    cms = subprocess.run(["openssl", "cms", "-sign", "-binary", "-outform", "DER", "-md", "sha256",
                          "-signer", cert, "-inkey", key],
                         input=signed_part, check=True, capture_output=True).stdout
    blob = cms.hex().encode()
    assert len(blob) <= PLACEHOLDER, "CMS blob larger than the placeholder"
    blob += b"0" * (PLACEHOLDER - len(blob))
    return pdf[:start + 1] + blob + pdf[end - 1:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as workdir:
        signed = sign(build_pdf(), workdir)
    with open(os.path.join(args.out, "signed.pdf"), "wb") as f:
        f.write(signed)
    # A forger changes the date of alta: same length, inside the signed bytes.
    with open(os.path.join(args.out, "altered.pdf"), "wb") as f:
        f.write(signed.replace(b"15/03/2025", b"15/03/2024", 1))
    # An incremental update after signing (here an empty one) keeps the
    # signed bytes intact but the signature no longer covers the whole file.
    with open(os.path.join(args.out, "appended.pdf"), "wb") as f:
        f.write(signed + b"% added after signing\n%%EOF\n")


if __name__ == "__main__":
    main()
