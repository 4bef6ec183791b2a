package org.rasid.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.rasid.model.Event;
import org.rasid.store.ContentHash;
import org.rasid.store.EventStore;
import org.rasid.model.Evidence;
import org.rasid.ingest.Document;
import org.rasid.pipeline.DocumentResult;
import org.rasid.segment.Story;
import org.rasid.text.Span;

/**
 * Fills a store with many synthetic one-story documents for load measurements: each story
 * strings together real Arabic sentences (given by the caller, e.g. the seeds' lines) and
 * carries one or two events with evidence on one of its sentences, spread over governorates,
 * types, actors, outlets and a year of days. It measures the store and the API, not the
 * extractor; documents are ids "synthetic-N", so a second fill continues where one stopped.
 */
public final class SyntheticCorpus {
    private static final String[][] GOVERNORATES = {
            {"SY-HL", "36.20", "37.16"}, {"SY-ID", "35.93", "36.63"}, {"SY-DR", "32.62", "36.10"},
            {"SY-RD", "33.57", "36.40"}, {"SY-DI", "33.51", "36.29"}, {"SY-HM", "35.13", "36.75"},
            {"SY-HI", "34.73", "36.72"}, {"SY-LA", "35.52", "35.79"}, {"SY-TA", "34.89", "35.89"},
            {"SY-RA", "35.95", "39.01"}, {"SY-DY", "35.34", "40.14"}, {"SY-HA", "36.50", "40.75"},
            {"SY-SU", "32.71", "36.57"}, {"SY-QU", "33.13", "35.82"}};
    private static final String[][] TYPES = {
            {"Battles", "Armed clash", "19"}, {"Explosions/Remote violence", "Shelling/artillery/missile attack", "19"},
            {"Explosions/Remote violence", "Air/drone strike", "19"},
            {"Explosions/Remote violence", "Remote explosive/landmine/IED", "18"},
            {"Violence against civilians", "Attack", "18"}, {"Strategic developments", "Arrests", "17"},
            {"Strategic developments", "Agreement", "05"}, {"Protests", "Peaceful protest", "14"}};
    private static final String[] ACTORS = {"SYR_GOV", "RUS", "IRN", "HTS", "FSA", "OPPOSITION", "SDF", "ISIS", "TUR",
            "CIVILIANS", "UNKNOWN"};
    private static final String[] OUTLETS = BenchVocabulary.load().words("store_outlet").toArray(String[]::new);

    private SyntheticCorpus() {
    }

    /**
     * Adds {@code stories} documents (one story each) to the store, after those already there.
     *
     * @param sentences real sentences to draw from (at least one)
     * @return the number of documents added
     */
    public static int fill(EventStore store, int stories, long seed, List<String> sentences) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("need sentences to build synthetic stories from");
        }
        long start = store.counts().documents();
        SplittableRandom rnd = new SplittableRandom(seed + start);
        int added = 0;
        List<DocumentResult> batch = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (long n = start; n < start + stories; n++) {
            batch.add(result(n, rnd, sentences));
            hashes.add(ContentHash.of("synthetic|" + n));
            if (batch.size() == 500 || n == start + stories - 1) {
                store.addAll(batch, hashes);
                added += batch.size();
                batch.clear();
                hashes.clear();
            }
        }
        store.flush();
        return added;
    }

    static DocumentResult result(long n, SplittableRandom rnd, List<String> sentences) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int count = 3 + rnd.nextInt(6);
        for (int i = 0; i < count; i++) {
            String s = sentences.get(rnd.nextInt(sentences.size()));
            spans.add(new Span(text.length(), text.length() + s.length()));
            text.append(s).append('\n');
        }
        String id = "synthetic-" + n;
        String day = java.time.LocalDate.of(2018, 1, 1).plusDays(rnd.nextInt(365)).toString();
        String outlet = OUTLETS[rnd.nextInt(OUTLETS.length)];
        Document d = new Document(id, "synthetic", text.toString(), null, null, outlet, day, "UTF-8");
        Span all = new Span(0, text.length());
        Story story = new Story(id, 0, all, null, null, null, outlet, day, List.of(all), spans, -1);
        List<Event> events = new ArrayList<>();
        int ne = 1 + rnd.nextInt(2);
        for (int k = 0; k < ne; k++) {
            Span s = spans.get(rnd.nextInt(spans.size()));
            String[] g = GOVERNORATES[rnd.nextInt(GOVERNORATES.length)];
            String[] t = TYPES[rnd.nextInt(TYPES.length)];
            String sentence = text.substring(s.start(), s.end());
            int w = sentence.indexOf(' ');
            int trigEnd = s.start() + (w > 0 ? w : sentence.length());
            double lat = Double.parseDouble(g[1]) + (rnd.nextDouble() - 0.5) * 0.6;
            double lon = Double.parseDouble(g[2]) + (rnd.nextDouble() - 0.5) * 0.6;
            Evidence ev = new Evidence(sentence, s.start(), s.end(),
                    List.of(new Evidence.Part("trigger", s.start(), trigEnd, text.substring(s.start(), trigEnd))));
            Integer fatalities = rnd.nextInt(3) == 0 ? rnd.nextInt(20) : null;
            events.add(new Event(ContentHash.of(id + "|" + k).substring(0, 16), id, 0, t[0], t[1], t[2], 4,
                    ACTORS[rnd.nextInt(ACTORS.length)], ACTORS[rnd.nextInt(ACTORS.length)], List.of(), List.of(),
                    null, null, g[0], null, round(lat), round(lon), 2, day, 1, fatalities,
                    fatalities == null ? null : fatalities.toString(), null, null, null, List.of(outlet), ev, 0.5,
                    List.of(), List.of(), List.of(), List.of()));
        }
        return new DocumentResult(d, List.of(story), events, List.of());
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4f", v));
    }
}
