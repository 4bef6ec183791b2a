package org.rasid.episode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rasid.gazetteer.Place;
import org.rasid.model.Event;
import org.rasid.model.Sha256;
import org.rasid.model.Source;

/** One episode while it grows: its events, the places they name, its state timeline. */
final class EpisodeDraft {
    private final String track;
    private EpisodeKind kind;
    private final List<Event> events = new ArrayList<>();
    /** the events whose place anchors the episode: they name it */
    private final List<Event> anchored = new ArrayList<>();
    /** the places of its anchoring events */
    private final List<double[]> points = new ArrayList<>();
    /** where it opened: its first place and those of events that tie it (span_km counts from them) */
    private final List<double[]> origins = new ArrayList<>();
    /** the evidence sentences of its events, as document#start */
    private final Set<String> sentences = new HashSet<>();
    private final List<EpisodeState> states = new ArrayList<>();
    private int rank = Integer.MIN_VALUE;
    private boolean closed;
    private LocalDate first;
    private LocalDate last;

    EpisodeDraft(EpisodeKind kind) {
        this.track = kind.track();
        this.kind = kind;
    }

    boolean closed() {
        return closed;
    }

    LocalDate last() {
        return last;
    }

    /**
     * How far the event lies from the episode's nearest event place, or -1 when it does not
     * reach the episode: farther than the kind's reach, farther than its span from the places
     * where it opened, or later than its gap after the last day.
     */
    double distance(Event e, LocalDate day) {
        if (!inTime(day) || !origins.isEmpty() && nearest(origins, e) > kind.spanKm()) {
            return -1;
        }
        double best = nearest(points, e);
        return best <= kind.reachKm() ? best : -1;
    }

    /**
     * Whether the event's evidence sentence is one of the episode's, within the kind's tie_km of
     * its places: "إخراج قاطني بلدتي كفريا والفوعة" is one deal, told of each town. The event's
     * place then counts as a place where the episode opened.
     */
    boolean ties(Event e, LocalDate day) {
        return kind.tieKm() > 0 && inTime(day) && sentences.contains(sentenceKey(e)) && nearest(points, e) <= kind.tieKm();
    }

    private boolean inTime(LocalDate day) {
        if (closed) {
            return false;
        }
        if (day != null && last != null && ChronoUnit.DAYS.between(last, day) > kind.gapDays()) {
            return false;
        }
        return day == null || first == null || ChronoUnit.DAYS.between(day, first) <= kind.gapDays();
    }

    private static double nearest(List<double[]> places, Event e) {
        double best = Double.MAX_VALUE;
        for (double[] p : places) {
            best = Math.min(best, km(p, e));
        }
        return best;
    }

    private static String sentenceKey(Event e) {
        return e.doc() + "#" + (e.evidence() == null ? "" : e.evidence().start());
    }

    private static double km(double[] p, Event e) {
        return Place.km(p[0], p[1], e.latitude(), e.longitude());
    }

    /**
     * Adds the event; an event that does not anchor (a governorate's or capital's point) adds no
     * place. The first anchoring event, and one that {@link #ties} the episode, add a place where
     * it opened.
     */
    void add(Event e, LocalDate day, EpisodeMove move, boolean anchor) {
        if (anchor && (origins.isEmpty() || ties(e, day))) {
            origins.add(new double[] {e.latitude(), e.longitude()});
        }
        events.add(e);
        if (e.evidence() != null) {
            sentences.add(sentenceKey(e));
        }
        if (anchor) {
            anchored.add(e);
            addPoint(e.latitude(), e.longitude());
        }
        if (day != null) {
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
        if (move.kind().weight() > kind.weight()) {
            kind = move.kind();
        }
        if (rank < move.after()) {
            return; // the story is not there yet: the event belongs to it but moves nothing
        }
        if (move.rank() > rank || move.effect() == EpisodeMove.Effect.CLOSE) {
            rank = Math.max(rank, move.rank());
            var ev = e.evidence();
            states.add(new EpisodeState(move.state(), move.stateAr(), move.kind().id(), e.eventDate(), e.id(), e.doc(),
                    ev == null ? null : ev.sentence(), ev == null ? null : ev.start(), ev == null ? null : ev.end()));
        }
        closed = move.effect() == EpisodeMove.Effect.CLOSE;
    }

    private void addPoint(double lat, double lon) {
        for (double[] p : points) {
            if (p[0] == lat && p[1] == lon) {
                return;
            }
        }
        points.add(new double[] {lat, lon});
    }

    int size() {
        return events.size();
    }

    EpisodeKind kind() {
        return kind;
    }

    Episode finish() {
        Map<String, Integer> placeCount = new LinkedHashMap<>();
        TreeSet<String> outlets = new TreeSet<>();
        TreeSet<String> docs = new TreeSet<>();
        for (Event e : anchored) {
            if (e.locationAr() != null) {
                placeCount.merge(e.locationAr(), 1, Integer::sum);
            }
        }
        for (Event e : events) {
            docs.add(e.doc());
            if (e.sources() != null) {
                for (Source s : e.sources()) {
                    docs.add(s.doc());
                    if (s.outlet() != null) {
                        outlets.add(s.outlet());
                    }
                }
            }
        }
        List<String> places = placeCount.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        Event anchor = anchored.stream().filter(e -> places.isEmpty() || places.get(0).equals(e.locationAr()))
                .min(Comparator.comparing(e -> e.geoPrecision() == null ? 3 : e.geoPrecision())).orElseThrow();
        String id = "ep-" + Sha256.hex(track + "|" + events.get(0).id(), 8);
        EpisodeState now = states.get(states.size() - 1);
        return new Episode(id, kind.id(), kind.labelEn(), kind.labelAr(), track, anchor.locationAr(), anchor.placeId(), anchor.admin1(),
                anchor.latitude(), anchor.longitude(), first == null ? null : first.toString(),
                last == null ? null : last.toString(), now.state(), now.stateAr(), closed, events.size(),
                docs.size(), List.copyOf(outlets), places, List.copyOf(states),
                events.stream().map(Event::id).toList(), List.copyOf(events));
    }
}
