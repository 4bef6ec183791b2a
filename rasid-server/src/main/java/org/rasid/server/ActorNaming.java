package org.rasid.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rasid.actors.ActorName;
import org.rasid.actors.ActorNames;
import org.rasid.model.Event;

/**
 * Actors by name for the API: the {@code actor} filter takes a name in Arabic or English as well
 * as an id ("قسد" means SDF), /api/actors suggests actors as one types, and event responses carry
 * the display names of the ids they hold.
 */
final class ActorNaming {
    private final ActorNames names = ActorNames.load();

    /** The request's parameters with a typed actor name replaced by its id; an unknown name stays as typed. */
    Function<String, String> params(Function<String, String> param) {
        return name -> {
            String v = param.apply(name);
            if (!"actor".equals(name) || v == null) {
                return v;
            }
            return names.resolve(v).orElse(v);
        };
    }

    /** GET /api/actors?q=…&limit=…: actors whose names start or contain q, best first. */
    void suggest(Context ctx) {
        String q = ctx.queryParam("q");
        int limit = Math.max(1, Math.min(200, RasidServer.intParam(ctx, "limit", 20)));
        List<Map<String, Object>> out = new ArrayList<>();
        for (ActorName n : names.suggest(q == null ? "" : q, limit)) {
            out.add(name(n));
        }
        ctx.json(Map.of("actors", out));
    }

    /** Display names of every actor id the events hold. */
    Map<String, Object> namesOf(List<Event> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (Event e : events) {
            ids.add(e.actor1());
            ids.add(e.actor2());
            if (e.assocActor1() != null) {
                ids.addAll(e.assocActor1());
            }
            if (e.assocActor2() != null) {
                ids.addAll(e.assocActor2());
            }
        }
        return namesOfIds(ids);
    }

    /** Display names of these actor ids, keyed by id; ids the registry does not know are left out. */
    Map<String, Object> namesOfIds(Collection<String> ids) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String id : ids) {
            if (id != null) {
                names.byId(id).ifPresent(n -> out.put(id, name(n)));
            }
        }
        return out;
    }

    private static Map<String, Object> name(ActorName n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("ar", n.ar());
        m.put("en", n.en());
        m.put("acled", n.acled());
        return m;
    }
}
