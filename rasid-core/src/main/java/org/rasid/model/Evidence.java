package org.rasid.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a field was coded: the sentence and, for the trigger and each argument, the words, all
 * as [start, end) offsets into the original document text.
 */
public record Evidence(@JsonProperty("sentence") String sentence,
                       @JsonProperty("start") int start,
                       @JsonProperty("end") int end,
                       @JsonProperty("spans") List<Part> spans) {
    /** The role of the words that name the act (the event's trigger), one name for every reader of it. */
    public static final String TRIGGER = "trigger";

    /** One piece of evidence: role is trigger, actor1, actor2, location, date, fatalities, … */
    public record Part(@JsonProperty("role") String role, @JsonProperty("start") int start,
                       @JsonProperty("end") int end, @JsonProperty("text") String text) {
    }

    /** The first part of this role ("trigger", "date", …), or null. */
    public Part part(String role) {
        for (Part p : spans) {
            if (role.equals(p.role())) {
                return p;
            }
        }
        return null;
    }

    /** This evidence with one more part (a side another sentence named): the same sentence, so offsets hold. */
    public Evidence with(Part part) {
        List<Part> out = new ArrayList<>(spans);
        out.add(part);
        return new Evidence(sentence, start, end, List.copyOf(out));
    }

    /** This evidence with the parts of {@code role} replaced by {@code parts} (the same sentence: offsets hold). */
    public Evidence withParts(String role, List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part p : spans) {
            if (!role.equals(p.role())) {
                out.add(p);
            }
        }
        out.addAll(parts);
        return new Evidence(sentence, start, end, List.copyOf(out));
    }
}
