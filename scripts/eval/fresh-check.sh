#!/usr/bin/env bash
# Judges refits of the confidence model on the union of the dev batches no rule was tuned on: extracts the dev
# gold articles with `rasid calibrate --dump` (its figures and its confidence.tsv go to a temporary folder, never
# over the shipped file), then scripts/eval/fresh_check.py fits on the studied articles and the seeds and judges
# on the fresh ones against the shipped weights (Brier, log-loss, event F1 by threshold). Never reads a test or
# val part. The extraction is batch-check.sh's.
# Usage: scripts/eval/fresh-check.sh ["FIRST[,END]" comment texts of sample.tsv; default "round 15": every dev
# article listed after the "round 15" line is fresh]. RASID_JAR, RASID_SHARED as calibrate.sh.
exec "$(dirname "${BASH_SOURCE[0]}")/batch-check.sh" --fresh "$@"
