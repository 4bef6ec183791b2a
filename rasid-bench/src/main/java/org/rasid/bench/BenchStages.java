package org.rasid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rasid.actors.ActorRecognizer;
import org.rasid.actors.ActorRegistry;
import org.rasid.clean.Cleaning;
import org.rasid.dedup.Deduplicator;
import org.rasid.dedup.DuplicateIndex;
import org.rasid.model.Event;
import org.rasid.events.EventExtractor;
import org.rasid.events.MentionArguments;
import org.rasid.merge.EventMerger;
import org.rasid.gazetteer.Gazetteer;
import org.rasid.gazetteer.ToponymResolver;
import org.rasid.quantity.CasualtyCounter;
import org.rasid.time.DateResolver;
import java.time.LocalDate;
import org.rasid.ingest.Document;
import org.rasid.ingest.DocumentSink;
import org.rasid.ingest.ReadError;
import org.rasid.ingest.SourceReader;
import org.rasid.pipeline.DocumentResult;
import org.rasid.pipeline.Pipeline;
import org.rasid.segment.Story;
import org.rasid.store.ContentHash;
import org.rasid.store.EventStore;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;

/**
 * The pipeline's stages as the benchmark times them, each called through the public API of
 * the class that does the work, in the order the Pipeline runs them. A stage this build does
 * not have yet is reported as missing, never faked.
 */
final class BenchStages implements AutoCloseable {
    /** One document's state as it moves through the timed stages. */
    static final class Item {
        Document doc;
        Cleaning cleaning;
        NormalizedText normalized;
        List<Story> stories;
        Deduplicator.Result dedup;
        int mentions;
        List<Event> events;
    }

    /** A per-document stage. */
    interface Stage {
        String name();

        void apply(Item item);
    }

    /** Every stage name, in pipeline order; read is timed by the reader loop itself. */
    static final List<String> ALL = List.of("read", "clean", "segment", "dedup", "mentions", "events", "merge", "store");

    private final Pipeline pipeline;
    private final BenchTruth truth;
    private final List<Stage> stages = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private final Path storeDir;
    private final EventMerger merger = new EventMerger();
    private final List<Event> corpusEvents = java.util.Collections.synchronizedList(new ArrayList<>());
    private long corpusMergeNanos;
    private int corpusMergedEvents;
    private final java.util.Map<Integer, Long> mergeScaling = new java.util.TreeMap<>();
    private EventStore store;
    private DuplicateIndex paragraphIndex = new DuplicateIndex();
    private DuplicateIndex storyIndex = new DuplicateIndex();

