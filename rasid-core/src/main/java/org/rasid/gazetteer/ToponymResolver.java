package org.rasid.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.gazetteer.PlaceCues.Cue;
import org.rasid.gazetteer.PlaceCues.Type;
import org.rasid.segment.Story;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;
import org.rasid.text.NormalizedText;
import org.rasid.text.PhraseMatcher.Match;
import org.rasid.text.Span;
import org.rasid.text.Token;

/**
 * Turns the names found in a region into places, the way an analyst reads them: a name right
 * after "بلدة/قرية/حي/مخيم/مطار" is that kind of place; "بالريف الشرقي", "بريف إدلب", "شرق
 * ديرالزور", "غرب مدينة الرقة" after a name (or after a list "بلدتي كفريا والفوعة") say which
 * governorate and which homonym; the story's section ("حماة::"), dateline ("سمارت-درعا") and
 * other places weigh in when the sentence says nothing. "ريف X" and places near or east of
 * another are precision 2, a governorate or country alone precision 3. Names inside an
 * organisation ("هيئة تحرير الشام"), after a given name ("أحمد حلب") or that are common words
 * without a cue are not places.
 */
public final class ToponymResolver {
    /** Kind cues after which a word the gazetteer lacks is still taken as a place's name. */
    private static final Set<String> UNKNOWN_NAME_KINDS = Set.of("town", "village", "neighbourhood", "camp", StreetName.KIND);
    /** Kinds of place that lie outside a city when placed by a direction from it. */
    private static final Set<String> SETTLEMENT_KINDS = Set.of("town", "village");
    /** Beyond this many items a list of places is a campaign's or a region's, not one event's. */
    static final int LONG_LIST = 8;
    /** Prepositions that open a nearness cue after a name ("على أطراف", "عند مشارف"). */
    private static final Set<String> NEAR_LEAD = org.rasid.lexicon.Particles.words("near_lead");

    private final Gazetteer gazetteer;
    private final ToponymMatcher matcher;
    private final PlaceCues cues;
    private final CapitalMetonymy capitals;
    /** "ريف", written before a governorate that shares a countryside cue ("ريفي درعا والسويداء"). */
    private final String countryside;
    private final Map<StoryKey, PlaceContext> contexts = new HashMap<>();

    /** A story by identity: the record's own hash walks every paragraph and sentence span, per call. */
    private record StoryKey(NormalizedText doc, Story story) {
        @Override
        public boolean equals(Object o) {
            return o instanceof StoryKey k && k.doc == doc && k.story == story;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(doc) + System.identityHashCode(story);
        }
    }

    public ToponymResolver(Gazetteer g) {
        this.gazetteer = g;
        this.matcher = new ToponymMatcher(g);
        this.cues = PlaceCues.load();
        this.capitals = new CapitalMetonymy(cues);
        this.countryside = cues.label("countryside");
    }

    public ToponymMatcher matcher() {
        return matcher;
    }

    /** A name found in the region with what precedes it. */
    private static final class Item {
        final Match<Place> match;
        Match<Cue> kind;      // بلدة، قرية، مدينة …
        boolean ownKind;      // the kind cue stands right before the name, not before the list's first
        Match<Cue> relation;  // شرق، بالقرب من، ريف، وسط (before the name)
        int first;            // token where the mention's lead-in starts
        int end;              // token after the name and a direction adjective ("الجنوبي")
        int group;
        boolean doubtful;     // a common word or an added article: a place only after a kind cue
        boolean sharedCountryside;
        Place place;
        Place near;           // for a village the gazetteer lacks: the place or region it is near
        String admin1;
        double confidence;

        Item(Match<Place> m) {
            this.match = m;
            this.first = m.tokenStart();
            this.end = m.tokenEnd();
        }
    }

    /** What a relative phrase after a name points at. */
    private record Anchor(String admin1, Place place, boolean viaFi) {
    }

