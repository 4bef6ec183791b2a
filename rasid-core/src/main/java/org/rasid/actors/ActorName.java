package org.rasid.actors;

/**
 * How people read an actor id: Arabic and English display names, the name ACLED's data writes,
 * and ACLED's inter code.
 */
public record ActorName(String id, String ar, String en, String acled, int inter) {
}
