package org.rasid.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rasid.confidence.ConfidenceModel;
import org.rasid.dedup.DuplicateIndex;
import org.rasid.model.Event;
import org.rasid.ingest.Document;
import org.rasid.ingest.DocumentSink;
import org.rasid.ingest.ReadError;
import org.rasid.ingest.SourceReader;
import org.rasid.merge.EventMerger;
import org.rasid.merge.RepeatedTexts;
import org.rasid.pipeline.DocumentBudget;
import org.rasid.pipeline.DocumentResult;
import org.rasid.pipeline.Pipeline;
import org.rasid.pipeline.RecordWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** rasid extract: files in, JSON Lines of documents, stories, sentences, duplicates and events out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract stories, sentences, duplicates and events from files as JSON Lines.",
                "Reads .txt, .html/.htm, .jsonl, .warc, .warc.gz and folders of them (recursively); - is stdin.",
                "Each output line has a \"record\" field: document, story, sentence, duplicate, event or error.",
                "Exit code: 0 when every input was read, 1 when any failed (each failure is also on stderr)."})
final class ExtractCommand implements Callable<Integer> {
    /** This process's standard output, where the system shows it (Linux); elsewhere nothing is skipped. */
    private static final Path STDOUT = Path.of("/proc/self/fd/1");

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "inputs; - reads standard input")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "F", description = "write to this file instead of stdout")
    Path out;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + SourceReader.DEFAULT_MAX_BYTES,
            description = "size limit of one document (file, JSON line or WARC record); default ${DEFAULT-VALUE}")
    long maxBytes;

    @Option(names = "--merge", description = {"merge the reports of one event across all documents read "
            + "(EventMerger: same class, place, day, compatible actors) and write the merged events last;",
            "without it each document's events are merged within that document only"})
    boolean merge;

    @Option(names = "--alone", description = {"read each document alone: duplicates are looked for within the "
            + "document only, so every document gets the events of its whole text, as an annotator reads it",
            "(scripts/eval/gold.sh scores gold this way; without it a paragraph repeating an earlier document "
            + "yields its events only there)"})
    boolean alone;

    @Option(names = "--min-confidence", paramLabel = "P", description = {"leave out events whose confidence (the "
            + "probability that the event is right, docs/data-formats.md \"confidence.tsv\") is below P, 0..1;",
            "default: the threshold calibration chose (the min_confidence row of confidence.tsv, now "
                    + "${DEFAULT-VALUE}); 0 keeps every event;",
            "with --merge the merged events are filtered, after merging"})
    double minConfidence = ConfidenceModel.standard().threshold();

    @Option(names = "--records", split = ",", paramLabel = "KIND",
            description = {"write only these kinds of record: document, story, sentence, duplicate, event, error "
                    + "(comma-separated; default all).",
                    "The others are not built: `--records event,error` costs least. Errors still go to stderr."})
    List<String> kinds;

    @Option(names = "--statement-fates", paramLabel = "F", description = {"also write to F, as TSV, what became of "
            + "every speech verb and verbal trigger: coded, or the stage and rule that dropped it",
            "(docs/data-formats.md \"statement fates\")"})
    Path fates;

    @Mixin
    DuplicateWindowOption window = new DuplicateWindowOption();

    @Override
    public Integer call() throws IOException {
        String bad = badOption();
        if (bad != null) {
            System.err.println("rasid extract: " + bad);
            return 2;
        }
        Writer w;
        try {
            w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("rasid extract: cannot write " + out + ": " + e);
            return 2;
        }
        Writer fateWriter = fates == null ? null : Files.newBufferedWriter(fates, StandardCharsets.UTF_8);
        Pipeline pipeline = fateWriter == null ? Pipeline.withDefaults() : Pipeline.witnessed(f -> {
            synchronized (fateWriter) {
                try {
                    fateWriter.write(f.tsv() + "\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        RecordWriter records = new RecordWriter(w, Set.copyOf(kinds == null ? RecordWriter.KINDS : kinds));
        DuplicateIndex paragraphs = new DuplicateIndex(window.bytes());
        DuplicateIndex stories = new DuplicateIndex(window.bytes());
        DocumentBudget budget = budget(pipeline, paragraphs, stories);
        List<Event> held = new ArrayList<>();
        RepeatedTexts texts = new RepeatedTexts();
        int[] counts = new int[5]; // documents, stories, sentences, duplicates, errors
        // the output is never input, by --out or by "> DIR/out.jsonl" into a folder being read
        SourceReader reader = new SourceReader(maxBytes).skipping(out != null ? out : STDOUT);
        try {
            reader.read(inputs, new DocumentSink() {
                @Override
                public void document(Document document) {
                    DocumentBudget.Outcome o = budget.process(document);
                    if (!o.ok()) { // over its size or time budget, or crashed: an error record, the run goes on
                        error(new ReadError(document.source(), o.failure().reason(),
                                o.message()));
                        return;
                    }
                    DocumentResult r = o.result();
                    if (merge || minConfidence > 0) {
                        if (merge && !texts.repeated(document.text())) {
                            held.addAll(r.events()); // a text read before brings no new reports
                        }
                        r = new DocumentResult(r.document(), r.stories(), merge ? List.of() : confident(r.events()),
                                r.warnings(), r.cleaning(), r.duplicates());
                    }
                    records.write(r);
                    counts[0]++;
                    counts[1] += r.stories().size();
                    counts[2] += r.stories().stream().mapToInt(s -> s.sentences().size()).sum();
                    counts[3] += r.duplicates().size();
                    r.warnings().forEach(x -> System.err.println("rasid extract: warning: " + ReadError.printable(x)));
                }

                @Override
                public void error(ReadError error) {
                    records.write(error);
                    counts[4]++;
                    System.err.println("rasid extract: " + error);
                }

                @Override
                public void notice(String source, String message) {
                    System.err.println("rasid extract: " + ReadError.printable(source) + ": " + message);
                }
            });
            if (merge) {
                for (Event e : confident(new EventMerger().merge(held))) {
                    records.write(e);
                }
            }
        } finally {
            if (fateWriter != null) {
                fateWriter.close();
            }
            if (out == null) {
                w.flush();
            } else {
                w.close();
            }
        }
        summary(counts, paragraphs, stories);
        return counts[4] == 0 ? 0 : 1;
    }

    /**
     * Each document through the pipeline within its size and time budget. With --merge a
     * paragraph repeating an earlier document keeps its events: they are reports the merge
     * joins, as the store and the Spark job do (Pipeline.reports). With --alone no document is
     * compared with another.
     */
    private DocumentBudget budget(Pipeline pipeline, DuplicateIndex paragraphs, DuplicateIndex stories) {
        return new DocumentBudget(d -> alone ? pipeline.process(d)
                : merge ? pipeline.reports(d, paragraphs, stories) : pipeline.process(d, paragraphs, stories),
                DocumentBudget.DEFAULT_MAX_CHARS, DocumentBudget.DEFAULT_WALL_TIME);
    }

    /** What is wrong with the options, or null. */
    private String badOption() {
        if (kinds != null && !RecordWriter.KINDS.containsAll(kinds)) {
            return "--records takes " + String.join(",", RecordWriter.KINDS);
        }
        if (window.problem() != null) {
            return window.problem();
        }
        if (maxBytes <= 0) {
            return "--max-bytes must be positive";
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            return "--min-confidence must be 0..1";
        }
        return null;
    }

    /** The closing line on stderr, and what the duplicate windows forgot, if anything. */
    private void summary(int[] counts, DuplicateIndex paragraphs, DuplicateIndex stories) {
        System.err.printf("rasid extract: %d documents, %d stories, %d sentences, %d duplicates, %d errors%n",
                counts[0], counts[1], counts[2], counts[3], counts[4]);
        if (paragraphs.forgotten() + stories.forgotten() > 0) {
            System.err.printf("rasid extract: the duplicate indexes (--dedup-mb %d) forgot their oldest texts %d times "
                    + "(paragraphs) and %d times (stories): copies of those were not looked for%n",
                    window.dedupMb, paragraphs.forgotten(), stories.forgotten());
        }
    }

    /** The events at or above --min-confidence (all with 0). */
    List<Event> confident(List<Event> events) {
        if (minConfidence <= 0) {
            return events;
        }
        return events.stream().filter(e -> e.confidence() >= minConfidence).toList();
    }
}
