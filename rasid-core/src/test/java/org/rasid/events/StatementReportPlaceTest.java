package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/** StatementPlacer.ownReport: a statement takes no place from another report of its sentence. */
class StatementReportPlaceTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static Event act(String cameo, String actor, String text) {
        List<Event> es = PIPELINE.process(Document.ofText("t", text)).events();
        return es.stream().filter(x -> cameo.equals(x.cameo()) && actor.equals(x.actor1())).findFirst()
                .orElseThrow(() -> new AssertionError(es));
    }

    @Test
    void aWarningAfterFiimaTakesNoPlaceFromTheReportBefore() {
        Event e = act("11", "RUS", "رفضت الحكومة السورية يوم الأحد اتهامها بقصف بلدة سراقب، "
                + "فيما حذرت روسيا يوم الأحد الولايات المتحدة من أي تدخل عسكري.");
        assertNull(e.admin1());
    }

    @Test
    void aPlaceAfterFiimaYataallaqIsWhatTheActIsAbout() {
        Event e = act("11", "FRA", "انتقدت فرنسا يوم الأحد بشدة الحكومة السورية فيما يتعلق بقصف بلدة سراقب.");
        assertEquals("SY-ID", e.admin1());
    }
}
