package org.rasid.events;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rasid.model.Event;

/**
 * A toll the story's lead tells before the place of its act: "هاجمت جبهة النصرة اليوم الجمعة مقراً
 * للفرقة 30 ... تلته اشتباكات في شمال سوريا تسببت بمقتل 11 شخصا" codes no event (no town to place it
 * at), and "تدور اشتباكات ... في محيط مدينة اعزاز" two sentences on tells where. The guidelines code the
 * incident once, at its most precise place, with its toll; a toll that cannot be split goes to the first
 * place it may belong to. So the first violent event told at most {@link FollowingToll#REACH} sentences
 * after a sentence that coded nothing and told a death count, before any violent event of the story,
 * takes that count when it has none, on the lead's day when the lead names one, and when every violent
 * event of the story stands at its place: a story of several places may give the lead's toll to any.
 * The lead is the story's first sentence, or its second after a headline ("ومنذ بدء قوات النظام تصعيدها
 * … وقتل تسعة من أفراد الطواقم الطبية" further on is a campaign's count), and it tells an act of the
 * event's own class whose toll the count is: not one it answers ("ضربة صاروخية ... ردا على هجوم الأحواز
 * الذي أسفر عن مقتل 25 شخصا", {@link MotiveClause}), and not a strike told beside a clash ("استهداف التحالف
 * مواقع للقوات السورية ... حيث قتل 12" is not the toll of the clashes with ISIS told next). The count is one
 * {@link FollowingToll} would give (a figure written as a number, a day's and not a total, at most
 * {@link TollAssigner#CAMPAIGN_TOTAL}).
 */
final class LeadToll {
    /** The index of the last sentence of a story that may be its lead: the first, or the second after a headline. */
    static final int LEAD = 1;

    private final SentenceArguments lead;
    private final Arguments.Count killed;
    private final int sentence;
    /** The ACLED types of the lead's violent acts whose toll the count may be. */
    private final Set<String> types;

    private LeadToll(SentenceArguments lead, Arguments.Count killed, int sentence, Set<String> types) {
        this.lead = lead;
        this.killed = killed;
        this.sentence = sentence;
        this.types = types;
    }

    /**
     * The lead toll of sentence {@code index}, which coded no event and whose triggers are {@code found}, or
     * {@code held} (the story's earlier lead toll, or null) when one is held already, when the sentence is past
     * the lead or when a violent event was told before it; null when it tells no death count of an act of its own.
     */
    static LeadToll read(LeadToll held, List<Event> out, SentenceArguments a, List<TriggerMention> found, int index) {
        if (held != null || index > LEAD
                || out.stream().anyMatch(e -> AcledTaxonomy.isPoliticalViolence(e.acledType()))) {
            return held;
        }
        Arguments.Count k = FollowingToll.firstKilled(TollAssigner.daily(a.sentence(), a.counts()));
        if (k == null) {
            return null;
        }
        int tok = a.sentence().tokenOf(k.span());
        Set<String> types = new HashSet<>();
        for (TriggerMention t : found) {
            if (t.trigger().isViolent() && !t.trigger().isOutcome() && t.trigger().acledType() != null
                    && (tok < 0 || !MotiveClause.inMotive(a.sentence(), t, tok))) {
                types.add(t.trigger().acledType());
            }
        }
        return types.isEmpty() ? null : new LeadToll(a, k, index, types);
    }

    /** Gives the lead toll (null: none) to the story's first violent event, in place, when it is the incident's. */
    static void give(LeadToll lead, List<Event> out, List<Integer> sentenceOf, String docId, String outlet) {
        if (lead == null) {
            return;
        }
        int first = -1;
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (!AcledTaxonomy.isPoliticalViolence(e.acledType())) {
                continue;
            }
            if (first < 0) {
                first = i;
            } else if (!Objects.equals(e.locationAr(), out.get(first).locationAr())) {
                return; // "… في درعا … في حلب": several places, none the lead's alone
            }
        }
        if (first < 0 || sentenceOf.get(first) - lead.sentence > FollowingToll.REACH) {
            return;
        }
        Event e = out.get(first);
        String day = lead.lead.dates().isEmpty() ? null : lead.lead.dates().get(0).date();
        if (e.fatalities() == null && e.locationAr() != null && lead.types.contains(e.acledType())
                && (day == null || day.equals(e.eventDate()))) {
            Event told = FollowingToll.withToll(e, lead.lead.sentence(), lead.killed, docId, outlet);
            // the lead's victims are not the event's target: "11 شخصا" killed in clashes are not civilians attacked
            out.set(first, told.withToll(told.fatalities(), told.fatalitiesText(), e.actor2(), told.claims(),
                    told.evidence()));
        }
    }
}
