package org.rasid.eval;

import java.util.Arrays;

/**
 * One-to-one assignment of rows to columns maximising the total weight (Hungarian method,
 * O(n³)); weight 0 means "may not be paired". Used per document, where n is small.
 */
final class MaxWeightMatching {
    private MaxWeightMatching() {
    }

    /** For each row, the column it is paired with, or -1. */
    static int[] solve(long[][] weight, int rows, int cols) {
        int n = Math.max(rows, cols);
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (n == 0) {
            return result;
        }
        long max = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                max = Math.max(max, weight[i][j]);
            }
        }
        // minimise cost = max - weight on a square matrix, padding with cost max (weight 0)
        long[] u = new long[n + 1];
        long[] v = new long[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[n + 1];
            Arrays.fill(minv, Long.MAX_VALUE);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = Long.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        long w = i0 - 1 < rows && j - 1 < cols ? weight[i0 - 1][j - 1] : 0;
                        long cur = (max - w) - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= n; j++) {
            int i = p[j] - 1;
            if (i >= 0 && i < rows && j - 1 < cols && weight[i][j - 1] > 0) {
                result[i] = j - 1;
            }
        }
        return result;
    }
}
