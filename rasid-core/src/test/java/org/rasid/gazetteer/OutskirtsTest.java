package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Damascus and Rif Dimashq are one area where a governorate is compared; no other pair is. */
class OutskirtsTest {
    @Test
    void theCityAndTheGovernorateAroundItAreTwinsEitherWay() {
        assertEquals("SY-RD", Outskirts.twin("SY-DI"));
        assertEquals("SY-DI", Outskirts.twin("SY-RD"));
        assertNull(Outskirts.twin("SY-ID"));
        assertNull(Outskirts.twin(null));
    }

    @Test
    void onlyTheCityHasAnAreaAroundIt() {
        assertEquals("SY-RD", Outskirts.around("SY-DI"));
        assertNull(Outskirts.around("SY-RD"));
    }
}
