package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.rasid.testing.RealTexts;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.PhrasePass;
import org.rasid.text.Span;
import org.rasid.text.Token;
import org.junit.jupiter.api.Test;

class SentenceTest {
    /** The regexes the char scan replaced: a strong break, else a comma-like one. */
    private static int byRegex(String gap) {
        if (gap.matches("(?s).*[؛;.!?:\\n].*")) {
            return 2;
        }
        return gap.matches("(?s).*[،,(\"«»“”].*") ? 1 : 0;
    }

    @Test
    void gapScanEqualsTheRegexesOnRealText() {
        int gaps = 0;
        int breaks = 0;
        for (RealTexts.Text t : RealTexts.all()) {
            NormalizedText doc = ArabicNormalizer.normalize(t.text());
            List<Token> tokens = ArabicTokenizer.tokenize(doc.text());
            for (int i = 1; i < tokens.size(); i++) {
                int from = tokens.get(i - 1).end();
                int to = tokens.get(i).start();
                int expected = byRegex(doc.text().substring(from, to));
                assertEquals(expected, Sentence.gap(doc.text(), from, to), t.id() + " @" + from);
                gaps++;
                breaks += expected > 0 ? 1 : 0;
            }
        }
        assertTrue(gaps > 1000 && breaks > 100, gaps + " gaps, " + breaks + " breaks");
    }

    @Test
    void gapKinds() {
        assertEquals(2, Sentence.gap("قتل، ثم؛ فر", 3, 10));
        assertEquals(1, Sentence.gap("قتل، ثم", 3, 5));
        assertEquals(0, Sentence.gap("قتل ثم", 3, 4));
        assertEquals(2, Sentence.gap("أ\nب", 1, 2));
    }

    @Test
    void onePassOfCuesAndTriggersReadsAsTwoScansOnRealText() {
        EventCues cues = EventCues.load();
        TriggerLexicon triggers = TriggerLexicon.load();
        PhrasePass<String, Trigger> pass = new PhrasePass<>(cues.matcher(), triggers.matcher());
        TriggerMatcher matcher = new TriggerMatcher(triggers);
        int found = 0;
        for (RealTexts.Text t : RealTexts.all()) {
            NormalizedText doc = ArabicNormalizer.normalize(t.text());
            Span span = new Span(0, t.text().length());
            Sentence apart = new Sentence(doc, span, cues);
            Sentence together = new Sentence(doc, span, pass);
            assertEquals(apart.cues, together.cues, t.id());
            List<TriggerMention> expected = matcher.find(apart);
            assertEquals(expected.toString(), matcher.find(together).toString(), t.id());
            found += expected.size();
        }
        assertTrue(found > 50, found + " triggers");
    }

    private static Sentence sentence(String text) {
        return new Sentence(ArabicNormalizer.normalize(text), new org.rasid.text.Span(0, text.length()),
                EventCues.load());
    }

