package org.rasid.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OutletNamesTest {
    private final OutletNames outlets = OutletNames.load();

    @Test
    void namesAndAliasesAfterNormalisation() {
        assertEquals("بلدي نيوز", outlets.find("بلدي نيوز"));
        assertEquals("سمارت", outlets.find("سمارت"));
        assertEquals("أورينت نت", outlets.find("اورينت نت"));
        assertEquals("سانا", outlets.find("وكالة الأنباء السورية"));
        assertEquals("عين اليوم", outlets.find("«عين اليوم»"));
    }

    @Test
    void onlyBylineNamesCountNotTheNamesCitedInText() {
        // outlets.tsv is shared with the actor registry: its in-text aliases are not byline names
        assertNull(outlets.find("شبكة بلدي نيوز"));
        assertEquals("بلدي نيوز", outlets.find("بلدي")); // a byline alias, too short for running text
        assertNull(outlets.find("قناة الميادين")); // an outlet without a byline name
    }

    @Test
    void placesAndPeopleAreNotOutlets() {
        assertNull(outlets.find("درعا"));
        assertNull(outlets.find("محمد الشمالي"));
        assertNull(outlets.find(null));
    }
}
