package org.rasid.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rasid.actors.ActorMention;
import org.rasid.segment.Story;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;

/**
 * The mention extractors the event extractor reads (places, actors, dates, casualties), seen
 * through small records of their own so that events depend on what they need, not on how each
 * extractor is built. {@link MentionArguments} adapts Rasid's recognizers.
 */
public interface Arguments {
    /** A place: as DESIGN.md's location fields. */
    record Place(Span span, String locationAr, String placeId, String admin1, String admin2, Double latitude,
                 Double longitude, int geoPrecision, double confidence) {
    }

    /** A date: ISO date (yyyy-MM-dd, yyyy-MM or yyyy) or null, precision 1 day, 2 week, 3 month. */
    record Date(Span span, String text, String date, int precision) {
    }

    /** A toll: role killed, injured, arrested or displaced; count by ACLED's conventions. */
    record Count(Span span, String role, Integer count, String text, String who, Span countSpan) {
    }

    List<ActorMention> actors(NormalizedText doc, Span region);

    List<Place> places(NormalizedText doc, Story story, Span region);

    /** A place named outside the running text (a "حلب::" section header, a dateline). */
    Optional<Place> placeNamed(String name);

    List<Date> dates(NormalizedText doc, Span region, LocalDate anchor);

    List<Count> counts(NormalizedText doc, Span region);

    /** ACLED inter code of an actor id (1 state … 8 external), 0 if unknown. */
    int inter(String actorId);

    /** Whether an actor bears no arms (actors.tsv kind; Actor.isUnarmed): never the side that strikes. */
    default boolean unarmed(String actorId) {
        return false;
    }

    /** Whether an actor is civilians (actors.tsv kind; Actor.isCivilian): a witness, never a party that accuses. */
    default boolean civilian(String actorId) {
        return false;
    }
}
