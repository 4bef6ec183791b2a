package org.rasid.gazetteer;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Token;
import org.rasid.text.Word;
import org.rasid.text.WordMemo;

/**
 * The words around a place name that tell what it is and where (gazetteer/cues.tsv): kind
 * words (بلدة، قرية، حي، مخيم، مطار …), directions (شرق، جنوب غرب …), nearness (بالقرب من،
 * محيط), countryside (ريف، بالريف الشرقي), and the words that show a name is not a place at all:
 * organisation heads (هيئة تحرير الشام، جامعة دمشق), given names (أحمد حلب), names that are
 * also common words and count as places only with a cue, and capitals that may stand for their
 * government (seat) with the locative words that make them places (في، إلى، قرب).
 */
final class PlaceCues {
    enum Type {
        KIND, DIRECTION, NEAR, INSIDE, COUNTRYSIDE, RURAL, ADJECTIVE, ORG, GIVEN, COMMON, FUNCTION, NAME_HEAD, NAME_QUALIFIER,
        PLACE_NOUN, BASE_ADJECTIVE,
        SEAT, LOCATIVE, VISIT, AGENCY, LABEL
    }

    /** A cue phrase; value is the place kind for KIND, the compass point for DIRECTION. */
    record Cue(Type type, String value, String phrase) {
    }

    static final String FILE = "gazetteer/cues.tsv";

    private final PhraseMatcher<Cue> phrases = new PhraseMatcher<>(false);
    private final Map<Type, Set<String>> words = new HashMap<>();
    /**
     * Per word list, {@link #is(Type, Token)}'s answer kept in each word: the tokens before every
     * name are asked about several lists, name after name, and the answer depends on the word alone.
     */
    private final Map<Type, WordMemo> memos = new EnumMap<>(Type.class);
    /**
     * What a gazetteer name is by itself, asked for every match of it: whether it is also a common
     * word, whether it is a capital that may stand for its government.
     */
    record Name(boolean common, boolean seat) {
    }

    private static final Name[] NAMES = {
        new Name(false, false), new Name(true, false), new Name(false, true), new Name(true, true)};
    /** Bounds {@link #names}: the unknown names read beside the gazetteer's come and go. */
    private static final int NAME_LIMIT = 1 << 16;
    /** {@link #name}'s answers: the seat test splits the name's clitics, once per name, not per match. */
    private final Map<String, Name> names = new ConcurrentHashMap<>();
    /** LABEL rows: words Rasid writes itself, by role (value). */
    private final Map<String, String> labels = new HashMap<>();
    /** KIND rows: each phrase's kind, to find the singular of a dual cue ("شارعي" of "شارع"). */
    private final Map<String, String> kinds = new HashMap<>();
    /** KIND rows in the dual or plural ("قريتي", "قرى"): the cue heads a list of several places. */
    private final Set<String> several = new HashSet<>();
    /** KIND rows in the dual ("قريتي", "بلدتي"): the cue names two places. */
    private final Set<String> two = new HashSet<>();

    private PlaceCues(List<DataFile.Row> rows) {
        for (DataFile.Row r : rows) {
            Type type;
            try {
                type = Type.valueOf(r.get("type").toUpperCase());
            } catch (IllegalArgumentException e) {
                throw r.error("unknown cue type '" + r.get("type") + "'");
            }
            String phrase = ArabicNormalizer.normalizeTerm(r.get("phrase"));
            switch (type) {
                case ORG, GIVEN, COMMON, FUNCTION, NAME_HEAD, NAME_QUALIFIER, PLACE_NOUN, BASE_ADJECTIVE, SEAT, LOCATIVE,
                     VISIT, AGENCY ->
                        words.computeIfAbsent(type, k -> new HashSet<>()).add(phrase);
                case LABEL -> labels.put(r.get("value"), r.get("phrase"));
                default -> {
                    phrases.add(phrase, new Cue(type, r.getOrNull("value"), phrase));
                    if (type == Type.KIND) {
                        kinds.putIfAbsent(phrase, r.get("value"));
                        String number = r.getOrNull("number");
                        if (number != null && !number.equals("dual") && !number.equals("plural")) {
                            throw r.error("number is dual, plural or empty, not '" + number + "'");
                        }
                        if (number != null) {
                            several.add(phrase);
                        }
                        if ("dual".equals(number)) {
                            two.add(phrase);
                        }
                    }
                }
            }
        }
        for (Type type : words.keySet()) {
            memos.put(type, new WordMemo());
        }
    }

    static PlaceCues load() {
        return new PlaceCues(DataFile.readTsv(FILE));
    }

