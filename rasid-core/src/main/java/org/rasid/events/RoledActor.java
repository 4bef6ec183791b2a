package org.rasid.events;

import org.rasid.actors.ActorMention;

/**
 * An actor mention of a sentence with the role the words before it give it.
 *
 * @param token    first token of the mention in the sentence
 * @param tokenEnd token after the mention
 * @param former   "عناصر سابقين": former fighters, coded as civilians when hit
 */
record RoledActor(ActorMention m, int token, int tokenEnd, Role role, boolean former) {
    /** Roles an actor mention takes from the cue before it. */
    enum Role { NONE, AGENT, TARGET, ASSOC, MEDIATOR, REPORTER, RECIPIENT, VICTIM }

    String id() {
        return m.actorId();
    }

    /** A side of the event: not an outlet, a mediator, a reporter or a supporter. */
    boolean participant() {
        return !m.outlet() && role != Role.MEDIATOR && role != Role.REPORTER && role != Role.ASSOC;
    }

    /** Civilians do not shell, arrest or negotiate as a side; they are hit. */
    boolean canAct() {
        return !"CIVILIANS".equals(m.actorId()) && !former;
    }
}
