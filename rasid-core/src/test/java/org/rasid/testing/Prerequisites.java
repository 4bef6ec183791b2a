package org.rasid.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from outside the project (the ../shared corpus, Chromium, PostgreSQL).
 * On a developer's machine a missing prerequisite skips the test; with {@code CI=true} it fails
 * it, so CI never goes green by skipping.
 */
public final class Prerequisites {
    private Prerequisites() {
    }

    public static void require(boolean present, String missing) {
        if (present) {
            return;
        }
        if (ci()) {
            Assertions.fail(missing + " (CI=true: a prerequisite of this test is missing, see scripts/setup.sh)");
        }
        Assumptions.assumeTrue(false, missing);
    }

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
