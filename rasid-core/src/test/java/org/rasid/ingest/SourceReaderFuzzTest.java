package org.rasid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.rasid.fuzz.NastyText;
import org.rasid.fuzz.PipelineCheck;
import org.rasid.testing.Seeds;

/**
 * The readers on whatever a crawler brings: random bytes, binary files, random mixes of
 * Windows-1256 and UTF-8, BOMs, broken JSON Lines and WARC, deeply nested and huge HTML, giant
 * lines. Every input ends as documents or as error records naming it; nothing escapes as an
 * exception; every document read then goes through the whole pipeline safely.
 */
class SourceReaderFuzzTest {
    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final SourceReader READER = new SourceReader(4L * 1024 * 1024);
    private static final int PIPELINE_CHECK_MAX_CHARS = 40_000;

    /** Collects what a reader emits. */
    static final class Collected implements DocumentSink {
        final List<Document> documents = new ArrayList<>();
        final List<ReadError> errors = new ArrayList<>();

        @Override
        public void document(Document d) {
            documents.add(d);
        }

        @Override
        public void error(ReadError e) {
            errors.add(e);
        }
    }

    static Collected read(byte[] bytes, String name) {
        Collected c = new Collected();
        READER.readBytes(bytes, name, c);
        // Every input yields documents or errors; only an archive may legitimately hold no record.
        assertFalse(c.documents.isEmpty() && c.errors.isEmpty() && !name.contains(".warc"),
                "input " + name + " yielded nothing at all");
        for (ReadError e : c.errors) {
            assertNotNull(e.source(), "error without source");
            assertNotNull(e.reason());
            assertTrue(e.message() != null && !e.message().isBlank(), "error without a message: " + e);
            assertFalse(e.message().contains("\tat org."), "stack trace in error message: " + e);
        }
        for (Document d : c.documents) {
            assertNotNull(d.text());
            // giant documents are the pipeline fuzz's business (a few, on purpose); here the readers are
            if (d.text().length() <= PIPELINE_CHECK_MAX_CHARS) {
                PipelineCheck.check(d);
            }
        }
        return c;
    }

    @Provide
    Arbitrary<String> name() {
        return Arbitraries.of("a.txt", "a.html", "a.htm", "a.jsonl", "a.warc", "a.warc.gz", "a", "a.bin",
                "تقرير.txt", "\u202Eevil.txt", "x.TXT", ".hidden.txt");
    }

    @Property(tries = 300)
    void randomBytesBecomeDocumentsOrErrors(@ForAll byte[] bytes, @ForAll("name") String name) {
        read(bytes, name);
    }

