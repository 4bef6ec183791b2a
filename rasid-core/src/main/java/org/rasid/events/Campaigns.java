package org.rasid.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;

/**
 * The armed campaigns of the war (data file campaigns.tsv): each names its forces and the foe they fight. A report
 * of a force's strike that names no target is read against the campaign's foe the story names ("غارات جوية على
 * جسرين … يستخدمهما داعش" for the coalition, "الوحدات الكردية" for Turkey's operations in Afrin); a force's statement
 * whose sentence names the campaign (its marks: the operation's name, its grounds) is read against that foe too.
 */
final class Campaigns {
    static final String FILE = "campaigns.tsv";

    private final Map<String, List<String>> foes;
    private final Map<String, Set<String>> rivals;
    /** Per force, the campaign's marks, each as its normalised words. */
    private final Map<String, List<String[]>> marks;
    /** The one-letter proclitics a mark's first word may carry: conjunctions and prepositions ("بعفرين"). */
    private static final String PROCLITICS = CliticSplitter.PROCLITIC_LETTERS;

    private Campaigns(Map<String, List<String>> foes, Map<String, Set<String>> rivals,
                      Map<String, List<String[]>> marks) {
        this.foes = foes;
        this.rivals = rivals;
        this.marks = marks;
    }

    /** The default campaigns, read once per JVM. */
    static Campaigns standard() {
        return Standard.CAMPAIGNS;
    }

    static Campaigns load(String file) {
        Map<String, List<String>> foes = new HashMap<>();
        Map<String, Set<String>> rivals = new HashMap<>();
        Map<String, List<String[]>> marks = new HashMap<>();
        for (DataFile.Row row : DataFile.readTsv(file)) {
            List<String[]> told = new ArrayList<>();
            for (String m : row.list("marks")) {
                told.add(ArabicNormalizer.normalizeTerm(m).split(" +"));
            }
            List<String> against = row.list("foes");
            if (row.list("forces").isEmpty() || against.isEmpty()) {
                throw row.error("a campaign needs forces and foes");
            }
            for (String force : row.list("forces")) {
                if (foes.putIfAbsent(force, against) != null) {
                    throw row.error("force " + force + " is in two campaigns");
                }
                rivals.put(force, Set.copyOf(row.list("rivals")));
                marks.put(force, List.copyOf(told));
            }
        }
        return new Campaigns(Map.copyOf(foes), Map.copyOf(rivals), Map.copyOf(marks));
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

    /**
     * Whether the sentence names the force's campaign by one of its marks (campaigns.tsv column {@code marks}: "غصن
     * الزيتون", "عفرين"), the first word with or without a one-letter proclitic ("القوات التركية لن تبقى بعفرين").
     */
    boolean told(String force, Sentence s) {
        List<String[]> own = force == null ? List.of() : marks.getOrDefault(force, List.of());
        for (String[] m : own) {
            for (int i = 0; i + m.length <= s.tokens.size(); i++) {
                if (matchesAt(m, s, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(String[] mark, Sentence s, int i) {
        if (!mark[0].equals(s.word(i)) && !mark[0].equals(s.afterProclitic(i, PROCLITICS))) {
            return false;
        }
        for (int k = 1; k < mark.length; k++) {
            if (!mark[k].equals(s.word(i + k))) {
                return false;
            }
        }
        return true;
    }

    private static final class Standard {
        static final Campaigns CAMPAIGNS = load(FILE);
    }
}
