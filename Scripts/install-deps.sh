#!/usr/bin/env bash
# Installs what building and testing convene needs and is missing: libical and zlib (with
# their pkg-config files), lp_solve (the disclosure audit's linear programs), pkg-config,
# python3-venv, msmtp, chromium (the headless browser the
# form, report, badge and letter tests drive), zbar-tools (zbarimg, which reads back the badges'
# QR codes), poppler-utils (pdftotext, which reads the printed letters back) and zip and unzip
# (Info-ZIP, which writes ZIP64 workbooks for the import tests) from Debian's
# packages (as root with apt-get; otherwise it says what to install and stops), and the Python
# calendar parsers, SMTP server, spreadsheet libraries and reference QR encoders the tests use,
# from PyPI.
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! pkg-config --exists libical 2>/dev/null; then missing+=(libical-dev); fi
if ! pkg-config --exists zlib 2>/dev/null; then missing+=(zlib1g-dev); fi
[ -f /usr/include/lpsolve/lp_lib.h ] || missing+=(liblpsolve55-dev)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
command -v msmtp >/dev/null 2>&1 || missing+=(msmtp)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v zip >/dev/null 2>&1 || missing+=(zip)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v swift >/dev/null 2>&1 || { echo "convene needs Swift 6 (swift was not found on PATH)" >&2; exit 1; }

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "convene needs: ${missing[*]}" >&2
    echo "Install them with:  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# Python tools the interoperability tests use, from PyPI, in a virtual environment under .build/:
# calendar parsers, an SMTP server, and segno and qrcode (reference QR encoders the QR tests
# compare with).
venv=.build/venv
if ! "$venv/bin/python" -c 'import icalendar, vobject, aiosmtpd, khal, segno, qrcode' >/dev/null 2>&1; then
  echo "Installing the Python calendar tools, SMTP server and QR encoders (icalendar, vobject, khal, aiosmtpd, segno, qrcode) into $venv ..."
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q icalendar vobject khal aiosmtpd segno qrcode
fi
# openpyxl and XlsxWriter write the .xlsx workbooks the import tests read (openpyxl writes inline
# strings, XlsxWriter shared strings, as Excel does); msoffcrypto-tool encrypts one with a password
# the way Excel does.
if ! "$venv/bin/python" -c 'import openpyxl, xlsxwriter, msoffcrypto' >/dev/null 2>&1; then
  echo "Installing the spreadsheet libraries openpyxl, XlsxWriter and msoffcrypto-tool into $venv ..."
  [ -x "$venv/bin/pip" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q openpyxl xlsxwriter msoffcrypto-tool
fi