    /** Places in region, resolved with the story's context (section, dateline, other places, cues). */
    public List<PlaceMention> resolve(NormalizedText doc, Story story, Span region) {
        String text = doc.text();
        int from = doc.fromOriginal(region.start());
        int to = Math.min(text.length(), doc.fromOriginal(region.end()));
        List<Token> tokens = doc.tokens(from, to);
        PlaceContext ctx = context(doc, story, region);

        Map<Integer, Match<Cue>> cueEnding = new HashMap<>();
        Map<Integer, Match<Cue>> cueStarting = new HashMap<>();
        for (Match<Cue> c : cues.find(text, tokens)) {
            cueEnding.put(c.tokenEnd(), c);
            cueStarting.put(c.tokenStart(), c);
        }
        Map<Integer, Item> itemAt = new HashMap<>();
        List<Item> items = items(text, tokens, cueEnding, cueStarting, itemAt);

        // Relative phrases point forward ("X شرق Y"), so groups are resolved from the last one.
        for (int g = items.size() - 1; g >= 0; ) {
            int lastOfGroup = g;
            int group = items.get(g).group;
            while (g >= 0 && items.get(g).group == group) {
                g--;
            }
            Item last = items.get(lastOfGroup);
            Anchor anchor = anchorAfter(last.end, tokens, cueStarting, itemAt, ctx);
            for (int k = g + 1; k <= lastOfGroup; k++) {
                Item it = items.get(k);
                boolean cued = it.kind != null || it.relation != null || anchor != null;
                // a doubtful name needs a kind cue or a relative phrase: "خطاب في دمشق" is a speech
                if (it.doubtful && it.kind == null && (anchor == null || anchor.viaFi())) {
                    continue;
                }
                choose(it, anchor, ctx, cued);
                if (it.doubtful && it.place != null && !it.place.syrian() && !it.place.kind().equals("country")
                        && (anchor == null || !it.place.country().equals(countryOf(anchor.admin1())))) {
                    it.place = null; // "أحياء المدينة": the Iraqi town al-Madina is not meant
                    it.admin1 = null;
                }
            }
        }

        placeByListMates(items);
        List<PlaceMention> out = new ArrayList<>();
        for (Item it : items) {
            PlaceMention m = it.place != null ? mention(doc, tokens, it) : it.admin1 != null ? unknown(doc, it) : null;
            if (m != null) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(PlaceMention::span));
        return out;
    }

