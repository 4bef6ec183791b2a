package org.rasid.actors;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.CliticSplitter;

/**
 * The surname alone of a person the article first named in full: news names a speaker once in
 * full ("نيكي هيلي") and then by the last name ("دعت هيلي"), which takes the same actor. Surnames
 * are the last words of the registry's multi-word person names; a surname that is itself a name
 * of an actor, a word with the article (the ordinal of "عبدالله الثاني") or a
 * last word shared by persons of two actors is left out, so a bare word is never guessed.
 *
 * <p>Immutable after construction.
 */
final class Surnames {
    /** A surname and the full name (normalised) it shortens. */
    record Full(String actorId, String fullName, Boolean woman) {
    }

    private static final int MIN_LETTERS = 3;

    private final Map<String, Full> bySurname;

    Surnames(ActorRegistry registry) {
        Set<String> names = new HashSet<>();
        for (Actor a : registry.all()) {
            for (String alias : a.aliases()) {
                names.add(ArabicNormalizer.normalizeTerm(alias));
            }
        }
        Map<String, Full> found = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Actor a : registry.all()) {
            for (String alias : a.aliases()) {
                Boolean woman = registry.person(a.id(), alias);
                String full = ArabicNormalizer.normalizeTerm(alias);
                int space = full.lastIndexOf(' ');
                if (woman == null || space < 0) {
                    continue;
                }
                String last = full.substring(space + 1);
                if (last.length() < MIN_LETTERS || CliticSplitter.hasArticle(last) || names.contains(last)) {
                    continue;
                }
                Full prev = found.putIfAbsent(last, new Full(a.id(), full, woman));
                if (prev != null && !prev.actorId().equals(a.id())) {
                    shared.add(last);
                }
            }
        }
        shared.forEach(found::remove);
        this.bySurname = Map.copyOf(found);
    }

    /** The surnames, for the name matcher. */
    Set<String> all() {
        return bySurname.keySet();
    }

    /** The person a normalised surname shortens, or null. */
    Full of(String surname) {
        return bySurname.get(surname);
    }
}
