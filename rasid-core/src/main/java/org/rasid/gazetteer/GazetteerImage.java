package org.rasid.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.rasid.lexicon.DataFile;
import org.rasid.text.PhraseMatcher;

/**
 * The gazetteer compiled at build time (gazetteer/gazetteer.bin, docs/data-formats.md): the places
 * with their names, the index of normalised names and {@link ToponymMatcher}'s phrases with their
 * words, as {@link Gazetteer#of} and the matcher work them out from geonames.tsv and supplement.tsv.
 * Reading it at start-up replaces parsing, checking, normalising and tokenising some 5,000 rows,
 * which was a third of a one-page run's Java time. The TSV files stay the source: the build
 * writes this file from them ({@link #main}), and a run whose data folder (-Drasid.data) has its
 * own copy of a gazetteer file reads the TSV files instead.
 */
public final class GazetteerImage {
    static final String RESOURCE = "gazetteer/gazetteer.bin";
    private static final int MAGIC = 0x52474a32; // "RGZ2"
    /** The data files the compiled form is made of (region.tsv checks the supplement's admin1 codes). */
    private static final List<String> SOURCES = List.of(Gazetteer.GEONAMES, Gazetteer.SUPPLEMENT, "region.tsv");

    private GazetteerImage() {
    }

    /** The compiled gazetteer of the jar, or null when there is none or the data folder overrides a source. */
    static Gazetteer bundled() {
        for (String s : SOURCES) {
            if (DataFile.overridden(s)) {
                return null;
            }
        }
        java.net.URL url = GazetteerImage.class.getResource("/rasid/data/" + RESOURCE);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            // a jar is made by package, which writes the compiled form after the sources: only a class
            // folder can hold a stale one, and only there is the check worth its reading of the sources
            return "jar".equals(url.getProtocol()) || current(bytes) ? read(bytes) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Whether a compiled form was made from the source files the classpath holds now. A build that stops
     * at {@code compile} (an IDE's, or {@code mvn compile}) copies edited TSV files into the class folder
     * without rewriting the compiled form; a stale one is then passed over for the TSV files, never read
     * as if it were current.
     */
    static boolean current(byte[] bytes) {
        return bytes.length >= Integer.BYTES + Long.BYTES && ByteBuffer.wrap(bytes).getInt() == MAGIC
                && ByteBuffer.wrap(bytes).getLong(Integer.BYTES) == sourcesChecksum();
    }

    /** CRC-32 of the source files' bytes as the classpath holds them, in {@link #SOURCES}' order. */
    static long sourcesChecksum() {
        CRC32 crc = new CRC32();
        for (String s : SOURCES) {
            try (InputStream in = GazetteerImage.class.getResourceAsStream("/rasid/data/" + s)) {
                if (in != null) {
                    crc.update(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + s, e);
            }
        }
        return crc.getValue();
    }

    /**
     * Writes the gazetteer of the TSV files to {@code args[0]} (run by the build). With a data folder
     * that overrides a source, writes nothing (and removes an older file): runs read the TSV files.
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        for (String s : SOURCES) {
            if (DataFile.overridden(s)) {
                Files.deleteIfExists(out);
                System.err.println("GazetteerImage: the data folder overrides " + s + "; no " + RESOURCE + " written");
                return;
            }
        }
        Gazetteer g = Gazetteer.of(DataFile.readTsv(Gazetteer.GEONAMES), DataFile.readTsv(Gazetteer.SUPPLEMENT));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, write(g));
    }

    /** The compiled form of a gazetteer (read from TSV: its matcher phrases are worked out here). */
    static byte[] write(Gazetteer g) {
        List<Place> places = new ArrayList<>(g.places());
        Map<Place, Integer> number = new IdentityHashMap<>();
        for (Place p : places) {
            number.put(p, number.size());
        }
        Map<String, Integer> strings = new LinkedHashMap<>();
        ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream();
        try (DataOutputStream body = new DataOutputStream(bodyBytes)) {
            body.writeInt(places.size());
            for (Place p : places) {
                for (String s : new String[] {p.id(), p.nameAr(), p.nameEn(), p.kind(), p.admin1(), p.admin2(), p.source()}) {
                    body.writeInt(ref(strings, s));
                }
                body.writeDouble(p.latitude());
                body.writeDouble(p.longitude());
                body.writeLong(p.population());
                Set<String> names = g.names(p.id());
                body.writeInt(names.size());
                for (String n : names) {
                    body.writeInt(ref(strings, n));
                }
            }
            Map<String, List<Place>> index = g.nameIndex();
            body.writeInt(index.size());
            for (Map.Entry<String, List<Place>> e : index.entrySet()) {
                body.writeInt(ref(strings, e.getKey()));
                body.writeInt(e.getValue().size());
                for (Place p : e.getValue()) {
                    body.writeInt(number.get(p));
                }
            }
            List<ToponymMatcher.Entry> entries = g.matcherEntries();
            body.writeInt(entries.size());
            for (ToponymMatcher.Entry e : entries) {
                body.writeInt(ref(strings, e.key().phrase()));
                body.writeInt(e.key().words().size());
                for (String w : e.key().words()) {
                    body.writeInt(ref(strings, w));
                }
                body.writeInt(number.get(e.place()));
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            DataOutputStream head = new DataOutputStream(all);
            head.writeInt(MAGIC);
            head.writeLong(sourcesChecksum());
            head.writeInt(strings.size());
            for (String s : strings.keySet()) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                head.writeInt(b.length);
                head.write(b);
            }
            head.flush();
            body.flush();
            bodyBytes.writeTo(all);
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int ref(Map<String, Integer> strings, String s) {
        if (s == null) {
            return -1;
        }
        Integer i = strings.get(s);
        if (i == null) {
            i = strings.size();
            strings.put(s, i);
        }
        return i;
    }

    /** The gazetteer of a compiled form. */
    static Gazetteer read(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getInt() != MAGIC) {
            throw new IllegalStateException(RESOURCE + " is not a compiled gazetteer");
        }
        in.getLong(); // the sources' checksum: bundled() has compared it
        // one small method per record, not one loop body: the JIT compiles a method after a few hundred
        // calls, where a long loop in one method ran interpreted until its on-stack replacement
        String[] strings = new String[in.getInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = utf8(bytes, in);
        }
        int count = in.getInt();
        List<Place> places = new ArrayList<>(count);
        List<Set<String>> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            places.add(place(strings, in));
            names.add(names(strings, in));
        }
        int keys = in.getInt();
        Map<String, List<Place>> index = new LinkedHashMap<>();
        for (int i = 0; i < keys; i++) {
            index.put(string(strings, in), placeList(places, in));
        }
        int phrases = in.getInt();
        List<ToponymMatcher.Entry> entries = new ArrayList<>(phrases);
        for (int i = 0; i < phrases; i++) {
            entries.add(entry(strings, places, in));
        }
        if (in.hasRemaining()) {
            throw new IllegalStateException(RESOURCE + ": " + in.remaining() + " bytes after the end");
        }
        return Gazetteer.restored(places, names, index, List.copyOf(entries));
    }

    private static String utf8(byte[] bytes, ByteBuffer in) {
        int length = in.getInt();
        String s = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    private static Place place(String[] strings, ByteBuffer in) {
        String id = string(strings, in);
        String nameAr = string(strings, in);
        String nameEn = string(strings, in);
        String kind = string(strings, in);
        String admin1 = string(strings, in);
        String admin2 = string(strings, in);
        String source = string(strings, in);
        return new Place(id, nameAr, nameEn, kind, admin1, admin2, in.getDouble(), in.getDouble(), in.getLong(), source);
    }

    private static Set<String> names(String[] strings, ByteBuffer in) {
        int n = in.getInt();
        Set<String> own = new LinkedHashSet<>();
        for (int j = 0; j < n; j++) {
            own.add(string(strings, in));
        }
        return own;
    }

    private static List<Place> placeList(List<Place> places, ByteBuffer in) {
        int n = in.getInt();
        List<Place> list = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            list.add(places.get(in.getInt()));
        }
        return list;
    }

    private static ToponymMatcher.Entry entry(String[] strings, List<Place> places, ByteBuffer in) {
        String phrase = string(strings, in);
        String[] words = new String[in.getInt()];
        for (int j = 0; j < words.length; j++) {
            words[j] = string(strings, in);
        }
        return new ToponymMatcher.Entry(new PhraseMatcher.Key(phrase, List.of(words)), places.get(in.getInt()));
    }

    private static String string(String[] strings, ByteBuffer in) {
        int i = in.getInt();
        return i < 0 ? null : strings[i];
    }
}
