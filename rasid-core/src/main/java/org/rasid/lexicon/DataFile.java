package org.rasid.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads Rasid's data files (lexicons, gazetteer, triggers). A file is looked up first in the
 * folder named by the system property {@code rasid.data} (or env RASID_DATA), so an analyst can
 * point Rasid at an extended copy, then in the jar under {@code /rasid/data/}.
 *
 * <p>TSV format shared by all lexicons: UTF-8, one record per line, fields separated by a tab,
 * a first line of column names starting with "#", further lines starting with "#" are
 * comments, blank lines are skipped. Multi-valued fields use "|" between values.
 */
public final class DataFile {
    /** One TSV record with its column names, for reading fields by name. */
    public record Row(String file, int line, List<String> columns, String[] fields) {
        public String get(String column) {
            int i = columns.indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException(file + ": no column " + column);
            }
            return i < fields.length ? fields[i].trim() : "";
        }

        public String getOrNull(String column) {
            int i = columns.indexOf(column);
            String v = i >= 0 && i < fields.length ? fields[i].trim() : "";
            return v.isEmpty() ? null : v;
        }

        public List<String> list(String column) {
            String v = getOrNull(column);
            if (v == null) {
                return List.of();
            }
            // a loop, not a stream: every lexicon row reads its lists here at start-up, when a
            // stream pipeline runs cold (interpreted, then compiled) for each row
            List<String> out = new ArrayList<>(4);
            int from = 0;
            while (from <= v.length()) {
                int bar = v.indexOf('|', from);
                int to = bar < 0 ? v.length() : bar;
                String s = v.substring(from, to).trim();
                if (!s.isEmpty()) {
                    out.add(s);
                }
                from = to + 1;
            }
            return Collections.unmodifiableList(out);
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ":" + line + ": " + message);
        }
    }

    private DataFile() {
    }

    /** Whether the data folder (-Drasid.data or RASID_DATA) holds its own copy of a data file. */
    public static boolean overridden(String name) {
        String dir = System.getProperty("rasid.data", System.getenv("RASID_DATA"));
        return dir != null && !dir.isBlank() && Files.isRegularFile(Path.of(dir).resolve(name));
    }

    public static BufferedReader open(String name) {
        String dir = System.getProperty("rasid.data", System.getenv("RASID_DATA"));
        try {
            if (dir != null && !dir.isBlank()) {
                Path p = Path.of(dir).resolve(name);
                if (Files.isRegularFile(p)) {
                    return Files.newBufferedReader(p, StandardCharsets.UTF_8);
                }
            }
            InputStream in = DataFile.class.getResourceAsStream("/rasid/data/" + name);
            if (in == null) {
                throw new IllegalStateException("data file not found: " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open data file " + name, e);
        }
    }

    /** All records of a TSV data file; the header line ("#col1\tcol2…") names the columns. */
    public static List<Row> readTsv(String name) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = open(name)) {
            List<String> columns = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    if (columns == null) {
                        columns = Arrays.stream(line.substring(1).split("\t")).map(String::trim).toList();
                    }
                    continue;
                }
                if (columns == null) {
                    throw new IllegalArgumentException(name + ":" + n + ": header line (#col\\tcol…) missing");
                }
                rows.add(new Row(name, n, columns, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
        return rows;
    }
}
