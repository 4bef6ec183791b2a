/**
 * Actors. In: normalised text of a region. Out: {@link org.rasid.actors.ActorMention}s with a
 * canonical actor id from the registry (actors.tsv, outlets.tsv), including nationality adjectives
 * ("الروسي") and anaphors ("قواتها") resolved to an earlier mention (actor-anaphora.tsv,
 * actor-heads.tsv).
 */
package org.rasid.actors;
