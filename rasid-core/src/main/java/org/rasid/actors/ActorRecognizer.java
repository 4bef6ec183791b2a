package org.rasid.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.lexicon.Particles;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;
import org.rasid.text.NormalizedText;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Span;
import org.rasid.text.Token;

/**
 * Finds the actors named in a region of a document: registry aliases through clitics, quotes and
 * the article (leftmost-longest, so "الجيش السوري الحر" is FSA, not SYR_GOV, and "هيئة تحرير
 * الشام" is one name), nationality adjectives after a title or body ("وزير الخارجية الألماني" is
 * DEU, "الوفد الروسي" is RUS; after an outlet, "وكالة تاس الروسية", they only describe it),
 * outlets cited as sources, and words that name an actor through an earlier mention ("قيادة
 * الميليشيات" after "الميليشيات الموالية لإيران", "مندوبها" after "روسيا").
 *
 * <p>Immutable after construction: one instance may serve many threads.
 */
public final class ActorRecognizer {
    /** How far back (normalised chars) an earlier mention may resolve an anaphor. */
    private static final int LOOKBACK = 1500;
    private static final int MAX_HEADS = 4;
    /** Third-person attached pronouns: "قواته" refers back, "قواتنا" (the speaker's side) does not. */
    private static final Set<String> THIRD_PERSON = Particles.words("third_person_suffix");

    /** surnameOf: for a surname alone (Surnames), the full name that must come before it. */
    private record Entry(String unitId, boolean nisba, Boolean woman, boolean guarded, ActorRegistry.Anaphor anaphor,
                         String surnameOf) {
        Entry(String unitId, boolean nisba, Boolean woman, boolean guarded, ActorRegistry.Anaphor anaphor) {
            this(unitId, nisba, woman, guarded, anaphor, null);
        }
    }

    /**
     * A mention while resolving: person marks a leader, official or spokesman (then woman says
     * which pronoun refers to them); adjective marks a bare nationality adjective ("جوي روسي"),
     * which qualifies a noun and is no antecedent; speaker is the person or office a person's
     * mention names ({@link ActorMention#speaker()}).
     */
    private record Resolved(int start, int end, int tokenEnd, String topId, String unitId, String surface, boolean outlet,
                            boolean person, Boolean woman, boolean adjective, String speaker) {
        Resolved(int start, int end, int tokenEnd, String topId, String unitId, String surface, boolean outlet) {
            this(start, end, tokenEnd, topId, unitId, surface, outlet, false, null, false, null);
        }
    }

    /** What marks a speaker key as an office's words rather than a person's name. */
    private static final String OFFICE = "@";
    /** What may stand between an office and the name of its holder: spaces, a comma, quotes. */
    private static final String APPOSITION = "[\\s,\u060C\"'\u00AB\u00BB]";

    private final ActorRegistry registry;
    private final StanceAdjective stance;
    private final PhraseMatcher<Entry> names = new PhraseMatcher<>(false);
    private final PhraseMatcher<Entry> possessives = new PhraseMatcher<>(true);

    public ActorRecognizer(ActorRegistry registry) {
        this.registry = registry;
        this.stance = new StanceAdjective(registry);
        for (Actor a : registry.all()) {
            for (String alias : a.aliases()) {
                names.add(alias, new Entry(a.id(), registry.isNisba(a.id(), alias), registry.person(a.id(), alias),
                        registry.isGuarded(a.id(), alias), null));
            }
        }
        Surnames surnames = new Surnames(registry);
        for (String last : surnames.all()) {
            Surnames.Full full = surnames.of(last);
            names.add(last, new Entry(full.actorId(), false, full.woman(), false, null, full.fullName()));
        }
        for (ActorRegistry.Anaphor an : registry.anaphors()) {
            (an.possessive() ? possessives : names).add(an.phrase(), new Entry(null, false, null, false, an));
        }
    }

    public ActorRegistry registry() {
        return registry;
    }

