package org.rasid.events;

import org.rasid.actors.ActorRegistry;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.rasid.actors.ActorMention;
import org.rasid.ingest.Document;
import org.rasid.segment.Story;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.PhrasePass;
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
 *
 * <p>This class only orchestrates; each step is a part of its own: {@link StoryReader} (the
 * per-story state), {@link TriggerSelector} (which triggers code events), {@link ActorRoleTagger}
 * and {@link ActorAssigner} (actor1, actor2), {@link SubTypeRefiner}, {@link EventDater},
 * {@link TollAssigner}, {@link EventPlacer}, {@link ConfidenceScorer} and {@link EventId}.
 */
public final class EventExtractor {
    private final TriggerMatcher matcher;
    private final EventCues cues;
    /** The cues and the triggers, read in one pass over each sentence's words. */
    private final PhrasePass<String, Trigger> lexicons;
    private final ArticleGenre genre;
    private final StoryReader reader;
    private final TriggerSelector selector;
    private final ActorRoleTagger tagger;
    private final GovernmentSeat seats;
    private final ActorAssigner assigner;
    private final SubTypeRefiner refiner;
    private final EventPlacer placer;
    private final StatementPlacer statements;
    private final MeetingGrouper meetings;
    private final IncidentGrouper incidents;
    private final StoryAirForce airForce;
    private final StoryOpponent opponent;
    private final CampaignTarget campaign;
    private final StoryTarget target;
    private final AlliedStrike alliedStrike;
    private final StoryIncident incident;
    private final EventWords words;
    private final SpeechStatement speech;
    private final ReportedAccusation accusations;
    private final ConfidenceScorer scorer;
    private final ModalityClassifier modality;
    /** Told the fate of every verbal trigger when set ({@link #witnessed}); null in ordinary runs. */
    private final Consumer<StatementFate> witness;
    /** The last document judged by {@link #genre}: a digest's stories share one verdict. */
    private NormalizedText judged;
    private boolean judgedOpinion;

    public EventExtractor(TriggerLexicon lexicon, EventCues cues, Arguments args) {
        this(lexicon, cues, args, ArticleGenre.load());
    }

    public EventExtractor(TriggerLexicon lexicon, EventCues cues, Arguments args, ArticleGenre genre) {
        this(lexicon, cues, args, genre, ConfidenceScorer.standard());
    }

    public EventExtractor(TriggerLexicon lexicon, EventCues cues, Arguments args, ArticleGenre genre,
                          ConfidenceScorer scorer) {
        this(lexicon, cues, args, genre, scorer, null);
    }

    private EventExtractor(TriggerLexicon lexicon, EventCues cues, Arguments args, ArticleGenre genre,
                           ConfidenceScorer scorer, Consumer<StatementFate> witness) {
        EventWords words = EventWords.standard();
        this.words = words;
        this.genre = genre;
        this.matcher = new TriggerMatcher(lexicon);
        this.cues = cues;
        this.lexicons = new PhrasePass<>(cues.matcher(), lexicon.matcher());
        this.reader = new StoryReader(args, cues, words);
        ModalityClassifier modality = new ModalityClassifier(words);
        this.modality = modality;
        this.witness = witness;
        this.selector = new TriggerSelector(modality);
        this.speech = new SpeechStatement(modality);
        this.accusations = new ReportedAccusation(args);
        this.tagger = new ActorRoleTagger(words);
        this.seats = new GovernmentSeat(lexicon);
        this.assigner = new ActorAssigner(args, words);
        this.refiner = new SubTypeRefiner(args);
        this.placer = new EventPlacer(words);
        this.statements = new StatementPlacer(placer, lexicon, args);
        this.meetings = new MeetingGrouper(lexicon);
        this.incidents = new IncidentGrouper(words);
        this.airForce = new StoryAirForce(args);
        this.opponent = new StoryOpponent(args, words);
        this.campaign = new CampaignTarget(args, words);
        this.target = new StoryTarget(args, words);
        this.alliedStrike = new AlliedStrike(words);
        this.incident = new StoryIncident(words);
        this.scorer = scorer;
    }

