#!/usr/bin/env python3
"""Fits the confidence model on one unstudied dev batch and checks it on another, against the shipped weights.

Usage: scripts/eval/batch_check.py DUMP.jsonl CONFIDENCE.tsv SET:SAMPLE.tsv:GOLD.jsonl ... [--batches A,B]
  DUMP.jsonl: the judged events of `rasid calibrate --dump` (scripts/eval/batch-check.sh writes it);
  SET:SAMPLE:GOLD, one per gold set in the order calibrate read them (its article ids are "INDEX:DOC"),
  e.g. ant:eval/ant-2018/sample.tsv:eval/ant-2018/gold.dev.jsonl; a set without a sample is the seeds.
  --batches: the comment-line texts of sample.tsv that open the batches compared (default
  "round 15,round 16"): the dev articles listed after the line holding A (and before the one holding
  B) are batch A, those after B batch B; the dev articles listed earlier are "studied" (the rules were
  tuned on them), the seeds are their own batch.

Why batches: the rules are tuned on the dev articles, so a fit on them is over-confident on new text and
cross-validation over them cannot tell (docs/data-formats.md, "Unstudied level"). Batches coded before any
rule saw them can: a model fitted on one is judged on the other, which neither it nor the shipped weights
(round 6) were fitted on. For each direction it prints Brier score and log-loss of the shipped weights and
of refits (the shipped groups less date_known at several L2 penalties; the same fitted on the studied
articles plus the other batch; a two-parameter recalibration of the shipped score, a + b z, which
confidence.tsv can hold by scaling the weights), the reliability table (bins of 0.1: events, mean
confidence, share right) and the event F1 each threshold gives on the checked batch (TP/FP/FN against its
required gold events; an event is judged by its most confident report, as EventCombiner keeps).
Pure Python: the fit is LogisticFit's (Newton's method, L2 on every weight but the bias).
"""
import json, math, random, sys

L2S = (1, 3, 10, 30)
THRESHOLDS = (0, 0.30, 0.35, 0.40, 0.45, 0.50)
EXCLUDED = {"date_known"}  # marks a corpus, not a fact of the event (calibrate.sh --exclude)


def batches_of(sample, first, second):
    out, cur = {}, "studied"
    for line in open(sample, encoding="utf-8"):
        if line.startswith("#"):
            cur = "B" if second in line else "A" if first in line else cur
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) >= 2 and f[1].strip() == "dev":
            out[f[0].strip()] = cur
    return out


def model_of(path):
    w = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        k, v = line.rstrip("\n").split("\t")[:2]
        if k != "min_confidence":
            w[k] = float(v)
    return w


def sigmoid(z):
    return 1 / (1 + math.exp(-max(-40.0, min(40.0, z))))


def score(w, report):
    return w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in report.items() if k != "bias")


def prob(w, event):
    return max(sigmoid(score(w, r)) for r in event["reports"])


def group(name):
    return name.split("=")[0] + "=" if "=" in name else name


def solve(a, b):
    n = len(b)
    a = [row[:] for row in a]
    b = b[:]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[p], b[c], b[p] = a[p], a[c], b[p], b[c]
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            b[r] -= f * b[c]
            for j in range(c, n):
                a[r][j] -= f * a[c][j]
    s = [0.0] * n
    for r in range(n - 1, -1, -1):
        s[r] = (b[r] - sum(a[r][j] * s[j] for j in range(r + 1, n))) / a[r][r]
    return s


def newton(x, y, l2):
    """LogisticFit: penalised logistic regression, the bias (column 0) unpenalised."""
    k = len(x[0])
    w = [0.0] * k
    for _ in range(100):
        g = [0.0] * k
        h = [[0.0] * k for _ in range(k)]
        for xi, yi in zip(x, y):
            p = sigmoid(sum(a * b for a, b in zip(w, xi)))
            r = p * (1 - p)
            nz = [j for j in range(k) if xi[j] != 0]
            for a in nz:
                g[a] += (p - yi) * xi[a]
                for b in nz:
                    h[a][b] += r * xi[a] * xi[b]
        for j in range(k):
            g[j] += (l2 if j else 0) * w[j]
            h[j][j] += l2 if j else 1e-9
        step = solve(h, g)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def refit(events, groups, l2):
    names = sorted({k for e in events for r in e["reports"] for k in r if k != "bias" and group(k) in groups})
    x, y = [], []
    for e in events:
        for r in e["reports"]:
            x.append([1.0] + [r.get(n, 0.0) for n in names])
            y.append(e["y"])
    return dict(zip(["bias"] + names, newton(x, y, l2)))


