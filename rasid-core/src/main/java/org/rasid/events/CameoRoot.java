package org.rasid.events;

/**
 * The CAMEO root codes the event rules name (DESIGN.md, Taxonomy; docs/annotation.md): one place
 * for the two-digit codes that triggers.tsv and subtype_cameo.tsv give and the rules test, and
 * for their quad class.
 */
public final class CameoRoot {
    /** 01 Make public statement. */
    public static final String STATEMENT = "01";
    /** 02 Appeal. */
    public static final String APPEAL = "02";
    /** 03 Express intent to cooperate: a pledge, readiness, resolve. */
    public static final String INTENT = "03";
    /** 04 Consult: meetings, visits, talks. */
    public static final String MEETING = "04";
    /** 09 Investigate. */
    public static final String INQUIRY = "09";
    /** 10 Demand. */
    public static final String DEMAND = "10";
    /** 11 Disapprove. */
    public static final String DISAPPROVAL = "11";
    /** 12 Reject. */
    public static final String REJECTION = "12";
    /** 13 Threaten. */
    public static final String THREAT = "13";
    /** 18 Assault. */
    public static final String ASSAULT = "18";

    private CameoRoot() {
    }

    /** CAMEO quad class of a root code: 1 verbal cooperation … 4 material conflict. */
    public static int quadClass(String cameo) {
        int c = Integer.parseInt(cameo);
        return c <= 5 ? 1 : c <= 8 ? 2 : c <= 13 ? 3 : 4;
    }
}
