package org.rasid.events;

import java.util.List;
import java.util.Set;
import org.rasid.time.DurationUnits;
import org.rasid.lexicon.Particles;
import org.rasid.text.CliticSplitter;

/**
 * Tells whether the event a trigger reports took place, from the cues before it in its clause:
 * negation, plan, expectation, condition, future, sound heard, topic, background, aggregate,
 * purpose (ل + verbal noun, unless a verb such as "تعرضت" governs it) and the content of a
 * verbal act ("هددت بإبادة", "نفى … توجه"). Verbal triggers are the acts themselves: only
 * negation, condition, expectation, purpose and future cancel them.
 */
public final class ModalityClassifier {
    private static final int NEAR = 4;
    /** The CAMEO root of meetings, talks and visits. */
    private static final java.util.Set<String> PURPOSE_PREFIX = Particles.words("purpose_proclitic");
    /** Conjunctions that open another report in a round-up ("كما", "بينما", "فيما", "في حين"). */
    private static final java.util.Set<String> REPORT_OPENER = Particles.words("report_opener");
    private static final java.util.Set<String> PRIOR_OPENER = Particles.words("prior_opener");
    /** Verbal nouns of failure or end ("تعثر", "فشل", "انهيار"; particles.tsv prior_lapse) between بعد and the act. */
    private static final java.util.Set<String> PRIOR_LAPSE = Particles.words("prior_lapse");
    /** The conjunctions a future verb may carry ("وسيقصف", "فسيتم"). */
    private static final String AND_OR_THEN = CliticSplitter.CONJUNCTIONS;
    /** The definite article, as a proclitic of the trigger's first word. */
    private static final String ARTICLE = CliticSplitter.ARTICLE;
    /** Proclitics that may stand before the article: و ف ب ل ك. */
    private static final String CONJUNCTION_OR_PREPOSITION = CliticSplitter.PROCLITIC_LETTERS;
    /** The part of speech of verb triggers (triggers.tsv): an adjective after a verb does not qualify it. */
    private static final String VERB = "V";
    /** The preposition ب of means ("بسلاح كيماوي"). */
    private static final String INSTRUMENT = CliticSplitter.BA;
    /** The preposition ل of purpose ("لشن"). */
    private static final String PURPOSE = CliticSplitter.LAM;
    /** قد: "may" before an imperfect verb, "already" before a perfect one. */
    private static final String QAD = Particles.word("aspect_particle");
    /** منذ, "since". */
    private static final String SINCE = Particles.word("since");
    /** The prepositions that join a duration to the event it counts from ("أيام من القصف", "يوما على الهجوم"),
     * as normalised text spells them (على → علي). */
    private static final java.util.Set<String> SINCE_LINK = Particles.words("since_link");
    /** أن before an imperfect verb: an act forecast, decided or wished ("رجح دبلوماسيون أن يجتمع"). */
    private static final String SUBJUNCTIVE = Particles.word("subjunctive");
    /** قبل, which before that أن tells in a past story what came next ("قبل أن يجتمع بالأسد"). */
    private static final String NARRATIVE_BEFORE = Particles.word("narrative_before");
    /** The prefix of an imperfect verb of the third person masculine (ت- also opens perfects: تبادل، توصل). */
    private static final char IMPERFECT = 'ي';
    /** Words (the subject) between a verbal act and a habit cue after it ("هددت الحكومة التركية مرارا"). */
    private static final int HABIT_AFTER = 2;
    /** The most words from a verb of habit to the verbal noun it governs: its subject and the preposition. */
    private static final int HABIT_GOVERNED = 4;
    /** The prepositions a verb of habit takes its act with (particles.tsv habit_link). */
    private static final Set<String> HABIT_LINKS = Particles.words("habit_link");
    /** Words between the elapsing word, the duration and the link ("بعد نحو عشرة أيام من"). */
    private static final int ELAPSED_WORDS = 3;
    /** Words back from a coordinated duration to the word of elapsing of the first one. */
    private static final int COORDINATED_WORDS = 12;

