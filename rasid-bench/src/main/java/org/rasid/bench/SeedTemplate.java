package org.rasid.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.ArabicTokenizer;
import org.rasid.text.CliticSplitter;
import org.rasid.text.NormalizedText;
import org.rasid.text.Span;
import org.rasid.text.Token;

/**
 * A real seed page cut into lines, each with the spans the generator may vary (place names,
 * numbers, dates). Lines that are not news content (menus, counters, "most read" blocks,
 * section headers) are kept as structure so generated pages carry the same boilerplate.
 */
final class SeedTemplate {
    enum SlotKind { PLACE, NUMBER, DATE }

    /** A variable span of a line; {@code key} is the normalised place name or the number. */
    record Slot(int start, int end, SlotKind kind, String key) {
    }

    /** One line of the page; {@code section} is the governorate header it sits under, or null. */
    record Line(int id, String text, boolean content, String section, List<Slot> slots) {
    }

    private static final Pattern SECTION = Pattern.compile("^\\s*([^:\\s][^:]{1,30})::\\s*$");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}");
    private static final Pattern NUMBER = Pattern.compile("[0-9\u0660-\u0669]+");
    /** Shorter lines are headlines, counters and menu items: structure, not content. */
    private static final int MIN_CONTENT_CHARS = 60;

    final String id;
    final List<Line> lines;

    private SeedTemplate(String id, List<Line> lines) {
        this.id = id;
        this.lines = lines;
    }

    static SeedTemplate parse(String id, String text, int firstLineId, Set<String> placeCues) {
        List<Line> lines = new ArrayList<>();
        String section = null;
        int lineId = firstLineId;
        for (String raw : text.split("\n", -1)) {
            Matcher sm = SECTION.matcher(raw);
            if (sm.matches()) {
                section = ArabicNormalizer.normalizeTerm(sm.group(1));
                lines.add(new Line(lineId++, raw, false, section, List.of()));
                continue;
            }
            boolean content = raw.trim().length() >= MIN_CONTENT_CHARS;
            lines.add(new Line(lineId++, raw, content, section, content ? slots(raw, placeCues) : List.of()));
        }
        return new SeedTemplate(id, List.copyOf(lines));
    }

    /** The normalised section names of this page ("حلب" for "حلب::"). */
    List<String> sections() {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            if (!l.content() && l.section() != null && !out.contains(l.section())) {
                out.add(l.section());
            }
        }
        return out;
    }

    private static List<Slot> slots(String line, Set<String> placeCues) {
        List<Slot> out = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        Matcher dm = DATE.matcher(line);
        while (dm.find()) {
            out.add(new Slot(dm.start(), dm.end(), SlotKind.DATE, dm.group()));
            taken.add(new Span(dm.start(), dm.end()));
        }
        Matcher nm = NUMBER.matcher(line);
        while (nm.find()) {
            boolean inDate = taken.stream().anyMatch(s -> s.start() <= nm.start() && nm.end() <= s.end());
            boolean clock = (nm.start() > 0 && line.charAt(nm.start() - 1) == ':')
                    || (nm.end() < line.length() && line.charAt(nm.end()) == ':');
            if (!inDate && !clock && nm.group().length() <= 3) {
                out.add(new Slot(nm.start(), nm.end(), SlotKind.NUMBER, nm.group()));
            }
        }
        // A place is the word after a cue ("بلدة بابتو", "بريف عفرين"), cues themselves excluded.
        NormalizedText nt = ArabicNormalizer.normalize(line);
        List<Token> tokens = ArabicTokenizer.tokenize(nt.text());
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token next = tokens.get(i + 1);
            if (isCue(tokens.get(i).text(), placeCues) && !isCue(next.text(), placeCues)
                    && next.text().length() >= 3 && isArabicWord(next.text())) {
                Span s = nt.toOriginal(next.start(), next.end());
                out.add(new Slot(s.start(), s.end(), SlotKind.PLACE, next.text()));
                i++;
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(out);
    }

    private static boolean isCue(String word, Set<String> cues) {
        for (CliticSplitter.Reading r : CliticSplitter.readings(word, false)) {
            if (cues.contains(r.stem())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArabicWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 0x0620 || c > 0x064A) {
                return false;
            }
        }
        return true;
    }
}
