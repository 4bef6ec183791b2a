package org.rasid.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Tolls told place by place ("مقتل ثلاثة مدنيين في قرية أ، وخمسة في بلدة ب"): a count with a place
 * right after it is that place's toll, so the event at one of those places takes its own count, not
 * the sum of the list (docs/annotation.md, "Fatalities"). A count tied to no place goes to the first place
 * of the list when no count of its kind is tied (it cannot be split), else to none (its place is unknown). Only when two counts name two different places:
 * one count with a place after it is the ordinary toll of the event told there.
 */
final class PlacedTolls {
    /** At most this many words between a count and its place ("في قرية", "في بلدة"). */
    static final int MAX_GAP = 3;

    private PlacedTolls() {
    }

    /**
     * The counts of {@code own} that belong to the event at {@code at}; {@code own} itself when its counts are
     * not told place by place or when {@code at} is none of the places they name (a region over all of them).
     */
    static List<Arguments.Count> at(Sentence s, List<Arguments.Count> own, List<Arguments.Place> places,
                                    Arguments.Place at) {
        Arguments.Place[] tied = new Arguments.Place[own.size()];
        Arguments.Place first = null;
        boolean split = false;
        for (int i = 0; i < own.size(); i++) {
            tied[i] = placeOf(s, own.get(i), own, places);
            if (tied[i] == null) {
                continue;
            }
            if (first == null || s.tokenOf(tied[i].span()) < s.tokenOf(first.span())) {
                first = tied[i];
            }
            for (int j = 0; j < i; j++) {
                split |= tied[j] != null && !same(tied[j], tied[i]);
            }
        }
        if (!split || !named(at, tied)) {
            return own;
        }
        List<Arguments.Count> out = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            if (tied[i] != null ? same(tied[i], at) : same(first, at) && !split(own, tied, own.get(i).role())) {
                out.add(own.get(i));
            }
        }
        return out;
    }

    /**
     * The counts of {@code own} for the event at {@code at}, one of the places {@code listed} one trigger is coded
     * at: a toll told for the whole list ("مقتل سبعة أشخاص بسبب قذائف سقطت على بلدتي الفوعة وكفريا", "موقعا 80
     * قتيلا في بلدتي كفربطنا وسقبا") cannot be split, and goes to the first place of the list, or to the place a
     * count is told at; the others take none (docs/annotation.md, "Fatalities"). "No casualties" is not a count:
     * every place of the list keeps it.
     */
    static List<Arguments.Count> at(Sentence s, List<Arguments.Count> own, List<Arguments.Place> places,
                                    List<Arguments.Place> listed, Arguments.Place at) {
        List<Arguments.Count> here = at(s, own, places, at);
        if (here != own || own.isEmpty() || listed.size() < 2) {
            return here;
        }
        Arguments.Place owner = null;
        for (Arguments.Count k : own) {
            Arguments.Place p = placeOf(s, k, own, places);
            if (p != null && owner == null && listed.stream().anyMatch(q -> same(q, p))) {
                owner = p;
            }
        }
        if (owner == null) {
            owner = firstOf(s, listed);
        }
        return same(owner, at) ? own : List.of();
    }

    /** The place of the list named first in the sentence; the first listed when none is named in it. */
    private static Arguments.Place firstOf(Sentence s, List<Arguments.Place> listed) {
        Arguments.Place first = listed.get(0);
        int firstAt = s.tokenOf(first.span());
        for (Arguments.Place p : listed) {
            int at = s.tokenOf(p.span());
            if (at >= 0 && (firstAt < 0 || at < firstAt)) {
                first = p;
                firstAt = at;
            }
        }
        return first;
    }

    /**
     * The place named in or right after a count's phrase, in its clause, or null; counts joined before one
     * place share it ("ثلاثة قتلى وعشرة جرحى بقرية أ"): the words up to the place are counts and at most
     * {@link #MAX_GAP} others.
     */
    private static Arguments.Place placeOf(Sentence s, Arguments.Count k, List<Arguments.Count> own,
                                           List<Arguments.Place> places) {
        int from = s.tokenOf(k.span());
        if (from < 0) {
            return null;
        }
        // the count's phrase may take its place in ("ثلاثة مدنيين في قرية أ"): after the figure, up to its end
        int figure = s.tokenEndOf(k.countSpan() != null ? k.countSpan() : k.span());
        Arguments.Place next = null;
        for (Arguments.Place p : places) {
            int at = s.tokenOf(p.span());
            if (at >= figure && s.clause[at] == s.clause[from] && (next == null || at < s.tokenOf(next.span()))) {
                next = p;
            }
        }
        if (next == null) {
            return null;
        }
        int at = s.tokenOf(next.span());
        int end = Math.max(figure, s.tokenEndOf(k.span()));
        for (Arguments.Count o : own) {
            int o0 = s.tokenOf(o.span());
            if (o0 >= figure && o0 < at) {
                end = Math.max(end, Math.min(at, s.tokenEndOf(o.countSpan() != null ? o.countSpan() : o.span()) + 1));
            }
        }
        return at - end <= MAX_GAP ? next : null;
    }

    /** Whether counts of a role are told place by place: one of them of a place the gazetteer lacks is no one's. */
    private static boolean split(List<Arguments.Count> own, Arguments.Place[] tied, String role) {
        for (int i = 0; i < own.size(); i++) {
            if (tied[i] != null && own.get(i).role().equals(role)) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(Arguments.Place at, Arguments.Place[] tied) {
        for (Arguments.Place p : tied) {
            if (p != null && same(p, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Arguments.Place a, Arguments.Place b) {
        return a.span().equals(b.span()) || a.locationAr() != null && a.locationAr().equals(b.locationAr());
    }
}
