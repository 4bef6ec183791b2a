package org.rasid.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class MaxWeightMatchingTest {
    @Test
    void greedyWouldLoseAPair() {
        // row 0 likes column 0 best, but only row 0 can take column 1: the optimum pairs 0-1 and 1-0
        long[][] w = {{10, 9}, {8, 0}};
        assertArrayEquals(new int[] {1, 0}, MaxWeightMatching.solve(w, 2, 2));
    }

    @Test
    void rectangularAndForbiddenPairs() {
        long[][] w = {{0, 0, 5}, {0, 0, 7}, {3, 0, 0}};
        assertArrayEquals(new int[] {-1, 2, 0}, MaxWeightMatching.solve(w, 3, 3));
        long[][] wide = {{1, 2, 3}};
        assertArrayEquals(new int[] {2}, MaxWeightMatching.solve(wide, 1, 3));
        long[][] tall = {{4}, {6}, {0}};
        assertArrayEquals(new int[] {-1, 0, -1}, MaxWeightMatching.solve(tall, 3, 1));
        assertArrayEquals(new int[0], MaxWeightMatching.solve(new long[0][0], 0, 0));
    }
}
