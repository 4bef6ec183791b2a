/**
 * Merging. In: event records of many stories and outlets. Out: one record per real-world event,
 * with every source kept (doc, outlet, published) and every source's claims (fatalities min/max,
 * who said what). {@code EventMerger} runs it: {@code CandidateIndex} finds the groups a report
 * could join, {@code MergeRules} decides a pair, {@code EventCombiner} makes one event of a group.
 * The one definition `extract --merge`, the store and the Spark job share: reports in
 * {@code Arrival} order, a text read twice bringing its reports once ({@code RepeatedTexts}),
 * parts that never merge with each other ({@code MergePartition}).
 */
package org.rasid.merge;
