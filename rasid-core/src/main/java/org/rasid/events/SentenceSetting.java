package org.rasid.events;

import java.util.List;

/**
 * Where a sentence stands, for {@link ConfidenceFeatures}: its index among the story's sentences,
 * how many sentences the story has and how many of them hold a trigger (a report names acts in
 * most sentences, an analysis in few), and the triggers the sentence holds (a speech verb before
 * an act puts the act in reported speech).
 */
record SentenceSetting(int index, int sentences, int triggered, List<TriggerMention> found) {

    /** The share of the story's sentences that hold a trigger, 0..1. */
    double triggeredShare() {
        return sentences == 0 ? 0 : triggered / (double) sentences;
    }

    /** True when a speech verb ("قال", "أكد") comes before the trigger in the sentence. */
    boolean reportedSpeech(TriggerMention t) {
        for (TriggerMention f : found) {
            if (f.tokenStart() < t.tokenStart() && SpeechStatement.isSpeech(f)) {
                return true;
            }
        }
        return false;
    }

    /** True when the trigger sits inside quotation marks opened before it in the sentence. */
    static boolean quoted(Sentence s, TriggerMention t) {
        String text = s.doc.text();
        int guillemets = 0;
        int curly = 0;
        int straight = 0;
        for (int i = s.span.start(); i < Math.min(t.start(), text.length()); i++) {
            switch (text.charAt(i)) {
                case '«' -> guillemets++;
                case '»' -> guillemets--;
                case '“' -> curly++;
                case '”' -> curly--;
                case '"' -> straight++;
                default -> { }
            }
        }
        return guillemets > 0 || curly > 0 || straight % 2 == 1;
    }
}
