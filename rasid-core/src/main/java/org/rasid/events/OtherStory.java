package org.rasid.events;

import java.util.List;
import org.rasid.ingest.Document;
import org.rasid.model.Event;
import org.rasid.segment.Story;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Span;

/**
 * A story about another matter. A feed of Syria news carries whole stories of the region's other news, found
 * because Syria is named somewhere in passing: al-Zawahiri's video on the anniversary of 11 September, the
 * quarrel between Canada and Saudi Arabia, Khashoggi's disappearance, a Kurdish boycott of Iraq's elections,
 * Qatar's call on its neighbours. Their statements, calls and meetings are placed nowhere or abroad, and the
 * guidelines code statements about other matters as optional at most. Such a story is told by its headline and
 * its lead (two paragraphs): when neither names anything of Syria (no place in Syria, no party of its war, no word
 * of Syria: {@link OtherMatter#namesSyria}), a verbal event not placed in Syria whose own paragraph and the next
 * name nothing of Syria either is another matter's news. Where the headline or the lead names Syria, a paragraph
 * that does not keeps its events (the UN's call for restraint after the strikes on Syria), and OtherMatter alone decides. A meeting's
 * agenda is told in other paragraphs (the Gulf ministers' meeting with Kerry in Doha, then "تحدثنا عن الأوضاع
 * في سوريا"): a meeting is another matter's only when nothing of Syria is named in the whole story.
 */
final class OtherStory {
    /** ISO 3166-2 codes of Syrian governorates start so. */
    private static final String HOME = "SY-";
    /** event_words.tsv kinds whose words, inside any word of a headline, name Syria (as in OtherMatter). */
    private static final String[] STEMS = {"syria", "home_stem"};
    /** The paragraphs of a story's lead: the summary, then the first paragraph of the body. */
    private static final int LEAD = 2;

    private OtherStory() {
    }

    /**
     * Whether a verbal event, not placed in Syria, belongs to a story whose headline and lead name nothing of Syria,
     * and its paragraph neither.
     */
    static boolean about(Event e, StoryContext context, EventWords words) {
        if (e.acledType() != null || e.admin1() != null && e.admin1().startsWith(HOME)) {
            return false;
        }
        Story story = context.story();
        if (story.paragraphs().isEmpty() || headlineNamesSyria(context.document(), story, words)) {
            return false;
        }
        List<Span> paragraphs = story.paragraphs();
        for (int i = 0; i < Math.min(LEAD, paragraphs.size()); i++) {
            if (OtherMatter.namesSyria(paragraphs.get(i), context, words)) {
                return false;
            }
        }
        if (CameoRoot.MEETING.equals(e.cameo())) {
            return !OtherMatter.namesSyria(story.span(), context, words);
        }
        return !tiedToSyria(e, context, words);
    }

    /**
     * Whether the event's paragraph or the next names Syria: the paragraph after a statement often tells what it
     * answered ("وجاء انتقاد البيت الأبيض بعد أن اتهمت إسرائيل قوات إيرانية في سوريا").
     */
    private static boolean tiedToSyria(Event e, StoryContext context, EventWords words) {
        List<Span> paragraphs = context.story().paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Span p = paragraphs.get(i);
            if (p.start() <= e.evidence().start() && e.evidence().start() < p.end()) {
                return OtherMatter.namesSyria(p, context, words)
                        || i + 1 < paragraphs.size() && OtherMatter.namesSyria(paragraphs.get(i + 1), context, words);
            }
        }
        return true; // outside every paragraph: no paragraph tells its matter
    }

    /** A word of Syria in the story's headline (the document's title when the story has none); false without one. */
    private static boolean headlineNamesSyria(Document document, Story story, EventWords words) {
        String title = story.title() != null ? story.title() : document.title();
        if (title == null || title.isBlank()) {
            return true; // no headline tells the story's matter: the paragraphs' own rule decides
        }
        String text = ArabicNormalizer.normalize(title).text();
        for (String kind : STEMS) {
            for (String stem : words.of(kind)) {
                if (text.contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
