package org.rasid.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.rasid.model.Event;

/**
 * The fates of one story's speech verbs and verbal triggers, told to a witness
 * ({@link StatementFate}). The extractor reports the candidates a stage drops; a verbal trigger
 * that never became a candidate is explained here by asking the selection's own rules in the
 * order {@link TriggerSelector#select} applies them, so the reason is the rule that decided.
 * Without a witness every method returns at once.
 */
final class StatementFates {
    /** The mark of a reason that belongs to the modality stage, not the selection's. */
    private static final String MODAL = "modality:";
    private final Consumer<StatementFate> witness;
    private final String doc;
    private final int story;
    /** Candidates that gave events, with those events' ids: kept or grouped away, known at the story's end. */
    private final Map<TriggerMention, Pending> pending = new LinkedHashMap<>();

    private record Pending(Sentence s, String cameo, Set<String> ids) {
    }

    StatementFates(Consumer<StatementFate> witness, String doc, int story) {
        this.witness = witness;
        this.doc = doc;
        this.story = story;
    }

    /** No witness: nothing is recorded. */
    static StatementFates none() {
        return new StatementFates(null, null, 0);
    }

    boolean active() {
        return witness != null;
    }

    /** A verbal trigger (or a speech verb) dropped at a stage, by a rule. */
    void drop(Sentence s, TriggerMention t, String cameo, String stage, String reason) {
        if (witness != null) {
            witness.accept(new StatementFate(doc, story, t.span().start(), t.phrase(), cameo,
                    SpeechStatement.isSpeech(t), stage, reason, s.span.of(s.doc.original())));
        }
    }

    /** The speech verbs SpeechStatement silences in sentence s. */
    SpeechStatement.Silenced silenced(Sentence s) {
        return (v, stage, reason) -> drop(s, v, v.trigger().cameo(), stage, reason);
    }

    /**
     * The verbal triggers of a sentence, speech verbs aside, that the selection did not make
     * candidates, with the rule that kept each out.
     */
    void unselected(SentenceArguments a, List<TriggerMention> found, List<Candidate> chosen,
                    ModalityClassifier modality) {
        if (witness == null) {
            return;
        }
        Sentence s = a.sentence();
        Set<TriggerMention> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<TriggerMention> folded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate c : chosen) {
            kept.add(c.t());
            folded.addAll(c.siblings());
        }
        List<TriggerMention> acts = SpeechStatement.acts(found);
        List<TriggerMention> required = new ArrayList<>();
        for (TriggerMention t : acts) {
            if (requiredWords(s, t) && !TriggerSelector.insideName(t, a.actors(), a.places())) {
                required.add(t);
            }
        }
        for (TriggerMention t : acts) {
            if (t.trigger().isVerbal() && !kept.contains(t)) {
                String reason = why(s, a, t, required, folded, modality);
                boolean modal = reason.startsWith(MODAL);
                drop(s, t, t.trigger().cameo(), modal ? StatementFate.MODALITY : StatementFate.SELECTION,
                        modal ? reason.substring(MODAL.length()) : reason);
            }
        }
    }

    private static boolean requiredWords(Sentence s, TriggerMention t) {
        return TriggerSelector.satisfiesAfter(s, t)
                && (!t.trigger().isVerbal() || TriggerSelector.satisfiesBefore(s, t));
    }

    /** The rule of TriggerSelector.select that kept t out, in its order. */
    private static String why(Sentence s, SentenceArguments a, TriggerMention t, List<TriggerMention> required,
                              Set<TriggerMention> folded, ModalityClassifier modality) {
        if (TriggerSelector.insideName(t, a.actors(), a.places())) {
            return "inside-name";
        }
        if (!requiredWords(s, t)) {
            return "required-word";
        }
        if (folded.contains(t)) {
            return "collapsed";
        }
        Modality m = modality.classify(s, t, required);
        if (t.trigger().needs().contains("said")) {
            if (!SpeechContent.said(s, t, required)) {
                return "not-said";
            }
            return "said-" + m.name().toLowerCase(Locale.ROOT);
        }
        if (m != Modality.OCCURRED && m != Modality.BACKGROUND) {
            return MODAL + m.name().toLowerCase(Locale.ROOT);
        }
        return t.trigger().needs().contains("future") ? "needs-future" : "other";
    }

    /** A verbal candidate that gave events; whether the story keeps them is known at its end. */
    void coded(Sentence s, Candidate c, List<Event> events) {
        if (witness == null || events.isEmpty()) {
            return;
        }
        Pending p = pending.computeIfAbsent(c.t(), k -> new Pending(s, c.cameo(), new HashSet<>()));
        for (Event e : events) {
            p.ids().add(e.id());
        }
    }

    /**
     * The story's events after grouping: each pending candidate is coded, was dropped as a statement
     * dated a week back (RecalledStatement, ids in {@code recalled}), or was folded into another statement.
     */
    void kept(List<Event> events, Set<String> recalled) {
        kept(events, recalled, Set.of());
    }

    /** The same, where {@code elsewhere} holds the ids dropped as statements about another matter (OtherMatter). */
    void kept(List<Event> events, Set<String> recalled, Set<String> elsewhere) {
        if (witness == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (Event e : events) {
            ids.add(e.id());
        }
        for (Map.Entry<TriggerMention, Pending> en : pending.entrySet()) {
            Pending p = en.getValue();
            if (p.ids().stream().anyMatch(ids::contains)) {
                drop(p.s(), en.getKey(), p.cameo(), StatementFate.CODED, "-");
            } else if (p.ids().stream().anyMatch(recalled::contains)) {
                drop(p.s(), en.getKey(), p.cameo(), StatementFate.GATE, "recalled-date");
            } else if (p.ids().stream().anyMatch(elsewhere::contains)) {
                drop(p.s(), en.getKey(), p.cameo(), StatementFate.GATE, "other-matter");
            } else {
                drop(p.s(), en.getKey(), p.cameo(), StatementFate.GROUPING, "weaker-or-repeated");
            }
        }
    }
}
