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
    /**
     * Roles an actor mention takes from the cue before it. BACKER: the supporter of the noun before it
     * ("فصائل تدعمها تركيا", "المدعومة من واشنطن"), which describes that noun and is no side. OWNER: the
     * owner of the means of a strike named before it ("طائرات حربية تابعة للتحالف"): it struck, unless
     * the means were hit ("إسقاط طائرة تابعة لقوات النظام").
     */
    enum Role { NONE, AGENT, TARGET, ASSOC, MEDIATOR, REPORTER, RECIPIENT, VICTIM, BACKER, OWNER }

    String id() {
        return m.actorId();
    }

    /** A side of the event: not an outlet, a mediator, a reporter, a supporter or a backer. */
    boolean participant() {
        return !m.outlet() && role != Role.MEDIATOR && role != Role.REPORTER && role != Role.ASSOC
                && role != Role.BACKER;
    }

    /** Civilians do not shell, arrest or negotiate as a side; they are hit. */
    boolean canAct() {
        return !"CIVILIANS".equals(m.actorId()) && !former;
    }
}
