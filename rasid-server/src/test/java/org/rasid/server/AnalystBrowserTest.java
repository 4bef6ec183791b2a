package org.rasid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.EventStore;
import org.rasid.testing.Prerequisites;

/**
 * Issue 18's done-when in headless Chromium: an actor typed in Arabic ("قسد") is suggested and
 * filters the events, the map's count equals the API's total (the map shows every filtered
 * event, not a page), and the export button downloads the filtered set. Screenshots go to target/.
 */
class AnalystBrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void filtersByAnArabicActorNameMapsEveryEventAndExportsTheFilteredSet() throws Exception {
        Prerequisites.require(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "chromium or chromedriver not installed (scripts/setup.sh installs them): browser test skipped");
        Path target = Path.of("target").toAbsolutePath();
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        try (EventStore store = EventStore.open(dir.resolve("data"), null)) {
            BrowserTest.ingestSeeds(store);
            try (RasidServer server = RasidServer.start(store, Pipeline.withDefaults()::process, ServerOptions.local(0))) {
                // the view starts at the calibrated threshold (confidence.tsv min_confidence), as a user would see it
                String view = "min_confidence=" + api(server, "api/status").get("min_confidence_default").asText();
                JsonNode byName = api(server, "api/events?" + view + "&actor="
                        + URLEncoder.encode("قسد", StandardCharsets.UTF_8));
                long total = byName.get("total").asLong();
                assertTrue(total > 0, "the seeds have events of the SDF");
                assertEquals(total, api(server, "api/events?" + view + "&actor=SDF").get("total").asLong(),
                        "the name means the id");

                WebDriver driver = chrome(dir.resolve("profile"), downloads);
                try {
                    WebDriverWait wait = BrowserTest.waitOn(driver);
                    driver.get(server.url());
                    wait.until(d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
                    String all = wait.until(d -> blankToNull(d.findElement(By.id("map-count")).getAttribute("data-total")));
                    assertEquals(api(server, "api/events?" + view).get("total").asText(), all,
                            "the map starts with every event at or above the threshold");
                    assertTrue(api(server, "api/events?" + view).get("total").asLong()
                            < api(server, "api/events").get("total").asLong(), "the store keeps the ones below it");

                    driver.findElement(By.id("f-actor")).sendKeys("قسد");
                    wait.until(d -> d.findElements(By.cssSelector("#actors option")).stream()
                            .anyMatch(o -> "قوات سوريا الديمقراطية".equals(o.getAttribute("value"))));
                    driver.findElement(By.id("apply")).click();
                    wait.until(d -> d.getCurrentUrl().contains("actor=")
                            && Long.toString(total).equals(d.findElement(By.id("map-count")).getAttribute("data-total")));
                    List<WebElement> rows = driver.findElements(By.cssSelector("#events tbody tr"));
                    assertEquals(total, rows.size());
                    assertTrue(driver.findElement(By.id("map-count")).getText().contains(Long.toString(total)),
                            "the legend says how many events the map shows");
                    assertTrue(driver.findElement(By.cssSelector("#events tbody")).getText().contains("قوات سوريا الديمقراطية"),
                            "the table shows actor names, not ids");
                    BrowserTest.checkNotBlank(BrowserTest.shot(driver, target.resolve("ui-actor-arabic.png")));

                    driver.findElement(By.cssSelector("#export button[data-format=jsonl]")).click();
                    Path jsonl = wait.until(d -> downloaded(downloads, ".jsonl"));
                    assertEquals(total, Files.readAllLines(jsonl).size(), "the export holds the filtered set");
                    driver.findElement(By.cssSelector("#export button[data-format=acled-csv]")).click();
                    Path csv = wait.until(d -> downloaded(downloads, ".csv"));
                    List<String> lines = Files.readAllLines(csv);
                    assertTrue(lines.get(0).startsWith("event_id_cnty,event_date,year,"));
                    String note = driver.findElement(By.id("export-note")).getText();
                    long left = note.isEmpty() ? 0 : Long.parseLong(note.replaceAll("\\D+", ""));
                    assertEquals(total, lines.size() - 1 + left, "written rows plus the ones said to be left out");
                    BrowserTest.checkNotBlank(BrowserTest.shot(driver, target.resolve("ui-export.png")));
                } finally {
                    driver.quit();
                }
            }
        }
    }

