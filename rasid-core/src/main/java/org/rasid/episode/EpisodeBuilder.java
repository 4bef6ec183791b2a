package org.rasid.episode;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasid.model.Event;

/**
 * Groups events into episodes. Each event makes at most one move per track (rules); per
 * track, its events are taken in story order (day, then the state's rank, then document
 * position) and each joins the open episode it reaches (nearest place, then latest day), else
 * one whose sentence it shares (a deal of two towns told in one sentence), or, when its move may
 * open one, starts a new one.
 *
 * <p>An event without coordinates joins nothing; one without a day (or dated to the month
 * only) is placed after the dated ones and joins by place alone; a governorate-level event
 * (geo_precision 3) or one placed at a capital standing for its government joins but never
 * opens an episode nor carries its reach, being too vague to anchor one.
 */
public final class EpisodeBuilder {
    private final EpisodeRules rules;

    public EpisodeBuilder(EpisodeRules rules) {
        this.rules = rules;
    }

    /**
     * A storyline step of one event: the event, its day (null when none), its move and whether
     * its place may anchor an episode (EpisodeRules#anchors).
     */
    private record Step(Event event, LocalDate day, EpisodeMove move, boolean anchor) {
    }

    private static final Comparator<Step> STORY_ORDER = Comparator
            .comparing(Step::day, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(s -> s.move().rank())
            .thenComparing(s -> s.event().doc() == null ? "" : s.event().doc())
            .thenComparingInt(s -> s.event().evidence() == null ? 0 : s.event().evidence().start())
            .thenComparing(s -> s.event().id());

    public List<Episode> build(EventSupply supply) throws IOException {
        Map<String, List<Step>> byTrack = new LinkedHashMap<>();
        supply.forEachEvent(e -> {
            if (e.latitude() == null || e.longitude() == null || e.id() == null) {
                return;
            }
            LocalDate day = day(e.eventDate());
            boolean anchor = rules.anchors(e);
            for (EpisodeMove m : rules.movesOf(e)) {
                byTrack.computeIfAbsent(m.kind().track(), t -> new ArrayList<>()).add(new Step(e, day, m, anchor));
            }
        });
        List<Episode> out = new ArrayList<>();
        for (List<Step> steps : byTrack.values()) {
            steps.sort(STORY_ORDER);
            for (EpisodeDraft d : follow(steps)) {
                if (d.size() >= d.kind().minEvents()) {
                    out.add(d.finish());
                }
            }
        }
        out.sort(Comparator.comparing(Episode::from, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Episode::id));
        return out;
    }

    private static List<EpisodeDraft> follow(List<Step> steps) {
        List<EpisodeDraft> drafts = new ArrayList<>();
        for (Step s : steps) {
            EpisodeDraft best = null;
            double bestKm = Double.MAX_VALUE;
            for (EpisodeDraft d : drafts) {
                double km = d.distance(s.event(), s.day());
                if (km >= 0 && (km < bestKm || km == bestKm && later(d, best))) {
                    best = d;
                    bestKm = km;
                }
            }
            for (int i = 0; best == null && s.anchor() && i < drafts.size(); i++) {
                best = drafts.get(i).ties(s.event(), s.day()) ? drafts.get(i) : null;
            }
            if (best == null) {
                if (s.move().effect() != EpisodeMove.Effect.OPEN || !s.anchor()) {
                    continue;
                }
                best = new EpisodeDraft(s.move().kind());
                drafts.add(best);
            }
            best.add(s.event(), s.day(), s.move(), s.anchor());
        }
        return drafts;
    }

    private static boolean later(EpisodeDraft d, EpisodeDraft than) {
        return than == null || d.last() != null && (than.last() == null || d.last().isAfter(than.last()));
    }

    /** The day of an ISO date; null for none, a month ("2018-04") or a malformed value. */
    static LocalDate day(String date) {
        if (date == null || date.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
