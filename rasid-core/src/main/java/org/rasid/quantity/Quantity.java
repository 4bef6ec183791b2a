package org.rasid.quantity;

import org.rasid.text.Span;

/**
 * An amount as written: "17", "١٧", "سبعة عشر", "أكثر من 80", "عشرات آلاف".
 *
 * @param span      original-text offsets of the amount, qualifier included
 * @param text      the amount as written in the original text
 * @param value     the figure; for a vague amount the ACLED convention (عدد من 3, عشرات 12, مئات 100)
 * @param vague     true for عشرات، مئات، عدد من…: the text matters more than the value
 * @param qualifier null, "more" (أكثر من), "atleast" (ما لا يقل عن), "approx" (نحو), "less" (أقل من)
 */
public record Quantity(Span span, String text, long value, boolean vague, String qualifier) {
    /** The lowest figure the words allow (ACLED's rule), or null when they give none ("أقل من 10"). */
    public Integer lowest() {
        if ("less".equals(qualifier) || value > Integer.MAX_VALUE) {
            return null;
        }
        return (int) value;
    }
}