    /**
     * The rest of issue 18 in the browser: the header's fatalities (from /api/stats) in both
     * languages, the district, sub-type and outlet filters with their counts (from
     * /api/facets), sub-types in Arabic, and governorate names that overlap no other.
     */
    @Test
    void facetFiltersAndTheHeaderInBothLanguages() throws Exception {
        withUi((server, driver, wait) -> {
            long deaths = api(server, "api/stats").get("fatalities").asLong();
            assertTrue(deaths > 0, "the seeds report deaths");
            String view = "min_confidence=" + api(server, "api/status").get("min_confidence_default").asText();
            JsonNode facets = api(server, "api/facets?" + view);
            String district = facets.get("by_admin2").fieldNames().next();
            String outlet = facets.get("by_outlet").fieldNames().next();
            long outletEvents = facets.get("by_outlet").get(outlet).asLong();
            assertEquals(outletEvents, api(server, "api/events?" + view + "&outlet=" + enc(outlet)).get("total")
                    .asLong(), "the facet's count is the filter's total");
            wait.until(d -> d.findElement(By.id("counts")).getText().contains(deaths + " قتيلاً"));
            wait.until(d -> d.findElements(By.cssSelector("#f-admin2 option")).size() > 1);
            assertEquals(Long.toString(outletEvents), driver.findElement(By.cssSelector("#outlets option[value='" + outlet
                    + "']")).getAttribute("textContent"), "the outlet pick-list shows the count");
            assertTrue(driver.findElement(By.cssSelector("#f-sub_type option[value='Armed clash']")).getText()
                    .startsWith("اشتباك مسلح"), "sub-types in Arabic in Arabic mode");
            assertNoLabelOverlaps(driver);
            assertUnmarkedPlaceSpelledAsTheGazetteer(server, driver, view);
            assertTimelineChartsDatedDeaths(server, wait, view);

            new Select(driver.findElement(By.id("f-admin2"))).selectByValue(district);
            driver.findElement(By.id("apply")).click();
            long inDistrict = api(server, "api/events?" + view + "&admin2=" + enc(district)).get("total").asLong();
            waitForTotal(wait, "admin2=", inDistrict);
            assertEquals(inDistrict, driver.findElements(By.cssSelector("#events tbody tr")).size());
            assertEquals(district, new Select(driver.findElement(By.id("f-admin2"))).getFirstSelectedOption()
                    .getAttribute("value"), "the chosen district stays chosen");
            BrowserTest.checkNotBlank(BrowserTest.shot(driver, target().resolve("ui-district-ar.png")));

            driver.findElement(By.id("reset")).click();
            wait.until(d -> !d.getCurrentUrl().contains("admin2=") && d.findElement(By.id("f-admin2")).getAttribute("value").isEmpty());
            driver.findElement(By.id("f-outlet")).sendKeys(outlet);
            new Select(driver.findElement(By.id("f-sub_type"))).selectByValue("Armed clash");
            driver.findElement(By.id("apply")).click();
            long both = api(server, "api/events?" + view + "&sub_type=" + enc("Armed clash") + "&outlet=" + enc(outlet))
                    .get("total").asLong();
            assertTrue(both > 0, "the seeds have armed clashes reported by " + outlet);
            waitForTotal(wait, "sub_type=", both);
            for (WebElement cell : driver.findElements(By.cssSelector("#events tbody td.sub-type"))) {
                assertEquals("اشتباك مسلح", cell.getText());
            }

            driver.findElement(By.id("lang")).click();
            wait.until(d -> d.findElement(By.id("counts")).getText().contains(deaths + " fatalities"));
            String header = driver.findElement(By.id("counts")).getText();
            assertTrue(header.matches("[0-9 a-z·]+"), "the English header has no Arabic: " + header);
            wait.until(d -> d.findElements(By.cssSelector("#events tbody td.sub-type")).stream()
                    .allMatch(c -> c.getText().equals("Armed clash")));
            assertNoLabelOverlaps(driver);
            BrowserTest.checkNotBlank(BrowserTest.shot(driver, target().resolve("ui-filters-en.png")));
        });
    }

