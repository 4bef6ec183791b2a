package org.rasid.time;

import org.rasid.text.Span;

/**
 * A date expression of the text and what it resolves to.
 *
 * @param span      original-text offsets of the expression ("مساء أمس الإثنين", "24 مارس / آذار الماضي")
 * @param text      the expression as written
 * @param date      ISO yyyy-MM-dd, yyyy-MM or yyyy; null when it needs an anchor (publication date)
 *                  and none is known, or names no valid day: never invented
 * @param precision ACLED time_precision: 1 day, 2 week, 3 month (also used for a year alone)
 */
public record DateMention(Span span, String text, String date, int precision) {
}
