package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

class RecalledStatementTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<String> said(String text) {
        Document d = new Document("t", "t", text, null, null, null, "2018-04-26", "UTF-8");
        return PIPELINE.process(d).events().stream()
                .filter(e -> e.acledType() == null).map(e -> e.actor1() + " " + e.cameo()).toList();
    }

    @Test
    void aStatementDatedWeeksBeforeTheStoryIsRecalled() {
        assertEquals(List.of(), said("واتهمت دمشق في التاسع من نيسان الطيران الإسرائيلي باستهداف مطار عسكري في وسط البلاد."));
    }

    @Test
    void aStatementOfThisWeekIsNews() {
        assertEquals(List.of("SYR_GOV 11"),
                said("واتهمت دمشق يوم الاثنين الطيران الإسرائيلي باستهداف مطار عسكري في وسط البلاد."));
    }

    @Test
    void aDateInsideWhatIsSaidDoesNotDateTheStatement() {
        assertEquals(List.of("SYR_GOV 11"), said("واتهمت دمشق يوم الاثنين إسرائيل بالعدوان، وقالت إن طائراتها "
                + "استهدفت مطارا عسكريا في وسط البلاد في التاسع من نيسان."));
    }
}
