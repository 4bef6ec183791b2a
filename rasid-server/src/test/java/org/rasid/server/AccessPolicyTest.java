package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    private static final String TOKEN = "team-token-0123456789";
    private static final AccessPolicy LOCAL = new AccessPolicy(ServerOptions.local(8642));
    private static final AccessPolicy TEAM = new AccessPolicy(new ServerOptions("0.0.0.0", 8642, TOKEN, 1 << 20, 60));
    private static final AccessPolicy LAN = new AccessPolicy(new ServerOptions("10.1.2.3", 8642, TOKEN, 1 << 20, 60));

    private static Integer status(AccessPolicy p, String method, String path, String... headers) {
        Map<String, String> h = new HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        AccessPolicy.Refusal r = p.check(method, path, h::get);
        return r == null ? null : r.status();
    }

    @Test
    void loopbackAnswersOnlyLoopbackNames() {
        for (String host : new String[] {"127.0.0.1:8642", "localhost:8642", "LocalHost", "[::1]:8642", "127.0.0.1"}) {
            assertNull(status(LOCAL, "GET", "/api/events", "Host", host), host);
        }
        assertEquals(403, status(LOCAL, "GET", "/api/events", "Host", "rebound.example:8642"));
        assertEquals(403, status(LOCAL, "GET", "/", "Host", "127.0.0.1.nip.io:8642"));
        assertEquals(403, status(LAN, "GET", "/api/events", "Host", "localhost:8642", "X-Rasid-Token", TOKEN));
        assertNull(status(LAN, "GET", "/api/events", "Host", "10.1.2.3:8642", "X-Rasid-Token", TOKEN));
        assertNull(status(TEAM, "GET", "/api/events", "Host", "rasid.team.example", "X-Rasid-Token", TOKEN));
    }

    @Test
    void writesFromAnotherOriginAreRefused() {
        String[] local = {"Host", "127.0.0.1:8642"};
        assertEquals(403, status(LOCAL, "POST", "/api/documents", "Host", "127.0.0.1:8642",
                "Origin", "http://evil.example", "Content-Type", "application/json"));
        assertEquals(403, status(LOCAL, "POST", "/api/documents", "Host", "127.0.0.1:8642",
                "Origin", "http://127.0.0.1:9999", "Content-Type", "application/json"));
        assertEquals(403, status(LOCAL, "POST", "/api/documents", "Host", "127.0.0.1:8642",
                "Origin", "null", "Content-Type", "application/json"));
        assertEquals(403, status(LOCAL, "DELETE", "/api/documents/x", "Host", "127.0.0.1:8642",
                "Sec-Fetch-Site", "cross-site"));
        assertNull(status(LOCAL, "POST", "/api/documents", "Host", "127.0.0.1:8642",
                "Origin", "http://127.0.0.1:8642", "Sec-Fetch-Site", "same-origin", "Content-Type", "application/json"));
        assertNull(status(LOCAL, "GET", "/api/events", "Host", local[1], "Origin", "http://evil.example"),
                "reads cross-origin are the browser's to block (no CORS headers)");
        // a team member's page carries the token: still not from another origin
        assertEquals(403, status(TEAM, "POST", "/api/documents", "Host", "h:8642", "Origin", "http://evil.example",
                "X-Rasid-Token", TOKEN, "Content-Type", "application/json"));
    }

    @Test
    void nonJsonWritesNeedTheToken() {
        assertEquals(415, status(LOCAL, "POST", "/api/documents", "Host", "127.0.0.1:8642", "Content-Type", "text/plain"));
        assertEquals(415, status(LOCAL, "POST", "/api/documents", "Host", "127.0.0.1:8642"));
        assertEquals(415, status(LOCAL, "POST", "/api/documents", "Host", "127.0.0.1:8642",
                "Content-Type", "multipart/form-data; boundary=x"));
        assertNull(status(TEAM, "POST", "/api/documents", "Host", "h:8642", "Content-Type", "text/plain",
                "Authorization", "Bearer " + TOKEN));
        assertEquals(401, status(TEAM, "POST", "/api/documents", "Host", "h:8642", "Content-Type", "text/plain"));
        assertEquals(401, status(TEAM, "GET", "/api", "Host", "h"));
        assertNull(status(TEAM, "GET", "/app.js", "Host", "h"), "the UI loads without the token");
    }
}