    @Provide
    Arbitrary<byte[]> headed() {
        Arbitrary<byte[]> head = Arbitraries.of("", "\uFEFF", "{", "{\"text\":\"", "WARC/1.0\r\n", "<html><body><p>",
                "<!DOCTYPE html>", "\u001F\u008B", "%PDF-1.4\n", "PK\u0003\u0004", "\u00FF\u00FE", "\u00FE\u00FF")
                .map(s -> s.getBytes(StandardCharsets.ISO_8859_1));
        Arbitrary<byte[]> body = Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                NastyText.text(100).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                mixedEncodings());
        return Combinators.combine(head, body).as((h, b) -> concat(h, b));
    }

    @Property(tries = 300)
    void bytesBehindAFormatsMagicNeverEscape(@ForAll("headed") byte[] bytes, @ForAll("name") String name) {
        read(bytes, name);
    }

    /** Seed paragraphs, each encoded in UTF-8, Windows-1256 or ISO-8859-6, then glued. */
    @Provide
    Arbitrary<byte[]> mixedEncodings() {
        Arbitrary<Tuple.Tuple2<String, Charset>> part = Combinators.combine(paragraph(),
                Arbitraries.of(StandardCharsets.UTF_8, CP1256, ISO_8859_6)).as(Tuple::of);
        return part.list().ofMinSize(1).ofMaxSize(6).map(parts -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Tuple.Tuple2<String, Charset> p : parts) {
                out.writeBytes(encodable(p.get1(), p.get2()).getBytes(p.get2()));
                out.write('\n');
            }
            return out.toByteArray();
        });
    }

    @Property(tries = 200)
    void mixedArabicEncodingsAreReadOrRefusedByName(@ForAll("mixedEncodings") byte[] bytes) {
        Collected c = read(bytes, "mixed.txt");
        for (ReadError e : c.errors) {
            assertTrue(e.source().contains("mixed.txt"), e.toString());
        }
    }

    @Property(tries = 100)
    void aWholeArticleInOneArabicEncodingReadsBackExactly(@ForAll("paragraph") String p,
                                                          @ForAll("arabicCharset") Charset cs) {
        String text = encodable(p, cs).strip();
        Collected c = read(text.getBytes(cs), "one.txt");
        assertEquals(List.of(), c.errors);
        assertEquals(text, c.documents.get(0).text().strip(), "decoded as " + c.documents.get(0).charset());
    }

    @Provide
    Arbitrary<Charset> arabicCharset() {
        return Arbitraries.of(StandardCharsets.UTF_8, CP1256, ISO_8859_6);
    }

    @Property(tries = 50)
    void byteOrderMarksAreHonoured(@ForAll("paragraph") String p, @ForAll("bom") String bom) {
        Charset cs = switch (bom) {
            case "utf8" -> StandardCharsets.UTF_8;
            case "utf16le" -> StandardCharsets.UTF_16LE;
            default -> StandardCharsets.UTF_16BE;
        };
        byte[] mark = switch (bom) {
            case "utf8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "utf16le" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            default -> new byte[] {(byte) 0xFE, (byte) 0xFF};
        };
        Collected c = read(concat(mark, p.getBytes(cs)), "bom.txt");
        assertEquals(List.of(), c.errors);
        assertEquals(p.strip(), c.documents.get(0).text().replace("\uFEFF", "").strip());
    }

    @Provide
    Arbitrary<String> bom() {
        return Arbitraries.of("utf8", "utf16le", "utf16be");
    }

    @Provide
    Arbitrary<String> paragraph() {
        List<String> paragraphs = new ArrayList<>();
        for (Path f : Seeds.files()) {
            for (String para : Seeds.text(f.getFileName().toString().substring(0, 3)).split("\n\\s*\n")) {
                if (para.strip().length() > 40) {
                    paragraphs.add(para.strip());
                }
            }
        }
        return Arbitraries.of(paragraphs);
    }

    @Provide
    Arbitrary<String> jsonLine() {
        return Arbitraries.oneOf(
                Combinators.combine(NastyText.text(40), NastyText.text(5)).as((t, id) ->
                        "{\"id\":" + quote(id) + ",\"text\":" + quote(t) + ",\"title\":" + quote(id) + "}"),
                NastyText.text(40).map(t -> "{\"text\":" + quote(t) + ",\"published\":\"" + t.length() + "-99-99\"}"),
                Arbitraries.of("{", "{}", "[]", "null", "{\"text\":null}", "{\"text\":42}", "{\"text\":[\"a\"]}",
                        "{\"text\":{\"x\":1}}", "{\"text\":\"\"}", "{\"text\":\"\\ud800\"}", "{\"text\":\"\\u0000\"}",
                        "{\"text\":\"قصف\",\"id\":\"../../etc/passwd\"}", "{\"text\":\"قصف\",\"id\":\"\"}",
                        "{\"text\":\"قصف\",\"id\":\"a\\u0000b\"}", "{\"text\":\"a\"} trailing", "{\"text\":\"x\",\"text\":\"y\"}",
                        "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                        "{\"text\":\"" + "قصف ".repeat(20_000) + "\"}", "{\"text\":1e999999999}"));
    }

    @Property(tries = 200)
    void brokenJsonLinesFailLineByLine(@ForAll("jsonLineList") List<String> lines) {
        Collected c = read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "feed.jsonl");
        assertTrue(c.documents.size() + c.errors.size() >= 1);
    }

    @Provide
    Arbitrary<List<String>> jsonLineList() {
        return jsonLine().list().ofMinSize(1).ofMaxSize(8);
    }

    @Example
    void pathologicalPagesAreReadOrRefused() {
        String article = Seeds.text("004");
        String para = "<p>" + article.substring(0, 400) + "</p>";
        List<byte[]> pages = List.of(
                html("<div>".repeat(50_000) + para + "</div>".repeat(50_000)),
                html("<article>".repeat(5_000) + para + "</article>".repeat(5_000)),
                html("<b><i>".repeat(20_000) + para),
                html(para.repeat(5_000)),
                html("<table>" + "<tr><td>حلب</td><td>١٢</td></tr>".repeat(20_000) + "</table>" + para),
                html("<p>" + "قصف ".repeat(500_000) + "</p>"),
                html("<script>" + para + para),
                html("<!--" + para),
                html("<p title=\"" + "x".repeat(1_000_000) + "\">" + article + "</p>"),
                html("<p>" + "&amp;&#1602;&#x0635;&#99999999;&#xD800;&bogus;".repeat(5000) + "</p>" + para),
                html("<meta charset=\"utf-16\"><p>" + article + "</p>"),
                html("<meta charset=\"x-no-such-charset\"><p>" + article + "</p>"),
                ("<html><body><p>" + article.replace("\n", " ").repeat(30) + "</p>").getBytes(CP1256));
        for (int i = 0; i < pages.size(); i++) {
            Collected c = read(pages.get(i), "page" + i + ".html");
            assertTrue(c.documents.size() + c.errors.size() == 1, "page " + i);
        }
        // A giant single line of text, and one over the size limit.
        read(article.replace('\n', ' ').repeat(300).getBytes(StandardCharsets.UTF_8), "giant-line.txt");
        Collected big = read(new byte[5 * 1024 * 1024], "zeros.txt");
        assertEquals(1, big.errors.size());
        Collected over = read(article.repeat(1 + 5 * 1024 * 1024 / article.length()).getBytes(StandardCharsets.UTF_8),
                "over.txt");
        assertEquals(ReadError.TOO_LARGE, over.errors.get(0).reason());
    }

    @Example
    void brokenWarcAndGzipAreErrorsNotCrashes() throws IOException {
        String article = Seeds.text("000");
        byte[] record = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                + "WARC-Target-URI: http://example.org/a\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>" + article)
                .getBytes(StandardCharsets.UTF_8);
        read(record, "truncated.warc");
        byte[] gz = gzip(record);
        read(java.util.Arrays.copyOf(gz, gz.length / 2), "cut.warc.gz");
        read(concat(gz, new byte[] {1, 2, 3}), "trailing.warc.gz");
        read(gzip(new byte[0]), "empty.warc.gz");
        read(gzip("WARC/1.0\r\nContent-Length: -5\r\n\r\n".getBytes(StandardCharsets.US_ASCII)), "negative.warc.gz");
    }

    @Example
    void corpusFilesAreReadOrRefused() throws IOException {
        for (Path f : NastyText.corpusFiles("bytes")) {
            read(Files.readAllBytes(f), f.getFileName().toString());
        }
        for (Path f : NastyText.corpusFiles("text")) {
            read(Files.readAllBytes(f), f.getFileName().toString().replace(".esc", ".txt"));
        }
    }

    @Example
    void aFolderOfOddFilesIsReadFileByFile() throws IOException {
        Path dir = Files.createTempDirectory("rasid-fuzz");
        try {
            Files.writeString(dir.resolve("\u202Eتقرير.txt"), Seeds.text("000"));
            Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 0});
            Files.write(dir.resolve("empty.html"), new byte[0]);
            Files.createDirectories(dir.resolve(".git"));
            Files.writeString(dir.resolve(".git/secret.txt"), "قصف");
            Files.createDirectories(dir.resolve("deep/er/still"));
            Files.writeString(dir.resolve("deep/er/still/ok.txt"), Seeds.text("001"));
            Files.createSymbolicLink(dir.resolve("deep/loop"), dir);
            Files.writeString(dir.resolve("ignored.pdf"), "%PDF");
            Collected c = new Collected();
            READER.read(dir, c);
            assertEquals(2, c.documents.size(), "documents: " + c.documents.stream().map(Document::id).toList());
            assertEquals(2, c.errors.size(), "errors: " + c.errors);
            for (Document d : c.documents) {
                PipelineCheck.check(d);
            }
            Collected missing = new Collected();
            READER.read(dir.resolve("no-such-file.txt"), missing);
            assertEquals(ReadError.IO, missing.errors.get(0).reason());
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static byte[] html(String s) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>" + s
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    static String encodable(String s, Charset cs) {
        CharsetEncoder enc = cs.newEncoder();
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(enc.canEncode(c) ? c : ' ');
        }
        return b.toString();
    }

    static String quote(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }
}