    private final EventWords words;
    private final TimeSpan spans;

    /** With the default word lists. */
    public ModalityClassifier() {
        this(EventWords.standard());
    }

    public ModalityClassifier(EventWords words) {
        this.words = words;
        this.spans = new TimeSpan(words);
    }

    /** "ستكون ضربة", "سيمدد وقف إطلاق النار": a future verb right before the trigger. */
    private boolean futureVerbBefore(Sentence s, TriggerMention t) {
        for (int i = Math.max(0, t.tokenStart() - 2); i < t.tokenStart(); i++) {
            String bare = s.afterProclitic(i, AND_OR_THEN);
            bare = bare == null ? s.word(i) : bare;
            if (futureVerb(bare, words) && s.clause[i] == s.clause[t.tokenStart()]) {
                return true;
            }
        }
        return false;
    }

    /** "ستكون", "سيعقد": س and an imperfect prefix, not a noun that starts so (event_words.tsv not_future). */
    static boolean futureVerb(String word, EventWords words) {
        return word.length() >= 5 && word.charAt(0) == 'س' && "يتن".indexOf(word.charAt(1)) >= 0
                && !words.is("not_future", word);
    }

    /** "وفي حال رفض …، سيمدد": a condition that opens its clause governs all of it. */
    private static boolean startsClause(Sentence s, EventCues.Cue c) {
        int i = c.tokenStart();
        return i == 0 || s.clause[i - 1] != s.clause[i] || i == 1 || s.clause[i - 2] != s.clause[i];
    }
    private static final int MID = 6;
    private static final int PLAN = 10;
    /** Words (another adjective, a nisba) between a noun and the adjective that makes it a hypothesis. */
    private static final int HYPOTHESIS = 2;
    /** كان, its subject (a name of a few words), قد, then the verb. */
    private static final int PLUPERFECT = 7;

    public Modality classify(Sentence s, TriggerMention t, List<TriggerMention> all) {
        int clause = s.clause[t.tokenStart()];
        if ((t.trigger().isVerbal() || t.trigger().isOutcome()) && t.tokenStart() > 0
                && s.isRelative(t.tokenStart() - 1)) {
            // "نظام الأسد الذي قتلهم": a description, not a report
            return Modality.TOPIC;
        }
        if (whatWasDone(s, t)) {
            return Modality.TOPIC;
        }
        Modality found = t.future() || futureVerbBefore(s, t) ? Modality.FUTURE : null;
        if (found == null && (t.tokenStart() > 0 && s.isRelative(t.tokenStart() - 1) || elapsedSince(s, t))) {
            // "الميليشيات التي سيطرت على جنوب دمشق": a relative clause describes its noun with what is known;
            // "بعد نحو عشرة أيام من القصف", "مضى 11 يوما على الهجوم": the time since an earlier event
            found = Modality.BACKGROUND;
        }
        for (EventCues.Cue c : s.cues) {
            if (c.kind().equals("expected") && s.word(c.tokenStart()).endsWith(QAD) && !imperfectAfter(s, c)) {
                // "كان … قد نفى": قد before a past verb is "already", not "may"
                continue;
            }
            Modality m = byCue(s, t, c);
            if (m != null && (found == null || rank(m) > rank(found))) {
                found = m;
            }
        }
        if ((found == null || rank(found) < rank(Modality.EXPECTED)) && subjunctive(s, t)) {
            found = Modality.EXPECTED;
        }
        if (found == null || rank(found) < rank(Modality.EXPECTED)) {
            Modality countered = countered(s, t, all);
            found = countered == null ? found : countered;
        }
        if ((found == null || rank(found) < rank(Modality.GENERIC)) && !t.trigger().isVerbal()
                && (t.trigger().isViolent() || t.trigger().isOutcome()) && spans.summarises(s, t, all)) {
            // "قتل أكثر من ألف مدني خلال 3 أسابيع": a span of days in the clause makes the act a summary
            found = Modality.GENERIC;
        }
        return settle(s, t, all, found);
    }

