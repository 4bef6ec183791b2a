package org.rasid.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rasid.ingest.Document;
import org.rasid.ingest.DocumentSink;
import org.rasid.ingest.ReadError;
import org.rasid.ingest.SourceReader;
import org.rasid.pipeline.DocumentBudget;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.BatchIngester;
import org.rasid.store.EventStore;
import org.rasid.store.IngestOutcome;

/**
 * One ingest of files and folders into a store, with a progress bar on stderr and the
 * counts an analyst wants at the end. Shared by {@code rasid ingest} and {@code rasid demo}.
 */
final class IngestRun implements DocumentSink {
    /** What a run did. */
    record Summary(int files, int documents, int stories, int events, int duplicates, int errors) {
        String line() {
            return String.format(Locale.ROOT, "files %d, documents %d, stories %d, events %d, duplicates %d, errors %d",
                    files, documents, stories, events, duplicates, errors);
        }
    }

    private final BatchIngester ingester;
    private final SourceReader reader;
    private final PrintStream err;
    private final boolean console;
    private int files, documents, stories, events, duplicates, errors;
    private InputProgress progress = new InputProgress(0);
    private long lastDraw;
    private int fileIndex, fileCount;

    /** @param batch documents stored per transaction */
    IngestRun(EventStore store, Pipeline pipeline, long maxBytes, int batch, PrintStream err) {
        // each document's own reports (Pipeline.process: repeats inside it only); a paragraph
        // repeating another document is a report the merge joins, so two ingests of a corpus's
        // halves store what one ingest of all does; a size and time budget per document lets a
        // pathological page fail alone instead of stalling the run
        DocumentBudget budget = new DocumentBudget(pipeline,
                DocumentBudget.DEFAULT_MAX_CHARS, DocumentBudget.DEFAULT_WALL_TIME);
        // many documents per transaction: a crash loses the unfinished batch, never part of a document
        this.ingester = new BatchIngester(store, budget::processOrThrow, batch, BatchIngester.DEFAULT_CHARS,
                this::outcome);
        this.reader = new SourceReader(maxBytes);
        this.err = err;
        this.console = StderrTerminal.detect();
    }

    Summary run(List<String> inputs) {
        List<Path> all = new ArrayList<>();
        boolean stdin = false;
        for (String in : inputs) {
            if (in.equals("-")) {
                stdin = true;
                continue;
            }
            Path p = Path.of(in);
            if (!Files.exists(p)) {
                error(new ReadError(in, ReadError.IO, "no such file or folder"));
            } else if (Files.isDirectory(p)) {
                all.addAll(reader.filesUnder(p, this));
            } else {
                all.add(p);
            }
        }
        fileCount = all.size() + (stdin ? 1 : 0);
        long bytesTotal = 0;
        for (Path f : all) {
            try {
                bytesTotal += Files.size(f);
            } catch (IOException e) {
                // counted when read
            }
        }
        progress = new InputProgress(bytesTotal);
        for (Path f : all) {
            fileIndex++;
            files++;
            progress.startFile(f);
            reader.read(f, this);
            progress.endFile();
            draw(false);
        }
        if (stdin) {
            files++;
            reader.read(List.of("-"), this);
        }
        ingester.flush();
        draw(true);
        return new Summary(files, documents, stories, events, duplicates, errors);
    }

    @Override
    public void document(Document document) {
        ingester.ingest(document);
        progress.document(document.source());
        draw(false);
    }

    private void outcome(IngestOutcome out) {
        switch (out.status()) {
            case STORED -> {
                documents++;
                stories += out.stories();
                events += out.events();
            }
            case DUPLICATE -> duplicates++;
            case FAILED -> {
                errors++;
                message(ReadError.printable(out.doc() + ": " + out.message()));
            }
        }
    }

    @Override
    public void error(ReadError error) {
        errors++;
        message(error.toString());
    }

    @Override
    public void notice(String source, String message) {
        message(ReadError.printable(source) + ": " + message);
    }

    private void message(String m) {
        if (console && lastDraw != 0) {
            err.print("\r\033[K");
        }
        err.println("rasid ingest: " + m);
    }

    private void draw(boolean last) {
        long now = System.nanoTime();
        if (!last && now - lastDraw < (console ? 100_000_000L : 5_000_000_000L)) {
            return;
        }
        lastDraw = now;
        double frac = last ? 1 : progress.fraction();
        int width = 24;
        int full = (int) Math.round(frac * width);
        String bar = "[" + "#".repeat(full) + ".".repeat(width - full) + "]";
        String line = String.format(Locale.ROOT, "%s %3d%% files %d/%d  documents %d  stories %d  events %d  duplicates %d  errors %d",
                bar, Math.round(frac * 100), fileIndex, fileCount, documents, stories, events, duplicates, errors);
        if (console) {
            err.print("\r\033[K" + line + (last ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }
}
