package org.rasid.events;

import java.util.ArrayList;
import java.util.List;
import org.rasid.actors.ActorMention;
import org.rasid.events.RoledActor.Role;
import org.rasid.text.CliticSplitter;
import org.rasid.text.Token;

/**
 * Gives each actor mention of a sentence the role the words before it announce: agent ("من قبل"),
 * target ("على", "ضد"), supporter ("بدعم من"), mediator, backer of the noun before ("التي تدعمها"),
 * reporter ("قال … إن"), recipient (ل),
 * victim (named in a toll). Mentions that are borders, causes, outlets or unhurt are left out.
 */
final class ActorRoleTagger {
    private static final String LAM = CliticSplitter.LAM;
    private static final String LAM_ARTICLE = CliticSplitter.LAM_ARTICLE;

    /** Words that may stand between a citing phrase and the source it cites ("بحسب بيان صادر عن"). */
    private static final int SOURCE_WORDS = 3;

    private final EventWords words;

    ActorRoleTagger(EventWords words) {
        this.words = words;
    }

    List<RoledActor> tag(Sentence s, List<ActorMention> mentions, List<Arguments.Count> counts) {
        List<RoledActor> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            int ns = s.doc.fromOriginal(m.span().start());
            int ne = s.doc.fromOriginal(m.span().end());
            int tok = s.tokenOf(ns);
            if (tok < 0 || notAParty(s, m, tok)) {
                continue;
            }
            int tokEnd = Math.max(tok + 1, s.tokenAt(Math.max(ns, ne - 1)) + 1);
            Role role = cueRole(s, tok, tokEnd);
            if (role == Role.OWNER && affiliationOfNamed(s, mentions, tok)) {
                // "شنت قوات جيش الفتح التابع للمعارضة السورية المسلحة قصفا": the side named before تابع struck;
                // the one after it is its affiliation, which describes it and is no side
                role = Role.BACKER;
            }
            if (role == Role.NONE && heldAreaHit(s, tok)) {
                role = Role.TARGET; // "على مناطق سيطرة الفصائل": the side holding the areas hit
            }
            if (role == Role.NONE && recipient(s, m, tok, ns)) {
                role = Role.RECIPIENT;
            }
            if ((role == Role.NONE || role == Role.TARGET) && victim(m, counts)) {
                role = Role.VICTIM;
            }
            if ((role == Role.NONE || role == Role.RECIPIENT) && cited(s, tok)) {
                // "وفق الأمم المتحدة", "بحسب بيان للجيش العراقي", "وفق ما أعلن الرئيس التركي": the source
                role = Role.REPORTER;
            }
            boolean affiliate = role == Role.RECIPIENT && s.cueEndsAt("owner", tok); // "مجموعات تابعة للمعارضة"
            if ((role == Role.NONE || affiliate) && reported(s, tok, tokEnd)) {
                // "قال شهود عيان ومصادر من المعارضة، إنه …"
                role = Role.REPORTER;
            }
            boolean quiet = false;
            for (EventCues.Cue c : s.cues("no_casualties")) {
                quiet |= tok >= c.tokenEnd() && tok - c.tokenEnd() <= 2;
            }
            if (quiet || m.outlet()) {
                // "دون وقوع أي إصابات بين المدنيين": nobody was hit
                continue;
            }
            boolean former = false;
            for (EventCues.Cue c : s.cues("former")) {
                // "قصف سابق لقوات النظام", "المدير السابق لوكالة": the adjective qualifies the noun before
                // it; the actor after ل is its owner, not a former member
                boolean owner = c.tokenEnd() == tok && s.word(tok).startsWith(LAM);
                if (c.tokenStart() >= tok - 3 && c.tokenStart() <= tokEnd + 1 && !owner) {
                    former = true;
                }
            }
            out.add(new RoledActor(m, tok, tokEnd, role, former));
        }
        return out;
    }

    /**
     * "القريبة من الحدود مع لبنان": a border; "انفجار مجهول السبب": an unknown cause; "الحدود التركية",
     * "الأراضي السورية": a territory; "الخاضعة لسيطرة المعارضة", "تحت سيطرة النظام": who holds a place.
     */
    private boolean notAParty(Sentence s, ActorMention m, int tok) {
        if (tok >= 2 && s.word(tok - 1).equals("مع") && words.endsWith("border", s.word(tok - 2))) {
            return true;
        }
        if (tok >= 1 && words.is("territory", s.word(tok - 1)) || heldBy(s, tok)) {
            return true;
        }
        return "UNKNOWN".equals(m.actorId()) && tok + 1 < s.tokens.size()
                && words.is("unknown_cause", s.word(tok + 1));
    }

    /** "لسيطرة X", "تحت سيطرة X", "الخاضعة سيطرة X": X holds the place before it. */
    private boolean heldBy(Sentence s, int tok) {
        if (tok < 1 || !words.is("control", s.word(tok - 1))) {
            return false;
        }
        String control = s.word(tok - 1);
        return control.startsWith(LAM) || tok >= 2 && (s.word(tok - 2).equals("تحت")
                || words.is("controlled", s.word(tok - 2)));
    }

    /**
     * "على مناطق سيطرة الفصائل", "استهدفت مناطق نفوذ الأكراد": a target cue, an area noun (event_words.tsv
     * held_area), a control word, then the mention: the areas hit are named by the side holding them.
     */
    private boolean heldAreaHit(Sentence s, int tok) {
        return tok >= 3 && words.is("control", s.word(tok - 1)) && words.is("held_area", s.word(tok - 2))
                && s.cueEndsAt("target", tok - 2);
    }

    /** The role of the nearest role cue ending at most one word before the mention. */
    private Role cueRole(Sentence s, int tok, int tokEnd) {
        Role role = Role.NONE;
        int bestGap = Integer.MAX_VALUE;
        for (EventCues.Cue c : s.cues) {
            int gap = tok - c.tokenEnd();
            if (gap < 0 || gap > 1 || gap >= bestGap) {
                continue;
            }
            Role r = switch (c.kind()) {
                case "agent" -> Role.AGENT;
                case "target" -> strikerAfterVerb(s, c, tok) ? Role.AGENT : Role.TARGET;
                case "assoc" -> Role.ASSOC;
                case "mediator" -> Role.MEDIATOR;
                case "backer" -> Role.BACKER;
                case "owner" -> ownsMeans(s, c) ? Role.OWNER : null;
                case "report" -> reportsContent(s, tokEnd) ? Role.REPORTER : null;
                default -> null;
            };
            if (r != null) {
                role = r;
                bestGap = gap;
            }
        }
        return role;
    }

    /**
     * "طائرات حربية تابعة للتحالف", "طائرات حربية يعتقد أنها تابعة للنظام": the means of a strike up to
     * four words before "تابعة" belong to the actor after it (who struck, or was hit when the means were
     * downed: ActorAssigner decides); a target noun between them
     * ("قوات النظام مواقع تابعة لهيئة تحرير الشام") names what was hit, and ل keeps its recipient role.
     */
    private boolean ownsMeans(Sentence s, EventCues.Cue c) {
        for (int i = c.tokenStart() - 1; i >= Math.max(0, c.tokenStart() - 4); i--) {
            if (s.cueStartsAt("target", i)) {
                return false;
            }
            if (words.is("means", s.word(i)) || s.bareOrAfterAnd(i, words.of("means"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The owner cue ending at the mention ("التابع" before "للمعارضة") follows a named side: "قوات جيش الفتح
     * التابع للمعارضة", "لواء التابع للجيش الحر" tell whose side the named one is, not whose means struck.
     */
    private static boolean affiliationOfNamed(Sentence s, List<ActorMention> mentions, int tok) {
        for (EventCues.Cue c : s.cues("owner")) {
            if (c.tokenEnd() != tok) {
                continue;
            }
            for (ActorMention other : mentions) {
                if (s.tokenEndOf(other.span()) == c.tokenStart()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "لروسيا", "للنظام": the preposition ل on the mention's word. */
    private static boolean recipient(Sentence s, ActorMention m, int tok, int ns) {
        Token first = s.tokens.get(tok);
        String prefix = s.doc.text().substring(first.start(), Math.max(first.start(), ns));
        if (prefix.endsWith(LAM) || prefix.endsWith(LAM_ARTICLE)) {
            return true;
        }
        return m.span().start() > 0 && first.start() == ns && first.text().startsWith(LAM_ARTICLE)
                && !m.surface().startsWith(LAM_ARTICLE);
    }

    /** Named in a toll just before it ("مقتل 3 من عناصر الجيش الحر"). */
    private static boolean victim(ActorMention m, List<Arguments.Count> counts) {
        boolean victim = false;
        for (Arguments.Count k : counts) {
            if (("killed".equals(k.role()) || "injured".equals(k.role())) && k.span() != null
                    && k.span().start() <= m.span().start() && m.span().start() - k.span().start() < 60
                    && m.actorId().equals(k.who())) {
                victim = true;
            }
        }
        return victim;
    }

    /**
     * "استهدفت طائرات التحالف مواقع …", "واستهدفت فصائل المعارضة قوات النظام": right after the verb
     * استهدف (verb-subject order) comes the striker, and after the verbal noun استهداف aircraft, guns
     * or forces are the striker too; not the target the cue announces elsewhere ("ضد", "على").
     */
    boolean strikerAfterVerb(Sentence s, EventCues.Cue c, int tok) {
        String verb = s.word(c.tokenStart());
        if (!words.contains("strike_verb", verb) || verb.startsWith(LAM) || c.tokenEnd() >= s.tokens.size()) {
            return false;
        }
        if (!words.contains("strike_noun", verb) && tok == c.tokenEnd()) {
            // "واستهدفت فصائل المعارضة قوات النظام": verb, then its subject
            return true;
        }
        return s.bareOrAfterAnd(c.tokenEnd(), words.of("means")) && tok - c.tokenEnd() <= 1;
    }

    /** "قالت وزارة الدفاع الروسية أن …": the actor is the source of what follows "أن". */
    static boolean reportsContent(Sentence s, int tokEnd) {
        for (int i = tokEnd; i < Math.min(s.tokens.size(), tokEnd + 4); i++) {
            String w = s.word(i);
            // "نقلت مجموعات تابعة للمعارضة أخبارا عن هجوم": news of an act (event_words.tsv news_object)
            boolean news = i + 1 < s.tokens.size() && EventWords.standard().is("news_object", w)
                    && EventWords.standard().is("news_link", s.word(i + 1));
            if (SpeechContent.opens(w) || news) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the mention is who the sentence cites: right after a citing phrase (event_cues.tsv
     * {@code source}: بحسب، وفق، نقلا عن), or after a report verb right after one ("وفق ما أعلن"), with
     * only words that name a source between them (event_words.tsv {@code source_noun}: "بحسب مصادر في").
     * Nothing need follow: the source is cited for what the sentence told before it.
     */
    private boolean cited(Sentence s, int tok) {
        for (EventCues.Cue c : s.cues) {
            boolean cites = "source".equals(c.kind())
                    || "report".equals(c.kind()) && s.cueEndsAt("source", c.tokenStart());
            if (!cites || c.tokenEnd() > tok || tok - c.tokenEnd() > SOURCE_WORDS) {
                continue;
            }
            boolean nouns = true;
            for (int i = c.tokenEnd(); i < tok && nouns; i++) {
                nouns = words.is("source_noun", s.word(i));
            }
            if (nouns) {
                return true;
            }
        }
        return false;
    }

    private static boolean reported(Sentence s, int tok, int tokEnd) {
        for (EventCues.Cue c : s.cues("report")) {
            if (c.tokenEnd() <= tok && tok - c.tokenEnd() <= 5 && s.clause[c.tokenStart()] == s.clause[tok]
                    && reportsContent(s, tokEnd)) {
                return true;
            }
        }
        return false;
    }
}