    public List<ActorMention> find(NormalizedText doc, Span region) {
        String text = doc.text();
        int ns = doc.fromOriginal(region.start());
        int ne = Math.min(doc.fromOriginal(region.end()), text.length());
        if (ne <= ns) {
            return List.of();
        }
        int from = lookbackStart(text, ns);
        List<Token> tokens = doc.tokens(from, ne);
        List<PhraseMatcher.Match<Entry>> matches = new ArrayList<>(names.find(text, tokens));
        addPossessives(text, tokens, matches);
        matches.sort((a, b) -> Integer.compare(a.start(), b.start()));

        List<Resolved> seen = new ArrayList<>();
        for (PhraseMatcher.Match<Entry> m : matches) {
            Entry e = m.values().get(0);
            Resolved r;
            if (e.anaphor() != null && e.anaphor().dual()) {
                seen.addAll(resolveDual(e.anaphor(), m, text, seen));
                continue;
            } else if (e.anaphor() != null) {
                r = resolveAnaphor(e.anaphor(), m, text, seen);
            } else {
                Actor actor = registry.byId(e.unitId()).orElseThrow();
                if (e.surnameOf() != null && !namedInFull(e, m, seen)) {
                    continue; // a surname names its person only after the full name
                }
                if (e.guarded() && !namedAsGroup(text, tokens, m)) {
                    continue; // "موجة الحر": the heat, not the Free Army
                }
                int start = m.start();
                boolean person = e.woman() != null;
                Boolean woman = e.woman();
                boolean adjective = false;
                if (e.nisba()) {
                    Resolved prev = seen.isEmpty() ? null : seen.get(seen.size() - 1);
                    if (prev != null && prev.outlet() && m.tokenStart() - prev.tokenEnd() <= 1) {
                        continue; // "وكالة تاس الروسية": the adjective describes the outlet
                    }
                    start = extendOverHeads(tokens, m.tokenStart(), prev, start);
                    adjective = start == m.start();
                    int space = text.indexOf(' ', start);
                    String head = text.substring(start, space < 0 || space > m.end() ? m.end() : space);
                    if (!adjective && registry.isListed("person", head)) {
                        person = true;
                        woman = head.endsWith("ه");
                    }
                }
                int t = m.tokenStart();
                String written = text.substring(start, m.end());
                String speaker = person ? speaker(written) : null;
                if (!person && t >= 2 && tokens.get(t - 1).text().equals("باسم")) {
                    person = true; // "المتحدثة باسم وزارة الخارجية الفرنسية": she speaks for it
                    woman = tokens.get(t - 2).text().endsWith("ه");
                    speaker = OFFICE + tokens.get(t - 1).text() + " " + written;
                }
                r = new Resolved(start, m.end(), m.tokenEnd(), registry.topLevel(actor.id()), actor.id(),
                        written, actor.isOutlet(), person, woman, adjective, speaker);
            }
            if (r != null) {
                seen.add(r);
            }
        }
        Map<String, String> holders = holders(text, seen);
        List<ActorMention> out = new ArrayList<>();
        for (Resolved r : seen) {
            if (r.start() >= ns && r.end() <= ne) {
                Span span = doc.toOriginal(r.start(), r.end());
                // an office never followed by its holder's name is no one in particular: "الوزير الإسرائيلي"
                // goes back to the minister just named, whose office the story gave in other words
                String speaker = r.speaker() == null ? null : holders.getOrDefault(r.topId() + r.speaker(),
                        r.speaker().startsWith(OFFICE) ? null : r.speaker());
                out.add(new ActorMention(span, r.topId(), span.of(doc.original()), r.outlet(), r.unitId(), speaker));
            }
        }
        return stance.apply(doc, out);
    }

    /**
     * Who a person's mention names: an office by its words ("وزير الخارجيه الروسي", "باسم الخارجيه
     * الروسيه"), a named person by the last word of the name, which the surname alone shares ("سيرغي
     * لافروف", "لافروف").
     */
    private String speaker(String written) {
        int space = written.indexOf(' ');
        String first = space < 0 ? written : written.substring(0, space);
        if (isHead(first) || registry.isListed("person", first)) {
            return OFFICE + written;
        }
        return written.substring(written.lastIndexOf(' ') + 1);
    }

