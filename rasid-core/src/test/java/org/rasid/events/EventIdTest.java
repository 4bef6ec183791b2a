package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rasid.model.Sha256;
import org.rasid.text.Span;

class EventIdTest {
    @Test
    void stableSixteenHexDigitsOfTheKeysHash() {
        String id = EventId.of("doc1", 2, new Span(10, 90), "Armed clash", "هجين", 14);
        assertEquals(id, EventId.of("doc1", 2, new Span(10, 90), "Armed clash", "هجين", 14));
        assertTrue(id.matches("[0-9a-f]{16}"), id);
        assertEquals(Sha256.hex("doc1|2|10-90|Armed clash|هجين|14").substring(0, 16), id);
    }

    @Test
    void eachPlaceOfAListIsItsOwnEvent() {
        assertNotEquals(EventId.of("d", 0, new Span(0, 50), "Attack", "زمار", 3),
                EventId.of("d", 0, new Span(0, 50), "Attack", "جزرايا", 3));
    }
}
