package org.rasid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.bench.PipelineBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure throughput of each pipeline stage and of the whole pipeline, on one thread and on",
                "all cores, with peak heap; prints a table and can write JSON.",
                "--generate MB first writes a reproducible benchmark corpus built from the seed pages."})
/** The command line of the benchmarks; the work is rasid-bench's {@link PipelineBench}. */
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", description = {"Corpus to time (.txt/.html/.jsonl/.warc files); "
            + "may repeat: each is timed in turn, in the order given (real text first, then --generate's corpus)."})
    List<Path> corpora;

    @Option(names = "--generate", paramLabel = "MB", description = "Generate a corpus of this many MB of text first.")
    Integer generateMb;

    @Option(names = "--out", paramLabel = "DIR", description = "Where --generate writes (default: a temporary folder).")
    Path out;

    @Option(names = "--seed", defaultValue = "20180702", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "examples/seeds",
            description = "Seed pages the generator varies (default ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--generate-only", description = "Stop after generating the corpus.")
    boolean generateOnly;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the parallel passes (default: all cores).")
    Integer threads;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE",
            description = "Stages to time: read,clean,segment,dedup,mentions,events,merge,store (default all).")
    List<String> stages;

    @Option(names = "--max-mb", paramLabel = "MB", description = "Time only the first MB of the corpus (whole files).")
    Integer maxMb;

    @Option(names = "--repeat", defaultValue = "1", description = "Read the corpus this many times per pass (small corpora).")
    int repeat;

    @Option(names = "--warmup-mb", defaultValue = "8", description = "MB processed untimed first, for the JIT (default ${DEFAULT-VALUE}).")
    int warmupMb;

    @Option(names = "--passes", split = ",", paramLabel = "PASS", defaultValue = "stages,pipeline",
            description = "Passes to run: stages (each stage timed), pipeline (whole Pipeline.process); default ${DEFAULT-VALUE}.")
    List<String> passes;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(names = "--api", paramLabel = "STORIES",
            description = "Measure API latency (p50/p99 of events, search, stats) on a store of this many stories instead.")
    Integer apiStories;

    @Option(names = "--api-data", paramLabel = "DIR", defaultValue = "bench-out/api-store",
            description = "Data folder of the --api store; filled once, reused after (default ${DEFAULT-VALUE}).")
    Path apiData;

    @Option(names = "--api-requests", paramLabel = "N", defaultValue = "1000",
            description = "Requests per endpoint for --api (default ${DEFAULT-VALUE}).")
    int apiRequests;

    @Option(names = "--whole-process", paramLabel = "RUNS", defaultValue = "0",
            description = {"After the warm passes, run `rasid extract` and Lucene's ArabicAnalyzer over the same files as "
                    + "whole processes, RUNS times each, and print the least CPU seconds (user+sys) of each (Linux).",
                    "The child JVMs get this JVM's options. Default ${DEFAULT-VALUE}: not run."})
    int wholeRuns;

    @Override
    public Integer call() throws IOException {
        return new PipelineBench(new PipelineBench.Options(corpora, generateMb, out, seed, seeds, generateOnly, threads,
                stages, maxMb, repeat, warmupMb, passes, json, apiStories, apiData, apiRequests, wholeRuns)).run();
    }
}
