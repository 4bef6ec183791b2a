package org.rasid.gazetteer;

import java.util.List;
import java.util.regex.Pattern;
import org.rasid.gazetteer.PlaceCues.Type;
import org.rasid.lexicon.Particles;
import org.rasid.text.CliticSplitter;
import org.rasid.text.PhraseMatcher.Match;
import org.rasid.text.Token;

/**
 * Tells a capital that stands for its government from the city itself. News names states by their
 * capitals where they act or are acted on ("اتهمت القوى الغربية دمشق", "القوات الموالية لدمشق",
 * "بين أنقرة وموسكو", "التي تسيطر عليها دمشق"): no place there. The city is meant where a locative
 * word or cue governs the name ("في دمشق", "إلى موسكو", "قرب دمشق", "العاصمة دمشق"), where the name
 * carries ب ("بدمشق"), opens a dateline ("دمشق - ") or continues a list of places ("الغوطة الشرقية
 * ودمشق").
 */
final class CapitalMetonymy {
    /** The proclitic ب: "بدمشق" is in Damascus. */
    private static final char BA = CliticSplitter.PREPOSITIONS.charAt(0);
    /** The conjunction و, which makes the name one item of a list. */
    private static final char WA = CliticSplitter.CONJUNCTIONS.charAt(0);
    /** The proclitic ل: "لدمشق" is for or of Damascus. */
    private static final char LAM = CliticSplitter.LAM.charAt(0);
    private static final String FROM = Particles.word("agency_preposition");
    /** The ending of a relative adjective, normalised ("ية" → "يه"). */
    private static final String NISBA = Particles.word("nisba_ending");
    /** What opens the rest of a dateline after its place ("دمشق - ", "موسكو (رويترز)", "دمشق: "). */
    private static final String DATELINE_MARKS = "-–—(:";
    /** How many words before the name a verb of visiting may stand: a clause's length. */
    private static final int VISIT_REACH = 16;
    /** A gap (on one line) holding a clause's end; compiled once, not per gap by String.matches. */
    private static final Pattern CLAUSE_END = Pattern.compile(".*[.:؛!?؟].*");
    /** A gap (on one line) holding a comma. */
    private static final Pattern COMMA = Pattern.compile(".*[،,].*");

    private final PlaceCues cues;

    CapitalMetonymy(PlaceCues cues) {
        this.cues = cues;
    }

    /**
     * Whether a gazetteer match of a capital (a SEAT name, {@link PlaceCues#name}) names a government
     * rather than a place.
     *
     * @param cued       a kind, direction, nearness or countryside cue stands right before the name
     * @param afterPlace the name follows a place with "و" only between ("الغوطة الشرقية ودمشق")
     * @param afterState the name follows, with "و" only between, a capital read as a government
     */
    boolean standsForState(String text, List<Token> tokens, Match<Place> m, boolean cued, boolean afterPlace,
                           boolean afterState) {
        if (cued || m.tokenEnd() - m.tokenStart() > 1) {
            return false;
        }
        Token token = tokens.get(m.tokenStart());
        String clitics = text.substring(token.start(), m.start());
        if (clitics.indexOf(BA) >= 0 || opensDateline(text, m.end())) {
            return false;
        }
        if (!clitics.isEmpty() && clitics.charAt(0) == WA && (afterPlace || afterState)) {
            return afterState;
        }
        int before = m.tokenStart() - 1;
        if (before >= 0 && nisba(tokens.get(before).text())) {
            before--; // "العاصمة الأردنية عمان": the capital's noun, then its adjective
        }
        if (before < 0) {
            return true;
        }
        Token prev = tokens.get(before);
        if (cues.is(Type.AGENCY, prev)) {
            return true; // "التي تدعمها واشنطن", "حليفة دمشق", "حكومة دمشق"
        }
        if (cues.is(Type.LOCATIVE, prev)) {
            // "المدعومة من واشنطن", "من جانب دمشق": من after these names who acts
            return prev.text().equals(FROM) && before > 0 && cues.is(Type.AGENCY, tokens.get(before - 1));
        }
        // "الموالية لدمشق" is dative: only a visit right before makes it the city ("زيارته لدمشق")
        return clitics.indexOf(LAM) >= 0 ? !cues.is(Type.VISIT, prev) : !visited(text, tokens, m.tokenStart());
    }

    /** A relative adjective with the article ("الأردنية", "السورية"). */
    private static boolean nisba(String word) {
        return word.startsWith(CliticSplitter.ARTICLE) && word.endsWith(NISBA);
    }

    /**
     * "زار المبعوث الأممي بيروت", "يزور وفد … التي تدعمها واشنطن، دمشق": a verb of visiting earlier in
     * the clause; a full stop, a colon or a comma before a word opening with و ("، واتهم") ends it.
     */
    private boolean visited(String text, List<Token> tokens, int name) {
        for (int k = name - 1; k >= Math.max(0, name - VISIT_REACH); k--) {
            Token t = tokens.get(k);
            if (cues.is(Type.VISIT, t)) {
                return true;
            }
            int from = tokens.get(k).end();
            int to = tokens.get(k + 1).start();
            if (spaces(text, from, to)) {
                continue; // most gaps: no mark to look for
            }
            String gap = text.substring(from, to);
            if (CLAUSE_END.matcher(gap).matches()
                    || COMMA.matcher(gap).matches() && tokens.get(k + 1).text().charAt(0) == WA) {
                return false;
            }
        }
        return false;
    }

    private static boolean spaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean opensDateline(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && DATELINE_MARKS.indexOf(text.charAt(i)) >= 0;
    }
}
