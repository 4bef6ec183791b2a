package org.rasid.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasid.eval.ErrorReport;
import org.rasid.eval.EventFile;
import org.rasid.eval.EventScorer;
import org.rasid.eval.Reliability;
import org.rasid.eval.Score;
import org.rasid.eval.ScoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** rasid eval GOLD PRED: precision, recall and F1 of predicted events, overall and per class. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score predicted events against gold events (DESIGN.md, \"Evaluation\").",
                "PRED may be an events file or the whole output of rasid extract (non-event records are skipped)."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD", description = "gold events, JSON Lines")
    Path gold;

    @Parameters(index = "1", paramLabel = "PRED", description = "predicted events, JSON Lines")
    Path predicted;

    @Option(names = "--json", description = "print the scores as JSON instead of a table")
    boolean json;

    @Option(names = "--errors", description = {"add an error report: field confusions, class and place confusions,",
            "and every missed, false and partly wrong event with its evidence sentence"})
    boolean errors;

    @Option(names = "--reliability", description = {"add a reliability table: the predicted events' confidence against",
            "the share of them matched to gold, by bins of 0.1, and the Brier score"})
    boolean reliability;

    @Override
    public Integer call() {
        for (Path p : new Path[] {gold, predicted}) {
            if (!Files.isRegularFile(p)) {
                System.err.println("rasid eval: " + p + ": no such file");
                return 2;
            }
        }
        Score score;
        Map<Integer, Double> confidences;
        try {
            EventFile.Contents g = EventFile.readAll(gold);
            score = EventScorer.score(g.events(), g.docs(), EventFile.read(predicted));
            confidences = reliability ? EventFile.confidences(predicted) : Map.of();
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("rasid eval: " + e.getMessage());
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            try {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(ScoreReport.json(score)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.print(ScoreReport.text(score));
            if (reliability) {
                out.println();
                out.print(Reliability.text(Reliability.of(score, confidences)));
            }
            if (errors) {
                out.println();
                out.print(ErrorReport.text(score));
            }
        }
        return 0;
    }
}
