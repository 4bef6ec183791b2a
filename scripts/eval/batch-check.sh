#!/usr/bin/env bash
# Judges the confidence model on the dev batches no rule was tuned on: extracts the dev gold articles
# with `rasid calibrate --dump` (the figures calibrate itself prints go to a temporary file, and its
# confidence.tsv is written to a temporary file, never over the shipped one), then
# scripts/eval/batch_check.py fits on one batch and checks on the other, both ways, against the shipped
# weights: Brier, log-loss, reliability tables and event F1 by threshold. Never reads a test or val part.
# Usage: scripts/eval/batch-check.sh ["FIRST,SECOND" comment texts of the batches; default "round 15,round 16"]
# RASID_JAR, RASID_SHARED as calibrate.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
shared="${RASID_SHARED:-../shared}"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
RASID_CONFIDENCE_OUT="$tmp/confidence.tsv" scripts/eval/calibrate.sh --features all --l2 1 --repeats 1 \
  --dump "$tmp/judged.jsonl" 2>"$tmp/calibrate.err" >/dev/null
python3 scripts/eval/batch_check.py "$tmp/judged.jsonl" rasid-core/src/main/resources/rasid/data/confidence.tsv \
  ant:eval/ant-2018/sample.tsv:eval/ant-2018/gold.dev.jsonl \
  snn:eval/snn-2015/sample.tsv:eval/snn-2015/gold.dev.jsonl \
  "seeds::$shared/eval/seeds-dev.gold.jsonl" --batches "${1:-round 15,round 16}"
