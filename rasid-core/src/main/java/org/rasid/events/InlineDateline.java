package org.rasid.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.clean.OutletNames;
import org.rasid.text.Span;

/**
 * The dateline a wire story opens with, on the first line of its text: "دبي، الإمارات العربية
 * المتحدة (CNN)--", "بيروت (أ ف ب) -", "موسكو - رويترز", "واس- الرياض:". It says where the report was filed, so
 * the places and states it names are neither an event's place nor a party.
 */
final class InlineDateline {
    /** "PLACE[، COUNTRY] (OUTLET) --": a parenthesised outlet, then a dash or colon. */
    private static final Pattern PARENTHESISED =
            Pattern.compile("\\s*([^\\n()\"«:\\-–—]{2,60}?)\\s*\\(([^()\\n]{2,24})\\)\\s*[-–—:]+");
    /** "PLACE - OUTLET": a place of at most three words, a dash, then the outlet. */
    private static final Pattern DASHED = Pattern.compile("\\s*([^\\n()\"«:،,\\-–—]{2,30}?)\\s*[-–—]\\s*");
    /** "OUTLET - PLACE:": the outlet, a dash, a place of at most three words and a colon. */
    private static final Pattern OUTLET_FIRST =
            Pattern.compile("\\s*([^\\n()\"«:،,\\-–—]{2,30}?)\\s*[-–—]\\s*([^\\n()\"«:،,\\-–—]{2,30}?)\\s*:");
    private static final Pattern LATIN_OUTLET = Pattern.compile("[A-Za-z][A-Za-z .]{1,15}");
    private static final int MAX_PLACE_WORDS = 5;

    private final OutletNames outlets;

    InlineDateline(OutletNames outlets) {
        this.outlets = outlets;
    }

    /** The dateline at the head of {@code region} of the original text, or null when it opens with none. */
    Span find(String original, Span region) {
        Matcher m = PARENTHESISED.matcher(original).region(region.start(), region.end());
        if (m.lookingAt() && words(m.group(1)) <= MAX_PLACE_WORDS && isOutlet(m.group(2).strip())) {
            return new Span(region.start(), m.end());
        }
        Matcher o = OUTLET_FIRST.matcher(original).region(region.start(), region.end());
        if (o.lookingAt() && words(o.group(2)) <= 3 && outlets.find(o.group(1).strip()) != null) {
            return new Span(region.start(), o.end());
        }
        Matcher d = DASHED.matcher(original).region(region.start(), region.end());
        if (!d.lookingAt() || words(d.group(1)) > 3) {
            return null;
        }
        // the outlet: the one to three words after the dash
        String[] after = original.substring(d.end(), Math.min(region.end(), d.end() + 40)).split("\\s+", 4);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < Math.min(3, after.length); i++) {
            name.append(i == 0 ? "" : " ").append(after[i].replaceAll("[-–—:،,]+$", ""));
            if (outlets.find(name.toString()) != null) {
                return new Span(region.start(), original.indexOf(after[i], d.end()) + after[i].length());
            }
        }
        return null;
    }

    private boolean isOutlet(String name) {
        return LATIN_OUTLET.matcher(name).matches() || outlets.find(name) != null;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("[\\s،,]+").length;
    }
}
