package org.rasid.events;

/**
 * "اتفاق إجلاء أعلنته روسيا", "الهجوم الذي أعلنته وزارة الدفاع": an actor right after a report verb that
 * carries the pronoun of the noun before it (event_words.tsv {@code relative_report}) is who told of that
 * noun, the subject of a relative clause, and no second side of an act of its sentence.
 */
final class RelativeSource {
    private RelativeSource() {
    }

    static boolean names(Sentence s, RoledActor a, EventWords words) {
        return a.token() >= 1 && words.is("relative_report", s.word(a.token() - 1));
    }
}
