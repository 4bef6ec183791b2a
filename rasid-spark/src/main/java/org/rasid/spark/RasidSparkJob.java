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
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
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
import org.rasid.merge.Arrival;
import org.rasid.merge.EventMerger;
import org.rasid.merge.MergePartition;
import org.rasid.merge.RepeatedTexts;
import org.rasid.pipeline.DocumentResult;
import scala.Tuple2;

/**
 * Rasid over a large corpus on Spark: reads text/HTML/WARC files or JSON Lines from any
 * Hadoop-compatible path (file:, hdfs:, s3a:, gs:, abfs:), runs the single-machine Pipeline on
 * every document inside each partition, merges events across the whole corpus (part by part,
 * {@link MergePartition}, each part in {@link Arrival} order, so `rasid extract --merge` and the
 * store give the same events), and writes events as JSON Lines and Parquet
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
        final Arrival arrival;
        /** RepeatedTexts.key of the document's text; null for a failure. */
        final String text;

        Outcome(String summaryJson, List<String> events, int stories, boolean failed, Arrival arrival, String text) {
            this.summaryJson = summaryJson;
            this.events = events;
            this.stories = stories;
            this.failed = failed;
            this.arrival = arrival;
            this.text = text;
        }

        /** The earlier of two reads of one text: the one whose reports count. */
        static Outcome first(Outcome a, Outcome b) {
            return a.arrival.compareTo(b.arrival) <= 0 ? a : b;
        }

        /** The events with their places in the arrival order. */
        List<Tuple2<Arrival, String>> reports() {
            List<Tuple2<Arrival, String>> out = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                out.add(new Tuple2<>(arrival.report(i), events.get(i)));
            }
            return out;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventMerger MERGER = new EventMerger();

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
        for (int i = 0; i < o.inputs().size(); i++) {
            String input = o.inputs().get(i);
            JavaRDD<Outcome> part = isJsonLines(spark, input) ? jsonLines(sc, i, input, o.partitions())
                    : files(sc, i, input, o.partitions());
            outcomes = outcomes == null ? part : outcomes.union(part);
        }
        outcomes = outcomes.persist(StorageLevel.MEMORY_AND_DISK());

        JavaRDD<String> extracted = outcomes.flatMap(out -> out.events.iterator());
        if (o.writeExtracted()) {
            // the events of each document before the corpus merge: what `rasid extract` prints
            spark.createDataset(extracted.rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite)
                    .text(o.output() + "/extracted-events.jsonl");
        }
        // a text read twice brings its reports once (RepeatedTexts); each part (class x
        // governorate) is merged on its own, its reports in arrival order: the order `extract
        // --merge` and the store meet them in, so all three give the same events
        JavaRDD<Tuple2<Arrival, String>> reports = outcomes.filter(out -> !out.failed)
                .mapToPair(out -> new Tuple2<>(out.text, out)).reduceByKey(Outcome::first)
                .flatMap(t -> t._2().reports().iterator());
        JavaPairRDD<String, Tuple2<Arrival, String>> keyed = reports.mapToPair(
                r -> new Tuple2<>(MergePartition.of(EventCodec.fromJson(r._2())), r));
        JavaPairRDD<String, Iterable<Tuple2<Arrival, String>>> groups = o.partitions() > 0
                ? keyed.groupByKey(o.partitions()) : keyed.groupByKey();
        JavaRDD<String> merged = groups.flatMap(g -> {
            List<Tuple2<Arrival, String>> part = new ArrayList<>();
            g._2().forEach(part::add);
            part.sort((a, b) -> a._1().compareTo(b._1()));
            List<Event> events = new ArrayList<>(part.size());
            for (Tuple2<Arrival, String> r : part) {
                events.add(EventCodec.fromJson(r._2()));
            }
            List<String> out = new ArrayList<>();
            for (Event e : MERGER.merge(events)) {
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

    /**
     * The lines of a JSON Lines input, each with its file and byte offset: its place in the
     * arrival order. With {@code partitions}, splits are cut small enough to give about that many.
     */
    private static JavaRDD<Outcome> jsonLines(JavaSparkContext sc, int inputIndex, String input, int partitions) {
        Configuration conf = new Configuration(sc.hadoopConfiguration());
        if (partitions > 0) {
            try {
                Path p = new Path(input);
                long bytes = p.getFileSystem(conf).getContentSummary(p).getLength();
                conf.setLong(FileInputFormat.SPLIT_MAXSIZE, Math.max(1, bytes / partitions));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot size input " + input, e);
            }
        }
        JavaPairRDD<LongWritable, Text> lines = sc.newAPIHadoopFile(input, TextInputFormat.class, LongWritable.class,
                Text.class, conf);
        return ((JavaNewHadoopRDD<LongWritable, Text>) lines).mapPartitionsWithInputSplit((split, it) -> {
            String file = ((FileSplit) split).getPath().toString();
            List<Outcome> out = new ArrayList<>();
            while (it.hasNext()) {
                Tuple2<LongWritable, Text> line = it.next();
                String text = line._2().toString(); // Hadoop reuses the Text object
                if (text.isBlank()) {
                    continue;
                }
                collect(SparkInputs.fromJsonLine(input, text), new Arrival(inputIndex, file, line._1().get(), 0), out);
            }
            return out.iterator();
        }, true);
    }

    private static JavaRDD<Outcome> files(JavaSparkContext sc, int inputIndex, String input, int partitions) {
        JavaPairRDD<String, PortableDataStream> files = partitions > 0 ? sc.binaryFiles(input, partitions) : sc.binaryFiles(input);
        return files.mapPartitions((Iterator<Tuple2<String, PortableDataStream>> it) -> {
            List<Outcome> out = new ArrayList<>();
            while (it.hasNext()) {
                Tuple2<String, PortableDataStream> f = it.next();
                Arrival at = new Arrival(inputIndex, f._1(), 0, 0);
                try {
                    collect(SparkInputs.fromFile(f._1(), f._2().toArray()), at, out);
                } catch (RuntimeException e) {
                    out.add(failure(f._1(), e.getClass().getSimpleName() + ": " + e.getMessage(), at));
                }
            }
            return out.iterator();
        });
    }

    /** One document through the shared Pipeline; a failure is recorded, never fatal for the job. */
    static Outcome process(Document d, Arrival arrival) {
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
            return new Outcome(s.toString(), events, r.stories().size(), false, arrival, RepeatedTexts.key(d.text()));
        } catch (RuntimeException e) {
            s.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            return new Outcome(s.toString(), List.of(), 0, true, arrival, null);
        }
    }

    /** The documents of one record, numbered in file order after the record's own position. */
    private static void collect(SparkInputs.Read read, Arrival at, List<Outcome> out) {
        for (ReadError e : read.errors()) {
            out.add(failure(e.source(), e.reason() + ": " + e.message(), at));
        }
        List<Document> docs = read.documents();
        for (int i = 0; i < docs.size(); i++) {
            out.add(process(docs.get(i), new Arrival(at.input(), at.file(), at.record() + i, 0)));
        }
    }

    private static Outcome failure(String source, String error, Arrival at) {
        ObjectNode s = JSON.createObjectNode();
        s.put("source", source);
        s.put("error", error);
        return new Outcome(s.toString(), List.of(), 0, true, at, null);
    }
}
