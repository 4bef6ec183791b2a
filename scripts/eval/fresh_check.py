#!/usr/bin/env python3
"""Fits the confidence model on the studied dev articles and judges it on the union of the fresh batches.

Usage: scripts/eval/fresh_check.py DUMP.jsonl CONFIDENCE.tsv SET:SAMPLE.tsv:GOLD.jsonl ... [--fresh A[,END]]
  DUMP.jsonl, CONFIDENCE.tsv, SET:SAMPLE:GOLD as scripts/eval/batch_check.py (scripts/eval/fresh-check.sh
  writes the dump). --fresh: the comment-line text of sample.tsv that opens the first fresh batch (default
  "round 15") and, after a comma, the one that closes the union (default none): the dev articles listed
  between are "fresh", those listed earlier "studied" (the rules were tuned on them); the seeds are fitted
  on with the studied articles.

batch_check.py judges one fresh batch against another (about 90 events each); the union of several batches
is the larger out-of-sample set a refit needs (docs/data-formats.md, "Calibration figures (round 16)": some
170 articles with events). Every model here is fitted on the studied articles and the seeds only and judged
on the fresh ones, against the shipped weights, which saw neither: the shipped groups refitted (as
calibrate.sh would), and corrections to the shipped weights (the shipped score as an offset, a penalised
weight for each feature of a group, no new bias: the studied articles are right more often than new text, so
their level must not be learnt). For each: Brier and log-loss per gold set and pooled, the pooled Brier gain
over the shipped weights with a 90% interval by article, the seeds' Brier, and the event F1 of each set at
0.35, 0.40, 0.45 and at the threshold (steps of 0.05) best on the studied articles.
"""
import math
import sys

from batch_check import EXCLUDED, brier, brier_gain, group, judged, log_loss, model_of, prob, refit, score, sigmoid, solve

L2S = (1, 3, 10, 30)
CORRECTIONS = {"cameo=": ("cameo=",), "speaker=": ("speaker=",), "cameo= speaker=": ("cameo=", "speaker="),
               "story": ("incident_retold", "paragraph_events"),
               "cameo= speaker= story": ("cameo=", "speaker=", "incident_retold", "paragraph_events")}


def batches_of(sample, first, end):
    out, cur = {}, "studied"
    for line in open(sample, encoding="utf-8"):
        if line.startswith("#"):
            cur = "after" if end and end in line else "fresh" if first in line else cur
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) >= 2 and f[1].strip() == "dev":
            out[f[0].strip()] = cur
    return out


