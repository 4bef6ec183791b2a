package org.rasid.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ACLED event types and their 25 sub-types (DESIGN.md, Taxonomy). */
public final class AcledTaxonomy {
    public static final Map<String, List<String>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("Battles", List.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory"));
        TYPES.put("Explosions/Remote violence", List.of("Chemical weapon", "Air/drone strike", "Suicide bomb",
                "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"));
        TYPES.put("Violence against civilians", List.of("Sexual violence", "Attack", "Abduction/forced disappearance"));
        TYPES.put("Protests", List.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters"));
        TYPES.put("Riots", List.of("Violent demonstration", "Mob violence"));
        TYPES.put("Strategic developments", List.of("Agreement", "Arrests", "Change to group/activity",
                "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other"));
    }

    private AcledTaxonomy() {
    }

    public static boolean isSubType(String type, String sub) {
        List<String> subs = TYPES.get(type);
        return subs != null && subs.contains(sub);
    }

    /**
     * Whether an ACLED type is political violence (ACLED's term for Battles, Explosions/Remote violence and
     * Violence against civilians), as opposed to demonstrations and strategic developments.
     */
    public static boolean isPoliticalViolence(String type) {
        return "Battles".equals(type) || "Explosions/Remote violence".equals(type)
                || "Violence against civilians".equals(type);
    }
}
