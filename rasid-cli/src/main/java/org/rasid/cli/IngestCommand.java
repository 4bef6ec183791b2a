package org.rasid.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Read files into the data folder (SQLite + Lucene)")
final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("rasid ingest: not built yet");
        return 2;
    }
}
