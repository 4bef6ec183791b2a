package org.rasid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of {@code rasid ingest}: a child JVM ingesting a generated corpus is killed with
 * SIGKILL at random points, several times, and restarted. After every kill each document the
 * store holds must be whole (its stories, events, evidence and sources exactly as an
 * uninterrupted ingest stores them) and nothing may be half written; the resumed ingest must
 * end with exactly the events of the uninterrupted one, and search must find the same stories.
 */
class IngestCrashTest {
    // enough documents that a faster pipeline still leaves room for the kills to land mid-ingest
    private static final int DOCUMENTS = 60;
    private static final int KILLS = 5;

    @TempDir
    Path tmp;
    private static String classpath;

    /**
     * The test class path for the child JVMs, with this project's own jars copied aside first:
     * a jar in the shared local Maven repository can be replaced by another build while the
     * test runs, and a child must run exactly the code under test.
     */
    static String childClasspath(Path dir) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Files.createDirectories(dir);
        List<String> out = new ArrayList<>();
        for (String entry : cp.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && entry.replace('\\', '/').contains("/org/rasid/") && Files.isRegularFile(p)) {
                Path copy = dir.resolve(p.getFileName());
                Files.copy(p, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                out.add(copy.toString());
            } else {
                out.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    @Test
    void killedIngestsResumeToTheSameStore() throws Exception {
        classpath = childClasspath(tmp.resolve("cp"));
        Path corpus = generateCorpus(tmp.resolve("corpus"), DOCUMENTS);
        Path reference = tmp.resolve("reference");
        long t0 = System.nanoTime();
        assertEquals(0, runToEnd(reference, corpus), () -> "uninterrupted ingest failed: " + log(reference));
        long referenceMillis = (System.nanoTime() - t0) / 1_000_000;
        Map<String, String> expected = snapshot(reference);
        assertEquals(DOCUMENTS, documents(expected).size(), "reference ingest stored every document");

        Path crashed = tmp.resolve("crashed");
        Random random = new Random(Long.getLong("rasid.crash.seed", System.nanoTime()));
        Map<String, String> before = new TreeMap<>();
        int kills = 0;
        for (int round = 0; round < KILLS * 3 && kills < KILLS; round++) {
            Process p = start(crashed, corpus);
            int stored = documents(before).size();
            // spread the kills over what is left, so the last ones still land before the child ends
            int target = stored + 1 + random.nextInt(Math.max(1, (DOCUMENTS - stored) / (2 * (KILLS - kills))));
            // wait until the child has committed `target` documents, plus a random slice of the next one
            boolean ended = waitFor(p, crashed, target);
            if (ended) {
                break; // it finished before we could kill it: the corpus is in
            }
            Thread.sleep(random.nextInt(120));
            p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
            p.waitFor(30, TimeUnit.SECONDS);
            kills++;
            Map<String, String> after = written(snapshot(crashed));
            assertIntact(written(expected), after, "after kill " + kills);
            assertMerged(crashed, "after kill " + kills);
            for (Map.Entry<String, String> e : before.entrySet()) {
                assertEquals(e.getValue(), after.get(e.getKey()), "kill " + kills + " changed committed rows " + e.getKey());
            }
            before = after;
        }
        assertEquals(0, runToEnd(crashed, corpus), () -> "resumed ingest failed: " + log(crashed));
        Map<String, String> end = snapshot(crashed);
        assertIntact(expected, end, "after resume");
        assertEquals(expected, end, "resumed ingest differs from the uninterrupted one");
        // the search index caught up with every document the killed runs committed
        for (String q : List.of("حلب", "قصف", "تقرير", "إدلب")) {
            assertEquals(hits(reference, q), hits(crashed, q), "search for " + q + " after resume");
        }
        System.out.printf("crash safety: %d kills survived, %d documents, %d rows compared (one whole ingest: %d ms)%n",
                kills, DOCUMENTS, end.size(), referenceMillis);
        assertTrue(kills >= 3, "too few kills landed: " + kills);
    }

    /**
     * The rows a document's transaction writes once and no later document changes: the document,
     * its stories, its reports (with the event each joined). An event's own rows belong to its
     * first document and change when later reports join it (issue 15: a paragraph repeating
     * another document is such a report), so they are compared when the ingest has ended.
     */
    private static Map<String, String> written(Map<String, String> rows) {
        Map<String, String> out = new TreeMap<>();
        rows.forEach((k, v) -> {
            if (k.startsWith("documents|") || k.startsWith("stories|") || k.startsWith("reports|")) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** No half merge: every report's event is stored and every stored event has its reports. */
    private static void assertMerged(Path data, String when) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("rasid.db") + "?open_mode=1");
             Statement s = c.createStatement()) {
            for (String q : List.of("SELECT COUNT(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM events e"
                    + " WHERE e.id = r.event_id)", "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM"
                    + " reports r WHERE r.event_id = e.id)", "SELECT COUNT(*) FROM events e WHERE e.source_count <>"
                    + " (SELECT COUNT(*) FROM sources s WHERE s.event_id = e.id)")) {
                try (ResultSet rs = s.executeQuery(q)) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), when + ": " + q);
                }
            }
        }
    }

    /** Every row the crashed store holds matches the reference, and each document is whole. */
    private static void assertIntact(Map<String, String> expected, Map<String, String> actual, String when) {
        for (String doc : documents(actual)) {
            Map<String, String> want = rowsOf(expected, doc);
            Map<String, String> got = rowsOf(actual, doc);
            if (!want.equals(got)) {
                StringBuilder diff = new StringBuilder();
                for (String k : new java.util.TreeSet<>(union(want.keySet(), got.keySet()))) {
                    if (!java.util.Objects.equals(want.get(k), got.get(k))) {
                        diff.append("\n  ").append(k).append(": uninterrupted=").append(clip(want.get(k)))
                                .append(" | here=").append(clip(got.get(k)));
                    }
                }
                throw new AssertionError(when + ": document " + doc + " differs from an uninterrupted ingest:" + diff);
            }
        }
        for (String key : actual.keySet()) {
            String doc = key.split("\\|", 3)[1];
            assertTrue(actual.containsKey("documents|" + doc + "|1"), when + ": orphan row " + key);
        }
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String clip(String s) {
        return s == null ? "(absent)" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static List<String> documents(Map<String, String> rows) {
        return rows.keySet().stream().filter(k -> k.startsWith("documents|")).map(k -> k.split("\\|", 3)[1]).toList();
    }

    private static Map<String, String> rowsOf(Map<String, String> rows, String doc) {
        Map<String, String> out = new TreeMap<>();
        rows.forEach((k, v) -> {
            if (k.split("\\|", 3)[1].equals(doc)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Columns that record when or in which slot a row arrived, not what it holds. */
    private static final java.util.Set<String> VOLATILE = java.util.Set.of("ingested_at", "seq", "at");

    /**
     * Every row of every table of the store (whatever the schema), keyed "table|doc|n" with the
     * document each row belongs to (its doc column, its event's document, or the document
     * itself) and without arrival times: what must be identical between a crashed-and-resumed
     * store and an uninterrupted one.
     */
    static Map<String, String> snapshot(Path data) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        Path db = data.resolve("rasid.db");
        if (!Files.exists(db)) {
            return rows;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1), "SQLite integrity check");
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'rasid_schema%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> cols = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
                    while (rs.next()) {
                        cols.add(rs.getString("name"));
                    }
                }
                String docExpr = table.equals("documents") ? "t.id" : cols.contains("doc") ? "t.doc"
                        : cols.contains("event_id") ? "(SELECT e.doc FROM events e WHERE e.id = t.event_id)" : "'?'";
                List<String> kept = cols.stream().filter(col -> !VOLATILE.contains(col)).toList();
                String row = kept.stream().map(col -> "coalesce(quote(t.\"" + col + "\"),'')")
                        .reduce((x, y) -> x + " || '|' || " + y).orElse("''");
                String sql = "SELECT coalesce(" + docExpr + ", '(orphan)'), " + row + " AS r FROM \"" + table + "\" t ORDER BY 1, 2";
                java.util.Map<String, Integer> perDoc = new java.util.HashMap<>();
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        String doc = rs.getString(1);
                        int n = perDoc.merge(doc, 1, Integer::sum);
                        rows.put(table + "|" + doc + "|" + n, rs.getString(2));
                    }
                }
            }
        }
        return rows;
    }

    private static int countDocuments(Path data) {
        Path db = data.resolve("rasid.db");
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM documents")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            return 0; // schema not created yet
        }
    }

    /** @return true when the process ended by itself before {@code target} documents were in */
    private static boolean waitFor(Process p, Path data, int target) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                return true;
            }
            if (countDocuments(data) >= target) {
                return false;
            }
            Thread.sleep(15);
        }
        throw new AssertionError("ingest made no progress in 120 s");
    }

    private static int runToEnd(Path data, Path corpus) throws Exception {
        Process p = start(data, corpus);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ingest did not end in 300 s");
        }
        return p.exitValue();
    }

    private static List<String> hits(Path data, String q) throws IOException {
        try (org.rasid.store.EventStore store = org.rasid.store.EventStore.open(data, null)) {
            return store.search(q, 1000, 0).stream().map(h -> h.doc() + "#" + h.story()).sorted().toList();
        }
    }

    static String log(Path data) {
        try {
            String s = Files.readString(data.resolveSibling(data.getFileName() + ".log"));
            return s.length() > 3000 ? s.substring(s.length() - 3000) : s;
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static Process start(Path data, Path corpus) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(Main.class.getName());
        cmd.add("ingest");
        // small batches: kills land between commits and inside a batch, and the store grows in steps
        cmd.add("--batch");
        cmd.add("3");
        cmd.add("--data");
        cmd.add(data.toString());
        cmd.add(corpus.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile()).start();
    }

    static List<Path> seedFiles() throws IOException {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/seeds"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/seeds not found");
        }
        try (var s = Files.list(p.resolve("examples/seeds"))) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /**
     * Distinct articles made from the seeds: each has its own opening line and a rotation of the
     * seed's paragraphs, so that every file has its own content hash.
     */
    static Path generateCorpus(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> seeds = seedFiles();
        for (int i = 0; i < n; i++) {
            String seed = Files.readString(seeds.get(i % seeds.size()), StandardCharsets.UTF_8);
            String[] paras = seed.split("\n\\s*\n");
            StringBuilder b = new StringBuilder();
            int rot = (i / seeds.size()) % Math.max(1, paras.length);
            for (int k = 0; k < paras.length; k++) {
                b.append(paras[(k + rot) % paras.length].strip()).append("\n\n");
            }
            b.append("(تقرير رقم ").append(i + 1).append(")\n");
            Files.writeString(dir.resolve(String.format("doc%03d.txt", i)), b, StandardCharsets.UTF_8);
        }
        return dir;
    }
}
