package org.rasid.store.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasid.actors.Actor;
import org.rasid.actors.ActorRegistry;
import org.rasid.model.Event;
import org.rasid.model.Source;

/**
 * ACLED's source and source_scale of an event, one definition for every export: the outlets that
 * published it, then the agencies its text cites, by their English name where outlets.tsv knows
 * them. Scale: a Syrian outlet is National, a foreign one International, anything else Other.
 */
final class AcledSource {
    private static final List<String> SCALES = List.of("Other", "National", "International");
    private static final List<Actor> OUTLETS = ActorRegistry.load().all().stream().filter(Actor::isOutlet).toList();

    private AcledSource() {
    }

    static String source(Event e) {
        List<String> names = new ArrayList<>();
        for (String name : written(e)) {
            Actor outlet = outlet(name);
            names.add(outlet == null ? name : outlet.nameEn());
        }
        Set<String> unique = new LinkedHashSet<>(names);
        return unique.isEmpty() ? null : String.join("; ", unique);
    }

    static String scale(Event e) {
        boolean[] seen = new boolean[SCALES.size()];
        for (String name : written(e)) {
            Actor outlet = outlet(name);
            seen[outlet == null ? 0 : outlet.cameoCode().startsWith("SY") ? 1 : 2] = true;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < seen.length; i++) {
            if (seen[i]) {
                parts.add(SCALES.get(i));
            }
        }
        return parts.isEmpty() ? null : String.join("-", parts);
    }

    /** Outlets first, then cited agencies, as the documents write them. */
    private static Set<String> written(Event e) {
        Set<String> names = new LinkedHashSet<>();
        if (e.sources() != null) {
            for (Source s : e.sources()) {
                if (s.outlet() != null && !s.outlet().isBlank()) {
                    names.add(s.outlet());
                }
            }
        }
        if (e.reportedBy() != null) {
            names.addAll(e.reportedBy());
        }
        return names;
    }

    private static Actor outlet(String name) {
        for (Actor a : OUTLETS) {
            if (a.id().equals(name) || a.nameEn().equals(name) || a.aliases().contains(name)) {
                return a;
            }
        }
        return null;
    }
}
