package org.rasid.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.rasid.confidence.CrossValidation;
import org.rasid.confidence.LabelledEvent;

/**
 * Brier score and log-loss of each gold set's unstudied events (articles no rule was tuned on) under a
 * shipped model and under the chosen one: the fair comparison when the shipped weights were fitted on
 * the studied articles, whose events they score partly in-sample.
 */
final class FreshComparison {
    private FreshComparison() {
    }

    /** Prints one line per gold set and returns the names of the sets on which {@code chosen} is worse. */
    static List<String> print(PrintStream err, String shippedName, CrossValidation cv, List<String> names,
                              double[] shipped, double[] chosen, Predicate<LabelledEvent> fresh) {
        err.println("rasid calibrate: unstudied articles by gold set, " + shippedName + " -> chosen model as written (CV):");
        List<String> worse = new ArrayList<>();
        for (String set : cv.sets()) {
            double[] b = new double[2];
            double[] l = new double[2];
            int n = 0;
            for (int i = 0; i < chosen.length; i++) {
                LabelledEvent e = cv.judged(i);
                if (!e.set().equals(set) || !fresh.test(e)) {
                    continue;
                }
                n++;
                double y = e.right() ? 1 : 0;
                double[] p = {shipped[i], chosen[i]};
                for (int k = 0; k < 2; k++) {
                    b[k] += (p[k] - y) * (p[k] - y);
                    double q = Math.max(0.0001, Math.min(0.9999, p[k]));
                    l[k] -= Math.log(e.right() ? q : 1 - q);
                }
            }
            if (n == 0) {
                continue;
            }
            boolean lost = b[1] > b[0] + 1e-12 || l[1] > l[0] + 1e-12;
            String name = names.get(Integer.parseInt(set));
            if (lost) {
                worse.add(name);
            }
            err.printf(Locale.ROOT, "  %-28s %4d judged: Brier %.4f -> %.4f, log-loss %.4f -> %.4f%s%n", name, n,
                    b[0] / n, b[1] / n, l[0] / n, l[1] / n, lost ? "  WORSE" : "");
        }
        return worse;
    }
}
