package org.rasid.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arrival order: input, then file path, then place in the file, then report. */
class ArrivalTest {

    @Test
    void ordersAsTheReadersMeetReports() {
        Arrival secondInput = new Arrival(1, "file:/a/000.txt", 0, 0);
        Arrival laterFile = new Arrival(0, "file:/a/b/002.txt", 0, 0);
        Arrival farLine = new Arrival(0, "file:/a/001.jsonl", 90_000, 0);
        Arrival nearLine = new Arrival(0, "file:/a/001.jsonl", 120, 0);
        Arrival nearLineSecondReport = nearLine.report(1);
        List<Arrival> in = new ArrayList<>(List.of(secondInput, laterFile, nearLineSecondReport, farLine, nearLine));
        in.sort(null);
        assertEquals(List.of(nearLine, nearLineSecondReport, farLine, laterFile, secondInput), in);
    }

    @Test
    void aSingleFileInputHasAnEmptyPath() {
        assertEquals("", new Arrival(0, null, 3, 0).file());
    }
}
