package org.rasid.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;

/**
 * The display names of every actor of actors.tsv: name_en from there, the Arabic and ACLED names
 * from acled/actors.tsv. Exports and the UI show these instead of ids such as SYR_GOV.
 */
public final class ActorNames {
    private static volatile ActorNames shared;
    private final Map<String, ActorName> byId;
    /** Every name an actor goes by (id, display names, aliases), normalised, per id. */
    private final Map<String, List<String>> forms;

    private ActorNames(Map<String, ActorName> byId, Map<String, List<String>> forms) {
        this.byId = byId;
        this.forms = forms;
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
        Map<String, List<String>> forms = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.readTsv("acled/actors.tsv")) {
            String id = row.get("id");
            Actor a = registry.byId(id).filter(x -> !x.isOutlet())
                    .orElseThrow(() -> row.error("not an actor of actors.tsv: " + id));
            ActorName n = new ActorName(id, row.get("name_ar"), a.nameEn(), row.get("name_acled"), a.inter());
            byId.put(id, n);
            Set<String> f = new LinkedHashSet<>();
            for (String name : List.of(id, n.ar(), n.en(), n.acled())) {
                f.add(form(name));
            }
            a.aliases().forEach(alias -> f.add(form(alias)));
            forms.put(id, List.copyOf(f));
        }
        for (Actor a : registry.all()) {
            if (!a.isOutlet() && !byId.containsKey(a.id())) {
                throw new IllegalArgumentException("acled/actors.tsv: no names for " + a.id());
            }
        }
        return new ActorNames(Collections.unmodifiableMap(byId), forms);
    }

    public Optional<ActorName> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * The actor a typed name means: an id, or a name or alias in Arabic or English that belongs to
     * exactly one actor, compared after normalisation ("قسد", "sdf", "Hay'at Tahrir al-Sham").
     */
    public Optional<String> resolve(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        if (byId.containsKey(typed.strip())) {
            return Optional.of(typed.strip());
        }
        String f = form(typed);
        List<String> ids = forms.entrySet().stream().filter(e -> e.getValue().contains(f)).map(Map.Entry::getKey).toList();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** Actors one of whose names starts or contains what is typed so far: exact, then prefix, then infix. */
    public List<ActorName> suggest(String typed, int limit) {
        String f = typed == null ? "" : form(typed);
        List<List<ActorName>> ranks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Map.Entry<String, List<String>> e : forms.entrySet()) {
            int best = 3;
            for (String name : e.getValue()) {
                best = Math.min(best, name.equals(f) ? 0 : name.startsWith(f) ? 1 : name.contains(f) ? 2 : 3);
            }
            if (best < 3) {
                ranks.get(best).add(byId.get(e.getKey()));
            }
        }
        List<ActorName> out = new ArrayList<>();
        ranks.forEach(out::addAll);
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static String form(String name) {
        return ArabicNormalizer.normalizeTerm(name.strip()).toLowerCase(Locale.ROOT);
    }

    public Collection<ActorName> all() {
        return byId.values();
    }
}
