package org.rasid.events;

import java.util.List;
import org.rasid.events.RoledActor.Role;

/**
 * The second party of a deal when the clause names only one: the side right after "مع" behind a deal
 * noun ("التوصل لاتفاق مع قوات النظام", "اتفاق توصلت إليه موسكو مع فصيل جيش الإسلام"), else the other
 * side of the Syrian war's local deals. An evacuation, surrender or reconciliation deal is struck between
 * the government and the armed group holding the place: a rebel group's deal is one with SYR_GOV, and a
 * deal the government struck with no group named is one with the unnamed factions (OPPOSITION), as
 * state media write it ("اتفاقات لإخراج الإرهابيين من يلدا"). Deal nouns are event_words.tsv's
 * {@code deal_noun} words, matched at a word's end (with the article and clitics).
 */
final class DealPartner {
    private static final String DEAL_NOUN = "deal_noun";
    private static final String GOVERNMENT = "SYR_GOV";
    private static final String FACTIONS = "OPPOSITION";
    /** ACLED inter code of rebel groups. */
    private static final int REBELS = 2;

    private DealPartner() {
    }

    /** The other party of a deal whose actor1 is known, or null. */
    static String of(Sentence s, TriggerMention t, List<RoledActor> actors, String actor1, Arguments args,
                     EventWords words) {
        if (actor1 == null) {
            return null;
        }
        RoledActor named = named(s, t, actors, actor1, words);
        if (named != null) {
            return named.id();
        }
        if (GOVERNMENT.equals(actor1)) {
            return FACTIONS;
        }
        return args.inter(actor1) == REBELS ? GOVERNMENT : null;
    }

    /** The side named right after مع a few words behind a deal noun of the trigger's clause ({@link Counterpart}). */
    static RoledActor named(Sentence s, TriggerMention t, List<RoledActor> actors, String actor1,
                            EventWords words) {
        return Counterpart.named(s, t, actors, actor1, words, DEAL_NOUN, role -> role != Role.AGENT);
    }
}
