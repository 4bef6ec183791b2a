package org.rasid.events;

import java.util.List;

/**
 * Who acted and who was hit in one event: ids as coded, with the mentions they came from when
 * read from the sentence (a1/a2 null for a default such as CIVILIANS or PROTESTERS).
 */
record ActorAssignment(RoledActor a1, RoledActor a2, String actor1, String actor2, List<String> assoc1) {
}
