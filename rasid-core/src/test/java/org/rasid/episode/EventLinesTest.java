package org.rasid.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.model.Event;
import org.rasid.model.RecordJson;

class EventLinesTest {
    @TempDir
    Path dir;

    @Test
    void readsTheEventsOfAnExtractOutputAndSkipsTheOtherRecords() throws IOException {
        Event e = EpisodeEvents.agreement("h1", "2018-03-21", "حرستا", EpisodeEvents.HARASTA, "a",
                "تم الاتفاق على خروج المقاتلين من حرستا إلى إدلب.");
        Path f = dir.resolve("out.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"record\":\"document\",\"id\":\"doc-h1\",\"title\":\"حرستا\"}",
                "{\"record\":\"sentence\",\"doc\":\"doc-h1\",\"story\":0,\"index\":0,\"text\":\"تم الاتفاق\"}",
                "",
                "{\"record\":\"event\"," + RecordJson.line(e).substring(1)), StandardCharsets.UTF_8);
        List<Event> read = new ArrayList<>();
        new EventLines(f).forEachEvent(read::add);
        assertEquals(List.of(e), read);
    }

    @Test
    void aBrokenLineIsNamed() throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, "{\"record\":\"event\"\n", StandardCharsets.UTF_8);
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> new EventLines(f).forEachEvent(e -> { }));
        assertEquals(true, x.getMessage().contains("bad.jsonl:1"));
    }
}
