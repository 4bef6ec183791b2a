package org.rasid.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample corpus under examples/seeds, found from any module's working directory. */
public final class Seeds {
    private Seeds() {
    }

    public static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/seeds"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/seeds not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    public static Path dir() {
        return projectRoot().resolve("examples/seeds");
    }

    public static List<Path> files() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String prefix) {
        for (Path f : files()) {
            if (f.getFileName().toString().startsWith(prefix)) {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalArgumentException("no seed " + prefix);
    }

    /** The shared folder (gold events, external corpus) beside the project, or null if absent. */
    public static Path shared() {
        String prop = System.getProperty("rasid.shared");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        Path beside = projectRoot().resolveSibling("shared");
        return Files.isDirectory(beside) ? beside : null;
    }
}
