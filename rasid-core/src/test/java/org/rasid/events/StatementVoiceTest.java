package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rasid.events.VerbalEvents.speakers;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementVoiceTest {
    @Test
    void aMinistryAndAnAmbassadorOfOneSideMakeTwoStatements() {
        // ant-sk-middleeast-1031-20180414: the ministry's statement is not folded into the ambassador's accusation
        List<String> said = speakers("قالت وزارة الدفاع الروسية، السبت، إن الضربات التي نفذتها الولايات المتحدة مع "
                + "فرنسا وبريطانيا، لم تستهدف مواقع قريبة من القاعدتين الجوية والبحرية الروسيتين في سوريا.\n"
                + "من جانبه، حمل السفير الروسي لدى واشنطن، أناتولي أنتونوف، الولايات المتحدة وفرنسا وبريطانيا "
                + "مسؤولية عواقب الضربات التي نفذتها الدول الثلاث في سوريا فجر السبت.");
        assertTrue(said.contains("01 RUS") && said.contains("11 RUS"), said::toString);
    }

    @Test
    void theSameBodyToldShorterGoesOnWithItsStatement() {
        List<String> said = speakers("قالت وزارة الخارجية الفرنسية، في 8 نيسان/أبريل 2018، إن فرنسا تدعم الحل "
                + "السياسي في سوريا. وطالبت الخارجية الفرنسية روسيا بوقف دعم الحكومة السورية.");
        assertEquals(List.of("10 FRA"), said);
    }
}
