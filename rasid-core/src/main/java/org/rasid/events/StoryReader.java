package org.rasid.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasid.actors.ActorMention;
import org.rasid.clean.OutletNames;
import org.rasid.ingest.Document;
import org.rasid.lexicon.Particles;
import org.rasid.segment.Story;
import org.rasid.text.CliticSplitter;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/**
 * Reads the per-story state every event of a story shares ({@link StoryContext}): publication
 * date, actor mentions, the places that can locate an event, dates, tolls, the dateline or
 * section place and the place the story is about.
 */
final class StoryReader {
    /** The locative ب on a place name, bare or after a conjunction ("بالعراق"). */
    private static final Set<String> LOCATIVE_PROCLITIC = Particles.words("locative_proclitic");
    /** في before a place name ("في قطر"). */
    private static final Set<String> LOCATIVE_PREPOSITION = Particles.words("locative_preposition");
    /** The ending of a relative adjective ("الفرنسية" in "العاصمة الفرنسية باريس"), normalised. */
    private static final String NISBA = Particles.word("nisba_ending");
    private final Arguments args;
    private final Set<String> genericPlaces;
    private final EventWords words;
    private final InlineDateline datelines = new InlineDateline(OutletNames.load());
    private final PlaceBackReference backReferences;

    StoryReader(Arguments args, EventCues cues, EventWords words) {
        this.args = args;
        this.genericPlaces = cues.phrases("generic_place");
        this.words = words;
        this.backReferences = new PlaceBackReference(words);
    }

    StoryContext read(Document document, NormalizedText doc, Story story) {
        LocalDate anchor = EventDater.parseDate(story.published() != null ? story.published() : document.published());
        LocalDate reference = anchor != null ? anchor : EventDater.latestYearStart(doc);
        // "دبي، الإمارات العربية المتحدة (CNN)--": where the report was filed names no party and no place
        Span dateline = datelines.find(doc.original(), story.span());
        List<ActorMention> actors = new ArrayList<>();
        for (ActorMention m : args.actors(doc, story.span())) {
            if (m.outlet() || dateline == null || !dateline.contains(m.span())) {
                actors.add(m);
            }
        }
        List<Arguments.Place> places = new ArrayList<>();
        for (Arguments.Place p : args.places(doc, story, story.span())) {
            if (dateline != null && dateline.contains(p.span())) {
                continue;
            }
            if (p.admin1() != null && (!overlapsActor(p, actors) || foreignLocative(doc, p))
                    && !genericPlaces.contains(p.locationAr()) && !dualAnaphor(doc, p)
                    && p.locationAr().replace(" ", "").length() > 2) {
                places.add(p);
            }
        }
        // "شارعي الثورة وبغداد": the word of a street's name is no state acting or acted on
        List<Arguments.Place> named = places;
        actors.removeIf(a -> !a.outlet() && partOfPlaceName(a, named));
        List<Arguments.Date> dates = args.dates(doc, story.span(), anchor);
        List<Arguments.Count> counts = args.counts(doc, story.span());
        Arguments.Place storyPlace = storyPlace(story);
        List<Arguments.Place> headline = headline(document, doc, story);
        List<Arguments.Place> all = new ArrayList<>(headline);
        all.addAll(places);
        Arguments.Place focus = focus(all);
        places = backReferences.add(doc, story.span(), places);
        // the section header ("العراق::") names what the story is about, as a headline does; a dateline only
        // where the report was filed ("بغداد (رويترز)")
        List<Arguments.Place> about = new ArrayList<>(headline);
        Optional<Arguments.Place> section = story.section() == null || story.section().isBlank() ? Optional.empty()
                : args.placeNamed(story.section());
        section.filter(p -> p.admin1() != null).ifPresent(about::add);
        return new StoryContext(document, doc, story, anchor, reference, actors, places, dates, counts, storyPlace,
                focus, outlets(actors, story.span()), AbroadIncidents.countries(about));
    }

