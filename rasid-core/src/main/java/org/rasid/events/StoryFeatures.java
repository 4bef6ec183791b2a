package org.rasid.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rasid.model.Event;
import org.rasid.text.Span;

/**
 * The confidence facts only the whole story tells, added once its sentences are all coded: how
 * crowded the event's sentence, paragraph and story are with events, the share of the story's
 * sentences that gave one, whether the event is at the place the story tells most, and whether the
 * story tells the same kind of incident at the same governorate in another sentence. A battle
 * report gives events in most sentences and retells its incident; an analysis or a profile names
 * an act in passing, once, far from the places it is about. Names as in confidence.tsv.
 */
final class StoryFeatures {
    private StoryFeatures() {
    }

    /**
     * The story facts of each event, in the order of {@code events}; {@code sentenceOf} gives the
     * index in {@code sentences} of each event's sentence, {@code paragraphs} the story's paragraphs.
     */
    static List<Map<String, Double>> of(List<Event> events, List<Integer> sentenceOf, List<Span> sentences,
                                        List<Span> paragraphs) {
        Map<Integer, Integer> bySentence = new HashMap<>();
        Map<Integer, Integer> byParagraph = new HashMap<>();
        Map<String, Integer> byPlace = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            bySentence.merge(sentenceOf.get(i), 1, Integer::sum);
            byParagraph.merge(paragraph(sentences.get(sentenceOf.get(i)), paragraphs), 1, Integer::sum);
            if (events.get(i).locationAr() != null) {
                byPlace.merge(events.get(i).locationAr(), 1, Integer::sum);
            }
        }
        String main = mostTold(byPlace);
        double share = sentences.isEmpty() ? 0 : bySentence.size() / (double) sentences.size();
        List<Map<String, Double>> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("sentence_events", Math.min(bySentence.get(sentenceOf.get(i)) - 1, 3) / 3.0);
            f.put("paragraph_events", Math.min(byParagraph.get(paragraph(sentences.get(sentenceOf.get(i)),
                    paragraphs)) - 1, 4) / 4.0);
            f.put("story_events", Math.min(events.size() - 1, 9) / 9.0);
            f.put("story_event_share", share);
            if (main != null && main.equals(e.locationAr())) {
                f.put("main_place", 1.0);
            }
            if (retold(events, sentenceOf, i)) {
                f.put("incident_retold", 1.0);
            }
            out.add(f);
        }
        return out;
    }

    /** The place most events of the story are at; of two as often told, the first. */
    private static String mostTold(Map<String, Integer> byPlace) {
        String main = null;
        int most = 0;
        for (Map.Entry<String, Integer> p : byPlace.entrySet()) {
            if (p.getValue() > most) {
                main = p.getKey();
                most = p.getValue();
            }
        }
        return main;
    }

    /** The index of the paragraph the sentence starts in, -1 when none holds it. */
    private static int paragraph(Span sentence, List<Span> paragraphs) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (paragraphs.get(p).start() <= sentence.start() && sentence.start() < paragraphs.get(p).end()) {
                return p;
            }
        }
        return -1;
    }

    /** True when another sentence of the story gives an event of the same kind in the same governorate. */
    private static boolean retold(List<Event> events, List<Integer> sentenceOf, int i) {
        Event e = events.get(i);
        for (int j = 0; j < events.size(); j++) {
            Event o = events.get(j);
            if (!sentenceOf.get(j).equals(sentenceOf.get(i)) && kind(o).equals(kind(e))
                    && Objects.equals(o.admin1(), e.admin1())) {
                return true;
            }
        }
        return false;
    }

    /** The kind of incident: the ACLED sub-type of an act, the CAMEO root of a statement. */
    private static String kind(Event e) {
        if (e.acledSubType() != null) {
            return e.acledSubType();
        }
        String cameo = e.cameo() == null ? "" : e.cameo();
        return "cameo " + cameo.substring(0, Math.min(2, cameo.length()));
    }
}
