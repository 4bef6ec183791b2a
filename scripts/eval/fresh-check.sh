#!/usr/bin/env bash
# Judges refits of the confidence model on the union of the dev batches no rule was tuned on: extracts the dev
# gold articles with `rasid calibrate --dump` (its figures and its confidence.tsv go to a temporary folder, never
# over the shipped file), then scripts/eval/fresh_check.py fits on the studied articles and the seeds and judges
# on the fresh ones against the shipped weights (Brier, log-loss, event F1 by threshold). Never reads a test or
# val part.
# Usage: scripts/eval/fresh-check.sh ["FIRST[,END]" comment texts of sample.tsv; default "round 15": every dev
# article listed after the "round 15" line is fresh]. RASID_JAR, RASID_SHARED as calibrate.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
shared="${RASID_SHARED:-../shared}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
RASID_CONFIDENCE_OUT="$tmp/confidence.tsv" scripts/eval/calibrate.sh --features all --l2 1 --repeats 1 \
  --dump "$tmp/judged.jsonl" 2>"$tmp/calibrate.err" >/dev/null
python3 scripts/eval/fresh_check.py "$tmp/judged.jsonl" rasid-core/src/main/resources/rasid/data/confidence.tsv \
  ant:eval/ant-2018/sample.tsv:eval/ant-2018/gold.dev.jsonl \
  snn:eval/snn-2015/sample.tsv:eval/snn-2015/gold.dev.jsonl \
  "seeds::$shared/eval/seeds-dev.gold.jsonl" --fresh "${1:-round 15}"
