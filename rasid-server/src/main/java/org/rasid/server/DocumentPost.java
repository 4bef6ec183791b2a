package org.rasid.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.rasid.ingest.Document;
import org.rasid.store.ContentHash;
import org.rasid.store.EventStore;
import org.rasid.store.IngestOutcome;
import org.rasid.store.Ingester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /api/documents: one article as a JSON object, or as the raw text with its metadata in
 * the query (only with the token: see {@link AccessPolicy}), through the pipeline into the store.
 * The body is capped; 201 stored, 200 a duplicate, 422 the pipeline failed on it.
 */
final class DocumentPost {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentPost.class);
    private static final Pattern DOC_ID = Pattern.compile("[\\p{L}\\p{N}._~-]{1,200}");

    private final EventStore store;
    private final Ingester ingester;
    private final ObjectMapper json;
    private final long maxUploadBytes;

    DocumentPost(EventStore store, Ingester ingester, ObjectMapper json, long maxUploadBytes) {
        this.store = store;
        this.ingester = ingester;
        this.json = json;
        this.maxUploadBytes = maxUploadBytes;
    }

    void post(Context ctx) throws IOException {
        byte[] body = readBody(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        Document doc;
        if (type.startsWith("application/json")) {
            JsonNode n;
            try {
                n = json.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("body is not valid JSON: " + RasidServer.clip(e.getOriginalMessage()));
            }
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException("body must be a JSON object {\"text\": …, \"id\"?, \"title\"?, "
                        + "\"url\"?, \"outlet\"?, \"published\"?}");
            }
            doc = document(text(n, "id"), text(n, "text"), text(n, "title"), text(n, "url"), text(n, "outlet"),
                    text(n, "published"));
        } else {
            doc = document(ctx.queryParam("id"), utf8(body), ctx.queryParam("title"), ctx.queryParam("url"),
                    ctx.queryParam("outlet"), ctx.queryParam("published"));
        }
        IngestOutcome out = ingester.ingest(doc);
        try {
            store.release();
        } catch (RuntimeException e) {
            LOG.warn("search index commit failed after {}: {}", doc.id(), e.getMessage());
        }
        int status = switch (out.status()) {
            case STORED -> 201;
            case DUPLICATE -> 200;
            case FAILED -> 422;
        };
        ctx.status(status).json(out);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return org.rasid.ingest.LoneSurrogates.replace(v.asText()); // UTF-8 in the store cannot hold a lone half
    }

    private static Document document(String id, String text, String title, String url, String outlet,
                                     String published) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is required and must not be blank");
        }
        if (id == null || id.isBlank()) {
            id = "post-" + ContentHash.of(text).substring(0, 16);
        } else if (!DOC_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id may hold letters, digits and . _ ~ - only (1..200 characters)");
        }
        return new Document(id, "http", text, title, url, outlet, published, "UTF-8");
    }

    private byte[] readBody(Context ctx) throws IOException {
        long max = maxUploadBytes;
        if (ctx.req().getContentLengthLong() > max) {
            throw new HttpResponseException(413, "body larger than " + max + " bytes");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (b.length > max) {
                throw new HttpResponseException(413, "body larger than " + max + " bytes");
            }
            return b;
        }
    }

    private static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("body is not valid UTF-8 text");
        }
    }
}
