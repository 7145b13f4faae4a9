#!/usr/bin/env bash
# Rebuilds the long-term validation (DSS) fixtures of the signature tests (docs/decisions/0006-pdf-signatures.md,
# "Long-term validation data"). Needs chromium, openssl, dotnet, a JDK and Debian's libpdfbox2-java
# (apt-get install libpdfbox2-java: PDFBox 2.0.27; Maven Central is not reachable from the project's machines).
# The tests run on the committed files; nothing here runs in CI. The throwaway keys stay in a temporary folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/tests/CcHc.IntegrationTests/Signatures/Fixtures"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pdfbox="${PDFBOX_JAR:-/usr/share/java/pdfbox2.jar}"
classpath="$pdfbox:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar"
# Signed an hour after the certificates begin (openssl starts them now), so the chain holds at the signing time.
signing_time="$(date -u -d "+1 hour" +%Y-%m-%dT%H:%M:%SZ)"
mkdir -p "$out"
cd "$work"

# 1. A test CA and a signer (the CA's CRL as openssl ca writes it). Validity from today for 20 years.
cat > ca.cnf <<'CNF'
[ ca ]
default_ca = test
[ test ]
database = index.txt
crlnumber = crlnumber
default_md = sha256
default_crl_days = 3650
[ root ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ signer ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
authorityKeyIdentifier = keyid
CNF
touch index.txt && echo 01 > crlnumber
openssl req -x509 -newkey rsa:2048 -nodes -keyout root.key -out root.pem -days 7300 -utf8 \
  -subj "/C=VN/O=Ban Cơ yếu Thử nghiệm LTV/CN=Root CA Thử nghiệm LTV" -config ca.cnf -extensions root 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout signer.key -out signer.csr -utf8 \
  -subj "/C=VN/L=Hà Tĩnh/O=UBND xã Cẩm Sơn/CN=Chủ tịch UBND xã Cẩm Sơn" 2>/dev/null
openssl x509 -req -in signer.csr -CA root.pem -CAkey root.key -CAcreateserial -days 7000 -sha256 \
  -extfile ca.cnf -extensions signer -out signer.pem 2>/dev/null
openssl ca -gencrl -config ca.cnf -keyfile root.key -cert root.pem -out root.crl.pem 2>/dev/null
openssl x509 -in root.pem -outform DER -out root.der
openssl x509 -in signer.pem -outform DER -out signer.der
openssl crl -in root.crl.pem -outform DER -out root.crl
openssl pkcs12 -export -inkey signer.key -in signer.pem -passout pass:ltv -out signer.p12

# 2. The base: a plan printed by Chromium, signed by CcHc's PdfSigner.
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/plan.pdf" "file://$here/plan.html" 2>/dev/null
dotnet run --project "$here/sign-base/SignBase.csproj" -v q -- plan.pdf signer.p12 ltv "$signing_time" signed.pdf

# 3. The DSS updates, written by PDFBox's saveIncremental.
javac -cp "$classpath" -d classes "$here/src/AppendDss.java"
run() { java -cp "classes:$classpath" AppendDss "$@"; }
run dss signed.pdf dss.pdf signer.der,root.der root.crl
run dss dss.pdf dss-twice.pdf root.der root.crl
run annotation signed.pdf dss-annotation.pdf signer.der,root.der root.crl
run info signed.pdf dss-info.pdf signer.der,root.der root.crl
run garbage signed.pdf dss-garbage.pdf signer.der,root.der root.crl

cp signed.pdf "$out/ltv-signed.pdf"
cp dss.pdf "$out/ltv-dss.pdf"
cp dss-twice.pdf "$out/ltv-dss-twice.pdf"
cp dss-annotation.pdf "$out/ltv-dss-annotation.pdf"
cp dss-info.pdf "$out/ltv-dss-info.pdf"
cp dss-garbage.pdf "$out/ltv-dss-garbage.pdf"
cp root.der "$out/ltv-root.cer"
echo "written to $out"
