#!/usr/bin/env bash
# Scores Rasid on one gold set under eval/: extracts the set's sampled articles from its corpus in
# ../shared/corpus/external and runs `rasid eval` on the dev part, the test part, the validation part or
# several. Read the test and validation parts' scores; study only the dev part's errors
# (docs/annotation.md): the test and val parts print their summaries only, whatever options are given.
# Usage: scripts/eval/gold.sh SET [dev|test|val|both|all] [extra rasid eval options, e.g. --errors or --json]
#   both: dev and test; all: every part the set has.
#   SET: ant-2018 (ANT corpus, 2018: 440 dev + 60 test + 60 val articles) or snn-2015 (SaudiNewsNet, 2015:
#   200 dev + 60 test + 60 val). The test parts are held out from every round's tuning; the val parts
#   (round 8) are scored like test, used to accept or refuse a round's changes before the test part is read.
# RASID_JAR picks the jar (default rasid-cli/target/rasid.jar; build it with mvn -DskipTests package);
# RASID_SHARED the shared folder (default ../shared); RASID_EXTRACT_OPTS more extract options (for a
# threshold sweep: RASID_EXTRACT_OPTS="--min-confidence 0").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
set_name="${1:?usage: scripts/eval/gold.sh SET [dev|test|both] [rasid eval options]}"; shift
part="${1:-both}"; shift || true
. scripts/eval/gold-set.sh
python3 - "$articles" "$dir/sample.tsv" "$tmp/sample.jsonl" <<'PY'
import json, sys
ids = {l.split("\t")[0] for l in open(sys.argv[2]) if not l.startswith("#")}
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        if json.loads(line)["id"] in ids:
            out.write(line)
PY
# --alone: each article is read as its annotator read it, whole, even where it repeats another sampled
# article (read in one run, a repeated paragraph would give its events to the earlier article only)
java -jar "$jar" extract "$tmp/sample.jsonl" --alone ${RASID_EXTRACT_OPTS:-} --out "$tmp/pred.jsonl" 2>/dev/null
for p in dev test val; do
  wanted=false
  case "$part" in
    "$p"|all) wanted=true ;;
    both) [ "$p" != val ] && wanted=true ;;
  esac
  if $wanted && [ -f "$dir/gold.$p.jsonl" ]; then
    echo "== $set_name $p part"
    if [ "$p" != dev ]; then
      java -jar "$jar" eval "$dir/gold.$p.jsonl" "$tmp/pred.jsonl" \
        | awk '/^missed gold events/ || /^== / {stop = 1} !stop'
    else
      java -jar "$jar" eval "$dir/gold.$p.jsonl" "$tmp/pred.jsonl" "$@"
    fi
  elif [ "$part" = "$p" ]; then
    echo "$set_name has no $p part ($dir/gold.$p.jsonl)" >&2; exit 2
  fi
done
