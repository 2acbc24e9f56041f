#!/usr/bin/env python3
"""Encodes each case of a JSON list with a reference QR encoder from PyPI and prints the
symbols as JSON. Usage: reference_matrices.py CASES.json

Each case is {"encoder": "qrcode" or "segno", "hex": the data bytes in hex, "text": true when
the bytes are UTF-8 text to carry after an ECI header (segno only), "version": N or null,
"mask": N or null}. Each answer is {"version", "mask", "rows": ["0101...", ...]} (dark modules
as 1, quiet zone excluded). Both encoders are asked for byte mode at error correction level M
and nothing else (no Micro QR, no raised level).

A case {"encoder": "segno-scores", "rows": [...]} asks for segno's four mask penalty scores
(N1 to N4) of a masked symbol without its format information; the answer is {"scores": [...]}."""
import json, sys

import qrcode
import segno
from qrcode.util import MODE_8BIT_BYTE, QRData


def with_qrcode(data, version, mask):
    symbol = qrcode.QRCode(version=version, error_correction=qrcode.constants.ERROR_CORRECT_M,
                           mask_pattern=mask, border=0)
    symbol.add_data(QRData(data, mode=MODE_8BIT_BYTE), optimize=0)
    symbol.make(fit=version is None)
    return symbol.version, symbol.mask_pattern, symbol.modules


def with_segno(data, text, version, mask):
    options = dict(error="m", mode="byte", boost_error=False, micro=False, version=version, mask=mask)
    if text:
        symbol = segno.make(data.decode("utf-8"), eci=True, encoding="utf-8", **options)
    else:
        symbol = segno.make(data, **options)
    return symbol.version, symbol.mask, symbol.matrix


def encode(case):
    if case["encoder"] == "segno-scores":
        rows = tuple(bytearray(int(m) for m in row) for row in case["rows"])
        return {"scores": list(segno.encoder.mask_scores(rows, len(rows), len(rows)))}
    data = bytes.fromhex(case["hex"])
    if case["encoder"] == "qrcode":
        version, mask, rows = with_qrcode(data, case.get("version"), case.get("mask"))
    else:
        version, mask, rows = with_segno(data, case.get("text"), case.get("version"), case.get("mask"))
    return {"version": version, "mask": mask,
            "rows": ["".join("1" if m else "0" for m in row) for row in rows]}


def main():
    cases = json.load(open(sys.argv[1], encoding="utf-8"))
    print(json.dumps([encode(case) for case in cases]))


if __name__ == "__main__":
    main()
