/**
 * Arabic text primitives. In: any string. Out: {@link org.rasid.text.NormalizedText} (normalised
 * letters and digits with a map back to original offsets), tokens, the clitic readings of a word
 * ({@code CliticSplitter}: و ف ب ل ك, the article, attached pronouns) and a phrase matcher over
 * them. Closed-class particles live here; no open-class vocabulary.
 */
package org.rasid.text;
