package org.rasid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.rasid.testing.CollectingSink;
import org.rasid.testing.Seeds;

class SourceReaderTest {
    @TempDir
    Path dir;

    @Test
    void folderIsReadRecursivelyWithIdsFromFileNames() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("2018/07"));
        Files.copy(Seeds.dir().resolve("000_235f1568e4c190a8.txt"), dir.resolve("000_235f1568e4c190a8.txt"));
        Files.copy(Seeds.dir().resolve("004_7ac2fd58674b5272.txt"), sub.resolve("004_7ac2fd58674b5272.txt"));
        Files.writeString(dir.resolve("notes.md"), "# not news");
        Files.createDirectories(dir.resolve(".cache"));
        Files.writeString(dir.resolve(".cache/hidden.txt"), "مخفي");
        CollectingSink c = new CollectingSink();
        new SourceReader().read(dir, c);
        assertEquals(List.of(), c.errors);
        assertEquals(List.of("000_235f1568e4c190a8", "004_7ac2fd58674b5272"),
                c.documents.stream().map(Document::id).toList());
        assertEquals(Seeds.text("004"), c.byId().get("004_7ac2fd58674b5272").text());
        assertEquals("UTF-8", c.documents.get(0).charset());
    }

    @Test
    void windows1256FileReadsLikeTheUtf8Seed() throws Exception {
        Path f = dir.resolve("001_cp1256.txt");
        Files.write(f, Seeds.text("001").getBytes(Charset.forName("windows-1256")));
        CollectingSink c = new CollectingSink();
        new SourceReader().read(f, c);
        assertEquals(Seeds.text("001"), c.documents.get(0).text());
        assertEquals("windows-1256", c.documents.get(0).charset());
    }

    @Test
    void everyBadInputIsNamedAndTheOthersStillComeThrough() throws Exception {
        Files.copy(Seeds.dir().resolve("000_235f1568e4c190a8.txt"), dir.resolve("a_good.txt"));
        Files.write(dir.resolve("b_binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.write(dir.resolve("c_empty.txt"), new byte[0]);
        Files.write(dir.resolve("d_latin1.txt"), "Grüße aus München: café, crème brûlée, naïve façade"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.copy(Seeds.dir().resolve("004_7ac2fd58674b5272.txt"), dir.resolve("e_too_large.txt"));
        Files.writeString(dir.resolve("f_broken.html"), "<html><body><script>var x = 1;<p>قصف على درعا</p>");
        Files.copy(Seeds.dir().resolve("003_0168099232d9e71c.txt"), dir.resolve("g_good.txt"));
        CollectingSink c = new CollectingSink();
        new SourceReader(20_000).read(dir, c);
        assertEquals(List.of("a_good", "g_good"), c.documents.stream().map(Document::id).toList());
        Map<String, ReadError> errors = c.errors.stream()
                .collect(Collectors.toMap(e -> Path.of(e.source()).getFileName().toString(), Function.identity()));
        assertEquals(ReadError.BINARY, errors.get("b_binary.txt").reason());
        assertEquals(ReadError.EMPTY, errors.get("c_empty.txt").reason());
        assertEquals(ReadError.ENCODING, errors.get("d_latin1.txt").reason());
        assertEquals(ReadError.TOO_LARGE, errors.get("e_too_large.txt").reason());
        assertTrue(errors.get("e_too_large.txt").message().contains("30270 bytes"), errors.get("e_too_large.txt").message());
        assertEquals(ReadError.BROKEN_HTML, errors.get("f_broken.html").reason());
        assertEquals(5, c.errors.size());
        for (ReadError e : c.errors) {
            assertTrue(e.toString().startsWith(e.source() + ": "), e.toString());
            assertTrue(e.source().startsWith(dir.toString()), e.source());
        }
    }

    @Test
    void missingFileIsAnError() {
        CollectingSink c = new CollectingSink();
        new SourceReader().read(dir.resolve("nowhere.txt"), c);
        assertEquals(ReadError.IO, c.errors.get(0).reason());
        assertTrue(c.errors.get(0).message().contains("no such file"));
    }

    @Test
    void jsonLinesGiveOneDocumentPerLineAndAnErrorPerBadLine() throws Exception {
        Path f = dir.resolve("articles.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"snn-1\",\"url\":\"http://example.org/1\",\"title\":\"قصف على دوما\","
                        + "\"text\":\"قصف على دوما\\nقصفت قوات النظام مدينة دوما.\",\"published\":\"2015-07-21\","
                        + "\"outlet\":\"عكاظ\"}",
                "{\"id\":\"snn-2\",\"text\":",
                "",
                "{\"title\":\"بلا نص\"}",
                "{\"text\":\"اشتباكات في ريف حماة الشمالي.\"}") + "\n", StandardCharsets.UTF_8);
        CollectingSink c = new CollectingSink();
        new SourceReader().read(f, c);
        assertEquals(2, c.documents.size());
        Document first = c.documents.get(0);
        assertEquals("snn-1", first.id());
        assertEquals("http://example.org/1", first.url());
        assertEquals("قصف على دوما", first.title());
        assertEquals("2015-07-21", first.published());
        assertEquals("عكاظ", first.outlet());
        assertEquals("قصف على دوما\nقصفت قوات النظام مدينة دوما.", first.text());
        assertEquals("articles:5", c.documents.get(1).id());
        assertEquals(List.of(f + ":2", f + ":4"), c.errors.stream().map(ReadError::source).toList());
        assertEquals(List.of(ReadError.BAD_RECORD, ReadError.EMPTY), c.errors.stream().map(ReadError::reason).toList());
    }

    @Test
    void jsonLinesWithAByteOrderMark() throws Exception {
        Path f = dir.resolve("bom.jsonl");
        Files.writeString(f, "\uFEFF{\"id\":\"b1\",\"text\":\"قصف على دوما.\"}\n", StandardCharsets.UTF_8);
        CollectingSink c = new CollectingSink();
        new SourceReader().read(f, c);
        assertEquals(List.of(), c.errors);
        assertEquals("b1", c.documents.get(0).id());
    }

    @Test
    void warcAndCompressedWarcAreRead() throws Exception {
        for (WarcCompression compression : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path f = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
            URI page = URI.create("https://example.org/ar/news/1");
            try (WarcWriter w = new WarcWriter(FileChannel.open(f, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
                w.write(new WarcRequest.Builder(page).body(MediaType.HTTP_REQUEST,
                        "GET /ar/news/1 HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=windows-1256"),
                                HtmlExtractorTest.PAGE.replace("charset=\"utf-8\"", "")
                                        .getBytes(Charset.forName("windows-1256"))).build();
                w.write(new WarcResponse.Builder(page).body(MediaType.HTTP_RESPONSE, http).build());
                w.write(new WarcResource.Builder(URI.create("https://example.org/ar/brief.txt"))
                        .body(MediaType.parse("text/plain; charset=utf-8"),
                                Seeds.text("000").getBytes(StandardCharsets.UTF_8)).build());
                java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
                try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
                    z.write(("<html><body><article><p>" + Seeds.text("002").replace("\n\n", "</p><p>")
                            + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
                }
                HttpResponse zipped = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                        .body(MediaType.parse("text/html; charset=utf-8"), gz.toByteArray()).build();
                w.write(new WarcResponse.Builder(URI.create("https://example.org/ar/news/2"))
                        .body(MediaType.HTTP_RESPONSE, zipped).build());
                HttpResponse moved = new HttpResponse.Builder(301, "Moved Permanently")
                        .addHeader("Location", "https://example.org/ar/news/3")
                        .body(MediaType.parse("text/html"), "<html><body><p>نقل الخبر</p></body></html>"
                                .getBytes(StandardCharsets.UTF_8)).build();
                w.write(new WarcResponse.Builder(URI.create("https://example.org/ar/news/old"))
                        .body(MediaType.HTTP_RESPONSE, moved).build());
                w.write(new WarcResource.Builder(URI.create("https://example.org/logo.png"))
                        .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0}).build());
            }
            CollectingSink c = new CollectingSink();
            new SourceReader().read(f, c);
            assertEquals(List.of(), c.errors, compression.toString());
            assertEquals(3, c.documents.size(), compression.toString());
            Document html = c.documents.get(0);
            assertTrue(html.id().startsWith("urn:uuid:"), html.id());
            assertEquals(page.toString(), html.url());
            assertEquals("windows-1256", html.charset());
            assertTrue(html.text().contains("عرض وفد عسكري روسي على \"هيئة تحرير الشام\""), html.text());
            assertTrue(html.source().startsWith(f + "#urn:uuid:"));
            Document text = c.documents.get(1);
            assertEquals(Seeds.text("000"), text.text());
            assertEquals("https://example.org/ar/brief.txt", text.url());
            Document gzipped = c.documents.get(2);
            assertTrue(gzipped.text().contains("كشف مصدر مفاوض لأورينت نت (الثلاثاء)"), gzipped.text());
            assertEquals("https://example.org/ar/news/2", gzipped.url());
        }
    }

    /** Found by SourceReaderFuzzTest: a text file that is only a WARC header used to yield nothing at all. */
    @Test
    void aWarcHeaderWithoutRecordsIsAnErrorNamingTheInput() {
        CollectingSink c = new CollectingSink();
        new SourceReader().readBytes("WARC/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), "a.txt", c);
        assertEquals(List.of(), c.documents);
        assertEquals(1, c.errors.size());
        assertEquals("a.txt", c.errors.get(0).source());
        assertEquals(ReadError.EMPTY, c.errors.get(0).reason());
    }

    @Test
    void stdinIsSniffed() {
        CollectingSink c = new CollectingSink();
        SourceReader r = new SourceReader();
        r.readStream(new ByteArrayInputStream(Seeds.text("002").getBytes(StandardCharsets.UTF_8)), "stdin", "stdin", c);
        r.readStream(new ByteArrayInputStream("{\"id\":\"j1\",\"text\":\"قصف على دوما.\"}\n"
                .getBytes(StandardCharsets.UTF_8)), "stdin", "stdin", c);
        r.readStream(new ByteArrayInputStream(HtmlExtractorTest.PAGE.getBytes(StandardCharsets.UTF_8)), "stdin",
                "stdin", c);
        assertEquals(List.of(), c.errors);
        assertEquals(List.of("stdin", "j1", "stdin"), c.documents.stream().map(Document::id).toList());
        assertEquals(Seeds.text("002"), c.documents.get(0).text());
        assertNull(c.documents.get(0).title());
        assertNotNull(c.documents.get(2).title());
    }

    @Test
    void idIsTheFileNameWithoutExtensions() {
        assertEquals("crawl-01", SourceReader.stem(Path.of("x/crawl-01.warc.gz")));
        assertEquals("004_7ac2fd58674b5272", SourceReader.stem(Path.of("004_7ac2fd58674b5272.txt")));
    }
}
