package org.rasid.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.rasid.model.Event;
import org.rasid.ingest.Document;
import org.rasid.ingest.ReadError;
import org.rasid.pipeline.DocumentResult;
import scala.Tuple2;

/**
 * Rasid over a large corpus on Spark: reads text/HTML/WARC files or JSON Lines from any
 * Hadoop-compatible path (file:, hdfs:, s3a:, gs:, abfs:), runs the single-machine Pipeline on
 * every document inside each partition, merges events across the whole corpus (grouped by
 * class and governorate, see {@link MergeGroups}), and writes events as JSON Lines and Parquet
 * plus one summary line per document (and, with --extracted, every document's events before the
 * corpus merge).
 *
 * <pre>
 * spark-submit --class org.rasid.spark.RasidSparkJob rasid-spark-job.jar \
 *     --input hdfs:///news/2018 --output hdfs:///rasid/2018 [--partitions 400]
 * </pre>
 */
public final class RasidSparkJob {
    /** Job options; {@code partitions} 0 lets Spark decide. */
    public record Options(List<String> inputs, String output, int partitions, boolean writeExtracted) {
        public Options(List<String> inputs, String output, int partitions) {
            this(inputs, output, partitions, false);
        }

        public Options {
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("give at least one --input PATH");
            }
            if (output == null) {
                throw new IllegalArgumentException("give --output PATH");
            }
            inputs = List.copyOf(inputs);
        }

