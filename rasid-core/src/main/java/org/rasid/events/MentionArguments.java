package org.rasid.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rasid.actors.Actor;
import org.rasid.actors.ActorMention;
import org.rasid.actors.ActorRecognizer;
import org.rasid.actors.ActorRegistry;
import org.rasid.gazetteer.Gazetteer;
import org.rasid.gazetteer.PlaceMention;
import org.rasid.gazetteer.ToponymResolver;
import org.rasid.quantity.CasualtyCounter;
import org.rasid.quantity.CasualtyMention;
import org.rasid.segment.Story;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.time.DateMention;
import org.rasid.time.DateResolver;

/** The event extractor's arguments from Rasid's own recognizers (gazetteer, actors, dates, tolls). */
public final class MentionArguments implements Arguments {
    private final Gazetteer gazetteer;
    private final ToponymResolver places;
    private final ActorRegistry registry;
    private final ActorRecognizer actors;
    private final DateResolver dates;
    private final CasualtyCounter counts;

    public MentionArguments(Gazetteer gazetteer, ActorRegistry registry) {
        this.gazetteer = gazetteer;
        this.places = new ToponymResolver(gazetteer);
        this.registry = registry;
        this.actors = new ActorRecognizer(registry);
        this.dates = new DateResolver();
        this.counts = new CasualtyCounter(actors);
    }

    public static MentionArguments withDefaults() {
        return new MentionArguments(Gazetteer.load(), ActorRegistry.load());
    }

    /** The last actor look-up of this thread: the casualty counter needs the story's actors again. */
    private record Recognized(NormalizedText doc, Span region, List<ActorMention> mentions) {
    }

    private final ThreadLocal<Recognized> lastActors = new ThreadLocal<>();

    @Override
    public List<ActorMention> actors(NormalizedText doc, Span region) {
        Recognized last = lastActors.get();
        if (last != null && last.doc() == doc && last.region().equals(region)) {
            return last.mentions();
        }
        List<ActorMention> found = actors.find(doc, region);
        lastActors.set(new Recognized(doc, region, found));
        return found;
    }

    @Override
    public List<Arguments.Place> places(NormalizedText doc, Story story, Span region) {
        List<Arguments.Place> out = new ArrayList<>();
        for (PlaceMention p : places.resolve(doc, story, region)) {
            out.add(new Arguments.Place(p.span(), p.locationAr(), p.place() == null ? null : p.place().id(),
                    p.admin1(), p.admin2(), p.latitude(), p.longitude(), p.geoPrecision(), p.confidence()));
        }
        return out;
    }

    @Override
    public Optional<Arguments.Place> placeNamed(String name) {
        List<org.rasid.gazetteer.Place> found = gazetteer.byName(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        org.rasid.gazetteer.Place best = found.get(0);
        for (org.rasid.gazetteer.Place p : found) {
            if ("governorate".equals(p.kind()) && p.admin1() != null && p.admin1().startsWith("SY-")) {
                // a "حلب::" header names the governorate
                best = p;
                break;
            }
        }
        return Optional.of(new Arguments.Place(new Span(0, 0), ArabicNormalizer.normalizeTerm(name), best.id(),
                best.admin1(), best.admin2(), best.latitude(), best.longitude(), Math.max(2, best.precision()), 0.6));
    }

    @Override
    public List<Arguments.Date> dates(NormalizedText doc, Span region, LocalDate anchor) {
        List<Arguments.Date> out = new ArrayList<>();
        for (DateMention d : dates.find(doc, region, anchor)) {
            out.add(new Arguments.Date(d.span(), d.text(), d.date(), d.precision()));
        }
        return out;
    }

    @Override
    public List<Arguments.Count> counts(NormalizedText doc, Span region) {
        List<Arguments.Count> out = new ArrayList<>();
        for (CasualtyMention c : counts.find(doc, region, actors(doc, region))) {
            out.add(new Arguments.Count(c.span(), c.role(), c.count(), c.text(), c.who(), c.countSpan()));
        }
        return out;
    }

    @Override
    public int inter(String actorId) {
        return registry.byId(actorId).map(Actor::inter).orElse(0);
    }

    @Override
    public boolean unarmed(String actorId) {
        return registry.byId(actorId).map(Actor::isUnarmed).orElse(false);
    }

    @Override
    public boolean civilian(String actorId) {
        return registry.byId(actorId).map(Actor::isCivilian).orElse(false);
    }
}
