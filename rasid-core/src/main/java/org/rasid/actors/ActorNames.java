package org.rasid.actors;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rasid.lexicon.DataFile;

/**
 * The display names of every actor of actors.tsv: name_en from there, the Arabic and ACLED names
 * from acled/actors.tsv. Exports and the UI show these instead of ids such as SYR_GOV.
 */
public final class ActorNames {
    private static volatile ActorNames shared;
    private final Map<String, ActorName> byId;

    private ActorNames(Map<String, ActorName> byId) {
        this.byId = byId;
    }

    /** The names of the bundled data files, read once. */
    public static ActorNames load() {
        ActorNames n = shared;
        if (n == null) {
            n = read(ActorRegistry.load());
            shared = n;
        }
        return n;
    }

    static ActorNames read(ActorRegistry registry) {
        Map<String, ActorName> byId = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.readTsv("acled/actors.tsv")) {
            String id = row.get("id");
            Actor a = registry.byId(id).filter(x -> !x.isOutlet())
                    .orElseThrow(() -> row.error("not an actor of actors.tsv: " + id));
            byId.put(id, new ActorName(id, row.get("name_ar"), a.nameEn(), row.get("name_acled"), a.inter()));
        }
        for (Actor a : registry.all()) {
            if (!a.isOutlet() && !byId.containsKey(a.id())) {
                throw new IllegalArgumentException("acled/actors.tsv: no names for " + a.id());
            }
        }
        return new ActorNames(Collections.unmodifiableMap(byId));
    }

    public Optional<ActorName> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Collection<ActorName> all() {
        return byId.values();
    }
}