    /**
     * "الفصائل" is a group, not a homonymous village: actors win over places. Not over a Syrian name
     * the gazetteer lacks whose name as read holds more words than the actor's: "شارعي الثورة
     * وبغداد" names a street of Damascus, "شارع بغداد", whatever state the word also names.
     */
    static boolean overlapsActor(Arguments.Place p, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            if (p.placeId() == null && p.admin1().startsWith("SY-")
                    && words(p.locationAr()) > words(a.surface())) {
                continue;
            }
            boolean strictlyInside = a.span().contains(p.span()) && a.span().length() > p.span().length()
                    // "اللجنة المكلفة بأهالي درعا البلد", not "الموالية لإيران"
                    && p.admin1().startsWith("SY-");
            if (!a.outlet() && a.span().overlaps(p.span()) && !strictlyInside) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an actor's words are part of a kept place's longer name, the Syrian name the gazetteer lacks
     * that wins over the actor ({@link #overlapsActor}): "بغداد" in "شارعي الثورة وبغداد" names the street
     * "شارع بغداد", not Iraq.
     */
    static boolean partOfPlaceName(ActorMention a, List<Arguments.Place> places) {
        for (Arguments.Place p : places) {
            if (p.placeId() == null && p.admin1() != null && p.admin1().startsWith("SY-") && p.span().contains(a.span())
                    && words(p.locationAr()) > words(a.surface())) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        return s == null || s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /**
     * "في قريتي تل أعور والفريكة … أسفرت عن سيطرة قوات الأسد على القريتين": "the two villages" just
     * named, not the town of القريتين in Homs.
     */
    boolean dualAnaphor(NormalizedText doc, Arguments.Place p) {
        if (!words.is("dual_place", p.locationAr())) {
            return false;
        }
        int at = doc.fromOriginal(p.span().start());
        String before = doc.text().substring(Math.max(0, at - 200), at);
        int end = doc.fromOriginal(p.span().end());
        String after = doc.text().substring(end, Math.min(doc.length(), end + 12)).strip();
        String next = after.split("[\\s،,.]+", 2)[0];
        for (String noun : words.of("dual_noun")) {
            if (before.contains(noun + " ")) {
                return true;
            }
        }
        // "القريتين الشيعيتين", "القريتين اللتين": a dual adjective or relative (suffix تين) follows
        return next.length() > 4 && next.endsWith("تين");
    }

    /**
     * "في قطر", "بالعراق": a state named as where something happened is a place, not (only) an actor; so is
     * a capital after a settlement noun that في or ب governs ("في العاصمة باريس", "بمدينة أنقرة", "في
     * العاصمة الفرنسية باريس"): the noun names the city, not the government that the capital alone may stand for.
     */
    boolean foreignLocative(NormalizedText doc, Arguments.Place p) {
        if (p.admin1().startsWith("SY-")) {
            return false;
        }
        String text = doc.text();
        int at = doc.fromOriginal(p.span().start());
        int wordStart = at;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String prefix = text.substring(wordStart, at);
        if (LOCATIVE_PROCLITIC.contains(prefix)) {
            return true;
        }
        if (!prefix.isEmpty()) {
            return false;
        }
        int[] w = wordBefore(text, wordStart);
        String prev = withoutCommas(text, w[0], w[1]);
        if (prev.startsWith(CliticSplitter.ARTICLE) && prev.endsWith(NISBA)) {
            w = wordBefore(text, w[0]); // "العاصمة الفرنسية باريس": the noun, then its adjective
            String noun = withoutCommas(text, w[0], w[1]);
            if (!settlement(noun)) {
                return false;
            }
            prev = noun;
        }
        if (settlement(prev)) {
            if (!words.is("settlement", prev)) {
                return true; // the noun carries the locative ب: "بالعاصمة باريس", "بمدينة أنقرة"
            }
            w = wordBefore(text, w[0]); // "في العاصمة باريس"
            return LOCATIVE_PREPOSITION.contains(withoutCommas(text, w[0], w[1]));
        }
        // "شمالي بغداد"
        return LOCATIVE_PREPOSITION.contains(prev) || words.is("direction", prev);
    }

    /** A settlement noun ("العاصمة", "مدينة"), bare or with the locative ب ("بالعاصمة"). */
    private boolean settlement(String word) {
        return words.is("settlement", word) || LOCATIVE_PROCLITIC.stream()
                .anyMatch(c -> word.startsWith(c) && words.is("settlement", word.substring(c.length())));
    }

    /** Start and end of the word before {@code at} in normalised text (both 0 at its start). */
    private static int[] wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return new int[] {start, end};
    }

    /** {@code text.substring(from, to).replaceAll("[،,]", "")} without compiling the expression per place. */
    static String withoutCommas(String text, int from, int to) {
        StringBuilder out = null;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '،' || c == ',') {
                if (out == null) {
                    out = new StringBuilder(to - from).append(text, from, k);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text.substring(from, to) : out.toString();
    }

    /** The places of the story's headline, which names what the story is about; none when it has none. */
    private List<Arguments.Place> headline(Document document, NormalizedText doc, Story story) {
        Span head = headlineSpan(document, doc, story);
        if (head == null) {
            return List.of();
        }
        List<Arguments.Place> all = new ArrayList<>();
        for (Arguments.Place p : args.places(doc, story, head)) {
            if (p.admin1() != null) {
                all.add(p);
            }
        }
        return all;
    }

    /** Where the story's headline stands in the document, before the story's own text; null when it has none. */
    static Span headlineSpan(Document document, NormalizedText doc, Story story) {
        String title = story.title() != null ? story.title() : document.title();
        if (title == null || title.isBlank()) {
            return null;
        }
        int at = doc.original().indexOf(title.strip());
        Span head = at < 0 ? null : new Span(at, at + title.strip().length());
        return head == null || story.span().contains(head) ? null : head;
    }

    /** The precise place a story keeps naming (two mentions or more, the most named), or null. */
    static Arguments.Place focus(List<Arguments.Place> places) {
        Map<String, Integer> n = new HashMap<>();
        Map<String, Arguments.Place> first = new HashMap<>();
        for (Arguments.Place p : places) {
            if (p.geoPrecision() == 1 && p.placeId() != null && p.admin1().startsWith("SY-")) {
                n.merge(p.placeId(), 1, Integer::sum);
                first.putIfAbsent(p.placeId(), p);
            }
        }
        String best = null;
        // the most named; on a tie, the first named ("كفريا والفوعة")
        for (Arguments.Place p : places) {
            String id = p.placeId();
            if (n.containsKey(id) && (best == null || n.get(id) > n.get(best))) {
                best = id;
            }
        }
        if (best == null || n.get(best) < 2) {
            return null;
        }
        return first.get(best);
    }

    private Arguments.Place storyPlace(Story story) {
        for (String name : new String[] {story.section(), dateline(story.dateline())}) {
            if (name != null && !name.isBlank()) {
                Optional<Arguments.Place> p = args.placeNamed(name);
                if (p.isPresent() && p.get().admin1() != null) {
                    return p.get();
                }
            }
        }
        return null;
    }

    /** "سمارت-درعا" names the place after the outlet. */
    static String dateline(String dateline) {
        if (dateline == null) {
            return null;
        }
        int dash = Math.max(dateline.lastIndexOf('-'), dateline.lastIndexOf('–'));
        return dash >= 0 ? dateline.substring(dash + 1).trim() : dateline;
    }

    private static List<String> outlets(List<ActorMention> actors, Span region) {
        List<String> out = new ArrayList<>();
        for (ActorMention a : actors) {
            if (a.outlet() && region.contains(a.span()) && !out.contains(a.actorId())) {
                out.add(a.actorId());
            }
        }
        return out;
    }
}
