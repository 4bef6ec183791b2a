// Finds gazetteer names that are mostly common words in running text (see README.md, "Place-word scan").
//
// Run with the built jar on the class path (Java 17 single-file launch):
//   java -cp rasid-cli/target/rasid.jar scripts/gazetteer/PlaceWordScan.java \
//        ARTICLES.jsonl [ARTICLES.jsonl ...] > placewords.tsv
//
// For every gazetteer name matched in the articles' text it counts the mentions with a place cue
// right before (a kind, direction, near, inside or countryside row of cues.tsv: "قرية X", "ريف X",
// "قرب X"), with only a locative preposition ("في X", "بX", "من X", "إلى X"), and with nothing of
// the kind; and how often the same word reads as an ordinary word: written with the article
// although the name has none, right after a given name or title (cues.tsv `given`), or inflected
// elsewhere in the corpus with a pronoun or plural ending ("صورته", "ضميرها"), which place names
// never take. Output: one TSV row per name, ranked by score = (bare + article + given) / (cued + 1)
// times log2(2 + inflected); names already listed as `common` or `seat` are marked, as are names
// of a governorate, a country or a governorate's capital (which the scan must never demote).
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rasid.gazetteer.Gazetteer;
import org.rasid.gazetteer.Place;
import org.rasid.gazetteer.ToponymMatcher;
import org.rasid.lexicon.DataFile;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.CliticSplitter;
import org.rasid.text.PhraseMatcher;
import org.rasid.text.Token;

public class PlaceWordScan {
    static final Set<String> STRONG = Set.of("kind", "direction", "near", "inside", "countryside", "rural");
    /** Locative prepositions as whole words; ب as a proclitic is read from the name's own token. */
    static final Set<String> PREPOSITIONS = Set.of(norm("في"), norm("إلى"), norm("من"), norm("على"), norm("عند"));
    static final String[] ENDINGS = {"ه", "ها", "هم", "هما", "هن", "ي", "نا", "كم", "ات", "ين", "ون", "ان", "تين", "تان"};

    static String norm(String s) {
        return ArabicNormalizer.normalizeTerm(s);
    }

    static final class Stats {
        int n, cued, prep, bare, article, given;
        Set<String> docs = new HashSet<>();
        List<String> examples = new ArrayList<>();
    }

