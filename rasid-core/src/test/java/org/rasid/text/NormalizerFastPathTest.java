package org.rasid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of ArabicNormalizer (ASCII, Arabic letters) and ArabicTokenizer give exactly
 * what the general path gives, for every BMP character: the reference below is the general path.
 */
class NormalizerFastPathTest {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    @Test
    void everyBmpCharNormalisesAsNfkcThenFold() {
        for (int cp = 0; cp <= 0xFFFF; cp++) {
            if (Character.isSurrogate((char) cp)) {
                continue;
            }
            String in = String.valueOf((char) cp);
            assertEquals(reference(cp), ArabicNormalizer.normalize(in).text(), "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void everyBmpCharIsAWordCharAsTheUnicodeTablesSay() {
        for (int c = 0; c <= 0xFFFF; c++) {
            boolean expected = Character.isLetterOrDigit((char) c) || Character.getType((char) c) == Character.NON_SPACING_MARK;
            assertEquals(expected, ArabicTokenizer.isWordChar((char) c), "U+" + Integer.toHexString(c));
        }
    }

    private static String reference(int cp) {
        StringBuilder out = new StringBuilder();
        String expanded = NFKC.isInert(cp) ? new String(Character.toChars(cp)) : NFKC.normalize(new String(Character.toChars(cp)));
        for (int k = 0; k < expanded.length(); ) {
            int e = expanded.codePointAt(k);
            k += Character.charCount(e);
            char c = referenceFold(e);
            if (c != 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char referenceFold(int cp) {
        switch (cp) {
            case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
                return 'ا';
            case 0x0649: case 0x06CC: case 0x06D2: case 0x0626:
                return 'ي';
            case 0x0629: case 0x06C1: case 0x06D5:
                return 'ه';
            case 0x06A9: case 0x06AA:
                return 'ك';
            case 0x0624:
                return 'و';
            case 0x0640:
                return 0; // tatweel
            case 0x00A0: case 0x2007: case 0x202F: case 0x3000:
                return ' ';
            default:
                break;
        }
        if (cp >= 0x0660 && cp <= 0x0669) {
            return (char) ('0' + cp - 0x0660);
        }
        if (cp >= 0x06F0 && cp <= 0x06F9) {
            return (char) ('0' + cp - 0x06F0);
        }
        if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x0610 && cp <= 0x061A)
                || (cp >= 0x06D6 && cp <= 0x06ED)) {
            return 0; // harakat, Quranic marks
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return 0; // zero-width, bidi controls, combining marks
        }
        if (type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
            return ' ';
        }
        if (cp > 0xFFFF) {
            return ' '; // emoji and other astral symbols: a separator for matching
        }
        if (Character.isSpaceChar(cp) && cp != ' ') {
            return ' ';
        }
        if (cp < 0x80 && cp >= 'A' && cp <= 'Z') {
            return (char) (cp + 32);
        }
        return Character.isUpperCase(cp) ? (char) Character.toLowerCase(cp) : (char) cp;
    }
}