    /** The episode page maps every placed event of the episode, one point each. */
    @Test
    void episodePageMapsItsPlacedEvents() throws Exception {
        withUi((server, driver, wait) -> {
            String id = null;
            long placed = 0;
            for (JsonNode ep : api(server, "api/episodes").get("episodes")) {
                long n = 0;
                for (JsonNode e : api(server, "api/episodes/" + enc(ep.get("id").asText())).get("events")) {
                    n += e.hasNonNull("latitude") && e.hasNonNull("longitude") ? 1 : 0;
                }
                if (n > placed) {
                    id = ep.get("id").asText();
                    placed = n;
                }
            }
            assertTrue(id != null && placed > 1, "the seeds hold an episode with placed events");
            long expected = placed;
            driver.get(server.url() + "episode.html#" + enc(id));
            wait.until(d -> Long.toString(expected).equals(d.findElement(By.id("ep-map")).getAttribute("data-points"))
                    && d.findElements(By.cssSelector("#ep-map path.leaflet-interactive")).size() == expected);
            assertTrue(driver.findElement(By.id("ep-map")).isDisplayed());
            BrowserTest.checkNotBlank(BrowserTest.shot(driver, target().resolve("ui-episode-map.png")));
        });
    }

    /**
     * Issue 16 in the browser: the event list filtered to the episodes of a kind, then from an
     * episode's page to the list of its events; kind and state names in Arabic, then in English.
     */
    @Test
    void theEventListFiltersByEpisodeKindAndByOneEpisode() throws Exception {
        withUi((server, driver, wait) -> {
            JsonNode deal = null;
            for (JsonNode ep : api(server, "api/episodes?kind=evacuation_deal").get("episodes")) {
                deal = deal == null || ep.get("event_count").asInt() > deal.get("event_count").asInt() ? ep : deal;
            }
            assertTrue(deal != null, "the seeds hold an evacuation deal");
            long ofKind = api(server, "api/events?episode_kind=evacuation_deal").get("total").asLong();
            wait.until(d -> d.findElements(By.cssSelector("#f-episode_kind option")).size() > 1);
            Select kinds = new Select(driver.findElement(By.id("f-episode_kind")));
            kinds.selectByValue("evacuation_deal");
            assertEquals("اتفاق إجلاء أو تسوية", kinds.getFirstSelectedOption().getText());
            driver.findElement(By.id("apply")).click();
            waitForTotal(wait, "episode_kind=evacuation_deal", ofKind);
            assertEquals(ofKind, driver.findElements(By.cssSelector("#events tbody tr")).size());
            BrowserTest.checkNotBlank(BrowserTest.shot(driver, target().resolve("ui-episode-kind-ar.png")));

            String id = deal.get("id").asText();
            driver.get(server.url() + "episode.html#" + enc(id));
            wait.until(d -> d.findElement(By.id("ep-title")).getText().startsWith("اتفاق إجلاء أو تسوية"));
            String firstState = deal.get("states").get(0).get("state_ar").asText();
            assertTrue(driver.findElement(By.id("ep-states")).getText().contains(firstState), firstState);
            BrowserTest.checkNotBlank(BrowserTest.shot(driver, target().resolve("ui-episode-page-ar.png")));
            driver.findElement(By.id("ep-list")).click();
            long events = deal.get("event_count").asLong();
            wait.until(d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            waitForTotal(wait, "episode=" + id, events);
            assertEquals(id, driver.findElement(By.id("f-episode")).getAttribute("value"));
            assertEquals(events, driver.findElements(By.cssSelector("#events tbody tr")).size());
            BrowserTest.checkNotBlank(BrowserTest.shot(driver, target().resolve("ui-episode-filter.png")));

            driver.findElement(By.id("lang")).click();
            wait.until(d -> new Select(d.findElement(By.id("f-episode_kind"))).getOptions().stream()
                    .anyMatch(o -> "evacuation or reconciliation deal".equals(o.getText())));
        });
    }

    /** The event page: a small map of the event, and each source with its own casualty claim. */
    @Test
    void eventPageShowsAMapAndEachSourcesClaims() throws Exception {
        withUi((server, driver, wait) -> {
            JsonNode claimed = null;
            for (JsonNode e : api(server, "api/events?limit=500").get("events")) {
                if (claimed == null && e.hasNonNull("latitude") && e.get("claims").size() > 0) {
                    claimed = e;
                }
            }
            assertTrue(claimed != null, "the seeds have a located event with a casualty claim");
            driver.get(server.url() + "#/event/" + claimed.get("id").asText());
            wait.until(d -> !d.findElements(By.cssSelector("#ev-map .leaflet-interactive")).isEmpty());
            assertTrue(driver.findElement(By.id("ev-map")).isDisplayed());
            assertEquals(claimed.get("claims").size(), driver.findElements(By.cssSelector("#ev-sources li.claim")).size(),
                    "every claim is shown under its source");
            String sources = driver.findElement(By.id("ev-sources")).getText();
            assertTrue(sources.contains(claimed.get("claims").get(0).get("count").asText()), sources);
            BrowserTest.checkNotBlank(BrowserTest.shot(driver, target().resolve("ui-event-map.png")));
        });
    }

    /**
     * Issue 15's edit form: an analyst opens an event, corrects its fatalities with the token the
     * page took from its address, and sees the correction in the event's history, as the API
     * records it (author, reason, from → to).
     */
    @Test
    void anAnalystCorrectsAnEventAndSeesItsHistoryChange() throws Exception {
        Prerequisites.require(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "chromium or chromedriver not installed (scripts/setup.sh installs them): browser test skipped");
        String token = "edit-form-token-0123456789";
        try (EventStore store = EventStore.open(dir.resolve("data"), null)) {
            BrowserTest.ingestSeeds(store);
            try (RasidServer server = RasidServer.start(store, Pipeline.withDefaults()::process, new ServerOptions(
                    ServerOptions.DEFAULT_HOST, 0, token, ServerOptions.DEFAULT_MAX_UPLOAD, 6000))) {
                JsonNode target = null;
                for (JsonNode e : api(server, "api/events?limit=500", token).get("events")) {
                    if (target == null && e.hasNonNull("fatalities") && e.hasNonNull("acled_type")) {
                        target = e;
                    }
                }
                assertTrue(target != null, "the seeds have an event with fatalities");
                String id = target.get("id").asText();
                int corrected = target.get("fatalities").asInt() + 2;
                int revisions = api(server, "api/events/" + enc(id) + "/history", token).get("revisions").size();
                WebDriver driver = chrome(dir.resolve("profile"), Files.createDirectories(dir.resolve("downloads")));
                try {
                    WebDriverWait wait = BrowserTest.waitOn(driver);
                    driver.get(server.url() + "#token=" + token); // the page keeps it for the session
                    wait.until(d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
                    driver.get(server.url() + "#/event/" + enc(id));
                    wait.until(d -> d.findElements(By.cssSelector("#ev-history li")).size() == revisions);
                    driver.findElement(By.id("ev-edit-title")).click();
                    WebElement fatalities = wait.until(d -> d.findElement(By.id("ev-f-fatalities")));
                    assertEquals(target.get("fatalities").asText(), fatalities.getAttribute("value"));
                    fatalities.clear();
                    fatalities.sendKeys(Integer.toString(corrected));
                    driver.findElement(By.id("ev-f-author")).sendKeys("محلل-1");
                    driver.findElement(By.id("ev-f-reason")).sendKeys("قائمة المستشفى تسمي قتيلين آخرين");
                    driver.findElement(By.cssSelector("#ev-form button[type=submit]")).click();
                    wait.until(d -> d.findElements(By.cssSelector("#ev-history li")).size() == revisions + 1);
                    List<WebElement> items = driver.findElements(By.cssSelector("#ev-history li"));
                    String last = items.get(items.size() - 1).getText();
                    assertTrue(last.contains("صحّحه محلل") && last.contains("محلل-1") && last.contains("قائمة المستشفى")
                            && last.contains("fatalities: " + target.get("fatalities").asText() + " → " + corrected), last);
                    assertTrue(driver.findElement(By.id("ev-fields")).getText().contains(Integer.toString(corrected)),
                            "the event's fields show the corrected figure");
                    BrowserTest.checkNotBlank(BrowserTest.shot(driver, target().resolve("ui-event-correction.png")));
                } finally {
                    driver.quit();
                }
                JsonNode h = api(server, "api/events/" + enc(id) + "/history", token);
                JsonNode rev = h.get("revisions").get(revisions);
                assertEquals("corrected", rev.get("kind").asText());
                assertEquals("محلل-1", rev.get("author").asText());
                assertEquals(corrected, rev.get("changes").get("fatalities").get("to").asInt());
                assertEquals(corrected, api(server, "api/events/" + enc(id), token).get("event").get("fatalities").asInt());
            }
        }
    }

    /** A check run against the seeds' server in a headless Chromium that has loaded the UI. */
    @FunctionalInterface
    private interface UiCheck {
        void run(RasidServer server, WebDriver driver, WebDriverWait wait) throws Exception;
    }

    private void withUi(UiCheck check) throws Exception {
        Prerequisites.require(CHROMIUM.canExecute() && DRIVER.canExecute(),
                "chromium or chromedriver not installed (scripts/setup.sh installs them): browser test skipped");
        try (EventStore store = EventStore.open(dir.resolve("data"), null)) {
            BrowserTest.ingestSeeds(store);
            try (RasidServer server = RasidServer.start(store, Pipeline.withDefaults()::process, ServerOptions.local(0))) {
                WebDriver driver = chrome(dir.resolve("profile"), Files.createDirectories(dir.resolve("downloads")));
                try {
                    WebDriverWait wait = BrowserTest.waitOn(driver);
                    driver.get(server.url());
                    wait.until(d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
                    check.run(server, driver, wait);
                } finally {
                    driver.quit();
                }
            }
        }
    }

    private static void waitForTotal(WebDriverWait wait, String param, long total) {
        wait.until(d -> d.getCurrentUrl().contains(param)
                && Long.toString(total).equals(d.findElement(By.id("map-count")).getAttribute("data-total")));
    }

    private static Path target() {
        return Path.of("target").toAbsolutePath();
    }

    /** An event without marked place words shows the gazetteer's spelling ("إدلب"), not the normalised name ("ادلب"). */
    private static void assertUnmarkedPlaceSpelledAsTheGazetteer(RasidServer server, WebDriver driver, String view)
            throws Exception {
        JsonNode page = api(server, "api/events?limit=500&" + view);
        JsonNode unmarked = null;
        for (JsonNode e : page.get("events")) {
            boolean marked = false;
            for (JsonNode span : e.get("evidence").get("spans")) {
                marked |= span.get("role").asText().equals("location");
            }
            if (unmarked == null && !marked && page.get("places").has(e.get("id").asText())
                    && !page.get("places").get(e.get("id").asText()).asText().equals(e.get("location_ar").asText())) {
                unmarked = e;
            }
        }
        assertTrue(unmarked != null, "the seeds have a normalised place name without marked words");
        assertEquals(page.get("places").get(unmarked.get("id").asText()).asText(), driver.findElement(By.cssSelector(
                "#events tr[data-id='" + unmarked.get("id").asText() + "'] td.place")).getText());
    }

    /** No two visible governorate names on the map overlap. */
    /** The timeline draws a fatalities line whose points add up to the dated deaths of /api/stats. */
    private static void assertTimelineChartsDatedDeaths(RasidServer server, WebDriverWait wait, String view)
            throws Exception {
        JsonNode byDay = api(server, "api/stats?" + view).get("fatalities_by_day");
        long dated = 0;
        for (var it = byDay.fields(); it.hasNext(); ) {
            var day = it.next();
            if (!day.getKey().equals("unknown")) {
                dated += day.getValue().asLong();
            }
        }
        assertTrue(dated > 0, "the seeds date some deaths");
        long expected = dated;
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "const c = echarts.getInstanceByDom(document.getElementById('timeline'));"
                        + "const line = c && c.getOption().series.find((s) => s.type === 'line');"
                        + "return line ? line.data.reduce((a, p) => a + p[1], 0) : -1;")).longValue() == expected);
    }

    private static void assertNoLabelOverlaps(WebDriver driver) {
        Object overlaps = ((JavascriptExecutor) driver).executeScript(
                "const r = [...document.querySelectorAll('#map .gov-name')].filter(l => l.style.visibility !== 'hidden')"
                + ".map(l => [l.textContent, l.getBoundingClientRect()]); const out = [];"
                + "for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) { const a = r[i][1], b = r[j][1];"
                + " if (a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top) out.push(r[i][0] + '/' + r[j][0]); }"
                + "return out.join(', ');");
        assertEquals("", overlaps, "overlapping governorate names");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Path downloaded(Path downloads, String extension) {
        try (var files = Files.list(downloads)) {
            return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static JsonNode api(RasidServer server, String path) throws Exception {
        return api(server, path, null);
    }

    private static JsonNode api(RasidServer server, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    private static WebDriver chrome(Path profile, Path downloads) {
        System.setProperty("webdriver.chrome.driver", DRIVER.getPath());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.getPath());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=ar");
        o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        return new ChromeDriver(service, o);
    }
}
