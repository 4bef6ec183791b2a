package org.rasid.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.lexicon.DataFile;

/**
 * The armed campaigns of the war (data file campaigns.tsv): each names its forces and the foe they fight. A report
 * of a force's strike that names no target is read against the campaign's foe the story names ("غارات جوية على
 * جسرين … يستخدمهما داعش" for the coalition, "الوحدات الكردية" for Turkey's operations in Afrin).
 */
final class Campaigns {
    static final String FILE = "campaigns.tsv";

    private final Map<String, List<String>> foes;
    private final Map<String, Set<String>> rivals;

    private Campaigns(Map<String, List<String>> foes, Map<String, Set<String>> rivals) {
        this.foes = foes;
        this.rivals = rivals;
    }

    /** The default campaigns, read once per JVM. */
    static Campaigns standard() {
        return Standard.CAMPAIGNS;
    }

    static Campaigns load(String file) {
        Map<String, List<String>> foes = new HashMap<>();
        Map<String, Set<String>> rivals = new HashMap<>();
        for (DataFile.Row row : DataFile.readTsv(file)) {
            List<String> against = row.list("foes");
            if (row.list("forces").isEmpty() || against.isEmpty()) {
                throw row.error("a campaign needs forces and foes");
            }
            for (String force : row.list("forces")) {
                if (foes.putIfAbsent(force, against) != null) {
                    throw row.error("force " + force + " is in two campaigns");
                }
                rivals.put(force, Set.copyOf(row.list("rivals")));
            }
        }
        return new Campaigns(Map.copyOf(foes), Map.copyOf(rivals));
    }

    /** The foes of the campaign the force (an actors.tsv id) fights, in the order of preference; none if it has none. */
    List<String> foes(String force) {
        return force == null ? List.of() : foes.getOrDefault(force, List.of());
    }

    /**
     * The camps (event_words.tsv kinds: home_side …) the force also strikes at times: one of them named as hit in the
     * story leaves a strike's target open.
     */
    Set<String> rivals(String force) {
        return force == null ? Set.of() : rivals.getOrDefault(force, Set.of());
    }

    private static final class Standard {
        static final Campaigns CAMPAIGNS = load(FILE);
    }
}
