package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rasid.events.VerbalEvents.verbal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class StatementUnityTest {
    @Test
    void aSpeakerQuotedOnTwoDaysMadeTwoStatements() {
        List<Event> es = verbal("قالت وزارة الخارجية الفرنسية، في 8 نيسان/أبريل 2018، إن فرنسا تدعم الحل السياسي "
                + "في سوريا. وقالت الخارجية الفرنسية، في 10 نيسان/أبريل 2018، إن الحل في سوريا سياسي فقط.");
        assertEquals(List.of("2018-04-08", "2018-04-10"), es.stream().map(Event::eventDate).sorted().toList(),
                es::toString);
    }

    @Test
    void aDayNotToldBeforeWhatIsSaidDoesNotPartAStatement() {
        // "في 10 نيسان" here need not be the day of the saying
        List<Event> es = verbal("دعت وزارة الخارجية الفرنسية في 8 نيسان/أبريل 2018 روسيا إلى وقف دعم الحكومة "
                + "السورية. وطالبت الخارجية الفرنسية في 10 نيسان/أبريل 2018 الحكومة السورية بوقف القصف.");
        assertEquals(List.of("10"), es.stream().map(Event::cameo).toList(), es::toString);
    }

    @Test
    void aSentenceGoingOnWithoutADayIsTheSameStatement() {
        List<Event> es = verbal("قالت وزارة الخارجية الفرنسية، في 8 نيسان/أبريل 2018، إن فرنسا تدعم الحل السياسي "
                + "في سوريا. وطالبت الخارجية الفرنسية روسيا بوقف دعم الحكومة السورية.");
        assertEquals(List.of("10"), es.stream().map(Event::cameo).toList(), es::toString);
    }
}
