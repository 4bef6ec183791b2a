package org.rasid.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NisbaDualTest {
    @Test
    void feminineAndMasculineAdjectivesGiveTheSameDuals() {
        java.util.Set<String> expected = java.util.Set.of("روسيتان", "روسيتين");
        assertEquals(expected, java.util.Set.copyOf(NisbaDual.of("روسية")));
        assertEquals(expected, java.util.Set.copyOf(NisbaDual.of("روسي")));
        assertTrue(NisbaDual.of("الأمريكية").contains(NisbaDual.of("الأمريكي").get(0)));
    }

    @Test
    void otherFormsHaveNoDual() {
        assertEquals(List.of(), NisbaDual.of("الروس"));
        assertEquals(List.of(), NisbaDual.of("سوري حكومي"));
    }

    @Test
    void aDualAdjectiveNamesTheState() {
        assertEquals(List.of("RUS=طائرتين روسيتين"), ActorRecognizerTest.found("شوهدت طائرتين روسيتين فوق ريف حماة"));
        assertEquals(List.of("RUS=الطائرتان الروسيتان"), ActorRecognizerTest.found("وعادت الطائرتان الروسيتان إلى القاعدة"));
    }
}