def corrected(events, base, groups, l2):
    """The shipped weights plus a penalised correction for each feature of the groups, fitted with the shipped
    score as an offset (Newton's method; no bias: the studied level is not new text's)."""
    names = sorted({k for e in events for r in e["reports"] for k in r if group(k) in groups})
    rows = [(score(base, r), [r.get(n, 0.0) for n in names], e["y"]) for e in events for r in e["reports"]]
    k = len(names)
    d = [0.0] * k
    for _ in range(100):
        g = [l2 * x for x in d]
        h = [[l2 if a == b else 0.0 for b in range(k)] for a in range(k)]
        for z, x, y in rows:
            p = sigmoid(z + sum(a * b for a, b in zip(d, x)))
            nz = [j for j in range(k) if x[j] != 0]
            for a in nz:
                g[a] += (p - y) * x[a]
                for b in nz:
                    h[a][b] += p * (1 - p) * x[a] * x[b]
        step = solve(h, g)
        d = [a - b for a, b in zip(d, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    w = dict(base)
    for n, x in zip(names, d):
        w[n] = w.get(n, 0.0) + x
    return w


def f1(events, ps, t, required):
    tp = sum(1 for e, p in zip(events, ps) if p >= t and e["y"] and e["required"])
    fp = sum(1 for e, p in zip(events, ps) if p >= t and not e["y"])
    fn = required - tp
    return tp, fp, fn, 2 * tp / max(1, 2 * tp + fp + fn)


def main(argv):
    first, end = "round 15", None
    if "--fresh" in argv:
        i = argv.index("--fresh")
        parts = argv[i + 1].split(",")
        first, end = parts[0], parts[1] if len(parts) > 1 else None
        argv = argv[:i] + argv[i + 2:]
    dump, shipped_file, specs = argv[0], argv[1], argv[2:]
    shipped = model_of(shipped_file)
    sets, events, required = judged(dump, specs, lambda sample: batches_of(sample, first, end))
    train = [e for e in events if e["batch"] in ("studied", "seeds")]
    fresh = [e for e in events if e["batch"] == "fresh"]
    seeds = [e for e in events if e["batch"] == "seeds"]
    gold = [s for s in sets if s != "seeds"]
    for s in sets:
        for b in ("studied", "fresh", "seeds"):
            evs = [e for e in events if e["set"] == s and e["batch"] == b]
            if evs:
                print(f"{s} {b}: {len(evs)} judged events, {sum(e['y'] for e in evs) / len(evs):.3f} right, "
                      f"{required.get((s, b), 0)} required gold")
    groups = {group(k) for k in shipped if k != "bias"} - EXCLUDED
    models = {"shipped weights": shipped}
    for l2 in L2S:
        models[f"shipped groups refitted, l2 {l2}"] = refit(train, groups, l2)
    for name, gs in CORRECTIONS.items():
        for l2 in (3, 10, 30):
            models[f"shipped + {name}, l2 {l2}"] = corrected(train, shipped, set(gs), l2)
    print(f"\nfitted on the studied articles and the seeds ({len(train)} events), judged on the fresh ones "
          f"({len(fresh)} events of {len({e['article'] for e in fresh})} articles)")
    print("| model | " + " | ".join(f"{s} Brier | {s} log-loss" for s in gold)
          + " | pooled Brier | less shipped's (90% by article) | seeds Brier |")
    print("|---" * (4 + 2 * len(gold)) + "|")
    for name, m in models.items():
        cells = []
        for s in gold:
            evs = [e for e in fresh if e["set"] == s]
            ps, ys = [prob(m, e) for e in evs], [e["y"] for e in evs]
            cells += [f"{brier(ps, ys):.4f}", f"{log_loss(ps, ys):.4f}"]
        pooled = brier([prob(m, e) for e in fresh], [e["y"] for e in fresh])
        gain = "" if m is shipped else "{:+.4f} ({:+.4f} .. {:+.4f})".format(*brier_gain(fresh, shipped, m))
        sb = brier([prob(m, e) for e in seeds], [e["y"] for e in seeds]) if seeds else math.nan
        print(f"| {name} | " + " | ".join(cells) + f" | {pooled:.4f} | {gain} | {sb:.4f} |")
    print("\nEvent F1 on the fresh articles (TP/FP/FN F1); 'studied best' is the threshold best on the studied ones:")
    for name, m in models.items():
        best, best_f = 0.40, -1.0
        for k in range(5, 12):
            t = k * 0.05
            tp = fp = fn = 0
            for s in gold:
                evs = [e for e in events if e["set"] == s and e["batch"] == "studied"]
                a, b, c, _ = f1(evs, [prob(m, e) for e in evs], t, required.get((s, "studied"), 0))
                tp, fp, fn = tp + a, fp + b, fn + c
            f = 2 * tp / max(1, 2 * tp + fp + fn)
            if f > best_f + 1e-9:
                best, best_f = t, f
        cells = []
        for t in sorted({0.35, 0.40, 0.45, round(best, 2)}):
            per = []
            for s in gold:
                evs = [e for e in fresh if e["set"] == s]
                tp, fp, fn, f = f1(evs, [prob(m, e) for e in evs], t, required.get((s, "fresh"), 0))
                per.append(f"{s} {tp}/{fp}/{fn} {f:.3f}")
            cells.append(f"{t:.2f}{' (studied best)' if t == round(best, 2) else ''}: " + ", ".join(per))
        print(f"  {name}: " + " | ".join(cells))


if __name__ == "__main__":
    main(sys.argv[1:])
