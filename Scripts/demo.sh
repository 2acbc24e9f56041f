#!/usr/bin/env bash
# Runs convene on a copy of the Dakar regional workshop example and shows each command with
# its output. Nothing in Examples/ is changed: the copy is made under .build/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
convene="$(swift build --show-bin-path)/convene"
demo=.build/demo
rm -rf "$demo"
mkdir -p "$demo"
cp -R Examples/dakar-regional-workshop "$demo/dakar"

step() {
  echo
  echo "\$ convene $*"
  "$convene" "$@" || echo "(exit code $?)"
}

# Like step, for a long output: its first N lines.
step_head() {
  local lines=$1
  shift
  echo
  echo "\$ convene $*   (first $lines lines)"
  "$convene" "$@" 2>&1 | head -n "$lines"
  echo "..."
}

echo "== A new workspace from the starter files of a kind"
step init "$demo/nairobi-2027" --kind regional-workshop --timezone Africa/Nairobi --start 2027-03-09
step check --workspace "$demo/nairobi-2027"

echo
echo "== The Dakar regional workshop example (a copy in $demo/dakar)"
step check --workspace "$demo/dakar"
step participants stats --workspace "$demo/dakar" --status confirmed

echo
echo "== Registrations as organisers receive them"
step participants import Examples/registrations/google-forms-fr.csv --workspace "$demo/dakar" --dry-run
step participants import Examples/registrations/google-forms-fr.csv --workspace "$demo/dakar"
step participants import Examples/registrations/excel-unicode-text.txt --workspace "$demo/dakar"
echo
echo "Importing the same export again updates nobody and adds nobody:"
step participants import Examples/registrations/google-forms-fr.csv --workspace "$demo/dakar"
echo
echo "The organiser corrects a name by hand; the next import of the cumulative export keeps it and lists what it did not apply:"
sed -i 's/,Kwame Okafor,/,Kwame A. Okafor,/' "$demo/dakar/participants.csv"
step participants import Examples/registrations/google-forms-fr.csv --workspace "$demo/dakar"

echo
echo "== Other shapes: Microsoft Forms (\"anonymous\" account columns), a Zoom report's preamble, US dates"
step participants import Examples/registrations/microsoft-forms.csv --workspace "$demo/dakar"
step participants import Examples/registrations/zoom-registration-report.csv --workspace "$demo/dakar"
step participants import Examples/registrations/us-month-first.csv --workspace "$demo/dakar"

echo
echo "== A double-encoded file (UTF-8 read as Windows-1252 and saved again): refused, nothing written"
step participants import Examples/registrations/double-encoded.csv --workspace "$demo/dakar"

echo
echo "== Exports in a legacy code page and as .xlsx (into a copy in $demo/exports)"
cp -R Examples/dakar-regional-workshop "$demo/exports"
step participants import Examples/registrations/excel-windows-1256-ar.csv --workspace "$demo/exports"
step participants import Examples/registrations/kobotoolbox.xlsx --workspace "$demo/exports"
step participants list --workspace "$demo/exports" --region "Middle East and North Africa"
echo
echo "Two code pages that read a file equally well: convene refuses and shows a line read each way."
printf 'Name,Email,Country,Category\r\nمحمد سعد,m.saad@example.org,JO,Mayor\r\n' | iconv -f UTF-8 -t CP1256 > "$demo/close-call.csv"
step participants import "$demo/close-call.csv" --workspace "$demo/exports"
step participants import "$demo/close-call.csv" --workspace "$demo/exports" --encoding windows-1256

echo
echo "== A bad row: nothing is written"
printf 'Name,Email,Country\nAda Example,ada@example.org,Atlantis\n' > "$demo/bad.csv"
step participants import "$demo/bad.csv" --workspace "$demo/dakar"

echo
echo "== Places and the waitlist"
step participants waitlist --workspace "$demo/dakar"
mkdir -p "$demo/notices"
notices="cat > \"\$(mktemp -p $demo/notices)\""
echo
echo "Everyone hears where their registration stands (one e-mail each, in their language; the waitlisted with their place on the list):"
"$convene" notify --workspace "$demo/dakar" --send --sendmail "$notices" | tail -3
step participants cancel p004 p013 --workspace "$demo/dakar"
echo
echo "The places freed go to the waitlist: those promoted are told, and so are those who cancelled:"
step notify --workspace "$demo/dakar" --send --sendmail "$notices"
offered=$(ls "$demo/dakar/outbox/notify/" | grep -m1 -- '-offered.eml' || true)
if [ -n "$offered" ]; then
  echo
  echo "outbox/notify/$offered, as its recipient reads it:"
  python3 - "$demo/dakar/outbox/notify/$offered" <<'PY'