    BenchStages(Pipeline pipeline, List<String> wanted, BenchTruth truth) throws IOException {
        this.pipeline = pipeline;
        this.truth = truth;
        this.storeDir = wanted.contains("store") ? Files.createTempDirectory("rasid-bench-store-") : null;
        for (String name : wanted) {
            switch (name) {
                case "read" -> {
                }
                // clean = boilerplate and page metadata, then the normalised matching copy
                case "clean" -> stages.add(stage("clean", it -> {
                    it.normalized = ArabicNormalizer.normalize(it.doc.text()); // once, as Pipeline.process does
                    it.cleaning = pipeline.clean(it.doc, it.normalized);
                }));
                case "segment" -> stages.add(stage("segment", it -> it.stories = pipeline.segment(it.doc, cleaning(it))));
                case "dedup" -> stages.add(stage("dedup", it -> {
                    it.dedup = Deduplicator.find(normalized(it), stories(it), paragraphIndex, storyIndex);
                    if (truth != null) {
                        truth.duplicates(it.doc.id(), it.dedup.duplicates());
                    }
                }));
                case "mentions" -> {
                    // the four mention extractors of CONTRACTS.md, each once per story that is not a repeat
                    ActorRecognizer actors = new ActorRecognizer(ActorRegistry.load());
                    ToponymResolver places = new ToponymResolver(Gazetteer.load());
                    DateResolver dates = new DateResolver();
                    CasualtyCounter casualties = new CasualtyCounter(actors);
                    stages.add(stage("mentions", it -> {
                        int n = 0;
                        List<org.rasid.gazetteer.PlaceMention> found = new ArrayList<>();
                        LocalDate anchor = anchor(it.doc);
                        for (Story s : dedupedStories(it)) {
                            if (s.duplicateOf() < 0) {
                                NormalizedText nt = normalized(it);
                                List<org.rasid.gazetteer.PlaceMention> pm = places.resolve(nt, s, s.span());
                                n += pm.size();
                                if (truth != null) {
                                    found.addAll(pm);
                                }
                                n += actors.find(nt, s.span()).size();
                                n += dates.find(nt, s.span(), anchor).size();
                                n += casualties.find(nt, s.span()).size();
                            }
                        }
                        it.mentions = n;
                        if (truth != null) {
                            truth.places(it.doc.id(), found);
                        }
                    }));
                }

                case "store" -> stages.add(stage("store", it -> {
                    Deduplicator.Result d = it.dedup != null ? it.dedup : new Deduplicator.Result(stories(it), List.of());
                    DocumentResult r = new DocumentResult(it.doc, d.stories(), it.events == null ? List.of() : it.events,
                            List.of(), cleaning(it), d.duplicates());
                    String hash = ContentHash.of(it.doc.text());
                    EventStore st = store();
                    if (st.documentWithHash(hash).isEmpty()) {
                        st.add(r, hash);
                    }
                }));
                case "events" -> {
                    EventExtractor extractor = EventExtractor.withDefaults(MentionArguments.withDefaults());
                    stages.add(stage("events", it -> {
                        List<Event> events = new ArrayList<>();
                        for (Story s : dedupedStories(it)) {
                            if (s.duplicateOf() < 0) {
                                events.addAll(extractor.extract(it.doc, normalized(it), s));
                            }
                        }
                        it.events = events;
                    }));
                }
                // in the document as the Pipeline does; the corpus-wide merge runs in finishPass()
                case "merge" -> stages.add(stage("merge", it -> {
                    if (it.events != null) {
                        it.events = merger.merge(it.events);
                        corpusEvents.addAll(it.events);
                    }
                }));
                default -> throw new IllegalArgumentException("unknown stage " + name + "; stages are " + ALL);
            }
        }
    }

    private static Cleaning cleaning(Item it) {
        return it.cleaning;
    }

    private static NormalizedText normalized(Item it) {
        if (it.normalized == null) {
            it.normalized = ArabicNormalizer.normalize(it.doc.text());
        }
        return it.normalized;
    }

    private List<Story> dedupedStories(Item it) {
        return it.dedup != null ? it.dedup.stories() : stories(it);
    }

