package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.lexicon.DataFile;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Token;

/**
 * Words around a trigger that change what it means (data file event_cues.tsv): modality cues
 * ("لم", "تستعد", "في حال"), role cues ("من قبل", "على", "بدعم من"), clause breaks ("في حين").
 */
public final class EventCues {
    public static final String FILE = "event_cues.tsv";
    static final Set<String> KINDS = Set.of("negated", "planned", "expected", "conditional", "future", "heard",
            "topic", "background", "generic", "report", "agent", "target", "assoc", "mediator", "clause_break",
            "former", "complement", "agreement_frame", "no_casualties", "civilian", "violent", "protest_ctx", "generic_place", "after_prior");

    /** A cue found in a sentence; token indexes are into the sentence's tokens. */
    public record Cue(String kind, int tokenStart, int tokenEnd, int start, int end) {
    }

    private final PhraseMatcher<String> matcher = new PhraseMatcher<>(false);
    private final java.util.Map<String, Set<String>> byKind = new java.util.HashMap<>();

    private EventCues() {
    }

    public static EventCues load() {
        return load(FILE);
    }

    public static EventCues load(String file) {
        EventCues cues = new EventCues();
        for (DataFile.Row row : DataFile.readTsv(file)) {
            String kind = row.get("kind");
            if (!KINDS.contains(kind)) {
                throw row.error("unknown cue kind '" + kind + "'");
            }
            cues.matcher.add(row.get("cue"), kind);
            cues.byKind.computeIfAbsent(kind, k -> new java.util.HashSet<>())
                    .add(org.rasid.text.ArabicNormalizer.normalizeTerm(row.get("cue")));
        }
        return cues;
    }

    /** The normalised phrases of one kind (for lists used outside the matcher). */
    public Set<String> phrases(String kind) {
        return java.util.Collections.unmodifiableSet(byKind.getOrDefault(kind, Set.of()));
    }

    /** Every cue in the tokens (one phrase may carry several kinds: one Cue each). */
    public List<Cue> find(String normalized, List<Token> tokens) {
        List<Cue> out = new ArrayList<>();
        for (PhraseMatcher.Match<String> m : matcher.find(normalized, tokens)) {
            for (String kind : m.values()) {
                out.add(new Cue(kind, m.tokenStart(), m.tokenEnd(), m.start(), m.end()));
            }
        }
        return out;
    }
}
