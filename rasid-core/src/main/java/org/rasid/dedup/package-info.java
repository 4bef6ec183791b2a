/**
 * Duplicates. In: the paragraphs and stories of documents as they stream by. Out: which are
 * exact or near duplicates (MinHash over word shingles) of one seen before, so a repeated
 * paragraph yields its events once.
 */
package org.rasid.dedup;
