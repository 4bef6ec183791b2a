package org.rasid.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasid.actors.ActorMention;
import org.rasid.ingest.Document;
import org.rasid.segment.Story;
import org.rasid.text.CliticSplitter;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.text.Token;

/**
 * Codes the events of one story, sentence by sentence and clause by clause: a trigger gives the
 * event class; the words around it give who acted (actor1), who was hit (actor2), where (one
 * event per place of a list, "قرى جزرايا وزمار والعثمانية"), when, and how many were killed,
 * injured, arrested or displaced; every field keeps the words it came from as evidence.
 *
 * <p>Events that did not take place (planned, threatened, denied, conditional) are not coded,
 * but a violent act announced for later by a named actor is coded as a threat (CAMEO 13), and
 * background told with its own date ("في 7 نيسان الماضي") is coded with that date.
 */
public final class EventExtractor {
    private static final double BASE_CONFIDENCE = 0.45;
    /** Beyond this many sentences a story without dateline covers several places (a roundup). */
    private static final int LONG_STORY = 6;
    private static final Set<String> LIST_WORDS = Set.of("قري", "قريه", "بلده", "بلدات", "بلدتي", "مدينه", "مدن", "حي",
            "احياء", "محيط", "مناطق", "منطقه", "مخيم", "مخيمات", "ناحيه", "و", "بلدتين", "قريتي", "مدينتي");

    /** CAMEO root of a sub-type reached by retyping ("سلم سلاحه … ضمن اتفاق" is an agreement). */
    private static final Map<String, String> CAMEO_OF = Map.of("Agreement", "05", "Armed clash", "19", "Attack", "18",
            "Government regains territory", "19", "Excessive force against protesters", "17",
            "Violent demonstration", "14", "Non-state actor overtakes territory", "19");

    /** Roles an actor mention takes from the cue before it. */
    private enum Role { NONE, AGENT, TARGET, ASSOC, MEDIATOR, REPORTER, RECIPIENT, VICTIM }

    private record Actor(ActorMention m, int token, int tokenEnd, Role role, boolean former) {
    }

    /** A trigger that will code an event; siblings are the weaker triggers of its family and clause. */
    private record Candidate(TriggerMention t, Modality modality, String type, String sub, String cameo, int quad,
                             List<TriggerMention> siblings) {
        Candidate(TriggerMention t, Modality modality, String type, String sub, String cameo, int quad) {
            this(t, modality, type, sub, cameo, quad, new ArrayList<>());
        }
    }

    private final TriggerMatcher matcher;
    private final EventCues cues;
    private final ModalityClassifier modality = new ModalityClassifier();
    private final Arguments args;
    private final Set<String> genericPlaces;
    private final ArticleGenre genre;
    /** The last document judged by {@link #genre}: a digest's stories share one verdict. */
    private NormalizedText judged;
    private boolean judgedOpinion;

    public EventExtractor(TriggerLexicon lexicon, EventCues cues, Arguments args) {
        this(lexicon, cues, args, ArticleGenre.load());
    }

    public EventExtractor(TriggerLexicon lexicon, EventCues cues, Arguments args, ArticleGenre genre) {
        this.genre = genre;
        this.matcher = new TriggerMatcher(lexicon);
        this.cues = cues;
        this.args = args;
        this.genericPlaces = cues.phrases("generic_place");
    }

    public static EventExtractor withDefaults(Arguments args) {
        return new EventExtractor(TriggerLexicon.load(), EventCues.load(), args);
    }

