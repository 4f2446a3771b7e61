#!/usr/bin/env bash
# Regenerates seeds/hs/ (UNSD's HS correlation tables and UN Comtrade's HS 2022 code list, as embedded by
# AseanMinerals.Core) from shared/data/unsd_hs_correlation. With --check, writes nothing and fails when they differ.
#   bash eng/generate-hs-tables.sh [--check] [source folder]
set -euo pipefail
cd "$(dirname "$0")/.."
check=()
if [ "${1:-}" = "--check" ]; then check=(--check); shift; fi
source=${1:-${ASEAN_MINERALS_SHARED_DATA:-../../shared/data}/unsd_hs_correlation}
[ -d "$source" ] || source=../shared/data/unsd_hs_correlation
dotnet run --project eng/HsTablesGenerator -c Release -- "$source" seeds/hs "${check[@]}"
