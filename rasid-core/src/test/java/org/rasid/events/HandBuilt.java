package org.rasid.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasid.actors.ActorMention;
import org.rasid.segment.Story;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/**
 * Inputs of the event parts built by hand from one Arabic sentence: the sentence with its cues,
 * its triggers from the real lexicon, and actor, place, date and toll mentions placed on the
 * words given, without the recognizers of the pipeline.
 */
final class HandBuilt {
    static final TriggerLexicon LEXICON = TriggerLexicon.load();
    static final EventCues CUES = EventCues.load();
    static final EventWords WORDS = EventWords.standard();
    /** ACLED inter codes of the actors the tests name. */
    static final Map<String, Integer> INTER = Map.of("SYR_GOV", 1, "RUS", 8, "OPPOSITION", 2, "HTS", 2, "SDF", 2,
            "ISIS", 2, "CIVILIANS", 7, "COALITION", 8, "FSA", 2);
    /** Actors of the tests that bear no arms (actors.tsv kinds international_body, civilians, outlet). */
    static final Set<String> UNARMED = Set.of("UN", "OPCW", "WHITE_HELMETS", "CIVILIANS");

    final String text;
    final Sentence sentence;
    final List<TriggerMention> triggers;
    final List<ActorMention> actors = new ArrayList<>();
    final List<Arguments.Place> places = new ArrayList<>();
    final List<Arguments.Date> dates = new ArrayList<>();
    final List<Arguments.Count> counts = new ArrayList<>();

    HandBuilt(String text) {
        this.text = text;
        NormalizedText doc = ArabicNormalizer.normalize(text);
        this.sentence = new Sentence(doc, new Span(0, text.length()), CUES);
        this.triggers = new TriggerMatcher(LEXICON).find(sentence);
    }

    /** The span of the {@code nth} occurrence (0-based) of words in the text. */
    Span span(String words, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(words, at + 1);
            if (at < 0) {
                throw new AssertionError("'" + words + "' not in " + text);
            }
        }
        return new Span(at, at + words.length());
    }

    Span span(String words) {
        return span(words, 0);
    }

    HandBuilt actor(String words, String id) {
        actors.add(new ActorMention(span(words), id, words, false));
        actors.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return this;
    }

    HandBuilt outlet(String words, String id) {
        actors.add(new ActorMention(span(words), id, words, true));
        return this;
    }

    /** A village (precision 1) of a governorate. */
    HandBuilt village(String words, String id, String admin1) {
        places.add(place(span(words), ArabicNormalizer.normalizeTerm(words), id, admin1, 1));
        places.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return this;
    }

    HandBuilt area(String words, String id, String admin1) {
        places.add(place(span(words), ArabicNormalizer.normalizeTerm(words), id, admin1, 3));
        places.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return this;
    }

    static Arguments.Place place(Span span, String name, String id, String admin1, int precision) {
        return new Arguments.Place(span, name, id, admin1, null, 33.0, 36.0, precision, 1.0);
    }

    HandBuilt date(String words, String iso, int precision) {
        dates.add(new Arguments.Date(span(words), words, iso, precision));
        return this;
    }

    HandBuilt count(String words, String role, int n, String who) {
        Span s = span(words);
        counts.add(new Arguments.Count(s, role, n, words, who, s));
        return this;
    }

    SentenceArguments arguments() {
        return new SentenceArguments(sentence, actors, places, dates, counts);
    }

    /** The first trigger whose words contain {@code word}. */
    TriggerMention trigger(String word) {
        for (TriggerMention t : triggers) {
            if (t.span().of(text).contains(word)) {
                return t;
            }
        }
        throw new AssertionError("no trigger '" + word + "' in " + text + ": " + triggers);
    }

    /** The trigger as an occurred candidate with the class its lexicon row gives. */
    Candidate candidate(String word) {
        return candidate(word, Modality.OCCURRED);
    }

    Candidate candidate(String word, Modality m) {
        TriggerMention t = trigger(word);
        Trigger tr = t.trigger();
        return new Candidate(t, m, tr.acledType(), tr.acledSubType(), tr.cameo(), tr.quadClass());
    }

    List<RoledActor> roles() {
        return new ActorRoleTagger(WORDS).tag(sentence, actors, counts);
    }

    /** The sides ActorAssigner gives the candidate of {@code trigger}, with the counts its clause owns. */
    ActorAssignment assign(String trigger) {
        Candidate c = candidate(trigger);
        List<Arguments.Count> own = TollAssigner.countsOf(sentence, c.t(), List.of(c), counts);
        return new ActorAssigner(args(), WORDS).assign(sentence, c, roles(), own);
    }

    /** The story this sentence alone makes, published on {@code published}. */
    Story story(String published) {
        return new Story("t", 0, new Span(0, text.length()), null, null, null, null, published, List.of(),
                List.of(new Span(0, text.length())), -1);
    }

    /** Mention extractors that answer with the hand-built mentions. */
    Arguments args() {
        HandBuilt self = this;
        return new Arguments() {
            @Override
            public List<ActorMention> actors(NormalizedText doc, Span region) {
                return self.actors;
            }

            @Override
            public List<Place> places(NormalizedText doc, Story story, Span region) {
                List<Place> out = new ArrayList<>();
                for (Place p : self.places) {
                    if (region.contains(p.span())) {
                        out.add(p);
                    }
                }
                return out;
            }

            @Override
            public Optional<Place> placeNamed(String name) {
                return self.places.stream().filter(p -> p.locationAr().equals(ArabicNormalizer.normalizeTerm(name)))
                        .findFirst();
            }

            @Override
            public List<Date> dates(NormalizedText doc, Span region, LocalDate anchor) {
                return self.dates;
            }

            @Override
            public List<Count> counts(NormalizedText doc, Span region) {
                return self.counts;
            }

            @Override
            public int inter(String actorId) {
                return INTER.getOrDefault(actorId, 0);
            }

            @Override
            public boolean unarmed(String actorId) {
                return UNARMED.contains(actorId);
            }
        };
    }
}
