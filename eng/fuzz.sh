#!/usr/bin/env bash
# The long fuzzing campaign, beyond the short deterministic one CI runs in the tests (tests/README.md):
# AFL++ (a Debian package) drives the harness fuzz/AseanMinerals.Fuzzing, whose readers SharpFuzz instruments.
#
#   bash eng/fuzz.sh json-document|json-lines|json-lines-gzip|comtrade [minutes]     (default 60 minutes)
#
# Seeds are the valid samples and fixtures of the tests, with gzip files of one and of two members (the second half
# compressed on its own and appended, as cat a.gz b.gz makes) and a Comtrade+ response appended to itself (curl >> file).
# json-lines-gzip takes plain JSON Lines and compresses each input in two members before reading it. Crashes land in artifacts/fuzz/TARGET/findings/default/crashes:
# replay one with `dotnet artifacts/fuzz/TARGET/bin/AseanMinerals.Fuzzing.dll TARGET < FILE`, then add it to the corpus of
# bad inputs (tests/*/BadInputs, with its outcome in manifest.json) and fix the reader.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?"name a target: json-document, json-lines, json-lines-gzip or comtrade"}
minutes=${2:-60}
out=artifacts/fuzz/$target

command -v afl-fuzz >/dev/null || { apt-get update && apt-get install -y afl++; }
export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0

rm -rf "$out/bin" "$out/seeds"
mkdir -p "$out/seeds"
dotnet publish fuzz/AseanMinerals.Fuzzing -c Release -o "$out/bin"
for assembly in AseanMinerals.Core.dll AseanMinerals.Comtrade.dll; do
  sharpfuzz "$out/bin/$assembly"
done

# FILE.gz (one member) and FILE.2.gz (two members: the first half, then the rest, each compressed on its own).
gzip_seeds() {
  local size half
  size=$(stat -c %s "$1"); half=$((size / 2))
  gzip -9nc "$1" > "$1.gz"
  { head -c "$half" "$1" | gzip -9nc; tail -c "+$((half + 1))" "$1" | gzip -9nc; } > "$1.2.gz"
}

case "$target" in
  json-document) cp tests/AseanMinerals.Core.Tests/Serialization/Samples/valid/*.json "$out/seeds/" ;;
  json-lines)
    cp tests/AseanMinerals.Core.Tests/Serialization/Samples/valid/*.jsonl "$out/seeds/"
    for f in "$out"/seeds/*.jsonl; do gzip_seeds "$f"; done ;;
  json-lines-gzip) cp tests/AseanMinerals.Core.Tests/Serialization/Samples/valid/*.jsonl "$out/seeds/" ;;
  comtrade)
    cp tests/AseanMinerals.Comtrade.Tests/Fixtures/*.csv tests/AseanMinerals.Comtrade.Tests/Fixtures/*.json "$out/seeds/"
    for f in "$out"/seeds/*.csv; do gzip_seeds "$f"; done
    for f in "$out"/seeds/*.json; do cat "$f" "$f" > "${f%.json}-appended.json"; done ;;
  *) echo "unknown target '$target'" >&2; exit 2 ;;
esac

# .NET is not an AFL-compiled binary (SharpFuzz reports coverage itself); there is no memory limit to set for the runtime.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
timeout --preserve-status "${minutes}m" afl-fuzz -i "$out/seeds" -o "$out/findings" -t 10000 -m none \
  -- dotnet "$out/bin/AseanMinerals.Fuzzing.dll" "$target" || true
crashes=$(find "$out/findings" -path '*crashes/id*' 2>/dev/null | wc -l)
echo "$target: $crashes crashing inputs in $out/findings/default/crashes"