    /**
     * The person who holds each office the text names with the name right after it ("وزير الخارجية
     * الروسي، سيرغي لافروف"), by actor and office: the office named alone elsewhere in the story is that
     * person too.
     */
    private static Map<String, String> holders(String text, List<Resolved> seen) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < seen.size(); i++) {
            Resolved office = seen.get(i);
            Resolved name = seen.get(i + 1);
            if (office.speaker() != null && office.speaker().startsWith(OFFICE) && name.speaker() != null
                    && !name.speaker().startsWith(OFFICE) && office.topId().equals(name.topId())
                    && name.start() >= office.end()
                    && text.substring(office.end(), name.start()).replaceAll(APPOSITION, "").isEmpty()) {
                out.putIfAbsent(office.topId() + office.speaker(), name.speaker());
            }
        }
        return out;
    }

    /** Whether the article named the person of a surname in full before it ("نيكي هيلي" ... "هيلي"). */
    private static boolean namedInFull(Entry e, PhraseMatcher.Match<Entry> m, List<Resolved> seen) {
        for (Resolved prev : seen) {
            if (prev.person() && prev.end() <= m.start() && prev.unitId().equals(e.unitId())
                    && prev.surface().endsWith(e.surnameOf())) {
                return true;
            }
        }
        return false;
    }

    /** Possessive nouns ("مندوبها", "بلاده") count only with their pronoun and outside a name. */
    private void addPossessives(String text, List<Token> tokens, List<PhraseMatcher.Match<Entry>> matches) {
        for (PhraseMatcher.Match<Entry> p : possessives.find(text, tokens)) {
            String written = text.substring(p.start(), p.end());
            String phrase = p.phrase();
            String lastWord = phrase.substring(phrase.lastIndexOf(' ') + 1);
            if (written.endsWith(lastWord) || THIRD_PERSON.stream().noneMatch(written::endsWith)) {
                continue; // no third-person pronoun ("قواتنا" is the speaker's side): not an anaphor
            }
            boolean overlaps = false;
            for (PhraseMatcher.Match<Entry> m : matches) {
                if (m.start() < p.end() && p.start() < m.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                matches.add(p);
            }
        }
    }

    private Resolved resolveAnaphor(ActorRegistry.Anaphor an, PhraseMatcher.Match<Entry> m, String text, List<Resolved> seen) {
        String written = text.substring(m.start(), m.end());
        // the attached pronoun agrees with its antecedent: "عناصرها" is the هيئة's, "قواته" the تحالف's
        Boolean feminine = !an.possessive() || written.endsWith("هم") || written.endsWith("هما") ? null
                : Boolean.valueOf(written.endsWith("ها"));
        if (feminine != null) {
            // "his forces", "her country": first a person of this or the previous sentence
            int sentence = previousSentenceStart(text, m.start());
            for (int i = seen.size() - 1; i >= 0 && seen.get(i).start() >= sentence; i--) {
                Resolved prev = seen.get(i);
                if (prev.person() && prev.end() <= m.start() && feminine.equals(woman(prev)) && accepts(an, prev)) {
                    return new Resolved(m.start(), m.end(), m.tokenEnd(), prev.topId(), prev.unitId(),
                            written, false);
                }
            }
        }
        for (int i = seen.size() - 1; i >= 0; i--) {
            Resolved prev = seen.get(i);
            if (prev.adjective() || (feminine != null && !feminine.equals(woman(prev)))) {
                continue;
            }
            if (!prev.outlet() && prev.end() <= m.start() && accepts(an, prev)) {
                return new Resolved(m.start(), m.end(), m.tokenEnd(), prev.topId(), prev.unitId(),
                        text.substring(m.start(), m.end()), false);
            }
        }
        return null; // no antecedent: never guess
    }

    /**
     * "اشتباكات بين الطرفين", "اتفاق بين الجانبين": the two nearest earlier mentions of distinct
     * actors in this or the previous sentence, in the order the text named them; none when fewer
     * than two are named there (the sides of a farther passage are not guessed).
     */
    private List<Resolved> resolveDual(ActorRegistry.Anaphor an, PhraseMatcher.Match<Entry> m, String text,
                                       List<Resolved> seen) {
        List<Resolved> pair = new ArrayList<>();
        int from = previousSentenceStart(text, m.start());
        for (int i = seen.size() - 1; i >= 0 && pair.size() < 2 && seen.get(i).start() >= from; i--) {
            Resolved prev = seen.get(i);
            boolean fresh = pair.isEmpty() || !pair.get(0).topId().equals(prev.topId());
            if (fresh && !prev.adjective() && !prev.outlet() && prev.end() <= m.start() && accepts(an, prev)) {
                pair.add(0, new Resolved(m.start(), m.end(), m.tokenEnd(), prev.topId(), prev.unitId(),
                        text.substring(m.start(), m.end()), false));
            }
        }
        return pair.size() == 2 ? pair : List.of();
    }

    private boolean accepts(ActorRegistry.Anaphor an, Resolved prev) {
        String kind = registry.byId(prev.unitId()).map(Actor::kind).orElse("");
        String topKind = registry.byId(prev.topId()).map(Actor::kind).orElse("");
        for (String a : an.antecedents()) {
            if (a.startsWith("~")) {
                if (prev.surface().contains(ArabicNormalizer.normalizeTerm(a.substring(1)))) {
                    return true;
                }
            } else if (a.startsWith("kind:")) {
                String k = a.substring(5);
                if (k.equals(kind) || k.equals(topKind)) {
                    return true;
                }
            } else if (a.equals(prev.unitId()) || a.equals(prev.topId())) {
                return true;
            }
        }
        return false;
    }

    private Boolean woman(Resolved r) {
        return r.woman() != null ? r.woman() : Boolean.valueOf(feminine(r));
    }

    /** Where the sentence before the one holding {@code at} starts (normalised offsets). */
    private static int previousSentenceStart(String text, int at) {
        int ends = 0;
        for (int i = at - 1; i >= 0; i--) {
            if (".!?؟\n".indexOf(text.charAt(i)) >= 0) {
                if (++ends == 2) {
                    return i + 1;
                }
                while (i > 0 && (".!?؟\n ".indexOf(text.charAt(i - 1)) >= 0)) {
                    i--; // ".\n" is one boundary
                }
            }
        }
        return 0;
    }

    /** Feminine words in the text ("هيئة", "قوات", "روسيا") or in the actor's main name ("تحرير الشام" of هيئة تحرير الشام). */
    private boolean feminine(Resolved r) {
        if (feminineWord(r.surface())) {
            return true;
        }
        Actor a = registry.byId(r.unitId()).orElse(null);
        if (a == null || a.aliases().isEmpty()) {
            return false;
        }
        String main = ArabicNormalizer.normalizeTerm(a.aliases().get(0));
        String bare = CliticSplitter.hasArticle(r.surface())
                ? r.surface().substring(CliticSplitter.ARTICLE.length()) : r.surface();
        return main.endsWith(bare) && feminineWord(main) && !masculineHead(r.surface());
    }


    private boolean feminineWord(String surface) {
        String[] words = surface.split(" ");
        String first = words[0];
        for (CliticSplitter.Reading r : CliticSplitter.readings(first, false)) {
            String w = r.stem();
            if (w.endsWith("ه") || w.endsWith("ات") || registry.isListed("feminine", w)
                    || (words.length == 1 && w.endsWith("ا") && !r.hadArticle())) {
                return true;
            }
        }
        return false;
    }

    private boolean masculineHead(String surface) {
        String first = surface.split(" ")[0];
        for (CliticSplitter.Reading r : CliticSplitter.readings(first, false)) {
            if (registry.isListed("masculine", r.stem())) {
                return true;
            }
        }
        return false;
    }

    /** A common word is a name in quotes ("الحر" in quotes) or after a group noun ("مقاتلي الحر"). */
    private boolean namedAsGroup(String text, List<Token> tokens, PhraseMatcher.Match<Entry> m) {
        int t = m.tokenStart();
        int before = t > 0 ? tokens.get(t - 1).end() : 0;
        if (text.substring(before, tokens.get(t).start()).matches(".*[\"«“”'].*")) {
            return true;
        }
        if (t > 0) {
            for (CliticSplitter.Reading r : CliticSplitter.readings(tokens.get(t - 1).text(), false)) {
                if (registry.isGroupHead(r.stem()) || (r.hadArticle() && registry.isGroupHead(r.withArticle()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Start of a nationality adjective's span, moved left over the title or body it qualifies. */
    private int extendOverHeads(List<Token> tokens, int tokenStart, Resolved prev, int start) {
        int t = tokenStart - 1;
        int n = 0;
        int limit = prev == null ? Integer.MIN_VALUE : prev.end();
        while (t >= 0 && n < MAX_HEADS && tokens.get(t).start() >= limit && isHead(tokens.get(t).text())) {
            start = tokens.get(t).start();
            t--;
            n++;
        }
        return start;
    }

    private boolean isHead(String word) {
        for (CliticSplitter.Reading r : CliticSplitter.readings(word, false)) {
            if (registry.isHead(r.stem()) || (r.hadArticle() && registry.isHead(r.withArticle()))) {
                return true;
            }
        }
        return false;
    }

    /** Where earlier mentions that may resolve an anaphor begin: not before a "حلب::" section line. */
    private static int lookbackStart(String text, int ns) {
        int from = Math.max(0, ns - LOOKBACK);
        while (from > 0 && from < ns && !Character.isWhitespace(text.charAt(from - 1))) {
            from++; // never start inside a word
        }
        int section = text.lastIndexOf("::", ns - 1);
        if (section >= from) {
            int nl = text.indexOf('\n', section);
            from = nl >= 0 && nl < ns ? nl + 1 : Math.min(ns, section + 2);
        }
        return from;
    }

    static Set<String> ids(List<ActorMention> mentions) {
        Set<String> s = new HashSet<>();
        for (ActorMention m : mentions) {
            s.add(m.actorId());
        }
        return s;
    }
}
