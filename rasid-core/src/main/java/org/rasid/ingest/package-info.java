/**
 * Reading sources. In: files and folders (.txt, .html, .jsonl, .warc/.warc.gz), HTTP bodies,
 * stdin, in UTF-8, Windows-1256 or ISO-8859-6. Out: {@link org.rasid.ingest.Document}s (text,
 * title, url, outlet, published) or a {@link org.rasid.ingest.ReadError} per bad input.
 */
package org.rasid.ingest;
