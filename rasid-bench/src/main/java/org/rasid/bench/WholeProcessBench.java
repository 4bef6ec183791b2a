package org.rasid.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-process figures: runs {@code rasid extract FILE} and {@link AnalyzerPass} over the same
 * file as child JVMs, each several times, and keeps the least CPU time of each (user + system of
 * the whole process: start-up, JIT and GC threads included, which a warm pass leaves out). The
 * children get this JVM's own options (minus recording and archiving ones), so a bench started
 * by the {@code rasid} launcher measures what the launcher runs.
 *
 * <p>CPU time comes from this process's waited-for children counters in /proc/self/stat, so it is
 * measured on Linux only; elsewhere the figures are absent.
 */
final class WholeProcessBench {
    /** Linux reports children's CPU time in clock ticks: 100 a second on every architecture Java runs on. */
    private static final double TICKS_PER_SECOND = 100;
    private static final Path STAT = Path.of("/proc/self/stat");

    /** Best (least) CPU and wall seconds of one command over its runs; NaN when not measurable. */
    record Best(String what, double cpuSeconds, double wallSeconds, int runs) {
    }

    private final int runs;
    private final List<String> jvmOptions;

    WholeProcessBench(int runs) {
        this(runs, inheritedOptions());
    }

    WholeProcessBench(int runs, List<String> jvmOptions) {
        this.runs = runs;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    static boolean available() {
        return Files.isReadable(STAT);
    }

    /** {@code rasid extract FILE... --out /dev/null} (events, documents, all records as by default). */
    Best extract(List<Path> files, List<String> extraArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("org.rasid.cli.Main", "extract"));
        files.forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--out", "/dev/null"));
        args.addAll(extraArgs);
        return best("rasid extract", args);
    }

    /** Lucene's ArabicAnalyzer over the same files. */
    Best analyzer(List<Path> files) throws IOException {
        List<String> args = new ArrayList<>(List.of(AnalyzerPass.class.getName()));
        files.forEach(f -> args.add(f.toString()));
        return best("ArabicAnalyzer", args);
    }

    private Best best(String what, List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(mainAndArgs);
        double cpu = Double.NaN;
        double wall = Double.NaN;
        for (int i = 0; i < runs; i++) {
            long before = childrenTicks();
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int rc;
            try {
                rc = p.waitFor();
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            double w = (System.nanoTime() - t0) / 1e9;
            if (rc > 1) { // extract exits 1 when an input line failed: still a full run
                throw new IOException(what + " exited " + rc + ": " + String.join(" ", cmd));
            }
            long ticks = childrenTicks() - before;
            double c = ticks < 0 ? Double.NaN : ticks / TICKS_PER_SECOND;
            cpu = Double.isNaN(cpu) || c < cpu ? c : cpu;
            wall = Double.isNaN(wall) || w < wall ? w : wall;
        }
        return new Best(what, cpu, wall, runs);
    }

    /** cutime + cstime of this process: the CPU of every child it has waited for. */
    static long childrenTicks() throws IOException {
        if (!available()) {
            return -1;
        }
        String stat = Files.readString(STAT);
        // fields after the parenthesised command name; cutime and cstime are fields 16 and 17
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    private static List<String> inheritedOptions() {
        List<String> out = new ArrayList<>();
        for (String o : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!o.startsWith("-XX:ArchiveClassesAtExit") && !o.startsWith("-XX:StartFlightRecording")
                    && !o.startsWith("-agent") && !o.startsWith("-javaagent") && !o.startsWith("-Xlog")) {
                out.add(o);
            }
        }
        return out;
    }
}