def recalibration(events, base):
    """p' = sigmoid(a + b z) over the shipped score z, written back as weights (b w, bias b w0 + a)."""
    x = [[1.0, max(score(base, r) for r in e["reports"])] for e in events]
    a, b = newton(x, [e["y"] for e in events], 0)
    w = {k: v * b for k, v in base.items()}
    w["bias"] = base.get("bias", 0.0) * b + a
    return w


def brier(ps, ys):
    return sum((p - y) ** 2 for p, y in zip(ps, ys)) / len(ps)


def log_loss(ps, ys):
    c = [min(1 - 1e-6, max(1e-6, p)) for p in ps]
    return -sum(y * math.log(p) + (1 - y) * math.log(1 - p) for p, y in zip(c, ys)) / len(ps)


def brier_gain(test, shipped, model, draws=2000, seed=7):
    """The model's Brier score less the shipped weights' on the checked batch, and its 90% interval by a
    paired bootstrap over articles (an article's events are drawn together: they share its text)."""
    by_article = {}
    for e in test:
        by_article.setdefault(e["article"], []).append((prob(model, e) - e["y"]) ** 2 - (prob(shipped, e) - e["y"]) ** 2)
    articles = sorted(by_article)
    rng = random.Random(seed)
    diffs = []
    for _ in range(draws):
        drawn = [d for a in (rng.choice(articles) for _ in articles) for d in by_article[a]]
        diffs.append(sum(drawn) / len(drawn))
    diffs.sort()
    whole = sum(d for v in by_article.values() for d in v) / len(test)
    return whole, diffs[int(0.05 * draws)], diffs[int(0.95 * draws)]


def reliability(columns):
    print("| confidence | " + " | ".join(f"{name}: events | predicted | observed" for name, _, _ in columns) + " |")
    print("|---" * (1 + 3 * len(columns)) + "|")
    for k in range(10):
        cells, any_event = [], False
        for _, ps, ys in columns:
            idx = [i for i, p in enumerate(ps) if min(9, int(p * 10)) == k]
            any_event |= bool(idx)
            cells += [str(len(idx)), f"{sum(ps[i] for i in idx) / len(idx):.3f}" if idx else "",
                      f"{sum(ys[i] for i in idx) / len(idx):.3f}" if idx else ""]
        if any_event:
            print(f"| {k / 10:.1f}–{(k + 1) / 10:.1f} | " + " | ".join(cells) + " |")
    print("| all (Brier) | " + " | ".join(f"{len(ps)} | {sum(ps) / len(ps):.3f} | {sum(ys) / len(ys):.3f} ({brier(ps, ys):.4f})"
                                    for _, ps, ys in columns) + " |")


def judged(dump, specs, batches):
    """The gold sets' names, the dump's judged events (each with its set and its batch: batches(SAMPLE) maps a
    doc to its batch, a set without a sample is "seeds") and the required gold events per (set, batch)."""
    sets, batch, required = [], {}, {}
    for i, spec in enumerate(specs):
        name, sample, gold = spec.split(":")
        sets.append(name)
        batch[str(i)] = batches(sample) if sample else None
        for line in open(gold, encoding="utf-8"):
            g = json.loads(line)
            if ("acled_type" in g or "cameo" in g) and not g.get("optional"):
                b = batch[str(i)].get(g["doc"]) if batch[str(i)] is not None else "seeds"
                required[(name, b)] = required.get((name, b), 0) + 1
    events = []
    for line in open(dump, encoding="utf-8"):
        e = json.loads(line)
        s, doc = e["article"].split(":", 1)
        b = batch[s].get(doc, "?") if batch[s] is not None else "seeds"
        events.append({"article": e["article"], "set": sets[int(s)], "batch": b, "reports": e["reports"],
                       "y": 1.0 if e["right"] else 0.0, "required": e["required"]})
    return sets, events, required