    /** Cue phrases in the tokens; a cue read only by taking off an article ("الشرقي") is dropped. */
    List<PhraseMatcher.Match<Cue>> find(String normalized, List<Token> tokens) {
        List<PhraseMatcher.Match<Cue>> all = phrases.find(normalized, tokens);
        all.removeIf(m -> !CliticSplitter.hasArticle(m.phrase())
                && normalized.startsWith(CliticSplitter.ARTICLE, m.start())
                && !m.values().get(0).type().equals(Type.RURAL));
        return all;
    }

    /** Whether a word, with its proclitics and article taken off, is one of a list. */
    boolean is(Type type, String word) {
        Set<String> set = words.get(type);
        return set != null && listed(set, CliticSplitter.readings(word, false));
    }

    /** {@link #is(Type, String)} of the token's text, worked out once per distinct word. */
    boolean is(Type type, Token token) {
        WordMemo memo = memos.get(type);
        if (memo == null) {
            return false;
        }
        Word w = token.word();
        Boolean yes = memo.get(w);
        if (yes == null) {
            yes = listed(words.get(type), w.readings(false));
            memo.put(w, yes);
        }
        return yes;
    }

    private static boolean listed(Set<String> set, List<CliticSplitter.Reading> readings) {
        for (CliticSplitter.Reading r : readings) {
            if (set.contains(r.stem()) || (r.hadArticle() && set.contains(r.withArticle()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word as written (normalised) ends a village name as its qualifier: twin villages are
     * told apart by "تحتاني/فوقاني", "الكبير/الصغير" ("ماملي تحتاني وماملي فوقاني").
     */
    boolean nameQualifier(String word) {
        return listed(Type.NAME_QUALIFIER, word);
    }

    /** {@link #common} and the SEAT list's answer for a normalised place name, worked out once per name. */
    Name name(String normalizedName) {
        Name n = names.get(normalizedName);
        if (n == null) {
            n = NAMES[(common(normalizedName) ? 1 : 0) | (is(Type.SEAT, normalizedName) ? 2 : 0)];
            if (names.size() >= NAME_LIMIT) {
                names.clear();
            }
            names.put(normalizedName, n);
        }
        return n;
    }

    /**
     * Whether a token as written, clitics and all, is a given name or a common word of the lists: a
     * whole word the lists know is not a proclitic and a place ("فاطمة" is no ف before Atmeh).
     */
    boolean wholeWord(Token token) {
        return listed(Type.GIVEN, token.text()) || listed(Type.COMMON, token.text());
    }

    /** Whether a normalised place name is also a common word (needs a cue to count as a place). */
    boolean common(String normalizedName) {
        return listed(Type.COMMON, normalizedName);
    }

    /** Whether a word as written is the first word of a two-word village name ("تل", "كفر"). */
    boolean nameHead(String word) {
        return listed(Type.NAME_HEAD, word);
    }

    /** Whether a word as written (normalised) is a place noun that is no part of the name after it ("حي"). */
    boolean placeNoun(String word) {
        return listed(Type.PLACE_NOUN, word);
    }

    /**
     * Whether a word as written (normalised) is an adjective a base's name may end with that is no part of the
     * name as coders write it ("مطار كويرس العسكري": مطار كويرس).
     */
    boolean baseAdjective(String word) {
        return listed(Type.BASE_ADJECTIVE, word);
    }

    private boolean listed(Type type, String word) {
        Set<String> set = words.get(type);
        return set != null && set.contains(word);
    }

    /**
     * The singular of a dual kind cue, or null when the cue is no dual: "شارعي" is "شارع" with the
     * dual's ي (construct state), when both rows give one kind. The ending is closed-class inflection.
     */
    String singularOfDual(Cue kind) {
        String p = kind.phrase();
        if (p.length() < 3 || p.charAt(p.length() - 1) != '\u064A') {
            return null;
        }
        String stem = p.substring(0, p.length() - 1);
        return kind.value().equals(kinds.get(stem)) ? stem : null;
    }

    /** Whether a kind cue is a dual or plural ("قريتي", "قرى"): every name joined after it is one of its places. */
    boolean namesSeveral(Cue kind) {
        return several.contains(kind.phrase());
    }

    /** Whether a kind cue is a dual ("قريتي نبل والزهراء"): it names two places, no third. */
    boolean namesTwo(Cue kind) {
        return two.contains(kind.phrase());
    }

    /** The word Rasid writes for a role (LABEL rows: "countryside" is ريف). */
    String label(String role) {
        String w = labels.get(role);
        if (w == null) {
            throw new IllegalStateException(FILE + ": no label row for " + role);
        }
        return w;
    }
}
