package org.rasid.actors;

import java.util.ArrayList;
import java.util.List;
import org.rasid.text.CliticSplitter;
import org.rasid.text.NormalizedText;
import org.rasid.text.Token;

/**
 * An adjective of stance between a group and an actor names whose side the group is on, and the
 * actor after it is no side of the act (actor-heads.tsv {@code opposed}, {@code loyal}):
 * "الفصائل المعارضة للنظام السوري", "القوى المناهضة لحكومة دمشق" stand against the regime, which is
 * not a party of what they do; "المسلحين الموالين للنظام", "قوات النظام والمسلحين الموالين لها" are
 * pro-government militias, coded as the government's forces (docs/annotation.md). Only the
 * government takes its loyal militias: the factions loyal to a foreign state keep their own name.
 */
final class StanceAdjective {
    /** The side whose loyal militias are coded as its own forces. */
    private static final String GOVERNMENT = "SYR_GOV";
    /** The id of the bare nouns of armed men ("المسلحين", "الفصائل", "المقاتلين"): a group named by them only. */
    private static final String GENERIC_GROUP = "OPPOSITION";
    /** How many words (an adjective of the group: "سورية", "المسلحة") may stand between the group and the stance. */
    private static final int QUALIFIERS = 1;
    /** Normalised characters looked at around a mention for the stance words. */
    private static final int WINDOW = 80;

    private final ActorRegistry registry;

    StanceAdjective(ActorRegistry registry) {
        this.registry = registry;
    }

    /** The mentions, less the actors a stance is taken towards, with loyal groups on their patron's side. */
    List<ActorMention> apply(NormalizedText doc, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions);
        for (int i = 0; i < mentions.size(); i++) {
            ActorMention head = mentions.get(i);
            List<Token> after = wordsAfter(doc, head);
            for (int k = 0; k <= QUALIFIERS && k + 1 < after.size(); k++) {
                String w = after.get(k).text();
                boolean opposed = registry.isListed("opposed", w);
                boolean loyal = registry.isListed("loyal", w);
                if (!opposed && !loyal) {
                    continue;
                }
                Token object = after.get(k + 1);
                if (!object.text().startsWith(CliticSplitter.LAM)) {
                    break; // "طرد المعارضة. قوات النظام …": a noun, not a stance towards the next actor
                }
                int patron = mentionAt(doc, mentions, object);
                if (opposed && patron >= 0) {
                    out.set(patron, null); // against the regime, not fighting it here
                } else if (loyal && GENERIC_GROUP.equals(head.actorId())) {
                    String side = patron >= 0 ? mentions.get(patron).actorId()
                            : registry.isListed("patron_pronoun", object.text()) && i > 0
                            && joined(doc, mentions.get(i - 1), head) ? mentions.get(i - 1).actorId() : null;
                    if (GOVERNMENT.equals(side) && out.get(i) != null) {
                        out.set(i, new ActorMention(head.span(), GOVERNMENT, head.surface(), false, GOVERNMENT,
                                head.speaker()));
                    }
                }
                break;
            }
        }
        out.removeIf(m -> m == null);
        return out;
    }

    private static List<Token> wordsAfter(NormalizedText doc, ActorMention m) {
        int end = doc.fromOriginal(m.span().end());
        return doc.tokens(end, Math.min(doc.text().length(), end + WINDOW));
    }

    /** The mention that starts at the word, if any. */
    private static int mentionAt(NormalizedText doc, List<ActorMention> mentions, Token word) {
        for (int i = 0; i < mentions.size(); i++) {
            if (doc.fromOriginal(mentions.get(i).span().start()) == word.start()) {
                return i;
            }
        }
        return -1;
    }

    /** "قوات النظام والمسلحين": the group follows the mention before it, with no word between but و. */
    private static boolean joined(NormalizedText doc, ActorMention before, ActorMention group) {
        int be = doc.fromOriginal(before.span().end());
        int gs = doc.fromOriginal(group.span().start());
        return gs >= be && doc.tokens(be, gs).stream().noneMatch(t -> t.text().length() > 1);
    }
}