        static Options parse(String... args) {
            List<String> in = new ArrayList<>();
            String out = null;
            int partitions = 0;
            boolean extracted = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length && a.startsWith("--") && !a.equals("--extracted")) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                switch (a) {
                    case "--input" -> in.add(args[++i]);
                    case "--output" -> out = args[++i];
                    case "--partitions" -> partitions = Integer.parseInt(args[++i]);
                    case "--extracted" -> {
                        extracted = true;
                        continue;
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + a
                            + "; usage: --input PATH [--input PATH…] --output PATH [--partitions N] [--extracted]");
                }
            }
            return new Options(in, out, partitions, extracted);
        }
    }

    /** What the job did. */
    public record Summary(long documents, long failed, long stories, long eventsExtracted, long eventsMerged,
                          double seconds) {
    }

    /** One document's outcome, small enough to cross the shuffle: its summary and its events as JSON. */
    static final class Outcome implements Serializable {
        private static final long serialVersionUID = 1L;
        final String summaryJson;
        final List<String> events;
        final int stories;
        final boolean failed;

        Outcome(String summaryJson, List<String> events, int stories, boolean failed) {
            this.summaryJson = summaryJson;
            this.events = events;
            this.stories = stories;
            this.failed = failed;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private RasidSparkJob() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("rasid-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("rasid").getOrCreate();
        try {
            Summary s = run(spark, options);
            System.out.printf(Locale.ROOT, "rasid-spark: %d documents (%d failed), %d stories, %d events extracted, "
                            + "%d after merge, %.1f s -> %s%n", s.documents(), s.failed(), s.stories(),
                    s.eventsExtracted(), s.eventsMerged(), s.seconds(), options.output());
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, Options o) {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Outcome> outcomes = null;
        for (String input : o.inputs()) {
            JavaRDD<Outcome> part = isJsonLines(spark, input) ? jsonLines(sc, input, o.partitions())
                    : files(sc, input, o.partitions());
            outcomes = outcomes == null ? part : outcomes.union(part);
        }
        outcomes = outcomes.persist(StorageLevel.MEMORY_AND_DISK());

        JavaRDD<String> extracted = outcomes.flatMap(out -> out.events.iterator());
        if (o.writeExtracted()) {
            // the events of each document before the corpus merge: what `rasid extract` prints
            spark.createDataset(extracted.rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite)
                    .text(o.output() + "/extracted-events.jsonl");
        }
        JavaPairRDD<String, String> keyed = extracted.mapToPair(json -> new Tuple2<>(MergeGroups.key(EventCodec.fromJson(json)), json));
        JavaPairRDD<String, Iterable<String>> groups = o.partitions() > 0 ? keyed.groupByKey(o.partitions()) : keyed.groupByKey();
        JavaRDD<String> merged = groups.flatMap(g -> {
            List<Event> events = new ArrayList<>();
            for (String json : g._2()) {
                events.add(EventCodec.fromJson(json));
            }
            List<String> out = new ArrayList<>();
            for (Event e : CorpusMerge.merge(MergeGroups.ordered(events))) {
                out.add(EventCodec.toJson(e));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<String> mergedDs = spark.createDataset(merged.rdd(), Encoders.STRING());
        mergedDs.write().mode(SaveMode.Overwrite).text(o.output() + "/events.jsonl");
        long mergedCount = merged.count();
        if (mergedCount > 0) {
            Dataset<Row> rows = spark.read().json(mergedDs);
            rows.write().mode(SaveMode.Overwrite).parquet(o.output() + "/events.parquet");
        }
        spark.createDataset(outcomes.map(out -> out.summaryJson).rdd(), Encoders.STRING())
                .write().mode(SaveMode.Overwrite).text(o.output() + "/documents.jsonl");

        long docs = outcomes.count();
        long failed = outcomes.filter(out -> out.failed).count();
        long stories = outcomes.map(out -> (long) out.stories).fold(0L, Long::sum);
        long extractedCount = extracted.count();
        outcomes.unpersist();
        merged.unpersist();
        return new Summary(docs, failed, stories, extractedCount, mergedCount, (System.nanoTime() - t0) / 1e9);
    }

    /** JSON Lines input: a .jsonl path, or a folder whose files are all JSON Lines. */
    private static boolean isJsonLines(SparkSession spark, String input) {
        if (SparkInputs.isJsonLines(input)) {
            return true;
        }
        try {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(p)) {
                throw new IllegalArgumentException("input not found: " + input);
            }
            if (!fs.getFileStatus(p).isDirectory()) {
                return false;
            }
            boolean any = false;
            for (FileStatus f : fs.listStatus(p)) {
                if (f.isFile() && !f.getPath().getName().startsWith(".") && !f.getPath().getName().startsWith("_")) {
                    if (!SparkInputs.isJsonLines(f.getPath().getName())) {
                        return false;
                    }
                    any = true;
                }
            }
            return any;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input " + input, e);
        }
    }

    private static JavaRDD<Outcome> jsonLines(JavaSparkContext sc, String input, int partitions) {
        JavaRDD<String> lines = partitions > 0 ? sc.textFile(input, partitions) : sc.textFile(input);
        return lines.mapPartitions(it -> {
            List<Outcome> out = new ArrayList<>();
            while (it.hasNext()) {
                String line = it.next();
                if (line.isBlank()) {
                    continue;
                }
                collect(SparkInputs.fromJsonLine(input, line), out);
            }
            return out.iterator();
        });
    }

    private static JavaRDD<Outcome> files(JavaSparkContext sc, String input, int partitions) {
        JavaPairRDD<String, PortableDataStream> files = partitions > 0 ? sc.binaryFiles(input, partitions) : sc.binaryFiles(input);
        return files.mapPartitions((Iterator<Tuple2<String, PortableDataStream>> it) -> {
            List<Outcome> out = new ArrayList<>();
            while (it.hasNext()) {
                Tuple2<String, PortableDataStream> f = it.next();
                try {
                    collect(SparkInputs.fromFile(f._1(), f._2().toArray()), out);
                } catch (RuntimeException e) {
                    out.add(failure(f._1(), e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
            }
            return out.iterator();
        });
    }

    /** One document through the shared Pipeline; a failure is recorded, never fatal for the job. */
    static Outcome process(Document d) {
        ObjectNode s = JSON.createObjectNode();
        s.put("doc", d.id());
        s.put("source", d.source());
        try {
            DocumentResult r = PipelineHolder.get().process(d);
            List<String> events = new ArrayList<>(r.events().size());
            for (Event e : r.events()) {
                events.add(EventCodec.toJson(e));
            }
            s.put("stories", r.stories().size());
            s.put("events", events.size());
            s.putPOJO("warnings", r.warnings());
            return new Outcome(s.toString(), events, r.stories().size(), false);
        } catch (RuntimeException e) {
            s.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            return new Outcome(s.toString(), List.of(), 0, true);
        }
    }

    private static void collect(SparkInputs.Read read, List<Outcome> out) {
        for (ReadError e : read.errors()) {
            out.add(failure(e.source(), e.reason() + ": " + e.message()));
        }
        for (Document d : read.documents()) {
            out.add(process(d));
        }
    }

    private static Outcome failure(String source, String error) {
        ObjectNode s = JSON.createObjectNode();
        s.put("source", source);
        s.put("error", error);
        return new Outcome(s.toString(), List.of(), 0, true);
    }
}
