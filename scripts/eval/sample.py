#!/usr/bin/env python3
"""Draws a gold sample: N article ids at random (fixed seed); the first TEST drawn are the test part.

Usage: scripts/eval/sample.py CORPUS.jsonl N TEST SEED > eval/SET/sample.tsv
  ANT-2018:     scripts/eval/sample.py ../shared/corpus/external/ant-2018-syria/articles.jsonl 160 60 20261205
  SNN-2015:     scripts/eval/sample.py ../shared/corpus/external/saudinewsnet-syria-2015/articles.jsonl 60 60 20261206
The draw is uniform over the corpus (diplomacy, analysis and no-event articles included), so the
sample looks like the feed. The same corpus, N, TEST and seed give the same sample.
"""
import json, random, sys

corpus, n, test, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
ids = [json.loads(line)["id"] for line in open(corpus, encoding="utf-8") if line.strip()]
sample = random.Random(seed).sample(ids, n)
print("# id\tpart\t(seed %d, %d of %d articles, first %d drawn are test)" % (seed, n, len(ids), test))
for i, doc in enumerate(sample):
    print("%s\t%s" % (doc, "test" if i < test else "dev"))