    /** The names of the region with their cues, in order, grouped into lists ("بلدتي كفريا والفوعة"). */
    private List<Item> items(String text, List<Token> tokens, Map<Integer, Match<Cue>> cueEnding,
                             Map<Integer, Match<Cue>> cueStarting, Map<Integer, Item> itemAt) {
        List<Item> items = new ArrayList<>();
        int stateEnd = -1; // after a capital read as its government ("بين أنقرة وموسكو")
        for (Match<Place> found : withUnknownNames(matcher.find(text, tokens), tokens, cueStarting)) {
            Match<Place> m = found;
            if (text.startsWith("::", m.end())) {
                continue; // a digest's section header, not a mention
            }
            boolean articleAdded = !m.values().isEmpty() && !CliticSplitter.hasArticle(m.phrase())
                    && text.startsWith(CliticSplitter.ARTICLE, m.start());
            if (articleAdded && (m.tokenEnd() - m.tokenStart() > 1
                    || m.values().stream().allMatch(p -> p.kind().equals("country") || !p.syrian()))) {
                // "السورية" is an adjective, not the country, "الباب شرقي" not "باب شرقي";
                // after a cue it may still be a village the gazetteer lacks
                m = new Match<>(m.tokenStart(), m.tokenEnd(), m.start(), m.end(), m.phrase(), List.of());
                articleAdded = false;
            }
            Item it = new Item(m);
            // a name written without the article in the gazetteer but with it here ("الحمص",
            // "الصدد") is as doubtful as a common word
            PlaceCues.Name name = cues.name(m.phrase());
            it.doubtful = articleAdded || name.common();
            if (it.doubtful && text.lastIndexOf('ك', m.start() - 1) >= tokens.get(m.tokenStart()).start()) {
                continue; // "كامل" is not ك + the Iranian town Amol
            }
            if (m.start() > tokens.get(m.tokenStart()).start() && cues.wholeWord(tokens.get(m.tokenStart()))) {
                continue; // "فاطمة" is a given name, not ف + the village Atmeh
            }
            Match<Cue> c = cueEnding.get(it.first);
            if (c != null && type(c) == Type.KIND) {
                it.kind = c;
                it.ownKind = true;
                it.first = c.tokenStart();
                c = cueEnding.get(it.first);
            }
            Match<Cue> pairedKind = c != null && it.kind != null ? cueEnding.get(it.first) : null;
            if (pairedKind != null && type(pairedKind) == Type.KIND
                    && text.charAt(tokens.get(it.first).start()) == 'و' && it.kind.start() > tokens.get(it.first).start()) {
                // "وقرى ومزارع أوتايا": two kinds joined by و name one list; it starts at the first
                it.first = pairedKind.tokenStart();
                c = cueEnding.get(it.first);
            }
            if (c != null && (type(c) == Type.DIRECTION || type(c) == Type.NEAR || type(c) == Type.INSIDE
                    || type(c) == Type.COUNTRYSIDE)) {
                it.relation = c;
                it.first = c.tokenStart();
            }
            Match<Cue> adj = cueStarting.get(it.end);
            if (adj != null && type(adj) == Type.ADJECTIVE) {
                it.end = adj.tokenEnd();
            }
            Item prev = items.isEmpty() ? null : items.get(items.size() - 1);
            if (notAPlace(tokens, it) || it.kind == null && DualNoun.withAdjective(text, tokens, m)) {
                continue; // "جسرين رئيسيين": two bridges, not the village
            }
            if (name.seat() && capitals.standsForState(text, tokens, m, it.kind != null || it.relation != null,
                    prev != null && prev.end == m.tokenStart(), stateEnd == m.tokenStart())) {
                stateEnd = m.tokenEnd();
                continue;
            }
            if (prev != null && parenthesisedAlias(text, tokens, prev, it)) {
                // "عين العرب (كوباني) وقرية X": the other name of the place just named, not a new
                // item; the list goes on after the bracket
                prev.end = it.end;
                continue;
            }
            if (prev != null && inApposition(text, tokens, prev, it)) {
                // "قرب العاصمة السورية دمشق": the name repeats the place just named and takes its cues
                it.kind = prev.kind;
                it.relation = prev.relation;
                it.first = prev.first;
                it.group = prev.group;
                items.set(items.size() - 1, it);
                itemAt.remove(prev.match.tokenStart());
                itemAt.put(m.tokenStart(), it);
                continue;
            }
            int lead = it.relation != null ? it.relation.start() : it.kind != null ? it.kind.start() : m.start();
            Token leadToken = tokens.get(it.first);
            if (prev != null && prev.end == it.first && lead > leadToken.start() && text.charAt(leadToken.start()) == 'و') {
                it.group = prev.group;
                boolean ownKind = it.kind != null;
                if (it.kind == null) {
                    it.kind = prev.kind;
                }
                // "ريف حمص الشرقي، ومطار الضمير": only a governorate shares the countryside before it;
                // another place is a new item of the list
                boolean governorate = m.values().stream().anyMatch(p -> p.kind().equals("governorate"));
                if (!ownKind && governorate && it.relation == null && prev.relation != null && type(prev.relation) == Type.COUNTRYSIDE) {
                    it.relation = prev.relation;
                    it.sharedCountryside = true; // "ريفي درعا الشرقي والسويداء الغربي"
                }
                if (!ownKind && governorate && it.relation == null && prev.relation != null && type(prev.relation) == Type.NEAR) {
                    // "قرب حلب والرقة ودير الزور": near each city, not the governorates after the first
                    it.relation = prev.relation;
                }
            } else {
                it.group = prev == null ? 0 : prev.group + 1;
            }
            items.add(it);
            itemAt.put(m.tokenStart(), it);
        }
        return items;
    }

    /**
     * "بلدة النشابية وقرى ومزارع أوتايا وحوش الصالحية": a village the gazetteer lacks, named in one
     * list with a Syrian town or village it knows, lies in that place's governorate, near it; when
     * the known items of the list lie in different governorates, none is taken. A longer list
     * ({@link #LONG_LIST}) names a campaign's or a region's towns, not where one event took place;
     * a dual ("قريتي نبل والزهراء، وأفاد") names two, and a word after them is no village of it.
     */
    private void placeByListMates(List<Item> items) {
        for (int i = 0; i < items.size(); ) {
            int group = items.get(i).group;
            int end = i;
            Place mate = null;
            boolean agree = true;
            for (; end < items.size() && items.get(end).group == group; end++) {
                Place p = items.get(end).place;
                if (p != null && p.syrian() && SETTLEMENT_KINDS.contains(p.kind()) && p.precision() == 1) {
                    agree &= mate == null || mate.admin1().equals(p.admin1());
                    mate = mate == null ? p : mate;
                }
            }
            Match<Cue> head = items.get(i).kind;
            int named = head != null && cues.namesTwo(head.values().get(0)) ? 2 : LONG_LIST;
            for (int k = i; k < Math.min(end, i + named) && mate != null && agree && end - i <= LONG_LIST; k++) {
                Item it = items.get(k);
                if (it.place == null && it.admin1 == null && it.kind != null && it.match.values().isEmpty()) {
                    it.admin1 = mate.admin1();
                    it.near = mate;
                    it.confidence = PlaceRanking.UNKNOWN_BY_CONTEXT;
                }
            }
            i = end;
        }
    }

