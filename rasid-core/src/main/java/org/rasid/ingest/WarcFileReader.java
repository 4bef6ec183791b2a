package org.rasid.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Web archives (.warc, .warc.gz, read by jwarc): every response or resource record whose payload
 * is HTML or plain text becomes a document named by its WARC-Record-ID. Other records
 * (requests, metadata, images, scripts) are skipped; an unreadable record is an error for that
 * record alone, a corrupt archive stops at the damage.
 */
final class WarcFileReader {
    private final long maxBytes;
    private final ArabicCharsetDecoder decoder = new ArabicCharsetDecoder();
    private final HtmlExtractor html = new HtmlExtractor();

    WarcFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void read(InputStream in, String source, DocumentSink sink) {
        int records = 0;
        int pages = 0;
        try (WarcReader reader = new WarcReader(in)) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                records++;
                WarcRecord record = next.get();
                if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
                    continue;
                }
                WarcTargetRecord target = (WarcTargetRecord) record;
                String id = record.id().toString();
                String where = source + "#" + id;
                try {
                    MediaType type;
                    MessageBody body;
                    if (record instanceof WarcResponse response) {
                        if (!response.contentType().base().toString().equalsIgnoreCase("application/http")) {
                            continue;
                        }
                        HttpResponse http = response.http();
                        if (http.status() / 100 != 2) {
                            continue; // redirects and error pages are not articles
                        }
                        type = http.contentType();
                        body = http.bodyDecoded(); // chunked and gzip/deflate bodies decoded
                    } else {
                        type = record.contentType();
                        body = record.body();
                    }
                    String sub = type.subtype().toLowerCase(Locale.ROOT);
                    boolean isHtml = sub.equals("html") || sub.equals("xhtml+xml");
                    if (!isHtml && !(type.type().equalsIgnoreCase("text") && sub.equals("plain"))) {
                        continue;
                    }
                    pages++;
                    byte[] bytes = readLimited(body);
                    String declared = type.parameters().get("charset");
                    if (isHtml && declared == null) {
                        declared = HtmlExtractor.declaredCharset(bytes);
                    }
                    DecodedText decoded = decoder.decode(bytes, declared);
                    String url = target.target();
                    if (isHtml) {
                        HtmlExtractor.Page page = html.extract(decoded.text(), url);
                        sink.document(new Document(id, where, page.text(), page.title(),
                                url != null ? url : page.url(), page.outlet(), page.published(), decoded.charset()));
                    } else {
                        sink.document(new Document(id, where, decoded.text(), null, url, null, null,
                                decoded.charset()));
                    }
                } catch (ReadException e) {
                    sink.error(e.toError(where));
                }
            }
            if (pages == 0) {
                // a bare "WARC/1.0" header, an empty archive or one of requests only would vanish without a word
                sink.error(new ReadError(source, ReadError.EMPTY, "no article in this WARC file (" + records
                        + " records, none a response or resource holding text or HTML)"));
            }
        } catch (IOException | RuntimeException e) {
            sink.error(new ReadError(source, ReadError.BAD_RECORD, "not a readable WARC file after "
                    + records + " records: " + withoutDump(e.getMessage())));
        }
    }

    private byte[] readLimited(MessageBody body) throws IOException, ReadException {
        InputStream s = body.stream();
        byte[] bytes = s.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new ReadException(ReadError.TOO_LARGE, "record payload is over the size limit of " + maxBytes
                    + " bytes (--max-bytes)");
        }
        return bytes;
    }

    /** jwarc's parse errors end in an escaped dump of the bytes around the fault: keep the sentence only. */
    static String withoutDump(String message) {
        if (message == null) {
            return "unreadable";
        }
        int dump = message.indexOf(": WARC/");
        int here = message.indexOf("<-- HERE -->");
        String m = dump >= 0 && here > dump ? message.substring(0, dump) : message;
        m = m.replaceAll("(\\\\x[0-9a-fA-F]+)+", "…");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
