#!/usr/bin/env python3
"""Draws a gold sample: N article ids at random (fixed seed); the first TEST drawn are the test part.

Usage: scripts/eval/sample.py CORPUS.jsonl N TEST SEED [EARLIER.tsv [PART]] > eval/SET/sample.tsv
  ANT-2018:  scripts/eval/sample.py ../shared/corpus/external/ant-2018-syria/articles.jsonl 160 60 20261205
  SNN-2015:  scripts/eval/sample.py ../shared/corpus/external/saudinewsnet-syria-2015/articles.jsonl 60 60 20261206
             then 60 dev articles more:  ... 120 60 20261207 eval/snn-2015/sample.tsv
  ANT-2018 validation part (round 8): ... ant-2018-syria/articles.jsonl 220 60 20261208 eval/ant-2018/sample.tsv val
The draw is uniform over the corpus (diplomacy, analysis and no-event articles included), so the
sample looks like the feed. The same corpus, N, TEST and seed give the same sample.
With EARLIER.tsv the earlier sample is kept as it is (ids, order, parts) and the articles added
to reach N are drawn from the others, as dev (or as PART: "val" draws a validation part, scored
like test and tuned on by no one); an article whose text equals an earlier one's (a
page crawled twice under two ids) is never drawn, so dev cannot repeat a test text.
"""
import json, random, sys

corpus, n, test, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
articles = [json.loads(line) for line in open(corpus, encoding="utf-8") if line.strip()]
ids = [a["id"] for a in articles]
rng = random.Random(seed)
if len(sys.argv) > 5:
    earlier = [l.rstrip("\n").split("\t")[:2] for l in open(sys.argv[5]) if not l.startswith("#") and l.strip()]
    taken = {doc for doc, _ in earlier}
    texts = {a["text"] for a in articles if a["id"] in taken}
    rest = [a["id"] for a in articles if a["id"] not in taken and a["text"] not in texts]
    part = sys.argv[6] if len(sys.argv) > 6 else "dev"
    drawn = earlier + [[doc, part] for doc in rng.sample(rest, n - len(earlier))]
else:
    drawn = [[doc, "test" if i < test else "dev"] for i, doc in enumerate(rng.sample(ids, n))]
if len(sys.argv) > 5:
    print("# id\tpart\t(the first %d kept from %s; %d more drawn with seed %d as %s, of %d articles)"
          % (len(earlier), sys.argv[5], n - len(earlier), seed, part, len(ids)))
else:
    print("# id\tpart\t(seed %d, %d of %d articles, first %d drawn are test)" % (seed, n, len(ids), test))
for doc, part in drawn:
    print("%s\t%s" % (doc, part))