    /** A name of the place just named, in brackets right after it: "عين العرب (كوباني)". */
    private static boolean parenthesisedAlias(String text, List<Token> tokens, Item prev, Item it) {
        if (!namesPrevious(tokens, prev, it)
                || !text.substring(tokens.get(prev.end - 1).end(), it.match.start()).strip().equals("(")) {
            return false;
        }
        int close = it.match.end();
        while (close < text.length() && text.charAt(close) == ' ') {
            close++;
        }
        return close < text.length() && text.charAt(close) == ')';
    }

    /** A bare name right after a mention of the same place, only a space between. */
    private static boolean inApposition(String text, List<Token> tokens, Item prev, Item it) {
        return namesPrevious(tokens, prev, it)
                && text.substring(tokens.get(prev.end - 1).end(), tokens.get(it.first).start()).isBlank();
    }

    /**
     * Whether a bare name (no cue of its own, starting its token) right after the item before names one
     * of its places: what stands between decides whether it repeats it (apposition, brackets).
     */
    private static boolean namesPrevious(List<Token> tokens, Item prev, Item it) {
        if (prev.end != it.first || it.kind != null || it.relation != null || prev.match.values().isEmpty()
                || tokens.get(it.first).start() != it.match.start()) {
            return false;
        }
        for (Place p : prev.match.values()) {
            if (it.match.values().contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Adds, after a kind cue ("قرية النملية"), the name the gazetteer lacks, as a match with no places. */
    private List<Match<Place>> withUnknownNames(List<Match<Place>> found, List<Token> tokens,
                                                Map<Integer, Match<Cue>> cueStarting) {
        boolean[] covered = new boolean[tokens.size() + 1];
        Map<Integer, Integer> knownEnd = new HashMap<>(); // where a name the gazetteer knows ends, by its first token
        for (Match<Place> m : found) {
            for (int i = m.tokenStart(); i < m.tokenEnd(); i++) {
                covered[i] = true;
            }
            knownEnd.merge(m.tokenStart(), m.tokenEnd(), Math::max);
        }
        List<Match<Place>> out = new ArrayList<>(found);
        for (Match<Cue> c : cueStarting.values()) {
            String kind = c.values().get(0).value();
            int k = c.tokenEnd();
            if (type(c) != Type.KIND || !UNKNOWN_NAME_KINDS.contains(kind)
                    || k >= tokens.size() || covered[c.tokenStart()] || cueStarting.containsKey(k)) {
                continue;
            }
            boolean headed = headedName(found, tokens, k, cueStarting); // "تل" is short but a name's head
            boolean several = cues.namesSeveral(c.values().get(0));
            if (!headed && covered[k] && several && knownEnd.containsKey(k)) {
                // "قريتي حندرات وباشكوي": the gazetteer knows the first village, not the second
                listAfter(out, tokens, knownEnd.get(k), covered, cueStarting, knownEnd, true);
                continue;
            }
            if (!headed && (covered[k] || !plausibleName(tokens.get(k).text()))) {
                continue;
            }
            int end = k + 1;
            if (headed || cues.nameHead(tokens.get(k).text()) && end < tokens.size() && !covered[end]
                    && !cueStarting.containsKey(end) && plausibleName(tokens.get(end).text())) {
                end++;
            }
            if (headed) {
                // "قرية تل الخضر": the two words are one name, not "تل" or "الخضر" found alone elsewhere
                int from = k;
                int to = end;
                out.removeIf(m -> m.tokenStart() >= from && m.tokenEnd() <= to);
            }
            end = qualified(tokens, end, covered, cueStarting);
            Token a = tokens.get(k);
            Token b = tokens.get(end - 1);
            out.add(new Match<>(k, end, a.start(), b.end(), a.text(), List.of()));
            listAfter(out, tokens, end, covered, cueStarting, knownEnd, several);
        }
        out.sort(Comparator.comparingInt(Match::tokenStart));
        return out;
    }

    /**
     * "قرى جزرايا وزمار والعثمانية": the list goes on with و; each item the gazetteer lacks is added
     * as a name with no places. After a dual or plural cue ({@code several}) the list also goes on
     * past a name the gazetteer knows ("قرى المشيك والزيارة وتل واسط والمنصورة والبحصة"): the cue
     * says there are several places, so a known item does not end it. An item opened by a name head
     * takes the word after it ("وتل القرقور", "وحوش الضواهرة"), as the first item does.
     */
    private void listAfter(List<Match<Place>> out, List<Token> tokens, int from, boolean[] covered,
                           Map<Integer, Match<Cue>> cueStarting, Map<Integer, Integer> knownEnd, boolean several) {
        for (int w = from; w < tokens.size() && !cueStarting.containsKey(w); w++) {
            Token t = tokens.get(w);
            if (!t.text().startsWith("و") || t.start() > tokens.get(w - 1).end() + 2) {
                break;
            }
            String rest = t.text().substring(1);
            int next = w + 1;
            // "وتل القرقور": one village, although the gazetteer knows تل or القرقور alone (one word each)
            boolean headed = cues.nameHead(rest) && oneWordOrNone(w, covered, knownEnd) && next < tokens.size()
                    && !cueStarting.containsKey(next) && tokens.get(next).start() <= t.end() + 1
                    && plausibleName(tokens.get(next).text()) && oneWordOrNone(next, covered, knownEnd);
            if (headed) {
                int at = w;
                out.removeIf(m -> m.tokenStart() >= at && m.tokenEnd() <= next + 1);
            } else if (covered[w]) {
                Integer known = several ? knownEnd.get(w) : null;
                if (known == null) {
                    break;
                }
                w = known - 1; // "والزيارة": an item the gazetteer knows, found as it is
                continue;
            } else if (!plausibleName(rest)) {
                break;
            }
            int itemEnd = qualified(tokens, headed ? next + 1 : next, covered, cueStarting);
            out.add(new Match<>(w, itemEnd, t.start() + 1, tokens.get(itemEnd - 1).end(), rest, List.of()));
            w = itemEnd - 1;
        }
    }

    /** Whether a token is no part of a known name, or the whole of a one-word one. */
    private static boolean oneWordOrNone(int token, boolean[] covered, Map<Integer, Integer> knownEnd) {
        return !covered[token] || knownEnd.getOrDefault(token, -1) == token + 1;
    }

    /** The end of an unknown name taken on over its qualifier ("ماملي تحتاني"), if one follows it. */
    private int qualified(List<Token> tokens, int end, boolean[] covered, Map<Integer, Match<Cue>> cueStarting) {
        return end < tokens.size() && !covered[end] && !cueStarting.containsKey(end)
                && cues.nameQualifier(tokens.get(end).text()) ? end + 1 : end;
    }

    /**
     * After a kind cue, a name head ("تل", "قصر", "كفر") and the word after it are one village name
     * although the gazetteer knows a place called by either word alone; a two-word name it knows wins.
     */
    private boolean headedName(List<Match<Place>> found, List<Token> tokens, int k, Map<Integer, Match<Cue>> cueStarting) {
        if (!cues.nameHead(tokens.get(k).text()) || k + 1 >= tokens.size() || cueStarting.containsKey(k + 1)
                || !plausibleName(tokens.get(k + 1).text())) {
            return false;
        }
        for (Match<Place> m : found) {
            if (m.tokenStart() <= k + 1 && m.tokenEnd() > k + 1 && m.tokenEnd() - m.tokenStart() > 1) {
                return false;
            }
        }
        return true;
    }

    private PlaceContext context(NormalizedText doc, Story story, Span region) {
        PlaceContext c;
        synchronized (contexts) {
            // one story's context serves all its sentences; a few stories are kept
            StoryKey key = new StoryKey(doc, story);
            c = contexts.get(key);
            if (c == null) {
                if (contexts.size() > 64) {
                    contexts.clear();
                }
                c = PlaceContext.of(doc, story, matcher);
                contexts.put(key, c);
            }
        }
        return c.in(doc, story, region, matcher);
    }

    /** "X بالريف الشرقي", "X بريف (مدينة) Y", "X شرق (مدينة) Y", "X قرب Y", "X في (مدينة) Y", "X بسهل الغاب". */
    private Anchor anchorAfter(int j, List<Token> tokens, Map<Integer, Match<Cue>> cueStarting,
                               Map<Integer, Item> itemAt, PlaceContext ctx) {
        if (j >= tokens.size()) {
            return null;
        }
        Match<Cue> c = cueStarting.get(j);
        Match<Cue> near = j + 1 < tokens.size() ? cueStarting.get(j + 1) : null;
        if (c == null && near != null && type(near) == Type.NEAR && NEAR_LEAD.contains(tokens.get(j).text())) {
            c = near; // "حي كشكول على أطراف ضاحية جرمانا": the outskirts that locate the name
        }
        if (c != null && type(c) == Type.RURAL) {
            String a = ctx.sectionAdmin1 != null ? ctx.sectionAdmin1
                    : ctx.datelineAdmin1 != null ? ctx.datelineAdmin1 : ctx.leading();
            return a == null ? null : new Anchor(a, null, false);
        }
        int k = j;
        boolean relative = false;
        if (c != null && (type(c) == Type.COUNTRYSIDE || type(c) == Type.DIRECTION || type(c) == Type.NEAR
                || type(c) == Type.INSIDE)) {
            k = c.tokenEnd();
            relative = true;
        } else if (tokens.get(j).text().equals("في")) {
            k = j + 1;
            Match<Cue> after = cueStarting.get(k);
            if (after != null && (type(after) == Type.COUNTRYSIDE || type(after) == Type.DIRECTION)) {
                k = after.tokenEnd(); // "X في ريف حلب", "X في شرق حمص" place X as "بريف حلب" does
                relative = true;
            }
        }
        Match<Cue> kind = cueStarting.get(k);
        if (kind != null && type(kind) == Type.KIND && !itemAt.containsKey(k)) {
            k = kind.tokenEnd(); // unless the gazetteer's name starts with it ("مدينة حمص", "محافظة دير الزور")
        }
        Item anchor = itemAt.get(k);
        if (anchor == null || (anchor.place == null && anchor.admin1 == null)) {
            return null;
        }
        boolean carriesBa = tokens.get(k).start() < anchor.match.start(); // "بسهل الغاب": the name carries ب
        boolean contains = relative || k > j || carriesBa;
        return contains ? new Anchor(anchor.admin1, anchor.place, !relative && !carriesBa) : null;
    }

    private void choose(Item it, Anchor anchor, PlaceContext ctx, boolean cued) {
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (Place p : it.match.values()) {
            if (!p.syrian() && !p.kind().equals("country") && p.population() < PlaceRanking.FOREIGN_TOWN && !cued
                    && !p.curated()) {
                continue; // a GeoNames village abroad named bare is far likelier a word ("المصدر", "الحي")
            }
            double s = score(p, it, anchor, ctx);
            if (s > bestScore) {
                if (best != null && !sameArea(best, p)) {
                    second = bestScore;
                }
                best = p;
                bestScore = s;
            } else if (s > second && !sameArea(best, p)) {
                second = s;
            }
        }
        String contextAdmin1 = anchor != null && anchor.admin1() != null ? anchor.admin1()
                : ctx.sectionAdmin1 != null ? ctx.sectionAdmin1 : ctx.datelineAdmin1;
        boolean street = StreetName.is(it.kind);
        boolean syrianContext = HomeRegion.get().isHome(contextAdmin1);
        boolean anchorDisagrees = best != null && it.doubtful && anchor != null && !anchor.viaFi()
                && anchor.admin1() != null && !anchor.admin1().equals(best.admin1());
        boolean streetMisread = street && StreetName.misread(best); // "شارع الثورة" is no Raqqa town
        if (syrianContext && ((it.kind != null && (best == null || !best.syrian())) || anchorDisagrees
                || streetMisread)) {
            // "قرية النملية بالريف الشمالي": a village the gazetteer lacks, in the area its context names
            it.place = null;
            it.admin1 = outside(it, anchor) ? Outskirts.around(contextAdmin1) : contextAdmin1;
            it.near = anchor != null && anchor.place() != null && anchor.place().precision() < 3 ? anchor.place() : null;
            it.confidence = anchor != null ? PlaceRanking.UNKNOWN_ANCHORED : PlaceRanking.UNKNOWN_BY_CONTEXT;
            return;
        }
        if (best == null || streetMisread) {
            return; // a street with no city to place it in is not put in a town of its name
        }
        it.place = best;
        it.admin1 = best.admin1();
        double margin = second == Double.NEGATIVE_INFINITY ? PlaceRanking.MARGIN_ALONE : bestScore - second;
        double c = PlaceRanking.CONFIDENCE_BASE + Math.min(PlaceRanking.MARGIN_MAX, margin / PlaceRanking.MARGIN_SCALE);
        if (it.kind != null || anchor != null) {
            c += PlaceRanking.CUE_BONUS;
        }
        it.confidence = Math.min(PlaceRanking.CONFIDENCE_MAX, c);
    }

    /** "بلدة بيبلا جنوب العاصمة دمشق": a town placed by a direction from a city governorate lies outside it. */
    private boolean outside(Item it, Anchor anchor) {
        return anchor != null && !anchor.viaFi() && Outskirts.around(anchor.admin1()) != null && it.kind != null
                && SETTLEMENT_KINDS.contains(it.kind.values().get(0).value());
    }

    private static boolean sameArea(Place a, Place b) {
        return a != null && b != null && java.util.Objects.equals(a.admin1(), b.admin1());
    }

    private static double score(Place p, Item it, Anchor anchor, PlaceContext ctx) {
        PlaceClues clues = new PlaceClues(it.kind != null ? it.kind.values().get(0).value() : null,
                it.relation != null && type(it.relation) == Type.COUNTRYSIDE,
                anchor != null ? anchor.admin1() : null, anchor != null ? anchor.place() : null,
                ctx.sectionAdmin1, ctx.datelineAdmin1, ctx::votesWithTwin);
        return PlaceRanking.score(p, clues);
    }

    private PlaceMention mention(NormalizedText doc, List<Token> tokens, Item it) {
        Place p = it.place;
        int precision = p.precision();
        int startN = nameStart(doc.text(), tokens, it.match);
        boolean nounDropped = startN != it.match.start();
        int endN = it.match.end();
        int nameEnd = nameEnd(doc.text(), tokens, it.match);
        if (it.relation != null) {
            Type t = type(it.relation);
            if (t == Type.COUNTRYSIDE) {
                startN = it.sharedCountryside ? it.match.start() : it.relation.start();
                endN = tokens.get(it.end - 1).end();
            }
            if (t != Type.INSIDE) {
                precision = p.kind().equals("country") ? 3 : 2;
            }
        }
        String admin1 = p.admin1();
        String admin2 = precision == 1 || p.precision() == 1 ? p.admin2() : null;
        String street = it.relation != null && type(it.relation) == Type.COUNTRYSIDE ? null
                : StreetName.noun(cues, it.kind, it.ownKind);
        String locationAr;
        if (street != null) {
            // "دوار شيحان": the noun is part of the name as coders write it, in the singular
            startN = it.ownKind ? it.kind.start() : startN;
            locationAr = street + " " + words(doc.text(), tokens, it.match.start(), endN);
        } else {
            locationAr = (it.sharedCountryside ? countryside + " " : "") + words(doc.text(), tokens, startN,
                    endN == it.match.end() ? nameEnd : endN);
            if (nounDropped && (it.relation == null || type(it.relation) != Type.COUNTRYSIDE) && !namesPlace(p, locationAr)) {
                // "العاصمة السورية": the variant describes the place and names none of it; coders write its name
                locationAr = ArabicNormalizer.normalizeTerm(p.nameAr());
                startN = it.match.start(); // the evidence keeps the words that named it
            }
        }
        Span span = doc.toOriginal(startN, endN);
        return new PlaceMention(span, locationAr, p, admin1, admin2, p.latitude(), p.longitude(), precision,
                PlaceRanking.round(it.confidence));
    }

    /**
     * Where the name of a match starts: a gazetteer variant may begin with a place noun ("حي
     * الوعر", "مدينة درعا") that picks the homonym but is no part of the name as coders write it.
     */
    private int nameStart(String text, List<Token> tokens, Match<Place> m) {
        if (m.tokenEnd() - m.tokenStart() < 2) {
            return m.start();
        }
        Token first = tokens.get(m.tokenStart());
        return cues.placeNoun(text.substring(m.start(), first.end())) ? tokens.get(m.tokenStart() + 1).start() : m.start();
    }

    /** Whether the words after a variant's place noun are (part of) the place's own name. */
    private static boolean namesPlace(Place p, String rest) {
        return ArabicNormalizer.normalizeTerm(p.nameAr()).replace(" ", "").contains(rest.replace(" ", ""));
    }

    /**
     * Where the name of a match ends: a gazetteer variant of a base may end with an adjective ("مطار كويرس
     * العسكري", "قاعدة حميميم الجوية") that coders leave out of the name (docs/annotation.md, round 20); a
     * name of two words ("الكلية الجوية") keeps it. The evidence span still covers the words as written.
     */
    private int nameEnd(String text, List<Token> tokens, Match<Place> m) {
        if (m.tokenEnd() - m.tokenStart() < 3) {
            return m.end();
        }
        Token last = tokens.get(m.tokenEnd() - 1);
        return last.end() == m.end() && cues.baseAdjective(text.substring(last.start(), last.end()))
                ? tokens.get(m.tokenEnd() - 2).end() : m.end();
    }

    /** A village the gazetteer lacks: the coordinates of what it is near, else of its governorate. */
    private PlaceMention unknown(NormalizedText doc, Item it) {
        Place area = it.near != null ? it.near : gazetteer.governorate(it.admin1).orElse(null);
        if (area == null) {
            return null;
        }
        String street = StreetName.noun(cues, it.kind, it.ownKind);
        int start = street != null && it.ownKind ? it.kind.start() : it.match.start();
        String name = doc.text().substring(it.match.start(), it.match.end());
        return new PlaceMention(doc.toOriginal(start, it.match.end()), street != null ? street + " " + name : name,
                null, it.admin1,
                it.near != null && it.near.admin1().equals(it.admin1) ? it.near.admin2() : null, area.latitude(),
                area.longitude(),
                it.kind != null ? 1 : it.near != null ? 2 : 3, it.confidence); // a village named is precision 1
    }

    private static String countryOf(String admin1) {
        HomeRegion region = HomeRegion.get();
        return admin1 == null || region.isHome(admin1) ? region.country() : admin1;
    }

    private boolean plausibleName(String w) {
        return w.length() >= 3 && !w.startsWith(CliticSplitter.LAM_ARTICLE)
                && Character.UnicodeBlock.of(w.charAt(0)) == Character.UnicodeBlock.ARABIC
                && !cues.is(Type.FUNCTION, w) && !cues.is(Type.GIVEN, w) && !cues.is(Type.ORG, w);
    }

    /** "هيئة تحرير الشام", "جامعة دمشق", "أحمد حلب": the name belongs to something else. */
    private boolean notAPlace(List<Token> tokens, Item it) {
        if (it.kind != null || it.relation != null) {
            return false;
        }
        int p = it.match.tokenStart() - 1;
        if (p < 0) {
            return false;
        }
        Token prev = tokens.get(p);
        if (cues.is(Type.ORG, prev) || cues.is(Type.GIVEN, prev)) {
            return true;
        }
        return p >= 1 && !cues.is(Type.FUNCTION, prev) && cues.is(Type.ORG, tokens.get(p - 1))
                && tokens.get(p).start() - tokens.get(p - 1).end() <= 2;
    }

    /** The words between two normalised offsets, one space apart: a mention as written, without quotes. */
    private static String words(String text, List<Token> tokens, int start, int end) {
        StringBuilder b = new StringBuilder();
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) { // the first token ending after start: tokens are sorted, no scan from 0
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > start) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        for (int k = lo; k < tokens.size() && tokens.get(k).start() < end; k++) {
            Token t = tokens.get(k);
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(text, Math.max(start, t.start()), Math.min(end, t.end()));
        }
        return b.toString();
    }

    private static Type type(Match<Cue> c) {
        return c.values().get(0).type();
    }
}
