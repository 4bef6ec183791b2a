package org.rasid.episode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.lexicon.DataFile;
import org.rasid.model.Event;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.PhraseMatcher;

/**
 * The rules of episode building, all data: the kinds (episodes/kinds.tsv), the moves that open,
 * advance and close their states (episodes/moves.tsv), the sentence cues the moves ask for
 * (episodes/cues.tsv) and the places that anchor no episode (episodes/weak-places.tsv).
 * docs/data-formats.md describes the four files.
 */
public final class EpisodeRules {
    private final Map<String, EpisodeKind> kinds;
    private final List<EpisodeMove> moves;
    private final PhraseMatcher<String> cues;
    private final Set<String> weakPlaces;

    private EpisodeRules(Map<String, EpisodeKind> kinds, List<EpisodeMove> moves, PhraseMatcher<String> cues,
                         Set<String> weakPlaces) {
        this.kinds = kinds;
        this.moves = moves;
        this.cues = cues;
        this.weakPlaces = weakPlaces;
    }

    /** The rules of the data folder (system property rasid.data) or of the jar. */
    public static EpisodeRules load() {
        Map<String, EpisodeKind> kinds = new LinkedHashMap<>();
        for (DataFile.Row r : DataFile.readTsv("episodes/kinds.tsv")) {
            EpisodeKind k = new EpisodeKind(r.get("kind"), r.get("track"), integer(r, "weight"),
                    number(r, "reach_km"), number(r, "span_km"), number(r, "tie_km"),
                    integer(r, "gap_days"), integer(r, "min_events"),
                    r.get("label_en"), r.get("label_ar"));
            if (kinds.put(k.id(), k) != null) {
                throw r.error("kind '" + k.id() + "' given twice");
            }
        }
        Set<String> cueKinds = new HashSet<>();
        List<EpisodeMove> moves = new ArrayList<>();
        for (DataFile.Row r : DataFile.readTsv("episodes/moves.tsv")) {
            EpisodeKind kind = kinds.get(r.get("kind"));
            if (kind == null) {
                throw r.error("unknown episode kind '" + r.get("kind") + "'");
            }
            EpisodeMove.Effect effect;
            try {
                effect = EpisodeMove.Effect.valueOf(r.get("effect").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("effect must be open, advance or close, not '" + r.get("effect") + "'");
            }
            EpisodeMove m = new EpisodeMove(kind, r.get("state"), r.get("state_ar"), integer(r, "rank"),
                    r.get("after").equals("-") ? EpisodeMove.ANY : integer(r, "after"), effect, values(r, "classes"),
                    new LinkedHashSet<>(values(r, "cues")), new LinkedHashSet<>(values(r, "unless")));
            if (m.classes().isEmpty()) {
                throw r.error("a move needs at least one event class");
            }
            cueKinds.addAll(m.cues());
            cueKinds.addAll(m.unless());
            moves.add(m);
        }
        // attached pronouns allowed on a cue's last word: "حصارها", "حشودها"
        PhraseMatcher<String> cues = new PhraseMatcher<>(true);
        Set<String> defined = new HashSet<>();
        for (DataFile.Row r : DataFile.readTsv("episodes/cues.tsv")) {
            cues.add(r.get("cue"), r.get("kind"));
            defined.add(r.get("kind"));
        }
        for (String k : cueKinds) {
            if (!defined.contains(k)) {
                throw new IllegalArgumentException("episodes/moves.tsv: cue kind '" + k + "' has no cue in episodes/cues.tsv");
            }
        }
        Set<String> weak = new HashSet<>();
        for (DataFile.Row r : DataFile.readTsv("episodes/weak-places.tsv")) {
            weak.add(r.get("place_id"));
        }
        return new EpisodeRules(kinds, List.copyOf(moves), cues, Set.copyOf(weak));
    }

    /**
     * Whether an event's place may anchor an episode: open one and carry its reach. A
     * governorate-level event (geo_precision 3) is too vague; a place of weak-places.tsv (a
     * capital whose name stands for its government) names no place of the story.
     */
    public boolean anchors(Event e) {
        return (e.geoPrecision() == null || e.geoPrecision() < 3)
                && (e.placeId() == null || !weakPlaces.contains(e.placeId()));
    }

    /** The kinds, in file order. */
    public Collection<EpisodeKind> kinds() {
        return kinds.values();
    }

    /**
     * The moves an event makes: per track the first matching row, in file order. An event of
     * no storyline (a condemnation, say) makes none.
     */
    public List<EpisodeMove> movesOf(Event e) {
        Set<String> sentenceCues = cueKinds(e);
        Map<String, EpisodeMove> byTrack = new LinkedHashMap<>();
        for (EpisodeMove m : moves) {
            if (!byTrack.containsKey(m.kind().track()) && m.matches(e, sentenceCues)) {
                byTrack.put(m.kind().track(), m);
            }
        }
        return List.copyOf(byTrack.values());
    }

    private Set<String> cueKinds(Event e) {
        if (e.evidence() == null || e.evidence().sentence() == null) {
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        for (PhraseMatcher.Match<String> m : cues.find(ArabicNormalizer.normalize(e.evidence().sentence()).text())) {
            found.addAll(m.values());
        }
        return found;
    }

    private static List<String> values(DataFile.Row r, String column) {
        return r.list(column).stream().filter(v -> !v.equals("-")).toList();
    }

    private static int integer(DataFile.Row r, String column) {
        try {
            return Integer.parseInt(r.get(column));
        } catch (NumberFormatException e) {
            throw r.error(column + " must be a whole number, not '" + r.get(column) + "'");
        }
    }

    private static double number(DataFile.Row r, String column) {
        try {
            return Double.parseDouble(r.get(column));
        } catch (NumberFormatException e) {
            throw r.error(column + " must be a number, not '" + r.get(column) + "'");
        }
    }
}
