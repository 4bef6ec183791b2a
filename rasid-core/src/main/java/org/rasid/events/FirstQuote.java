package org.rasid.events;

import org.rasid.gazetteer.HomeRegion;

/**
 * Whether an undated quote is a statement (issue 14). "قال X إن" with no day in its sentence is most
 * often a quote that colours the story (StatementPlacer); but the first time a story quotes a speaker
 * on the war ("وقال وزير الدفاع، أفيغدور ليبرمان، إن إسرائيل ضربت ... في الأراضي السورية") the quote
 * is the statement itself, and the guidelines code verbal events about the Syrian conflict wherever
 * they were made. What the quote is about is read from its content: the home country or a place in
 * it. A quote on anything else (a journalist's killing, a nuclear deal) stays colour, and so does one
 * that names only a party of the war ("إن الحكومة السورية هي حكومة سوريا"): on the dev gold such quotes
 * are coded with stronger acts than a plain 01 (16, 12), and read alone they add false 01s. Its
 * speaker must be named as the verb's subject, between the verb and its content: an unnamed source
 * ("قال مسؤول أميركي", "كشفت مصادر") or a former official is a minor voice (docs/annotation.md), and an
 * actor only the content names is not the one who speaks ("وأوضح مدير المرصد أن التنظيم").
 */
final class FirstQuote {
    private FirstQuote() {
    }

    /**
     * Whether speech verb {@code c}, said by {@code who}, is a statement though undated: a plain one (coded as
     * its verb), its speaker named as its subject, and what it reports names the home country or a place in it.
     */
    static boolean news(Sentence s, Candidate c, ActorAssignment who, SentenceArguments a, Arguments args,
                        StoryContext story) {
        // an act its content tells is read as said, whatever its modality ("ستواصل العمل من أجل منع استخدام
        // أسلحة كيميائية"): only a quote that codes as its own verb, or as the stance its words take, is taken
        int open = SpeechStatement.opener(s, c.t());
        return open >= 0 && c.cameo().equals(StatementStance.of(s, open, c.t().trigger().cameo()))
                && named(s, c.t(), who.a1(), open)
                && aboutHome(s, open, a, args, story);
    }

    /** Whether the speaker stands between the verb and its content, not as a source noun's or a former one's. */
    private static boolean named(Sentence s, TriggerMention v, RoledActor speaker, int open) {
        if (speaker == null || speaker.former() || speaker.token() < v.tokenEnd() || speaker.token() >= open) {
            return false;
        }
        for (int i = v.tokenEnd(); i <= speaker.token(); i++) {
            if (EventWords.standard().is("source_noun", s.word(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean aboutHome(Sentence s, int open, SentenceArguments a, Arguments args, StoryContext story) {
        HomeRegion home = HomeRegion.get();
        for (Arguments.Place p : a.places()) {
            if (s.tokenOf(p.span()) > open && home.isHome(p.admin1())) {
                return true;
            }
        }
        // the country itself is no place an event is located at, so the story's places leave it out
        String country = "cc:" + home.country();
        for (Arguments.Place p : args.places(s.doc, story.story(), s.span)) {
            if (s.tokenOf(p.span()) > open && country.equals(p.placeId())) {
                return true;
            }
        }
        return false;
    }
}
