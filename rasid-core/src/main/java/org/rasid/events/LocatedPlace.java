package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasid.gazetteer.Outskirts;
import org.rasid.lexicon.Particles;

/**
 * The place a landmark locates. Arabic locates a quarter, a town or an area by a better-known place
 * right after it: "في حي القابون في دمشق", "في حي الخالدية بمدينة حلب", "الغوطة الشرقية، القريبة من
 * دمشق", "منطقة القلمون الشرقي قرب دمشق", "محافظة السويداء جنوب سوريا". The act is at the place located,
 * not at the landmark; so when the place an event would take only locates the Syrian place named just
 * before it (nothing but locator words between: a preposition, "القريبة من", a direction or "قرب", a place
 * noun), the event takes that place instead. The landmark must lie in the same governorate, its twin
 * (gazetteer/outskirts.tsv: Damascus and Rif Dimashq) or be a part of the country ("جنوب سوريا").
 */
final class LocatedPlace {
    /** في, ب, القريبة: the words that make the place after them a locator of the place before them. */
    private static final Set<String> LOCATOR = Particles.words("place_locator");
    /** من, السورية: words that may stand among locator words without locating anything themselves. */
    private static final Set<String> FILLER = Particles.words("locator_filler");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s،,]+");
    /** القريبة, القريب, قريبا: the locator words of nearness ({@code place_near}). */
    private static final Set<String> NEAR = Particles.words("place_near");
    /** The coarsest place an event is moved to: an area, not a governorate ("محافظة السويداء"). */
    private static final int AREA = 2;
    /** The locative proclitic: "بمدينة حلب", "بالقرب من". */
    private static final char BA = 'ب';
    /** At most this many words between the place located and its landmark. */
    private static final int REACH = 4;

    private final EventWords words;

    LocatedPlace(EventWords words) {
        this.words = words;
    }

    /** Each place, or the place named just before it that it only locates (once; duplicates dropped). */
    List<Arguments.Place> of(Sentence s, List<Arguments.Place> where, List<Arguments.Place> places) {
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place w : where) {
            Arguments.Place p = w == null ? null : located(s, w, places);
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private Arguments.Place located(Sentence s, Arguments.Place landmark, List<Arguments.Place> places) {
        if (landmark.span() == null || landmark.span().length() == 0 || landmark.admin1() == null) {
            return landmark;
        }
        Arguments.Place before = null;
        for (Arguments.Place p : places) {
            if (p != landmark && p.span() != null && p.span().length() > 0
                    && p.span().end() <= landmark.span().start()
                    && (before == null || p.span().start() > before.span().start())) {
                before = p;
            }
        }
        if (before == null || before.admin1() == null || !before.admin1().startsWith("SY-")
                || before.geoPrecision() > AREA || !sameArea(before, landmark)
                || !locates(s, before, landmark, before.geoPrecision() > landmark.geoPrecision())) {
            return landmark;
        }
        return before;
    }

    private boolean sameArea(Arguments.Place located, Arguments.Place landmark) {
        return located.admin1().equals(landmark.admin1()) || located.admin1().equals(Outskirts.twin(landmark.admin1()))
                || landmark.locationAr() != null && words.startsWith("direction", landmark.locationAr());
    }

    /**
     * Whether only locator words, at least one that locates, stand between the two places; with {@code near},
     * (an area located by a town, "الغوطة الشرقية، القريبة من دمشق") only nearness or a direction locates:
     * "ريف إدلب الغربي بجسر الشغور" names the town in the area, where the act is.
     */
    private boolean locates(Sentence s, Arguments.Place located, Arguments.Place landmark, boolean near) {
        int from = s.doc.fromOriginal(located.span().end());
        int to = s.doc.fromOriginal(landmark.span().start());
        if (to <= from) {
            return false;
        }
        boolean locator = false;
        int n = 0;
        for (String w : SEPARATORS.split(s.doc.text().substring(from, to))) {
            if (w.isEmpty()) {
                continue;
            }
            if (++n > REACH) {
                return false;
            }
            String bare = w.length() > 1 && w.charAt(0) == BA ? w.substring(1) : w;
            if (words.is("direction", w) || !bare.equals(w) && words.is("direction", bare)) {
                locator = true; // "قرب", "جنوب", "بالقرب", "بمحيط"
            } else if (LOCATOR.contains(w) || !bare.equals(w) && (LOCATOR.contains(bare)
                    || words.is("settlement", bare))) {
                locator |= !near || NEAR.contains(w); // "في", "بمدينة"; "القريبة"
            } else if (!FILLER.contains(w) && !words.is("settlement", w)) {
                return false;
            }
        }
        return locator;
    }
}
