/**
 * Cleaning. In: a document's raw text (and the page's metadata). Out: a {@link org.rasid.clean.Cleaning}:
 * every line as a block of some kind (news, title, related-article list, share bar, comment
 * counter, byline …) and the outlet and published date the page prints. The text itself is never
 * edited, so offsets keep referring to the original. Data: clean/boilerplate.tsv, outlets.tsv (byline names).
 */
package org.rasid.clean;
