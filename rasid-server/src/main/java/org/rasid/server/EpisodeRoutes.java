package org.rasid.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rasid.episode.Episode;
import org.rasid.episode.EpisodeBuilder;
import org.rasid.episode.EpisodeFilter;
import org.rasid.episode.EpisodeKind;
import org.rasid.episode.EpisodeRules;
import org.rasid.store.EventQuery;
import org.rasid.store.EventStore;
import org.rasid.store.StoreCounts;

/**
 * GET /api/episodes and /api/episodes/{id}, and the events of an episode for the event filters.
 * Episodes are built over all the store's events and rebuilt when the store's counts change, so
 * they grow as ingests add events.
 */
final class EpisodeRoutes {
    private static final int DEFAULT_PAGE = 200;

    private final EventStore store;
    private final EpisodeRules rules = EpisodeRules.load();
    private final EpisodeBuilder builder = new EpisodeBuilder(rules);
    private StoreCounts builtFor;
    private List<Episode> episodes = List.of();

    EpisodeRoutes(EventStore store) {
        this.store = store;
    }

    /** The episodes matching admin1, place, kind, from, to (and event: those an event belongs to), paged. */
    void list(Context ctx) throws IOException {
        EpisodeFilter filter = EpisodeFilter.fromParams(ctx::queryParam);
        String event = ctx.queryParam("event");
        int limit = RasidServer.intParam(ctx, "limit", DEFAULT_PAGE);
        int offset = RasidServer.intParam(ctx, "offset", 0);
        if (limit < 1 || limit > EventQuery.MAX_LIMIT || offset < 0) {
            throw new IllegalArgumentException("limit must be 1.." + EventQuery.MAX_LIMIT + " and offset ≥ 0");
        }
        List<Episode> hits = current().stream().filter(filter)
                .filter(e -> event == null || event.isBlank() || e.eventIds().contains(event.strip())).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", hits.size());
        out.put("limit", limit);
        out.put("offset", offset);
        out.put("episodes", hits.subList(Math.min(offset, hits.size()), Math.min(hits.size(), offset + limit)));
        out.put("kinds", rules.kinds().stream().map(k -> Map.of("kind", k.id(), "label", k.labelEn(), "label_ar", k.labelAr()))
                .toList());
        ctx.json(out);
    }

    /**
     * The events of the event filters {@code episode} (an episode id) and {@code episode_kind}
     * (episodes of a kind): those of the episode, of every episode of the kind, or of the episode
     * if it is of the kind; null when neither is given. An unknown episode has no events.
     */
    Set<String> eventIds(Function<String, String> param) {
        String id = blankToNull(param.apply("episode"));
        String kind = blankToNull(param.apply("episode_kind"));
        if (id == null && kind == null) {
            return null;
        }
        if (kind != null && rules.kinds().stream().noneMatch(k -> k.id().equals(kind))) {
            throw new IllegalArgumentException("episode_kind must be one of "
                    + rules.kinds().stream().map(EpisodeKind::id).toList() + ", got '" + RasidServer.clip(kind) + "'");
        }
        Set<String> ids = new HashSet<>();
        List<Episode> all;
        try {
            all = current();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Episode e : all) {
            if ((id == null || id.equals(e.id())) && (kind == null || kind.equals(e.kind()))) {
                ids.addAll(e.eventIds());
            }
        }
        return ids;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** One episode with its events in order. */
    void one(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Episode e = current().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new HttpResponseException(404, "no episode " + RasidServer.clip(id)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("episode", e);
        out.put("events", e.events());
        ctx.json(out);
    }

    private synchronized List<Episode> current() throws IOException {
        StoreCounts now = store.counts();
        if (!now.equals(builtFor)) {
            episodes = builder.build(sink -> store.forEachEvent(EventQuery.all(), sink));
            builtFor = now;
        }
        return episodes;
    }
}
