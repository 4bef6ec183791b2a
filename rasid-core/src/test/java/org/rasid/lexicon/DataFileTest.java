package org.rasid.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFileTest {
    private static DataFile.Row row(String field) {
        return new DataFile.Row("t.tsv", 2, List.of("id", "names"), new String[] {"x", field});
    }

    /** What list() returned before it was a loop: split on "|", trimmed, empty values dropped. */
    private static List<String> streamed(String field) {
        String v = field.trim();
        if (v.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(v.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void listSplitsOnBarsTrimsAndDropsEmptyValues() {
        for (String f : List.of("", " ", "a", "a|b", " a | b ", "a||b", "|a|", "||", "| |", "a|", "|", "a b|c d ")) {
            assertEquals(streamed(f), row(f).list("names"), "'" + f + "'");
        }
        assertEquals(List.of("a", "b"), row(" a | | b|").list("names"));
    }

    @Test
    void listIsReadOnly() {
        assertThrows(UnsupportedOperationException.class, () -> row("a|b").list("names").add("c"));
    }

    @Test
    void realFilesReadTheirLists() {
        // every row of a lexicon with lists, read both ways
        for (DataFile.Row r : DataFile.readTsv("gazetteer/supplement.tsv")) {
            String v = r.getOrNull("variants");
            assertEquals(v == null ? List.of() : streamed(v), r.list("variants"), "line " + r.line());
        }
    }
}
