package org.rasid.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rasid.actors.ActorMention;
import org.rasid.actors.ActorRecognizer;
import org.rasid.actors.ActorRegistry;
import org.rasid.gazetteer.Gazetteer;
import org.rasid.gazetteer.PlaceMention;
import org.rasid.gazetteer.ToponymResolver;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;
import org.rasid.quantity.CasualtyCounter;
import org.rasid.quantity.CasualtyMention;
import org.rasid.segment.Story;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.time.DateMention;
import org.rasid.time.DateResolver;

/**
 * The mention extractors (places, actors, dates, casualty counts) on hostile and mangled text,
 * over the stories the real segmenter finds: no exception, every span inside its story.
 */
class MentionFuzzTest {
    private static final Pipeline PIPELINE = Pipeline.withDefaults();
    private static final ToponymResolver PLACES = new ToponymResolver(Gazetteer.load());
    private static final ActorRecognizer ACTORS = new ActorRecognizer(ActorRegistry.load());
    private static final DateResolver DATES = new DateResolver();
    private static final CasualtyCounter COUNTS = new CasualtyCounter(ACTORS);

    @Provide
    Arbitrary<String> nasty() {
        return NastyText.text(300);
    }

    /** Seed sentences cut at random and salted with oddities and numbers. */
    @Provide
    Arbitrary<String> mangled() {
        List<String> seeds = Seeds.files().stream().map(f -> Seeds.text(f.getFileName().toString().substring(0, 3))).toList();
        Arbitrary<String> numbers = Arbitraries.of("٣", "١٢", "عشرات", "مئات", "عدد من", "99999999999999999999", "-5",
                "٠٫٥", "1e9", "ثلاثة آلاف", "اثنين", "ألفين", "2018/13/45", "31 شباط", "الأحد الماضي", "أمس", "١٤٤٠ هـ");
        return Combinators.combine(Arbitraries.of(seeds), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 2000), NastyText.text(20), numbers).as((s, at, len, salt, n) -> {
                    int from = at % (s.length() + 1);
                    int to = Math.min(s.length(), from + len);
                    return s.substring(from, to) + " " + n + salt + " " + s.substring(0, Math.min(s.length(), len / 2));
                });
    }

    @Property(tries = 100)
    void hostileTextGivesMentionsInsideTheStory(@ForAll("nasty") String text) {
        check(text);
    }

    @Property(tries = 100)
    void mangledArticlesGiveMentionsInsideTheStory(@ForAll("mangled") String text) {
        check(text);
    }

    @Example
    void corpusInputs() {
        for (String text : NastyText.corpusTexts("text")) {
            check(text);
        }
        check(("قتل " + "١".repeat(400) + " مدنيا في حلب يوم ").repeat(50));
        check("في " + "ريف ".repeat(5000) + "إدلب");
        check("قوات " + "النظام ".repeat(5000));
    }

    static void check(String text) {
        Document d = Document.ofText("fuzz", text);
        NormalizedText doc = ArabicNormalizer.normalize(text);
        List<Story> stories = PIPELINE.segment(d, PIPELINE.clean(d));
        Span whole = new Span(0, text.length());
        for (Story s : stories) {
            inside(s.span(), whole, "story");
            for (PlaceMention m : PLACES.resolve(doc, s, s.span())) {
                inside(m.span(), s.span(), "place " + m);
                assertTrue(m.geoPrecision() >= 1 && m.geoPrecision() <= 3, m.toString());
            }
            for (ActorMention m : ACTORS.find(doc, s.span())) {
                inside(m.span(), s.span(), "actor " + m);
                assertNotNull(m.actorId());
            }
            for (DateMention m : DATES.find(doc, s.span(), LocalDate.of(2018, 9, 4))) {
                inside(m.span(), s.span(), "date " + m);
                if (m.date() != null) {
                    assertTrue(m.date().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), "date " + m);
                }
            }
            for (DateMention m : DATES.find(doc, s.span(), null)) {
                inside(m.span(), s.span(), "date without anchor " + m);
            }
            for (CasualtyMention m : COUNTS.find(doc, s.span())) {
                inside(m.span(), s.span(), "count " + m);
                if (m.countSpan() != null) {
                    inside(m.countSpan(), whole, "count words " + m);
                }
                assertTrue(m.count() == null || m.count() >= 0, "negative toll " + m);
            }
        }
    }

    static void inside(Span s, Span outer, String what) {
        assertNotNull(s, what + " without span");
        assertTrue(outer.contains(s), () -> what + " " + s + " outside " + outer);
    }
}
