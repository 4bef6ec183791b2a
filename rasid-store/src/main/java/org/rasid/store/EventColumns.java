package org.rasid.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasid.model.Event;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.segment.Story;

/**
 * The values the store derives from an event to filter it by, the same for the SQL columns and
 * the search index: its class, every actor, the day it is counted under, its outlets.
 */
final class EventColumns {
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private EventColumns() {
    }

    /** ACLED type, or "cameo:NN" for verbal events ACLED does not code. */
    static String eventClass(Event e) {
        if (e.acledType() != null) {
            return e.acledType();
        }
        return e.cameo() == null ? "unknown" : "cameo:" + e.cameo();
    }

    /** Every named actor on either side, main ones first, each once. */
    static Set<String> actors(Event e) {
        Set<String> out = new LinkedHashSet<>();
        add(out, e.actor1());
        add(out, e.actor2());
        if (e.assocActor1() != null) {
            e.assocActor1().forEach(a -> add(out, a));
        }
        if (e.assocActor2() != null) {
            e.assocActor2().forEach(a -> add(out, a));
        }
        return out;
    }

    /** The outlets that reported an event: its sources', else its story's. */
    static Set<String> outlets(Event e, StoredStory story) {
        Set<String> out = new LinkedHashSet<>();
        if (e.sources() != null) {
            e.sources().forEach(x -> add(out, x.outlet()));
        }
        if (out.isEmpty() && story != null) {
            add(out, story.outlet());
        }
        return out;
    }

    private static void add(Set<String> out, String value) {
        if (value != null && !value.isBlank()) {
            out.add(value);
        }
    }

    /** The day an event is counted under: its own ISO date, else the day its story was published. */
    static String eventDay(Event e, String published) {
        if (e.eventDate() != null && ISO_DAY.matcher(e.eventDate()).matches()) {
            return e.eventDate();
        }
        return published != null && published.length() >= 10 && ISO_DAY.matcher(published.substring(0, 10)).matches()
                ? published.substring(0, 10) : null;
    }

    /** A story's outlet, else its document's. */
    static String outlet(Story s, Document d) {
        return s != null && s.outlet() != null ? s.outlet() : d.outlet();
    }

    /** A story's publication time, else its document's. */
    static String published(Story s, Document d) {
        return s != null && s.published() != null ? s.published() : d.published();
    }

    /** The searchable text of an event: its evidence sentence and the place as written. */
    static String searchText(Event e) {
        StringBuilder sb = new StringBuilder();
        if (e.evidence() != null && e.evidence().sentence() != null) {
            sb.append(e.evidence().sentence());
        }
        if (e.locationAr() != null) {
            sb.append('\n').append(e.locationAr());
        }
        return sb.toString();
    }

    /** A processed document's stories as the store keeps them (outlet and time inherited). */
    static List<StoredStory> storedStories(DocumentResult r) {
        List<StoredStory> out = new ArrayList<>();
        Document d = r.document();
        for (Story s : r.stories()) {
            out.add(new StoredStory(d.id(), s.index(), s.title(), s.section(), s.dateline(), outlet(s, d),
                    published(s, d), s.span().start(), s.span().end(), s.duplicateOf()));
        }
        return out;
    }
}
