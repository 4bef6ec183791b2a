package org.rasid.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasid.actors.ActorMention;
import org.rasid.ingest.Document;
import org.rasid.segment.Story;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/**
 * What every event of one story shares, read once per story by {@link StoryReader}.
 *
 * @param anchor      the publication date, or null
 * @param reference   the anchor, or without one the start of the latest year the text names
 * @param actors      actor and outlet mentions of the story
 * @param places      the story's places that can locate an event (actors, generic nouns removed)
 * @param storyPlace  the place of the section header or dateline, or null
 * @param focus       the precise place the story keeps naming, or null
 * @param outlets     outlets cited anywhere in the story
 * @param headlineAbroad the countries other than Syria the headline names ({@link AbroadIncidents})
 */
record StoryContext(Document document, NormalizedText doc, Story story, LocalDate anchor, LocalDate reference,
                    List<ActorMention> actors, List<Arguments.Place> places, List<Arguments.Date> dates,
                    List<Arguments.Count> counts, Arguments.Place storyPlace, Arguments.Place focus,
                    List<String> outlets, Set<String> headlineAbroad) {

    /** A story whose headline names no country abroad. */
    StoryContext(Document document, NormalizedText doc, Story story, LocalDate anchor, LocalDate reference,
                 List<ActorMention> actors, List<Arguments.Place> places, List<Arguments.Date> dates,
                 List<Arguments.Count> counts, Arguments.Place storyPlace, Arguments.Place focus,
                 List<String> outlets) {
        this(document, doc, story, anchor, reference, actors, places, dates, counts, storyPlace, focus, outlets,
                Set.of());
    }

    /** The mentions of one sentence of the story. */
    SentenceArguments within(Sentence s) {
        Span region = s.span;
        List<ActorMention> a = new ArrayList<>();
        for (ActorMention m : actors) {
            if (region.contains(m.span())) {
                a.add(m);
            }
        }
        List<Arguments.Place> p = new ArrayList<>();
        for (Arguments.Place x : places) {
            if (region.contains(x.span())) {
                p.add(x);
            }
        }
        List<Arguments.Date> d = new ArrayList<>();
        for (Arguments.Date x : dates) {
            if (region.contains(x.span())) {
                d.add(x);
            }
        }
        List<Arguments.Count> c = new ArrayList<>();
        for (Arguments.Count x : counts) {
            if (x.span() != null && region.contains(x.span())) {
                c.add(x);
            }
        }
        return new SentenceArguments(s, a, p, d, c);
    }
}