    /** The events of one story; {@code doc} is the normalised text of the whole document. */
    public List<Event> extract(Document document, NormalizedText doc, Story story) {
        if (opinion(doc)) {
            return List.of(); // a column or analysis: what it recalls is not a report of events
        }
        // Triggers first: a story without one has no event, and its arguments need not be found.
        List<Sentence> sentences = new ArrayList<>();
        List<List<TriggerMention>> sentenceTriggers = new ArrayList<>();
        boolean anyTrigger = false;
        for (Span sentenceSpan : story.sentences()) {
            Sentence s = new Sentence(doc, sentenceSpan, cues);
            if (s.tokens.size() < 4) {
                continue; // a sub-heading ("غارات"), not a report
            }
            List<TriggerMention> found = matcher.find(s);
            sentences.add(s);
            sentenceTriggers.add(found);
            anyTrigger |= !found.isEmpty();
        }
        if (!anyTrigger) {
            return List.of();
        }
        LocalDate anchor = parseDate(story.published() != null ? story.published() : document.published());
        LocalDate reference = anchor != null ? anchor : latestYearStart(doc);
        List<ActorMention> actors = args.actors(doc, story.span());
        List<Arguments.Place> places = new ArrayList<>();
        for (Arguments.Place p : args.places(doc, story, story.span())) {
            if (p.admin1() != null && (!overlapsActor(p, actors) || foreignLocative(doc, p))
                    && !genericPlaces.contains(p.locationAr()) && !dualAnaphor(doc, p)
                    && p.locationAr().replace(" ", "").length() > 2) {
                places.add(p);
            }
        }
        List<Arguments.Date> dates = args.dates(doc, story.span(), anchor);
        List<Arguments.Count> counts = args.counts(doc, story.span());
        Arguments.Place storyPlace = storyPlace(story);
        Arguments.Place focus = focus(withTitle(document, doc, story, places));
        List<String> storyOutlets = outlets(actors, story.span());
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            if (sentenceTriggers.get(k).isEmpty()) {
                continue;
            }
            Span sentenceSpan = s.span;
            out.addAll(sentence(document, story, s, sentenceTriggers.get(k), within(actors, sentenceSpan),
                    withinPlaces(places, sentenceSpan),
                    places, withinDates(dates, sentenceSpan), withinCounts(counts, sentenceSpan), storyPlace, focus,
                    storyOutlets, anchor, reference));
        }
        return out;
    }

    private synchronized boolean opinion(NormalizedText doc) {
        if (judged != doc) {
            judgedOpinion = genre.isOpinion(doc);
            judged = doc;
        }
        return judgedOpinion;
    }

    private List<Event> sentence(Document document, Story story, Sentence s, List<TriggerMention> found,
                                 List<ActorMention> actorMentions,
                                 List<Arguments.Place> places, List<Arguments.Place> storyPlaces,
                                 List<Arguments.Date> dates, List<Arguments.Count> counts,
                                 Arguments.Place storyPlace, Arguments.Place focus, List<String> storyOutlets,
                                 LocalDate anchor, LocalDate reference) {
        List<TriggerMention> triggers = new ArrayList<>();
        for (TriggerMention t : found) {
            if (!insideName(t, actorMentions, places)) {
                triggers.add(t);
            }
        }
        if (triggers.isEmpty()) {
            return List.of();
        }
        List<Actor> actors = roles(s, actorMentions, counts);
        List<Candidate> candidates = new ArrayList<>();
        for (TriggerMention t : triggers) {
            Modality m = modality.classify(s, t, triggers);
            if (m == Modality.OCCURRED && presupposed(s, t, counts)) {
                m = Modality.BACKGROUND; // "التظاهرات التي رفضتها": known to the reader, coded only with its own date
            }
            if (!satisfiesBefore(s, t)) {
                continue;
            }
            boolean occurred = (m == Modality.OCCURRED || m == Modality.BACKGROUND) && !t.trigger().needs().contains("future");
            if (occurred) {
                Trigger tr = t.trigger();
                candidates.add(new Candidate(t, m, tr.acledType(), tr.acledSubType(), tr.cameo(), tr.quadClass()));
            } else if (m == Modality.FUTURE && t.trigger().isViolent() && !t.trigger().isOutcome()) {
                candidates.add(new Candidate(t, m, null, null, "13", 3)); // "ستشن": a threat
            }
        }
        candidates = collapse(s, candidates, triggers);
        List<Event> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Candidate c : candidates) {
            for (Event e : build(document, story, s, c, candidates, actors, places, storyPlaces, dates, counts,
                    storyPlace, focus, storyOutlets, anchor, reference)) {
                if (ids.add(e.id())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** One event per family and clause (the highest priority wins); outcomes only when alone. */
    private static List<Candidate> collapse(Sentence s, List<Candidate> in, List<TriggerMention> all) {
        boolean explained = false;
        for (TriggerMention t : all) {
            if (!t.trigger().isOutcome() && t.trigger().isViolent()) {
                explained = true; // "غارات … أدت لاستشهاد": the toll belongs to the strikes, told or not
            }
        }
        Map<String, Candidate> best = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Candidate c : in) {
            Trigger t = c.t().trigger();
            if (t.isOutcome() && explained) {
                continue;
            }
            String family = c.type() == null ? "verbal" + c.cameo()
                    : t.isViolent() || "territory".equals(t.family()) || t.isOutcome() && "18".equals(t.cameo())
                    ? "violence" : t.family();
            String key = s.clause[c.t().tokenStart()] + "|" + family;
            Candidate prev = best.get(key);
            if (prev == null) {
                order.add(key);
                best.put(key, c);
            } else if (t.priority() > prev.t().trigger().priority()) {
                c.siblings().add(prev.t());
                c.siblings().addAll(prev.siblings());
                best.put(key, c);
            } else {
                prev.siblings().add(c.t());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (String k : order) {
            out.add(best.get(k));
        }
        return out;
    }

    private List<Event> build(Document document, Story story, Sentence s, Candidate c, List<Candidate> all,
                              List<Actor> actors, List<Arguments.Place> places, List<Arguments.Place> storyPlaces,
                              List<Arguments.Date> dates, List<Arguments.Count> counts,
                              Arguments.Place storyPlace, Arguments.Place focus, List<String> storyOutlets,
                              LocalDate anchor, LocalDate reference) {
        TriggerMention t = c.t();
        Trigger tr = t.trigger();
        int clause = s.clause[t.tokenStart()];
        boolean verbal = c.type() == null;
        List<Evidence.Part> parts = new ArrayList<>();
        parts.add(part(s, "trigger", t.span()));

        // ---- actors
        Actor a1;
        Actor a2;
        if ("symmetric".equals(tr.frame()) && !"13".equals(c.cameo())) {
            Actor[] pair = parties(s, t, actors);
            a1 = pair[0];
            a2 = pair[1];
        } else {
            a1 = actor1(s, t, actors);
            for (TriggerMention sib : c.siblings()) {
                boolean weak = a1 == null || a1.role() != Role.AGENT && s.segment[a1.token()] != s.segment[t.tokenStart()];
                Actor viaSibling = weak ? subjectAfter(s, sib, actors) : null;
                if (viaSibling != null) {
                    a1 = viaSibling; // "غاز الكلور بقصف النظام": the shelling word names who did it
                    break;
                }
            }
            a2 = actor2(s, t, actors, a1);
        }
        String actor1 = a1 == null ? null : a1.m().actorId();
        String actor2 = a2 == null ? null : a2.m().actorId();
        if (a2 != null && a2.former()) {
            actor2 = "CIVILIANS";
        }
        if (actor1 != null && actor1.equals(actor2)) {
            actor2 = null;
            a2 = null;
        }
        List<Arguments.Count> own = countsOf(s, t, all, counts);
        boolean violent = tr.isViolent() || tr.isOutcome();
        if (actor2 == null && violent && !verbal && hasVictims(own)) {
            actor2 = civiliansIn(s, clause) || whoIsNull(own) ? "CIVILIANS" : null;
        }
        if (actor2 == null && "Arrests".equals(c.sub()) && whoIsNull(own) && hasRole(own, "arrested")) {
            actor2 = "CIVILIANS";
        }
        List<String> assoc1 = new ArrayList<>();
        for (Actor a : actors) {
            if (a.role() == Role.ASSOC && s.clause[a.token()] == clause && !a.m().actorId().equals(actor1)
                    && !assoc1.contains(a.m().actorId())) {
                assoc1.add(a.m().actorId());
            }
        }
        if (tr.needs().contains("actor1") && actor1 == null || tr.needs().contains("actor") && actor1 == null
                && actor2 == null) {
            return List.of();
        }
        if (verbal && actor1 == null) {
            return List.of();
        }
        if (actor1 == null && "protest".equals(tr.family())) {
            actor1 = "PROTESTERS"; // ACLED's "Protesters (Syria)" when no group is named
        }

        // ---- type, after the arguments are known
        String type = c.type();
        String sub = c.sub();
        String cameo = c.cameo();
        if (!verbal) {
            String[] re = retype(s, c, actor1, actor2, assoc1, clause);
            if (re != null) {
                type = re[0];
                sub = re[1];
                cameo = CAMEO_OF.getOrDefault(sub, cameo);
            }
        }
        if (a1 != null) {
            parts.add(part(s, "actor1", a1.m().span()));
        }
        if (a2 != null && actor2 != null) {
            parts.add(part(s, "actor2", a2.m().span()));
        }

        // ---- date
        Arguments.Date date = dateOf(s, t, dates);
        if (c.modality() == Modality.BACKGROUND && (date == null || date.date() == null)) {
            return List.of(); // background without its own date: not coded again
        }
        String eventDate = null;
        int timePrecision = 0;
        if (date != null && date.date() != null && date.date().length() >= 7) {
            eventDate = date.date();
            timePrecision = date.precision();
            if (eventDate.length() == 7) {
                timePrecision = 3;
            }
            parts.add(part(s, "date", date.span()));
            LocalDate d = parseDate(eventDate.length() == 7 ? eventDate + "-01" : eventDate);
            if (d != null && reference != null && d.isBefore(reference.minusDays(400))) {
                return List.of(); // history ("آذار 2011"), not news
            }
        } else if (date != null && date.date() != null && date.date().length() == 4) {
            return List.of(); // a year alone is too vague for an event
        } else if (anchor != null) {
            if (earlierYear(s, clause, anchor)) {
                return List.of(); // "في صيف 2014", "سنة 2011": history the resolver could not date
            }
            eventDate = anchor.toString();
            timePrecision = 2;
        }

        // ---- casualties
        Integer fatalities = null;
        Integer injured = null;
        Integer arrested = null;
        Integer displaced = null;
        String fatalitiesText = null;
        List<CasualtyClaim> claims = new ArrayList<>();
        String outletForClaims = document.outlet();
        for (Arguments.Count k : own) {
            if (k.count() == null) {
                continue;
            }
            boolean fits = switch (k.role()) {
                case "killed", "injured" -> violent || "Protests".equals(type) || "Riots".equals(type);
                case "arrested" -> "Arrests".equals(sub) || "Protest with intervention".equals(sub);
                default -> true;
            };
            if (!fits) {
                continue;
            }
            switch (k.role()) {
                case "killed" -> {
                    fatalities = fatalities == null ? k.count() : fatalities + k.count();
                    fatalitiesText = fatalitiesText == null ? k.text() : fatalitiesText + " + " + k.text();
                    parts.add(part(s, "fatalities", k.countSpan() != null ? k.countSpan() : k.span()));
                }
                case "injured" -> {
                    injured = injured == null ? k.count() : injured + k.count();
                    parts.add(part(s, "injured", k.countSpan() != null ? k.countSpan() : k.span()));
                }
                case "arrested" -> {
                    arrested = arrested == null ? k.count() : arrested + k.count();
                    parts.add(part(s, "arrested", k.countSpan() != null ? k.countSpan() : k.span()));
                }
                case "displaced" -> {
                    displaced = displaced == null ? k.count() : displaced + k.count();
                    parts.add(part(s, "displaced", k.countSpan() != null ? k.countSpan() : k.span()));
                }
                default -> {
                }
            }
            claims.add(new CasualtyClaim(document.id(), outletForClaims, k.role(), k.count(), k.text()));
        }
        if (fatalities == null && violent && !verbal) {
            for (EventCues.Cue q : s.cues("no_casualties")) {
                if (s.clause[q.tokenStart()] == clause) {
                    fatalities = 0;
                    fatalitiesText = s.doc.original().substring(s.original(q.start(), q.end()).start(),
                            s.original(q.start(), q.end()).end());
                    parts.add(part(s, "fatalities", s.original(q.start(), q.end())));
                    break;
                }
            }
        }

        // ---- reported by
        List<String> reportedBy = new ArrayList<>();
        for (Actor a : actors) {
            if (a.m().outlet() && !reportedBy.contains(a.m().actorId())) {
                reportedBy.add(a.m().actorId());
            }
        }
        if (reportedBy.isEmpty()) {
            reportedBy.addAll(storyOutlets);
        }

        // ---- where: one event per place of the list the trigger governs
        List<Arguments.Place> where = new ArrayList<>();
        boolean inSentence = true;
        List<Arguments.Place> sentencePlaces = verbal ? notMoved(s, places) : places;
        List<Arguments.Place> clausePlaces = placesIn(s, sentencePlaces, clause);
        if (!clausePlaces.isEmpty()) {
            where.addAll(verbal ? List.of(list(s, t, clausePlaces).get(0)) : list(s, t, clausePlaces));
        } else if (!sentencePlaces.isEmpty()) {
            where.add(mostPrecise(s, t, sentencePlaces));
        } else {
            inSentence = false;
            if (!s.cues("foreign").isEmpty()) {
                return List.of(); // "في العراق", "لوزان": not at the story's Syrian place
            }
            if (places.isEmpty() && date == null && own.isEmpty() && s.cues("generic_place").isEmpty()) {
                return List.of(); // no place, time or toll of its own: a habit or a generality, not one event
            }
            if (places.isEmpty() && storyPlace == null && s.cues("generic_place").isEmpty()
                    && story.sentences().size() > LONG_STORY) {
                return List.of(); // a long roundup without dateline: its most named place is a guess
            }
            Arguments.Place prev = previousPlace(storyPlaces, s.span.start());
            if (focus != null) {
                where.add(focus); // "المدينة", "الجيب", nothing: the place the story is about
            } else if (prev != null) {
                where.add(prev);
            } else if (storyPlace != null) {
                where.add(storyPlace);
            }
        }
        if (tr.needs().contains("place") && !inSentence) {
            return List.of();
        }
        if (!where.isEmpty() && amongForeignPlaces(s, sentencePlaces)) {
            List<Arguments.Place> kept = new ArrayList<>();
            for (Arguments.Place w : where) {
                if (w != null && w.admin1() != null && !w.admin1().startsWith("SY-")) {
                    kept.add(w);
                }
            }
            if (kept.isEmpty()) {
                List<Arguments.Place> foreign = new ArrayList<>();
                for (Arguments.Place w : sentencePlaces) {
                    if (w.admin1() != null && !w.admin1().startsWith("SY-")) {
                        foreign.add(w);
                    }
                }
                kept.add(mostPrecise(s, t, foreign));
            }
            where = kept; // "قرب الموصل … وثلاث قرب سنجار": the Iraqi Sinjar, not the village of Idlib
        }
        if (!where.isEmpty() && where.stream().allMatch(w -> w != null && w.admin1() != null && inForeignPlace(s, w))) {
            for (Arguments.Place p : sentencePlaces) {
                if (!p.admin1().startsWith("SY-")) {
                    where = List.of(p); // "… شمالي بغداد": the foreign place the homonym sits in
                    break;
                }
            }
        }
        List<Event> out = new ArrayList<>();
        for (Arguments.Place named : where) {
            if (named == null || named.admin1() == null || inForeignPlace(s, named)) {
                continue;
            }
            Arguments.Place p = named;
            if (named.geoPrecision() == 3 && focus != null && focus.admin1().equals(named.admin1())) {
                p = focus; // "جيب درعا" in a story about درعا البلد: the most specific place it supports
            }
            List<Evidence.Part> ps = new ArrayList<>(parts);
            if (inSentence) {
                ps.add(part(s, "location", p.span()));
            }
            double conf = BASE_CONFIDENCE + Math.min(tr.priority(), 100) / 400.0
                    + (actor1 != null ? 0.1 : 0) + (inSentence ? 0.1 : -0.1) + (eventDate != null ? 0.05 : 0)
                    + (c.modality() == Modality.BACKGROUND ? -0.1 : 0);
            conf = Math.max(0.05, Math.min(0.99, conf * (0.5 + 0.5 * p.confidence())));
            String id = id(document.id(), story.index(), s.span, verbal ? cameo : sub, p.locationAr(), t.start());
            String sentenceText = s.span.of(s.doc.original());
            Evidence ev = new Evidence(sentenceText, s.span.start(), s.span.end(), List.copyOf(ps));
            Source src = new Source(document.id(), story.index(), story.outlet() != null ? story.outlet()
                    : document.outlet(), story.published() != null ? story.published() : document.published(),
                    document.url());
            out.add(new Event(id, document.id(), story.index(), type, sub, cameo, AcledTaxonomy.quadClass(cameo),
                    actor1, actor2, List.copyOf(assoc1), List.of(), p.locationAr(), p.placeId(), p.admin1(), p.admin2(),
                    p.latitude(), p.longitude(), inSentence ? p.geoPrecision() : Math.max(p.geoPrecision(), 2),
                    eventDate, eventDate == null ? null : timePrecision, fatalities, fatalitiesText, injured, arrested,
                    displaced, List.copyOf(reportedBy), ev, Math.round(conf * 100) / 100.0, List.of(src),
                    List.copyOf(claims), List.of(), List.of()));
        }
        return out;
    }

    // ------------------------------------------------------------------ actors

    /** The role each actor mention takes from the words before it. */
    private List<Actor> roles(Sentence s, List<ActorMention> mentions, List<Arguments.Count> counts) {
        List<Actor> out = new ArrayList<>();
        String text = s.doc.text();
        for (ActorMention m : mentions) {
            int ns = s.doc.fromOriginal(m.span().start());
            int ne = s.doc.fromOriginal(m.span().end());
            int tok = s.tokenOf(ns);
            if (tok < 0) {
                continue;
            }
            if (tok >= 2 && s.word(tok - 1).equals("مع") && s.word(tok - 2).endsWith("حدود")) {
                continue; // "القريبة من الحدود مع لبنان": a border, not a party
            }
            if ("UNKNOWN".equals(m.actorId()) && tok + 1 < s.tokens.size() && s.word(tok + 1).equals("السبب")) {
                continue; // "انفجار مجهول السبب": an unknown cause, not an unknown actor
            }
            int tokEnd = Math.max(tok + 1, s.tokenAt(Math.max(ns, ne - 1)) + 1);
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
                    case "report" -> reportsContent(s, tokEnd) ? Role.REPORTER : null;
                    default -> null;
                };
                if (r != null) {
                    role = r;
                    bestGap = gap;
                }
            }
            Token first = s.tokens.get(tok);
            String prefix = text.substring(first.start(), Math.max(first.start(), ns));
            if (role == Role.NONE && (prefix.endsWith("ل") || prefix.endsWith("لل"))) {
                role = Role.RECIPIENT;
            }
            if (role == Role.NONE && m.span().start() > 0 && first.start() == ns && first.text().startsWith("لل")
                    && !m.surface().startsWith("لل")) {
                role = Role.RECIPIENT;
            }
            if (role == Role.NONE || role == Role.TARGET) {
                for (Arguments.Count k : counts) {
                    if (("killed".equals(k.role()) || "injured".equals(k.role())) && k.span() != null
                            && k.span().start() <= m.span().start() && m.span().start() - k.span().start() < 60
                            && m.actorId().equals(k.who())) {
                        role = Role.VICTIM;
                    }
                }
            }
            if (role == Role.NONE && reported(s, tok, tokEnd)) {
                role = Role.REPORTER; // "قال شهود عيان ومصادر من المعارضة، إنه …"
            }
            boolean quiet = false;
            for (EventCues.Cue c : s.cues("no_casualties")) {
                quiet |= tok >= c.tokenEnd() && tok - c.tokenEnd() <= 2;
            }
            if (quiet || m.outlet()) {
                continue; // "دون وقوع أي إصابات بين المدنيين": nobody was hit
            }
            boolean former = false;
            for (EventCues.Cue c : s.cues("former")) {
                if (c.tokenStart() >= tok - 3 && c.tokenStart() <= tokEnd + 1) {
                    former = true;
                }
            }
            out.add(new Actor(m, tok, tokEnd, role, former));
        }
        return out;
    }

    private static final Set<String> MEANS = Set.of("طيران", "الطيران", "طائرات", "الطائرات", "مقاتلات", "المقاتلات",
            "مروحيات", "المروحيات", "مدفعيه", "المدفعيه", "راجمات", "دبابات", "قوات", "طائره", "مقاتله");

    /**
     * "استهدفت طائرات التحالف مواقع …", "واستهدفت فصائل المعارضة قوات النظام": right after the verb
     * استهدف (verb-subject order) comes the striker, and after the verbal noun استهداف aircraft, guns
     * or forces are the striker too; not the target the cue announces elsewhere ("ضد", "على").
     */
    private static boolean strikerAfterVerb(Sentence s, EventCues.Cue c, int tok) {
        String verb = s.word(c.tokenStart());
        if (!verb.contains("ستهدف") || verb.startsWith("ل") || c.tokenEnd() >= s.tokens.size()) {
            return false;
        }
        if (!verb.contains("ستهداف") && tok == c.tokenEnd()) {
            return true; // "واستهدفت فصائل المعارضة قوات النظام": verb, then its subject
        }
        String next = s.word(c.tokenEnd());
        String bare = next.startsWith("و") ? next.substring(1) : next;
        return MEANS.contains(bare) && tok - c.tokenEnd() <= 1;
    }

    /** "قالت وزارة الدفاع الروسية أن …": the actor is the source of what follows "أن". */
    private static boolean reportsContent(Sentence s, int tokEnd) {
        for (int i = tokEnd; i < Math.min(s.tokens.size(), tokEnd + 4); i++) {
            String w = s.word(i);
            if (w.equals("ان") || w.equals("بان") || w.equals("انه") || w.equals("انها") || w.equals("بانه")) {
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

    private static boolean participant(Actor a) {
        return !a.m().outlet() && a.role() != Role.MEDIATOR && a.role() != Role.REPORTER && a.role() != Role.ASSOC;
    }

    private Actor actor1(Sentence s, TriggerMention t, List<Actor> actors) {
        int clause = s.clause[t.tokenStart()];
        int segment = s.segment[t.tokenStart()];
        boolean patient = "patient".equals(t.trigger().frame());
        Actor best = null;
        // an explicit agent: "من قبل قوات الأسد", "شنه عناصر تنظيم الدولة", "برصاص مجهولين"
        for (Actor a : actors) {
            if (a.role() == Role.AGENT && s.clause[a.token()] == clause && canAct(a)
                    && (best == null || Math.abs(a.token() - t.tokenStart()) < Math.abs(best.token() - t.tokenStart()))) {
                best = a;
            }
        }
        if (best != null) {
            return best;
        }
        if (patient && "agreement".equals(t.trigger().family())) {
            // "تم إجلاء 50 من مقاتلي المعارضة": the evacuated group is the party of the deal
            for (Actor a : actors) {
                if (s.clause[a.token()] == clause && a.token() >= t.tokenEnd() && a.token() - t.tokenEnd() <= 4
                        && participant(a) && canAct(a)) {
                    return a;
                }
            }
        }
        // subject-verb: "قسد تعتقل", "فرنسا تدعو"
        for (Actor a : actors) {
            if (a.tokenEnd() <= t.tokenStart() && t.tokenStart() - a.tokenEnd() <= 1 && s.segment[a.token()] == segment
                    && a.role() == Role.NONE && participant(a) && canAct(a)) {
                return a;
            }
        }
        // verb-subject: "قصفت قوات النظام", "ورفض قائد تحرير الشام", "دخلت وحدة من الشرطة العسكرية"
        if (!patient) {
            for (Actor a : actors) {
                if (s.clause[a.token()] == clause && a.token() >= t.tokenEnd() && headsOnly(s, t.tokenEnd(), a.token())
                        && a.role() == Role.NONE && participant(a) && canAct(a)) {
                    return a;
                }
            }
        }
        // the nearest subject before the trigger: in its segment, then in its clause
        for (boolean sameSegment : new boolean[] {true, false}) {
            for (int i = actors.size() - 1; i >= 0; i--) {
                Actor a = actors.get(i);
                if (a.tokenEnd() <= t.tokenStart() && s.clause[a.token()] == clause
                        && (!sameSegment || s.segment[a.token()] == segment)
                        && a.role() == Role.NONE && participant(a) && canAct(a)) {
                    return a;
                }
            }
        }
        // an agent named in an earlier clause ("… من قبل الفصائل، أو أن عملية عسكرية ستشن")
        for (Actor a : actors) {
            if (a.role() == Role.AGENT && a.tokenEnd() <= t.tokenStart() && canAct(a)) {
                best = a;
            }
        }
        return best;
    }

    private static final Set<String> HEADS = Set.of("وحده", "عناصر", "من", "قوه", "مجموعه", "رتل", "دوريه", "وفد",
            "قائد", "مقاتلو", "مقاتلي", "طيران", "طائرات", "فصيل", "قوات", "عنصر", "ميليشيات", "مسلحو", "مسلحي",
            "ارهابيو", "ارهابيي", "تنظيم", "حركه", "جبهه");

    /** Only words like "وحدة من" between a verb and its subject (at most three). */
    private static boolean headsOnly(Sentence s, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!HEADS.contains(s.word(i))) {
                return false;
            }
        }
        return true;
    }

    /** The subject right after a verb or verbal noun ("بقصف النظام", "قصفت قوات الأسد"), or null. */
    private Actor subjectAfter(Sentence s, TriggerMention t, List<Actor> actors) {
        if ("patient".equals(t.trigger().frame())) {
            return null;
        }
        for (Actor a : actors) {
            if (s.clause[a.token()] == s.clause[t.tokenStart()] && a.token() >= t.tokenEnd()
                    && headsOnly(s, t.tokenEnd(), a.token()) && a.role() == Role.NONE && participant(a) && canAct(a)) {
                return a;
            }
        }
        return null;
    }

    /** Civilians do not shell, arrest or negotiate as a side; they are hit. */
    private static boolean canAct(Actor a) {
        return !"CIVILIANS".equals(a.m().actorId()) && !a.former();
    }

    private Actor actor2(Sentence s, TriggerMention t, List<Actor> actors, Actor a1) {
        int clause = s.clause[t.tokenStart()];
        String id1 = a1 == null ? null : a1.m().actorId();
        String family = t.trigger().family();
        boolean verbal = t.trigger().isVerbal();
        for (Role want : new Role[] {Role.VICTIM, Role.TARGET, Role.RECIPIENT}) {
            for (Actor a : actors) {
                if (a.role() == want && s.clause[a.token()] == clause && !a.m().actorId().equals(id1) && a != a1
                        && (want == Role.VICTIM || a.token() >= t.tokenStart() && a.token() - t.tokenEnd() <= 10)) {
                    return a;
                }
            }
        }
        if (Set.of("base", "other", "change", "agreement", "looting").contains(family)) {
            return null; // a deployment, a build-up, a handover: a second side only when named as such
        }
        for (Actor a : actors) {
            if (s.clause[a.token()] == clause && a.token() >= t.tokenEnd() && a.token() - t.tokenEnd() <= (verbal ? 12 : 8)
                    && a != a1 && participant(a) && a.role() != Role.AGENT && !a.m().actorId().equals(id1)) {
                return a;
            }
        }
        if (!verbal) {
            return null;
        }
        for (int i = actors.size() - 1; i >= 0; i--) {
            Actor a = actors.get(i);
            if (s.clause[a.token()] == clause && a.tokenEnd() <= t.tokenStart() && a != a1 && participant(a)
                    && a.role() != Role.AGENT && !a.m().actorId().equals(id1)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The two sides of a clash, an agreement or a negotiation: "بين X و Y" when written, else the
     * subject of the sentence and the side nearest the trigger.
     */
    private Actor[] parties(Sentence s, TriggerMention t, List<Actor> actors) {
        int clause = s.clause[t.tokenStart()];
        List<Actor> sides = new ArrayList<>();
        for (Actor a : actors) {
            if (participant(a) && canAct(a)) {
                sides.add(a);
            }
        }
        Actor agent = null;
        for (Actor a : sides) {
            if (a.role() == Role.AGENT && s.clause[a.token()] == clause) {
                agent = a;
                break;
            }
        }
        int bayn = -1; // "بين X و Y" right after the trigger
        for (int i = t.tokenEnd(); i < Math.min(s.tokens.size(), t.tokenEnd() + 3) && bayn < 0; i++) {
            if (s.word(i).equals("بين")) {
                bayn = i;
            }
        }
        List<Actor> ordered = new ArrayList<>();
        if (bayn >= 0) {
            for (Actor a : sides) {
                if (a.token() > bayn && s.clause[a.token()] == clause) {
                    ordered.add(a);
                }
            }
            // "بين X وY من جهة، وZ من جهة أخرى": the other side comes after the first "من جهة"
            for (int i = bayn + 1; i + 1 < s.tokens.size() && s.clause[i] == clause && ordered.size() > 1; i++) {
                if (s.word(i).equals("من") && (s.word(i + 1).equals("جهه") || s.word(i + 1).equals("طرف"))) {
                    Actor firstSide = ordered.get(0);
                    for (Actor a : ordered) {
                        if (a.token() > i && !a.m().actorId().equals(firstSide.m().actorId())) {
                            ordered = new ArrayList<>(List.of(firstSide, a));
                            break;
                        }
                    }
                    break;
                }
            }
        }
        if (ordered.isEmpty()) {
            Actor subject = agent;
            for (Actor a : sides) {
                if (subject == null && a.tokenEnd() <= t.tokenStart() && a.role() == Role.NONE) {
                    subject = a; // the first actor of the sentence that is not an object
                }
            }
            if (subject != null) {
                ordered.add(subject);
            }
            Actor nearest = null;
            for (Actor a : sides) {
                if (a == subject || a.role() == Role.RECIPIENT) {
                    continue;
                }
                if (nearest == null || distance(s, t, a) < distance(s, t, nearest)) {
                    nearest = a;
                }
            }
            if (nearest != null) {
                ordered.add(nearest);
            }
        }
        if (ordered.isEmpty()) {
            return new Actor[] {null, null};
        }
        Actor first = ordered.get(0);
        Actor a1 = refine(s, first, actors);
        Actor a2 = null;
        for (Actor a : ordered) {
            if (a == first || a == a1) {
                continue;
            }
            Actor r = refine(s, a, actors);
            if (!r.m().actorId().equals(a1.m().actorId())) {
                a2 = r;
                break;
            }
        }
        if (agent == null && a2 != null && args.inter(a2.m().actorId()) == 1
                && args.inter(a1.m().actorId()) != 1 && "Strategic developments".equals(t.trigger().acledType())) {
            return new Actor[] {a2, a1}; // no initiator named: the state's forces come first
        }
        return new Actor[] {a1, a2};
    }

    private static int distance(Sentence s, TriggerMention t, Actor a) {
        int d = a.token() >= t.tokenEnd() ? a.token() - t.tokenEnd() : t.tokenStart() - a.tokenEnd();
        return d + (s.clause[a.token()] == s.clause[t.tokenStart()] ? 0 : 50);
    }

    /** "الفصائل في إدلب، أبرزها هيئة تحرير الشام": a named group right after a generic one. */
    private Actor refine(Sentence s, Actor a, List<Actor> actors) {
        if (!"OPPOSITION".equals(a.m().actorId())) {
            return a;
        }
        for (Actor b : actors) {
            if (b.token() > a.token() && b.token() - a.tokenEnd() <= 4 && participant(b)
                    && args.inter(b.m().actorId()) == 2 && !"OPPOSITION".equals(b.m().actorId())) {
                return b;
            }
        }
        return a;
    }

    // ------------------------------------------------------------------ types

    private String[] retype(Sentence s, Candidate c, String actor1, String actor2, List<String> assoc, int clause) {
        Map<String, String[]> alt = c.t().trigger().alt();
        boolean protest = false;
        for (EventCues.Cue q : s.cues("protest_ctx")) {
            protest |= s.clause[q.tokenStart()] == clause;
        }
        if (protest && (c.t().trigger().isViolent() || c.t().trigger().isOutcome())
                && ("Violence against civilians".equals(c.type()) || "Battles".equals(c.type()))) {
            return new String[] {"Protests", "Excessive force against protesters"};
        }
        if (alt.containsKey("agreement_frame")) {
            for (EventCues.Cue q : s.cues("agreement_frame")) {
                if (s.clause[q.tokenStart()] == clause) {
                    return alt.get("agreement_frame");
                }
            }
        }
        if ("Non-violent transfer of territory".equals(c.sub()) || "Agreement".equals(c.sub())) {
            for (EventCues.Cue q : s.cues("agreement_frame")) {
                if (s.clause[q.tokenStart()] == clause && !"Agreement".equals(c.sub())) {
                    return new String[] {"Strategic developments", "Agreement"};
                }
            }
        }
        if (alt.containsKey("violent")) {
            for (EventCues.Cue q : s.cues("violent")) {
                if (s.clause[q.tokenStart()] == clause) {
                    return alt.get("violent");
                }
            }
        }
        if (alt.containsKey("gov_actor") && ("SYR_GOV".equals(actor1) || assoc.contains("SYR_GOV"))) {
            return alt.get("gov_actor");
        }
        if (actor2 != null) {
            int inter = args.inter(actor2);
            if (alt.containsKey("civilian_target") && (inter == 7 || "CIVILIANS".equals(actor2))) {
                return alt.get("civilian_target");
            }
            if (alt.containsKey("armed_target") && inter != 7 && inter != 6 && inter != 0
                    && !"CIVILIANS".equals(actor2)) {
                return alt.get("armed_target");
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ places, dates, counts

    private static List<Arguments.Place> placesIn(Sentence s, List<Arguments.Place> places, int clause) {
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place p : places) {
            int tok = s.tokenOf(s.doc.fromOriginal(p.span().start()));
            if (tok >= 0 && s.clause[tok] == clause) {
                out.add(p);
            }
        }
        return out;
    }

    /** For a statement, "الخروج من دوما", "نحو إدلب" name where someone goes, not where it was said. */
    private static List<Arguments.Place> notMoved(Sentence s, List<Arguments.Place> places) {
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place p : places) {
            int tok = tokenOf(s, p.span());
            String prev = tok > 0 ? s.word(tok - 1) : "";
            boolean fromTo = Set.of("من", "الي", "نحو", "باتجاه", "صوب").contains(prev)
                    || prev.matches("(مدينه|بلده|قريه|محافظه|منطقه)") && tok > 1
                    && Set.of("من", "الي", "نحو", "باتجاه").contains(s.word(tok - 2));
            if (!fromTo) {
                out.add(p);
            }
        }
        return out;
    }

    private static int tokenOf(Sentence s, Span span) {
        return s.tokenOf(s.doc.fromOriginal(span.start()));
    }

    /** The most precise place, nearest the trigger (after it first). */
    private static Arguments.Place mostPrecise(Sentence s, TriggerMention t, List<Arguments.Place> places) {
        Arguments.Place best = null;
        int bestScore = Integer.MAX_VALUE;
        boolean syria = false;
        for (Arguments.Place p : places) {
            syria |= p.admin1() != null && p.admin1().startsWith("SY-");
        }
        for (Arguments.Place p : places) {
            int tok = tokenOf(s, p.span());
            int dist = tok >= t.tokenEnd() ? tok - t.tokenEnd() : (t.tokenStart() - tok) * 2 + 1;
            int precision = p.placeId() == null && p.geoPrecision() == 3 ? 1 : p.geoPrecision();
            int score = precision * 1000 + Math.max(0, dist)
                    + (syria && !p.admin1().startsWith("SY-") ? 5000 : 0); // Syrian news: a Syrian place first
            if (score < bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return best;
    }

    /** The place the trigger governs and the places coordinated with it ("قرى X وY وZ"). */
    private static List<Arguments.Place> list(Sentence s, TriggerMention t, List<Arguments.Place> places) {
        Arguments.Place head = mostPrecise(s, t, places);
        List<Arguments.Place> sorted = new ArrayList<>(places);
        sorted.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        int i = sorted.indexOf(head);
        int from = i;
        int to = i;
        while (from > 0 && coordinated(s, sorted.get(from - 1), sorted.get(from))) {
            from--;
        }
        while (to + 1 < sorted.size() && coordinated(s, sorted.get(to), sorted.get(to + 1))) {
            to++;
        }
        return List.copyOf(sorted.subList(from, to + 1));
    }

    /** Two places joined only by "و", commas and place words ("بلدة الزيارة وقرية المشيك"). */
    private static boolean coordinated(Sentence s, Arguments.Place a, Arguments.Place b) {
        if (isArea(a) || isArea(b)) {
            return false;
        }
        int from = s.doc.fromOriginal(a.span().end());
        int to = s.doc.fromOriginal(b.span().start());
        if (to <= from) {
            return to == from;
        }
        String gap = s.doc.text().substring(from, to);
        boolean and = false;
        for (String w : gap.split("[\\s،,\"]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String bare = w.startsWith("و") && w.length() > 1 ? w.substring(1) : w;
            if (w.equals("و") || w.startsWith("و")) {
                and = true;
            }
            if (!LIST_WORDS.contains(w) && !LIST_WORDS.contains(bare)) {
                return false;
            }
        }
        return and || gap.trim().equals("و") || gap.contains("،");
    }

    /** A governorate or country: never one item of a list of villages. */
    private static boolean isArea(Arguments.Place p) {
        return p.placeId() != null && p.geoPrecision() == 3;
    }

    /** The story's places and those of its headline, which names what the story is about. */
    private List<Arguments.Place> withTitle(Document document, NormalizedText doc, Story story,
                                            List<Arguments.Place> places) {
        String title = story.title() != null ? story.title() : document.title();
        if (title == null || title.isBlank()) {
            return places;
        }
        int at = doc.original().indexOf(title.strip());
        if (at < 0 || story.span().contains(new Span(at, at + title.strip().length()))) {
            return places;
        }
        List<Arguments.Place> all = new ArrayList<>();
        for (Arguments.Place p : args.places(doc, story, new Span(at, at + title.strip().length()))) {
            if (p.admin1() != null) {
                all.add(p);
            }
        }
        all.addAll(places);
        return all;
    }

    /** The precise place a story keeps naming (two mentions or more, the most named), or null. */
    private static Arguments.Place focus(List<Arguments.Place> places) {
        Map<String, Integer> n = new HashMap<>();
        Map<String, Arguments.Place> first = new HashMap<>();
        for (Arguments.Place p : places) {
            if (p.geoPrecision() == 1 && p.placeId() != null && p.admin1().startsWith("SY-")) {
                n.merge(p.placeId(), 1, Integer::sum);
                first.putIfAbsent(p.placeId(), p);
            }
        }
        String best = null;
        for (Arguments.Place p : places) { // the most named; on a tie, the first named ("كفريا والفوعة")
            String id = p.placeId();
            if (n.containsKey(id) && (best == null || n.get(id) > n.get(best))) {
                best = id;
            }
        }
        if (best == null || n.get(best) < 2) {
            return null;
        }
        return first.get(best);
    }

    private static Arguments.Place previousPlace(List<Arguments.Place> places, int before) {
        Arguments.Place best = null;
        for (Arguments.Place p : places) {
            if (p.span().end() <= before && p.admin1().startsWith("SY-")
                    && (best == null || p.span().start() > best.span().start())) {
                best = p;
            }
        }
        return best;
    }

    private Arguments.Place storyPlace(Story story) {
        for (String name : new String[] {story.section(), dateline(story.dateline())}) {
            if (name != null && !name.isBlank()) {
                Optional<Arguments.Place> p = args.placeNamed(name);
                if (p.isPresent() && p.get().admin1() != null) {
                    return p.get();
                }
            }
        }
        return null;
    }

    /** "سمارت-درعا" names the place after the outlet. */
    private static String dateline(String dateline) {
        if (dateline == null) {
            return null;
        }
        int dash = Math.max(dateline.lastIndexOf('-'), dateline.lastIndexOf('–'));
        return dash >= 0 ? dateline.substring(dash + 1).trim() : dateline;
    }

    private static Arguments.Date dateOf(Sentence s, TriggerMention t, List<Arguments.Date> dates) {
        Arguments.Date best = null;
        int bestScore = Integer.MAX_VALUE;
        int clause = s.clause[t.tokenStart()];
        for (Arguments.Date d : dates) {
            int tok = tokenOf(s, d.span());
            if (tok < 0) {
                continue;
            }
            int score = Math.abs(tok - t.tokenStart()) + (s.clause[tok] == clause ? 0 : 100)
                    + (reportingDate(s, tok) ? 50 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    /** "قال مصدر لسمارت الاثنين": the day of the report, not of the event. */
    private static boolean reportingDate(Sentence s, int tok) {
        for (EventCues.Cue c : s.cues("report")) {
            if (c.tokenEnd() <= tok && tok - c.tokenEnd() <= 4) {
                return true;
            }
        }
        return false;
    }

    /** The tolls of a trigger's clause that no nearer trigger of the clause claims. */
    private static List<Arguments.Count> countsOf(Sentence s, TriggerMention t, List<Candidate> all,
                                                  List<Arguments.Count> counts) {
        int clause = s.clause[t.tokenStart()];
        List<Arguments.Count> out = new ArrayList<>();
        for (Arguments.Count k : counts) {
            int tok = tokenOf(s, k.span());
            if (tok < 0 || s.clause[tok] != clause) {
                continue;
            }
            TriggerMention nearest = null;
            int bestDist = Integer.MAX_VALUE;
            for (Candidate c : all) {
                if (s.clause[c.t().tokenStart()] != clause) {
                    continue;
                }
                int d = Math.abs(c.t().tokenStart() - tok);
                boolean violentOrArrest = c.t().trigger().isViolent() || c.t().trigger().isOutcome()
                        || "Arrests".equals(c.sub()) || "Protests".equals(c.type());
                if (violentOrArrest && d < bestDist) {
                    bestDist = d;
                    nearest = c.t();
                }
            }
            if (nearest == null || nearest == t) {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean hasVictims(List<Arguments.Count> counts) {
        for (Arguments.Count k : counts) {
            if (("killed".equals(k.role()) || "injured".equals(k.role())) && k.count() != null && k.count() > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRole(List<Arguments.Count> counts, String role) {
        for (Arguments.Count k : counts) {
            if (role.equals(k.role())) {
                return true;
            }
        }
        return false;
    }

    private static boolean whoIsNull(List<Arguments.Count> counts) {
        for (Arguments.Count k : counts) {
            if (k.who() == null && k.count() != null && k.count() > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean civiliansIn(Sentence s, int clause) {
        List<EventCues.Cue> none = s.cues("no_casualties");
        for (EventCues.Cue c : s.cues("civilian")) {
            if (s.clause[c.tokenStart()] != clause) {
                continue;
            }
            boolean negated = false;
            for (EventCues.Cue n : none) {
                negated |= c.tokenStart() >= n.tokenStart() && c.tokenStart() - n.tokenEnd() <= 2;
            }
            if (!negated) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ small things

    private static final Set<String> RELATIVE = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");

    /**
     * "the X which …": a definite noun trigger followed by a relative clause refers to an event the
     * reader knows; unless a toll is reported with it, it is background.
     */
    private static boolean presupposed(Sentence s, TriggerMention t, List<Arguments.Count> counts) {
        if (t.trigger().isVerbal() || !t.phrase().startsWith("ال") || t.tokenEnd() >= s.tokens.size()
                || !RELATIVE.contains(s.word(t.tokenEnd()))) {
            return false;
        }
        for (Arguments.Count k : counts) {
            int tok = tokenOf(s, k.span());
            if (tok >= 0 && s.clause[tok] == s.clause[t.tokenStart()] && k.count() != null) {
                return false;
            }
        }
        return true;
    }

    /** "توصلت … إلى اتفاق": one of the trigger's required words earlier in its clause. */
    private static boolean satisfiesBefore(Sentence s, TriggerMention t) {
        List<String> before = t.trigger().before();
        if (before.isEmpty()) {
            return true;
        }
        int clause = s.clause[t.tokenStart()];
        for (int i = t.tokenStart() - 1; i >= 0 && s.clause[i] == clause && t.tokenStart() - i <= 10; i--) {
            for (CliticSplitter.Reading r : CliticSplitter.readings(s.word(i), true)) {
                if (before.contains(r.stem())) {
                    return true;
                }
            }
        }
        // the trigger's own first word may carry the verb as a clitic-free compound ("بتسليم")
        return false;
    }

    private static boolean insideName(TriggerMention t, List<ActorMention> actors, List<Arguments.Place> places) {
        for (ActorMention a : actors) {
            if (a.span().start() <= t.span().start() && t.span().end() <= a.span().end()) {
                return true;
            }
        }
        for (Arguments.Place p : places) {
            if (p.span().start() <= t.span().start() && t.span().end() <= p.span().end()) {
                return true;
            }
        }
        return false;
    }

    /** "الفصائل" is a group, not a homonymous village: actors win over places. */
    /**
     * A sentence whose places are in another country but for one or two Syrian villages, with no
     * word of Syria itself: those villages are homonyms of places over there.
     */
    private static boolean amongForeignPlaces(Sentence s, List<Arguments.Place> places) {
        int foreign = 0;
        for (Arguments.Place p : places) {
            if (p.admin1() == null) {
                continue;
            }
            if (!p.admin1().startsWith("SY-")) {
                foreign++;
            } else if (p.geoPrecision() == 3 || p.locationAr().startsWith("ريف")) {
                return false; // a governorate, a region or Syria named: the sentence is (also) about Syria
            }
        }
        for (int i = 0; i < s.tokens.size(); i++) {
            String w = s.word(i);
            if (w.contains("سوري")) {
                return false; // "سوريا", "السورية"
            }
        }
        return foreign >= 2;
    }

    /** "19xx" or "20xx" in ASCII digits (a char check: a regex compiled per word was ~1.5% of the pipeline). */
    static boolean isYear(String w) {
        return w.length() == 4 && (w.charAt(0) == '1' && w.charAt(1) == '9' || w.charAt(0) == '2' && w.charAt(1) == '0')
                && asciiDigit(w.charAt(2)) && asciiDigit(w.charAt(3));
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A year before the publication's named in the trigger's clause. */
    private static boolean earlierYear(Sentence s, int clause, LocalDate anchor) {
        for (int i = 0; i < s.tokens.size(); i++) {
            String w = s.word(i);
            if (s.clause[i] == clause && isYear(w)
                    && Integer.parseInt(w) < anchor.getYear()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "في منطقة الحماميات بقضاء التاجي، شمالي بغداد": a Syrian name placed by the words right after
     * it in another country is a homonym there, never the Syrian village.
     */
    private static boolean inForeignPlace(Sentence s, Arguments.Place p) {
        if (!p.admin1().startsWith("SY-") || p.span().length() == 0) {
            return false;
        }
        int tok = tokenOf(s, p.span());
        if (tok < 0) {
            return false;
        }
        for (EventCues.Cue f : s.cues("foreign")) {
            int gap = f.tokenStart() - tok;
            String before = f.tokenStart() > 0 ? s.word(f.tokenStart() - 1) : "";
            if (gap > 0 && gap <= 8 && s.clause[f.tokenStart()] == s.clause[tok]
                    && !before.equals("مع") && !before.endsWith("حدود")) { // "الحدود مع العراق" is a border
                return true;
            }
        }
        return false;
    }

    /**
     * "في قريتي تل أعور والفريكة … أسفرت عن سيطرة قوات الأسد على القريتين": "the two villages" just
     * named, not the town of القريتين in Homs.
     */
    private static boolean dualAnaphor(NormalizedText doc, Arguments.Place p) {
        if (!p.locationAr().equals("القريتين")) {
            return false;
        }
        int at = doc.fromOriginal(p.span().start());
        String before = doc.text().substring(Math.max(0, at - 200), at);
        int end = doc.fromOriginal(p.span().end());
        String after = doc.text().substring(end, Math.min(doc.length(), end + 12)).strip();
        String next = after.split("[\\s،,.]+", 2)[0];
        // "القريتين الشيعيتين", "القريتين اللتين": a dual adjective or relative follows "the two villages"
        return before.contains("قريتي ") || before.contains("القريتين ") || next.length() > 4 && next.endsWith("تين");
    }

    /** "في قطر", "بالعراق": a state named as where something happened is a place, not (only) an actor. */
    private static boolean foreignLocative(NormalizedText doc, Arguments.Place p) {
        if (p.admin1().startsWith("SY-")) {
            return false;
        }
        String text = doc.text();
        int at = doc.fromOriginal(p.span().start());
        int wordStart = at;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String prefix = text.substring(wordStart, at);
        if (prefix.equals("ب") || prefix.equals("وب") || prefix.equals("فب")) {
            return true;
        }
        int prevEnd = wordStart;
        while (prevEnd > 0 && Character.isWhitespace(text.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        if (!prefix.isEmpty()) {
            return false;
        }
        int prevStart = prevEnd;
        while (prevStart > 0 && !Character.isWhitespace(text.charAt(prevStart - 1))) {
            prevStart--;
        }
        String prev = text.substring(prevStart, prevEnd).replaceAll("[،,]", "");
        return prev.equals("في") || prev.equals("وفي") || WHERE_WORDS.contains(prev); // "شمالي بغداد"
    }

    private static final Set<String> WHERE_WORDS = Set.of("شمال", "شمالي", "جنوب", "جنوبي", "شرق", "شرقي", "غرب",
            "غربي", "قرب", "بالقرب", "داخل", "وسط", "محيط", "ضواحي", "اطراف");

    private static boolean overlapsActor(Arguments.Place p, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            boolean strictlyInside = a.span().contains(p.span()) && a.span().length() > p.span().length()
                    && p.admin1().startsWith("SY-"); // "اللجنة المكلفة بأهالي درعا البلد", not "الموالية لإيران"
            if (!a.outlet() && a.span().overlaps(p.span()) && !strictlyInside) {
                return true;
            }
        }
        return false;
    }

    private static Evidence.Part part(Sentence s, String role, Span span) {
        return new Evidence.Part(role, span.start(), span.end(), span.of(s.doc.original()));
    }

    private static List<String> outlets(List<ActorMention> actors, Span region) {
        List<String> out = new ArrayList<>();
        for (ActorMention a : actors) {
            if (a.outlet() && region.contains(a.span()) && !out.contains(a.actorId())) {
                out.add(a.actorId());
            }
        }
        return out;
    }

    private static List<ActorMention> within(List<ActorMention> all, Span region) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention a : all) {
            if (region.contains(a.span())) {
                out.add(a);
            }
        }
        return out;
    }

    private static List<Arguments.Place> withinPlaces(List<Arguments.Place> all, Span region) {
        List<Arguments.Place> out = new ArrayList<>();
        for (Arguments.Place p : all) {
            if (region.contains(p.span())) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Arguments.Date> withinDates(List<Arguments.Date> all, Span region) {
        List<Arguments.Date> out = new ArrayList<>();
        for (Arguments.Date d : all) {
            if (region.contains(d.span())) {
                out.add(d);
            }
        }
        return out;
    }

    private static List<Arguments.Count> withinCounts(List<Arguments.Count> all, Span region) {
        List<Arguments.Count> out = new ArrayList<>();
        for (Arguments.Count k : all) {
            if (k.span() != null && region.contains(k.span())) {
                out.add(k);
            }
        }
        return out;
    }

    static LocalDate parseDate(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10).replace('/', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Without a publication date, the latest year the text names stands for "now". */
    private static LocalDate latestYearStart(NormalizedText doc) {
        int best = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![0-9])(19[89][0-9]|20[0-4][0-9])(?![0-9])")
                .matcher(doc.text());
        while (m.find()) {
            best = Math.max(best, Integer.parseInt(m.group(1)));
        }
        return best == 0 ? null : LocalDate.of(best, 1, 1);
    }

    /** Stable across runs: the same sentence of the same story gives the same ids. */
    static String id(String doc, int story, Span sentence, String kind, String place, int trigger) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String key = doc + "|" + story + "|" + sentence.start() + "-" + sentence.end() + "|" + kind + "|"
                    + place + "|" + trigger;
            byte[] h = md.digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", h[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
