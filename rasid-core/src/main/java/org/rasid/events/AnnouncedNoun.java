package org.rasid.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasid.lexicon.DataFile;
import org.rasid.lexicon.Particles;
import org.rasid.text.ArabicNormalizer;

/**
 * A speech verb whose content is a verbal noun carrying the speaker's pronoun, not an إن/أن clause:
 * "أعلنت فصائل مقاتلة، الثلاثاء، التزامها بإخراج مقاتلين"، "أعلن المفاوضون انسحابهم من وفد
 * المعارضة"، "أكد غوتيريش دعمه". Arabic states a party's own stance so, the noun's possessive
 * (ه، ها، هم، هما) pointing back at the speaker; what is announced is the class: a pledge or readiness is
 * intent to cooperate (03), support 05, condemnation 11, objection 12, withdrawal 16 (announced-nouns.tsv).
 * The noun may follow عن ("أعلنت عن رفضها") and stands in the verb's clause after its speaker. A noun
 * that is a trigger of its own ("رفضه") codes its act as any trigger does; this gives the rest their class.
 */
final class AnnouncedNoun {
    static final String FILE = "announced-nouns.tsv";
    /** The attached pronouns of the third person (particles.tsv): his, her or its, their. */
    private static final Set<String> POSSESSIVES = Particles.words("third_person_suffix");
    /** Ta marbuta, normalised to ha, and the ta it is written as before a pronoun. */
    private static final char HA = 'ه';
    private static final char TA = 'ت';
    /** How far after the verb the noun may stand: the speaker's name, title, day and place. */
    private static final int REACH = 12;
    /** How far after an intent noun its object stands: "عزمه شن هجوم", "استعداده للرد عسكريا". */
    private static final int OBJECT_REACH = 2;

    private static final Map<String, String> CLASSES = load();

    private AnnouncedNoun() {
    }

    /** A noun of the file and where it stands: the statement's content. */
    record Content(int token, String cameo) {
    }

    /** The noun content of speech verb {@code v} in its clause, or null when none follows it. */
    static Content of(Sentence s, TriggerMention v) {
        int clause = s.clause[v.tokenStart()];
        for (int i = v.tokenEnd(); i < s.tokens.size() && i - v.tokenEnd() < REACH && s.clause[i] == clause; i++) {
            String cameo = classOf(s.word(i));
            if (cameo != null) {
                return new Content(i, cameo);
            }
        }
        return null;
    }

    /**
     * The class of a statement whose content is {@code noun}: the noun's, but an intent (03) takes the class of
     * a violent act it is about. The speaker's own when the act is the noun's object ("أعلن عزمه شن هجوم",
     * "استعداده للهجوم": a threat, 13); told further on, the act is another's that the intent answers ("أعلن
     * لبنان عزمه تقديم شكوى إلى مجلس الأمن ضد اسرائيل لاستعمالها الأجواء اللبنانية للهجوم": 11).
     */
    static String classOf(Sentence s, Content noun, List<TriggerMention> acts) {
        if (!CameoRoot.INTENT.equals(noun.cameo())) {
            return noun.cameo();
        }
        for (TriggerMention t : acts) {
            if (t.tokenStart() > noun.token() && t.tokenStart() - noun.token() <= OBJECT_REACH
                    && s.clause[t.tokenStart()] == s.clause[noun.token()] && t.trigger().isViolent()
                    && !t.trigger().isOutcome()) {
                return CameoRoot.THREAT;
            }
        }
        return SpeechStatement.contentClass(s, noun.token(), acts, noun.cameo());
    }

    /**
     * The noun that gave verbal candidate {@code c} its class, or null when it is no speech verb with a noun
     * content: its words are the evidence of the act, beside the verb's.
     */
    static Content of(Sentence s, Candidate c) {
        if (!c.verbal() || !SpeechStatement.isSpeech(c.t()) || SpeechStatement.opener(s, c.t()) >= 0) {
            return null;
        }
        return of(s, c.t());
    }

    /** The class of a noun with a possessive pronoun ("التزامها", "مسؤوليتهم"), or null. */
    static String classOf(String word) {
        for (String p : POSSESSIVES) {
            String cameo = word.length() > p.length() + 1 && word.endsWith(p)
                    ? CLASSES.get(word.substring(0, word.length() - p.length())) : null;
            if (cameo != null) {
                return cameo;
            }
        }
        return null;
    }

    /** The nouns by the stem they have before a pronoun: the ة of "مسؤولية" is written ت ("مسؤوليتها"). */
    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (DataFile.Row row : DataFile.readTsv(FILE)) {
            String cameo = row.get("cameo");
            if (!cameo.matches("(0[1-9]|1[0-9]|20)")) {
                throw row.error("not a CAMEO root: '" + cameo + "'");
            }
            String noun = ArabicNormalizer.normalizeTerm(row.get("noun"));
            int last = noun.length() - 1;
            out.put(noun.charAt(last) == HA ? noun.substring(0, last) + TA : noun, cameo);
        }
        return Map.copyOf(out);
    }
}
