#!/usr/bin/env bash
# Brings PublicAPI.Unshipped.txt of a project in line with its code: adds the symbols the analyzer reports as
# undeclared (RS0016) and drops the ones it reports as gone (RS0017). Review the diff: it is the API change.
# Usage: eng/update-public-api.sh src/AseanMinerals.Core
set -euo pipefail
project_dir=${1:?usage: eng/update-public-api.sh <project folder>}
unshipped="$project_dir/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$project_dir" --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= -clp:NoSummary > "$log" 2>&1 || true
added=$(grep -E 'warning RS0016|error RS0016' "$log" | sed -E "s/.*Symbol '(.*)' is not part of the declared public API.*/\1/" | sort -u || true)
removed=$(grep -E 'warning RS0017|error RS0017' "$log" | sed -E "s/.*Symbol '(.*)' is part of the declared API, but is either not public or could not be found.*/\1/" | sort -u || true)
tmp=$(mktemp)
{ echo '#nullable enable'; { grep -v '^#nullable enable$' "$unshipped" || true; printf '%s\n' "$added"; } | grep -v '^$' | grep -vxF -f <(printf '%s\n' "$removed" | grep -v '^$' || echo '\0') | sort -u; } > "$tmp"
mv "$tmp" "$unshipped"
echo "$(printf '%s\n' "$added" | grep -c . || true) added, $(printf '%s\n' "$removed" | grep -c . || true) removed: $unshipped"
grep -E ' error ' "$log" | grep -vE 'RS0016|RS0017' | sort -u | head -20 || true
rm -f "$log"
