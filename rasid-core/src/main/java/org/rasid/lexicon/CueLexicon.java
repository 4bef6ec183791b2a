package org.rasid.lexicon;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.PhraseMatcher;

/**
 * A TSV data file of cue phrases, each with a kind (columns {@code cue} and {@code kind}),
 * read into one phrase matcher whose values are the kinds. A kind outside the allowed set is
 * an error naming the file and line, so a typo in an analyst's copy is not silently ignored.
 */
public final class CueLexicon {
    private final PhraseMatcher<String> matcher = new PhraseMatcher<>(false);
    private final Map<String, Set<String>> byKind = new HashMap<>();

    private CueLexicon() {
    }

    public static CueLexicon load(String file, Set<String> kinds) {
        CueLexicon lexicon = new CueLexicon();
        for (DataFile.Row row : DataFile.readTsv(file)) {
            String kind = row.get("kind");
            if (!kinds.contains(kind)) {
                throw row.error("unknown cue kind '" + kind + "'");
            }
            lexicon.matcher.add(row.get("cue"), kind);
            lexicon.byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(ArabicNormalizer.normalizeTerm(row.get("cue")));
        }
        return lexicon;
    }

    /** Finds the cues; a match's values are the kinds of its phrase. */
    public PhraseMatcher<String> matcher() {
        return matcher;
    }

    /** The normalised phrases of one kind. */
    public Set<String> phrases(String kind) {
        return Collections.unmodifiableSet(byKind.getOrDefault(kind, Set.of()));
    }
}