    /**
     * What the strongest cue means for this trigger: a future stands; a verbal trigger is cancelled
     * only by negation, condition, expectation, future or background; a noun may also be a purpose
     * or the content of a verbal act before it.
     */
    private Modality settle(Sentence s, TriggerMention t, List<TriggerMention> all, Modality found) {
        int clause = s.clause[t.tokenStart()];
        if (found == Modality.FUTURE) {
            return found;
        }
        if (t.trigger().isVerbal() && isPurpose(s, t)) {
            // "للدعوة إلى"
            return Modality.PURPOSE;
        }
        if (t.trigger().isVerbal() && habitualBeside(s, t)) {
            // "هددت تركيا مرارا بشن عملية", "ولطالما نفت أنقرة": a stance repeated over time, not a new act
            return Modality.GENERIC;
        }
        if (t.trigger().isVerbal()) {
            // "على استعداد للدخول في محادثات", "يعتزم عقد اجتماع": a meeting intended has not met; a statement
            // intended is still said by the verb that reports the intent
            return found == Modality.NEGATED || found == Modality.CONDITIONAL || found == Modality.EXPECTED
                    || found == Modality.FUTURE || found == Modality.BACKGROUND
                    || found == Modality.PLANNED && CameoRoot.MEETING.equals(t.trigger().cameo()) ? found : Modality.OCCURRED;
        }
        if (found != null && found != Modality.BACKGROUND) {
            return found;
        }
        if (isPurpose(s, t) || purposeVerbBefore(s, t)) {
            return Modality.PURPOSE;
        }
        for (TriggerMention v : all) {
            if (v != t && v.trigger().isVerbal() && v.tokenEnd() <= t.tokenStart()
                    && s.clause[v.tokenStart()] == clause && !CameoRoot.MEETING.equals(v.trigger().cameo())) {
                return Modality.CONTENT;
            }
            if (v != t && v.trigger().isVerbal() && CameoRoot.MEETING.equals(v.trigger().cameo()) && v.tokenEnd() <= t.tokenStart()
                    && t.tokenStart() - v.tokenEnd() <= 2) {
                // "تفاوض على إجلاء"
                return Modality.CONTENT;
            }
        }
        return found == null ? Modality.OCCURRED : found;
    }

