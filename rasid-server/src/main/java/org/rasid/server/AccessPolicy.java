package org.rasid.server;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may do what, decided from the request line and headers alone, before any route runs:
 * <ul>
 *   <li>Host: only the names the server is bound to (and the loopback names when bound to
 *       loopback), so a DNS name rebound to 127.0.0.1 by another site reaches nothing;</li>
 *   <li>token: every /api request, when the server has one; a correction (PATCH) always;</li>
 *   <li>writes (any method but GET, HEAD, OPTIONS): never from a page on another origin
 *       (Origin, Sec-Fetch-Site), and with a JSON body unless the token came with it, because a
 *       plain-text or form body is what another site's page can send without asking.</li>
 * </ul>
 */
final class AccessPolicy {
    /** A refusal: the HTTP status and a message for the JSON error body. */
    record Refusal(int status, String message) {
    }

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final String token;
    private final String boundHost;
    private final boolean loopback;
    private final boolean wildcard;

    AccessPolicy(ServerOptions options) {
        this.token = options.token();
        this.boundHost = bare(options.host());
        this.loopback = ServerOptions.isLoopback(options.host());
        this.wildcard = boundHost.equals("0.0.0.0") || boundHost.equals("::");
    }

    /** Null when the request may go on. */
    Refusal check(String method, String path, Function<String, String> header) {
        String host = header.apply("Host");
        if (host != null && !hostAllowed(hostName(host))) {
            return new Refusal(403, "this server answers to " + (loopback ? "localhost or 127.0.0.1" : boundHost)
                    + ", not to the host name '" + clip(host) + "'");
        }
        boolean api = path.equals("/api") || path.startsWith("/api/");
        boolean tokenGiven = token != null && tokenMatches(header);
        if (api && token != null && !tokenGiven) {
            return new Refusal(401, "API token required (Authorization: Bearer TOKEN)");
        }
        if (api && method.equalsIgnoreCase("PATCH") && !tokenGiven) {
            // a correction rewrites the database: whoever makes one must be known, even on loopback
            return new Refusal(401, "corrections need the API token, also on loopback: start the server with"
                    + " --token (or RASID_TOKEN) and send Authorization: Bearer TOKEN");
        }
        if (READS.contains(method.toUpperCase(Locale.ROOT))) {
            return null;
        }
        String site = header.apply("Sec-Fetch-Site");
        String origin = header.apply("Origin");
        if ((site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site")))
                || (origin != null && !sameOrigin(origin, host))) {
            return new Refusal(403, "writes from a page on another origin are refused");
        }
        String type = header.apply("Content-Type");
        if (!tokenGiven && (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json"))) {
            return new Refusal(415, "send a JSON body (Content-Type: application/json); other bodies need the API "
                    + "token, since a page on another site can send them");
        }
        return null;
    }

    private boolean hostAllowed(String name) {
        if (wildcard) {
            return true; // every address of the machine: the token (required there) is the guard
        }
        return name.equalsIgnoreCase(boundHost) || (loopback && LOOPBACK_NAMES.contains(name.toLowerCase(Locale.ROOT)));
    }

    private boolean tokenMatches(Function<String, String> header) {
        String given = header.apply("X-Rasid-Token");
        String auth = header.apply("Authorization");
        if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = auth.substring(7).strip();
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /** Origin "http://h:p" names the same host and port as the Host header "h:p". */
    private static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI o = URI.create(origin.strip());
            if (!"http".equalsIgnoreCase(o.getScheme()) && !"https".equalsIgnoreCase(o.getScheme())
                    || o.getHost() == null) {
                return false; // "null" (a sandboxed frame, a file), or anything odd
            }
            int port = o.getPort() >= 0 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            return bare(o.getHost()).equalsIgnoreCase(hostName(host)) && port == hostPort(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The name part of a Host header: "h:8642" and "[::1]:8642" give "h" and "::1". */
    static String hostName(String host) {
        String h = host.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        return colon >= 0 && colon == h.lastIndexOf(':') ? h.substring(0, colon) : h;
    }

    private static int hostPort(String host) {
        String h = host.strip();
        int colon = h.lastIndexOf(':');
        if (colon < 0 || colon < h.lastIndexOf(']')) {
            return 80;
        }
        try {
            return Integer.parseInt(h.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
