#!/usr/bin/env bash
# Whether a change leaves Rasid's output as it was: extracts the seeds, the SaudiNewsNet corpus and the ANT
# corpus with two jars (`extract --merge --min-confidence 0`, every record and event) and compares the files
# byte for byte. A speed change must print "same" three times; any other change explains each difference.
# Usage: scripts/eval/same-output.sh BEFORE.jar AFTER.jar [OUTDIR]   (RASID_SHARED as gold.sh; OUTDIR keeps the
# outputs for a diff, default a temporary folder removed at the end)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
before="$(readlink -f "${1:?usage: scripts/eval/same-output.sh BEFORE.jar AFTER.jar [OUTDIR]}")"
after="$(readlink -f "${2:?usage: scripts/eval/same-output.sh BEFORE.jar AFTER.jar [OUTDIR]}")"
external="${RASID_SHARED:-../shared}/corpus/external"
if [ -n "${3:-}" ]; then out="$3"; mkdir -p "$out"; else out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
status=0
for name in seeds snn ant; do
  case "$name" in
    seeds) input=examples/seeds ;;
    snn) input="$external/saudinewsnet-syria-2015/articles.jsonl" ;;
    ant) input="$external/ant-2018-syria/articles.jsonl" ;;
  esac
  for side in before after; do
    jar=$before; [ "$side" = after ] && jar=$after
    java -jar "$jar" extract "$input" --merge --min-confidence 0 --out "$out/$name.$side.jsonl" 2>/dev/null
  done
  if cmp -s "$out/$name.before.jsonl" "$out/$name.after.jsonl"; then
    echo "$name: same"
  else
    echo "$name: differs ($(diff "$out/$name.before.jsonl" "$out/$name.after.jsonl" | grep -c '^[<>]') lines)"
    status=1
  fi
done
exit $status
