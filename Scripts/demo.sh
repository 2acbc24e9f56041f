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
echo "== A bad row: nothing is written"
printf 'Name,Email,Country\nAda Example,ada@example.org,Atlantis\n' > "$demo/bad.csv"
step participants import "$demo/bad.csv" --workspace "$demo/dakar"

echo
echo "== Places and the waitlist"
step participants waitlist --workspace "$demo/dakar"
step participants cancel p004 p009 --workspace "$demo/dakar"
step participants list --workspace "$demo/dakar" --public --category mayor

echo
echo "The demo workspaces are in $demo/."
