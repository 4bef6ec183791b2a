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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
                JsonNode byName = api(server, "api/events?actor=" + URLEncoder.encode("قسد", StandardCharsets.UTF_8));
                long total = byName.get("total").asLong();
                assertTrue(total > 0, "the seeds have events of the SDF");
                assertEquals(total, api(server, "api/events?actor=SDF").get("total").asLong(), "the name means the id");

                WebDriver driver = chrome(dir.resolve("profile"), downloads);
                try {
                    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                    driver.get(server.url());
                    wait.until(d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
                    String all = wait.until(d -> blankToNull(d.findElement(By.id("map-count")).getAttribute("data-total")));
                    assertEquals(api(server, "api/events").get("total").asText(), all, "unfiltered map: every event");

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
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
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
