package org.rasid.clean;

import org.rasid.text.Span;

/** A span of the original text (trimmed of white space) and what it is. */
public record Block(Span span, BlockKind kind) {
}