import email, email.policy, sys
message = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
for header in ("From", "To", "Subject", "Message-ID"):
    print(f"  {header}: {message[header]}")
print()
print("\n".join("  " + line for line in message.get_content().strip().splitlines()))
PY
fi
step participants list --workspace "$demo/dakar" --public --category mayor

echo
echo "== Scheduling the workshop"
step schedule --workspace "$demo/dakar" --time-limit 3 --seed 1
step explain --workspace "$demo/dakar"
step publish --workspace "$demo/dakar"

echo
echo "== Invitations for release v1 (one calendar and one e-mail per participant)"
step invite --workspace "$demo/dakar"
mkdir -p "$demo/sent"
deliver="cat > \"\$(mktemp -p $demo/sent)\""
echo
echo "Sending them with a slow mail program, and killing convene (kill -9) in the middle:"
echo "\$ convene invite --workspace $demo/dakar --send --sendmail 'sleep 0.2; $deliver' &"
"$convene" invite --workspace "$demo/dakar" --send --sendmail "sleep 0.2; $deliver" > "$demo/killed.txt" 2>&1 &
sending=$!
while [ "$(ls "$demo/sent" | wc -l)" -lt 3 ]; do sleep 0.02; done
sleep 0.1
kill -9 "$sending"
wait "$sending" 2>/dev/null || true
sleep 0.3
echo "Killed with $(ls "$demo/sent" | wc -l) messages delivered; the ledger's journal ends with the message in hand:"
tail -2 "$demo/dakar/.convene/invitations.journal" | sed 's/^/  /'
echo "Its mail program died with convene (its whole process group), so it never arrived. Run again:"
step invite --workspace "$demo/dakar" --send --sendmail "$deliver"
echo
echo "The message in hand is reported, not sent blindly; it is not in the mail folder, so send it again:"
step invite --workspace "$demo/dakar" --send --resend-uncertain --sendmail "$deliver"
echo
echo "$(ls "$demo/sent" | wc -l) messages delivered, to $(grep -h '^To: ' "$demo"/sent/* | sort -u | wc -l) different people; duplicates: $(grep -h '^Message-ID: ' "$demo"/sent/* | sort | uniq -d | wc -l)."
echo
echo "The first calendar, as participant p001 receives it:"
head -30 "$demo/dakar/outbox/v1/p001-request.ics"
echo "..."

echo
echo "The speaker of the published breakout b6-national can no longer come at its time; schedule again:"
python3 - "$demo/dakar" <<'PY'
import csv, json, sys
folder = sys.argv[1]
entry = next(s for s in json.load(open(f"{folder}/releases/v1.json"))["sessions"] if s["id"] == "b6-national")
speaker, day = entry["speakers"][0], entry["start"][:10]
window = f"{day} {entry['start'][11:16]}-{entry['end'][11:16]}"
path = f"{folder}/participants.csv"
rows = list(csv.DictReader(open(path, encoding="utf-8", newline="")))
for row in rows:
    if row["id"] == speaker:
        row["unavailable"] = window
        print(f"  {speaker} is now unavailable {window}")
