package org.rasid.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasid.actors.ActorMention;
import org.rasid.actors.ActorRecognizer;
import org.rasid.actors.ActorRegistry;
import org.rasid.lexicon.DataFile;
import org.rasid.lexicon.Particles;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;
import org.rasid.text.NormalizedText;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Span;
import org.rasid.text.Token;

/**
 * Reads tolls: a casualty word (casualty-triggers.tsv) with its count and victims. "مقتل طفل وجرح
 * سبعة مدنيين" gives 1 killed and 7 injured CIVILIANS; "استشهد طفلين وأصيب آخرين" 2 killed and 2
 * injured (a dual, and "others" of the same victims); "3 عناصر من قوات الأسد قتلوا" 3 killed
 * SYR_GOV; "سقوط عدد من القتلى في صفوف التنظيم" 3 killed ISIS; "مقتل وجرح عشرات المدنيين" a
 * combined toll whose split is not said (count null, text kept).
 *
 * <p>Immutable after construction: one instance may serve many threads.
 */
public final class CasualtyCounter {
    private record Trigger(String role, String position) {
    }

    private static final int WINDOW = 8;
    private static final Set<String> ROLES = Set.of("killed", "injured", "arrested", "displaced");
    private static final String ARTICLE = CliticSplitter.ARTICLE;
    private static final Set<String> NEGATIONS = Particles.words("negation");
    /** Link verbs a negation before them carries to the count they link ("لم يسفر القصف عن سقوط قتلى"). */
    private static final Set<String> NEGATED_LINKS = Particles.words("negated_link");
    /** How many words a negated link may stand before its casualty word: subject, عن/إلى, سقوط, أي. */
    private static final int LINK_REACH = 6;
    /** Prepositions a victim phrase does not end with ("جرح 16 في" ends at 16). */
    private static final Set<String> DANGLING = Particles.words("dangling_preposition");
    private static final Set<String> DUAL_ENDINGS = Particles.words("dual_ending");
    private static final Set<String> PLURAL_ENDINGS = Particles.words("plural_ending");
    /** The stem of آخر/آخرين, "other(s)": "وأصيب آخرين" are more of the victims just named. */
    private static final String OTHERS = Particles.word("others");
    /** "عائلة", "أسرة": one household, counted as its members when their number follows ("عائلة من خمسة أفراد"). */
    private static final Set<String> HOUSEHOLD = Particles.words("household");
    /** "مؤلفة", "مكونة": a participle that may stand between a household and "من" + its size. */
    private static final Set<String> HOUSEHOLD_SIZE = Particles.words("household_size");
    private static final String HOUSEHOLD_LINK = Particles.word("household_link");
    private static final String STOP_CHARS = "،,.;؛:!?؟()\n-–";
    /** "من" between a count and its victims ("50 من عناصر التنظيم"). */
    private static final String PARTITIVE = HOUSEHOLD_LINK;
    /** "حصيلة": the tally of a casualty noun right after it, whose figure is told further on ("حصيلة القتلى إلى 27"). */
    private static final String TALLY = Particles.word("toll_tally");
    /** "إلى", "لـ": the preposition before a tally's figure ("ارتفعت حصيلة القتلى إلى 27"). */
    private static final Set<String> TALLY_LINK = Particles.words("tally_link");
    /** "بذلك": a tally it precedes sums the deaths just told with earlier ones ("وارتفعت بذلك حصيلة القتلى"). */
    private static final Set<String> TALLY_SUM = Particles.words("tally_sum");
    /** How many words a tally's figure may stand after its casualty noun ("حصيلة القتلى جراء سقوط قذائف على دمشق إلى 11"). */
    private static final int TALLY_REACH = 10;
    /** "في", "جراء": where or how a count came, before the next count of the same toll ({@link #placedSequel}). */
    private static final Set<String> SEQUEL_LINKS = Particles.words("toll_sequel_link");
    /** How many words a count's place or cause may take before the next count ("في غارة من طائرات حربية على مدينة أ"). */
    private static final int SEQUEL_REACH = 14;
    /** "و": joins a casualty word to the next ("مقتل وجرح", "قتيل وجريح"). */
    private static final String AND = "و";
    /** "بين": before "قتيل وجريح" it shares a count out between the dead and the wounded, the split not told. */
    private static final String BETWEEN = Particles.word("toll_split");

    private final ActorRecognizer actors;
    private final NumberParser numbers;
    private final PhraseMatcher<Trigger> triggers = new PhraseMatcher<>(false);
    private final Map<String, String> nounNumber = new HashMap<>();

