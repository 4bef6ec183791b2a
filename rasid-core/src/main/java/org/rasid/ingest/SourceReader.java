package org.rasid.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads what a user names: files (.txt, .html/.htm, .jsonl, .warc, .warc.gz), folders
 * (recursively, in name order, hidden entries skipped) and "-" for stdin. Every input that
 * cannot be read yields one {@link ReadError} naming it, and reading goes on with the rest.
 *
 * <p>The size limit applies to one document: a text or HTML file, a JSON line, a WARC record.
 * Archives and JSON Lines files themselves may be larger.
 */
public final class SourceReader {
    /** Default per-document size limit: far above any news article, far below a runaway file. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    enum Format { TEXT, HTML, JSONL, WARC }

    private final long maxBytes;
    private final ArabicCharsetDecoder decoder = new ArabicCharsetDecoder();
    private final HtmlExtractor html = new HtmlExtractor();
    private final JsonLinesReader jsonl;
    private final WarcFileReader warc;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.jsonl = new JsonLinesReader(maxBytes);
        this.warc = new WarcFileReader(maxBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads each input in order; "-" is standard input. */
    public void read(List<String> inputs, DocumentSink sink) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStream(System.in, "stdin", "stdin", sink);
            } else {
                read(Path.of(input), sink);
            }
        }
    }

    /** A file or, recursively, a folder. */
    public void read(Path path, DocumentSink sink) {
        if (Files.isDirectory(path)) {
            for (Path f : filesUnder(path, sink)) {
                Format format = formatOf(f);
                if (format != null) {
                    readFile(f, format, sink);
                }
            }
        } else {
            readFile(path, formatOf(path), sink);
        }
    }

    /** Everything on a stream, its format found from its first bytes. */
    public void readStream(InputStream in, String source, String id, DocumentSink sink) {
        try {
            BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
            b.mark(4096);
            byte[] head = b.readNBytes(4096);
            b.reset();
            Format format = sniff(head);
            if (format == Format.JSONL) {
                jsonl.read(b, source, id, sink);
            } else if (format == Format.WARC) {
                warc.read(b, source, sink);
            } else {
                byte[] bytes = b.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    sink.error(tooLarge(source, -1));
                    return;
                }
                sink.document(decodeDocument(bytes, format, id, source));
            }
        } catch (ReadException e) {
            sink.error(e.toError(source));
        } catch (IOException e) {
            sink.error(new ReadError(source, ReadError.IO, "cannot read: " + e.getMessage()));
        }
    }

    private void readFile(Path f, Format format, DocumentSink sink) {
        String source = f.toString();
        try {
            if (!Files.exists(f)) {
                throw new NoSuchFileException(source);
            }
            if (format == null) {
                try (InputStream in = Files.newInputStream(f)) {
                    readStream(in, source, stem(f), sink); // named explicitly: let the content decide
                }
                return;
            }
            switch (format) {
                case JSONL -> {
                    try (InputStream in = Files.newInputStream(f)) {
                        jsonl.read(in, source, stem(f), sink);
                    }
                }
                case WARC -> {
                    try (InputStream in = Files.newInputStream(f)) {
                        warc.read(in, source, sink);
                    }
                }
                default -> {
                    long size = Files.size(f);
                    if (size > maxBytes) {
                        sink.error(tooLarge(source, size));
                        return;
                    }
                    sink.document(decodeDocument(Files.readAllBytes(f), format, stem(f), source));
                }
            }
        } catch (ReadException e) {
            sink.error(e.toError(source));
        } catch (NoSuchFileException e) {
            sink.error(new ReadError(source, ReadError.IO, "no such file or folder"));
        } catch (IOException e) {
            sink.error(new ReadError(source, ReadError.IO, "cannot read: " + e));
        }
    }

    /** Bytes of one text or HTML document into a Document. */
    Document decodeDocument(byte[] bytes, Format format, String id, String source) throws ReadException {
        if (format == Format.HTML) {
            DecodedText d = decoder.decode(bytes, HtmlExtractor.declaredCharset(bytes));
            HtmlExtractor.Page page = html.extract(d.text(), null);
            return new Document(id, source, page.text(), page.title(), page.url(), page.outlet(), page.published(),
                    d.charset());
        }
        DecodedText d = decoder.decode(bytes, null);
        return new Document(id, source, d.text(), null, null, null, null, d.charset());
    }

    private ReadError tooLarge(String source, long size) {
        return new ReadError(source, ReadError.TOO_LARGE, (size >= 0 ? size + " bytes is" : "input is")
                + " over the size limit of " + maxBytes + " bytes (raise it with --max-bytes)");
    }

    private static List<Path> filesUnder(Path dir, DocumentSink sink) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(p -> !hidden(dir.relativize(p))).sorted().forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.error(new ReadError(dir.toString(), ReadError.IO, "cannot list folder: " + e.getMessage()));
        }
        return out;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The format a file name says, or null when it says nothing Rasid reads. */
    static Format formatOf(Path f) {
        String n = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Format.TEXT;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Format.JSONL;
        }
        if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
            return Format.WARC;
        }
        return null;
    }

    static Format sniff(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return Format.WARC;
        }
        String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3).stripLeading();
        }
        if (s.startsWith("WARC/")) {
            return Format.WARC;
        }
        if (s.startsWith("{")) {
            return Format.JSONL;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
                || lower.startsWith("<body") || (lower.startsWith("<") && lower.contains("<p"))) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    /** File name without its extension(s): the document id. */
    static String stem(Path f) {
        String n = f.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc.gz")) {
            return n.substring(0, n.length() - 8);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Reads bytes as if they were a file of that name (for tests and the HTTP endpoint). */
    public void readBytes(byte[] bytes, String name, DocumentSink sink) {
        readStream(new ByteArrayInputStream(bytes), name, stem(Path.of(name)), sink);
    }
}
