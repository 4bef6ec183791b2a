package org.rasid.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.segment.Story;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

class PlaceContextTest {
    private static final ToponymMatcher MATCHER = new ToponymMatcher(Gazetteer.load());

    @Test
    void sectionHeaderAboveTheRegionWithoutASegmenter() {
        String text = Seeds.text("004");
        NormalizedText doc = ArabicNormalizer.normalize(text);
        int at = text.indexOf("قرية النملية");
        PlaceContext c = PlaceContext.of(doc, null, new Span(at, at + 10), MATCHER);
        assertEquals("SY-DY", c.sectionAdmin1); // under "ديرالزور::"
        int hasakah = text.indexOf("قرية خويبرة");
        assertEquals("SY-HA", PlaceContext.of(doc, null, new Span(hasakah, hasakah + 10), MATCHER).sectionAdmin1);
    }

    @Test
    void datelineFoundAtTheHeadOfTheStory() {
        // seed 003: "سمارت-درعا" on its own line
        String text = Seeds.text("003");
        NormalizedText doc = ArabicNormalizer.normalize(text);
        int start = text.indexOf("الروس يعرضون");
        Span story = new Span(start, text.length());
        Story s = new Story("003", 0, story, null, null, null, null, null, List.of(story), List.of(story), -1);
        assertEquals("SY-DR", PlaceContext.of(doc, s, story, MATCHER).datelineAdmin1);
    }

    @Test
    void storysOwnSectionAndDatelineWin() {
        String text = "تعرضت قرية لقصف.";
        NormalizedText doc = ArabicNormalizer.normalize(text);
        Span all = new Span(0, text.length());
        Story s = new Story("t", 0, all, null, "ديرالزور", "سمارت-حماة", null, null, List.of(all), List.of(all), -1);
        PlaceContext c = PlaceContext.of(doc, s, all, MATCHER);
        assertEquals("SY-DY", c.sectionAdmin1);
        assertEquals("SY-HM", c.datelineAdmin1);
        assertNull(PlaceContext.of(doc, null, all, MATCHER).sectionAdmin1);
    }

    @Test
    void votesCountUnambiguousPlacesOfTheStory() {
        String text = "قصف على معرة النعمان وخان شيخون وسراقب، وعلى حمص.";
        NormalizedText doc = ArabicNormalizer.normalize(text);
        Span all = new Span(0, text.length());
        PlaceContext c = PlaceContext.of(doc, null, all, MATCHER);
        assertEquals("SY-ID", c.leading());
        assertEquals(3, c.votes("SY-ID"));
    }

    @Test
    void headerMarkOnlyInsideTheStory() {
        String text = "قصف على مدينة حلب\nإدلب::\nغارات على سراقب";
        int mark = text.indexOf("::");
        assertTrue(PlaceContext.hasHeaderMark(text, 0, text.length()));
        assertFalse(PlaceContext.hasHeaderMark(text, mark + 2, text.length()));
        assertFalse(PlaceContext.hasHeaderMark(text, 0, mark + 1)); // cut between the colons
        assertTrue(PlaceContext.hasHeaderMark(text, 0, mark + 2));
    }

    @Test
    void dashOnlyInsideTheSearchedHead() {
        String text = "مراسل الشبكة \u2013 حماة\nقصف على كفرزيتا";
        int dash = text.indexOf('\u2013');
        assertTrue(PlaceContext.hasDash(text, 0, text.length()));
        assertTrue(PlaceContext.hasDash(text, dash, dash + 1));
        assertFalse(PlaceContext.hasDash(text, dash + 1, text.length()));
        assertFalse(PlaceContext.hasDash(text, 0, dash));
        assertTrue(PlaceContext.hasDash("درعا-بصرى", 0, 9));
        assertTrue(PlaceContext.hasDash("درعا\u2014بصرى", 0, 9));
    }

    @Test
    void aStoryWithoutADashHasNoDatelineGovernorate() {
        String text = "سمارت درعا\nقصف على بصرى الشام";
        assertNull(PlaceContext.of(ArabicNormalizer.normalize(text), null, new Span(0, text.length()), MATCHER)
                .datelineAdmin1);
        String dashed = "سمارت-درعا\nقصف على بصرى الشام";
        assertEquals("SY-DR", PlaceContext.of(ArabicNormalizer.normalize(dashed), null,
                new Span(0, dashed.length()), MATCHER).datelineAdmin1);
    }

    @Test
    void headerInsideTheScopeStillNamesTheSection() {
        String text = "قصف على مدينة حلب\nإدلب::\nغارات على سراقب";
        NormalizedText doc = ArabicNormalizer.normalize(text);
        int raid = text.indexOf("غارات");
        assertEquals("SY-ID", PlaceContext.of(doc, null, new Span(raid, text.length()), MATCHER).sectionAdmin1);
        assertNull(PlaceContext.of(doc, null, new Span(0, 10), MATCHER).sectionAdmin1);
    }
}
