#!/usr/bin/env bash
# Judges the confidence model on the dev batches no rule was tuned on: extracts the dev gold articles
# with `rasid calibrate --dump` (the figures calibrate itself prints go to a temporary file, and its
# confidence.tsv is written to a temporary file, never over the shipped one), then
# scripts/eval/batch_check.py fits on one batch and checks on the other, both ways, against the shipped
# weights: Brier, log-loss, reliability tables and event F1 by threshold. Never reads a test or val part.
# Usage: scripts/eval/batch-check.sh ["FIRST,SECOND" comment texts of the batches; default "round 15,round 16"]
#        scripts/eval/batch-check.sh --fresh ["FIRST[,END]"]: scripts/eval/fresh_check.py instead, which fits on
#        the studied articles and judges on the union of the fresh batches (scripts/eval/fresh-check.sh)
# RASID_JAR, RASID_SHARED as calibrate.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
shared="${RASID_SHARED:-../shared}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
RASID_CONFIDENCE_OUT="$tmp/confidence.tsv" scripts/eval/calibrate.sh --features all --l2 1 --repeats 1 \
  --dump "$tmp/judged.jsonl" 2>"$tmp/calibrate.err" >/dev/null
if [ "${1:-}" = --fresh ]; then
  check=(scripts/eval/fresh_check.py --fresh "${2:-round 15}")
else
  check=(scripts/eval/batch_check.py --batches "${1:-round 15,round 16}")
fi
python3 "${check[0]}" "$tmp/judged.jsonl" rasid-core/src/main/resources/rasid/data/confidence.tsv \
  ant:eval/ant-2018/sample.tsv:eval/ant-2018/gold.dev.jsonl \
  snn:eval/snn-2015/sample.tsv:eval/snn-2015/gold.dev.jsonl \
  "seeds::$shared/eval/seeds-dev.gold.jsonl" "${check[@]:1}"
