package org.rasid.events;

import org.rasid.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.lexicon.Particles;
import org.rasid.text.CliticSplitter;
import org.rasid.text.NormalizedText;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.PhrasePass;
import org.rasid.text.Span;
import org.rasid.text.Token;

/**
 * One sentence as the event extractor reads it: its words, the cues among them and the clause
 * each word belongs to. Clauses end at strong breaks ("في حين", "فيما", "؛"); commas only end a
 * segment, which bounds lists of places.
 */
final class Sentence {
    final NormalizedText doc;
    final Span span;
    final int start;
    final int end;
    final List<Token> tokens;
    final List<EventCues.Cue> cues;
    final int[] clause;
    final int[] segment;
    /** Which report of a round-up each word belongs to: a new one starts at a clause a report opener opens. */
    final int[] report;

    /**
     * The trigger lexicon's phrases, found in the cues' pass over the words ({@link PhrasePass}),
     * and the matcher they came from; null when the sentence was read for cues alone.
     */
    final List<PhraseMatcher.Match<Trigger>> triggerPhrases;
    final PhraseMatcher<Trigger> triggerPhrasesOf;

    Sentence(NormalizedText doc, Span span, EventCues cueLexicon) {
        this(doc, span, cueLexicon, null);
    }

    /** Reads the cues and the trigger phrases in one pass (cues first in the pass, triggers second). */
    Sentence(NormalizedText doc, Span span, PhrasePass<String, Trigger> lexicons) {
        this(doc, span, null, lexicons);
    }

    private Sentence(NormalizedText doc, Span span, EventCues cueLexicon, PhrasePass<String, Trigger> lexicons) {
        this.doc = doc;
        this.span = span;
        this.start = doc.fromOriginal(span.start());
        this.end = Math.min(doc.fromOriginal(span.end()), doc.length());
        this.tokens = doc.tokens(start, Math.max(start, end));
        if (lexicons == null) {
            this.cues = cueLexicon.find(doc.text(), tokens);
            this.triggerPhrases = null;
            this.triggerPhrasesOf = null;
        } else {
            PhrasePass.Found<String, Trigger> found = lexicons.find(tokens);
            this.cues = EventCues.cues(found.first());
            this.triggerPhrases = found.second();
            this.triggerPhrasesOf = lexicons.second();
        }
        this.clause = new int[tokens.size()];
        this.segment = new int[tokens.size()];
        this.report = new int[tokens.size()];
        split();
    }

