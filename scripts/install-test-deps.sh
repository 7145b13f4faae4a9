#!/usr/bin/env bash
# Installs the Debian packages CcHc's tests use, when one is missing, on a Debian machine that has only the .NET SDK.
# The README's test command runs it before `dotnet test CcHc.sln`; .ci/run does the same.
#
# The packages need root: run as root, or as a user with sudo (you will be asked for your password), or install them
# yourself first (the list is below) and this script installs nothing.
#   chromium                 prints the PDFs and drives the browser tests (never a downloaded browser)
#   fonts-liberation2        Liberation Serif, metric-compatible with Times New Roman, embedded in the PDFs
#   poppler-utils            pdftotext, pdffonts, pdfinfo, pdfsig read the exported PDFs back
#   openssl                  a second, independent signer and certificate maker in the signature tests
#   libreoffice-writer-nogui opens exported workbooks and documents headless to check how they render
#   libreoffice-calc-nogui   its spreadsheet part: prints the exported .xlsx to PDF in the workbook tests
#   python3-aiosmtpd         a real SMTP server on loopback for the e-mail tests
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-liberation2 >/dev/null 2>&1 || missing+=(fonts-liberation2)
{ command -v pdftotext && command -v pdfsig; } >/dev/null 2>&1 || missing+=(poppler-utils)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || dpkg -s libreoffice-calc >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    echo "The tests need these Debian packages, installed with sudo (root): ${missing[*]}"
    sudo=(sudo)
  else
    echo "The tests need these Debian packages and this script needs root or sudo to install them: ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

dotnet tool restore >/dev/null
