package org.rasid.events;

import java.util.List;
import org.rasid.actors.ActorMention;

/** The mentions inside one sentence: what its events can take as arguments. */
record SentenceArguments(Sentence sentence, List<ActorMention> actors, List<Arguments.Place> places,
                         List<Arguments.Date> dates, List<Arguments.Count> counts) {
}
