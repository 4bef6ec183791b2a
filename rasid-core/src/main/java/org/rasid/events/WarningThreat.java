package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.lexicon.Particles;

/**
 * A warning that announces the speaker's own act is a threat (docs/annotation.md: a warning that
 * also threatens is 13): "حذرت واشنطن من أنها ستتخذ إجراءات حازمة", "حذر من أننا سنرد". Arabic
 * words it as a warning verb whose content opens with أن carrying the speaker's own pronoun (its
 * gender and number those of the verb, or "we") and goes on with a future verb. A future of being
 * ("أنه سيكون", event_words.tsv {@code state_future}) tells a state, not an act: it stays a warning.
 */
final class WarningThreat {
    /** How far the content's opener may stand after the warning verb: its object and "من". */
    private static final int REACH = 8;
    private static final Set<String> MASCULINE = Particles.words("masculine_suffix");
    private static final Set<String> FEMININE = Particles.words("feminine_suffix");
    private static final Set<String> PLURAL = Particles.words("plural_suffix");
    /** أننا, بأننا: the speakers themselves, whatever the verb. */
    private static final Set<String> WE = Particles.words("first_person_opener");

    private WarningThreat() {
    }

    /** The candidates, a warning that announces its speaker's own act made a threat. */
    static List<Candidate> threats(Sentence s, List<Candidate> chosen) {
        List<Candidate> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            out.add(threatens(s, c)
                    ? new Candidate(c.t(), c.modality(), c.type(), c.sub(), CameoRoot.THREAT, CameoRoot.quadClass(CameoRoot.THREAT),
                    c.siblings(), c.from(), c.to())
                    : c);
        }
        return out;
    }

    private static boolean threatens(Sentence s, Candidate c) {
        TriggerMention t = c.t();
        if (!c.verbal() || !CameoRoot.DISAPPROVAL.equals(c.cameo()) || !EventWords.standard().is("warning_verb", t.phrase())) {
            return false;
        }
        int clause = s.clause[t.tokenStart()];
        for (int i = t.tokenEnd(); i + 1 < s.tokens.size() && i - t.tokenEnd() < REACH && s.clause[i] == clause; i++) {
            String w = s.word(i);
            if (WE.contains(w) || SpeechContent.opens(w)) {
                return own(w, t) && acts(s.word(i + 1)) && s.clause[i + 1] == clause;
            }
        }
        return false;
    }

    /** Whether the opener's pronoun is the speaker: "we", or the verb's own gender and number. */
    private static boolean own(String opener, TriggerMention t) {
        return WE.contains(opener) || "V".equals(t.trigger().pos()) && own(opener, t.phrase());
    }

    /** Whether the opener's pronoun is the speaker of the verb: "we", or the verb's own gender and number. */
    static boolean own(String opener, String verb) {
        if (WE.contains(opener)) {
            return true;
        }
        String agrees = ToldSpeaker.agreement(verb);
        Set<String> suffix = switch (agrees) {
            case "p" -> PLURAL;
            case "f" -> FEMININE;
            default -> MASCULINE;
        };
        // "أنهم" ends with neither "ه" nor "ها"; "أنها" not with "ه"
        return suffix.stream().anyMatch(opener::endsWith);
    }

    /** "ستتخذ", "سنرد", "سيرد": a future verb of acting, not of being ("سيكون"). */
    private static boolean acts(String w) {
        return w.length() > 3 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0
                && !EventWords.standard().is("state_future", w) && !EventWords.standard().is("not_future", w);
    }
}
