package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir
    Path dir;

    static Path seeds() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("examples/seeds"))) {
            p = p.getParent();
        }
        return p.resolve("examples/seeds");
    }

    static String[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new String[] {Integer.toString(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void ingestsTheSeedsOnceAndCountsDuplicatesTheSecondTime() throws Exception {
        Path data = dir.resolve("data");
        String[] first = run("ingest", seeds().toString(), "--data", data.toString());
        assertEquals("0", first[0], first[2]);
        assertTrue(first[1].contains("files 5, documents 5"), first[1]);
        assertTrue(first[2].contains("100%"), "progress bar on stderr: " + first[2]);
        String[] again = run("ingest", seeds().toString(), "--data", data.toString());
        assertEquals("0", again[0], again[2]);
        assertTrue(again[1].contains("documents 0, stories 0, events 0, duplicates 5"), again[1]);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("rasid.db"));
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM documents")) {
            rs.next();
            assertEquals(5, rs.getInt(1));
        }
    }

    @Test
    void reportsBadInputsAndKeepsGoing() throws Exception {
        Path bad = dir.resolve("in");
        Files.createDirectories(bad);
        Files.write(bad.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0});
        Files.copy(seeds().resolve("001_fae6d0f5455e8ef5.txt"), bad.resolve("001.txt"));
        String[] r = run("ingest", bad.toString(), dir.resolve("missing").toString(), "--data", dir.resolve("d").toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("binary.txt") && r[2].contains("missing"), r[2]);
        assertTrue(r[1].contains("documents 1") && r[1].contains("errors 2"), r[1]);
    }

    @Test
    void exportsWhatWasIngested() throws Exception {
        Path data = dir.resolve("data");
        assertEquals("0", run("ingest", seeds().toString(), "--data", data.toString())[0]);
        for (String f : new String[] {"acled-csv", "geojson", "jsonl", "gpkg"}) {
            Path out = dir.resolve("out." + f);
            String[] r = run("export", "--format", f, "--out", out.toString(), "--data", data.toString());
            assertEquals("0", r[0], r[2]);
            assertTrue(Files.exists(out), f);
        }
        int events;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("rasid.db"));
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM events")) {
            rs.next();
            events = rs.getInt(1);
        }
        assertTrue(Files.readString(dir.resolve("out.acled-csv")).startsWith("event_id_cnty,event_date,year,"));
        assertEquals(events, Files.readAllLines(dir.resolve("out.jsonl")).size());
        assertEquals(events, new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("out.geojson").toFile())
                .get("features").size());
        String[] bad = run("export", "--format", "shapefile", "--out", dir.resolve("x").toString(), "--data", data.toString());
        assertTrue(!bad[0].equals("0"));
        String[] badDate = run("export", "--format", "jsonl", "--out", "-", "--from", "July", "--data", data.toString());
        assertTrue(!badDate[0].equals("0") && badDate[2].contains("from"), badDate[2]);
    }

    @Test
    void demoIngestsTheSampleCorpusWithoutServing() throws Exception {
        String[] r = run("demo", "--no-serve", "--data", dir.resolve("demo").toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("documents 5"), r[1]);
    }

    @Test
    void exportAndServeNameAFolderThatHoldsNoStoreAndCreateNothing() throws Exception {
        Path empty = dir.resolve("rasid-data");
        String[] export = run("export", "--format", "jsonl", "--out", "-", "--data", empty.toString());
        assertEquals("1", export[0]);
        assertTrue(export[2].contains("no Rasid store in " + empty.toAbsolutePath()), export[2]);
        assertTrue(!Files.exists(empty), "export created the folder it was asked to read");
        String[] serve = run("serve", "--port", "0", "--data", empty.toString());
        assertEquals("1", serve[0]);
        assertTrue(serve[2].contains("no Rasid store in " + empty.toAbsolutePath()), serve[2]);
        assertTrue(!Files.exists(empty), "serve created the folder it was asked to read");
    }

    @Test
    void aDataFolderThatIsAFileIsAClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        for (String command : new String[] {"ingest", "export"}) {
            String[] r = command.equals("ingest") ? run("ingest", seeds().toString(), "--data", file.toString())
                    : run("export", "--format", "jsonl", "--out", "-", "--data", file.toString());
            assertEquals("1", r[0], command);
            assertTrue(r[2].contains(file.toAbsolutePath() + " is a file, not a folder"), command + ": " + r[2]);
        }
    }
}
