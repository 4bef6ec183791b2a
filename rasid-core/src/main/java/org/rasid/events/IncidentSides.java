package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.model.Event;
import org.rasid.model.Evidence;

/**
 * The sides of an incident that a story tells in several reports it does not group. A lead names the
 * attacker ("قصفت قوات النظام مدينة دوما بالمدفعية"), a detail sentence retells the act with other words
 * and names only its target ("وسقطت قذائف على الأحياء السكنية في دوما"), or the other way round: ACLED
 * codes one incident with both sides. A violent report whose side is unnamed takes the side another
 * report of the story names in its own words, near its act, for the same role (the attacker from an
 * attacker, the target from a target; never a swap, never a filled side replaced), when the two tell one
 * incident: the same type of violence, places that nest in one governorate (the same place, one name
 * inside the other, or a coarser and a finer place), and days that agree (the same day, the day told and
 * the report's week, or one of them undated). When the reports that qualify name different sides for the
 * role (two villages shelled by different forces under one region) the story does not say whose it
 * is, and the side stays unnamed. The side taken points at the words that named it.
 */
final class IncidentSides {
    private static final String ACTOR1 = "actor1";
    private static final String ACTOR2 = "actor2";

    private IncidentSides() {
    }

    /** The events of one story, each violent report's unnamed sides given by the other tellings of its incident. */
    static List<Event> fill(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(filled(e, events));
        }
        return out;
    }

    private static Event filled(Event e, List<Event> story) {
        if (!violent(e) || e.actor1() != null && e.actor2() != null) {
            return e;
        }
        Told side1 = e.actor1() == null ? told(e, story, ACTOR1) : null;
        if (side1 != null && side1.id().equals(e.actor2())) {
            side1 = null;
        }
        String actor1 = side1 == null ? e.actor1() : side1.id();
        Told side2 = e.actor2() == null ? told(e, story, ACTOR2) : null;
        if (side2 != null && side2.id().equals(actor1)) {
            side2 = null;
        }
        if (side1 == null && side2 == null) {
            return e;
        }
        Evidence ev = e.evidence();
        if (side1 != null) {
            ev = ev.with(side1.words());
        }
        if (side2 != null) {
            ev = ev.with(side2.words());
        }
        return e.withSidesAndDate(actor1, side2 == null ? e.actor2() : side2.id(), e.eventDate(),
                e.timePrecision(), ev);
    }

    /**
     * The side the other tellings of {@code e}'s incident name in their own words for {@code role}, when
     * they all name one; null when none names it or they name several.
     */
    private static Told told(Event e, List<Event> story, String role) {
        Told named = null;
        for (Event other : story) {
            String id = ACTOR1.equals(role) ? other.actor1() : other.actor2();
            Evidence.Part p = other.evidence().part(role);
            if (other == e || id == null || p == null || !RetoldIncident.nearAct(other, p) || !oneIncident(e, other)) {
                continue;
            }
            if (named != null && !named.id().equals(id)) {
                return null;
            }
            named = named == null ? new Told(id, p) : named;
        }
        return named;
    }

    /** A side and the words of another telling that named it. */
    private record Told(String id, Evidence.Part words) {
    }

    private static boolean violent(Event e) {
        return AcledTaxonomy.isPoliticalViolence(e.acledType());
    }

    static boolean oneIncident(Event a, Event b) {
        return a.evidence().start() != b.evidence().start() && violent(b) && sameKind(a, b)
                && a.admin1() != null && a.admin1().equals(b.admin1()) && IncidentGrouper.nestedPlaces(a, b) && daysAgree(a, b);
    }

    /**
     * The same type: a raid told as "الغارات" in one sentence is "قصف" in the next, so sub-types differ
     * between tellings of one incident.
     */
    private static boolean sameKind(Event a, Event b) {
        return a.acledType().equals(b.acledType());
    }

    /** An undated report may retell any day's incident; dated ones must tell one day. */
    private static boolean daysAgree(Event a, Event b) {
        return a.eventDate() == null || b.eventDate() == null || IncidentGrouper.sameDay(a, b);
    }
}
