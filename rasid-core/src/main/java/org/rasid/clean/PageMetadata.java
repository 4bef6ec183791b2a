package org.rasid.clean;

/**
 * Metadata found in a page's own text. Any field may be null.
 *
 * @param published ISO date or date-time ("2018-07-02T16:12") from "تاريخ النشر: 2018/07/02 16:12"
 * @param outlet    the outlet named in a byline or dateline ("بلدي نيوز", "سمارت")
 * @param dateline  the place of a dateline ("درعا" in "سمارت-درعا")
 * @param editor    the author or editor ("محمد الشمالي", "حسن برهان")
 */
public record PageMetadata(String title, String published, String outlet, String dateline, String editor) {
}
