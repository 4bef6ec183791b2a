#!/usr/bin/env bash
# The figures a rule is accepted or refused on, one line each: the overall TP FP FN opt P R F1 of the
# dev and validation parts of both gold sets (ANT-2018, SNN-2015; val prints its summary only) and of the
# seeds' dev gold. Never the test parts: read those once, at the end of a round (gold.sh SET test).
# Usage: scripts/eval/summary.sh [JAR] [LABEL]   (JAR default rasid-cli/target/rasid.jar; RASID_SHARED as gold.sh)
# Compare two jars (main's and a branch's) by running it on each.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
jar="$(readlink -f "${1:-rasid-cli/target/rasid.jar}")"
label="${2:-$(basename "$jar")}"
shared="${RASID_SHARED:-../shared}"
for set in ant-2018 snn-2015; do
  for part in dev val; do
    line=$(RASID_JAR="$jar" RASID_SHARED="$shared" scripts/eval/gold.sh "$set" "$part" | grep -m1 '^overall' || true)
    echo "$label $set $part: ${line:-no figures (gold.sh failed)}"
  done
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
java -jar "$jar" extract examples/seeds --out "$tmp/seeds.jsonl" 2>/dev/null
echo "$label seeds: $(java -jar "$jar" eval "$shared/eval/seeds-dev.gold.jsonl" "$tmp/seeds.jsonl" | grep -m1 '^overall')"
