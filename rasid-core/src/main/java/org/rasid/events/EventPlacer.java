package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasid.lexicon.Particles;
import org.rasid.text.CliticSplitter;

/**
 * Places an event: the places of its clause that the trigger governs (a list, "قرى X وY وZ", is
 * one event per place), else the most precise place of its sentence, else the story's place.
 * Foreign homonyms of Syrian villages are placed abroad; statements are not placed where
 * someone goes ("الخروج من دوما"), but an inquiry is placed where its team is sent.
 */
final class EventPlacer {
    /** What separates the words of a gap between two places; compiled once, not per pair of places. */
    private static final Pattern GAP_SEPARATORS = Pattern.compile("[\\s،,\"]+");
    /** Another name in brackets ("عين العرب (كوباني)"): it belongs to the item before it. */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]{1,40}\\)");
    /** Beyond this many sentences a story without dateline covers several places (a roundup). */
    static final int LONG_STORY = 6;
    /** Prepositions of motion: the place after them is a destination or an origin. */
    private static final Set<String> MOTION = Particles.words("motion_preposition");
    private static final Set<String> MOTION_BEFORE_SETTLEMENT = Particles.words("motion_before_settlement");
    /** What may stand between a place and the larger place that locates it: "في", a bare ب. */
    private static final Set<String> LOCATOR_LEAD = Particles.words("locator_lead");
    /** إلى: where someone goes. */
    private static final Set<String> TO = Particles.words("destination_preposition");
    /** نحو, باتجاه, صوب: the place after them is where a force heads, not a place it holds. */
    private static final Set<String> DIRECTION = Particles.words("direction_preposition");
    /** The family of a capture or regain. */
    private static final String CAPTURE = "territory";
    /** The CAMEO root of an inquiry (investigate). */

    private final EventWords words;
    /** The place a landmark ("في دمشق", "القريبة من دمشق") locates: the event's place. */
    private final LocatedPlace located;

    EventPlacer(EventWords words) {
        this.words = words;
        this.located = new LocatedPlace(words);
    }

    /**
     * The places of a candidate; null when it is not to be coded (no place of its own where one
     * is needed, abroad, a generality, a roundup without dateline).
     *
     * @param dated   the sentence has a date mention for the event
     * @param tolled  the event has tolls of its own
     */
    Placement place(Sentence s, Candidate c, List<Arguments.Place> places, StoryContext story, boolean dated,
                    boolean tolled) {
        TriggerMention t = c.t();
        places = MotiveClause.outside(s, t, places);
        if (c.conjunct()) {
            places = inConjunct(s, places, c); // "غارة على مدينة X، وامرأة وطفلها في قصف على قرية Y"
        }
        if (CAPTURE.equals(t.trigger().family())) {
            places = notHeadedFor(s, places);
        }
        List<Arguments.Place> where = new ArrayList<>();
        boolean inSentence = true;
        List<Arguments.Place> sentencePlaces = !c.verbal() ? places
                : CameoRoot.INQUIRY.equals(t.trigger().cameo()) ? notMoved(s, places, true) : notMoved(s, places);
        List<Arguments.Place> clausePlaces = placesIn(s, sentencePlaces, s.clause[t.tokenStart()]);
        if (!clausePlaces.isEmpty()) {
            where.addAll(located.of(s, c.verbal() ? List.of(list(s, t, clausePlaces).get(0)) : list(s, t, clausePlaces),
                    clausePlaces));
        } else if (!sentencePlaces.isEmpty()) {
            where.addAll(located.of(s, List.of(mostPrecise(s, t, sentencePlaces)), sentencePlaces));
        } else {
            inSentence = false;
            if (!placeableByStory(s, places, story, dated, tolled)) {
                return null;
            }
            Arguments.Place fromStory = fromStory(s, story);
            if (fromStory != null) {
                where.add(fromStory);
            }
        }
        if (t.trigger().needs().contains("place") && !inSentence) {
            return null;
        }
        return new Placement(resolve(s, abroad(s, t, where, sentencePlaces), story.focus(), sentencePlaces),
                inSentence);
    }

    /** Whether an event whose sentence names no place may take the story's place. */
    private static boolean placeableByStory(Sentence s, List<Arguments.Place> places, StoryContext story,
                                            boolean dated, boolean tolled) {
        if (!s.cues("foreign").isEmpty()) {
            // "في العراق", "لوزان": not at the story's Syrian place
            return false;
        }
        boolean generic = !s.cues("generic_place").isEmpty();
        if (places.isEmpty() && !dated && !tolled && !generic) {
            // no place, time or toll of its own: a habit or a generality, not one event
            return false;
        }
        // a long roundup without dateline: its most named place is a guess
        return !(places.isEmpty() && story.storyPlace() == null && !generic
                && story.story().sentences().size() > LONG_STORY);
    }

    /** The story's place: its focus ("المدينة", "الجيب", nothing), an earlier place, the dateline's; or null. */
    private static Arguments.Place fromStory(Sentence s, StoryContext story) {
        if (story.focus() != null) {
            return story.focus();
        }
        Arguments.Place prev = previousPlace(story.places(), s.span.start());
        return prev != null ? prev : story.storyPlace();
    }

    /** Foreign homonyms: "قرب الموصل … وثلاث قرب سنجار" is the Iraqi Sinjar, not the village of Idlib. */
    private List<Arguments.Place> abroad(Sentence s, TriggerMention t, List<Arguments.Place> where,
                                         List<Arguments.Place> sentencePlaces) {
        if (!where.isEmpty() && amongForeignPlaces(s, sentencePlaces)) {
            List<Arguments.Place> kept = new ArrayList<>();
            for (Arguments.Place w : where) {
                if (w != null && w.admin1() != null && !w.admin1().startsWith("SY-")) {
                    kept.add(w);
                }
            }
            if (kept.isEmpty()) {
                List<Arguments.Place> foreign = new ArrayList<>();
                for (Arguments.Place w : sentencePlaces) {
                    if (w.admin1() != null && !w.admin1().startsWith("SY-")) {
                        foreign.add(w);
                    }
                }
                kept.add(mostPrecise(s, t, foreign));
            }
            where = kept;
        }
        if (!where.isEmpty() && where.stream().allMatch(w -> w != null && w.admin1() != null
                && inForeignPlace(s, w, sentencePlaces))) {
            for (Arguments.Place p : sentencePlaces) {
                if (!p.admin1().startsWith("SY-")) {
                    // "… شمالي بغداد": the foreign place the homonym sits in
                    return List.of(p);
                }
            }
        }
        return where;
    }

    /** Drops unusable places; a governorate in a story about one of its towns becomes that town. */
    private List<Arguments.Place> resolve(Sentence s, List<Arguments.Place> where, Arguments.Place focus,
                                         List<Arguments.Place> sentencePlaces) {
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place named : where) {
            if (named == null || named.admin1() == null || inForeignPlace(s, named, sentencePlaces)) {
                continue;
            }
            boolean supported = named.geoPrecision() == 3 && focus != null && focus.admin1().equals(named.admin1());
            // "جيب درعا" in a story about درعا البلد
            out.add(supported ? focus : named);
        }
        return out;
    }

    /** The places of a candidate's conjunct of its clause ({@link ParallelConjuncts}). */
    private static List<Arguments.Place> inConjunct(Sentence s, List<Arguments.Place> places, Candidate c) {
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place p : places) {
            int tok = s.tokenOf(p.span());
            if (tok >= c.from() && tok < c.to()) {
                out.add(p);
            }
        }
        return out;
    }

    static List<Arguments.Place> placesIn(Sentence s, List<Arguments.Place> places, int clause) {
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place p : places) {
            int tok = s.tokenOf(p.span());
            if (tok >= 0 && s.clause[tok] == clause) {
                out.add(p);
            }
        }
        return out;
    }

    /** For a statement, "الخروج من دوما", "نحو إدلب" name where someone goes, not where it was said. */
    List<Arguments.Place> notMoved(Sentence s, List<Arguments.Place> places) {
        return notMoved(s, places, false);
    }

    /**
     * As above; with {@code sent}, a place after إلى is kept: an inquiry is about the place its team is
     * sent to ("سترسل بعثة للتقصي إلى مدينة دوما": the inquiry is at دوما).
     */
    List<Arguments.Place> notMoved(Sentence s, List<Arguments.Place> places, boolean sent) {
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place p : places) {
            int tok = s.tokenOf(p.span());
            String motion = lead(s, tok, MOTION, MOTION_BEFORE_SETTLEMENT);
            if (motion == null || sent && TO.contains(motion)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The places of a capture that are not only a direction: "تقدمت ... وطهرت البلدات باتجاه حرستا
     * ودوما، مؤكدا السيطرة على ... أوتايا" took أوتايا, not حرستا towards which it advanced. Also for
     * a capture told by a noun ("السيطرة على"), which {@link #notMoved} does not see. A list after the
     * direction word ("باتجاه حرستا (غرب) ودوما") is a direction throughout.
     */
    List<Arguments.Place> notHeadedFor(Sentence s, List<Arguments.Place> places) {
        List<Arguments.Place> sorted = new ArrayList<>(places);
        sorted.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        List<Arguments.Place> headedFor = new ArrayList<>();
        Arguments.Place prev = null;
        for (Arguments.Place p : sorted) {
            int tok = s.tokenOf(p.span());
            boolean direction = lead(s, tok, DIRECTION, DIRECTION) != null;
            if (direction || prev != null && headedFor.contains(prev) && coordinated(s, prev, p)) {
                headedFor.add(p);
            }
            prev = p;
        }
        if (headedFor.isEmpty()) {
            return places;
        }
        List<Arguments.Place> out = new ArrayList<>(places);
        out.removeAll(headedFor);
        return out;
    }

    /**
     * Whether the place at token {@code tok} is only where someone heads ("باتجاه دمشق وريفها", "إلى إدلب"),
     * past a settlement noun too: a departure is told at the place left, not at the one it goes to.
     */
    boolean headedFor(Sentence s, int tok) {
        return tok >= 0 && (lead(s, tok, TO, TO) != null || lead(s, tok, DIRECTION, DIRECTION) != null);
    }

    /**
     * The word that leads the place at token {@code tok}, or null: the word right before it when in
     * {@code before}, else, past a settlement noun ("باتجاه بلدة X", "من مدينة X"), the word before that noun
     * when in {@code beforeSettlement}.
     */
    private String lead(Sentence s, int tok, Set<String> before, Set<String> beforeSettlement) {
        String prev = tok > 0 ? s.word(tok - 1) : "";
        if (before.contains(prev)) {
            return prev;
        }
        return words.is("settlement", prev) && tok > 1 && beforeSettlement.contains(s.word(tok - 2))
                ? s.word(tok - 2) : null;
    }

    /** The most precise place, nearest the trigger (after it first). */
    static Arguments.Place mostPrecise(Sentence s, TriggerMention t, List<Arguments.Place> places) {
        Arguments.Place best = null;
        int bestScore = Integer.MAX_VALUE;
        boolean syria = false;
        for (Arguments.Place p : places) {
            syria |= p.admin1() != null && p.admin1().startsWith("SY-");
        }
        for (Arguments.Place p : places) {
            int tok = s.tokenOf(p.span());
            int dist = tok >= t.tokenEnd() ? tok - t.tokenEnd() : (t.tokenStart() - tok) * 2 + 1;
            // a village the gazetteer lacks, named after its kind ("حي كشكول على أطراف جرمانا"), is a
            // town named: it outranks the place that only locates it
            int precision = p.placeId() == null ? 1 : p.geoPrecision();
            int score = precision * 1000 + Math.max(0, dist)
                    + (syria && !p.admin1().startsWith("SY-") ? 5000 : 0); // Syrian news: a Syrian place first
            if (score < bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return best;
    }

    /**
     * The place the trigger governs and the places coordinated with it ("قرى X وY وZ"), also when
     * each item carries its own locator ("بلدة كفرنبل بريف إدلب، وبلدة اللطامنة بريف حماة"): the
     * locators are not items.
     */
    List<Arguments.Place> list(Sentence s, TriggerMention t, List<Arguments.Place> places) {
        Arguments.Place head = mostPrecise(s, t, places);
        List<Arguments.Place> sorted = new ArrayList<>(places);
        sorted.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        int i = sorted.indexOf(head);
        List<Arguments.Place> out = new ArrayList<>();
        out.add(head);
        int from = i;
        while (from > 0) {
            if (coordinated(s, sorted.get(from - 1), sorted.get(from))) {
                out.add(0, sorted.get(--from));
            } else if (from > 1 && pastLocator(s, sorted.get(from - 2), sorted.get(from - 1), sorted.get(from))) {
                from -= 2;
                out.add(0, sorted.get(from));
            } else {
                break;
            }
        }
        int to = i;
        while (to + 1 < sorted.size()) {
            if (coordinated(s, sorted.get(to), sorted.get(to + 1))) {
                out.add(sorted.get(++to));
            } else if (to + 2 < sorted.size() && pastLocator(s, sorted.get(to), sorted.get(to + 1), sorted.get(to + 2))) {
                to += 2;
                out.add(sorted.get(to));
            } else {
                break;
            }
        }
        return List.copyOf(out);
    }

    /** Two places joined only by "و", commas and place words ("بلدة الزيارة وقرية المشيك"). */
    boolean coordinated(Sentence s, Arguments.Place a, Arguments.Place b) {
        return !isArea(a) && !isArea(b) && joined(s, a, b);
    }

    /**
     * "X بريف Y، وZ": item a, then the larger place of its governorate that locates it (after في,
     * ب or nothing), then item b joined to that locator as to a list.
     */
    private boolean pastLocator(Sentence s, Arguments.Place a, Arguments.Place locator, Arguments.Place b) {
        if (isArea(a) || isArea(b) || a.admin1() == null || !a.admin1().equals(locator.admin1())
                || locator.geoPrecision() <= a.geoPrecision()) {
            return false;
        }
        int from = s.doc.fromOriginal(a.span().end());
        int to = s.doc.fromOriginal(locator.span().start());
        if (to < from) {
            return false;
        }
        for (String w : GAP_SEPARATORS.split(s.doc.text().substring(from, to))) {
            if (!w.isEmpty() && !LOCATOR_LEAD.contains(w)) {
                return false;
            }
        }
        return joined(s, locator, b);
    }

    /** Whether only "و", commas and place words stand between two places. */
    private boolean joined(Sentence s, Arguments.Place a, Arguments.Place b) {
        if (a.span().equals(b.span())) {
            return true; // the two places one dual noun refers back to ("البلدتين", DualBackReference)
        }
        int from = s.doc.fromOriginal(a.span().end());
        int to = s.doc.fromOriginal(b.span().start());
        if (to <= from) {
            return to == from;
        }
        String gap = BRACKETED.matcher(s.doc.text().substring(from, to)).replaceFirst(" ");
        boolean and = false;
        Set<String> listWords = words.of("list_word");
        for (String w : GAP_SEPARATORS.split(gap)) {
            if (w.isEmpty()) {
                continue;
            }
            and |= w.charAt(0) == Sentence.AND;
            if (!Sentence.bareOrAfterAnd(w, org.rasid.text.CliticSplitter.readings(w, false), listWords)) {
                return false;
            }
        }
        return and || gap.trim().equals(String.valueOf(Sentence.AND)) || gap.contains("،");
    }

    /** A governorate or country: never one item of a list of villages. */
    private static boolean isArea(Arguments.Place p) {
        return p.placeId() != null && p.geoPrecision() == 3;
    }

    private static Arguments.Place previousPlace(List<Arguments.Place> places, int before) {
        Arguments.Place best = null;
        for (Arguments.Place p : places) {
            if (p.span().end() <= before && p.admin1().startsWith("SY-")
                    && (best == null || p.span().start() > best.span().start())) {
                best = p;
            }
        }
        return best;
    }

    /**
     * A sentence whose places are in another country but for one or two Syrian villages, with no
     * word of Syria itself: those villages are homonyms of places over there.
     */
    private boolean amongForeignPlaces(Sentence s, List<Arguments.Place> places) {
        int foreign = 0;
        for (Arguments.Place p : places) {
            if (p.admin1() == null) {
                continue;
            }
            if (!p.admin1().startsWith("SY-")) {
                foreign++;
            } else if (p.geoPrecision() == 3 || words.startsWith("region", p.locationAr())) {
                return false; // a governorate, a region or Syria named: the sentence is (also) about Syria
            }
        }
        for (int i = 0; i < s.tokens.size(); i++) {
            if (words.contains("syria", s.word(i))) {
                // "سوريا", "السورية"
                return false;
            }
        }
        return foreign >= 2;
    }

    /**
     * "في منطقة الحماميات بقضاء التاجي، شمالي بغداد": a Syrian name placed by the words right after
     * it in another country is a homonym there, never the Syrian village. A foreign name that is itself
     * the name of a Syrian place of the sentence ("شارعي الثورة وبغداد في دمشق": a street of Damascus)
     * places nothing abroad.
     */
    private boolean inForeignPlace(Sentence s, Arguments.Place p, List<Arguments.Place> sentencePlaces) {
        if (!p.admin1().startsWith("SY-") || p.span().length() == 0) {
            return false;
        }
        int tok = s.tokenOf(p.span());
        if (tok < 0) {
            return false;
        }
        for (EventCues.Cue f : s.cues("foreign")) {
            int gap = f.tokenStart() - tok;
            String before = f.tokenStart() > 0 ? s.word(f.tokenStart() - 1) : "";
            if (gap > 0 && gap <= 8 && !syrianName(s, f, sentencePlaces) && s.clause[f.tokenStart()] == s.clause[tok]
                    // "الحدود مع العراق" is a border
                    && !before.equals("مع") && !words.endsWith("border", before) && !coordinatedAfter(s, tok, f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "هجمات النظام على دوما في غوطة دمشق الشرقية، ليلة السبت، واعتبرت باريس ما حصل": a foreign word after a
     * comma and و (or ف) between it and the place opens a coordinated report (often a capital speaking for its
     * government), or is another item of a list; it does not locate the place before the comma.
     */
    private static boolean coordinatedAfter(Sentence s, int place, EventCues.Cue f) {
        for (int k = place + 1; k <= f.tokenStart(); k++) {
            if (s.commaBefore(k) && s.afterProclitic(k, CliticSplitter.CONJUNCTIONS) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a foreign cue is a word of a Syrian place's name in the sentence. */
    private static boolean syrianName(Sentence s, EventCues.Cue f, List<Arguments.Place> places) {
        for (Arguments.Place q : places) {
            int from = q.span().length() > 0 ? s.tokenOf(q.span()) : -1;
            if (from >= 0 && q.admin1() != null && q.admin1().startsWith("SY-") && from <= f.tokenStart()
                    && f.tokenEnd() <= s.tokenEndOf(q.span())) {
                return true;
            }
        }
        return false;
    }
}