    /** What one cue says of the trigger's event, by its kind and where it stands; null when it says nothing. */
    private Modality byCue(Sentence s, TriggerMention t, EventCues.Cue c) {
        int clause = s.clause[t.tokenStart()];
        boolean before = c.tokenEnd() <= t.tokenStart();
        int gap = t.tokenStart() - c.tokenEnd();
        boolean sameClause = s.clause[c.tokenStart()] == clause;
        return switch (c.kind()) {
            case "negated" -> before && sameClause && gap < NEAR
                    && (gap == 0 || !t.prefix().startsWith("و")) ? Modality.NEGATED : null;
            case "planned" -> before && sameClause && gap < PLAN ? Modality.PLANNED : null;
            case "expected" -> before && sameClause && gap < MID ? Modality.EXPECTED : null;
            case "conditional" -> before && sameClause && (s.segment[c.tokenStart()] == s.segment[t.tokenStart()]
                    || startsClause(s, c)) ? Modality.CONDITIONAL : null;
            case "future" -> sameClause && (before && gap < NEAR
                    || c.tokenStart() >= t.tokenEnd() && c.tokenStart() - t.tokenEnd() < 2) ? Modality.FUTURE : null;
            case "heard" -> before && sameClause && gap < NEAR ? Modality.HEARD : null;
            case "topic" -> before && sameClause && gap < 3 ? Modality.TOPIC : null;
            case "generic" -> before && gap < 2 ? Modality.GENERIC : null;
            // "خبراء الأسلحة الكيماوية", "برنامج السلاح الكيميائي": the noun right before names a field, not an act
            case "field" -> before && gap == 0 ? Modality.GENERIC : null;
            // "ويقصف النظام بانتظام": a habit
            case "habitual" -> sameClause ? Modality.GENERIC : null;
            // "ورأت الفصائل أن دخول تركيا …": a view, up to a word that opens another report ("…، كما قصفت")
            case "opinion" -> before && !breakWordBetween(s, c.tokenEnd(), t.tokenStart()) ? Modality.TOPIC : null;
            // "ويقول الخبير إن …", "وتقول جماعات حقوقية إن …": news attributes what happened with a perfect verb
            // (قال، أفاد); a sentence opened by a present-tense speech verb is commentary, not a report
            case "commentary" -> before && c.tokenStart() == 0 ? Modality.TOPIC : null;
            // "الهجوم المحتمل", "هجوم عسكري متوقع": an adjective right after the noun makes it a hypothesis;
            // "هجوم مزعوم بسلاح كيماوي": the weapon phrase after it goes on with the same alleged attack.
            // A verb is never what the adjective qualifies ("نفى الهجوم المزعوم" is a denial all the same)
            // "أي هجوم تعتزم دمشق القيام به", "لهجوم من المتوقع أن يشنه الجيش": an intent or an expectation
            // opening a relative clause right after the noun describes an act still to come
            case "intended" -> !VERB.equals(t.trigger().pos()) && sameClause && c.tokenStart() >= t.tokenEnd()
                    && c.tokenStart() - t.tokenEnd() <= HYPOTHESIS ? Modality.PLANNED : null;
            // "التصدي لأي هجوم": any such act, not one that took place (a meeting noun is left to the
            // statement rules: "ينفي مشاركته في أي مفاوضات" is coded through the denial)
            case "any" -> !VERB.equals(t.trigger().pos()) && !t.trigger().isVerbal() && before && gap == 0
                    ? Modality.EXPECTED : null;
            case "hypothesis" -> !VERB.equals(t.trigger().pos()) && sameClause && (c.tokenStart() >= t.tokenEnd()
                    && c.tokenStart() - t.tokenEnd() <= HYPOTHESIS || gap == 0 && instrument(s, t))
                    ? Modality.EXPECTED : null;
            // "غادرت القافلة بسبب القصف", "في ظل القصف المكثف": the state of a place, not an incident; not a
            // clash told going on ("وسط استمرار الاشتباكات العنيفة بين …": FightCourse)
            case "circumstance" -> before && sameClause && gap <= 1 && definite(s, t) && !FightCourse.told(s, t, words)
                    ? Modality.TOPIC : null;
            // "ويتضمن الاقتراح … سيطرة قوات النظام على المعبر": the terms of a proposal, however long
            case "proposal" -> before ? Modality.PLANNED : null;
            // "وكانت قوات النظام قد استعادت": كان + (قد) + perfect tells what had happened before
            case "pluperfect" -> before && sameClause && gap < PLUPERFECT && !progressive(s, c)
                    ? Modality.BACKGROUND : null;
            // "واستعادت قوات النظام مدعومة من روسيا خلال الأسابيع الماضية": a period anywhere in the clause,
            // unless it belongs to a relative clause after the trigger ("معركة … التي أعلنوا عنها مؤخرا") or to
            // an earlier act the trigger comes after ("دعت … بعد التصعيد في دمشق خلال الأيام الأخيرة")
            case "period" -> before || sameClause && !relativeBetween(s, t.tokenEnd(), c.tokenStart())
                    && !afterPriorBetween(s, t.tokenEnd(), c.tokenStart()) ? Modality.BACKGROUND : null;
            // "ألقت 14297 برميلا على عدة مناطق في محافظات دمشق وحلب …": a plural of governorates spreads the
            // act over the country, a summary rather than an incident (verbal acts stay: settle ignores GENERIC)
            case "spread" -> before || sameClause && !relativeBetween(s, t.tokenEnd(), c.tokenStart())
                    ? Modality.GENERIC : null;
            // "بعد تعثر مفاوضات", "عقب انتهاء المعارك": the end of an earlier act is the time reference, and the
            // act it names is the earlier one, even talks ("بعد لقائه" alone is often today's meeting)
            case "after_prior" -> before && (gap == 0 && !t.trigger().isVerbal()
                    || gap == 1 && s.bareOrAfterAnd(c.tokenEnd(), PRIOR_LAPSE)) ? Modality.BACKGROUND : null;
            // "المصادر عن الهجوم الكيميائي", "المواقع المرتبطة بالهجوم الكيماوي": a definite event named as
            // what something is about, not reported
            case "reference" -> before && gap == 0 && definite(s, t) && !t.trigger().isOutcome()
                    && !objectOfVerb(s, c) ? Modality.TOPIC : null;
            // "منذ صباح أمس": since a part of the news day, the start of the event reported, not a campaign
            case "background" -> spans.sinceDayPart(s, c.tokenStart()) ? null
                    : s.word(c.tokenStart()).endsWith(SINCE) && s.segment[c.tokenStart()] == s.segment[t.tokenStart()]
                    && !relativeBetween(s, t.tokenEnd(), c.tokenStart())
                    // "منذ سبتمبر 2014": a campaign since, not one event
                    ? Modality.BACKGROUND
                    : before && (gap < NEAR || c.tokenEnd() - c.tokenStart() > 1)
                    || c.tokenStart() >= t.tokenEnd() && c.tokenStart() - t.tokenEnd() < NEAR
                    && s.segment[c.tokenStart()] == s.segment[t.tokenStart()] ? Modality.BACKGROUND : null;
            default -> null;
        };
    }

