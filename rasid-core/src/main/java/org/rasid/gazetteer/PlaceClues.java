package org.rasid.gazetteer;

import java.util.function.ToIntFunction;

/**
 * What surrounds one place name, as the scorers see it.
 *
 * @param kindCue        the kind word before the name (town, village, area …), or null
 * @param countryside    whether "ريف" stands before the name ("ريف إدلب")
 * @param anchorAdmin1   governorate a phrase after the name points at ("بريف إدلب"), or null
 * @param anchorPlace    place a phrase after the name points at ("شرق مدينة الرقة"), or null
 * @param sectionAdmin1  governorate of the story's section header ("حماة::"), or null
 * @param datelineAdmin1 governorate of the dateline ("سمارت-درعا"), or null
 * @param votes          how many unambiguous places of the story lie in a governorate
 */
record PlaceClues(String kindCue, boolean countryside, String anchorAdmin1, Place anchorPlace, String sectionAdmin1,
                  String datelineAdmin1, ToIntFunction<String> votes) {
}
