package org.rasid.events;

import java.util.ArrayList;
import java.util.List;

/**
 * A trigger that will code an event, with the class it gives before its arguments are known;
 * siblings are the weaker triggers of its family and clause ("غاز الكلور بقصف النظام").
 */
record Candidate(TriggerMention t, Modality modality, String type, String sub, String cameo, int quad,
                 List<TriggerMention> siblings) {
    Candidate(TriggerMention t, Modality modality, String type, String sub, String cameo, int quad) {
        this(t, modality, type, sub, cameo, quad, new ArrayList<>());
    }

    boolean verbal() {
        return type == null;
    }
}
