package org.rasid.events;

import java.util.List;
import java.util.Set;
import org.rasid.lexicon.Particles;

/**
 * People a strike hurt, told with no number: "ما أدى لوقوع إصابات من المدنيين", "بعد استشهاد أصحابها بسبب قصف
 * الطائرات", "أحد الضحايا نتيجة قصف قوات الأسد". A toll with a figure gives the victims through the clause's counts
 * (TollAssigner); a word of harm with none (event_words.tsv uncounted_harm) in the strike's own clause still says
 * people were hit, and docs/annotation.md ("Fields the sentence leaves open", (c)) codes them CIVILIANS. Not when
 * the text says nobody was hurt (event_cues.tsv no_casualties) or gives no news of it ("دون تقديم تفاصيل عن سقوط
 * ضحايا"), nor where إصابات are hits ("تحقيق إصابات مباشرة", event_words.tsv hit_qualifier), nor when a side is named as the hurt ("خسائر في صفوف
 * قوات النظام", "جرحى من عناصر التنظيم"): armed men are no civilians.
 */
final class UncountedHarm {
    private static final String HARM = "uncounted_harm";
    private static final String NONE = "no_casualties";
    /** event_words.tsv: a word after إصابات that makes it hits on a target, not people hurt ("إصابات مباشرة"). */
    private static final String HIT = "hit_qualifier";
    /** particles.tsv: "دون تقديم تفاصيل عن سقوط ضحايا" tells no harm. */
    private static final Set<String> NEGATIONS = Particles.words("negation");
    /** How many words before the harm word a negation may stand. */
    private static final int NEGATION_GAP = 5;
    /** How many words after the harm word a side named as the hurt may stand ("إصابات في صفوف قوات النظام"). */
    private static final int OWNER_GAP = 4;
    /** How many words before the harm word a "no news of" phrase may end ("لم ترد معلومات عن سقوط ضحايا"). */
    private static final int DENIAL_GAP = 2;

    private UncountedHarm() {
    }

    /** Whether the trigger's clause tells people hurt with no number, none of them armed or denied. */
    static boolean civilians(Sentence s, TriggerMention t, List<RoledActor> actors, String actor1, EventWords words) {
        int clause = s.clause[t.tokenStart()];
        boolean any = false;
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.clause[i] != clause || !s.bareOrAfterAnd(i, words.of(HARM))
                    || i + 1 < s.tokens.size() && words.is(HIT, s.word(i + 1))) {
                continue;
            }
            if (denied(s, i) || negated(s, i) || armed(s, i, actors, actor1)) {
                return false;
            }
            any = true;
        }
        return any && s.cues(NONE).stream().noneMatch(c -> s.clause[c.tokenStart()] == clause);
    }

    private static boolean denied(Sentence s, int harm) {
        for (EventCues.Cue c : s.cues(NONE)) {
            if (c.tokenStart() <= harm && harm - c.tokenEnd() <= DENIAL_GAP) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(Sentence s, int harm) {
        for (int i = harm - 1; i >= 0 && harm - i <= NEGATION_GAP && s.clause[i] == s.clause[harm]; i--) {
            if (s.bareOrAfterAnd(i, NEGATIONS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A side named right after the harm word is whom it hurt; civilians named so are no side, nor is the striker
     * named as the cause ("استشهاد أصحابها بسبب قصف الطائرات النظامية").
     */
    private static boolean armed(Sentence s, int harm, List<RoledActor> actors, String actor1) {
        for (RoledActor a : actors) {
            if (a.token() > harm && a.token() - harm <= OWNER_GAP && s.clause[a.token()] == s.clause[harm]
                    && !"CIVILIANS".equals(a.id()) && !a.id().equals(actor1)) {
                return true;
            }
        }
        return false;
    }
}
