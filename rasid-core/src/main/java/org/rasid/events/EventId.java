package org.rasid.events;

import org.rasid.model.Sha256;
import org.rasid.text.Span;

/** Event ids: stable across runs, the same sentence of the same story gives the same ids. */
final class EventId {
    private EventId() {
    }

    /** A hash of (doc, story, sentence span, sub-type or CAMEO root, place, trigger offset): 16 hex digits. */
    static String of(String doc, int story, Span sentence, String kind, String place, int trigger) {
        String key = doc + "|" + story + "|" + sentence.start() + "-" + sentence.end() + "|" + kind + "|"
                + place + "|" + trigger;
        return Sha256.hex(key, 8);
    }
}
