package org.rasid.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.dedup.DuplicateIndex;
import org.rasid.ingest.Document;
import org.rasid.ingest.DocumentSink;
import org.rasid.ingest.ReadError;
import org.rasid.ingest.SourceReader;
import org.rasid.merge.EventMerger;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;
import org.rasid.testing.Prerequisites;
import org.rasid.testing.Seeds;

/**
 * Episodes on real reporting: the ANT 2018 articles (Sky News Arabia, France 24, CNN Arabic)
 * of the last weeks of Eastern Ghouta, read by the pipeline and merged across outlets as
 * {@code rasid extract --merge} does.
 */
class AntEpisodesTest {
    private static List<Episode> episodes;

    @BeforeAll
    static void build() throws IOException {
        Path shared = Seeds.shared();
        Path file = shared == null ? null : shared.resolve("corpus/external/ant-2018-syria/articles.jsonl");
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        Pipeline pipeline = Pipeline.withDefaults();
        DuplicateIndex paragraphs = new DuplicateIndex();
        DuplicateIndex stories = new DuplicateIndex();
        List<Event> events = new ArrayList<>();
        new SourceReader().read(file, new DocumentSink() {
            @Override
            public void document(Document d) {
                String day = d.published() == null ? "" : d.published().substring(0, 10);
                if (day.compareTo("2018-03-10") >= 0 && day.compareTo("2018-04-16") <= 0
                        && (d.text().contains("حرستا") || d.text().contains("دوما"))) {
                    events.addAll(pipeline.process(d, paragraphs, stories).events());
                }
            }

            @Override
            public void error(ReadError error) {
            }
        });
        List<Event> merged = new EventMerger().merge(events);
        episodes = new EpisodeBuilder(EpisodeRules.load()).build(sink -> merged.forEach(sink));
    }

    private static Episode deal(String placeId, String month) {
        Prerequisites.require(episodes != null, "../shared/corpus/external/ant-2018-syria absent");
        return episodes.stream().filter(e -> e.kind().equals("evacuation_deal") && placeId.equals(e.placeId())
                        && e.from() != null && e.from().startsWith(month))
                .max((a, b) -> Integer.compare(a.eventCount(), b.eventCount()))
                .orElseThrow(() -> new AssertionError("no deal at " + placeId + " in " + episodes));
    }

    private static List<String> states(Episode e) {
        return e.states().stream().map(EpisodeState::state).toList();
    }

    @Test
    void harastaIsAgreedEvacuatedAndEmptyWithinAWeek() {
        Episode harasta = deal("gn:169897", "2018-03");
        assertEquals(List.of("agreement", "implementation", "completed"), states(harasta), harasta.toString());
        assertTrue(harasta.closed());
        assertTrue(harasta.to().compareTo("2018-03-25") <= 0, harasta.to());
    }

    @Test
    void dumaGoesFromTalksWithJaishAlIslamToTheLastBuses() {
        Episode duma = deal("gn:170592", "2018-03");
        // Damascus and Moscow threatened an assault on 27 March unless Jaish al-Islam left ("هددت دمشق وحليفتها موسكو")
        assertEquals(List.of("talks", "threats", "agreement", "implementation", "completed"), states(duma),
                duma.toString());
        assertTrue(duma.to().startsWith("2018-04-1"), duma.to());
        assertEquals(3, duma.outlets().size(), duma.outlets().toString());
        for (int i = 1; i < duma.states().size(); i++) {
            assertTrue(duma.states().get(i - 1).date().compareTo(duma.states().get(i).date()) <= 0);
        }
    }
}
