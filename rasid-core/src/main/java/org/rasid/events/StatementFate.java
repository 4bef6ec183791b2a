package org.rasid.events;

/**
 * What became of one speech verb or verbal trigger of a story (issue 14: where statements are lost).
 * A reader who misses a statement asks which stage dropped it; the extractor tells each verbal
 * trigger's fate to an optional witness ({@link EventExtractor#witnessed}), and `rasid extract
 * --statement-fates F` writes them as TSV (docs/data-formats.md "statement fates").
 *
 * @param doc      the document id
 * @param story    the story index in the document
 * @param start    the trigger's offset in the original text
 * @param trigger  the trigger's words as normalised ("قال", "المحادثات")
 * @param cameo    the trigger's CAMEO root
 * @param speech   whether it is a speech verb ("قال X إن"), which codes only through its content
 * @param stage    where it ended: {@value #CODED} or the stage that dropped it ({@value #GENRE},
 *                 {@value #SELECTION}, {@value #MODALITY}, {@value #SPEECH}, {@value #GATE},
 *                 {@value #SPEAKER}, {@value #DATE}, {@value #PLACE}, {@value #GROUPING})
 * @param reason   the rule of that stage, one word or two ("recalled", "no-opener", "act-in-clause")
 * @param sentence the sentence's original text
 */
public record StatementFate(String doc, int story, int start, String trigger, String cameo, boolean speech,
                            String stage, String reason, String sentence) {
    /** It gave an event that the story kept. */
    public static final String CODED = "coded";
    /** The whole document is an opinion piece (ArticleGenre). */
    public static final String GENRE = "genre";
    /** TriggerSelector: a required word missing, inside a name, collapsed into a stronger trigger. */
    public static final String SELECTION = "selection";
    /** ModalityClassifier: not told as having happened. */
    public static final String MODALITY = "modality";
    /** SpeechStatement: a speech verb whose clause codes no statement of its own. */
    public static final String SPEECH = "speech";
    /** StatementGate: recalled, a meeting named as a setting, said by no party, a participle. */
    public static final String GATE = "gate";
    /** ActorAssigner: no one to act. */
    public static final String SPEAKER = "speaker";
    /** EventDater: no day. */
    public static final String DATE = "date";
    /** StatementPlacer / EventPlacer: no place, or a place abroad not coded. */
    public static final String PLACE = "place";
    /** StatementGrouper / IncidentGrouper: folded into a stronger statement of the same speaker. */
    public static final String GROUPING = "grouping";

    /** One TSV line (no newline): the fields in order, tabs and newlines of the sentence made spaces. */
    public String tsv() {
        return String.join("\t", doc, Integer.toString(story), Integer.toString(start), trigger, cameo,
                speech ? "speech" : "verbal", stage, reason, sentence.replaceAll("[\\t\\r\\n]+", " "));
    }
}
