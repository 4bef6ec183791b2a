package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.text.ArabicNormalizer;

class AnnouncedNounTest {
    @Test
    void aPledgeAnnouncedIsIntentToCooperate() {
        // ANT dev ant-sk-middleeast-89-20180227: no إن/أن, the content is the pledge with the speaker's pronoun
        assertEquals(List.of("03 OPPOSITION"), VerbalEvents.speakers("أعلنت فصائل مقاتلة، الثلاثاء، التزامها بإخراج "
                + "مقاتلين ينتمون لـ\"جبهة تحرير الشام\"، جبهة النصرة سابقا، وعائلاتهم من الغوطة الشرقية."));
    }

    @Test
    void anIntentAnsweringAnothersAttackIsADisapproval() {
        // feed ant-sk-middleeast-893-20180410: the attack is Israel's, the complaint Lebanon's answer to it
        assertEquals(List.of("11 LBN"), VerbalEvents.speakers("أعلن لبنان،الثلاثاء، عزمه تقديم شكوى إلى مجلس الأمن "
                + "الدولي ضد اسرائيل لاستعمالها الأجواء اللبنانية للهجوم على مواقع بسوريا."));
    }

    @Test
    void theNounIsEvidenceBesideTheVerb() {
        // ANT dev ant-sk-middleeast-89-20180227
        List<String> words = VerbalEvents.verbal("أعلنت فصائل مقاتلة، الثلاثاء، التزامها بإخراج مقاتلين من الغوطة "
                + "الشرقية.").get(0).evidence().spans().stream().filter(p -> p.role().equals("trigger"))
                .map(p -> p.text()).toList();
        assertEquals(List.of("أعلنت", "التزامها"), words);
    }

    @Test
    void aNounReadsWithTheSpeakersPronounOnly() {
        assertEquals(CameoRoot.STATEMENT, AnnouncedNoun.classOf(normal("مسؤوليتها")));
        assertEquals("16", AnnouncedNoun.classOf(normal("انسحابهم")));
        assertNull(AnnouncedNoun.classOf(normal("الانسحاب"))); // no pronoun: the act itself, no stance of the speaker
        assertNull(AnnouncedNoun.classOf(normal("مسؤولية")));
    }

    private static String normal(String word) {
        return ArabicNormalizer.normalizeTerm(word);
    }
}
