/**
 * Event coding: from the sentences of one story and the mentions found in it to event records.
 *
 * <p><b>In:</b> a {@link org.rasid.ingest.Document}, its normalised text and one
 * {@link org.rasid.segment.Story} (sentences as spans), plus an {@link org.rasid.events.Arguments}
 * that finds actors, places, dates and tolls ({@link org.rasid.events.MentionArguments} adapts the
 * recognizers). Data files: triggers.tsv, event_cues.tsv, event_words.tsv, subtype_cameo.tsv,
 * genre_cues.tsv (docs/data-formats.md).
 *
 * <p><b>Out:</b> {@link org.rasid.model.Event} records, each with the evidence for its fields.
 *
 * <p>{@link org.rasid.events.EventExtractor} orchestrates the parts, in this order:
 * <ol>
 * <li>{@code TriggerMatcher} finds triggers in a {@code Sentence} (tokens, cues, clauses);</li>
 * <li>{@code StoryReader} reads the per-story state once ({@code StoryContext}: publication date,
 *     actors, places fit to locate events, dates, tolls, dateline place, focus place, outlets);</li>
 * <li>{@code TriggerSelector} keeps the triggers that code events ({@code ModalityClassifier},
 *     presupposition, one per family and clause; one per conjunct of a clause that tells violent acts
 *     each at its own town, {@code ParallelConjuncts}) as {@code Candidate}s;</li>
 * <li>{@code ActorRoleTagger} gives each actor mention its role from the cue before it;
 *     {@code ActorAssigner} picks actor1, actor2 and associates;</li>
 * <li>{@code SubTypeRefiner} retypes by the arguments (protest, agreement, civilian or armed target);</li>
 * <li>{@code EventDater}, {@code TollAssigner}, {@code EventPlacer} give date, toll and places
 *     (one event per place of a list; not the landmark that only locates the place named before it,
 *     "في حي القابون في دمشق": {@code LocatedPlace}); each may say the candidate is not to be coded;
 *     verbal events go through {@code StatementGate} (not recalled, not a meeting named as a
 *     setting unless it names another side after مع/بين: {@code MeetingWithParty}) and {@code StatementPlacer} (the place the act is tied to, else none; a
 *     meeting at the town after في in its own stretch, {@code MeetingVenue}; an undated present
 *     act is a stance held unless its own speaker declares it, {@code DeclaredAct});
 *     {@code RecalledStatement} drops a statement its own date puts a week before the story;
 *     a party's speech whose content opens with another side's violent act is also that party's
 *     accusation of the side (CAMEO 11, {@code ReportedAccusation}), beside the act;</li>
 * <li>{@code StoryIncident} places, once every sentence is coded, a reaction its sentence leaves unplaced (no
 *     venue) at the story's one incident (its first violent act placed in Syria, all in one governorate) when
 *     its own words name that incident again (round-21 convention (a));</li>
 * <li>{@code ReactionPremise} drops, in a story whose headline tells no act (only reactions to one), an act
 *     dated three days or more before publication: the premise of the news, not news;</li>
 * <li>{@code StatementGrouper} keeps one verbal event per speaker and act in a story (never re-coded
 *     to an act under the confidence cut when it passes it; two voices of one side, a body and an official
 *     each named in words of its own, make two statements when their acts differ in class: {@code StatementVoice}), and
 *     {@code MeetingGrouper} one per meeting, whichever party each mention names first ({@code MetParty}:
 *     the mention kept takes the other party a folded mention of that day and region names);</li>
 * <li>{@code IncidentGrouper} keeps one violent event per incident of a story, the lead and its detail, and
 *     {@code RetoldAct} one per incident told again under another sub-type of its class (in one sentence at one
 *     place, or in a later sentence by a back-reference noun, "القصف", "الغارات");</li>
 * <li>{@code StoryTarget} gives a capture's loser and a strike's victims, when the event's clause leaves them open,
 *     from the story's other sentences (round-21 convention (b), (c)); in its own clause, people hurt told with
 *     no number ("ما أدى لوقوع إصابات من المدنيين") are its CIVILIANS already ({@code UncountedHarm}, read by
 *     ActorAssigner); {@code CoarserTelling} then joins a violent
 *     event told at a coarse place (a governorate, a countryside, the capital for its outskirts) into the one finer
 *     place of its type, day and sides that another sentence tells inside it, which takes the fields it leaves open
 *     from the coarse telling; {@code ActorSuccession} then names each
 *     side by the id of the event's time (the dated successor of actors.tsv: a 2018 report's Nusra is HTS);</li>
 * <li>{@code OtherMatter} drops, once grouped, a verbal event placed abroad in a paragraph that names
 *     nothing of Syria (a digest's other items: another matter, optional);</li>
 * <li>{@code ConfidenceScorer} and {@code EventId} finish the record.</li>
 * </ol>
 * Open-class vocabulary lives in the data files; Java keeps only closed-class particles.
 */
package org.rasid.events;
