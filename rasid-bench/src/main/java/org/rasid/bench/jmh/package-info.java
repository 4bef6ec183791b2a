/**
 * JMH micro-benchmarks of the hot inner loops (normaliser, tokenizer, phrase matcher, duplicate search).
 *
 * <p>In: the seed pages ({@link org.rasid.bench.jmh.BenchText}). Out: JMH's report, from
 * {@code java -jar rasid-bench/target/benchmarks.jar}. Kept out of {@code rasid.jar}.
 */
package org.rasid.bench.jmh;
