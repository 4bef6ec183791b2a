package org.rasid.time;

/**
 * A month name found in the text: its number (1..12) in its calendar, how many tokens it takes
 * ("كانون الثاني" is two), whether the name is also a common word (آب، مارس: a month only with a
 * cue) and whether it is a Hijri month.
 */
record MonthName(int month, int length, boolean ambiguous, boolean hijri) {
}
