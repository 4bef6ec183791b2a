package org.rasid.gazetteer;

import java.util.List;
import org.rasid.segment.Story;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/** The places the resolver finds in one sentence read as a whole story: the fixture of the rule tests. */
final class PlacesOfText {
    private static final ToponymResolver R = new ToponymResolver(Gazetteer.load());

    private PlacesOfText() {
    }

    static List<String> of(String text) {
        NormalizedText doc = ArabicNormalizer.normalize(text);
        Span all = new Span(0, text.length());
        Story story = new Story("t", 0, all, null, null, null, null, null, List.of(all), List.of(all), -1);
        return R.resolve(doc, story, all).stream().map(PlaceMention::locationAr).toList();
    }
}