    /** The index of the first word of s equal to the normalised spelling of w. */
    private static int wordAt(Sentence s, String w) {
        String n = ArabicNormalizer.normalize(w).text();
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.word(i).equals(n)) {
                return i;
            }
        }
        throw new AssertionError(w + " not in the sentence");
    }

    @Test
    void aContrastOpensAClauseWithItsOwnDayButNotAScene() {
        Sentence roundUp = sentence("قصفت الطائرات بلدة كفرنبل امس، بينما خطف مسلحون اليوم شابا في سراقب");
        assertTrue(roundUp.ownDayClause(wordAt(roundUp, "اليوم")));
        assertTrue(!roundUp.ownDayClause(wordAt(roundUp, "امس")));
        assertTrue(roundUp.report[wordAt(roundUp, "اليوم")] > roundUp.report[wordAt(roundUp, "امس")]);
        Sentence scene = sentence("قتل الشاب بغارة جوية، بينما كان يقود سيارته في الثامن من يوليو");
        assertTrue(!scene.ownDayClause(wordAt(scene, "الثامن")));
    }

    @Test
    void theStemAfterOneProcliticComesFromTheReadings() {
        Sentence s = sentence("وسيقصف الطيران لشن غارات فالقصف مستمر");
        assertEquals("سيقصف", s.afterProclitic(0, "وف"));
        assertEquals(null, s.afterProclitic(1, "وف")); // الطيران: the article is no proclitic
        assertEquals("شن", s.afterProclitic(2, "ل"));
        assertEquals("القصف", s.afterProclitic(4, "وف")); // the article stays on the stem
    }

    @Test
    void aWordIsInASetAsWrittenOrAfterAndOnly() {
        Sentence s = sentence("استهدفت وطائرات بطائرات مروحيات");
        java.util.Set<String> means = java.util.Set.of("طايرات", "مروحيات");
        assertTrue(s.bareOrAfterAnd(1, means));
        assertTrue(s.bareOrAfterAnd(3, means));
        assertEquals(false, s.bareOrAfterAnd(2, means)); // ب is not the conjunction
    }

    @Test
    void aRoundUpItemAfterACommaOpensAClauseButAlsoInsideAClauseDoesNot() {
        Sentence list = sentence("قصفت قوات النظام بلدة كفرنبودة، كذلك دارت اشتباكات في قرية الهبيط");
        int shelled = 0;
        int clashes = 7;
        assertEquals("اشتباكات", list.word(clashes));
        assertTrue(list.clause[clashes] > list.clause[shelled]);
        Sentence said = sentence("وقال المتحدث أيضا إن الاشتباكات توقفت في المدينة");
        assertEquals(said.clause[0], said.clause[said.tokens.size() - 1]);
        Sentence noComma = sentence("ودارت اشتباكات عنيفة وكذلك قصف مدفعي على البلدة");
        assertEquals(noComma.clause[0], noComma.clause[noComma.tokens.size() - 1]);
    }

    @Test
    void aTimeAdverbHoldingABreakPhraseDoesNotBreakTheClause() {
        // "في وقت مبكر" is "early", not the break "في وقت" (at a time when)
        Sentence early = sentence("قصفت الطائرات الحربية في وقت مبكر من صباح اليوم بلدة معرة النعمان");
        assertEquals(early.clause[0], early.clause[early.tokens.size() - 1]);
        Sentence before = sentence("أعلنت الوزارة في وقت سابق من اليوم إغلاق المعبر الحدودي");
        assertEquals(before.clause[0], before.clause[before.tokens.size() - 1]);
        Sentence when = sentence("قصفت الطائرات بلدة معرة النعمان في وقت تشهد فيه المنطقة اشتباكات");
        assertTrue(when.clause[when.tokens.size() - 1] > when.clause[0]);
    }

    @Test
    void aReportOpenerStartsAnotherReportOfTheSentence() {
        Sentence s = sentence("قصفت قوات النظام بلدة التمانعة، كما قصفت قرية سكيك، فيما دارت اشتباكات في تل عاس");
        int last = s.tokens.size() - 1;
        assertEquals(0, s.report[0]);
        assertTrue(s.report[5] > s.report[0], s.word(5)); // "كما" after a comma
        assertTrue(s.report[last] > s.report[5]);
        Sentence said = sentence("قصفت الطائرات البلدة كما أعلن المرصد؛ وذلك بعد اشتباكات في محيطها");
        assertEquals(said.report[0], said.report[said.tokens.size() - 1], "no opener after a comma");
    }

    @Test
    void fadlanAnAfterACommaOpensARoundUpItem() {
        Sentence list = sentence("قصف الطيران بلدة معرشورين، فضلاً عن قصف مدفعي على قرية تلمنس");
        int shelled = 0;
        int artillery = 6;
        assertEquals("قصف", list.word(artillery));
        assertTrue(list.clause[artillery] > list.clause[shelled]);
        // without a comma it only adds to a count: "قتل 4 فضلا عن 7 جرحى" is one clause
        Sentence toll = sentence("وقتل أربعة مدنيين فضلا عن سبعة جرحى في القصف");
        assertEquals(toll.clause[0], toll.clause[toll.tokens.size() - 1]);
    }

    @Test
    void aSpanCoversTheTokensItTouchesPunctuationIncluded() {
        String text = "وقال يوم 6/4/2018 إن القصف توقف";
        Sentence s = sentence(text);
        int from = text.indexOf("يوم");
        org.rasid.text.Span day = new org.rasid.text.Span(from, text.indexOf(" إن"));
        int first = s.tokenOf(day);
        assertEquals(wordAt(s, "يوم"), first);
        // the date is more tokens than its whitespace-split words: the span's end names the last one
        assertEquals(wordAt(s, "إن"), s.tokenEndOf(day));
        assertTrue(s.tokenEndOf(day) - first > day.of(text).split(" ").length, "tokens " + (s.tokenEndOf(day) - first));
    }
}
