package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class EventJsonTest {
    @Test
    void anEventSurvivesTheRoundTripWithItsArabicEvidence() throws Exception {
        EventJson json = new EventJson();
        Event e = SeedFixtures.result004().events().get(2);
        String body = json.write(e);
        assertTrue(body.contains("\"location_ar\":\"ترندة\""), body);
        assertEquals(e, json.read(body));
        assertEquals(e, json.read(body.replace("{\"id\"", "{\"added_later\":1,\"id\"")), "unknown fields ignored");
        assertThrows(IllegalStateException.class, () -> json.read("{\"id\":"));
    }
}