    private static LocalDate anchor(Document d) {
        String p = d.published();
        if (p == null || p.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(p.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private List<Story> stories(Item it) {
        if (it.stories == null) {
            if (it.cleaning == null) {
                it.cleaning = pipeline.clean(it.doc, normalized(it));
            }
            it.stories = pipeline.segment(it.doc, it.cleaning);
        }
        return it.stories;
    }

    private synchronized EventStore store() {
        if (store == null) {
            try {
                store = EventStore.open(storeDir, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** Fresh run-wide duplicate indexes and an empty store, so every pass starts alike. */
    synchronized void reset() {
        corpusEvents.clear();
        paragraphIndex = new DuplicateIndex();
        storyIndex = new DuplicateIndex();
        closeStore();
    }

    /** Restarts the ground-truth counters (each stages pass is scored on its own). */
    void resetTruth() {
        if (truth != null) {
            truth.reset();
        }
    }

    /** Run-wide duplicate indexes for the whole-pipeline pass, as `rasid extract` uses them. */
    DocumentResult processWhole(Document doc) {
        return pipeline.process(doc, paragraphIndex, storyIndex);
    }

    /** Ends the store stage: the search index commit is part of storing. */
    void finishStore() {
        if (store != null) {
            store.flush();
        }
    }

    /**
     * The corpus-wide merge over every event of the pass, as the Spark job runs it: events
     * grouped by class and governorate (a merge never crosses those), each group merged by the
     * EventMerger in date order. Returns its CPU nanoseconds. The first call also times the
     * merger on the first 1,000 and 2,000 events ungrouped, to show how its cost grows (near
     * linear since its candidate index by class, place and day).
     */
    long mergeCorpus() {
        List<Event> all;
        synchronized (corpusEvents) {
            all = new ArrayList<>(corpusEvents);
        }
        long c0 = BenchRun.cpu();
        java.util.Map<String, List<Event>> groups = new java.util.HashMap<>();
        for (Event e : all) {
            String cls = e.acledType() != null ? e.acledType() : "cameo:" + e.cameo();
            groups.computeIfAbsent(cls + "|" + e.admin1(), k -> new ArrayList<>()).add(e);
        }
        int merged = 0;
        for (List<Event> g : groups.values()) {
            g.sort(java.util.Comparator.comparing((Event e) -> e.eventDate() == null ? "" : e.eventDate())
                    .thenComparing(Event::doc).thenComparingInt(Event::story).thenComparing(Event::id));
            merged += merger.merge(g).size();
        }
        corpusMergedEvents = merged;
        corpusMergeNanos = BenchRun.cpu() - c0;
        if (mergeScaling.isEmpty()) {
            for (int n : new int[] {1000, 2000}) {
                if (all.size() >= n) {
                    long t0 = BenchRun.cpu();
                    merger.merge(all.subList(0, n));
                    mergeScaling.put(n, BenchRun.cpu() - t0);
                }
            }
        }
        return corpusMergeNanos;
    }

    /** CPU nanoseconds of one ungrouped EventMerger.merge over the first N events of a pass. */
    java.util.Map<Integer, Long> mergeScaling() {
        return mergeScaling;
    }

    int corpusEventCount() {
        return corpusEvents.size();
    }

    int corpusMergedEvents() {
        return corpusMergedEvents;
    }

    private void closeStore() {
        if (store != null) {
            try {
                store.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store = null;
        }
        if (storeDir != null) {
            deleteUnder(storeDir);
        }
    }

    @Override
    public void close() {
        closeStore();
        if (storeDir != null) {
            try {
                Files.deleteIfExists(storeDir);
            } catch (IOException ignored) {
                // a temporary folder; the OS cleans it
            }
        }
    }

    private static void deleteUnder(Path dir) {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the bench store " + dir, e);
        }
    }

    List<Stage> stages() {
        return stages;
    }

    /** Stages asked for that this build cannot time yet. */
    List<String> missing() {
        return missing;
    }

    Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Reads the documents of one file with the project's SourceReader, handing each to
     * {@code sink}; adds the wall and CPU nanoseconds spent reading (time inside {@code sink}
     * excluded) to {@code spent[0]} and {@code spent[1]}.
     */
    static void read(Path file, Consumer<Document> sink, long[] spent) {
        long[] inSink = new long[2];
        List<ReadError> errors = new ArrayList<>();
        long w0 = System.nanoTime();
        long c0 = BenchRun.cpu();
        READER.get().read(file, new DocumentSink() {
            @Override
            public void document(Document document) {
                long w = System.nanoTime();
                long c = BenchRun.cpu();
                sink.accept(document);
                inSink[0] += System.nanoTime() - w;
                inSink[1] += BenchRun.cpu() - c;
            }

            @Override
            public void error(ReadError error) {
                errors.add(error);
            }
        });
        spent[0] += System.nanoTime() - w0 - inSink[0];
        spent[1] += BenchRun.cpu() - c0 - inSink[1];
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("bench corpus has unreadable input: " + errors.get(0));
        }
    }

    private static final ThreadLocal<SourceReader> READER = ThreadLocal.withInitial(SourceReader::new);

    private static Stage stage(String name, Consumer<Item> body) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void apply(Item item) {
                body.accept(item);
            }
        };
    }
}