with open(path, "w", encoding="utf-8", newline="") as out:
    writer = csv.DictWriter(out, fieldnames=list(rows[0].keys()), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
PY
step schedule --workspace "$demo/dakar" --time-limit 3 --seed 1
step publish --workspace "$demo/dakar"
echo
echo "Only the people who had the moved session get an update (SEQUENCE 1):"
step invite --workspace "$demo/dakar" --send --sendmail "$deliver"
step agenda --workspace "$demo/dakar" --for p001
"$convene" agenda --workspace "$demo/dakar" --format html --public > "$demo/dakar-agenda.html"
"$convene" agenda --workspace "$demo/dakar" --format html --public --lang ar > "$demo/dakar-agenda-ar.html"
echo
echo "Public HTML agendas: $demo/dakar-agenda.html and, right to left, $demo/dakar-agenda-ar.html"

echo
echo "== The run-up: travel, visa letters and the planning timeline"
echo "travel.csv holds passports, flights, hotels, shared rooms and needs; it never leaves the workspace."
step_head 12 travel rooming --workspace "$demo/dakar" --lang en
step_head 14 travel pickups --workspace "$demo/dakar" --lang en
echo
echo "For the caterer and the venue: what is needed, counts of fewer than 5 people shown as <5:"
step travel needs --workspace "$demo/dakar"
echo
echo "Visa support letters for every confirmed participant who needs one (p004 has cancelled: no letter):"
step letters visa --workspace "$demo/dakar" --date 2027-01-20
if [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1; then
  step letters visa --workspace "$demo/dakar" --for p030 --pdf --date 2027-01-20
  if command -v pdftotext >/dev/null 2>&1; then
    echo "Its first lines, read back from the PDF:"
    pdftotext "$demo/dakar/letters/visa/p030.pdf" - | sed -n '1,14p' | sed 's/^/  /'
  fi
else
  echo "(Chromium is not installed: \`letters visa --pdf\` would say so; the HTML letters print from any browser.)"
fi
echo
echo "The planning timeline on 26 January 2027: what is done (some seen in the workspace), due and late:"
step plan --workspace "$demo/dakar" --today 2027-01-26
"$convene" plan --workspace "$demo/dakar" --today 2027-01-26 --format ics > "$demo/dakar-plan.ics"
echo "The same tasks as to-dos for the organiser's calendar: $demo/dakar-plan.ics ($(grep -c 'BEGIN:VTODO' "$demo/dakar-plan.ics") VTODOs)."

echo
echo "== On the day: sign-in sheets, then who came (attendance.csv)"
step attendance sheets --workspace "$demo/dakar"
step attendance import Examples/returns/dakar/sign-in-day1.csv --session day1 --workspace "$demo/dakar"
step attendance import Examples/returns/dakar/badge-scans.csv --workspace "$demo/dakar"
step attendance mark p010 --session closing --at "2027-03-10 16:31" --workspace "$demo/dakar"

echo
echo "== Badges: A4 sheets with a QR code of each participant id, read back by the badge-scan import"
step badges --workspace "$demo/dakar"
sheet="$demo/dakar/badges/badges.html"
scans="$demo/badge-scans-day2.csv"
if command -v chromium >/dev/null 2>&1 && command -v zbarimg >/dev/null 2>&1; then
  pages=$(grep -c '<section class="sheet"' "$sheet")
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$demo/chromium-profile" \
    --window-size=800,$((pages * 1160)) --screenshot="$demo/badges.png" "file://$PWD/$sheet" >/dev/null 2>&1
  rm -rf "$demo/chromium-profile"
  zbarimg --quiet --raw "$demo/badges.png" 2>/dev/null | sort > "$demo/badges-read.txt" || true
  echo "Rendered the sheets with headless Chromium ($demo/badges.png); zbarimg read $(wc -l < "$demo/badges-read.txt") QR codes:"
  tr '\n' ' ' < "$demo/badges-read.txt" | fold -w 100 | sed 's/^/  /'
  echo
else
  echo "(Chromium and zbarimg are not installed: the scanner export below is made from the ids printed under each code.)"
  grep -o 'data-participant="[^"]*"' "$sheet" | cut -d'"' -f2 | sort > "$demo/badges-read.txt"
fi
{ echo "badge,session,time"; sed 's/$/,closing,2027-03-10 16:05/' "$demo/badges-read.txt"; } > "$scans"
echo "A scanner's export of those codes at the closing ceremony ($scans):"
head -3 "$scans" | sed 's/^/  /'
step attendance import "$scans" --workspace "$demo/dakar"

echo
echo "== Certificates of attendance (at least 75% of each person's sessions), with verification codes"
step certificates --workspace "$demo/dakar"
code=$(sed -n 2p "$demo/dakar/certificates/certificates.csv" | cut -d, -f2)
step certificates verify "$code" --workspace "$demo/dakar"
echo
echo "A code with one character mistyped, and one the workspace never issued, are refused:"
if [ "${code:0:1}" = 0 ]; then typo="1${code:1}"; else typo="0${code:1}"; fi
step certificates verify "$typo" --workspace "$demo/dakar"
step certificates verify 0000-0000-0000-0000 --workspace "$demo/dakar"
echo "Certificates: $demo/dakar/certificates/ (one HTML page per person; --pdf prints them with Chromium)."

echo
echo "== Afterwards: the offline feedback form, and what came back"
step feedback form --workspace "$demo/dakar"
echo
echo "Returned: $(ls Examples/returns/dakar/feedback/forms | wc -l) form files, a Google Forms export in French and a KoboToolbox export:"
step feedback collect Examples/returns/dakar/feedback --workspace "$demo/dakar"
echo
echo "Collecting the same files again changes nothing:"
step feedback collect Examples/returns/dakar/feedback --workspace "$demo/dakar"

echo
echo "== M&E indicators (no group of fewer than 5 people can be seen or worked out), attacked before they are written"
step report --audit --workspace "$demo/dakar"
echo
echo "The Markdown summary, first lines:"
sed -n '1,32p' "$demo/dakar/reports/report.md"
echo "..."
grep -E '^dakar-2027,(registered|attended),(total|gender),' "$demo/dakar/reports/indicators.csv" | head -8
grep -E '^dakar-2027,satisfaction-distribution,' "$demo/dakar/reports/indicators.csv"

echo
echo "== A first report under a threshold of 10, then one under 5 (in a copy, $demo/dakar-lost)"
cp -R "$demo/dakar" "$demo/dakar-lost"
rm -rf "$demo/dakar-lost/reports" "$demo/dakar-lost/.convene/disclosure.json"
sed -i 's/^  "id": "dakar-2027",/  "id": "dakar-2027", "disclosure": { "threshold": 10 },/' "$demo/dakar-lost/event.json"
step report --workspace "$demo/dakar-lost"
sed -i 's/ "disclosure": { "threshold": 10 },//' "$demo/dakar-lost/event.json"
echo
echo "With the record of what the first report hid (.convene/disclosure.json), the second hides it again:"
step report --audit --workspace "$demo/dakar-lost" --output "$demo/dakar-lost/reports-5"
echo
echo "Without it, the second report would give away groups the first one hid; the audit refuses:"
rm "$demo/dakar-lost/.convene/disclosure.json"
echo
echo "\$ convene report --audit --workspace $demo/dakar-lost"
"$convene" report --audit --workspace "$demo/dakar-lost" > "$demo/refused.txt" 2>&1 || echo "(exit code $?)"
head -4 "$demo/refused.txt"
echo "  ... ($(grep -c 'recoverable:' "$demo/refused.txt") cells in all)"

echo
echo "== A network report across two events (the Amman summit, with its own returns)"
cp -R Examples/amman-global-summit "$demo/amman"
"$convene" attendance import Examples/returns/amman/badge-scans.csv --workspace "$demo/amman" > /dev/null
"$convene" feedback collect Examples/returns/amman/feedback --workspace "$demo/amman" > /dev/null
step report --across "$demo/dakar" "$demo/amman" --audit --output "$demo/network-report"

echo
echo "== Months later: were the commitments acted on?"
step followup form --workspace "$demo/dakar" --after-months 4
echo "Each form shows its participant's own commitment:"
grep -h -A1 '<blockquote class="commitment">' "$demo/dakar/followup/forms/followup-dakar-2027-p019.html" | head -1
echo
echo "The answers that came back (the forms' files and a Google Forms export), a few of them wrong:"
step followup collect Examples/returns/dakar/followup --workspace "$demo/dakar"
echo
echo "More came back after a reminder, one of them a newer answer from someone who had answered:"
step followup collect Examples/returns/dakar/followup-late --workspace "$demo/dakar"
echo
echo "Collecting the same files again changes nothing:"
step followup collect Examples/returns/dakar/followup-late --workspace "$demo/dakar"
cp -R Examples/tunis-2028 "$demo/tunis"
for event in amman tunis; do
  for batch in followup followup-late; do
    "$convene" followup collect "Examples/returns/$event/$batch" --workspace "$demo/$event" > /dev/null
  done
done
echo "(The Amman summit's and the Tunis workshop's follow-up answers, a year later, are collected the same way.)"

echo
echo "== The network across events and years"
step network init "$demo/network" --events "$demo/dakar" "$demo/amman" "$demo/tunis" --title "Strong Cities Network: results"
echo
echo "The organisers keep the member cities (with when they joined, their population, other spellings),"
echo "set the framework's baselines and targets, and log help-desk requests (Examples/network/):"
cp Examples/network/cities.csv Examples/network/framework.json Examples/network/requests.csv "$demo/network/"
step network check --network "$demo/network"
echo
echo "A network report counts each event only as its last published report counted it (so that no"
echo "network figure is an event report's plus a late form); the Tunis workshop has no report yet:"
step network report --network "$demo/network"
step report --workspace "$demo/tunis"
step network report --audit --network "$demo/network"
echo
echo "A city record (network-report.md):"
sed -n '/^### Tunis (TN)/,/^### /p' "$demo/network/reports/network-report.md" | sed '$d'
echo "The framework's totals for 2027 and 2028 (indicators.csv: year,indicator,disaggregation,group,value,n,target):"
grep -E '^20(27|28),[a-z-]+,total,' "$demo/network/reports/indicators.csv"

echo
echo "Reports: $demo/dakar/reports/report.html (open it in a browser, or print it), $demo/network-report/"
echo "and $demo/network/reports/network-report.html. The demo workspaces are in $demo/."
