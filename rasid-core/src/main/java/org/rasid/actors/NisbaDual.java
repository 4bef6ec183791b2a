package org.rasid.actors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasid.lexicon.Particles;
import org.rasid.text.ArabicNormalizer;

/**
 * The feminine dual forms of a nationality adjective ("طائرتان روسيتان", "مقاتلتين أمريكيتين"):
 * the adjective agrees with a dual means noun, so the lexicon's singular and plural forms miss it.
 * Built from the stem ending in the nisba letter with the closed set of dual endings of
 * particles.tsv; masculine duals are left out: "مسؤولان أميركيان" are mostly sources, not actors.
 */
final class NisbaDual {
    /** The feminine nisba ending, normalised ("روسيه"). */
    private static final String FEMININE = Particles.word("nisba_ending");
    /** The masculine nisba ending ("روسي"), the stem the dual endings attach to. */
    private static final String MASCULINE = Particles.word("nisba_masculine_ending");
    /** -تان, -تين after that stem. */
    private static final Set<String> ENDINGS = Particles.words("nisba_dual_ending");

    private NisbaDual() {
    }

    /** The normalised feminine dual forms of a one-word adjective; none for other words ("الروس"). */
    static List<String> of(String adjective) {
        String word = ArabicNormalizer.normalizeTerm(adjective);
        if (word.indexOf(' ') >= 0) {
            return List.of();
        }
        String stem;
        if (word.endsWith(FEMININE)) {
            stem = word.substring(0, word.length() - FEMININE.length()) + MASCULINE;
        } else if (word.endsWith(MASCULINE)) {
            stem = word;
        } else {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String e : ENDINGS) {
            out.add(stem + e);
        }
        return List.copyOf(out);
    }
}
