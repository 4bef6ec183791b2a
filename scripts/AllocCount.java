import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasid.dedup.DuplicateIndex;
import org.rasid.ingest.Document;
import org.rasid.ingest.DocumentSink;
import org.rasid.ingest.ReadError;
import org.rasid.ingest.SourceReader;
import org.rasid.pipeline.Pipeline;

/**
 * Bytes the pipeline allocates on its thread over a corpus, pass after pass (the first warms the JIT and
 * the shared vocabulary; compare the later ones): ThreadMXBean.getThreadAllocatedBytes around
 * Pipeline.process, as the bench's pipeline pass calls it. Unlike JFR's allocation samples the count is
 * exact, and unlike CPU time it does not depend on the machine's load, so a cut of 1% of the bytes shows.
 * Usage (source-file mode): java -cp rasid-cli/target/rasid.jar scripts/AllocCount.java CORPUS [PASSES]
 */
public class AllocCount {
    public static void main(String[] a) {
        List<Document> docs = new ArrayList<>();
        new SourceReader().read(Path.of(a[0]), new DocumentSink() {
            public void document(Document d) { docs.add(d); }
            public void error(ReadError e) { }
        });
        Pipeline p = Pipeline.withDefaults();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        int passes = a.length > 1 ? Integer.parseInt(a[1]) : 3;
        for (int pass = 0; pass < passes; pass++) {
            DuplicateIndex pi = new DuplicateIndex(), si = new DuplicateIndex();
            long b0 = mx.getThreadAllocatedBytes(tid);
            long c0 = mx.getCurrentThreadCpuTime();
            for (Document d : docs) p.process(d, pi, si);
            long b1 = mx.getThreadAllocatedBytes(tid);
            long c1 = mx.getCurrentThreadCpuTime();
            System.out.printf("pass %d: %d docs, %.1f MB allocated, %.2f CPU-s%n", pass, docs.size(), (b1 - b0) / 1e6, (c1 - c0) / 1e9);
        }
    }
}
