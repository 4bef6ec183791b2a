package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/**
 * A dual place noun that refers back to the two places just named ("استهداف مناطق في الفوعة وكفريا … أربع
 * غارات على مناطق في محيط البلدتين", "نبل والزهراء … سقوط أكثر من 160 قذيفة على البلدتين"): it is a mention of
 * each of them, with the noun's own span as evidence, so an act told of "the two towns" is one event per town
 * (docs/annotation.md: one event per place). The two must be the last two Syrian places named before the noun
 * (towns, villages or quarters, within a few sentences; a governorate that locates them does not count) and be
 * joined by و alone, as a pair; a place the gazetteer knows named by the noun
 * itself (the town القريتين) is no back-reference. After a direction ("محيط البلدتين") each is near its town:
 * precision 2.
 */
final class DualBackReference {
    /** What may join the two places of the pair: و with spaces, commas and quotes around it. */
    private static final Pattern AND = Pattern.compile("[\\s«»\"“”،,]*و[\\s«»\"“”]*");

    private DualBackReference() {
    }

    /** The two places the dual noun at {@code noun} refers back to, as mentions at the noun; or none. */
    static List<Arguments.Place> pair(NormalizedText doc, List<Arguments.Place> places, Span noun, boolean near,
                                      int reach) {
        Arguments.Place second = null;
        Arguments.Place first = null;
        for (Arguments.Place p : places) {
            if (p.span().overlaps(noun)) {
                return List.of(); // the noun is itself a place's name
            }
            if (!settlement(p)) {
                continue; // "الفوعة وكفريا في محافظة إدلب": the governorate that locates them is no third item
            }
            if (p.span().end() <= noun.start() && (second == null || p.span().start() > second.span().start())) {
                first = second;
                second = p;
            } else if (p.span().end() <= noun.start() && (first == null || p.span().start() > first.span().start())) {
                first = p;
            }
        }
        if (first == null || first.locationAr().equals(second.locationAr())
                || doc.fromOriginal(noun.start()) - doc.fromOriginal(second.span().end()) > reach) {
            return List.of();
        }
        int from = doc.fromOriginal(first.span().end());
        int to = doc.fromOriginal(second.span().start());
        if (to <= from || !AND.matcher(doc.text().substring(from, to)).matches()) {
            return List.of();
        }
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place p : List.of(first, second)) {
            out.add(new Arguments.Place(noun, p.locationAr(), p.placeId(), p.admin1(), p.admin2(), p.latitude(),
                    p.longitude(), near ? Math.max(2, p.geoPrecision()) : p.geoPrecision(), p.confidence()));
        }
        return out;
    }

    /** A Syrian town, village or quarter named (or one the gazetteer lacks), not a region or governorate. */
    private static boolean settlement(Arguments.Place p) {
        return p.admin1() != null && p.admin1().startsWith("SY-") && (p.geoPrecision() == 1 || p.placeId() == null);
    }
}
