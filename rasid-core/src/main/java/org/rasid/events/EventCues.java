package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.lexicon.CueLexicon;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Token;

/**
 * Words around a trigger that change what it means (data file event_cues.tsv): modality cues
 * ("لم", "تستعد", "في حال"), role cues ("من قبل", "على", "بدعم من"), clause breaks ("في حين").
 */
public final class EventCues {
    public static final String FILE = "event_cues.tsv";
    static final Set<String> KINDS = Set.of("negated", "planned", "expected", "conditional", "future", "heard",
            "topic", "background", "generic", "report", "source", "agent", "target", "assoc", "mediator", "backer", "owner", "clause_break", "item_break", "not_break",
            "former", "complement", "agreement_frame", "no_casualties", "civilian", "violent", "protest_ctx", "generic_place", "after_prior",
            "foreign", "habitual", "opinion", "civilian_site",
            "military_site", "pluperfect", "hypothesis", "proposal", "air_defence", "circumstance", "period",
            "reference", "combatant", "commentary", "field", "quantifier", "spread", "motive", "toll_link",
            "intended", "any", "motive_open", "motive_link", "disapproval", "rejection");

    /** A cue found in a sentence; token indexes are into the sentence's tokens. */
    public record Cue(String kind, int tokenStart, int tokenEnd, int start, int end) {
    }

    private final CueLexicon lexicon;

    private EventCues(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static EventCues load() {
        return load(FILE);
    }

    public static EventCues load(String file) {
        return new EventCues(CueLexicon.load(file, KINDS));
    }

    /** The normalised phrases of one kind (for lists used outside the matcher). */
    public Set<String> phrases(String kind) {
        return lexicon.phrases(kind);
    }

    /** Every cue in the tokens (one phrase may carry several kinds: one Cue each). */
    public List<Cue> find(String normalized, List<Token> tokens) {
        return cues(lexicon.matcher().find(normalized, tokens));
    }

    /** The matcher of the cue phrases, for a pass that reads a sentence for other lexicons too. */
    PhraseMatcher<String> matcher() {
        return lexicon.matcher();
    }

    /** The cues of the matcher's matches (one phrase may carry several kinds: one Cue each). */
    static List<Cue> cues(List<PhraseMatcher.Match<String>> matches) {
        List<Cue> out = new ArrayList<>();
        for (PhraseMatcher.Match<String> m : matches) {
            for (String kind : m.values()) {
                out.add(new Cue(kind, m.tokenStart(), m.tokenEnd(), m.start(), m.end()));
            }
        }
        return out;
    }
}
