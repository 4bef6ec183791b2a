package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.events.RoledActor.Role;

/**
 * Actors joined by the conjunction و into one noun phrase ("ترامب وماكرون تعهدا", "سيطرت القوات
 * التركية وفصائل سورية موالية لها"): when one of them is actor1 as a subject or agent, the others
 * act with it. They are actor1's associates, never the second side.
 */
final class ConjoinedActors {
    /** "بين": the phrase after it names the sides facing each other, not allies. */
    private static final String BAYN = "بين";

    private ConjoinedActors() {
    }

    /**
     * The mentions coordinated with actor1's own mention as a subject or agent, or with a mention of
     * its id right before the verb ("قال البيت الأبيض إن ترامب وماكرون تعهدا"), without actor1's id.
     */
    static List<RoledActor> partners(Sentence s, TriggerMention t, RoledActor a1, List<RoledActor> actors) {
        List<RoledActor> out = new ArrayList<>();
        if (a1 == null) {
            return out;
        }
        int i = 0;
        while (i < actors.size()) {
            int j = i + 1;
            while (j < actors.size() && joined(s, actors.get(j - 1), actors.get(j))) {
                j++;
            }
            List<RoledActor> chain = actors.subList(i, j);
            if (chain.size() > 1 && (chain.contains(a1) || subjectOf(t, chain, a1.id())) && acts(s, chain.get(0))) {
                for (RoledActor a : chain) {
                    if (!a.id().equals(a1.id()) && a.canAct() && !a.m().outlet()) {
                        out.add(a);
                    }
                }
            }
            i = j;
        }
        return out;
    }

    /** The phrase ends right before the verb and names actor1 ("ترامب وماكرون تعهدا"). */
    private static boolean subjectOf(TriggerMention t, List<RoledActor> chain, String actor1) {
        int gap = t.tokenStart() - chain.get(chain.size() - 1).tokenEnd();
        return gap >= 0 && gap <= 1 && chain.stream().anyMatch(a -> a.id().equals(actor1));
    }

    /**
     * The phrase is a subject (no role) or an agent ("من قبل قوات النظام وحزب الله"); not an object
     * ("على مواقع النظام وحزب الله") nor the two sides after بين ("بين قوات النظام والمعارضة").
     */
    private static boolean acts(Sentence s, RoledActor first) {
        if (first.role() != Role.NONE && first.role() != Role.AGENT) {
            return false;
        }
        return first.token() == 0 || !s.word(first.token() - 1).equals(BAYN);
    }

    /** The next mention starts at the word after the previous one, with و written on that word. */
    private static boolean joined(Sentence s, RoledActor prev, RoledActor next) {
        if (next.token() != prev.tokenEnd() || s.clause[next.token()] != s.clause[prev.token()]) {
            return false;
        }
        int wordStart = s.tokens.get(next.token()).start();
        int mentionStart = s.doc.fromOriginal(next.m().span().start());
        return s.word(next.token()).charAt(0) == Sentence.AND && mentionStart == wordStart + 1;
    }
}
