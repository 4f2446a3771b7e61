#!/usr/bin/env bash
# The long fuzzing campaign, beyond the short deterministic one CI runs in the tests (tests/README.md):
# AFL++ (a Debian package) drives the harness fuzz/AseanMinerals.Fuzzing, whose readers SharpFuzz instruments.
#
#   bash eng/fuzz.sh json-document|json-lines|comtrade [minutes]     (default 60 minutes)
#
# Seeds are the valid samples and fixtures of the tests. Crashes land in artifacts/fuzz/TARGET/findings/default/crashes:
# replay one with `dotnet artifacts/fuzz/TARGET/bin/AseanMinerals.Fuzzing.dll TARGET < FILE`, then add it to the corpus of
# bad inputs (tests/*/BadInputs, with its outcome in manifest.json) and fix the reader.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?"name a target: json-document, json-lines or comtrade"}
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

case "$target" in
  json-document) cp tests/AseanMinerals.Core.Tests/Serialization/Samples/valid/*.json "$out/seeds/" ;;
  json-lines) cp tests/AseanMinerals.Core.Tests/Serialization/Samples/valid/*.jsonl "$out/seeds/" ;;
  comtrade) cp tests/AseanMinerals.Comtrade.Tests/Fixtures/*.csv tests/AseanMinerals.Comtrade.Tests/Fixtures/*.json "$out/seeds/" ;;
  *) echo "unknown target '$target'" >&2; exit 2 ;;
esac

# .NET is not an AFL-compiled binary (SharpFuzz reports coverage itself); there is no memory limit to set for the runtime.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
timeout --preserve-status "${minutes}m" afl-fuzz -i "$out/seeds" -o "$out/findings" -t 10000 -m none \
  -- dotnet "$out/bin/AseanMinerals.Fuzzing.dll" "$target" || true
crashes=$(find "$out/findings" -path '*crashes/id*' 2>/dev/null | wc -l)
echo "$target: $crashes crashing inputs in $out/findings/default/crashes"
