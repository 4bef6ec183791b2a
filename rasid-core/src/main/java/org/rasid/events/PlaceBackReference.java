package org.rasid.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.rasid.lexicon.Particles;
import org.rasid.text.CliticSplitter;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.text.Token;
import org.rasid.text.Word;
import org.rasid.text.WordMemo;

/**
 * Reads the definite place nouns that refer back ("في البلدة", "بالمدينة", "على القرية") as the
 * place named before them: "القبض على عناصر في بلدة بيبلا … أثناء سرقتهم منازل في البلدة" is a
 * looting at Bibla. The noun becomes a mention of the nearest precise home-country place before it
 * in the story (not the story's focus: in a roundup "قصف على البلدة" right after "بلدة عتمان" is
 * عتمان), with the noun's own span as evidence. Not a back-reference: a noun that introduces a name
 * ("البلدة X") or sits inside a place mention; a noun in a genitive ("الجهة الجنوبية للمدينة") or
 * after a direction ("جنوب المدينة", "محيط المدينة"), which locates something else near the place.
 */
final class PlaceBackReference {
    /** How far back (normalised chars) the place referred to may be: a few sentences. */
    static final int REACH = 400;
    /** Relative pronouns (closed class) that may follow a back-reference ("المدينة التي"). */
    private static final Set<String> RELATIVE = Set.of("التي", "الذي", "اللتين", "اللذين");
    /** The preposition ب, the one proclitic a back-reference may carry after و/ف. */
    private static final char BA = 'ب';

    private final EventWords words;
    /** {@link #isBackNoun} per word: a story's every token is asked, and few are such nouns. */
    private final WordMemo backNouns = new WordMemo();
    /** {@link #isPairNoun} per word. */
    private final WordMemo pairNouns = new WordMemo();
    /** {@link #afterDirection} per word: every token's word before it is asked, and few are directions. */
    private final WordMemo directions = new WordMemo();
    /** The answers the memos keep, made once (a lambda per call would be made per token). */
    private final Predicate<Word> backNoun = w -> isBackNoun(w.text(), w.readings(false), BACK_PLACE);
    private final Predicate<Word> pairNoun = w -> isBackNoun(w.text(), w.readings(false), BACK_PLACES);
    private final Predicate<Word> direction = w -> afterDirection(w.text());
    private static final String BACK_PLACE = "back_place";
    private static final String BACK_PLACES = "back_places";
    /** "في البلدتين", "على البلدتين": what leads a dual that names where an act is told (pair_lead). */
    private static final Set<String> PAIR_LEAD = Particles.words("pair_lead");
    /** "بالبلدتين": the locative ب (locative_proclitic) before the article. */
    private static final Set<String> LOCATIVE = Particles.words("locative_proclitic");

    PlaceBackReference(EventWords words) {
        this.words = words;
    }

