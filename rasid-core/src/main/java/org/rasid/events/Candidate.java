package org.rasid.events;

import java.util.ArrayList;
import java.util.List;

/**
 * A trigger that will code an event, with the class it gives before its arguments are known;
 * siblings are the weaker triggers of its family and clause ("غاز الكلور بقصف النظام"). A clause
 * that tells acts of one family in conjuncts of their own, each at its own place, gives one candidate
 * per conjunct: its places are those of words {@code from} to {@code to} (exclusive) of the sentence.
 */
record Candidate(TriggerMention t, Modality modality, String type, String sub, String cameo, int quad,
                 List<TriggerMention> siblings, int from, int to) {
    Candidate(TriggerMention t, Modality modality, String type, String sub, String cameo, int quad) {
        this(t, modality, type, sub, cameo, quad, new ArrayList<>());
    }

    Candidate(TriggerMention t, Modality modality, String type, String sub, String cameo, int quad,
              List<TriggerMention> siblings) {
        this(t, modality, type, sub, cameo, quad, siblings, 0, Integer.MAX_VALUE);
    }

    /** This candidate with its places limited to words from..to (its conjunct of a clause). */
    Candidate within(int start, int end) {
        return new Candidate(t, modality, type, sub, cameo, quad, siblings, start, end);
    }

    /** Whether its places are limited to a conjunct of its clause. */
    boolean conjunct() {
        return from > 0 || to < Integer.MAX_VALUE;
    }

    boolean verbal() {
        return type == null;
    }
}
