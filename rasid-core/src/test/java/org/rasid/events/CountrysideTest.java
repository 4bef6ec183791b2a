package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A town's countryside lies around the town; other names that hold one another still nest. */
class CountrysideTest {
    @Test
    void theCountrysideOfATownIsNotTheTown() {
        assertTrue(Countryside.around("ريف منبج", "منبج"));
        assertTrue(Countryside.around("ريف حماه الغربي", "حماه"));
        assertTrue(Countryside.around("ريفي حمص", "حمص"));
        assertTrue(Countryside.aroundEither("منبج", "ريف منبج"));
    }

    @Test
    void otherNamesAreNotACountryside() {
        assertFalse(Countryside.around("مطار حماه العسكري", "حماه"));
        assertFalse(Countryside.around("ريف حماه", "ريف حماه الغربي"));
        assertFalse(Countryside.around("ريف حماه", "حماميات"));
        assertFalse(Countryside.around("منبج", "ريف منبج"));
    }
}