    /** The places of a story with its back-references added, in text order. */
    List<Arguments.Place> add(NormalizedText doc, Span story, List<Arguments.Place> places) {
        int from = doc.fromOriginal(story.start());
        int to = Math.min(doc.length(), doc.fromOriginal(story.end()));
        List<Arguments.Place> out = new ArrayList<>(places);
        List<Token> tokens = doc.tokens(from, to);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean near = i > 0 && afterDirection(tokens.get(i - 1));
            // "البلدتين الواقعتين", "القريتين الشيعيتين": an adjective after a dual still means the pair
            if (isPairNoun(t)) {
                if (near || locative(t.text()) || i > 0 && PAIR_LEAD.contains(tokens.get(i - 1).text())) {
                    out.addAll(DualBackReference.pair(doc, places, doc.toOriginal(t.start(), t.end()), near, REACH));
                }
                continue; // "دخول البلدتين", "من البلدتين": the pair is no place an act is told at
            }
            if (!isBackNoun(t) || near || i + 1 < tokens.size() && qualified(tokens.get(i + 1).text())) {
                continue;
            }
            Span span = doc.toOriginal(t.start(), t.end());
            if (touchesPlace(places, span)) {
                continue;
            }
            Arguments.Place referent = referent(doc, places, span);
            if (referent != null) {
                out.add(new Arguments.Place(span, referent.locationAr(), referent.placeId(), referent.admin1(),
                        referent.admin2(), referent.latitude(), referent.longitude(), referent.geoPrecision(),
                        referent.confidence()));
            }
        }
        out.sort(Comparator.comparingInt(p -> p.span().start()));
        return out;
    }

    /** Whether a word carries the locative ب before its article ("بالبلدتين", "وبالحيين"). */
    private static boolean locative(String word) {
        for (String p : LOCATIVE) {
            if (word.startsWith(p + CliticSplitter.ARTICLE)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #afterDirection(String)} for a token, remembered per word. */
    private boolean afterDirection(Token before) {
        return directions.test(before.word(), direction);
    }

    /** "جنوب المدينة", "ومحيط المدينة": the noun locates something near the place. */
    private boolean afterDirection(String before) {
        return words.is("direction", before)
                || before.length() > 1 && before.charAt(0) == 'و' && words.is("direction", before.substring(1));
    }

    /** "المدينة القديمة", "البلدة الجديدة": a definite adjective makes a quarter, not the place; "التي" does not. */
    private static boolean qualified(String next) {
        return CliticSplitter.hasArticle(next) && !RELATIVE.contains(next);
    }

    /** "البلدة", "بالمدينة", "وبالقرية": a back-reference noun with the article and only و/ف/ب before it. */
    boolean isBackNoun(String word) {
        return isBackNoun(word, CliticSplitter.readings(word, false), BACK_PLACE);
    }

    /** "البلدتين", "بالحاجزين": a dual that refers back to the pair of places just named (back_places). */
    private boolean isPairNoun(Token t) {
        return pairNouns.test(t.word(), pairNoun);
    }

    /** {@link #isBackNoun(String, List, String)} for a token, remembered per word. */
    private boolean isBackNoun(Token t) {
        return backNouns.test(t.word(), backNoun);
    }

    private boolean isBackNoun(String word, List<CliticSplitter.Reading> readings, String kind) {
        for (CliticSplitter.Reading r : readings) {
            if (r.hadArticle() && conjunctionThenBa(word, r.prefixLength()) && words.is(kind, r.withArticle())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word's first {@code n} chars are و or ف, then ب, each optional ("وب", "ف", "ب", ""). */
    private static boolean conjunctionThenBa(String word, int n) {
        return switch (n) {
            case 0 -> true;
            case 1 -> CliticSplitter.CONJUNCTIONS.indexOf(word.charAt(0)) >= 0 || word.charAt(0) == BA;
            case 2 -> CliticSplitter.CONJUNCTIONS.indexOf(word.charAt(0)) >= 0 && word.charAt(1) == BA;
            default -> false;
        };
    }

    /**
     * A place mention overlapping the noun, starting right after it ("المدينة X") or ending right
     * before it ("درعا المدينة", the city as opposed to the governorate).
     */
    private static boolean touchesPlace(List<Arguments.Place> places, Span noun) {
        for (Arguments.Place p : places) {
            if (p.span().overlaps(noun) || p.span().start() >= noun.end() && p.span().start() - noun.end() <= 1
                    || p.span().end() <= noun.start() && noun.start() - p.span().end() <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest home-country place before the noun, within {@link #REACH}, that is a settlement:
     * named ("بلدة عتمان") or located by a relative phrase ("محيط بلدة عتمان"), not a region ("ريف
     * درعا"), a governorate or a country; or null.
     */
    private Arguments.Place referent(NormalizedText doc, List<Arguments.Place> places, Span noun) {
        Arguments.Place best = null;
        int at = doc.fromOriginal(noun.start());
        for (Arguments.Place p : places) {
            boolean precise = p.geoPrecision() == 1 || p.placeId() == null
                    // a town near which (admin2 known), not a region or "جنوب سوريا"
                    || p.geoPrecision() == 2 && p.admin2() != null && !words.startsWith("region", p.locationAr());
            if (p.span().end() <= noun.start() && precise && p.admin1() != null && p.admin1().startsWith("SY-")
                    && at - doc.fromOriginal(p.span().end()) <= REACH
                    && (best == null || p.span().start() > best.span().start())) {
                best = p;
            }
        }
        return best;
    }
}
