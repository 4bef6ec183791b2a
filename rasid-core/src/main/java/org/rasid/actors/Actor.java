package org.rasid.actors;

import java.util.List;

/**
 * An actor of the registry (actors.tsv) or a media outlet (outlets.tsv).
 *
 * @param id        canonical id (DESIGN.md "Actors"); a unit's own id for rows with a parent
 * @param kind      state_forces, rebel_group, political_militia, identity_militia, external_force,
 *                  civilians, protesters, international_body, unknown, or outlet
 * @param inter     ACLED inter code 1..8; 0 for outlets, which never take part in events
 * @param cameoCode CAMEO-style country + role code (SYRGOV, RUSMIL, SYRREB, IGOUNO, MED…)
 * @param aliases   Arabic names as written in the data file (nationality adjectives included)
 */
public record Actor(String id, String nameEn, String kind, int inter, String cameoCode, List<String> aliases) {
    public Actor {
        aliases = List.copyOf(aliases);
    }

    public boolean isOutlet() {
        return "outlet".equals(kind);
    }

    /** Whether the actor is civilians (actors.tsv kind civilians: residents, rescuers): witnesses of the war, not parties. */
    public boolean isCivilian() {
        return "civilians".equals(kind);
    }

    /**
     * Whether the actor bears no arms: international bodies (UN agencies, OPCW, NGOs, monitors),
     * civilians and outlets inspect, report or aid; they are never the side that fights, shells or
     * kills (protesters are: a riot is theirs).
     */
    public boolean isUnarmed() {
        return switch (kind) {
            case "international_body", "civilians", "outlet" -> true;
            default -> false;
        };
    }
}
