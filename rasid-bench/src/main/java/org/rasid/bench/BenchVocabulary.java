package org.rasid.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;

/**
 * What the benchmark corpus generator may vary: outlets, and the place names it swaps into
 * the seed texts. Read from the data file {@code bench-vocabulary.tsv} and, when the project
 * holds them, from the gazetteer data files that file names (kind {@code place_file}), so the
 * generated corpus names the same places Rasid's gazetteer knows.
 */
public final class BenchVocabulary {
    /** An outlet generated articles are attributed to. */
    public record Outlet(String name, String host) {
    }

    /** A place name as written, with its gazetteer id and governorate when known (else null). */
    public record PlaceName(String name, String id, String admin1) {
    }

    static final String FILE = "bench-vocabulary.tsv";

    private final List<Outlet> outlets;
    private final List<String> placeCues;
    private final Map<String, PlaceName> places;
    private final Map<String, List<String>> wordLists;

    BenchVocabulary(List<Outlet> outlets, List<String> placeCues, Map<String, PlaceName> places) {
        this(outlets, placeCues, places, Map.of());
    }

    BenchVocabulary(List<Outlet> outlets, List<String> placeCues, Map<String, PlaceName> places,
            Map<String, List<String>> wordLists) {
        if (outlets.size() < 2) {
            throw new IllegalArgumentException(FILE + ": at least two outlets are needed to make cross-outlet duplicates");
        }
        this.outlets = List.copyOf(outlets);
        this.placeCues = List.copyOf(placeCues);
        this.places = places;
        this.wordLists = wordLists;
    }

    /** Loads the vocabulary from the data files (see docs/data-formats.md). */
    public static BenchVocabulary load() {
        List<Outlet> outlets = new ArrayList<>();
        List<String> cues = new ArrayList<>();
        Map<String, PlaceName> places = new LinkedHashMap<>();
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.readTsv(FILE)) {
            String kind = row.get("kind");
            switch (kind) {
                case "outlet" -> outlets.add(new Outlet(row.get("value"), row.get("extra")));
                case "place_cue" -> cues.add(ArabicNormalizer.normalizeTerm(row.get("value")));
                case "place_file" -> readPlaceFile(row, places);
                case "query_word", "store_outlet" -> words.computeIfAbsent(kind, k -> new ArrayList<>()).add(row.get("value"));
                case "lexicon" -> {
                }
                default -> throw row.error("unknown kind " + kind);
            }
        }
        return new BenchVocabulary(outlets, cues, places, words);
    }

    /**
     * A plain word list of the file, in file order: {@code query_word} (search terms of the API
     * bench), {@code store_outlet} (outlets of the synthetic store corpus).
     */
    public List<String> words(String kind) {
        List<String> w = wordLists.get(kind);
        if (w == null || w.isEmpty()) {
            throw new IllegalStateException(FILE + ": no rows of kind " + kind);
        }
        return w;
    }

    /**
     * A gazetteer TSV: extra names its columns "id,name,admin1", optionally followed by a filter
     * "column=value" (only Syrian rows of a world file); a missing file is skipped.
     */
    private static void readPlaceFile(DataFile.Row row, Map<String, PlaceName> places) {
        String[] cols = row.get("extra").split(",");
        if (cols.length != 3 && cols.length != 4) {
            throw row.error("place_file needs extra=\"idColumn,nameColumn,admin1Column[,column=value]\"");
        }
        String[] filter = cols.length == 4 ? cols[3].split("=", 2) : null;
        List<DataFile.Row> rows;
        try {
            rows = DataFile.readTsv(row.get("value"));
        } catch (IllegalStateException missing) {
            return; // that gazetteer file is not part of this build
        }
        for (DataFile.Row p : rows) {
            if (filter != null && !filter[1].equals(p.getOrNull(filter[0]))) {
                continue;
            }
            String name = p.getOrNull(cols[1]);
            if (name != null && name.length() >= 3) {
                places.putIfAbsent(ArabicNormalizer.normalizeTerm(name),
                        new PlaceName(name, p.getOrNull(cols[0]), p.getOrNull(cols[2])));
            }
        }
    }

    /**
     * The phrases of a named lexicon (kind {@code lexicon}: value = name, extra =
     * "file.tsv:column,column"), every value of every listed column, for micro-benchmarks.
     *
     * @throws IllegalStateException when this build has no such lexicon or its file is missing
     */
    public static List<String> lexicon(String name) {
        List<String> out = new ArrayList<>();
        boolean named = false;
        for (DataFile.Row row : DataFile.readTsv(FILE)) {
            if (row.get("kind").equals("lexicon") && row.get("value").equals(name)) {
                named = true;
                String[] spec = row.get("extra").split(":", 2);
                if (spec.length != 2) {
                    throw row.error("lexicon needs extra=\"file.tsv:column,column\"");
                }
                for (DataFile.Row r : DataFile.readTsv(spec[0])) {
                    for (String col : spec[1].split(",")) {
                        out.addAll(r.list(col.trim()));
                    }
                }
            }
        }
        if (!named) {
            throw new IllegalStateException(FILE + " names no lexicon " + name);
        }
        return out;
    }

    public List<Outlet> outlets() {
        return outlets;
    }

    /** Normalised words after which the seeds name a place (بلدة، قرية، حي …). */
    public List<String> placeCues() {
        return placeCues;
    }

    /** Gazetteer place names by normalised name; empty when no gazetteer file is present. */
    public Map<String, PlaceName> places() {
        return places;
    }
}
