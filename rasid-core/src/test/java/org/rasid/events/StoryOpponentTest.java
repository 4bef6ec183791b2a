package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.pipeline.Pipeline;

/** A fight told without its second side is against the only armed opponent the story sets against its attacker. */
class StoryOpponentTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();

    private static List<Event> events(String text) {
        return PIPELINE.process(new Document("t", "t", text, null, null, null, "2019-06-12", "UTF-8")).events();
    }

    private static Event at(List<Event> es, String place) {
        for (Event e : es) {
            if (place.equals(e.locationAr())) {
                return e;
            }
        }
        throw new AssertionError("no event at " + place + ": " + es);
    }

    @Test
    void aLaterFightOfTheAttackerIsAgainstTheSideTheStoryNamed() {
        String text = "اندلعت اشتباكات عنيفة يوم الاثنين بين قوات النظام وتنظيم داعش في محيط مدينة تدمر بريف حمص. "
                + "ودارت معارك يوم الاثنين قرب بلدة القريتين شنتها قوات النظام.";
        Event later = at(events(text), "القريتين");
        assertEquals("SYR_GOV", later.actor1());
        assertEquals("ISIS", later.actor2());
        var named = later.evidence().part("actor2");
        assertEquals("تنظيم داعش", text.substring(named.start(), named.end())); // the first report's words
    }

    @Test
    void twoOpponentsLeaveTheSecondSideUnnamed() {
        // a fight of another day, so that it is not one incident with either (IncidentSides)
        String text = "اندلعت اشتباكات عنيفة يوم الاثنين بين قوات النظام وتنظيم داعش في محيط مدينة تدمر بريف حمص. "
                + "واندلعت اشتباكات يوم الاثنين بين قوات النظام والفصائل المعارضة في مدينة الرستن بريف حمص. "
                + "ودارت معارك يوم الأحد قرب بلدة القريتين شنتها قوات النظام.";
        assertNull(at(events(text), "القريتين").actor2());
    }

    @Test
    void theOpponentOfAnotherGovernorateIsAnotherFront() {
        String text = "اندلعت اشتباكات عنيفة يوم الاثنين بين قوات النظام وتنظيم داعش في محيط مدينة تدمر بريف حمص. "
                + "ودارت معارك يوم الاثنين قرب بلدة الزبداني بريف دمشق شنتها قوات النظام.";
        assertNull(at(events(text), "الزبداني").actor2());
    }

    @Test
    void aStrikeKeepsItsTargetUntold() {
        // the town shelled is not the striker's foe: its target stays what the text says
        String text = "اندلعت اشتباكات عنيفة يوم الاثنين بين قوات النظام وتنظيم داعش في محيط مدينة تدمر بريف حمص. "
                + "وقصفت قوات النظام يوم الاثنين بلدة القريتين.";
        assertNull(at(events(text), "القريتين").actor2());
    }
}
