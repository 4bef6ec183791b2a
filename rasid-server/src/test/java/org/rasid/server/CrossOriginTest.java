package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.EventStore;

/**
 * Issue 17, items 8 and 9, against a live loopback server without a token (the default): what a
 * page on another site can send. Raw requests, since the HTTP client will not forge Host.
 */
class CrossOriginTest {
    @TempDir
    static Path dir;
    static EventStore store;
    static RasidServer server;

    @BeforeAll
    static void start() throws Exception {
        store = EventStore.open(dir, null);
        server = RasidServer.start(store, Pipeline.withDefaults()::process, ServerOptions.local(0));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        store.close();
    }

    private static String request(String method, String path, String host, String headers, String body)
            throws Exception {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n" + headers
                + (b.length > 0 ? "Content-Length: " + b.length + "\r\n" : "") + "\r\n";
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(b);
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static long documents() throws Exception {
        return store.counts().documents();
    }

    private String local() {
        return "127.0.0.1:" + server.port();
    }

    /** Item 8: a form on another site posting text/plain used to store a document (201). */
    @Test
    void aPageOnAnotherOriginCannotStoreADocument() throws Exception {
        long before = documents();
        String forged = request("POST", "/api/documents?id=csrf-1", local(),
                "Origin: http://evil.example\r\nContent-Type: text/plain\r\n", "قصف على حلب من موقع آخر");
        assertEquals(403, status(forged), forged);
        String forgedJson = request("POST", "/api/documents", local(),
                "Origin: http://evil.example\r\nContent-Type: application/json\r\n", "{\"text\":\"قصف على حلب\"}");
        assertEquals(403, status(forgedJson), forgedJson);
        String fetchMeta = request("POST", "/api/documents?id=csrf-2", local(),
                "Sec-Fetch-Site: cross-site\r\nContent-Type: text/plain\r\n", "قصف على حلب");
        assertEquals(403, status(fetchMeta), fetchMeta);
        // an older browser sends a form without Origin: a plain-text write needs the token
        String noOrigin = request("POST", "/api/documents?id=csrf-3", local(),
                "Content-Type: text/plain\r\n", "قصف على حلب");
        assertEquals(415, status(noOrigin), noOrigin);
        String form = request("POST", "/api/documents?id=csrf-4", local(),
                "Content-Type: application/x-www-form-urlencoded\r\n", "text=x");
        assertEquals(415, status(form), form);
        assertEquals(before, documents());
        assertTrue(forged.contains("\"status\":403"), forged);
    }

    @Test
    void theUiItselfAndScriptsWithJsonStillWrite() throws Exception {
        String same = request("POST", "/api/documents", local(), "Origin: http://" + local()
                + "\r\nContent-Type: application/json; charset=utf-8\r\n",
                "{\"id\":\"same-origin\",\"text\":\"قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي\"}");
        assertEquals(201, status(same), same);
        String script = request("POST", "/api/documents", "localhost:" + server.port(),
                "Content-Type: application/json\r\n", "{\"id\":\"script\",\"text\":\"اشتباكات في ريف حماة الشمالي\"}");
        assertEquals(201, status(script), script);
    }

    /** Item 9: any Host header used to be answered, so a DNS name rebound to 127.0.0.1 could read the API. */
    @Test
    void onlyTheBoundHostNamesAreAnswered() throws Exception {
        String rebound = request("GET", "/api/status", "attacker.example:" + server.port(), "", "");
        assertEquals(403, status(rebound), rebound);
        assertEquals(403, status(request("GET", "/", "attacker.example", "", "")));
        for (String host : new String[] {local(), "localhost:" + server.port(), "LOCALHOST", "127.0.0.1"}) {
            assertEquals(200, status(request("GET", "/api/status", host, "", "")), host);
        }
    }
}
