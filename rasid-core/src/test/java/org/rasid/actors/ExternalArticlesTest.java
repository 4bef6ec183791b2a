package org.rasid.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.quantity.CasualtyCounter;
import org.rasid.quantity.CasualtyMention;
import org.rasid.testing.Prerequisites;
import org.rasid.testing.Seeds;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.time.DateMention;
import org.rasid.time.DateResolver;

/**
 * Rules written on the 2018 seeds, run on 342 articles of other outlets from 2015 (the shared
 * external corpus; skipped when it is absent): 2015 names (داعش، جبهة النصرة), tolls with
 * coordinated counts, dates relative to the publication day, and offsets that always map back.
 */
class ExternalArticlesTest {
    private record Article(String id, String text, LocalDate published) {
    }

    private static final ActorRecognizer ACTORS = new ActorRecognizer(ActorRegistry.load());
    private static final CasualtyCounter TOLLS = new CasualtyCounter(ACTORS);
    private static final DateResolver DATES = new DateResolver();
    private static List<Article> articles;

    @BeforeAll
    static void load() throws IOException {
        Path shared = Seeds.shared();
        Path file = shared == null ? null : shared.resolve("corpus/external/saudinewsnet-syria-2015/articles.jsonl");
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        articles = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode n = json.readTree(line);
            articles.add(new Article(n.get("id").asText(), n.get("text").asText(),
                    LocalDate.parse(n.get("published").asText().substring(0, 10))));
        }
    }

    private static Article article(String id) {
        Prerequisites.require(articles != null, "shared external corpus absent");
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static Span sentence(Article a, String part) {
        int at = a.text().indexOf(part);
        assertTrue(at >= 0, part);
        return new Span(at, at + part.length());
    }

    @Test
    void coordinatedCountsOfTwoSides() {
        Article a = article("snn-2015-07-21-18");
        NormalizedText doc = ArabicNormalizer.normalize(a.text());
        List<String> tolls = TOLLS.find(doc, sentence(a, "سجّل مقتل 34 عنصرا من حزب الله و17 من قوات النظام،")).stream()
                .map(m -> m.role() + " " + m.count() + " " + m.who()).toList();
        assertEquals(List.of("killed 34 HEZBOLLAH", "killed 17 SYR_GOV"), tolls);

        Article b = article("snn-2015-07-21-13");
        NormalizedText doc2 = ArabicNormalizer.normalize(b.text());
        Span s = sentence(b, "كما تمكن التنظيم في اليوم ذاته من قتل 4 ضباط آخرين برتب عميد وعقيد، و12 عنصرًا آخر من قوات النظام بينهم ضباط صف");
        assertEquals(List.of("killed 4 null", "killed 12 SYR_GOV"),
                TOLLS.find(doc2, s).stream().map(m -> m.role() + " " + m.count() + " " + m.who()).toList());
        // "التنظيم" is ISIS named earlier in the article as "تنظيم داعش"; "في اليوم ذاته" is no story date
        assertTrue(ACTORS.find(doc2, s).stream().anyMatch(m -> m.actorId().equals("ISIS") && m.surface().equals("التنظيم")));
        assertTrue(DATES.find(doc2, s, b.published()).isEmpty());
    }

    @Test
    void namesOf2015AndRelativeDates() {
        Article a = article("snn-2015-07-24-733");
        NormalizedText doc = ArabicNormalizer.normalize(a.text());
        Span s = sentence(a, "وكان المبعوث الأممي ستيفان دي ميستورا قد وصل دمشق صباح أمس الخميس");
        assertTrue(ACTORS.find(doc, s).stream().anyMatch(m -> m.actorId().equals("UN")));
        List<DateMention> d = DATES.find(doc, s, a.published());
        assertEquals(1, d.size());
        assertEquals("صباح أمس الخميس", d.get(0).text());
        assertEquals("2015-07-23", d.get(0).date());

        Article b = article("snn-2015-07-31-514");
        NormalizedText doc2 = ArabicNormalizer.normalize(b.text());
        Span s2 = sentence(b, "وأعلنت «الفرقة 30 مشاة» التابعة للجيش السوري الحر والعاملة في محافظة حلب شمال البلاد يوم أمس الخميس، اختطاف «جبهة النصرة» قائدها");
        Set<String> ids = ACTORS.find(doc2, s2).stream().map(ActorMention::actorId).collect(Collectors.toSet());
        assertEquals(Set.of("FSA", "NUSRA"), ids);
        assertEquals("HTS", ACTORS.registry().successor("NUSRA").orElseThrow());
        assertEquals("2015-07-30", DATES.find(doc2, s2, b.published()).get(0).date());
    }

    @Test
    void everyArticleMapsBackToItsOriginalText() {
        Prerequisites.require(articles != null, "shared external corpus absent");
        int actors = 0;
        int dates = 0;
        int tolls = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (Article a : articles) {
            NormalizedText doc = ArabicNormalizer.normalize(a.text());
            Span all = new Span(0, a.text().length());
            for (ActorMention m : ACTORS.find(doc, all)) {
                assertEquals(m.surface(), m.span().of(a.text()), a.id());
                assertTrue(ACTORS.registry().byId(m.actorId()).isPresent());
                seen.add(m.actorId());
                actors++;
            }
            for (DateMention d : DATES.find(doc, all, a.published())) {
                assertEquals(d.text(), d.span().of(a.text()), a.id());
                assertTrue(d.precision() >= 1 && d.precision() <= 3);
                dates++;
            }
            for (CasualtyMention c : TOLLS.find(doc, all)) {
                assertTrue(c.count() == null || c.count() >= 0, a.id());
                assertTrue(c.span().contains(c.countSpan()) || c.countSpan().start() >= c.span().start(), a.id());
                tolls++;
            }
        }
        System.out.printf("external: %d articles, %d actor mentions (%d actors), %d dates, %d tolls%n",
                articles.size(), actors, seen.size(), dates, tolls);
        assertTrue(seen.containsAll(Set.of("ISIS", "NUSRA", "AHRAR_SHAM", "JAISH_FATH", "COALITION", "SYR_GOV", "HEZBOLLAH")), seen.toString());
    }
}