    public static void main(String[] args) throws Exception {
        Map<String, Set<String>> cueTypes = new HashMap<>();
        for (DataFile.Row r : DataFile.readTsv("gazetteer/cues.tsv")) {
            cueTypes.computeIfAbsent(norm(r.get("phrase")), k -> new HashSet<>()).add(r.get("type"));
        }
        Gazetteer gazetteer = Gazetteer.load();
        ToponymMatcher matcher = new ToponymMatcher(gazetteer);
        Set<String> capitals = new HashSet<>();
        for (Place p : gazetteer.places()) {
            if (p.kind().equals("country") || p.kind().equals("governorate")) {
                capitals.add(norm(p.nameAr()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, Stats> stats = new TreeMap<>();
        Map<String, Integer> stemCounts = new HashMap<>();
        for (String file : args) {
            try (BufferedReader in = Files.newBufferedReader(Path.of(file))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode doc = json.readTree(line);
                    String id = doc.path("id").asText();
                    String text = ArabicNormalizer.normalize(doc.path("text").asText()).text();
                    List<Token> tokens = ArabicTokenizer.tokenize(text);
                    for (Token t : tokens) {
                        for (CliticSplitter.Reading r : t.readings(true)) {
                            stemCounts.merge(r.stem(), 1, Integer::sum);
                        }
                    }
                    for (PhraseMatcher.Match<Place> m : matcher.find(text, tokens)) {
                        if (m.values().isEmpty()) {
                            continue;
                        }
                        Stats s = stats.computeIfAbsent(m.phrase(), k -> new Stats());
                        s.n++;
                        s.docs.add(id);
                        Token first = tokens.get(m.tokenStart());
                        String written = text.substring(first.start(), first.end());
                        boolean articleAdded = !CliticSplitter.hasArticle(m.phrase())
                                && text.startsWith(CliticSplitter.ARTICLE, m.start());
                        boolean baPrefix = m.start() > first.start()
                                && text.substring(first.start(), m.start()).contains(CliticSplitter.BA);
                        Set<String> before = m.tokenStart() > 0 ? cueTypesOf(tokens.get(m.tokenStart() - 1), cueTypes)
                                : Set.of();
                        String prevWord = m.tokenStart() > 0 ? tokens.get(m.tokenStart() - 1).text() : "";
                        if (before.stream().anyMatch(STRONG::contains)) {
                            s.cued++;
                        } else if (baPrefix || PREPOSITIONS.contains(prevWord) || before.contains("locative")) {
                            s.prep++;
                        } else if (before.contains("given")) {
                            s.given++;
                        } else if (articleAdded) {
                            s.article++;
                        } else {
                            s.bare++;
                        }
                        if (s.examples.size() < 3 && !before.stream().anyMatch(STRONG::contains)) {
                            int from = Math.max(0, m.start() - 30);
                            int to = Math.min(text.length(), m.end() + 30);
                            s.examples.add(text.substring(from, to).replace('\n', ' ').replace('\t', ' '));
                        }
                    }
                }
            }
        }
        List<Map.Entry<String, Stats>> rows = new ArrayList<>(stats.entrySet());
        Map<String, Double> score = new HashMap<>();
        Map<String, Integer> inflected = new HashMap<>();
        for (Map.Entry<String, Stats> e : rows) {
            String name = e.getKey();
            String stem = CliticSplitter.hasArticle(name) ? name.substring(2) : name;
            int infl = 0;
            if (stem.indexOf(' ') < 0) {
                String base = stem.endsWith("ة") ? stem.substring(0, stem.length() - 1) + "ت" : stem;
                for (String end : ENDINGS) {
                    infl += stemCounts.getOrDefault(base + end, 0);
                }
            }
            inflected.put(name, infl);
            Stats s = e.getValue();
            score.put(name, (s.bare + s.article + s.given) / (double) (s.cued + 1) * (Math.log(2 + infl) / Math.log(2)));
        }
        rows.sort((a, b) -> Double.compare(score.get(b.getKey()), score.get(a.getKey())));
        System.out.println("name\tscore\tn\tdocs\tcued\tprep\tbare\tarticle\tgiven\tinflected\tmark\tplaces\texamples");
        for (Map.Entry<String, Stats> e : rows) {
            String name = e.getKey();
            Stats s = e.getValue();
            Set<String> types = cueTypes.getOrDefault(name, Set.of());
            List<Place> places = matcher.exact(name);
            String mark = types.contains("common") ? "common" : types.contains("seat") ? "seat"
                    : places.stream().anyMatch(p -> p.kind().equals("country") || p.kind().equals("governorate")
                            || capitals.contains(norm(p.nameAr())) && p.population() > 0) ? "keep" : "";
            StringBuilder ps = new StringBuilder();
            for (Place p : places.subList(0, Math.min(3, places.size()))) {
                ps.append(ps.length() > 0 ? "; " : "").append(p.nameEn()).append('/').append(p.kind()).append('/')
                        .append(p.admin1()).append('/').append(p.population());
            }
            System.out.printf("%s\t%.2f\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s%n", name, score.get(name), s.n,
                    s.docs.size(), s.cued, s.prep, s.bare, s.article, s.given, inflected.get(name), mark, ps,
                    String.join(" | ", s.examples));
        }
    }

    /** The cue types of a word, read with its proclitics off ("وقرية", "بريف"). */
    static Set<String> cueTypesOf(Token t, Map<String, Set<String>> cueTypes) {
        Set<String> out = new HashSet<>(cueTypes.getOrDefault(t.text(), Set.of()));
        for (CliticSplitter.Reading r : t.readings(false)) {
            out.addAll(cueTypes.getOrDefault(r.withArticle(), Set.of()));
            out.addAll(cueTypes.getOrDefault(r.stem(), Set.of()));
        }
        return out;
    }
}
