package org.rasid.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;
import org.rasid.confidence.ConfidenceModel;
import org.rasid.model.Event;
import org.rasid.model.RecordJson;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.store.EventQuery;
import org.rasid.store.EventStore;
import org.rasid.store.Facets;
import org.rasid.store.Ingester;
import org.rasid.store.SearchLimit;
import org.rasid.store.StoredDocument;
import org.rasid.store.StoredStory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API and web UI over one {@link EventStore}. Listens on 127.0.0.1 unless told
 * otherwise; off loopback every /api request needs the token ({@code Authorization: Bearer T}
 * or {@code X-Rasid-Token: T}). Every /api request is rate-limited per client address, request
 * bodies are capped, and every error is a JSON object {"error": message, "status": code}
 * without internals. The API is described in /api/openapi.json.
 */
public final class RasidServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RasidServer.class);
    private static final int DEFAULT_PAGE = 200;
    private static final int FACETS = 50;

    private final EventStore store;
    private final ServerOptions options;
    private final RequestRateLimiter limiter;
    private final AccessPolicy policy;
    private final DocumentPost posts;
    private final EventEdits edits;
    private final EventExport exports;
    private final EpisodeRoutes episodes;
    private final FilterValues filters = new FilterValues();
    private final ActorNaming actors = new ActorNaming();
    private final PlaceNaming places = new PlaceNaming();
    /** Rasid's one record mapper: strict about trailing garbage after a JSON body, lenient about unknown fields. */
    private final ObjectMapper json = RecordJson.mapper();
    private final byte[] openApi;
    private final Javalin app;

    private RasidServer(EventStore store, Function<Document, DocumentResult> pipeline, ServerOptions options)
            throws IOException {
        this.store = store;
        this.options = options;
        this.limiter = new RequestRateLimiter(options.requestsPerMinute());
        this.policy = new AccessPolicy(options);
        this.exports = new EventExport(store, this::query);
        this.episodes = new EpisodeRoutes(store);
        try (InputStream in = RasidServer.class.getResourceAsStream("/rasid/openapi.json")) {
            if (in == null) {
                throw new IOException("openapi.json missing from the server jar");
            }
            this.openApi = in.readAllBytes();
        }
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxUploadBytes();
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/rasid/web";
                sf.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.jetty.modifyServer(server -> {
                // Jetty's own error pages (bad URIs, bad headers): JSON too, never a stack trace
                server.setErrorHandler(new JsonErrorHandler());
            });
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
        });
        this.posts = new DocumentPost(store, new Ingester(store, pipeline), json, options.maxUploadBytes());
        this.edits = new EventEdits(store, json, filters);
        routes();
    }

    /** Starts the server; {@link #port()} tells the port when 0 was asked. */
    public static RasidServer start(EventStore store, Function<Document, DocumentResult> pipeline,
                                    ServerOptions options) throws IOException {
        RasidServer s = new RasidServer(store, pipeline, options);
        if (options.port() != 0) {
            // before Javalin tries: it logs its own error and a long stack trace on a taken port
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new java.net.InetSocketAddress(options.host(), options.port()));
            } catch (java.net.BindException e) {
                throw new IOException("port " + options.port() + " on " + options.host()
                        + " is already in use; stop what holds it or choose another with --port");
            }
        }
        s.app.start(options.host(), options.port());
        return s;
    }

    public int port() {
        return app.port();
    }

    /** The address a browser on this machine opens. */
    public String url() {
        String host = options.host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    private void routes() {
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            // scripts only from this server; article text can never run as code
            ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; object-src 'none'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
                    + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        });
        app.before(this::guard);

        app.get("/api/events", ctx -> {
            EventQuery q = query(ctx, DEFAULT_PAGE);
            List<Event> events = store.events(q);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("total", store.countEvents(q));
            out.put("limit", q.limit());
            out.put("offset", q.offset());
            out.put("events", events);
            out.put("actors", actors.namesOf(events));
            out.put("places", places.spellingsOf(events));
            ctx.json(out);
        });
        app.get("/api/map", ctx -> {
            String z = ctx.queryParam("zoom");
            MapGrid grid = new MapGrid(z == null || z.isBlank() ? 6 : Double.parseDouble(z), filters.centres());
            store.forEachEvent(query(ctx, DEFAULT_PAGE), grid::add);
            ctx.json(grid.json());
        });
        app.get("/api/actors", actors::suggest);
        app.get("/api/events/{id}", this::oneEvent);
        app.get("/api/events/{id}/history", edits::history);
        app.patch("/api/events/{id}", edits::correct);
        app.get("/api/stats", ctx -> ctx.json(store.stats(query(ctx, DEFAULT_PAGE))));
        app.get("/api/facets", this::facets);
        app.get("/api/search", ctx -> {
            String q = ctx.queryParam("q");
            int limit = intParam(ctx, "limit", 20);
            int offset = intParam(ctx, "offset", 0);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("q", q);
            out.put("hits", store.search(q, limit, offset));
            ctx.json(out);
        });
        app.get("/api/status", ctx -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("store", store.dialectName());
            out.put("counts", store.counts());
            // the threshold the UI's view starts from; the API itself filters only when asked (min_confidence)
            out.put("min_confidence_default", ConfidenceModel.standard().threshold());
            ctx.json(out);
        });
        app.get("/api/export", exports::export);
        app.get("/api/episodes", episodes::list);
        app.get("/api/episodes/{id}", episodes::one);
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.post("/api/documents", posts::post);

        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(IndexSearcher.TooManyClauses.class, (e, ctx) -> error(ctx, 400, SearchLimit.message()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(java.io.UncheckedIOException.class, (e, ctx) -> {
            // the search index is held by another rasid process (an ingest) or the disk failed
            LOG.warn("request {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "30");
            error(ctx, 503, "search index busy or unavailable; try again shortly");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error; the server log has the details");
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api") && ctx.result() == null) {
                error(ctx, 404, "no such resource: " + clip(ctx.path()));
            }
        });
        app.error(405, ctx -> error(ctx, 405, "method not allowed"));
    }

    /** Rate limit per client on the API, then the access policy on every path. */
    private void guard(Context ctx) {
        boolean api = ctx.path().equals("/api") || ctx.path().startsWith("/api/");
        if (api && !limiter.allow(ctx.ip())) {
            ctx.header("Retry-After", "10");
            throw new HttpResponseException(429, "too many requests; limit is " + options.requestsPerMinute()
                    + " per minute");
        }
        AccessPolicy.Refusal no = policy.check(ctx.method().name(), ctx.path(), ctx::header);
        if (no != null) {
            if (no.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer");
            }
            throw new HttpResponseException(no.status(), no.message());
        }
    }

    /**
     * The event filters of a request, closed vocabularies checked first; episode and episode_kind
     * narrow them to the events of episodes.
     */
    private EventQuery query(Context ctx, int defaultLimit) {
        filters.check(ctx::queryParam);
        EventQuery q = EventQuery.fromParams(actors.params(ctx::queryParam), defaultLimit);
        Set<String> ofEpisodes = episodes.eventIds(ctx::queryParam);
        return ofEpisodes == null ? q : q.withIds(ofEpisodes);
    }

    /** GET /api/facets: the filters' pick-lists (sub-types, districts, actors, outlets) with event counts. */
    private void facets(Context ctx) {
        EventQuery q = query(ctx, FACETS);
        Facets f = store.facets(q, q.limit());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", store.countEvents(q));
        out.put("by_sub_type", f.bySubType());
        out.put("by_admin2", f.byAdmin2());
        out.put("by_actor", f.byActor());
        out.put("by_outlet", f.byOutlet());
        out.put("actors", actors.namesOfIds(f.byActor().keySet()));
        ctx.json(out);
    }

    private void oneEvent(Context ctx) {
        String id = ctx.pathParam("id");
        Event e = store.event(id).orElseThrow(() -> EventEdits.gone(store, id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("event", e);
        out.put("actors", actors.namesOf(List.of(e)));
        out.put("places", places.spellingsOf(List.of(e)));
        out.put("sources", store.sources(id));
        StoredDocument d = store.document(e.doc()).orElse(null);
        if (d != null) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", d.id());
            doc.put("title", d.title());
            doc.put("outlet", d.outlet());
            doc.put("published", d.published());
            doc.put("url", d.url());
            doc.put("source", shownSource(d.source()));
            out.put("document", doc);
            // the original text of the story, with the evidence inside it; offsets stay document offsets
            StoredStory s = store.story(e.doc(), e.story()).orElse(null);
            int start = s == null ? 0 : s.start();
            int end = s == null ? d.text().length() : s.end();
            if (e.evidence() != null) {
                start = Math.min(start, e.evidence().start());
                end = Math.max(end, e.evidence().end());
            }
            start = Math.max(0, Math.min(start, d.text().length()));
            end = Math.max(start, Math.min(end, d.text().length()));
            out.put("story", s);
            out.put("text_start", start);
            out.put("text", d.text().substring(start, end));
        }
        ctx.json(out);
    }

    static int intParam(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + clip(v) + "'");
        }
    }

    private void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message == null || message.isBlank() ? "error " + status : message);
        body.put("status", status);
        ctx.status(status).json(body);
    }

    /** The file a document came from without the server's folders ("pages.jsonl:12"): those are not the client's business. */
    static String shownSource(String source) {
        if (source == null) {
            return null;
        }
        int record = source.indexOf('#'); // a WARC record id after the file name may hold anything
        String path = record >= 0 ? source.substring(0, record) : source;
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    static String clip(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    @Override
    public void close() {
        app.stop();
    }
}
