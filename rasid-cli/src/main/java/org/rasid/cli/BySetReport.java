package org.rasid.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rasid.confidence.CrossValidation;
import org.rasid.confidence.LabelledEvent;
import org.rasid.confidence.ThresholdChoice;

/**
 * The Brier score, log-loss and event F1 of each gold set under a shipped model and under the
 * chosen model (cross-validated), side by side: a refit is written only when it is worse on no
 * set, since a pooled gain can hide a loss on the smaller corpus.
 */
final class BySetReport {
    /** Out-of-fold probabilities of one model (repeat after repeat) and the threshold it would ship with. */
    record Candidate(double[] predictions, double threshold) {
    }

    private BySetReport() {
    }

    /** Prints one line per gold set and returns the names of the sets on which {@code chosen} is worse. */
    static List<String> print(PrintStream err, String shippedName, CrossValidation cv, List<LabelledEvent> events,
                              Map<String, Integer> required, List<String> names, Candidate shipped,
                              Candidate chosen) {
        err.println("rasid calibrate: by gold set, " + shippedName + " -> chosen model (CV):");
        List<String> worse = new ArrayList<>();
        for (String set : cv.sets()) {
            String name = names.get(Integer.parseInt(set));
            int gold = required.get(set);
            double b0 = cv.brier(shipped.predictions(), set);
            double b1 = cv.brier(chosen.predictions(), set);
            double l0 = cv.logLoss(shipped.predictions(), set);
            double l1 = cv.logLoss(chosen.predictions(), set);
            double f0 = ThresholdChoice.at(shipped.threshold(), events, shipped.predictions(), set, gold).f1();
            double f1 = ThresholdChoice.at(chosen.threshold(), events, chosen.predictions(), set, gold).f1();
            boolean lost = b1 > b0 + 1e-12 || l1 > l0 + 1e-12 || f1 < f0 - 1e-12;
            if (lost) {
                worse.add(name);
            }
            err.printf(Locale.ROOT, "  %-28s Brier %.4f -> %.4f, log-loss %.4f -> %.4f, F1 %.3f -> %.3f%s%n", name,
                    b0, b1, l0, l1, f0, f1, lost ? "  WORSE" : "");
        }
        return worse;
    }
}
