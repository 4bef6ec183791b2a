package org.rasid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

class EventColumnsTest {
    private final List<Event> events = SeedFixtures.result004().events();

    @Test
    void classIsTheAcledTypeElseTheCameoRoot() {
        assertEquals("Battles", EventColumns.eventClass(events.get(2)));
        assertEquals("cameo:04", EventColumns.eventClass(SeedFixtures.result000().events().get(0)));
    }

    @Test
    void actorsAreBothSidesEachOnce() {
        assertEquals(Set.of("YPG", "FSA"), EventColumns.actors(events.get(2)));
        assertEquals(Set.of("CIVILIANS"), EventColumns.actors(events.get(0)));
    }

    @Test
    void anEventIsCountedUnderItsOwnDateElseItsStorysDay() {
        assertEquals("2018-09-03", EventColumns.eventDay(events.get(0), "2018-09-04T10:00"));
        // the shelling of جزرايا carries no date: the bulletin's day
        assertEquals("2018-09-04", EventColumns.eventDay(events.get(1), "2018-09-04T10:00"));
        assertNull(EventColumns.eventDay(events.get(1), "أمس"));
    }

    @Test
    void searchTextIsTheEvidenceSentenceAndThePlace() {
        String text = EventColumns.searchText(events.get(2));
        assertEquals(events.get(2).evidence().sentence() + "\nترندة", text);
    }

    @Test
    void storedStoriesInheritTheDocumentsOutlet() {
        var stories = EventColumns.storedStories(SeedFixtures.result004());
        assertEquals("شبكة شام", stories.get(0).outlet());
        assertEquals("2018-09-04", stories.get(0).published());
        assertEquals(Set.of("شبكة شام"), EventColumns.outlets(events.get(0), stories.get(0)));
    }
}
