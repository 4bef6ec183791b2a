package org.rasid.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.rasid.confidence.ConfidenceModel;
import org.rasid.confidence.CrossValidation;
import org.rasid.confidence.FamilyThreshold;
import org.rasid.confidence.FeatureSelection;
import org.rasid.confidence.LabelledEvent;
import org.rasid.confidence.ThresholdChoice;
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
                "are not used. Chooses the features and the L2 penalty by k-fold cross-validation over the",
                "articles (folds by article, seeded), and the min_confidence threshold that maximises the",
                "cross-validated event F1, each step refused when it is worse on one gold set; writes both into",
                "confidence.tsv only when the chosen model is worse on no gold set than the shipped features",
                "refitted and than the shipped weights as they stand.",
                "Prints the CV figures by gold set and reliability tables to stderr. Refit after changing the",
                "event rules: scripts/eval/calibrate.sh."})
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

    /** The nuisance feature of --studied-until's articles. */
    static final String STUDIED = "studied";

    @ArgGroup(exclusive = false, multiplicity = "1..*")
    List<GoldSet> sets;

    @Option(names = "--out", paramLabel = "F", description = "write the fitted confidence.tsv here (else stdout)")
    Path out;

    @Option(names = "--features", paramLabel = "NAME,...", split = ",", defaultValue = "select",
            description = {"the features to weigh (docs/data-formats.md, confidence.tsv); default ${DEFAULT-VALUE}:",
                    "stepwise selection of feature groups by cross-validated log-loss from the shipped model's,",
                    "no move raising any gold set's (FeatureSelection); forward: the same from bias only;",
                    "all: every feature the coder gives; or a list of names and groups (\"family=\")"})
    List<String> features;

    @Option(names = "--exclude", paramLabel = "NAME,...", split = ",",
            description = "feature groups forward selection never adds (a feature that marks a corpus, not a fact "
                    + "of the event)")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--l2", paramLabel = "X,...", split = ",", defaultValue = "0.3,1,3,10,30",
            description = "L2 penalties to try; the one of lowest cross-validated log-loss is kept; "
                    + "default ${DEFAULT-VALUE}")
    List<Double> l2;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "cross-validation folds, articles dealt to them by a seeded shuffle; default ${DEFAULT-VALUE}")
    int folds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "7",
            description = "seed of the fold shuffle; default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "3",
            description = "repeat the cross-validation with the seeds N, N+1, ... and pool the figures; "
                    + "default ${DEFAULT-VALUE}")
    int repeats;

    @Option(names = "--min-confidence", paramLabel = "P",
            description = "write this threshold instead of the one that maximises cross-validated event F1")
    Double threshold;

    @Option(names = "--force", description = "write confidence.tsv even when the chosen model is worse than the "
            + "shipped features on a gold set")
    boolean force;

    @Option(names = "--studied-until", paramLabel = "TEXT",
            description = {"the articles of each --sample file listed before its first comment line containing TEXT",
                    "(e.g. \"round 11\": the batches the event rules were tuned on for rounds) get a nuisance feature",
                    "'studied' that the fit weighs and the written model leaves out, so confidence is fitted at the level",
                    "of text no rule was tuned on; the threshold is chosen on predictions without it, and the",
                    "guard compares with the shipped weights on the other (unstudied) articles only"})
    String studiedUntil;

    @Option(names = "--dump", paramLabel = "F", description = "also write the judged events with their reports' "
            + "features here, JSON Lines, to study which features separate right from wrong")
    Path dump;

    @Override
    public Integer call() throws IOException {
        List<LabelledEvent> events = new ArrayList<>();
        List<Reliability.Outcome> before = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, Integer> required = new TreeMap<>();
        for (int i = 0; i < sets.size(); i++) {
            int n = events.size();
            required.put(String.valueOf(i), label(i, sets.get(i), studiedUntil, events, before));
            names.add(sets.get(i).gold.getFileName() + " (" + (events.size() - n) + ")");
        }
        if (events.size() < 2 * folds) {
            System.err.println("rasid calibrate: " + events.size() + " judged events are too few for " + folds
                    + " folds");
            return 2;
        }
        if (dump != null) {
            dump(events, dump);
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CrossValidation cv = new CrossValidation(events, folds, seed, repeats);
        ConfidenceModel shipped = ConfidenceModel.standard();
        // the shipped procedure on today's events: the groups confidence.tsv weighs (less --exclude), refitted
        // fold by fold at l2 1; selection starts there, so a refit can only improve on it set by set
        Set<String> start = new TreeSet<>(FeatureSelection.groupsOf(shipped.features()));
        start.removeAll(exclude);
        Set<String> nuisance = studiedUntil == null ? Set.of() : Set.of(STUDIED);
        start.addAll(nuisance);
        BySetReport.Candidate old = new BySetReport.Candidate(cv.predict(start, 1.0), shipped.threshold());
        FeatureSelection.Choice choice = switch (features.get(0)) {
            case "select" -> FeatureSelection.stepwise(cv, start, candidates(events), 1.0, l2,
                    m -> err.println("  " + m));
            case "forward" -> FeatureSelection.forward(cv, candidates(events), 1.0, l2, m -> err.println("  " + m));
            default -> FeatureSelection.penalty(cv, new LinkedHashSet<>(features), 1.0, l2,
                    m -> err.println("  " + m));
        };
        int all = required.values().stream().mapToInt(Integer::intValue).sum();
        // what the written model gives each event (out of fold): without the nuisance, if any
        double[] written = nuisance.isEmpty() ? choice.predictions()
                : cv.predict(choice.features(), choice.l2(), nuisance);
        ThresholdChoice.Result none = ThresholdChoice.at(0, events, written, all);
        ThresholdChoice.Result best = threshold == null ? ThresholdChoice.best(events, written, required,
                shipped.threshold())
                : ThresholdChoice.at(threshold, events, written, all);
        String cvLine = String.format(Locale.ROOT, "%d-fold CV (seed %d, %d repeats): Brier %.4f, log-loss %.4f; F1 %s, %s",
                folds, seed, repeats, choice.brier(), choice.logLoss(), text(none), text(best));
        err.println("rasid calibrate: chosen features " + String.join(",", new TreeSet<>(choice.features()))
                + ", l2 " + choice.l2());
        err.println("rasid calibrate: " + cvLine);
        FamilyThreshold.Pair pair = FamilyThreshold.best(events, written, required, best.threshold());
        err.printf(Locale.ROOT, "rasid calibrate: a threshold per family (CV, no gold set lower): statements %.2f, "
                + "acts %.2f: F1 %s (one threshold: %.3f)%n", pair.verbal(), pair.act(), text(pair.result()),
                best.f1());
        ConfidenceModel fitted = cv.fit(choice.features(), choice.l2()).withThreshold(best.threshold());
        List<String> worse;
        if (nuisance.isEmpty()) {
            worse = worseSets(err, cv, events, required, names, old,
                    new BySetReport.Candidate(choice.predictions(), best.threshold()));
            reliability(err, cv, events, before, choice, fitted);
        } else {
            err.printf(Locale.ROOT, "rasid calibrate: weight of the nuisance 'studied' (fitted on all, left out): %.4f%n",
                    fitted.weight(STUDIED));
            fitted = fitted.without(STUDIED);
            worse = freshSets(err, cv, names, cv.predict(start, 1.0, nuisance), written);
        }
        if (!worse.isEmpty() && !force) {
            err.println("rasid calibrate: NOT WRITTEN: the chosen model is worse than the shipped one on "
                    + String.join(", ", worse) + "; confidence.tsv keeps its weights (--force writes anyway)");
            return 0;
        }
        long right = events.stream().filter(LabelledEvent::right).count();
        List<Reliability.Outcome> after = outcomes(events, fitted);
        List<String> comments = List.of("Fitted by rasid calibrate (scripts/eval/calibrate.sh); do not edit by hand.",
                String.format(Locale.ROOT, "%d judged events, %d right, %d required gold, from %s", events.size(),
                        right, all, String.join(", ", names)),
                String.format(Locale.ROOT, "features %s, l2 %.2f", String.join(",", new TreeSet<>(choice.features())),
                        choice.l2()),
                cvLine, String.format(Locale.ROOT, "in-sample Brier score %.4f", Reliability.brier(after)));
        try (Writer w = out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            fitted.write(w, comments);
        }
        return 0;
    }

    /**
     * The gold sets on which the chosen model is worse than the shipped features refitted ({@code old}) or
     * than the shipped weights as they stand, each comparison printed.
     */
    private static List<String> worseSets(PrintStream err, CrossValidation cv, List<LabelledEvent> events,
                                          Map<String, Integer> required, List<String> names,
                                          BySetReport.Candidate old, BySetReport.Candidate chosen) {
        ConfidenceModel shipped = ConfidenceModel.standard();
        List<String> worse = new ArrayList<>(BySetReport.print(err, "shipped features refitted (CV, l2 1)", cv,
                events, required, names, old, chosen));
        // the shipped weights as they stand: fitted on an earlier extraction of these articles, so a refit must
        // beat figures that are partly in-sample (round 8: the CV guard alone let through a refit that lost on test)
        double[] asIs = new double[chosen.predictions().length];
        for (int i = 0; i < asIs.length; i++) {
            asIs[i] = cv.judged(i).probability(shipped);
        }
        for (String set : BySetReport.print(err, "shipped weights as they stand", cv, events, required, names,
                new BySetReport.Candidate(asIs, shipped.threshold()), chosen)) {
            if (!worse.contains(set)) {
                worse.add(set);
            }
        }
        return worse;
    }

    /**
     * The unstudied articles' comparisons (the chosen model as written against the shipped features refitted
     * and against the shipped weights as they stand, neither of which saw them) and reliability tables.
     */
    private static List<String> freshSets(PrintStream err, CrossValidation cv, List<String> names, double[] old,
                                          double[] written) {
        Predicate<LabelledEvent> fresh = e -> !e.reports().get(0).containsKey(STUDIED);
        ConfidenceModel shipped = ConfidenceModel.standard();
        double[] asIs = new double[written.length];
        for (int i = 0; i < asIs.length; i++) {
            asIs[i] = cv.judged(i).probability(shipped);
        }
        List<String> worse = new ArrayList<>(FreshComparison.print(err, "shipped features refitted (CV, l2 1)", cv,
                names, old, written, fresh));
        for (String set : FreshComparison.print(err, "shipped weights as they stand", cv, names, asIs, written,
                fresh)) {
            if (!worse.contains(set)) {
                worse.add(set);
            }
        }
        List<Reliability.Outcome> before = new ArrayList<>();
        List<Reliability.Outcome> after = new ArrayList<>();
        for (int i = 0; i < written.length; i++) {
            LabelledEvent e = cv.judged(i);
            if (fresh.test(e)) {
                // each event once for the shipped weights (the same figure every repeat), each repeat for the CV
                if (i < cv.events().size()) {
                    before.add(new Reliability.Outcome(asIs[i], e.right()));
                }
                after.add(new Reliability.Outcome(written[i], e.right()));
            }
        }
        err.println("rasid calibrate: unstudied articles, shipped weights as they stand:");
        err.print(Reliability.text(before));
        err.println("rasid calibrate: unstudied articles, chosen model as written, cross-validated:");
        err.print(Reliability.text(after));
        return worse;
    }

    /** The reliability tables: the shipped model in-sample, the chosen one out of fold and fitted on all. */
    private static void reliability(PrintStream err, CrossValidation cv, List<LabelledEvent> events,
                                    List<Reliability.Outcome> before, FeatureSelection.Choice choice,
                                    ConfidenceModel fitted) {
        List<Reliability.Outcome> outOfFold = new ArrayList<>();
        for (int i = 0; i < choice.predictions().length; i++) {
            outOfFold.add(new Reliability.Outcome(choice.predictions()[i], cv.judged(i).right()));
        }
        err.println("rasid calibrate: before (current confidence.tsv), in-sample:");
        err.print(Reliability.text(before));
        err.println("rasid calibrate: after, cross-validated (each event scored by the model fitted without its fold):");
        err.print(Reliability.text(outOfFold));
        err.println("rasid calibrate: after (fitted on all), in-sample:");
        err.print(Reliability.text(outcomes(events, fitted)));
    }

    private static List<Reliability.Outcome> outcomes(List<LabelledEvent> events, ConfidenceModel m) {
        List<Reliability.Outcome> out = new ArrayList<>();
        for (LabelledEvent e : events) {
            out.add(new Reliability.Outcome(e.probability(m), e.right()));
        }
        return out;
    }

    private List<String> candidates(List<LabelledEvent> events) {
        List<String> groups = new ArrayList<>(FeatureSelection.groups(events));
        groups.removeAll(exclude);
        return groups;
    }

    private static void dump(List<LabelledEvent> events, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (LabelledEvent e : events) {
                w.write(json.writeValueAsString(e) + "\n");
            }
        }
    }

    private static String text(ThresholdChoice.Result r) {
        return String.format(Locale.ROOT, "%.3f (TP %d FP %d FN %d) at min_confidence %.2f", r.f1(), r.tp(), r.fp(),
                r.fn(), r.threshold());
    }

    /**
     * Extracts the set's articles, judges each event against the gold and adds it with its label and the
     * features of its reports; returns the number of required gold events.
     */
    private static int label(int index, GoldSet set, String studiedUntil, List<LabelledEvent> labelled,
                             List<Reliability.Outcome> before) throws IOException {
        Set<String> studied = studiedUntil == null || set.sample == null ? Set.of()
                : StudiedArticles.before(set.sample, studiedUntil);
        Map<String, Map<String, Double>> features = new HashMap<>();
        Pipeline pipeline = Pipeline.withScorer(ConfidenceScorer.recording(ConfidenceModel.standard(), features::put));
        Set<String> sample = set.sample == null ? null : sample(set.sample);
        EventFile.Contents g = EventFile.readAll(set.gold);
        List<Event> events = new ArrayList<>();
        new SourceReader().read(List.of(set.articles.toString()), new DocumentSink() {
            // only the articles this gold annotates (never a test or validation article of the same sample),
            // each read alone, as its annotator read it and as scripts/eval/gold.sh scores it
            @Override
            public void document(Document d) {
                if ((sample == null || sample.contains(d.id())) && (g.docs().isEmpty() || g.docs().contains(d.id()))) {
                    events.addAll(pipeline.process(d).events());
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
            Score score = EventScorer.score(g.events(), g.docs(), EventFile.read(tmp));
            before.addAll(Reliability.of(score, EventFile.confidences(tmp)));
            for (Score.Pair p : score.pairs()) {
                add(index, p.predicted(), true, !p.gold().optional(), events, features, studied, labelled);
            }
            for (ScoredEvent f : score.falsePositives()) {
                add(index, f, false, false, events, features, studied, labelled);
            }
            return score.gold() - score.goldOptional();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A merged event stands for its reports: it is judged once, with the features of each. */
    private static void add(int set, ScoredEvent judged, boolean right, boolean required, List<Event> events,
                            Map<String, Map<String, Double>> features, Set<String> studied,
                            List<LabelledEvent> labelled) {
        Event e = events.get(judged.line() - 1);
        List<String> ids = e.mergedFrom() == null || e.mergedFrom().isEmpty() ? List.of(e.id()) : e.mergedFrom();
        List<Map<String, Double>> reports = new ArrayList<>();
        for (String id : ids) {
            Map<String, Double> f = features.get(id);
            if (f != null && studied.contains(e.doc())) {
                Map<String, Double> marked = new HashMap<>(f);
                marked.put(STUDIED, 1.0);
                reports.add(marked);
            } else if (f != null) {
                reports.add(f);
            }
        }
        if (!reports.isEmpty()) {
            labelled.add(new LabelledEvent(set + ":" + e.doc(), reports, right, required));
        }
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