    public static EventExtractor withDefaults(Arguments args) {
        return new EventExtractor(TriggerLexicon.load(), EventCues.load(), args);
    }

    /** The default parts with another confidence scorer (calibration records features with one). */
    public static EventExtractor withScorer(Arguments args, ConfidenceScorer scorer) {
        return new EventExtractor(TriggerLexicon.load(), EventCues.load(), args, ArticleGenre.load(), scorer);
    }

    /**
     * The default parts, telling {@code witness} what became of every speech verb and verbal trigger
     * ({@link StatementFate}): coded, or the stage and rule that dropped it. The witness may be
     * called from the threads that extract.
     */
    public static EventExtractor witnessed(Arguments args, Consumer<StatementFate> witness) {
        return new EventExtractor(TriggerLexicon.load(), EventCues.load(), args, ArticleGenre.load(),
                ConfidenceScorer.standard(), witness);
    }

    /** The events of one story; {@code doc} is the normalised text of the whole document. */
    public List<Event> extract(Document document, NormalizedText doc, Story story) {
        StatementFates fates = witness == null ? StatementFates.none()
                : new StatementFates(witness, document.id(), story.index());
        if (opinion(doc)) {
            if (fates.active()) {
                opinionFates(doc, story, fates);
            }
            return List.of(); // a column or analysis: what it recalls is not a report of events
        }
        // Triggers first: a story without one has no event, and its arguments need not be found.
        List<Sentence> sentences = new ArrayList<>();
        List<List<TriggerMention>> sentenceTriggers = new ArrayList<>();
        boolean anyTrigger = false;
        for (Span sentenceSpan : story.sentences()) {
            Sentence s = new Sentence(doc, sentenceSpan, lexicons);
            if (s.tokens.size() < 4) {
                // a sub-heading ("غارات"), not a report
                continue;
            }
            List<TriggerMention> found = matcher.find(s);
            sentences.add(s);
            sentenceTriggers.add(found);
            anyTrigger |= !found.isEmpty();
        }
        if (!anyTrigger) {
            return List.of();
        }
        StoryContext context = reader.read(document, doc, story);
        // each sentence's mentions, cut from the story's once: the told days, the venues and the coding read them
        List<SentenceArguments> args = new ArrayList<>(sentences.size());
        List<List<Arguments.Date>> dates = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            SentenceArguments a = context.within(s);
            args.add(a);
            dates.add(a.dates());
        }
        LocalDate[] told = NarrativeDay.of(sentences, dates, context.anchor());
        AnsweredAttack attacks = new AnsweredAttack(words);
        attacks.foresee(args, sentenceTriggers);
        StoryAtHand atHand = new StoryAtHand(context, StatementVenue.read(args, statements), fates, new HashMap<>(),
                new ToldSpeaker(), new ToldStrike(words), attacks);
        List<Event> out = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        LeadToll lead = null;
        int triggered = (int) sentenceTriggers.stream().filter(f -> !f.isEmpty()).count();
        for (int k = 0; k < sentences.size(); k++) {
            List<TriggerMention> found = sentenceTriggers.get(k);
            if (found.isEmpty()) {
                continue;
            }
            List<Event> coded = sentence(atHand, new SentenceAtHand(args.get(k),
                    new SentenceSetting(k, sentences.size(), triggered, found), told[k]));
            atHand.attacks().read(args.get(k), found);
            if (coded.isEmpty()) {
                // "… وقتل ثمانية مدنيين في الغارات": the toll of an event told just before
                FollowingToll.attach(out, sentenceOf, args.get(k), found, k, document.id(),
                        document.outlet());
                // "… وأورد المرصد إن الغارة استهدفت بلدة عربين": the town of an event placed only to its area
                FollowingPlace.refine(out, sentenceOf, args.get(k), found, k);
                // "… تلته اشتباكات في شمال سوريا تسببت بمقتل 11 شخصا": a lead's toll, its place told after
                lead = LeadToll.read(lead, out, args.get(k), found, k);
            }
            for (Event e : coded) {
                out.add(e);
                sentenceOf.add(k);
            }
        }
        LeadToll.give(lead, out, sentenceOf, document.id(), document.outlet());
        // "ونفت وزارة الدفاع الأميركية الأمر": an unplaced reaction about the story's one incident is placed there
        incident.place(out, sentenceOf, args, sentenceTriggers, attacks);
        // "إن المقاتلين غادروا مدينة عربين": a departure told with no side is one of the story's deal (DepartedSide)
        List<Event> coded = out;
        out = DepartedSide.fill(out, atHand.features(), i -> departure(coded.get(i), sentences.get(sentenceOf.get(i))));
        out = scored(out, sentenceOf, sentences, story, atHand.features());
        // a story of reactions: the attack it recalls from days before is their premise (ReactionPremise). The
        // headline is read only when an event could be one: most stories have none, and reading the headline
        // (a normalised title, its sentence and triggers) was a fortieth of the pipeline's time
        if (ReactionPremise.any(out, context.anchor()) && headlineTellsNoAct(document, doc, story)) {
            out.removeIf(e -> ReactionPremise.premise(e, context.anchor()));
        }
        Set<String> recalled = new HashSet<>();
        out.removeIf(e -> RecalledStatement.recalled(e) && recalled.add(e.id()));
        // the sides one telling names and another leaves unnamed, once the tellings that are one event are joined
        List<Event> said = StatementGrouper.group(out, meetings, context.actors(), scorer::shown);
        List<Event> sided = UnarmedSide.clear(IncidentSides.fill(airForce.fill(incidents.group(said))));
        // a capture's loser and a strike's victims the event's own clause leaves open, from the story (StoryTarget)
        // then one incident told at a coarse place and at the one finer place inside it, once at the finer (CoarserTelling)
        List<Event> targeted = CoarserTelling.join(target.fill(campaign.fill(opponent.fill(sided)), args, told,
                sentenceTriggers));
        List<Event> kept = ActorSuccession.name(alliedStrike.join(NoCivilianVictims.clear(targeted)),
                ActorRegistry.load(), context.anchor());
        // a statement abroad in a paragraph that names nothing of Syria: another matter's news (OtherMatter); once
        // grouped, so that the speaker's other words on that matter go with it
        // and a statement or meeting of a story whose headline and lead name nothing of Syria either (OtherStory)
        Set<String> elsewhere = new HashSet<>();
        kept.removeIf(e -> (OtherMatter.about(e, context, words) || OtherStory.about(e, context, words))
                && elsewhere.add(e.id()));
        fates.kept(kept, recalled, elsewhere);
        return kept;
    }

    /**
     * Whether an Agreement tells a departure ({@link DepartedSide}): its trigger is no deal noun ("الاتفاق", a
     * telling of the deal itself) and it is not placed only where someone heads ({@link EventPlacer#headedFor}).
     */
    private boolean departure(Event e, Sentence s) {
        Evidence.Part trigger = e.evidence().part("trigger");
        if (trigger == null) {
            return false;
        }
        int t = s.tokenOf(new Span(trigger.start(), trigger.end()));
        if (t < 0 || words.endsWith("deal_noun", s.word(t))) {
            return false;
        }
        Evidence.Part at = e.evidence().part("location");
        return at == null || !placer.headedFor(s, s.tokenOf(new Span(at.start(), at.end())));
    }

    /**
     * Whether the story's headline tells no act ({@link ReactionPremise}); false when there is
     * no headline to read. The headline is read where the text holds it before the story, else from the
     * document's title alone (a corpus whose text is the body only).
     */
    private boolean headlineTellsNoAct(Document document, NormalizedText doc, Story story) {
        Span head = StoryReader.headlineSpan(document, doc, story);
        if (head != null) {
            return ReactionPremise.tellsNoAct(matcher.find(new Sentence(doc, head, lexicons)));
        }
        String title = story.title() != null ? story.title() : document.title();
        if (title == null || title.isBlank()) {
            return false;
        }
        NormalizedText alone = ArabicNormalizer.normalize(title.strip());
        return ReactionPremise.tellsNoAct(matcher.find(new Sentence(alone, new Span(0, title.strip().length()),
                lexicons)));
    }

    /**
     * The story's events with their confidence, scored once every sentence is coded: the facts of each
     * event with those only the whole story tells ({@link StoryFeatures}).
     */
    private List<Event> scored(List<Event> events, List<Integer> sentenceOf, List<Sentence> sentences, Story story,
                               Map<String, Map<String, Double>> features) {
        List<Map<String, Double>> told = StoryFeatures.of(events, sentenceOf,
                sentences.stream().map(s -> s.span).toList(), story.paragraphs());
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Map<String, Double> f = new LinkedHashMap<>(features.get(e.id()));
            f.putAll(told.get(i));
            out.add(e.withConfidence(scorer.score(e.id(), f)));
        }
        return out;
    }

        /** Every verbal trigger of an opinion piece is dropped with the piece. */
    private void opinionFates(NormalizedText doc, Story story, StatementFates fates) {
        for (Span sentenceSpan : story.sentences()) {
            Sentence s = new Sentence(doc, sentenceSpan, lexicons);
            for (TriggerMention t : matcher.find(s)) {
                if (t.trigger().isVerbal()) {
                    fates.drop(s, t, t.trigger().cameo(), StatementFate.GENRE, "opinion");
                }
            }
        }
    }

    private synchronized boolean opinion(NormalizedText doc) {
        if (judged != doc) {
            judgedOpinion = genre.isOpinion(doc);
            judged = doc;
        }
        return judgedOpinion;
    }

    /** The events of one sentence: its candidates, each coded against the sentence's actors. */
    private List<Event> sentence(StoryAtHand story, SentenceAtHand sentence) {
        SentenceArguments a = sentence.args();
        Sentence s = a.sentence();
        StatementFates fates = story.fates();
        List<TriggerMention> found = sentence.setting().found();
        List<Candidate> selected = selector.select(a, SpeechStatement.acts(found));
        fates.unselected(a, found, selected, modality);
        // speech verbs ("قال X إن") code a statement only when the clause names no act (SpeechStatement)
        // a verb silenced by an act of its clause is told to the witness only once the act has coded something
        SpeechStatement.Silenced silenced = fates.silenced(s);
        List<TriggerMention> heldBack = new ArrayList<>();
        List<Candidate> candidates = WarningThreat.threats(s, speech.add(s, selected, found, (v, stage, reason) -> {
            if (SpeechStatement.ACT_IN_CLAUSE.equals(reason)) {
                heldBack.add(v);
            } else {
                silenced.tell(v, stage, reason);
            }
        }));
        story.told().read(s, found, a.dates());
        if (candidates.isEmpty()) {
            heldBack.forEach(v -> silenced.tell(v, StatementFate.SPEECH, SpeechStatement.ACT_IN_CLAUSE));
            return List.of();
        }
        List<RoledActor> actors = tagger.tag(s, a.actors(), a.counts());
        // "واتهمت دمشق إسرائيل": the seat in the subject's place is the government that speaks, a party of
        // what is said only
        List<ActorMention> withSeats = seats.addressed(s, found, seats.speakers(s, found, a.actors()));
        List<RoledActor> speakers = withSeats == a.actors() ? actors : tagger.tag(s, withSeats, a.counts());
        List<Event> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Candidate> gave = new ArrayList<>();
        Map<Candidate, List<Event>> byCandidate = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            List<Event> events = build(story, sentence, c, candidates, c.verbal() ? speakers : actors);
            byCandidate.put(c, events);
            keep(out, ids, gave, c, events, fates, s);
        }
        // a speech verb silenced by an act of its clause that coded nothing reports a statement after all
        for (Candidate c : speech.unanswered(s, selected, gave, found)) {
            heldBack.remove(c.t()); // build tells the witness where it is lost, if it is
            List<Event> built = build(story, sentence, c, candidates, speakers);
            // placed abroad, it tells of an incident abroad that AbroadIncidents left uncoded (a raid in
            // Jordan, strikes on Gaza): no news of the war
            boolean abroad = built.stream().anyMatch(e -> e.admin1() != null && !e.admin1().startsWith("SY"));
            boolean relays = built.stream().anyMatch(e -> SpeechStatement.relays(s, c.t(), speakers, e.actor1()));
            if (abroad || relays) {
                silenced.tell(c.t(), StatementFate.SPEECH, abroad ? "act-abroad" : "relays-act");
                continue;
            }
            keep(out, ids, gave, c, built, fates, s);
        }
        // "قال دي ميستورا إن الجيش السوري ألقى البراميل على الزبداني": a party telling another's violent act
        // accuses it, beside the act (ReportedAccusation)
        for (TriggerMention v : List.copyOf(heldBack)) {
            Event act = ReportedAccusation.act(s, v, byCandidate, actors);
            if (act == null || modality.classify(s, v, SpeechStatement.acts(found)) != Modality.OCCURRED) {
                continue;
            }
            Candidate c = new Candidate(v, Modality.OCCURRED, null, null, CameoRoot.DISAPPROVAL,
                    CameoRoot.quadClass(CameoRoot.DISAPPROVAL));
            // built quietly: a verb that accuses nobody stays silenced by its act (act-in-clause), told once below
            StoryAtHand quiet = new StoryAtHand(story.context(), story.venue(), StatementFates.none(), story.features(),
                    story.told(), story.strikes(), story.attacks());
            List<Event> said = build(quiet, sentence, c, candidates, speakers);
            if (said.stream().noneMatch(e -> SpeechStatement.relays(s, v, speakers, e.actor1()))) {
                List<Event> accused = accusations.of(said, act);
                if (!accused.isEmpty()) {
                    heldBack.remove(v);
                    keep(out, ids, gave, c, accused, fates, s);
                }
            }
        }
        for (TriggerMention v : heldBack) {
            silenced.tell(v, StatementFate.SPEECH, SpeechStatement.ACT_IN_CLAUSE);
        }
        return out;
    }

    /** Adds the events built from one candidate, each once, and the candidate to those that {@code gave} events. */
    private static void keep(List<Event> out, Set<String> ids, List<Candidate> gave, Candidate c, List<Event> built,
                             StatementFates fates, Sentence s) {
        if (c.verbal()) {
            fates.coded(s, c, built);
        }
        if (!built.isEmpty()) {
            gave.add(c);
        }
        for (Event e : built) {
            if (ids.add(e.id())) {
                out.add(e);
            }
        }
    }

    /** The events of one candidate: one per place, none when a part says it is not to be coded. */
    private List<Event> build(StoryAtHand story, SentenceAtHand sentence, Candidate c, List<Candidate> all,
                              List<RoledActor> actors) {
        SentenceArguments a = sentence.args();
        Sentence s = a.sentence();
        StoryContext context = story.context();
        String refused = c.verbal() ? StatementGate.refusal(s, c) : null;
        if (refused != null) {
            story.fates().drop(s, c.t(), c.cameo(), StatementFate.GATE, refused);
            story.told().forget();
            return List.of(); // a recalled statement, a meeting named as the setting of another act
        }
        // below, a verbal candidate's drop is told to the witness by the stage that returned nothing
        StatementFates lost = c.verbal() ? story.fates() : StatementFates.none();
        Document document = context.document();
        List<Arguments.Count> own = TollAssigner.countsOf(s, c.t(), all, a.counts());
        if (TollAssigner.isTotal(c, own)) {
            lost.drop(s, c.t(), c.cameo(), StatementFate.SELECTION, "running-total");
            return List.of(); // a war's or a campaign's running total, not one event
        }
        own = TollAssigner.daily(s, own); // a total over days in the clause is not this event's toll
        // "وقال إن": a bare speech verb speaks for the story's last speaker (ToldSpeaker)
        int index = sentence.setting().index();
        // computed once: the last strike told changes only in coding(), after both reads
        boolean back = story.strikes().refersBack(s, c, index);
        ActorAssignment who = assigner.assign(s, c, actors, own, back);
        who = c.verbal() ? story.told().follow(s, c, who, a.dates())
                : story.strikes().follow(who, c, back || story.strikes().goesOn(s, c, index, actors, a.places()));
        if (who != null && c.verbal() && StatementGate.settingWithoutParty(s, c, who)) {
            story.fates().drop(s, c.t(), c.cameo(), StatementFate.GATE, "meeting-setting");
            return List.of(); // "خلال اجتماع مع قادة عسكريين": a side meeting its own people
        }
        if (who == null) {
            // an actor the sentence names but no rule took, or none the registry knows
            lost.drop(s, c.t(), c.cameo(), StatementFate.SPEAKER,
                    actors.stream().anyMatch(RoledActor::canAct) ? "not-taken" : "no-actor");
            return List.of();
        }
        Coding coding = ResolutionDemand.coding(s, c, story.strikes().coding(s, c, who, refiner.refine(s, c, who, own),
                index, actors, back));
        Dating when = EventDater.date(s, c, a.dates(), context.anchor(), context.reference(), sentence.told());
        // "وأضاف أن ...": a continued statement is the one it continues, on its day and at its place
        when = c.verbal() ? story.told().when(who, when) : when;
        if (when == null) {
            lost.drop(s, c.t(), c.cameo(), StatementFate.DATE, "none");
            return List.of();
        }
        Toll toll = TollAssigner.toll(s, c, coding, own, document.id(), document.outlet());
        // a violent act announced for later (coded 13) keeps the violent event's place rule
        Placement where = c.verbal() && c.t().trigger().isVerbal() ? statements.place(s, c, a, context, who,
                when.mention() != null, story.venue(), story.told().firstHeard(who))
                : placer.place(s, c, a.places(), context, when.mention() != null, !own.isEmpty());
        if (c.verbal() && c.t().trigger().isVerbal()) {
            where = story.attacks().answer(a, c.t(), coding.cameo(), sentence.setting().found(), where,
                    context.focus(), who.a1());
        }
        if (c.verbal()) {
            where = story.told().where(who, where);
            story.told().coded(who, when, where);
        }
        if (where == null) {
            lost.drop(s, c.t(), c.cameo(), StatementFate.PLACE, "none");
            return List.of();
        }
        story.strikes().placed(c, where.places());
        CodedCandidate coded = new CodedCandidate(s, c, who, coding, when, toll, ConfidenceFeatures.of(s, c,
                all.size(), sentence.setting(), who, when, toll, where.places().size()));
        List<Event> out = new ArrayList<>();
        for (Arguments.Place p : where.places()) {
            if (!c.verbal() && !AbroadIncidents.coded(p.admin1(), context.headlineAbroad())) {
                continue;
            }
            // "مقتل ثلاثة في قرية أ، وخمسة في بلدة ب": each place's event takes its own count
            List<Arguments.Count> here = PlacedTolls.at(s, own, a.places(), where.places(), p);
            out.add(event(story, here == own ? coded : coded.withToll(
                    TollAssigner.toll(s, c, coding, here, document.id(), document.outlet())), p, where));
        }
        if (out.isEmpty()) {
            lost.drop(s, c.t(), c.cameo(), StatementFate.PLACE, "no-place");
        }
        return out;
    }

    /** The event of a coded candidate at one place of its list. */
    private Event event(StoryAtHand at, CodedCandidate coded, Arguments.Place p, Placement where) {
        boolean inSentence = where.inSentence();
        StoryContext story = at.context();
        Candidate c = coded.c();
        Coding coding = coded.coding();
        Dating when = coded.when();
        Toll toll = coded.toll();
        Document document = story.document();
        Story st = story.story();
        String id = EventId.of(document.id(), st.index(), coded.s().span, c.verbal() ? coding.cameo() : coding.sub(),
                p.locationAr(), c.t().start());
        double rule = ConfidenceScorer.ruleScore(c, coded.who().actor1() != null, inSentence, when.date() != null,
                p.confidence());
        // scored with the story's facts once the story is coded (scored)
        at.features().put(id, ConfidenceFeatures.withPlace(coded.features(), p, inSentence, rule));
        Source source = new Source(document.id(), st.index(), st.outlet() != null ? st.outlet() : document.outlet(),
                st.published() != null ? st.published() : document.published(), document.url());
        // Outlets named in the sentence are dropped by role tagging, so the story's outlets report every event.
        return new Event(id, document.id(), st.index(), coding.type(), coding.sub(), coding.cameo(),
                CameoRoot.quadClass(coding.cameo()), coded.who().actor1(), coded.who().actor2(),
                List.copyOf(coded.who().assoc1()), List.of(), p.locationAr(), p.placeId(), p.admin1(), p.admin2(),
                p.latitude(), p.longitude(), geoPrecision(p, inSentence), when.date(),
                when.date() == null ? null : when.precision(), toll.fatalities(), toll.fatalitiesText(),
                toll.injured(), toll.arrested(), toll.displaced(), List.copyOf(story.outlets()),
                coded.evidence(p, inSentence || where.answered()), 0, List.of(source), List.copyOf(toll.claims()), List.of(),
                List.of());
    }

    /**
     * What every sentence of one story is coded against: the story's state, venues, witness and last speaker; and
     * the confidence facts of each event coded so far, by id, scored when the story is done.
     */
    private record StoryAtHand(StoryContext context, StatementVenue venue, StatementFates fates,
                               Map<String, Map<String, Double>> features, ToldSpeaker told, ToldStrike strikes,
                               AnsweredAttack attacks) {
    }

    /** One sentence as coded: its mentions, where it stands in the story, and the day its narrative tells. */
    private record SentenceAtHand(SentenceArguments args, SentenceSetting setting, LocalDate told) {
    }

    /**
     * One candidate as coded, before its place: what every event of its place list shares, and the
     * confidence facts known before the place is chosen ({@link ConfidenceFeatures#of}).
     */
    private record CodedCandidate(Sentence s, Candidate c, ActorAssignment who, Coding coding, Dating when,
                                  Toll toll, Map<String, Double> features) {

        CodedCandidate withToll(Toll other) {
            return new CodedCandidate(s, c, who, coding, when, other, features);
        }

        /** Evidence in a fixed order: trigger, actors, date, tolls, then the place when the sentence names it. */
        Evidence evidence(Arguments.Place p, boolean inSentence) {
            List<Evidence.Part> parts = new ArrayList<>();
            parts.add(s.part(Evidence.TRIGGER, c.t().span()));
            AnnouncedNoun.Content noun = AnnouncedNoun.of(s, c);
            if (noun != null) { // "أعلنت فصائل مقاتلة التزامها": the verb and the noun that says what it announces
                Token w = s.tokens.get(noun.token());
                parts.add(s.part(Evidence.TRIGGER, s.original(w.start(), w.end())));
            }
            if (who.a1() != null) {
                parts.add(s.part("actor1", who.a1().m().span()));
            }
            if (who.a2() != null) {
                parts.add(s.part("actor2", who.a2().m().span()));
            }
            if (when.part() != null) {
                parts.add(when.part());
            }
            parts.addAll(toll.parts());
            if (inSentence) {
                parts.add(s.part("location", p.span()));
            }
            return new Evidence(s.span.of(s.doc.original()), s.span.start(), s.span.end(), List.copyOf(parts));
        }
    }

    /** A place from the story is at best a region's; a statement tied to no place has none. */
    private static Integer geoPrecision(Arguments.Place p, boolean inSentence) {
        if (p.admin1() == null) {
            return null;
        }
        return inSentence ? p.geoPrecision() : Math.max(p.geoPrecision(), 2);
    }
}