    public CasualtyCounter() {
        this(new ActorRecognizer(ActorRegistry.load()));
    }

    public CasualtyCounter(ActorRecognizer actors) {
        this.actors = actors;
        this.numbers = NumberParser.load();
        for (DataFile.Row row : DataFile.readTsv("casualty-triggers.tsv")) {
            String role = row.get("role");
            String position = row.get("position");
            if (!ROLES.contains(role) && !Set.of("stop", "exclude", "lead").contains(role)) {
                throw row.error("unknown role " + role);
            }
            if (ROLES.contains(role) && !Set.of("pre", "verb", "post", "noun").contains(position)) {
                throw row.error("position must be pre, verb, post or noun, got '" + position + "'");
            }
            triggers.add(row.get("phrase"), new Trigger(role, position));
        }
        for (DataFile.Row row : DataFile.readTsv("casualty-nouns.tsv")) {
            String n = row.get("number");
            if (!Set.of("1", "2", "p").contains(n)) {
                throw row.error("number must be 1, 2 or p, got '" + n + "'");
            }
            nounNumber.put(ArabicNormalizer.normalizeTerm(row.get("word")), n);
        }
    }

    public List<CasualtyMention> find(NormalizedText doc, Span region) {
        return find(doc, region, actors.find(doc, region));
    }

    /**
     * The same, with the actor mentions of {@code region} found already by an ActorRecognizer
     * of the same registry (the event extractor has them: recognising them again costs as much).
     */
    public List<CasualtyMention> find(NormalizedText doc, Span region, List<ActorMention> mentions) {
        String text = doc.text();
        int ns = doc.fromOriginal(region.start());
        int ne = Math.min(doc.fromOriginal(region.end()), text.length());
        List<Token> tokens = doc.tokens(ns, Math.max(ns, ne));
        List<PhraseMatcher.Match<Trigger>> hits = triggers.find(text, tokens);
        Map<Integer, PhraseMatcher.Match<Trigger>> hitAt = new HashMap<>();
        for (PhraseMatcher.Match<Trigger> h : hits) {
            hitAt.put(h.tokenStart(), h);
        }
        List<int[]> actorTokens = new ArrayList<>(); // {tokenStart, tokenEnd, index into mentions}
        for (int m = 0; m < mentions.size(); m++) {
            ActorMention am = mentions.get(m);
            if (am.outlet()) {
                continue;
            }
            int ts = firstTokenEndingAfter(tokens, doc.fromOriginal(am.span().start()));
            int te = firstTokenEndingAfter(tokens, doc.fromOriginal(am.span().end()) - 1) + 1;
            if (ts < tokens.size() && te > ts) {
                actorTokens.add(new int[] {ts, te, m});
            }
        }
        Context c = new Context(doc, text, tokens, hitAt, mentions, actorTokens);

        List<CasualtyMention> out = new ArrayList<>();
        List<PhraseMatcher.Match<Trigger>> pendingCombined = new ArrayList<>();
        int lastEnd = 0;
        for (PhraseMatcher.Match<Trigger> h : hits) {
            Trigger tr = h.values().get(0);
            if (!ROLES.contains(tr.role()) || h.tokenStart() < lastEnd) {
                continue;
            }
            if (negatedLink(c, h.tokenStart())) {
                // "لم يسفر القصف عن سقوط قتلى": the act is told and its toll denied, 0
                Span span = doc.toOriginal(h.start(), h.end());
                out.add(new CasualtyMention(span, tr.role(), 0, c.doc().original().substring(span.start(), span.end()),
                        null, null));
                lastEnd = h.tokenEnd();
                continue;
            }
            if (negated(c, h.tokenStart())) {
                continue;
            }
            if (!tr.position().equals("noun") && !h.phrase().startsWith(ARTICLE) && hasArticle(tokens.get(h.tokenStart()).text())
                    && text.startsWith(ARTICLE, h.start())) {
                continue; // "القتل والأسر": the act in general, no toll
            }
            // "مقتل وجرح عشرات": this word shares the next one's count
            PhraseMatcher.Match<Trigger> next = hitAt.get(h.tokenEnd());
            boolean countsAfter = tr.position().equals("pre") || tr.position().equals("verb");
            if (countsAfter && next != null && ROLES.contains(next.values().get(0).role())
                    && tokens.get(h.tokenEnd()).text().startsWith(AND) && !punctBefore(c, h.tokenEnd())) {
                pendingCombined.add(h);
                continue;
            }
            List<CasualtyMention> found = switch (tr.position()) {
                case "pre" -> after(c, h, tr.role(), out);
                case "verb" -> {
                    List<CasualtyMention> counted = after(c, h, tr.role(), out);
                    if (counted.isEmpty()) {
                        counted = oneSubject(c, h, tr.role());
                    }
                    yield counted.isEmpty() ? afterAdjuncts(c, h, tr.role(), out) : counted;
                }
                case "post" -> before(c, h, tr.role(), lastEnd);
                default -> noun(c, h, tr.role(), lastEnd);
            };
            if (found.isEmpty()) {
                pendingCombined.clear();
                continue;
            }
            CasualtyMention first = found.get(0);
            for (PhraseMatcher.Match<Trigger> p : pendingCombined) {
                Span span = doc.toOriginal(p.start(), p.end());
                if (p.values().get(0).role().equals(first.role())) {
                    // "استشهاد ومصرع 20": two words, one toll
                    found.set(0, new CasualtyMention(new Span(span.start(), first.span().end()), first.role(), first.count(),
                            first.text(), first.who(), first.countSpan()));
                    first = found.get(0);
                    continue;
                }
                out.add(new CasualtyMention(new Span(span.start(), first.span().end()), p.values().get(0).role(), null,
                        first.text(), first.who(), first.countSpan()));
                found.set(0, new CasualtyMention(first.span(), first.role(), null, first.text(), first.who(), first.countSpan()));
            }
            pendingCombined.clear();
            out.addAll(found);
            lastEnd = Math.max(lastEnd, lastToken(c, found.get(found.size() - 1)) + 1);
        }
        out.sort(Comparator.comparing(CasualtyMention::span));
        return out;
    }