def main(argv):
    first, second = "round 15", "round 16"
    if "--batches" in argv:
        i = argv.index("--batches")
        first, second = argv[i + 1].split(",")
        argv = argv[:i] + argv[i + 2:]
    dump, shipped_file, specs = argv[0], argv[1], argv[2:]
    shipped = model_of(shipped_file)
    sets, events, required = judged(dump, specs, lambda sample: batches_of(sample, first, second))
    by = lambda b: [e for e in events if e["batch"] == b]
    names = {"studied": "studied (before " + first + ")", "A": first, "B": second, "seeds": "seeds"}
    for b in ("studied", "A", "B", "seeds"):
        evs = by(b)
        if evs:
            print(f"{names[b]}: {len(evs)} judged events, {sum(e['y'] for e in evs) / len(evs):.3f} right")
    groups = {group(k) for k in shipped if k != "bias"} - EXCLUDED
    for fit_on, check in (("A", "B"), ("B", "A")):
        label = {"A": first, "B": second}
        train, test = by(fit_on), by(check)
        print(f"\n## fitted on the {label[fit_on]} batch, checked on the {label[check]} batch "
              f"({len(test)} judged events of {len({e['article'] for e in test})} articles)")
        models = {"shipped weights": shipped}
        for l2 in L2S:
            models[f"refit, l2 {l2}"] = refit(train, groups, l2)
        models["refit on studied + batch, l2 1"] = refit(by("studied") + train, groups, 1)
        models["recalibrated shipped (a + b z)"] = recalibration(train, shipped)
        print("| model | checked: events | Brier | log-loss | " + " | ".join(
            f"{s} Brier" for s in sets if s != "seeds") + " | seeds Brier | Brier less shipped's (90% by article) |")
        print("|---" * (5 + len(sets)) + "|")
        for name, m in models.items():
            ps, ys = [prob(m, e) for e in test], [e["y"] for e in test]
            per = [brier([prob(m, e) for e in test if e["set"] == s], [e["y"] for e in test if e["set"] == s])
                   for s in sets if s != "seeds"]
            seeds = by("seeds")
            sb = brier([prob(m, e) for e in seeds], [e["y"] for e in seeds]) if seeds else float("nan")
            gain = "" if m is shipped else "{:+.4f} ({:+.4f} .. {:+.4f})".format(*brier_gain(test, shipped, m))
            print(f"| {name} | {len(ps)} | {brier(ps, ys):.4f} | {log_loss(ps, ys):.4f} | "
                  + " | ".join(f"{x:.4f}" for x in per) + f" | {sb:.4f} | {gain} |")
        print(f"\nReliability on the {label[check]} batch:")
        ys = [e["y"] for e in test]
        reliability([(n, [prob(models[n], e) for e in test], ys)
                     for n in ("shipped weights", "refit, l2 10", "recalibrated shipped (a + b z)")])
        print(f"\nEvent F1 on the {label[check]} batch by threshold (TP/FP/FN F1):")
        for s in sets:
            if s == "seeds":
                continue
            evs = [e for e in test if e["set"] == s]
            for n in ("shipped weights", "refit, l2 10", "refit on studied + batch, l2 1"):
                ps = [prob(models[n], e) for e in evs]
                cells = []
                for t in THRESHOLDS:
                    tp = sum(1 for e, p in zip(evs, ps) if p >= t and e["y"] and e["required"])
                    fp = sum(1 for e, p in zip(evs, ps) if p >= t and not e["y"])
                    fn = required.get((s, check), 0) - tp
                    cells.append(f"{t:.2f}: {tp}/{fp}/{fn} {2 * tp / max(1, 2 * tp + fp + fn):.3f}")
                print(f"  {s} {n}: " + " | ".join(cells))
    # the shipped weights on both batches, statements (family=verbal) apart from acts: where the cut bites
    both = by("A") + by("B")
    print(f"\nShipped weights on both batches ({len(both)} judged events), statements and acts apart:")
    split = [("all", both), ("statements", [e for e in both if e["reports"][0].get("family=verbal") == 1.0]),
             ("acts", [e for e in both if e["reports"][0].get("family=verbal") != 1.0])]
    reliability([(n, [prob(shipped, e) for e in evs], [e["y"] for e in evs]) for n, evs in split])


if __name__ == "__main__":
    main(sys.argv[1:])
