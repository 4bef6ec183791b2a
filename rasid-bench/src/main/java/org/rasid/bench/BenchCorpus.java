package org.rasid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a benchmark pass reads, cut into work units (one file each) that worker threads
 * take in turn. A byte budget keeps a pass to the first MB of a large corpus.
 */
final class BenchCorpus {
    private final List<Path> files;
    private final long bytes;

    private BenchCorpus(List<Path> files, long bytes) {
        this.files = files;
        this.bytes = bytes;
    }

    static BenchCorpus of(Path root, long budgetBytes) {
        if (!Files.exists(root)) {
            throw new IllegalArgumentException("bench corpus not found: " + root);
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(Files::isRegularFile).filter(BenchCorpus::readable).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bench corpus " + root, e);
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("bench corpus " + root + " holds no .txt, .html, .jsonl or .warc file");
        }
        List<Path> picked = new ArrayList<>();
        long total = 0;
        for (Path f : all) {
            if (total >= budgetBytes) {
                break;
            }
            picked.add(f);
            try {
                total += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return new BenchCorpus(List.copyOf(picked), total);
    }

    private static boolean readable(Path f) {
        String n = f.getFileName().toString().toLowerCase();
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".html") || n.endsWith(".htm")
                || n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    List<Path> files() {
        return files;
    }

    /** Size on disk of the files taken. */
    long bytes() {
        return bytes;
    }
}
