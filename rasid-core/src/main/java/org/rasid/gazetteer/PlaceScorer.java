package org.rasid.gazetteer;

/**
 * One kind of evidence for which place a name means, as a score added to a candidate's total
 * (CLAVIN's ranking is the model: each evidence kind is one scorer with a named weight). The
 * scorers and their weights are listed in {@link PlaceRanking}.
 */
@FunctionalInterface
interface PlaceScorer {
    /** Points for {@code candidate} given what surrounds the name; 0 when this evidence says nothing. */
    double score(Place candidate, PlaceClues clues);
}
