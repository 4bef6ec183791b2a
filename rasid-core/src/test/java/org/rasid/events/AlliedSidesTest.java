package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.rasid.model.Event;

/** The government and its allies fight side by side: a clash never sets one against the other. */
class AlliedSidesTest {

    @Test
    void theArmyNeverClashesWithHezbollah() {
        // snn-2015-08-08-153: the army, Hezbollah and their gunmen on one side, the Islamist factions on the other
        String text = "وبالتزامن مع تجدد قصف الطيران المروحي لبلدة اللطامنة في ريف حماة، استهدفت الفصائل المقاتلة آلية لقوات "
                + "النظام في منطقة الزيارة في سهل الغاب في ريف حماة الشمالي الغربي، مما أدى إلى إعطابها وقتل عدد من عناصر "
                + "القوات النظامية، في حين دارت اشتباكات عنيفة في محيط قرى المشيك والزيارة وتل واسط والمنصورة والبحصة، بين "
                + "قوات النظام و«حزب الله» ومسلحين داعمين لهما، وبين عدد مقاتلين تابعين لعدد من الفصائل الإسلامية، كما "
                + "تعرضت بلدتا قسطون والحويجة في سهل الغاب لقصف جوي مكثف.";
        Event clash = StoryEvents.at(StoryEvents.coded(text, "2015-08-08"), "المشيك");
        assertEquals("Armed clash", clash.acledSubType());
        assertEquals("SYR_GOV", clash.actor1());
        // not the ally named beside the army; the factions are its other side once the story is read (StoryOpponent)
        assertNotEquals("HEZBOLLAH", clash.actor2());
    }
}
