package org.rasid.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;

/**
 * The actors Rasid knows: actors.tsv (participants), outlets.tsv (sources cited), and the small
 * lexicons the recognizer needs around them (actor-anaphora.tsv, actor-heads.tsv). All data
 * files; an analyst extends them without touching code.
 */
public final class ActorRegistry {
    /** The uses of actor-heads.tsv (docs/data-formats.md). */
    static final List<String> HEAD_USES = List.of("title", "group", "person", "feminine", "masculine", "opposed", "loyal",
            "patron_pronoun");
    static final Set<String> KINDS = Set.of("state_forces", "rebel_group", "political_militia",
            "identity_militia", "external_force", "civilians", "protesters", "international_body", "unknown", "outlet");

    /**
     * A word naming an actor only through an earlier mention (see actor-anaphora.tsv); a dual
     * ("الطرفين") names the two nearest distinct ones.
     */
    record Anaphor(String phrase, boolean possessive, boolean dual, List<String> antecedents) {
    }

    private static volatile ActorRegistry shared;
    private final Map<String, Actor> byId;
    private final Map<String, String> parent;
    private final Map<String, String> successor;
    /** The day each dated successor took over (جبهة النصرة became HTS on 2017-01-28). */
    private final Map<String, LocalDate> successorFrom;
    private final Map<String, List<String>> nisba;
    /** Person names per actor id; the value is true for a woman ("~" in the data file). */
    private final Map<String, Map<String, Boolean>> people;
    private final List<Anaphor> anaphors;
    /** actor-heads.tsv: normalised words by use (title, group, person, feminine, masculine). */
    private final Map<String, Set<String>> headWords;
    /** Aliases that are also common words, per actor id ("?" in the data file). */
    private final Map<String, Set<String>> guarded;

    private ActorRegistry(Map<String, Actor> byId, Map<String, String> parent, Map<String, String> successor,
            Map<String, LocalDate> successorFrom,
                          Map<String, List<String>> nisba, Map<String, Map<String, Boolean>> people,
                          List<Anaphor> anaphors, Map<String, Set<String>> headWords,
                          Map<String, Set<String>> guarded) {
        this.byId = byId;
        this.parent = parent;
        this.successor = successor;
        this.successorFrom = successorFrom;
        this.nisba = nisba;
        this.people = people;
        this.anaphors = anaphors;
        this.headWords = headWords;
        this.guarded = guarded;
    }

    /**
     * The registry of the data folder (-Drasid.data) or of the jar, read once and shared: it is
     * not changed after reading, and each of its callers (the recogniser, the counts, the event
     * rules, the store's sources) read the same files anew before.
     */
    public static ActorRegistry load() {
        ActorRegistry r = shared;
        if (r == null) {
            synchronized (ActorRegistry.class) {
                r = shared;
                if (r == null) {
                    r = read();
                    shared = r;
                }
            }
        }
        return r;
    }