    /** Index of the first token whose end is after normalised offset {@code off} (binary search). */
    private static int firstTokenEndingAfter(List<Token> tokens, int off) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > off) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private record Context(NormalizedText doc, String text, List<Token> tokens, Map<Integer, PhraseMatcher.Match<Trigger>> hitAt,
                           List<ActorMention> mentions, List<int[]> actorTokens) {
    }

    /** Count and victims after the word: "مقتل طفل", "استشهد 5 من عناصر لواء الشمال", "إجلاء 50 من مقاتلي المعارضة". */
    private List<CasualtyMention> after(Context c, PhraseMatcher.Match<Trigger> h, String role, List<CasualtyMention> earlier) {
        List<CasualtyMention> out = new ArrayList<>();
        int k = h.tokenEnd();
        // "قتل التنظيم 4 ضباط": skip the killer named before the count
        int[] actor = actorAt(c, k);
        if (actor != null && actor[1] < c.tokens().size() && !punctBefore(c, actor[1])
                && numbers.at(c.doc(), c.tokens(), actor[1]).isPresent()) {
            k = actor[1];
        }
        CasualtyMention m = victims(c, c.doc().toOriginal(h.start(), h.end()).start(), k, role, earlier);
        while (m != null) {
            out.add(m);
            // "4 ضباط آخرين ... و12 عنصرًا آخر من قوات النظام": a further count of the same toll
            int endTok = lastToken(c, m) + 1;
            if (endTok < c.tokens().size() && (coordinatedCount(c, endTok) || coordinatedVictim(c, endTok))) {
                m = victims(c, -1, endTok, role, out);
            } else {
                int counted = m.countSpan() == null ? endTok
                        : firstTokenEndingAfter(c.tokens(), c.doc().fromOriginal(m.countSpan().end()) - 1) + 1;
                int sequel = placedSequel(c, counted);
                m = sequel < 0 ? null : victims(c, -1, sequel, role, out);
            }
        }
        return out;
    }

    /**
     * "قتل شخصان في غارة على سراقب، وثلاثة في قصف على بنش", "وقتل طفلان في غارة على مدينة أ، وامرأة وطفلها
     * في قصف على قرية ب": counts told one after the other, each with where or how it came (في, جراء …), share
     * the casualty word of the first. The token of the next count, after a comma and و, or -1: a link must
     * follow the figure ending before token {@code k} within three words, the words after it hold no other casualty word nor a break, and the next count (a
     * figure, or a victim noun in the singular or the dual, with the victims joined to it) be followed by a link.
     */
    private int placedSequel(Context c, int k) {
        List<Token> t = c.tokens();
        int link = k;
        while (link < Math.min(t.size(), k + 3) && !SEQUEL_LINKS.contains(t.get(link).text()) && !punctBefore(c, link)) {
            link++; // the victims' words after the figure ("طفلان شقيقان في")
        }
        if (link >= t.size() || !SEQUEL_LINKS.contains(t.get(link).text()) || punctBefore(c, link)) {
            return -1;
        }
        for (int x = link + 1; x < Math.min(t.size(), link + SEQUEL_REACH); x++) {
            if (clauseBreak(c, x) || c.hitAt().containsKey(x) && ROLES.contains(c.hitAt().get(x).values().get(0).role())) {
                return -1; // another casualty word counts on its own
            }
            if (!punctBefore(c, x)) {
                continue;
            }
            String w = t.get(x).text();
            if (w.length() < 2 || !w.startsWith(AND)) {
                return -1;
            }
            int after;
            Optional<NumberParser.Match> num = numbers.at(c.doc(), t, x);
            if (num.isPresent() && !numbers.isNumberWord(w)) {
                if (num.get().quantity().vague()) {
                    return -1;
                }
                after = num.get().tokenEnd();
            } else {
                String n = w.length() < 3 ? null : nounNumber(w.substring(1));
                if (!"1".equals(n) && !"2".equals(n)) {
                    return -1;
                }
                after = x + 1;
            }
            for (int y = after; y < Math.min(t.size(), after + 3) && !punctBefore(c, y); y++) {
                if (SEQUEL_LINKS.contains(t.get(y).text())) {
                    return x;
                }
            }
            return -1;
        }
        return -1;
    }

    /** Count then victims starting at token k; spanStart -1 = the count's own start. */
    private CasualtyMention victims(Context c, int spanStart, int k, String role, List<CasualtyMention> earlier) {
        List<Token> t = c.tokens();
        if (k >= t.size() || (spanStart >= 0 && punctBefore(c, k))) {
            return null; // "قتل، وأصيب": nothing counted right after the word
        }
        Integer count = null;
        String countText = null;
        Span countSpan = null;
        int victimStart = k;
        Optional<NumberParser.Match> num = numbers.at(c.doc(), t, k);
        if (num.isPresent()) {
            Quantity q = num.get().quantity();
            count = q.lowest();
            countText = q.text();
            countSpan = q.span();
            victimStart = num.get().tokenEnd();
            if (victimStart < t.size() && t.get(victimStart).text().equals("من") && !punctBefore(c, victimStart)) {
                victimStart++;
            }
        } else {
            String n = nounNumber(t.get(k).text());
            if (n == null) {
                return null;
            }
            // "مقتل المدنيين": the civilians in general, no figure; "لإصابة القيادي": one known person
            boolean definite = hasArticle(t.get(k).text());
            count = n.equals("p") ? 3 : Integer.parseInt(n);
            if (definite && !n.equals("1")) {
                count = null;
            }
            countSpan = c.doc().toOriginal(t.get(k).start(), t.get(k).end());
            countText = countSpan.of(c.doc().original());
            Optional<NumberParser.Match> size = householdSize(c, k);
            if (size.isPresent()) { // "قتلت عائلة من ثلاثة أشخاص": the family's members are the victims
                count = size.get().quantity().lowest();
                countText = size.get().quantity().text();
                countSpan = size.get().quantity().span();
            }
        }
        int end = windowEnd(c, victimStart);
        if (victimStart + 1 < end && coordinatedVictim(c, victimStart + 1)) {
            end = victimStart + 1; // "15 طفلا وامرأتان": the victims joined to the counted ones are counted next
        }
        if (excluded(c, victimStart, end)) {
            return null;
        }
        String who = who(c, victimStart, end);
        if (who == null && victimStart < t.size() && nounNumber(t.get(victimStart).text()) != null
                && t.get(victimStart).text().contains(OTHERS) && !earlier.isEmpty()) {
            who = earlier.get(earlier.size() - 1).who(); // "وأصيب آخرين": others of the same victims
        } else if (who == null && num.isEmpty() && t.get(k).text().contains(OTHERS) && !earlier.isEmpty()) {
            who = earlier.get(earlier.size() - 1).who();
        }
        int lastTok = Math.max(end, victimStart) - 1;
        if (lastTok < k) {
            lastTok = num.map(x -> x.tokenEnd() - 1).orElse(k);
        }
        int start = spanStart >= 0 ? spanStart : countSpan.start();
        Span span = new Span(start, c.doc().toOriginal(t.get(lastTok).start(), t.get(lastTok).end()).end());
        return new CasualtyMention(span, role, count, countText, who, countSpan);
    }

    /** "القيادي أبو خالد قتل في غارة": one killed ({@link SingularSubject}), or nothing. */
    private List<CasualtyMention> oneSubject(Context c, PhraseMatcher.Match<Trigger> h, String role) {
        List<Token> t = c.tokens();
        if (!SingularSubject.killedOne(t, h.tokenStart(), h.tokenEnd(), x -> punctBefore(c, x), x -> stopAt(c, x),
                x -> numbers.at(c.doc(), t, x).isPresent() || nounNumber(t.get(x).text()) != null)) {
            return new ArrayList<>();
        }
        Span span = c.doc().toOriginal(h.start(), h.end());
        return new ArrayList<>(List.of(new CasualtyMention(span, role, 1, span.of(c.doc().original()), null, span)));
    }

    /** "وقتل الخميس، وفق المرصد، 8 مدنيين": the count after the verb's adjuncts ({@link PostposedCount}). */
    private List<CasualtyMention> afterAdjuncts(Context c, PhraseMatcher.Match<Trigger> h, String role,
                                                List<CasualtyMention> earlier) {
        List<Token> t = c.tokens();
        int k = PostposedCount.countAt(t, h.tokenEnd(), x -> clauseBreak(c, x), x -> punctBefore(c, x),
                x -> c.hitAt().containsKey(x) && !c.hitAt().get(x).values().get(0).role().equals("stop"),
                x -> numbers.at(c.doc(), t, x).filter(n -> !n.quantity().vague()).map(NumberParser.Match::tokenEnd).orElse(-1),
                x -> nounNumber(t.get(x).text()) != null || actorAt(c, x) != null, PARTITIVE);
        CasualtyMention m = k < 0 ? null : victims(c, -1, k, role, earlier);
        if (m == null) {
            return new ArrayList<>();
        }
        Span span = new Span(c.doc().toOriginal(h.start(), h.end()).start(), m.span().end());
        return new ArrayList<>(List.of(new CasualtyMention(span, role, m.count(), m.text(), m.who(), m.countSpan())));
    }

    /** Whether a break other than a comma (a full stop, a colon, a bracket) comes right before token k. */
    private static boolean clauseBreak(Context c, int k) {
        if (k <= 0 || k >= c.tokens().size()) {
            return false;
        }
        String between = c.text().substring(c.tokens().get(k - 1).end(), c.tokens().get(k).start());
        for (int i = 0; i < between.length(); i++) {
            char ch = between.charAt(i);
            if (STOP_CHARS.indexOf(ch) >= 0 && ch != '،' && ch != ',') {
                return true;
            }
        }
        return false;
    }

    private static boolean stopAt(Context c, int k) {
        PhraseMatcher.Match<Trigger> m = c.hitAt().get(k);
        return m != null && m.values().get(0).role().equals("stop");
    }

    /** Count and victims before the word: "3 عناصر من قوات الأسد قتلوا". */
    private List<CasualtyMention> before(Context c, PhraseMatcher.Match<Trigger> h, String role, int lastEnd) {
        List<Token> t = c.tokens();
        if (excluded(c, h.tokenEnd(), h.tokenEnd() + 3)) {
            return new ArrayList<>(); // "أصيبوا بحالات تسمم"
        }
        int lo = Math.max(lastEnd, h.tokenStart() - WINDOW);
        for (int k = h.tokenStart() - 1; k > lo; k--) {
            if (punctBefore(c, k)) {
                lo = k;
                break;
            }
        }
        for (int k = lo; k < h.tokenStart(); k++) {
            Optional<NumberParser.Match> num = numbers.at(c.doc(), t, k);
            if (num.isPresent() && num.get().tokenEnd() <= h.tokenStart()) {
                Quantity q = num.get().quantity();
                String who = who(c, num.get().tokenEnd(), h.tokenStart());
                Span span = new Span(q.span().start(), c.doc().toOriginal(h.start(), h.end()).end());
                return new ArrayList<>(List.of(new CasualtyMention(span, role, q.lowest(), q.text(), who, q.span())));
            }
        }
        return new ArrayList<>();
    }

    /** The word is the victims: "5 قتلى", "سقوط عدد من القتلى في صفوف التنظيم", "لسقوط جريح". */
    private List<CasualtyMention> noun(Context c, PhraseMatcher.Match<Trigger> h, String role, int lastEnd) {
        List<Token> t = c.tokens();
        Integer count = null;
        String countText = null;
        Span countSpan = null;
        boolean explicit = false;
        int start = h.start();
        for (int k = Math.max(lastEnd, h.tokenStart() - 4); k < h.tokenStart(); k++) {
            Optional<NumberParser.Match> num = numbers.at(c.doc(), t, k);
            int numEnd = num.map(NumberParser.Match::tokenEnd).orElse(-1);
            if (numEnd == h.tokenStart() || (numEnd == h.tokenStart() - 1 && t.get(numEnd).text().equals("من"))) {
                Quantity q = num.get().quantity();
                explicit = !q.vague();
                count = q.lowest();
                countText = q.text();
                countSpan = q.span();
                start = t.get(k).start();
                break;
            }
        }
        Optional<NumberParser.Match> tally = countSpan == null ? tallyFigure(c, h) : Optional.empty();
        int victimsFrom = h.tokenEnd();
        if (tally.isPresent()) { // "ارتفعت حصيلة القتلى إلى 27": the tally's figure is the toll
            Quantity q = tally.get().quantity();
            count = q.lowest();
            countText = q.text();
            countSpan = q.span();
            victimsFrom = tally.get().tokenEnd();
        }
        if (countSpan == null) {
            String w = t.get(h.tokenStart()).text();
            if (hasArticle(w) || !role.equals("killed") && !role.equals("injured")) {
                return new ArrayList<>(); // "نقل الجرحى", "الشهيد رفيق الحريري": casualties already told
            }
            String n = nounNumber(w);
            if (n == null) {
                n = endsWithOne(w, DUAL_ENDINGS) ? "2" : endsWithOne(w, PLURAL_ENDINGS) ? "p" : "1";
            }
            if (n.equals("p") && !introduced(c, h)) {
                return new ArrayList<>(); // "لواء شهداء دوما": a plural alone is no toll
            }
            count = n.equals("p") ? 3 : Integer.parseInt(n);
            countSpan = c.doc().toOriginal(h.start(), h.end());
            countText = countSpan.of(c.doc().original());
        }
        // "أكثر من 100 قتيل وجريح", "بين قتيل وجريح": one figure for the dead and the wounded, the split not told
        PhraseMatcher.Match<Trigger> partner = sharedWith(c, h);
        if (partner != null && (explicit || splitAfter(c, h))) {
            count = null;
            victimsFrom = partner.tokenEnd();
        }
        int end = windowEnd(c, victimsFrom);
        if (excluded(c, victimsFrom, end)) {
            return new ArrayList<>();
        }
        String who = who(c, victimsFrom, end);
        if (who == null && tally.isPresent()) {
            who = who(c, h.tokenEnd(), victimsFrom); // "حصيلة قتلى المدنيين ... لـ 35": the victims named in the tally
        }
        int lastTok = Math.max(end, victimsFrom) - 1;
        Span span = c.doc().toOriginal(start, t.get(lastTok).end());
        if (tally.isPresent()) {
            // the toll is told from its figure: a "منذ" between the tally and the figure makes it a total (TimeSpan)
            span = new Span(countSpan.start(), span.end());
        } else if (start != h.start() && countSpan.start() < span.start()) {
            span = new Span(countSpan.start(), span.end());
        }
        return new ArrayList<>(List.of(new CasualtyMention(span, role, count, countText, who, countSpan)));
    }

    /**
     * The casualty noun of another role joined by و right after a casualty noun ("قتيل وجريح", "قتلى ومصابين"),
     * or null: a figure before the two counts them together ("أكثر من 100 قتيل وجريح", "مقتل وجرح 35" in the
     * noun form), whose split is not told: no death toll (docs/annotation.md, "Fatalities"). A vague amount or a
     * bare plural keeps its value ("سقوط قتلى وجرحى", "عشرات القتلى والجرحى": a toll of the dead is still told).
     */
    private PhraseMatcher.Match<Trigger> sharedWith(Context c, PhraseMatcher.Match<Trigger> h) {
        PhraseMatcher.Match<Trigger> next = c.hitAt().get(h.tokenEnd());
        if (next == null || h.tokenEnd() >= c.tokens().size()) {
            return null;
        }
        Trigger other = next.values().get(0);
        boolean joined = c.tokens().get(h.tokenEnd()).text().startsWith(AND) && !punctBefore(c, h.tokenEnd());
        return joined && ROLES.contains(other.role()) && !other.role().equals(h.values().get(0).role())
                && other.position().equals("noun") ? next : null;
    }

    /** "سقط العشرات بين قتيل وجريح", "نحو 80 بين قتيل وجريح": a count shared out between the dead and the wounded. */
    private static boolean splitAfter(Context c, PhraseMatcher.Match<Trigger> h) {
        return h.tokenStart() > 0 && c.tokens().get(h.tokenStart() - 1).text().equals(BETWEEN);
    }

    /**
     * The figure of a tally: a casualty noun right after "حصيلة" whose number follows "إلى" or "لـ" within
     * {@link #TALLY_REACH} words of the same sentence, past its cause or its day ("ارتفعت حصيلة القتلى جراء
     * سقوط قذائف على دمشق إلى 11 شخصا", "ارتفاع حصيلة قتلى المدنيين، الأربعاء، لـ 35 مدني"). The noun alone
     * names the dead already told; the tally says how many they now are. Another casualty word ends the search,
     * and one right after the figure ("إلى 150 قتيلا") is left to count it. A tally "بذلك" (thereby) raised is
     * a running total, no incident's toll.
     */
    private Optional<NumberParser.Match> tallyFigure(Context c, PhraseMatcher.Match<Trigger> h) {
        List<Token> t = c.tokens();
        int tally = h.tokenStart() - 1;
        if (!h.values().get(0).role().equals("killed") || tally < 0 || !isTally(t.get(tally))) {
            return Optional.empty();
        }
        for (int x = Math.max(0, tally - 2); x < tally; x++) {
            if (TALLY_SUM.contains(t.get(x).text())) {
                return Optional.empty(); // "لترتفع بذلك حصيلة القتلى إلى 149": the deaths just told added to earlier ones
            }
        }
        int limit = Math.min(t.size() - 1, h.tokenEnd() + TALLY_REACH);
        for (int x = h.tokenEnd(); x < limit; x++) {
            if (clauseBreak(c, x) || ROLES.contains(roleAt(c, x))) {
                return Optional.empty();
            }
            if (TALLY_LINK.contains(t.get(x).text()) && !clauseBreak(c, x + 1)) {
                Optional<NumberParser.Match> n = numbers.at(c.doc(), t, x + 1);
                if (n.isPresent()) { // "حصيلة القتلى إلى 150 قتيلا": the casualty word after the figure counts it itself
                    return c.hitAt().containsKey(n.get().tokenEnd()) ? Optional.empty() : n;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isTally(Token token) {
        for (CliticSplitter.Reading r : token.readings(false)) {
            if (r.stem().equals(TALLY)) {
                return true;
            }
        }
        return false;
    }

    private static String roleAt(Context c, int k) {
        PhraseMatcher.Match<Trigger> m = c.hitAt().get(k);
        return m == null ? "" : m.values().get(0).role();
    }

    /** The number of a household's members after it: "عائلة من 5 أفراد", "أسرة مؤلفة من خمسة أشخاص". */
    private Optional<NumberParser.Match> householdSize(Context c, int k) {
        List<Token> t = c.tokens();
        boolean household = false;
        for (CliticSplitter.Reading r : t.get(k).readings(false)) {
            household |= HOUSEHOLD.contains(r.stem());
        }
        int j = k + 1;
        if (j < t.size() && HOUSEHOLD_SIZE.contains(t.get(j).text())) {
            j++;
        }
        if (!household || j + 1 >= t.size() || !t.get(j).text().equals(HOUSEHOLD_LINK) || punctBefore(c, j)) {
            return Optional.empty();
        }
        return numbers.at(c.doc(), t, j + 1);
    }

    /** A bare plural toll needs a word that introduces it ("سقوط قتلى") or a partner ("قتلى وجرحى"). */
    private boolean introduced(Context c, PhraseMatcher.Match<Trigger> h) {
        for (int x = Math.max(0, h.tokenStart() - 2); x < h.tokenStart(); x++) {
            PhraseMatcher.Match<Trigger> lead = c.hitAt().get(x);
            if (lead != null && lead.values().get(0).role().equals("lead") && lead.tokenEnd() >= h.tokenStart() - 1) {
                return true;
            }
        }
        PhraseMatcher.Match<Trigger> next = c.hitAt().get(h.tokenEnd());
        return next != null && next.values().get(0).position().equals("noun") && !punctBefore(c, h.tokenEnd());
    }

    private static boolean hasArticle(String word) {
        for (CliticSplitter.Reading r : CliticSplitter.readings(word, false)) {
            if (r.hadArticle()) {
                return true;
            }
        }
        return false;
    }

    /** The first victim actor between tokens [from, to): a non-outlet mention. */
    private String who(Context c, int from, int to) {
        for (int[] a : c.actorTokens()) {
            if (a[0] >= from && a[0] < to) {
                return c.mentions().get(a[2]).actorId();
            }
        }
        return null;
    }

    private int[] actorAt(Context c, int k) {
        for (int[] a : c.actorTokens()) {
            if (a[0] == k) {
                return a;
            }
        }
        return null;
    }

    /** End (exclusive) of the victim phrase from token k: punctuation, a cause word, another casualty word. */
    private int windowEnd(Context c, int k) {
        int limit = Math.min(c.tokens().size(), k + WINDOW);
        for (int x = k; x < limit; x++) {
            if (punctBefore(c, x)) {
                return trim(c, k, x);
            }
            PhraseMatcher.Match<Trigger> h = c.hitAt().get(x);
            if (h != null && !h.values().get(0).role().equals("exclude")) {
                return trim(c, k, x);
            }
            String w = c.tokens().get(x).text();
            if (x > k && coordinatedCount(c, x)) {
                return trim(c, k, x); // "34 عنصرا من حزب الله و17 من قوات النظام": the next count starts
            }
        }
        return trim(c, k, limit);
    }

    /** "و17", "وخمسة": a further count joined by و (not "واحدة", which is a number itself). */
    private boolean coordinatedCount(Context c, int x) {
        String w = c.tokens().get(x).text();
        return w.length() > 1 && w.charAt(0) == 'و' && !numbers.isNumberWord(w)
                && numbers.at(c.doc(), c.tokens(), x).isPresent();
    }

    /**
     * "15 طفلا وامرأتان", "مقتل طفل وامرأة": a victim noun in the singular or the dual (casualty-nouns.tsv 1, 2)
     * joined by و right after the counted victims is more of the same toll. Plurals without a figure
     * ("ونساء"), nouns further on ("بينهم طفل وامرأة", some of the counted) and number words ("شخص واحد") are not added.
     */
    private boolean coordinatedVictim(Context c, int x) {
        String w = c.tokens().get(x).text();
        if (w.length() < 3 || w.charAt(0) != 'و' || numbers.isNumberWord(w) || punctBefore(c, x) || c.hitAt().containsKey(x)) {
            return false;
        }
        String n = nounNumber(w.substring(1));
        return "1".equals(n) || "2".equals(n);
    }

    /** Leaves a dangling preposition out of the victim phrase ("جرح 16 في" ends at 16). */
    private static int trim(Context c, int k, int end) {
        while (end > k && DANGLING.contains(c.tokens().get(end - 1).text())) {
            end--;
        }
        return end;
    }

    private static boolean endsWithOne(String word, Set<String> endings) {
        for (String e : endings) {
            if (word.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private boolean excluded(Context c, int from, int to) {
        int limit = Math.min(c.tokens().size(), Math.max(to, from + 3));
        for (int x = from; x < limit; x++) {
            PhraseMatcher.Match<Trigger> h = c.hitAt().get(x);
            if (h != null && h.values().get(0).role().equals("exclude")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a link verb in the imperfect stands up to {@link #LINK_REACH} words before casualty word k, with
     * no punctuation between, and a negation up to two words before the link ("لم يسفر", "ولم يسفر", "دون أن تسفر").
     */
    private boolean negatedLink(Context c, int k) {
        for (int x = Math.max(1, k - LINK_REACH); x < k; x++) {
            if (!NEGATED_LINKS.contains(c.tokens().get(x).text())) {
                continue;
            }
            boolean plain = true;
            for (int y = x + 1; y <= k && plain; y++) {
                plain = !punctBefore(c, y);
            }
            for (int y = Math.max(0, x - 2); y < x && plain; y++) {
                String w = c.tokens().get(y).text();
                // "ولم يسفر": the conjunction stays on the negation's token
                boolean negation = NEGATIONS.contains(w) || w.startsWith(AND) && NEGATIONS.contains(w.substring(AND.length()));
                if (negation && !punctBefore(c, y + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean negated(Context c, int k) {
        for (int x = Math.max(0, k - 3); x < k; x++) {
            if (NEGATIONS.contains(c.tokens().get(x).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether punctuation separates token k from the token before it. */
    private boolean punctBefore(Context c, int k) {
        if (k <= 0 || k >= c.tokens().size()) {
            return false;
        }
        String between = c.text().substring(c.tokens().get(k - 1).end(), c.tokens().get(k).start());
        for (int i = 0; i < between.length(); i++) {
            if (STOP_CHARS.indexOf(between.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private String nounNumber(String word) {
        String n = nounNumber.get(word);
        if (n != null) {
            return n;
        }
        for (CliticSplitter.Reading r : CliticSplitter.readings(word, false)) {
            n = nounNumber.get(r.stem());
            if (n == null && r.hadArticle()) {
                n = nounNumber.get(ARTICLE + r.stem());
            }
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    private int lastToken(Context c, CasualtyMention m) {
        int end = c.doc().fromOriginal(m.span().end());
        int last = 0;
        for (int k = 0; k < c.tokens().size(); k++) {
            if (c.tokens().get(k).start() < end) {
                last = k;
            }
        }
        return last;
    }
}
