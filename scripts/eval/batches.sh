#!/usr/bin/env bash
# Scores Rasid on the dev articles of some fresh batches only: those listed in eval/SET/sample.tsv from the
# comment line that contains FIRST up to (not including) the one that contains END (default: to the end).
# A batch coded before a round and kept from its rules is read this way at the round's end (the held-out
# reading of eval/*/README.md); like the test part, it prints the summary only: its errors are not studied
# while it is held out.
# Usage: scripts/eval/batches.sh SET FIRST [END]
#   e.g. scripts/eval/batches.sh ant-2018 "round 20"            (rounds 20, 21, 22 ... pooled)
#        scripts/eval/batches.sh snn-2015 "round 15" "round 20" (the rounds-15-19 union)
# RASID_JAR picks the jar (default rasid-cli/target/rasid.jar), RASID_SHARED the shared folder (default ../shared),
# RASID_EXTRACT_OPTS more extract options (as gold.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
set_name="${1:?usage: scripts/eval/batches.sh SET FIRST [END]}"
first="${2:?usage: scripts/eval/batches.sh SET FIRST [END]}"
end="${3:-}"
. scripts/eval/gold-set.sh
python3 - "$articles" "$dir/sample.tsv" "$dir/gold.dev.jsonl" "$tmp" "$first" "$end" <<'PY'
import json, sys
articles, sample, gold, tmp, first, end = sys.argv[1:7]
ids, on = set(), False
for line in open(sample, encoding="utf-8"):
    if line.startswith("#"):
        if first in line:
            on = True
        elif end and end in line:
            on = False
        continue
    f = line.rstrip("\n").split("\t")
    if on and len(f) >= 2 and f[1].strip() == "dev":
        ids.add(f[0].strip())
if not ids:
    sys.exit("no dev article is listed after a comment line containing '%s' in %s" % (first, sample))
with open(tmp + "/articles.jsonl", "w", encoding="utf-8") as out:
    for line in open(articles, encoding="utf-8"):
        if json.loads(line)["id"] in ids:
            out.write(line)
with open(tmp + "/gold.jsonl", "w", encoding="utf-8") as out:
    for line in open(gold, encoding="utf-8"):
        if line.strip() and json.loads(line)["doc"] in ids:
            out.write(line)
print("== %s dev, %d articles listed from '%s'%s" % (sys.argv[3].split("/")[1], len(ids), first,
      " to '%s'" % end if end else ""))
PY
# --alone: each article read whole, as gold.sh does
java -jar "$jar" extract "$tmp/articles.jsonl" --alone ${RASID_EXTRACT_OPTS:-} --out "$tmp/pred.jsonl" 2>/dev/null
java -jar "$jar" eval "$tmp/gold.jsonl" "$tmp/pred.jsonl" | awk '/^missed gold events/ || /^== / {stop = 1} !stop'
