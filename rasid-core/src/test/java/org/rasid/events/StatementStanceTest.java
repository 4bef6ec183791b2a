package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

class StatementStanceTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    /** "cameo actor1" of the verbal events of a text. */
    private static List<String> verbal(String text) {
        return PIPELINE.process(Document.ofText("t", text)).events().stream()
                .filter(e -> e.acledType() == null).map(e -> e.cameo() + " " + e.actor1()).toList();
    }

    @Test
    void callingAStanceUnacceptableIsACondemnation() {
        assertEquals(List.of("11 FRA"), verbal("قال وزير الخارجية الفرنسي جان إيف لودريان يوم الثلاثاء إن موقف "
                + "الحكومة السورية من عودة اللاجئين غير مقبول."));
    }

    @Test
    void callingAProposalRejectedIsARejection() {
        assertEquals(List.of("12 RUS"), verbal("قال المتحدث باسم الخارجية الروسية يوم الأربعاء إن المقترح "
                + "الأمريكي الجديد بشأن سوريا مرفوض."));
    }

    @Test
    void aNegatedStanceWordSaysTheOpposite() {
        assertEquals(List.of("01 FRA"), verbal("قال وزير الخارجية الفرنسي جان إيف لودريان يوم الثلاثاء إن موقف "
                + "بلاده لا يعرقل الحل السياسي في سوريا."));
    }

    @Test
    void aStanceInAnotherClauseIsAnotherReport() {
        assertEquals(List.of("01 FRA"), verbal("قال وزير الخارجية الفرنسي جان إيف لودريان يوم الثلاثاء إن "
                + "الحل السياسي في سوريا ممكن. والموقف غير مقبول."));
    }

    @Test
    void aFirstQuoteTakesTheStanceOfItsWords() {
        // undated, a story's first quote of a named speaker about Syria is a statement (FirstQuote)
        assertEquals(List.of("11 FRA"), verbal("وقال وزير الخارجية الفرنسي جان إيف لودريان إن ما يجري في "
                + "سوريا انتهاك للقانون الدولي."));
    }

    @Test
    void aBlameLaidInThePresentTenseIsAnAccusation() {
        // triggers.tsv: the imperfect of حمل with المسؤولية after it lays the blame, as its perfect does
        assertEquals(List.of("11 FRA"), verbal("قال المتحدث باسم الخارجية الفرنسية يوم الثلاثاء إن باريس تحمل "
                + "الحكومة السورية المسؤولية عن معاناة اللاجئين."));
    }
}