    private void split() {
        boolean[] breakAt = new boolean[tokens.size()];
        boolean[] reportAt = new boolean[tokens.size()];
        String text = doc.text();
        for (EventCues.Cue c : cues) {
            int at = c.tokenStart();
            boolean afterComma = at > 0 && gap(text, tokens.get(at - 1).end(), tokens.get(at).start()) == WEAK;
            // "…، كذلك دارت اشتباكات": a round-up's next item after a comma; "قال أيضا" goes on
            boolean item = c.kind().equals("item_break") && afterComma;
            if (at > 0 && (c.kind().equals("clause_break") || item)) {
                breakAt[at] = true;
                reportAt[at] = item || opensReport(c, afterComma);
            }
        }
        int cl = 0;
        int seg = 0;
        int rep = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                int gap = breakAt[i] ? STRONG : gap(text, tokens.get(i - 1).end(), tokens.get(i).start());
                if (gap == STRONG) {
                    cl++;
                    seg++;
                } else if (gap == WEAK) {
                    seg++;
                }
                if (reportAt[i]) {
                    rep++;
                }
            }
            clause[i] = cl;
            segment[i] = seg;
            report[i] = rep;
        }
    }

    /**
     * A clause break that sets another report against the one before: بينما، فيما، في حين anywhere
     * (particles.tsv own_day_opener), كما، بالإضافة only after a comma ("…، كما تعرضت"; "كما أعلن" goes on).
     */
    private boolean opensReport(EventCues.Cue c, boolean afterComma) {
        for (int i = c.tokenStart(); i < c.tokenEnd(); i++) {
            if (bareOrAfterAnd(i, OWN_REPORT) || afterComma && bareOrAfterAnd(i, REPORT_OPENER)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause of word tok is opened by a contrast ("…، بينما اختطف مجهولون يوم أول أمس عنصرا"): a
     * report with its own day, not the day of the round-up's other items; the same words number a new
     * {@link #report}. Not "بينما كان": كان after the opener tells the scene of the same event ("قتل في ضربة
     * جوية بينما كان يتنقل").
     */
    boolean ownDayClause(int tok) {
        int first = tok;
        while (first > 0 && clause[first - 1] == clause[tok]) {
            first--;
        }
        for (int i = first; i <= Math.min(first + 1, tok); i++) {
            if (OWN_REPORT.contains(word(i))) {
                return !pluperfectAt(i + 1);
            }
        }
        return false;
    }

    private boolean pluperfectAt(int tok) {
        return cueStartsAt("pluperfect", tok);
    }

    /** Conjunctions that open a report with its own time and sides, wherever they stand. */
    private static final Set<String> OWN_REPORT = Particles.words("own_day_opener");
    /** Conjunctions that open another report of a round-up (particles.tsv report_opener). */
    private static final Set<String> REPORT_OPENER = Particles.words("report_opener");
    /** The conjunction و, a proclitic. */
    static final char AND = 'و';

    /** A word without the conjunction و written onto it ("والمكثف" → "المكثف"); the word itself otherwise. */
    static String withoutAnd(String w) {
        return w.length() > 1 && w.charAt(0) == AND ? w.substring(1) : w;
    }
    /** Relative pronouns, as normalised text spells them: a relative clause describes its noun. */
    private static final Set<String> RELATIVE = Particles.words("relative");
    /** The relative ما, "what": "ما تم الاتفاق عليه" (also a negation, so callers ask for its context). */
    private static final String WHAT = Particles.word("what");
    private static final int NONE = 0;
    private static final int WEAK = 1;
    private static final int STRONG = 2;
    /** How far back in its clause كان may make a pluperfect. */
    static final int PLUPERFECT_REACH = 8;
    /** How far back in its segment a relative pronoun may open the clause a word stands in. */
    static final int RELATIVE_REACH = 8;
    private static final char ARABIC_COMMA = '\u060C';
    private static final String STRONG_MARKS = "؛;.!?:\n";
    private static final String WEAK_MARKS = "،,(\"«»“”";

    /**
     * The strongest break in the text between two words: a char scan, since a regex over every
     * gap of every sentence was ~7% of the pipeline.
     */
    static int gap(String text, int from, int to) {
        int found = NONE;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (STRONG_MARKS.indexOf(c) >= 0) {
                return STRONG;
            }
            if (WEAK_MARKS.indexOf(c) >= 0) {
                found = WEAK;
            }
        }
        return found;
    }

    /** The text between word i-1 and word i (punctuation, quotes, spaces); "" before the first word. */
    String gapBefore(int i) {
        if (i <= 0 || i >= tokens.size()) {
            return "";
        }
        return doc.text().substring(tokens.get(i - 1).end(), tokens.get(i).start());
    }

    /** Whether a comma (Arabic or Latin) stands between word i-1 and word i. */
    boolean commaBefore(int i) {
        if (i <= 0 || i >= tokens.size()) {
            return false;
        }
        // read in the text, not in a copy of the gap
        String text = doc.text();
        for (int k = tokens.get(i - 1).end(), end = tokens.get(i).start(); k < end; k++) {
            char c = text.charAt(k);
            if (c == ARABIC_COMMA || c == ',') {
                return true;
            }
        }
        return false;
    }

    /**
     * "وكانت جماعة فيلق الرحمن قد انتهت": a form of كان (the lexicon's pluperfect cues, event_cues.tsv) up to
     * {@link #PLUPERFECT_REACH} words before word tok, in its clause: what is told there had happened before.
     */
    boolean pluperfectBefore(int tok) {
        for (EventCues.Cue c : cues) {
            int at = c.tokenStart();
            if (c.kind().equals("pluperfect") && at < tok && tok - at <= PLUPERFECT_REACH
                    && clause[at] == clause[tok]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "اتفاق التسوية، الذي خرج بموجبه مئات المقاتلين الأحد": a relative pronoun up to {@link #RELATIVE_REACH}
     * words before word tok, in its segment: what is told there describes a noun by another act.
     */
    boolean relativeClauseBefore(int tok) {
        for (int i = Math.max(0, tok - RELATIVE_REACH); i < tok; i++) {
            if (segment[i] == segment[tok] && isRelative(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue of {@code kind} starts at word tok. */
    boolean cueStartsAt(String kind, int tok) {
        for (EventCues.Cue c : cues) {
            if (c.tokenStart() == tok && c.kind().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue of {@code kind} ends right before word tok ("تابعة" before its owner). */
    boolean cueEndsAt(String kind, int tok) {
        for (EventCues.Cue c : cues) {
            if (c.tokenEnd() == tok && c.kind().equals(kind)) {
                return true;
            }
        }
        return false;
    }

    List<EventCues.Cue> cues(String kind) {
        List<EventCues.Cue> out = new ArrayList<>();
        for (EventCues.Cue c : cues) {
            if (c.kind().equals(kind)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The token index at or after a normalised offset (tokens.size() if none). */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) { // tokens are sorted and disjoint
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The first token whose end is after a normalised offset, or -1 when outside the sentence. */
    int tokenOf(int offset) {
        if (offset < start || offset >= end) {
            return -1;
        }
        int i = tokenAt(offset);
        return i < tokens.size() ? i : -1;
    }

    /** The token of an original-text span's start, or -1 when outside the sentence. */
    int tokenOf(Span original) {
        return tokenOf(doc.fromOriginal(original.start()));
    }

    /** The token after the last one an original-text span touches (with {@link #tokenOf(Span)}, its tokens). */
    int tokenEndOf(Span original) {
        return Math.min(tokens.size(), tokenAt(doc.fromOriginal(original.end() - 1)) + 1);
    }

    /** Evidence for one field: the words of an original-text span. */
    Evidence.Part part(String role, Span original) {
        return new Evidence.Part(role, original.start(), original.end(), original.of(doc.original()));
    }

    /**
     * Whether word i, as written or after the conjunction و, is in a set of normalised words: read
     * from the token's clitic readings, without the article or other proclitics.
     */
    boolean bareOrAfterAnd(int i, Set<String> words) {
        return bareOrAfterAnd(tokens.get(i).text(), tokens.get(i).readings(false), words);
    }

    static boolean bareOrAfterAnd(String word, List<CliticSplitter.Reading> readings, Set<String> words) {
        for (CliticSplitter.Reading r : readings) {
            boolean plain = r.prefixLength() == 0 || r.prefixLength() == 1 && word.charAt(0) == AND;
            if (plain && !r.hadArticle() && words.contains(r.stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Word i without one of the given one-letter proclitics ("و", "ف", "ل"), from the token's clitic
     * readings (article kept), or null when it carries none of them.
     */
    String afterProclitic(int i, String proclitics) {
        Token t = tokens.get(i);
        if (t.text().isEmpty() || proclitics.indexOf(t.text().charAt(0)) < 0) {
            return null;
        }
        for (CliticSplitter.Reading r : t.readings(false)) {
            if (r.prefixLength() == 1 && !r.hadArticle()) {
                return r.stem();
            }
        }
        return null;
    }

    /** Whether word {@code i} is a relative pronoun (false past the sentence's end). */
    boolean isRelative(int i) {
        return i >= 0 && i < tokens.size() && RELATIVE.contains(word(i));
    }

    /** Whether word {@code i} is ما (false past the sentence's end). */
    boolean isWhat(int i) {
        return i >= 0 && i < tokens.size() && WHAT.equals(word(i));
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    /** Whether word {@code i} carries the article behind its proclitics ({@link CliticSplitter#definite}). */
    boolean definite(int i) {
        return CliticSplitter.definite(tokens.get(i).readings(false));
    }

    Span original(int nStart, int nEnd) {
        return doc.toOriginal(nStart, nEnd);
    }
}
