package org.rasid.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rasid.confidence.ConfidenceModel;
import org.rasid.confidence.LogisticFit;
import org.rasid.dedup.DuplicateIndex;
import org.rasid.eval.EventFile;
import org.rasid.eval.EventScorer;
import org.rasid.eval.Reliability;
import org.rasid.eval.Score;
import org.rasid.eval.ScoredEvent;
import org.rasid.events.ConfidenceScorer;
import org.rasid.ingest.Document;
import org.rasid.ingest.DocumentSink;
import org.rasid.ingest.ReadError;
import org.rasid.ingest.SourceReader;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;
import org.rasid.pipeline.RecordWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * rasid calibrate: extracts the articles of gold files, labels each predicted event right (matched
 * to a gold event by rasid eval) or wrong (a false positive), and fits the confidence model
 * (confidence.tsv) to them, so that an event's confidence is the probability that it is right.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit the confidence model (confidence.tsv) on gold: logistic regression of each predicted",
                "event's features on whether rasid eval matched it. Events of documents the gold does not cover",
                "are not used. Prints reliability tables (before: the current model; after: the fitted one)",
                "to stderr. Refit after changing the event rules: scripts/eval/calibrate.sh."})
final class CalibrateCommand implements Callable<Integer> {
    /** One gold file with the articles it annotates. */
    static final class GoldSet {
        @Option(names = "--articles", required = true, paramLabel = "FILE|DIR", description = "the articles")
        Path articles;

        @Option(names = "--sample", paramLabel = "TSV", description = "read only the documents whose id is the "
                + "first column of this file (as scripts/eval/ant.sh does)")
        Path sample;

        @Option(names = "--gold", required = true, paramLabel = "GOLD", description = "gold events, JSON Lines")
        Path gold;
    }

    @ArgGroup(exclusive = false, multiplicity = "1..*")
    List<GoldSet> sets;

    @Option(names = "--out", paramLabel = "F", description = "write the fitted confidence.tsv here (else stdout)")
    Path out;

    @Option(names = "--features", paramLabel = "NAME,...", split = ",", defaultValue = "rule_score",
            description = {"the features to weigh (docs/data-formats.md, confidence.tsv); default ${DEFAULT-VALUE}:",
                    "a rising map of the rules' hand-set score, so that EventMerger keeps the same reports;",
                    "all: every feature the coder gives (better fit, but merged events may change)"})
    List<String> features;

    @Option(names = "--l2", paramLabel = "X", defaultValue = "1.0",
            description = "L2 penalty of the weights; default ${DEFAULT-VALUE}")
    double l2;

    @Override
    public Integer call() throws IOException {
        List<LogisticFit.Example> examples = new ArrayList<>();
        List<Reliability.Outcome> before = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (GoldSet set : sets) {
            int n = examples.size();
            label(set, examples, before);
            names.add(set.gold.getFileName() + " (" + (examples.size() - n) + ")");
        }
        if (!features.equals(List.of("all"))) {
            examples = examples.stream().map(e -> new LogisticFit.Example(only(e.features(), features), e.right()))
                    .toList();
        }
        ConfidenceModel fitted = LogisticFit.fit(examples, l2);
        List<Reliability.Outcome> after = new ArrayList<>();
        for (LogisticFit.Example e : examples) {
            after.add(new Reliability.Outcome(fitted.probability(e.features()), e.right()));
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        err.println("rasid calibrate: before (current confidence.tsv), in-sample:");
        err.print(Reliability.text(before));
        err.println("rasid calibrate: after (fitted), in-sample:");
        err.print(Reliability.text(after));
        long right = examples.stream().filter(LogisticFit.Example::right).count();
        List<String> comments = List.of("Fitted by rasid calibrate (scripts/eval/calibrate.sh); do not edit by hand.",
                String.format(Locale.ROOT, "%d labelled events, %d right, l2 %.2f, features %s, from %s",
                        examples.size(), right, l2, String.join(",", features), String.join(", ", names)),
                String.format(Locale.ROOT, "in-sample Brier score %.4f", Reliability.brier(after)));
        try (Writer w = out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            fitted.write(w, comments);
        }
        return 0;
    }

    /** Extracts the set's articles, scores the events and adds each with its label. */
    private static void label(GoldSet set, List<LogisticFit.Example> examples, List<Reliability.Outcome> before)
            throws IOException {
        Map<String, Map<String, Double>> features = new HashMap<>();
        Pipeline pipeline = Pipeline.withScorer(ConfidenceScorer.recording(ConfidenceModel.standard(), features::put));
        Set<String> sample = set.sample == null ? null : sample(set.sample);
        DuplicateIndex paragraphs = new DuplicateIndex();
        DuplicateIndex stories = new DuplicateIndex();
        List<Event> events = new ArrayList<>();
        new SourceReader().read(List.of(set.articles.toString()), new DocumentSink() {
            @Override
            public void document(Document d) {
                if (sample == null || sample.contains(d.id())) {
                    events.addAll(pipeline.process(d, paragraphs, stories).events());
                }
            }

            @Override
            public void error(ReadError error) {
                System.err.println("rasid calibrate: " + error);
            }
        });
        // scored as rasid eval scores an extract's output: line i of the file is events[i - 1]
        Path tmp = Files.createTempFile("rasid-calibrate", ".jsonl");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                RecordWriter records = new RecordWriter(w);
                events.forEach(records::write);
            }
            EventFile.Contents g = EventFile.readAll(set.gold);
            Score score = EventScorer.score(g.events(), g.docs(), EventFile.read(tmp));
            for (Reliability.Outcome o : Reliability.of(score, EventFile.confidences(tmp))) {
                before.add(o);
            }
            add(score.pairs().stream().map(Score.Pair::predicted).toList(), true, events, features, examples);
            add(score.falsePositives(), false, events, features, examples);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A merged event stands for its reports: each adds its own features with the merged event's label. */
    private static void add(List<ScoredEvent> judged, boolean right, List<Event> events,
                            Map<String, Map<String, Double>> features, List<LogisticFit.Example> examples) {
        for (ScoredEvent s : judged) {
            Event e = events.get(s.line() - 1);
            List<String> ids = e.mergedFrom() == null || e.mergedFrom().isEmpty() ? List.of(e.id()) : e.mergedFrom();
            for (String id : ids) {
                Map<String, Double> f = features.get(id);
                if (f != null) {
                    examples.add(new LogisticFit.Example(f, right));
                }
            }
        }
    }

    private static Map<String, Double> only(Map<String, Double> all, List<String> names) {
        Map<String, Double> out = new HashMap<>();
        for (String n : names) {
            if (all.containsKey(n)) {
                out.put(n, all.get(n));
            }
        }
        return out;
    }

    private static Set<String> sample(Path tsv) throws IOException {
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                ids.add(line.split("\t", 2)[0].strip());
            }
        }
        return ids;
    }
}
