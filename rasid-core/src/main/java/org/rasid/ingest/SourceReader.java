package org.rasid.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
    private final FolderWalker walker;
    /** Identities of files this run writes (its --out, its stdout): never read as input. */
    private final Set<Object> outputs = new HashSet<>();

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceReader(long maxBytes) {
        this(maxBytes, new FolderWalker());
    }

    SourceReader(long maxBytes, FolderWalker walker) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.jsonl = new JsonLinesReader(maxBytes);
        this.warc = new WarcFileReader(maxBytes);
        this.walker = walker;
    }

    /**
     * Never reads this file (compared by identity, so any name or link to it counts), as tar
     * skips its own archive: a run writing into the folder it reads would read its own growing
     * output. A path that does not exist or cannot be examined is ignored.
     */
    public SourceReader skipping(Path output) {
        try {
            BasicFileAttributes a = Files.readAttributes(output, BasicFileAttributes.class);
            if (a.isRegularFile() && a.fileKey() != null) { // a terminal or pipe is no file to protect
                outputs.add(a.fileKey());
            }
        } catch (IOException e) {
            // nothing there to protect
        }
        return this;
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
            for (FolderWalker.Entry f : walker.walk(path, sink)) {
                Format format = formatOf(f.path());
                if (format != null) {
                    readFile(f.path(), format, f.size(), sink);
                }
            }
        } else {
            readFile(path, formatOf(path), -1, sink);
        }
    }

    /** The files of a folder this reader would read, in reading order (errors and notices to the sink). */
    public List<Path> filesUnder(Path dir, DocumentSink sink) {
        return walker.walk(dir, sink).stream().map(FolderWalker.Entry::path).filter(f -> formatOf(f) != null)
                .toList();
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

    /**
     * One file; a regular file is read only up to {@code size} (its size when its folder was
     * listed, or now when -1), so a file that grows while it is read cannot keep the run going.
     * Anything else (a pipe, /dev/stdin) is read as a stream: it cannot seek.
     */
    private void readFile(Path f, Format format, long size, DocumentSink sink) {
        String source = f.toString();
        try {
            BasicFileAttributes attrs = Files.readAttributes(f, BasicFileAttributes.class);
            if (attrs.isRegularFile() && attrs.fileKey() != null && outputs.contains(attrs.fileKey())) {
                sink.notice(source, "skipped: it is this run's output");
                return;
            }
            boolean regular = attrs.isRegularFile();
            long limit = regular ? (size >= 0 ? Math.min(size, attrs.size()) : attrs.size()) : Long.MAX_VALUE;
            // FileInputStream, not a channel, for pipes; wrapped because its own readNBytes seeks
            try (InputStream in = new CappedInputStream(regular ? Files.newInputStream(f)
                    : new FileInputStream(f.toFile()), limit)) {
                if (format == null) {
                    readStream(in, source, stem(f), sink); // named explicitly: let the content decide
                } else if (format == Format.JSONL) {
                    jsonl.read(in, source, stem(f), sink);
                } else if (format == Format.WARC) {
                    warc.read(in, source, sink);
                } else if (regular && limit > maxBytes) {
                    sink.error(tooLarge(source, limit));
                } else {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    if (bytes.length > maxBytes) {
                        sink.error(tooLarge(source, -1));
                        return;
                    }
                    sink.document(decodeDocument(bytes, format, stem(f), source));
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
