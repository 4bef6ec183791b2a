package org.rasid.time;

/**
 * One date expression found: tokens [start, end), its ISO date or null (no anchor, no such day)
 * and its precision (1 day, 2 week, 3 month or year).
 */
record DateMatch(int start, int end, String date, int precision) {
}
