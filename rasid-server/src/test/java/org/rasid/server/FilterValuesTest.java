package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterValuesTest {
    private static final FilterValues FILTERS = new FilterValues();

    @Test
    void knownValuesPass() {
        for (Map<String, String> ok : new Map[] {Map.of("type", "Battles"), Map.of("type", "cameo:13"),
                Map.of("sub_type", "Remote explosive/landmine/IED"), Map.of("admin1", "SY-ID"), Map.of("admin1", "TR"),
                Map.of()}) {
            assertDoesNotThrow(() -> FILTERS.check(ok::get), ok.toString());
        }
    }

    @Test
    void unknownValuesNameTheAllowedOnes() {
        String m = assertThrows(IllegalArgumentException.class, () -> FILTERS.check(Map.of("admin1", "Idlib")::get))
                .getMessage();
        assertTrue(m.contains("SY-ID (Idlib)") && m.contains("SY-QU"), m);
        m = assertThrows(IllegalArgumentException.class, () -> FILTERS.check(Map.of("type", "battles")::get)).getMessage();
        assertTrue(m.contains("Battles") && m.contains("Strategic developments"), m);
        assertThrows(IllegalArgumentException.class, () -> FILTERS.check(Map.of("type", "cameo:21")::get));
        assertThrows(IllegalArgumentException.class, () -> FILTERS.check(Map.of("sub_type", "airstrike")::get));
    }
}
