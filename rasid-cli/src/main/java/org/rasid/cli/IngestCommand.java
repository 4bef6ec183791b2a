package org.rasid.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.ingest.SourceReader;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.BatchIngester;
import org.rasid.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read files into the data folder (SQLite + Lucene): .txt .html .jsonl .warc(.gz), folders, - for stdin.",
                "Idempotent: content already stored (same text) is counted as a duplicate and adds nothing."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest")
    List<String> paths;

    @Mixin
    StoreOptions store;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest document read (default: 32 MiB)")
    long maxBytes = SourceReader.DEFAULT_MAX_BYTES;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + BatchIngester.DEFAULT_DOCUMENTS,
            description = {"documents stored per transaction, default ${DEFAULT-VALUE}: a crash loses the unfinished "
                    + "batch, never part of a document."})
    int batch;

    @Override
    public Integer call() throws Exception {
        String bad = batch < 1 ? "--batch must be 1 or more" : null;
        if (bad != null) {
            System.err.println("rasid ingest: " + bad);
            return 2;
        }
        try (EventStore s = store.openOrCreate()) {
            // a second ingest of the same folder waits for the first instead of failing documents
            s.writerWait(Duration.ofDays(7), m -> System.err.println("rasid ingest: " + m));
            IngestRun run = new IngestRun(s, Pipeline.withDefaults(), maxBytes, batch, System.err);
            IngestRun.Summary sum = run.run(paths);
            s.flush();
            System.out.println("rasid ingest: " + sum.line() + " -> " + store.data.toAbsolutePath()
                    + (store.db == null ? "" : " + " + s.dialectName()));
            return sum.errors() == 0 ? 0 : 1;
        }
    }
}
