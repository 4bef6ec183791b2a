package org.rasid.events;

import java.util.Set;
import org.rasid.actors.Actor;
import org.rasid.actors.ActorMention;
import org.rasid.actors.ActorRegistry;
import org.rasid.model.Event;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/**
 * A statement made abroad about another matter. Verbal events about the Syrian conflict are coded
 * wherever they were made; verbal events about other matters are optional (annotation.md, "Verbal events
 * about Syria in general"). A digest page strings the region's items together, and a Syrian article closes
 * with the day's other news: Erdogan on Khashoggi's disappearance in Istanbul, the White House warning Iran
 * over Basra, condemnations of the Gaza killings. Such an item is its own paragraph, and it names nothing of
 * Syria: no place in Syria, no party of its war (a Syrian actor, a rebel, jihadist or Kurdish group, a
 * militia), no word of Syria (event_words.tsv {@code syria} and {@code home_stem}: سوري, دمشق, الأسد,
 * آستانة). A verbal event placed abroad in such a paragraph is not coded; one placed in Syria, or placed
 * nowhere, keeps its own rules (StatementPlacer ties a statement about Syria to the place it is about), and
 * so does a meeting.
 */
final class OtherMatter {
    /** ISO 3166-2 codes of Syrian governorates start so; other places carry their country's code. */
    private static final String HOME = "SY-";
    /** The CAMEO actor code of Syrian parties (SYRGOV, SYRMIL, SYRREB…). */
    private static final String SYRIAN = "SYR";
    /**
     * A meeting (CAMEO 04) is news by its parties, and its agenda is told in other paragraphs ("عقد ماكرون
     * مؤتمرا صحفيا مع ولي العهد السعودي في باريس", then what they said of Syria): it keeps its own rules.
     */
    /** Kinds of the war's armed non-state parties, Syrian or not (ISIS, Hezbollah, the PKK). */
    private static final Set<String> ARMED_PARTIES = Set.of("rebel_group", "political_militia", "identity_militia");
    /** Civilians and protesters carry a Syrian code as the default victims of any place: they name no side. */
    private static final Set<String> NO_SIDE = Set.of("CIVILIANS", "PROTESTERS");
    private static final ActorRegistry ACTORS = ActorRegistry.load();
    /** event_words.tsv kinds whose words, inside any word of the paragraph, name Syria: سوري, then دمشق, الأسد. */
    private static final String[] STEMS = {"syria", "home_stem"};

    private OtherMatter() {
    }

    /** Whether a verbal event is placed abroad in a paragraph of the story that names nothing of Syria. */
    static boolean about(Event e, StoryContext context, EventWords words) {
        if (e.acledType() != null || CameoRoot.MEETING.equals(e.cameo()) || e.admin1() == null || e.admin1().startsWith(HOME)) {
            return false;
        }
        Span paragraph = paragraphOf(context, e.evidence().start());
        return paragraph != null && !namesSyria(paragraph, context, words);
    }

    private static Span paragraphOf(StoryContext context, int at) {
        for (Span p : context.story().paragraphs()) {
            if (p.start() <= at && at < p.end()) {
                return p;
            }
        }
        return null;
    }

    /** A place in Syria, a party of its war or a word of Syria within the paragraph. */
    static boolean namesSyria(Span paragraph, StoryContext context, EventWords words) {
        for (Arguments.Place p : context.places()) {
            if (paragraph.contains(p.span()) && p.admin1() != null && p.admin1().startsWith(HOME)) {
                return true;
            }
        }
        for (ActorMention m : context.actors()) {
            if (!m.outlet() && paragraph.contains(m.span()) && party(m.actorId())) {
                return true;
            }
        }
        NormalizedText doc = context.doc();
        String text = doc.text().substring(doc.fromOriginal(paragraph.start()),
                Math.min(doc.length(), doc.fromOriginal(paragraph.end())));
        for (String kind : STEMS) {
            for (String stem : words.of(kind)) {
                if (text.contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean party(String id) {
        Actor a = id == null ? null : ACTORS.byId(id).orElse(null);
        return a != null && !NO_SIDE.contains(a.id())
                && (a.cameoCode().startsWith(SYRIAN) || ARMED_PARTIES.contains(a.kind()));
    }
}
