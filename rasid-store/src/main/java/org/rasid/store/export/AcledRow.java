package org.rasid.store.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasid.actors.ActorName;
import org.rasid.actors.ActorNames;
import org.rasid.model.Event;
import org.rasid.model.Source;

/**
 * One event as a row of ACLED's 31 columns (ACLED's codebook, in its export order) followed by
 * Rasid's own columns: ids, governorate code, the language of notes and the confidence.
 */
final class AcledRow {
    /** ACLED's columns, in ACLED's order. */
    static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");
    /** Rasid's columns after ACLED's: our ids of the actors, the event and the governorate. */
    static final List<String> RASID_COLUMNS = List.of("rasid_event_id", "rasid_actor1", "rasid_assoc_actor_1",
            "rasid_actor2", "rasid_assoc_actor_2", "rasid_admin1", "notes_language", "rasid_confidence");
    /** Columns of integers and decimals: ACLED's dtypes, and never a formula. */
    static final Set<String> INTEGER = Set.of("year", "time_precision", "inter1", "inter2", "interaction", "iso",
            "geo_precision", "fatalities", "timestamp");
    static final Set<String> DECIMAL = Set.of("latitude", "longitude", "rasid_confidence");

    private static final String COUNTRY_ISO = "760";
    private static final String REGION = "Middle East";
    private static final String COUNTRY = "Syria";
    private static final String UNIDENTIFIED = "UNKNOWN";

    private final ActorNames names = ActorNames.load();

    static List<String> columns() {
        List<String> all = new ArrayList<>(ACLED_COLUMNS);
        all.addAll(RASID_COLUMNS);
        return all;
    }

    /** Whether ACLED's data could hold the event: an ACLED type and a date. */
    static boolean fits(Event e) {
        return e.acledType() != null && !e.acledType().isBlank() && e.eventDate() != null && e.eventDate().length() >= 10;
    }

    List<String> cells(Event e) {
        // ACLED's conventions: an attack without a named attacker is an unidentified armed group's,
        // and inter2 is 0 when there is no second actor.
        String actor1 = e.actor1() == null ? UNIDENTIFIED : e.actor1();
        Integer inter1 = inter(actor1);
        Integer inter2 = e.actor2() == null ? Integer.valueOf(0) : inter(e.actor2());
        List<String> c = new ArrayList<>(ACLED_COLUMNS.size() + RASID_COLUMNS.size());
        c.add("SYR" + e.id());
        c.add(e.eventDate().substring(0, 10));
        c.add(e.eventDate().substring(0, 4));
        c.add(text(e.timePrecision() == null ? 1 : e.timePrecision()));
        c.add(disorder(e));
        c.add(e.acledType());
        c.add(e.acledSubType());
        c.add(acled(actor1));
        c.add(acled(e.assocActor1()));
        c.add(text(inter1));
        c.add(acled(e.actor2()));
        c.add(acled(e.assocActor2()));
        c.add(text(inter2));
        c.add(text(interaction(inter1, inter2)));
        c.add(civilianTargeting(e, inter2) ? "Civilian targeting" : null);
        c.add(COUNTRY_ISO);
        c.add(REGION);
        c.add(COUNTRY);
        c.add(AcledGovernorates.acledName(e.admin1()));
        c.add(e.admin2());
        c.add(null);
        c.add(e.locationAr());
        c.add(text(e.latitude()));
        c.add(text(e.longitude()));
        c.add(text(e.geoPrecision() == null ? 3 : e.geoPrecision()));
        c.add(AcledSource.source(e));
        c.add(AcledSource.scale(e));
        c.add(e.evidence() == null ? null : e.evidence().sentence());
        c.add(text(e.fatalities() == null ? 0 : e.fatalities()));
        c.add(null);
        c.add(text(timestamp(e)));
        c.add(e.id());
        c.add(e.actor1());
        c.add(joined(e.assocActor1()));
        c.add(e.actor2());
        c.add(joined(e.assocActor2()));
        c.add(e.admin1());
        c.add("ar");
        c.add(text(e.confidence()));
        return c;
    }

    /** ACLED's disorder type of an event type (codebook 2023, section "Disorder type"). */
    static String disorder(Event e) {
        return switch (e.acledType()) {
            case "Protests" -> "Demonstrations";
            case "Riots" -> "Mob violence".equals(e.acledSubType()) ? "Political violence; Demonstrations"
                    : "Demonstrations";
            case "Strategic developments" -> "Strategic developments";
            default -> "Excessive force against protesters".equals(e.acledSubType())
                    ? "Political violence; Demonstrations" : "Political violence";
        };
    }

    /** Civilians the target: violence against civilians, or an attack whose second actor is civilians (inter 7). */
    private static boolean civilianTargeting(Event e, Integer inter2) {
        return "Violence against civilians".equals(e.acledType())
                || ("Explosions/Remote violence".equals(e.acledType()) && Integer.valueOf(7).equals(inter2));
    }

    /** ACLED's interaction: the two inter codes, lower first; one actor alone is its code times ten. */
    static Integer interaction(Integer inter1, Integer inter2) {
        if (inter1 == null && inter2 == null) {
            return null;
        }
        if (inter1 == null || inter2 == null || inter2 == 0) {
            return (inter1 == null ? inter2 : inter1) * 10;
        }
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }

    private Integer inter(String id) {
        return names.byId(id).map(ActorName::inter).orElse(null);
    }

    private String acled(String id) {
        return id == null ? null : names.byId(id).map(ActorName::acled).orElse(id);
    }

    private String acled(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            out.add(acled(id));
        }
        return String.join("; ", out);
    }

    /** When the record was last changed: the latest publication among its sources, else its date. */
    private static long timestamp(Event e) {
        String latest = e.eventDate().substring(0, 10);
        if (e.sources() != null) {
            for (Source s : e.sources()) {
                String p = s.published();
                if (p != null && p.length() >= 10 && p.substring(0, 10).compareTo(latest) > 0
                        && p.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
                    latest = p.substring(0, 10);
                }
            }
        }
        return LocalDate.parse(latest).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    private static String joined(List<String> xs) {
        return xs == null || xs.isEmpty() ? null : String.join("; ", xs);
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
