package org.rasid.text;

/** A word of the normalised text: [start, end) are normalised offsets. */
public record Token(int start, int end, String text) {
    public boolean isNumber() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }
}
