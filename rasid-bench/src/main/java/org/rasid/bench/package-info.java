/**
 * All of Rasid's benchmark code and data; nothing in the pipeline, store or server depends on it.
 *
 * <p>In: seed pages (examples/seeds) and {@code rasid/data/bench-vocabulary.tsv}, from which
 * {@link org.rasid.bench.CorpusGenerator} makes a reproducible corpus with ground truth; or any
 * corpus folder; or a store size. Out: throughput per stage and for the whole pipeline on one
 * thread and on all cores with peak heap ({@link org.rasid.bench.PipelineBench}, behind
 * {@code rasid bench}), API latency p50/p99 ({@link org.rasid.bench.ApiBench}, filled by
 * {@link org.rasid.bench.SyntheticCorpus}), as a table on stdout and JSON.
 * The JMH micro-benchmarks are in {@code org.rasid.bench.jmh}.
 */
package org.rasid.bench;