    /** The registry read from the data files now (a bad row fails with its file and line). */
    static ActorRegistry read() {
        Map<String, Actor> byId = new LinkedHashMap<>();
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, String> successor = new LinkedHashMap<>();
        Map<String, LocalDate> from = new LinkedHashMap<>();
        Map<String, List<String>> nisba = new LinkedHashMap<>();
        Map<String, Map<String, Boolean>> people = new LinkedHashMap<>();
        Map<String, Set<String>> guarded = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.readTsv("actors.tsv")) {
            String id = row.get("id");
            String kind = row.get("kind");
            if (id.isEmpty() || !KINDS.contains(kind) || kind.equals("outlet")) {
                throw row.error("bad id or kind '" + kind + "'");
            }
            int inter;
            try {
                inter = Integer.parseInt(row.get("inter"));
            } catch (NumberFormatException e) {
                throw row.error("inter must be an ACLED code 1..8, got '" + row.get("inter") + "'");
            }
            if (inter < 1 || inter > 8) {
                throw row.error("inter must be an ACLED code 1..8, got " + inter);
            }
            List<String> written = row.list("nisba");
            List<String> adjectives = new ArrayList<>(written);
            Set<String> listed = new java.util.HashSet<>();
            adjectives.forEach(a -> listed.add(ArabicNormalizer.normalizeTerm(a)));
            for (String adjective : written) {
                for (String dual : NisbaDual.of(adjective)) {
                    if (listed.add(dual)) {
                        adjectives.add(dual); // "صاروخان إسرائيليان": the same actor as "صاروخ إسرائيلي"
                    }
                }
            }
            List<String> aliases = new ArrayList<>();
            Set<String> common = new java.util.HashSet<>();
            for (String alias : row.list("aliases")) {
                if (alias.startsWith("?")) {
                    alias = alias.substring(1).trim();
                    common.add(alias);
                }
                aliases.add(alias);
            }
            guarded.put(id, common);
            aliases.addAll(adjectives);
            Map<String, Boolean> persons = new LinkedHashMap<>();
            for (String person : row.list("people")) {
                boolean woman = person.startsWith("~");
                String name = woman ? person.substring(1).trim() : person;
                persons.put(name, woman);
                aliases.add(name);
            }
            people.put(id, persons);
            put(byId, row, new Actor(id, row.get("name_en"), kind, inter, row.get("cameo"), aliases));
            if (row.getOrNull("parent") != null) {
                parent.put(id, row.get("parent"));
            }
            if (row.getOrNull("successor") != null) {
                String[] next = row.get("successor").split("@", 2);
                successor.put(id, next[0]);
                if (next.length == 2) {
                    try {
                        from.put(id, LocalDate.parse(next[1]));
                    } catch (DateTimeParseException e) {
                        throw row.error("successor date must be YYYY-MM-DD, got '" + next[1] + "'");
                    }
                }
            }
            nisba.put(id, adjectives);
        }
        for (DataFile.Row row : DataFile.readTsv("outlets.tsv")) {
            put(byId, row, new Actor(row.get("id"), row.get("name_en"), "outlet", 0, row.get("country") + "MED",
                    row.list("aliases")));
        }
        for (Map.Entry<String, String> e : parent.entrySet()) {
            if (!byId.containsKey(e.getValue()) || parent.containsKey(e.getValue())) {
                throw new IllegalArgumentException("actors.tsv: parent of " + e.getKey() + " must be a top-level actor: " + e.getValue());
            }
        }
        for (Map.Entry<String, String> e : successor.entrySet()) {
            if (!byId.containsKey(e.getValue())) {
                throw new IllegalArgumentException("actors.tsv: unknown successor of " + e.getKey() + ": " + e.getValue());
            }
        }
        List<Anaphor> anaphors = readAnaphors(byId.keySet());
        Map<String, Set<String>> headWords = readHeadWords();
        return new ActorRegistry(Collections.unmodifiableMap(byId), parent, successor, from, nisba, people,
                anaphors, headWords, guarded);
    }

    /** actor-anaphora.tsv, its antecedents checked against the registry's ids. */
    private static List<Anaphor> readAnaphors(Set<String> ids) {
        List<Anaphor> anaphors = new ArrayList<>();
        for (DataFile.Row row : DataFile.readTsv("actor-anaphora.tsv")) {
            String form = row.get("form");
            if (!form.equals("bare") && !form.equals("possessive") && !form.equals("dual")) {
                throw row.error("form must be bare, possessive or dual, got '" + form + "'");
            }
            for (String a : row.list("antecedents")) {
                if (!a.startsWith("~") && !a.startsWith("kind:") && !ids.contains(a)) {
                    throw row.error("unknown antecedent " + a);
                }
                if (a.startsWith("kind:") && !KINDS.contains(a.substring(5))) {
                    throw row.error("unknown kind " + a);
                }
            }
            anaphors.add(new Anaphor(row.get("phrase"), form.equals("possessive"), form.equals("dual"),
                    row.list("antecedents")));
        }
        return List.copyOf(anaphors);
    }

    /** actor-heads.tsv: normalised words by use. */
    private static Map<String, Set<String>> readHeadWords() {
        Map<String, Set<String>> headWords = new HashMap<>();
        for (String use : HEAD_USES) {
            headWords.put(use, new java.util.HashSet<>());
        }
        for (DataFile.Row row : DataFile.readTsv("actor-heads.tsv")) {
            String use = row.get("use");
            if (!HEAD_USES.contains(use)) {
                throw row.error("use must be one of " + HEAD_USES + ", got '" + use + "'");
            }
            headWords.get(use).add(org.rasid.text.ArabicNormalizer.normalizeTerm(row.get("word")));
        }
        headWords.replaceAll((use, words) -> Set.copyOf(words));
        return Map.copyOf(headWords);
    }

    private static void put(Map<String, Actor> byId, DataFile.Row row, Actor a) {
        if (byId.putIfAbsent(a.id(), a) != null) {
            throw row.error("duplicate id " + a.id());
        }
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Actor> all() {
        return byId.values();
    }

    /** The id events report for {@code id}: its parent for a unit row, else itself. */
    public String topLevel(String id) {
        return parent.getOrDefault(id, id);
    }

    /** The group an actor became (جبهة النصرة -> HTS), if the registry records one. */
    public Optional<String> successor(String id) {
        return Optional.ofNullable(successor.get(id));
    }

    /** Whether {@code id} has a dated successor ({@link #asOf} may rename it). */
    public boolean renamed(String id) {
        return id != null && successorFrom.containsKey(id);
    }

    /**
     * The id events of {@code day} report for {@code id}: its successor once the successor's date has come, else
     * itself (a 2018 article's "جبهة النصرة" is HTS, a 2015 one's NUSRA). An undated successor, or no day, keeps it.
     */
    public String asOf(String id, LocalDate day) {
        LocalDate start = id == null || day == null ? null : successorFrom.get(id);
        return start != null && !day.isBefore(start) ? successor.get(id) : id;
    }

    /** Whether {@code alias} of actor {@code id} is a nationality adjective ("الروسي"). */
    boolean isNisba(String id, String alias) {
        return nisba.getOrDefault(id, List.of()).contains(alias);
    }

    /** Whether {@code alias} of actor {@code id} names a person: null if not, else TRUE for a woman. */
    Boolean person(String id, String alias) {
        return people.getOrDefault(id, Map.of()).get(alias);
    }

    List<Anaphor> anaphors() {
        return anaphors;
    }

    boolean isHead(String normalizedWord) {
        return headWords.get("title").contains(normalizedWord);
    }

    boolean isGroupHead(String normalizedWord) {
        return headWords.get("group").contains(normalizedWord);
    }

    /**
     * Whether a normalised word is listed for a use of actor-heads.tsv: person (a title before
     * a person's nationality: "وزير", "المتحدثة"), feminine (a name that takes feminine agreement
     * without the ending ة: "ايران", "الفصائل"), masculine (a head that keeps a name masculine:
     * "جيش", "حزب").
     */
    boolean isListed(String use, String normalizedWord) {
        return headWords.get(use).contains(normalizedWord);
    }

    /** Whether {@code alias} of actor {@code id} is also a common word and needs quotes or a group noun. */
    boolean isGuarded(String id, String alias) {
        return guarded.getOrDefault(id, Set.of()).contains(alias);
    }
}
