package org.rasid.events;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;
import org.rasid.text.Token;

/**
 * Open-class words the event parts look up one token at a time (data file event_words.tsv):
 * place nouns that join a list, the means of a strike, unit heads before a subject, words of
 * direction, words that look like future verbs. Unlike {@link EventCues} they are not phrase
 * matched: a part asks whether a word is of a kind.
 */
public final class EventWords {
    public static final String FILE = "event_words.tsv";
    static final Set<String> KINDS = Set.of("list_word", "means", "bare_shelling", "aerial_means", "ground_means",
            "unit_head", "direction", "settlement", "border",
            "unknown_cause", "side", "strike_verb", "strike_noun", "syria", "home_stem", "region", "dual_place",
            "dual_noun",
            "not_future", "light_verb", "meeting_verb", "control", "controlled", "territory", "repel", "undergo",
            "syria_nisba", "passive_aux", "elapsed", "day_part", "an_object",
            "generic_attack", "non_party", "own_side", "recall_verb", "back_place", "back_places", "home_seat", "hasten_verb",
            "hasten_preposition", "accusing_verb", "accusation_noun", "accusation_pronoun",
            "holding_noun", "arrival_verb", "clash_noun", "deal_noun", "speaking_occasion", "visit_occasion",
            "holding_verb", "home_side", "rebel_side", "kurdish_side", "isis_side", "turkish_side", "home_air_force", "unarmed_body", "struck_object", "held_area", "speaker_title",
            "member_title", "span_end", "armed_body",
            "carried_out", "captive", "captive_suffix", "source_noun", "news_object", "news_link", "attack_reference",
            "single_attack_reference", "encounter_verb", "unarmed_passage", "passage_link", "passage_from", "passage_bar",
            "reference_determiner", "event_pronoun", "matter_reference", "incident_reference", "incident_charge", "warning_verb", "state_future", "counter", "relative_report",
            "withdrawal_noun", "campaign", "attack_qualifier", "resolution_noun", "draft_noun", "deal_step", "deal_course",
            "fight_course", "addressed_act", "uncounted_harm",
            "hit_qualifier");

    private final Map<String, Set<String>> byKind;

    private EventWords(Map<String, Set<String>> byKind) {
        this.byKind = byKind;
    }

    /** The default lexicon, read once per JVM. */
    public static EventWords standard() {
        return Standard.WORDS;
    }

    public static EventWords load(String file) {
        Map<String, Set<String>> byKind = new HashMap<>();
        for (DataFile.Row row : DataFile.readTsv(file)) {
            String kind = row.get("kind");
            if (!KINDS.contains(kind)) {
                throw row.error("unknown word kind '" + kind + "'");
            }
            byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(ArabicNormalizer.normalizeTerm(row.get("word")));
        }
        for (String kind : byKind.keySet()) {
            byKind.put(kind, Set.copyOf(byKind.get(kind)));
        }
        return new EventWords(byKind);
    }

    /** The normalised words of one kind. */
    public Set<String> of(String kind) {
        return Collections.unmodifiableSet(byKind.getOrDefault(kind, Set.of()));
    }

    /** Whether a normalised word is of a kind. */
    public boolean is(String kind, String word) {
        return byKind.getOrDefault(kind, Set.of()).contains(word);
    }

    /**
     * Whether a reading of the token (proclitics, the article and an attached pronoun off) has a stem of one of the
     * kinds ("يمنعون" → منع, "وبالاتفاق" → اتفاق).
     */
    boolean stemIs(Token token, String... kinds) {
        for (CliticSplitter.Reading r : token.readings(true)) {
            for (String kind : kinds) {
                if (is(kind, r.stem())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an actor id (actors.tsv) is of a kind, by its normal form ("home_side": SYR_GOV, RUS, IRN ...). */
    public boolean actorIs(String kind, String actorId) {
        return is(kind, ArabicNormalizer.normalizeTerm(actorId));
    }

    /** The government and its allies (home_side) fight side by side: two of them set against each other is a misreading. */
    boolean allies(String a, String b) {
        return actorIs("home_side", a) && actorIs("home_side", b);
    }

    /** Whether a normalised word contains one of a kind's words ("السورية" contains "سوري"). */
    public boolean contains(String kind, String word) {
        for (String w : byKind.getOrDefault(kind, Set.of())) {
            if (word.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a normalised text starts with one of a kind's words ("ريف إدلب"). */
    public boolean startsWith(String kind, String text) {
        for (String w : byKind.getOrDefault(kind, Set.of())) {
            if (text.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a normalised word ends with one of a kind's words ("الحدود" ends with "حدود"). */
    public boolean endsWith(String kind, String word) {
        for (String w : byKind.getOrDefault(kind, Set.of())) {
            if (word.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static final class Standard {
        static final EventWords WORDS = load(FILE);
    }
}
