package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.model.Source;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.pipeline.Pipeline;
import org.rasid.segment.Story;
import org.rasid.store.ContentHash;
import org.rasid.store.EventStore;
import org.rasid.testing.Prerequisites;
import org.rasid.text.Span;

/**
 * An article carrying script and event-handler payloads, in its text and in every field the UI
 * shows (place, actors, sub-type, toll words, outlet, source URL, title), is shown as text in a
 * real headless Chromium: no payload runs, no payload becomes an element, the literal markup is
 * visible. The API returns the payloads as JSON strings, never as HTML.
 */
class XssBrowserTest {
    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";
    static final String SVG = "\"><svg onload=window.__pwned=3>";
    static final String LINK = "<a href=\"javascript:window.__pwned=4\">اضغط</a>";
    static final String IFRAME = "<iframe srcdoc=\"<script>parent.__pwned=5</script>\"></iframe>";

    @TempDir
    Path dir;

    @Test
    void payloadsInArticlesAreShownAsTextNeverRun() throws Exception {
        File chromium = new File("/usr/bin/chromium");
        File driverBin = new File("/usr/bin/chromedriver");
        Prerequisites.require(chromium.canExecute() && driverBin.canExecute(),
                "chromium or chromedriver not installed (scripts/setup.sh installs them): XSS browser test skipped");
        String text = "قصف مدفعي على بلدة " + IMG + " في ريف حلب الشمالي " + SCRIPT + " وقتل ثلاثة مدنيين.\n\n"
                + "وقالت مصادر محلية " + SVG + " إن " + LINK + " القصف استمر " + IFRAME + " حتى المساء.";
        Document doc = new Document("xss-doc", "test", text, "عنوان " + SCRIPT, "javascript:window.__pwned=6",
                "منفذ " + IMG, "2018-09-04", "UTF-8");
        int s = text.indexOf(IMG);
        int sentenceEnd = text.indexOf('\n');
        List<Evidence.Part> parts = List.of(
                new Evidence.Part("trigger", 0, "قصف مدفعي".length(), "قصف مدفعي"),
                new Evidence.Part("location", s, s + IMG.length(), IMG),
                new Evidence.Part(SVG, text.indexOf(SCRIPT), text.indexOf(SCRIPT) + SCRIPT.length(), SCRIPT));
        Event e = new Event("xss-event-1", doc.id(), 0, "Explosions/Remote violence", SCRIPT, "19", 4, SVG, IMG,
                List.of(LINK), List.of(), IMG, null, "SY-HL", LINK, 36.2, 37.1, 1, "2018-09-04", 1, 3, IMG, null, null,
                null, List.of(SCRIPT, IMG), new Evidence(text.substring(0, sentenceEnd), 0, sentenceEnd, parts), 0.9,
                List.of(new Source(doc.id(), 0, IMG, "2018-09-04", "javascript:window.__pwned=7")), List.of(), List.of(),
                List.of());
        Span all = new Span(0, text.length());
        Story story = new Story(doc.id(), 0, all, SCRIPT, null, null, IMG, "2018-09-04", List.of(all), List.of(all), -1);
        ObjectMapper json = new ObjectMapper();
        try (EventStore store = EventStore.open(dir.resolve("data"), null)) {
            store.add(new DocumentResult(doc, List.of(story), List.of(e), List.of()), ContentHash.of(text));
            store.flush();
            try (RasidServer server = RasidServer.start(store, Pipeline.withDefaults()::process, ServerOptions.local(0))) {
                HttpClient http = HttpClient.newHttpClient();
                // the same article through the real pipeline, posted like a crawler would
                String article = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                        java.util.Map.of("id", "xss-posted", "title", SCRIPT, "text", text + "\n\nتحديث"));
                HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/documents"))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(article)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(201, posted.statusCode(), posted.body());

                // The API: payloads are JSON strings, served as JSON that browsers will not sniff as HTML.
                HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/events/xss-event-1"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, api.statusCode());
                assertTrue(api.headers().firstValue("content-type").orElse("").startsWith("application/json"));
                assertEquals("nosniff", api.headers().firstValue("x-content-type-options").orElse(""));
                JsonNode body = json.readTree(api.body());
                assertEquals(IMG, body.get("event").get("location_ar").asText());
                assertTrue(body.get("text").asText().contains(SCRIPT));
                String csp = api.headers().firstValue("content-security-policy").orElse("");
                assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline';") || csp.contains("script-src 'self';"),
                        "scripts only from the server: " + csp);
                // The UI code builds the page from text nodes only.
                String app = http.send(HttpRequest.newBuilder(URI.create(server.url() + "app.js")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                for (String sink : List.of(".innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                        "new Function", "setTimeout(\"", "bindPopup(`", "bindTooltip(`")) {
                    assertFalse(app.contains(sink), "app.js uses " + sink);
                }

                WebDriver driver = BrowserTest.chrome(dir.resolve("profile"));
                try {
                    JavascriptExecutor js = (JavascriptExecutor) driver;
                    WebDriverWait wait = BrowserTest.waitOn(driver);
                    // the list, the map, the timeline and the story search, all fed with payloads
                    driver.get(server.url() + "#/?q=" + URLEncoder.encode("قصف", StandardCharsets.UTF_8));
                    wait.until(d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
                    wait.until(d -> !d.findElements(By.cssSelector("#events tbody tr")).isEmpty()
                            && !d.findElements(By.cssSelector("#story-hits li")).isEmpty());
                    // open every event marker's tooltip: Leaflet builds its content only then
                    js.executeScript("document.querySelectorAll('#map path.leaflet-interactive').forEach(p =>"
                            + " p.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})));");
                    String listText = driver.findElement(By.id("events")).getText();
                    assertTrue(listText.contains("<img src=x"), "the payload is visible as text in the table");
                    assertTrue(driver.findElement(By.id("story-hits")).getText().contains("<"), "search snippets show markup as text");
                    assertClean(driver, js, "list view");

                    // the event page: original text with highlighted evidence, fields, sources
                    driver.get(server.url() + "#/event/xss-event-1");
                    wait.until(d -> d.findElement(By.id("ev-text")).getText().contains("قصف"));
                    String original = (String) js.executeScript("return document.getElementById('ev-text').textContent");
                    assertTrue(original.contains(SCRIPT) && original.contains(IMG) && original.contains(IFRAME),
                            "the original text shows the markup literally");
                    String fields = driver.findElement(By.id("ev-fields")).getText();
                    assertTrue(fields.contains(IMG) && fields.contains(SVG), "fields show payloads as text: " + fields);
                    assertEquals(SCRIPT, driver.findElement(By.cssSelector("#ev-text mark.role-other")).getText());
                    assertTrue(driver.findElements(By.cssSelector("#ev-sources a")).isEmpty(),
                            "a javascript: source URL must not become a link");
                    assertClean(driver, js, "event view");

                    // and the posted copy the pipeline coded
                    String postedEvent = (String) js.executeScript(
                            "return fetch('/api/events?limit=200').then(r => r.json()).then(p => (p.events.find(e => e.doc === 'xss-posted') || {}).id || null)");
                    if (postedEvent != null) {
                        driver.get(server.url() + "#/event/" + URLEncoder.encode(postedEvent, StandardCharsets.UTF_8));
                        wait.until(d -> d.findElement(By.id("ev-text")).getText().contains("قصف"));
                        assertClean(driver, js, "pipeline event view");
                    }
                    System.out.println("XSS browser test: payloads shown as text in list, map tooltips, search, event page"
                            + (postedEvent != null ? " and the pipeline's own event" : "") + "; none ran");
                } finally {
                    driver.quit();
                }
            }
        }
    }

    /** No payload ran and none became an element. */
    private static void assertClean(WebDriver driver, JavascriptExecutor js, String where) throws InterruptedException {
        Thread.sleep(300); // let onerror/onload handlers fire if any element was created
        assertNull(js.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)"),
                where + ": a payload ran");
        List<String> bad = new ArrayList<>();
        for (String css : List.of("img[src='x']", "svg[onload]", "iframe", "a[href^='javascript']", "[onerror]", "[onload]")) {
            if (!driver.findElements(By.cssSelector(css)).isEmpty()) {
                bad.add(css);
            }
        }
        assertEquals(List.of(), bad, where + ": payload elements in the DOM");
        Long inline = (Long) js.executeScript("return Array.from(document.scripts).filter(s => !s.src).length");
        assertEquals(0L, inline, where + ": inline script elements in the page");
    }
}
