/**
 * Numbers and tolls. In: tokens of a sentence. Out: numbers written in digits or words
 * ({@code NumberParser}, number-words.tsv) and casualty counts by role (killed, injured, arrested,
 * displaced) with their victims ({@link org.rasid.quantity.CasualtyMention}; casualty-triggers.tsv,
 * casualty-nouns.tsv), vague amounts kept with ACLED's figures.
 */
package org.rasid.quantity;
