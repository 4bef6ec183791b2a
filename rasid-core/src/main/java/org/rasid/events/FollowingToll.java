package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.model.CasualtyClaim;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.quantity.NumberParser;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;

/**
 * A toll told in a sentence of its own after the report: "تعرضت مدينة دوما لقصف جوي جديد السبت …
 * وقتل ثمانية مدنيين في الغارات السبت". The later sentence names the attack again with a definite
 * noun of the same sub-type ("في الغارات", "وأسفرت الغارات والقصف") and codes no event itself; its death count belongs
 * to the latest violent event of the story told at most {@link #REACH} sentences before, on the
 * same day when it names one, that has no toll yet. Civilians killed make civilians the target
 * when the event has none.
 */
final class FollowingToll {
    /** How many sentences back the event re-mentioned may be. */
    static final int REACH = 2;
    private static final NumberParser NUMBERS = NumberParser.load();

    private FollowingToll() {
    }

    /**
     * Gives the toll of a sentence that coded no event to the event it re-mentions, in place.
     *
     * @param out        the story's events so far
     * @param sentenceOf the index of the sentence of each event of {@code out}
     * @param index      the index of this sentence
     */
    static void attach(List<Event> out, List<Integer> sentenceOf, SentenceArguments a, List<TriggerMention> found,
                       int index, String docId, String outlet) {
        // "وقتل أكثر من ألف مدني خلال 3 أسابيع من حملة القصف": a total over days is no incident's toll
        Arguments.Count killed = firstKilled(TollAssigner.daily(a.sentence(), a.counts()));
        if (killed == null) {
            return;
        }
        String day = a.dates().isEmpty() ? null : a.dates().get(0).date();
        int i = latestViolent(out, sentenceOf, index);
        if (i < 0) {
            return;
        }
        Event e = out.get(i);
        if (e.fatalities() == null && (day == null || day.equals(e.eventDate()))
                && rementions(a.sentence(), found, e.acledSubType())) {
            out.set(i, withToll(e, a.sentence(), killed, docId, outlet));
        }
    }

    /**
     * The index in {@code out} of the latest violent event told at most {@link #REACH} sentences before sentence
     * {@code index}, or -1: only that event is re-mentioned by a later sentence (its toll here, its town in
     * {@link FollowingPlace}).
     */
    static int latestViolent(List<Event> out, List<Integer> sentenceOf, int index) {
        for (int i = out.size() - 1; i >= 0 && sentenceOf.get(i) >= index - REACH; i--) {
            String type = out.get(i).acledType();
            if (AcledTaxonomy.isPoliticalViolence(type)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The head count of the deaths ("مقتل أربعين مدنيا بينهم ثمانية أطفال": 40), written as a
     * number or a vague amount ({@link #vague}: "عشرات" 12, as the guidelines code it). A head count
     * above {@link TollAssigner#CAMPAIGN_TOTAL} is none either: the later sentence names the attack with a
     * definite noun, and a toll that large joined to a definite trigger is a campaign's total ("وقد
     * أسفرت القصف الصاروخي والغارات الجوية على مناطق الغوطة الشرقية عن مقتل 976 شخصا" after "لترتفع
     * حصيلة القتلى للهجوم المستمر منذ 3 أسابيع"), as {@link TollAssigner#isTotal} reads it in its own sentence.
     */
    static Arguments.Count firstKilled(List<Arguments.Count> counts) {
        for (Arguments.Count k : counts) {
            if ("killed".equals(k.role()) && k.count() != null && k.count() > 0) {
                return k.count() <= TollAssigner.CAMPAIGN_TOTAL && (explicit(k.text()) || vague(k.text())) ? k : null;
            }
        }
        return null;
    }

    static boolean explicit(String countText) {
        return NUMBERS.writesNumber(countText);
    }

    /**
     * Whether the count is a vague amount of number-words.tsv ("عدد من" 3, "عشرات" 12), which the guidelines
     * code by ACLED's convention (docs/annotation.md, "Fatalities"): "وأسفر القصف عن عشرات القتلى" tells the
     * toll of the shelling told before. A victim noun read as its own count ("مقتل عنصر من حركة أحرار الشام
     * ... إضافة إلى مقتل مدني", "مقتل مسلحين إيرانيين وعراقيين") is not carried: the first of several is no
     * head count, and a plural in -ين reads as two.
     */
    static boolean vague(String countText) {
        return countText != null && NUMBERS.vagueValue(ArabicNormalizer.normalizeTerm(countText)).isPresent();
    }

    /**
     * A trigger of the event's sub-type written with the article ("الغارات" for air strikes,
     * "والقصف" for shelling): "وتسببت المعارك المتواصلة بمقتل نحو سبعين" after an air strike is
     * the toll of the fighting, not of the strike.
     */
    static boolean rementions(Sentence s, List<TriggerMention> found, String subType) {
        for (TriggerMention t : found) {
            if (!t.trigger().isViolent() || !java.util.Objects.equals(subType, t.trigger().acledSubType())) {
                continue;
            }
            for (CliticSplitter.Reading r : CliticSplitter.readings(s.word(t.tokenStart()), false)) {
                if (r.hadArticle()) {
                    return true;
                }
            }
        }
        return false;
    }

    static Event withToll(Event e, Sentence s, Arguments.Count k, String docId, String outlet) {
        List<Evidence.Part> parts = new ArrayList<>(e.evidence().spans());
        parts.add(s.part("fatalities", k.countSpan() != null ? k.countSpan() : k.span()));
        Evidence evidence = new Evidence(e.evidence().sentence(), e.evidence().start(), e.evidence().end(),
                List.copyOf(parts));
        List<CasualtyClaim> claims = new ArrayList<>(e.claims());
        claims.add(new CasualtyClaim(docId, outlet, "killed", k.count(), k.text()));
        String actor2 = e.actor2() == null && "CIVILIANS".equals(k.who()) ? "CIVILIANS" : e.actor2();
        return e.withToll(k.count(), k.text(), actor2, List.copyOf(claims), evidence);
    }
}
