package org.rasid.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.segment.Story;
import org.rasid.text.NormalizedText;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Span;

/**
 * What a story tells about where its places are, before any single sentence is read: the
 * governorate of its digest section ("حماة::"), of its dateline ("سمارت-درعا"), and how often
 * each governorate is named unambiguously in it.
 */
final class PlaceContext {
    private static final Pattern HEADER = Pattern.compile("(?m)^[ \\t]*([^\\n:]{2,30}?)[ \\t]*::[ \\t]*$");
    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*([^\\n\\-–—]{2,25}?)[ \\t]*[-–—][ \\t]*([^\\n\\-–—]{2,25}?)[ \\t]*$");

    /** Each city governorate with the governorate around it, both ways. */

    final String sectionAdmin1;
    final String datelineAdmin1;
    private final Map<String, Integer> votes;

    /** Ends of the "X::" header lines of the story (ascending) and the governorate each names. */
    private final int[] headerAt;
    private final String[] headerAdmin1;

    private PlaceContext(String sectionAdmin1, String datelineAdmin1, Map<String, Integer> votes, int[] headerAt,
                         String[] headerAdmin1) {
        this.sectionAdmin1 = sectionAdmin1;
        this.datelineAdmin1 = datelineAdmin1;
        this.votes = votes;
        this.headerAt = headerAt;
        this.headerAdmin1 = headerAdmin1;
    }

    int votes(String admin1) {
        return admin1 == null ? 0 : votes.getOrDefault(admin1, 0);
    }

    /**
     * Votes of a governorate and of its twin (a city governorate and the one around it,
     * gazetteer/outskirts.tsv): a story about Rif Dimashq's towns is also about Damascus's quarters,
     * so "حي جوبر" there is Damascus's Jobar, not the homonym in Homs.
     */
    int votesWithTwin(String admin1) {
        return votes(admin1) + votes(Outskirts.twin(admin1));
    }

    /** The most named governorate of the story, or null. */
    String leading() {
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /**
     * Context of {@code region} inside {@code story}; without a story (or with a story whose
     * section the segmenter did not set) the nearest "X::" header above the region is used.
     */
    static PlaceContext of(NormalizedText doc, Story story, Span region, ToponymMatcher matcher) {
        return of(doc, story, matcher).in(doc, story, region, matcher);
    }

    /** What the whole story says (dateline, votes); the section comes with {@link #in}. */
    static PlaceContext of(NormalizedText doc, Story story, ToponymMatcher matcher) {
        String original = doc.original();
        Span scope = story != null ? story.span() : new Span(0, original.length());
        String dateline = story != null ? story.dateline() : null;
        String datelineAdmin1 = null;
        if (dateline != null) {
            for (String part : dateline.split("[-–—/]")) {
                datelineAdmin1 = datelineAdmin1 != null ? datelineAdmin1 : syrianAdmin1(matcher, part);
            }
        } else if (hasDash(original, scope.start(), Math.min(scope.end(), scope.start() + 600))) {
            Matcher m = DATELINE.matcher(original).region(scope.start(), Math.min(scope.end(), scope.start() + 600));
            while (m.find() && datelineAdmin1 == null) {
                String a = syrianAdmin1(matcher, m.group(2));
                datelineAdmin1 = a != null ? a : syrianAdmin1(matcher, m.group(1));
            }
        }
        Map<String, Integer> votes = new HashMap<>();
        String text = doc.text();
        int from = doc.fromOriginal(scope.start());
        int to = Math.min(text.length(), doc.fromOriginal(scope.end()));
        for (PhraseMatcher.Match<Place> m : matcher.find(text, doc.tokens(from, to))) {
            String a = sameAdmin1(m.values());
            if (HomeRegion.get().isHome(a)) {
                votes.merge(a, 1, Integer::sum);
            }
        }
        String section = story != null && story.section() != null ? syrianAdmin1(matcher, story.section()) : null;
        List<Integer> at = new java.util.ArrayList<>();
        List<String> admin1 = new java.util.ArrayList<>();
        int scopeEnd = Math.min(scope.end(), original.length());
        if (section == null && hasHeaderMark(original, scope.start(), scopeEnd)) {
            Matcher m = HEADER.matcher(original).region(scope.start(), scopeEnd);
            while (m.find()) {
                at.add(m.end());
                admin1.add(syrianAdmin1(matcher, m.group(1)));
            }
        }
        return new PlaceContext(section, datelineAdmin1, votes, at.stream().mapToInt(Integer::intValue).toArray(),
                admin1.toArray(new String[0]));
    }

    /**
     * Whether "::" occurs in [from, to): every section header has it, and most stories have none,
     * so the header expression is not run over them line by line. The search stops at the story's
     * end (a search to the document's end, per story, read a digest's rest once per story).
     */
    static boolean hasHeaderMark(String original, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (original.charAt(i) == ':' && original.charAt(i - 1) == ':') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a dash a dateline needs ("سمارت-درعا") occurs in [from, to): without one the
     * dateline expression, tried at every line of the story's head, cannot match.
     */
    static boolean hasDash(String original, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014') {
                return true;
            }
        }
        return false;
    }

    /**
     * This context for one region: when the story has no section, the last "X::" header above
     * the region within the story is its section.
     */
    PlaceContext in(NormalizedText doc, Story story, Span region, ToponymMatcher matcher) {
        if ((story != null && story.section() != null) || headerAt.length == 0) {
            return this;
        }
        int i = java.util.Arrays.binarySearch(headerAt, region.start());
        int last = i >= 0 ? i : -i - 2; // the last header ending at or before the region start
        String a = last >= 0 ? headerAdmin1[last] : null;
        return a == null ? this : new PlaceContext(a, datelineAdmin1, votes, headerAt, headerAdmin1);
    }

    /** The Syrian governorate a short phrase names exactly ("ديرالزور", "ريف دمشق"), or null. */
    static String syrianAdmin1(ToponymMatcher matcher, String phrase) {
        String p = phrase.replaceAll("[\\p{Punct}«»\"“”()]", " ").trim();
        if (p.isEmpty()) {
            return null;
        }
        List<Place> places = matcher.exact(p);
        for (Place pl : places) {
            if (pl.kind().equals("governorate")) {
                return pl.admin1();
            }
        }
        String a = sameAdmin1(places);
        return HomeRegion.get().isHome(a) ? a : null;
    }

    private static String sameAdmin1(List<Place> places) {
        String a = null;
        for (Place p : places) {
            if (p.admin1() == null || (a != null && !a.equals(p.admin1()))) {
                return null;
            }
            a = p.admin1();
        }
        return a;
    }
}
