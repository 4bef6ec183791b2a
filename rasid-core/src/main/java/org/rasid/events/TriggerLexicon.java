package org.rasid.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.PhraseMatcher;

/**
 * The trigger lexicon (data file triggers.tsv, see docs/data-formats.md): Arabic words and
 * phrases that report events, with their ACLED type, sub-type and CAMEO root.
 */
public final class TriggerLexicon {
    public static final String FILE = "triggers.tsv";
    private static final Set<String> FAMILIES = Set.of("violence", "territory", "protest", "riot", "agreement",
            "arrest", "change", "disrupted", "base", "other", "looting", "verbal", "outcome", "block");
    private static final Set<String> NEEDS = Set.of("place", "actor", "actor1", "future", "said", "speech", "participle",
            "no_captive", "continues", "armed_passage");

    private final PhraseMatcher<Trigger> matcher = new PhraseMatcher<>(true);
    private final Map<String, List<Trigger>> singleWords = new HashMap<>();
    private final List<Trigger> rows = new ArrayList<>();

    private TriggerLexicon() {
    }

    public static TriggerLexicon load() {
        return load(FILE);
    }

    public static TriggerLexicon load(String file) {
        TriggerLexicon lex = new TriggerLexicon();
        for (DataFile.Row row : DataFile.readTsv(file)) {
            Trigger t = parse(row);
            lex.rows.add(t);
            for (String phrase : row.list("phrase")) {
                lex.matcher.add(phrase, t);
                String norm = ArabicNormalizer.normalizeTerm(phrase);
                if (ArabicTokenizer.tokenize(norm).size() == 1) {
                    lex.singleWords.computeIfAbsent(norm, k -> new ArrayList<>(1)).add(t);
                }
            }
        }
        if (lex.rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no triggers");
        }
        return lex;
    }

    private static Trigger parse(DataFile.Row row) {
        String family = row.get("family");
        if (!FAMILIES.contains(family)) {
            throw row.error("unknown family '" + family + "'");
        }
        if (row.list("phrase").isEmpty()) {
            throw row.error("no phrase");
        }
        if (Trigger.BLOCK.equals(family)) {
            return new Trigger(family, null, null, null, 0, "N", "agent", 0, Set.of(), List.of(), List.of(), Map.of(),
                    row.line());
        }
        String cameo = row.get("cameo");
        if (!cameo.matches("(0[1-9]|1[0-9]|20)")) {
            throw row.error("cameo must be a root code 01..20, not '" + cameo + "'");
        }
        int quad = parseInt(row, "quad");
        if (quad < 1 || quad > 4) {
            throw row.error("quad must be 1..4");
        }
        String type = row.getOrNull("acled_type");
        String sub = row.getOrNull("acled_sub_type");
        if ((type == null) != (sub == null)) {
            throw row.error("acled_type and acled_sub_type go together");
        }
        if (type == null && !Trigger.VERBAL.equals(family)) {
            throw row.error("only verbal triggers may lack an ACLED type");
        }
        if (type != null && !AcledTaxonomy.isSubType(type, sub)) {
            throw row.error("'" + type + "/" + sub + "' is not an ACLED sub-type");
        }
        Set<String> needs = new LinkedHashSet<>();
        List<String> before = List.of();
        List<String> after = List.of();
        for (String n : row.list("needs")) {
            if (n.startsWith("before:")) {
                before = words(n.substring(7));
            } else if (n.startsWith("after:")) {
                after = words(n.substring(6));
            } else if (NEEDS.contains(n)) {
                needs.add(n);
            } else {
                throw row.error("unknown need '" + n + "'");
            }
        }
        Map<String, String[]> alt = new HashMap<>();
        for (String a : row.list("alt")) {
            int eq = a.indexOf('=');
            int slash = a.indexOf('/', eq + 1);
            if (eq < 0 || slash < 0) {
                throw row.error("alt must be condition=Type/Sub-type: " + a);
            }
            String[] ts = {a.substring(eq + 1, slash), a.substring(slash + 1)};
            if (!AcledTaxonomy.isSubType(ts[0], ts[1])) {
                throw row.error("alt '" + a + "' is not an ACLED sub-type");
            }
            alt.put(a.substring(0, eq), ts);
        }
        String frame = row.get("frame");
        if (!Set.of("agent", "patient", "symmetric").contains(frame)) {
            throw row.error("frame must be agent, patient or symmetric");
        }
        return new Trigger(family, type, sub, cameo, quad, row.get("pos"), frame, parseInt(row, "priority"),
                Set.copyOf(needs), before, after, Map.copyOf(alt), row.line());
    }

    /** The normalised words of a "before:" or "after:" need, comma-separated. */
    private static List<String> words(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(ArabicNormalizer::normalizeTerm).toList();
    }

    private static int parseInt(DataFile.Row row, String col) {
        try {
            return Integer.parseInt(row.get(col));
        } catch (NumberFormatException e) {
            throw row.error(col + " must be a number");
        }
    }

    PhraseMatcher<Trigger> matcher() {
        return matcher;
    }

    /** Triggers written as this one normalised word, for the future prefix س. */
    List<Trigger> singleWord(String normalizedWord) {
        return singleWords.getOrDefault(normalizedWord, List.of());
    }

    public List<Trigger> rows() {
        return rows;
    }
}
