package org.rasid.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits a {@link ConfidenceModel} to labelled events: L2-penalised logistic regression by
 * Newton's method. The penalty keeps rare features (a trigger family seen a few times) from
 * getting extreme weights; the bias is not penalised, so the mean prediction equals the mean label.
 */
public final class LogisticFit {
    private static final int MAX_ITERATIONS = 100;

    /** One event: its feature values and whether it was right. */
    public record Example(Map<String, Double> features, boolean right) {
    }

    private LogisticFit() {
    }

    public static ConfidenceModel fit(List<Example> examples, double l2) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no labelled events to fit");
        }
        TreeSet<String> names = new TreeSet<>();
        examples.forEach(e -> names.addAll(e.features().keySet()));
        names.remove(ConfidenceModel.BIAS);
        List<String> cols = new ArrayList<>();
        cols.add(ConfidenceModel.BIAS);
        cols.addAll(names);
        int k = cols.size();
        double[][] x = new double[examples.size()][k];
        double[] y = new double[examples.size()];
        for (int i = 0; i < x.length; i++) {
            Example e = examples.get(i);
            x[i][0] = 1;
            for (int j = 1; j < k; j++) {
                x[i][j] = e.features().getOrDefault(cols.get(j), 0.0);
            }
            y[i] = e.right() ? 1 : 0;
        }
        double[] w = new double[k];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] step = newtonStep(x, y, w, l2);
            double size = 0;
            for (int j = 0; j < k; j++) {
                w[j] -= step[j];
                size = Math.max(size, Math.abs(step[j]));
            }
            if (size < 1e-9) {
                break;
            }
        }
        Map<String, Double> weights = new TreeMap<>();
        for (int j = 0; j < k; j++) {
            weights.put(cols.get(j), w[j]);
        }
        return new ConfidenceModel(weights);
    }

    /** H^-1 g of the penalised negative log-likelihood at w. */
    private static double[] newtonStep(double[][] x, double[] y, double[] w, double l2) {
        int k = w.length;
        double[] g = new double[k];
        double[][] h = new double[k][k];
        for (int i = 0; i < x.length; i++) {
            double z = 0;
            for (int j = 0; j < k; j++) {
                z += w[j] * x[i][j];
            }
            double p = 1 / (1 + Math.exp(-z));
            double r = p * (1 - p);
            for (int a = 0; a < k; a++) {
                g[a] += (p - y[i]) * x[i][a];
                for (int b = 0; b < k; b++) {
                    h[a][b] += r * x[i][a] * x[i][b];
                }
            }
        }
        for (int j = 1; j < k; j++) {
            g[j] += l2 * w[j];
            h[j][j] += l2;
        }
        h[0][0] += 1e-9; // a data set of one label only: keep the system solvable
        return solve(h, g);
    }

    /** Gaussian elimination with partial pivoting; h is positive definite. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] t = a[c];
            a[c] = a[p];
            a[p] = t;
            double tb = b[c];
            b[c] = b[p];
            b[p] = tb;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                b[r] -= f * b[c];
                for (int j = c; j < n; j++) {
                    a[r][j] -= f * a[c][j];
                }
            }
        }
        double[] s = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double v = b[r];
            for (int j = r + 1; j < n; j++) {
                v -= a[r][j] * s[j];
            }
            s[r] = v / a[r][r];
        }
        return s;
    }
}