    /**
     * A clause break in tokens [from, to) opened by a conjunction of another report ("كما", "بينما", "فيما",
     * "في حين"; particles.tsv report_opener), not one that goes on with the same ("وذلك بعد", "في وقت").
     */
    private static boolean breakWordBetween(Sentence s, int from, int to) {
        for (EventCues.Cue b : s.cues) {
            if (b.kind().equals("clause_break") && b.tokenStart() >= from && b.tokenStart() < to) {
                for (int i = b.tokenStart(); i < b.tokenEnd(); i++) {
                    if (s.bareOrAfterAnd(i, REPORT_OPENER)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "بسلاح كيماوي", "بالغاز السام": the trigger is the means of an act named before it (proclitic ب). */
    private static boolean instrument(Sentence s, TriggerMention t) {
        if (t.prefix().endsWith(INSTRUMENT)) {
            return true;
        }
        // a lexicon phrase may spell the ب itself ("بالغاز السام"): read it off the word as written
        String bare = s.afterProclitic(t.tokenStart(), AND_OR_THEN);
        String w = bare == null ? s.word(t.tokenStart()) : bare;
        return w.startsWith(INSTRUMENT + ARTICLE);
    }

    /** The trigger's first word carries the article in the text ("القصف", "وبالصاروخين"). */
    static boolean definite(Sentence s, TriggerMention t) {
        return s.definite(t.tokenStart());
    }

    /** "لإجلاء", "للسيطرة": ل on a verbal noun states a purpose, unless a verb like تعرض governs it. */
    private static boolean isPurpose(Sentence s, TriggerMention t) {
        if (!PURPOSE_PREFIX.contains(t.prefix())) {
            return false;
        }
        int clause = s.clause[t.tokenStart()];
        for (EventCues.Cue c : s.cues("complement")) {
            if (c.tokenEnd() <= t.tokenStart() && s.clause[c.tokenStart()] == clause) {
                return false;
            }
        }
        return true;
    }

    /** A word that names an earlier act ("بعد", "عقب"; particles.tsv prior_opener) in tokens [from, to). */
    private static boolean afterPriorBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.bareOrAfterAnd(i, PRIOR_OPENER)) {
                return true;
            }
        }
        return false;
    }

    /** "الغوطة التي تتعرض منذ شهر لحملة": a relative clause after the trigger describes something else. */

    private static boolean relativeBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.isRelative(i)) {
                return true;
            }
        }
        return false;
    }

    /** "كانوا يحتمون": كان before an imperfect is a past state or habit, not a pluperfect. */
    private static boolean progressive(Sentence s, EventCues.Cue c) {
        return c.tokenEnd() < s.tokens.size() && s.word(c.tokenEnd()).startsWith("ي");
    }

    private static boolean imperfectAfter(Sentence s, EventCues.Cue c) {
        if (c.tokenEnd() >= s.tokens.size()) {
            return false;
        }
        String w = s.word(c.tokenEnd());
        return !w.isEmpty() && "يت".indexOf(w.charAt(0)) >= 0; // نـ ("we") is rare in news; نفى is past
    }

    /**
     * "تطبيق ما تم الاتفاق عليه", "ما جرى تدميره": the relative ما with a passive auxiliary names
     * what was done before as the object of something else; it reports no new event.
     */
    private boolean whatWasDone(Sentence s, TriggerMention t) {
        int i = t.tokenStart();
        // the trigger phrase may itself begin with the auxiliary ("تم الاتفاق")
        int aux = words.is("passive_aux", s.word(i)) ? i : i - 1;
        return aux >= 1 && words.is("passive_aux", s.word(aux)) && s.isWhat(aux - 1);
    }

    /** "أسفر عن السيطرة", "أعلن عن الهدنة": عن joins a verb to its object, the event itself. */
    private boolean objectOfVerb(Sentence s, EventCues.Cue c) {
        if (c.tokenStart() == 0) {
            return false;
        }
        String before = s.word(c.tokenStart() - 1);
        String bare = s.afterProclitic(c.tokenStart() - 1, AND_OR_THEN);
        return words.is("an_object", before) || bare != null && words.is("an_object", bare);
    }

    /**
     * "بعد نحو عشرة أيام من القصف", "مضى 11 يوما على الهجوم", "بعد ثلاثة أشهر على اختطافهن": a word of
     * elapsing, a duration, then من or على right before the trigger measure the time since an earlier event.
     */
    private boolean elapsedSince(Sentence s, TriggerMention t) {
        int link = t.tokenStart() - 1;
        if (link < 2 || !SINCE_LINK.contains(s.word(link))) {
            return false;
        }
        for (int d = link - 1; d >= Math.max(1, link - ELAPSED_WORDS); d--) {
            if (DurationUnits.standard().isUnit(s.word(d))) {
                for (int e = d - 1; e >= Math.max(0, d - ELAPSED_WORDS); e--) {
                    String bare = s.afterProclitic(e, AND_OR_THEN);
                    if (words.is("elapsed", s.word(e)) || bare != null && words.is("elapsed", bare)) {
                        return true;
                    }
                }
                return coordinated(s, d);
            }
        }
        return false;
    }

    /**
     * "بعد أكثر من 4 أعوام على حصارها، ونحو شهر من القصف": a duration joined by و to an earlier one shares
     * its word of elapsing, so both count the time since (or of) what they name.
     */
    private boolean coordinated(Sentence s, int unit) {
        for (int e = unit - 1; e >= Math.max(0, unit - ELAPSED_WORDS); e--) {
            if (s.afterProclitic(e, AND_OR_THEN) == null) {
                continue;
            }
            for (int f = e - 1; f >= Math.max(0, e - COORDINATED_WORDS); f--) {
                if (words.is("elapsed", s.word(f))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * "التصدي لهجوم من المتوقع أن يشنه الجيش", "لصد أي هجوم": countering an act that is only intended or
     * hypothetical is itself still to come; the act countered is the trigger right after the counter noun
     * (event_words.tsv counter), at most one word ("لأي") between.
     */
    private Modality countered(Sentence s, TriggerMention t, List<TriggerMention> all) {
        String bare = s.afterProclitic(t.tokenStart(), CONJUNCTION_OR_PREPOSITION);
        if (VERB.equals(t.trigger().pos())
                || !words.is("counter", s.word(t.tokenStart())) && (bare == null || !words.is("counter", bare))) {
            return null;
        }
        for (TriggerMention v : all) {
            if (v != t && v.tokenStart() >= t.tokenEnd() && v.tokenStart() - t.tokenEnd() <= 1
                    && s.clause[v.tokenStart()] == s.clause[t.tokenStart()]) {
                Modality m = null;
                for (EventCues.Cue c : s.cues) {
                    if (c.kind().equals("intended") || c.kind().equals("any") || c.kind().equals("hypothesis")) {
                        Modality byIt = byCue(s, v, c);
                        m = byIt != null ? byIt : m;
                    }
                }
                return m;
            }
        }
        return null;
    }

    /**
     * "رجح دبلوماسيون أن يجتمع مجلس الأمن", "قرر المجلس أن يجتمع مجددا": a verb trigger in the imperfect right
     * after أن is what someone forecasts, decides or wishes, not an act told as done; in a past story "قبل أن"
     * tells what came next and is left alone.
     */
    private static boolean subjunctive(Sentence s, TriggerMention t) {
        int i = t.tokenStart();
        if (!VERB.equals(t.trigger().pos()) || i == 0 || !SUBJUNCTIVE.equals(s.word(i - 1))
                || s.word(i).isEmpty() || s.word(i).charAt(0) != IMPERFECT) {
            return false;
        }
        return i < 2 || !NARRATIVE_BEFORE.equals(s.word(i - 2));
    }

    /**
     * A habit cue right beside a verbal act: before it ("لطالما هددت", "مرارا رفضها", one word such as ما
     * between) or after it and a subject of up to two words ("هددت تركيا مرارا"). Further off it belongs to
     * the content ("قال ظريف إن إيران وقفت دائما") and the act is still news.
     */
    private static boolean habitualBeside(Sentence s, TriggerMention t) {
        for (EventCues.Cue c : s.cues("habitual")) {
            if (s.clause[c.tokenStart()] != s.clause[t.tokenStart()]) {
                continue;
            }
            int before = t.tokenStart() - c.tokenEnd();
            int after = c.tokenStart() - t.tokenEnd();
            if (before >= 0 && before <= 1 || after >= 0 && after <= HABIT_AFTER) {
                return true;
            }
            // a verb of habit governs its act as a verbal noun after على or عن, its subject between:
            // "لم يكل المسؤولون الأتراك عن نفي الاتهامات", "دأبت إسرائيل على مهاجمة"
            if (before > 1 && before <= HABIT_GOVERNED && HABIT_LINKS.contains(s.word(t.tokenStart() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "لتنفيذ هجمات", "لشن غارات": a purpose verbal noun right before the trigger. */
    private boolean purposeVerbBefore(Sentence s, TriggerMention t) {
        if (t.tokenStart() == 0 || s.word(t.tokenStart() - 1).length() <= 3) {
            return false;
        }
        String bare = s.afterProclitic(t.tokenStart() - 1, PURPOSE);
        return bare != null && words.is("light_verb", bare);
    }

    private static int rank(Modality m) {
        return switch (m) {
            case BACKGROUND -> 0;
            case TOPIC, GENERIC, HEARD -> 1;
            case EXPECTED, PLANNED -> 2;
            case FUTURE -> 3;
            case CONDITIONAL -> 4;
            case NEGATED -> 5;
            default -> 0;
        };
    }
}
