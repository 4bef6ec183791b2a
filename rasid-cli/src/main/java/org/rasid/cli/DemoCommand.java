package org.rasid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rasid.pipeline.Pipeline;
import org.rasid.store.BatchIngester;
import org.rasid.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the sample corpus (examples/seeds, also bundled in the jar) into a data folder and serve the UI.",
                "Run it again: the corpus is not stored twice."})
final class DemoCommand implements Callable<Integer> {
    private static final String BUNDLED = "/rasid/examples/seeds";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "rasid-data/demo",
            description = "Data folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Corpus to ingest instead of the bundled seeds")
    Path seeds;

    @Option(names = "--no-serve", description = "Stop after the ingest")
    boolean noServe;

    @Mixin
    ServerFlags server;

    @Override
    public Integer call() throws Exception {
        var opts = noServe ? null : server.options();
        Path corpus = seeds != null ? seeds : findSeeds();
        System.out.println("rasid demo: ingesting " + corpus);
        EventStore s = EventStore.open(data, null);
        try {
            IngestRun.Summary sum = new IngestRun(s, Pipeline.withDefaults(), 32L << 20,
                    BatchIngester.DEFAULT_DOCUMENTS, System.err)
                    .run(List.of(corpus.toString()));
            s.flush();
            System.out.println("rasid demo: " + sum.line() + " -> " + data.toAbsolutePath());
            if (noServe) {
                s.close();
                return sum.errors() == 0 ? 0 : 1;
            }
            s.release();
            ServeCommand.serve(s, opts);
            return 0;
        } catch (Exception | Error e) {
            s.close();
            throw e;
        }
    }

    /** examples/seeds beside the jar or the working folder, else the copy inside the jar. */
    static Path findSeeds() throws IOException {
        for (Path base : candidates()) {
            Path p = base.resolve("examples/seeds");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return extractBundled();
    }

    private static List<Path> candidates() {
        Path cwd = Path.of("").toAbsolutePath();
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // rasid-cli/target/rasid.jar -> project root two levels up
            Path root = jar.getParent() == null ? cwd : jar.getParent().getParent();
            return root == null || root.getParent() == null ? List.of(cwd) : List.of(cwd, root.getParent(), root);
        } catch (URISyntaxException | RuntimeException e) {
            return List.of(cwd);
        }
    }

    private static Path extractBundled() throws IOException {
        URL url = DemoCommand.class.getResource(BUNDLED);
        if (url == null) {
            throw new IOException("the sample corpus is neither beside the jar (examples/seeds) nor inside it");
        }
        Path out = Files.createTempDirectory("rasid-seeds-");
        out.toFile().deleteOnExit();
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(fs.getPath(BUNDLED), out);
                }
            } else {
                copy(Path.of(uri), out);
            }
        } catch (URISyntaxException e) {
            throw new IOException("bad resource location " + url, e);
        }
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) {
                Path target = to.resolve(f.getFileName().toString());
                try (InputStream in = Files.newInputStream(f)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                target.toFile().deleteOnExit();
            }
        }
    }
}
