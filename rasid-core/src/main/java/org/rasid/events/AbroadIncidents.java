package org.rasid.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Rasid's home country is Syria: a violent event or strategic development placed in another
 * country is coded only when the article is about that country, that is when its headline names
 * it ("تركيا تعتقل أكثر من 100 كردي", "التحالف ينفذ 41 غارة جوية ضد داعش في العراق وسوريا") or
 * its section header does ("العراق::"); a dateline names only where the report was filed.
 * Elsewhere a foreign place in such a sentence is mostly a recalled incident, a venue or a
 * misreading ("قانون روما الأساسي", "تدريبات في تركيا"), and the guidelines make events abroad
 * optional. Verbal events keep their own place rule (StatementPlacer).
 */
final class AbroadIncidents {
    /** ISO 3166-2 codes of Syrian governorates start so; other places carry their country's code. */
    private static final String HOME = "SY-";

    private AbroadIncidents() {
    }

    /** The countries abroad that the headline's (and section header's) places lie in. */
    static Set<String> countries(List<Arguments.Place> headline) {
        Set<String> out = new LinkedHashSet<>();
        for (Arguments.Place p : headline) {
            if (abroad(p.admin1())) {
                out.add(p.admin1());
            }
        }
        return Set.copyOf(out);
    }

    /** Whether a non-verbal event at a place of this admin1 is coded, given the headline's countries abroad. */
    static boolean coded(String admin1, Set<String> headlineAbroad) {
        return !abroad(admin1) || headlineAbroad.contains(admin1);
    }

    private static boolean abroad(String admin1) {
        return admin1 != null && !admin1.startsWith(HOME);
    }
}
