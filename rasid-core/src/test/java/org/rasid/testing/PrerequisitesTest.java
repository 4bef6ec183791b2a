package org.rasid.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PrerequisitesTest {
    @Test
    void presentPrerequisitePasses() {
        Prerequisites.require(true, "nothing missing");
    }

    @Test
    void missingPrerequisiteFailsOnCiAndSkipsElsewhere() {
        Class<? extends Throwable> expected = Prerequisites.ci() ? AssertionFailedError.class : TestAbortedException.class;
        assertThrows(expected, () -> Prerequisites.require(false, "a tool"));
    }
}
