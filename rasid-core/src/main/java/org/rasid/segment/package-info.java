/**
 * Segmentation. In: a cleaned document. Out: its stories (a digest with "حلب::" headers becomes
 * several, story-openers.tsv), paragraphs and sentences, with offsets into the original text.
 */
package org.rasid.segment;
