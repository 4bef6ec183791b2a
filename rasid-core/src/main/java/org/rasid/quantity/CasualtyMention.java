package org.rasid.quantity;

import org.rasid.text.Span;

/**
 * A toll: how many were killed, injured, arrested or displaced, and who they were.
 *
 * @param span      original offsets of the whole phrase ("مقتل طفل", "3 عناصر من قوات الأسد قتلوا")
 * @param role      killed | injured | arrested | displaced
 * @param count     ACLED figure: the lowest the words allow (عدد من 3, عشرات 12, مئات 100, a dual 2,
 *                  a bare plural 3); null when unknown ("مقتل وجرح عشرات": the split is not said)
 * @param text      the count as written ("سبعة", "عشرات", "طفلين", "أكثر من 80")
 * @param who       top-level actor id of the victims (CIVILIANS, SYR_GOV…) or null
 * @param countSpan original offsets of {@code text}, or null when no count is written
 */
public record CasualtyMention(Span span, String role, Integer count, String text, String who, Span countSpan) {
}
