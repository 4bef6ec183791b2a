package org.rasid.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasid.episode.Episode;
import org.rasid.episode.EpisodeBuilder;
import org.rasid.episode.EpisodeFilter;
import org.rasid.episode.EpisodeRules;
import org.rasid.episode.EventLines;
import org.rasid.model.RecordJson;
import org.rasid.store.EventQuery;
import org.rasid.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** rasid episodes: storylines (sieges, offensives, negotiations, truces, deals) as JSON Lines. */
@Command(name = "episodes", mixinStandardHelpOptions = true,
        description = {"Group events into episodes (sieges, offensives, negotiations, truces, evacuation deals)",
                "with their state timelines, and print them as JSON Lines.",
                "Reads the store of --data, or FILE: the output of rasid extract (best with --merge)."})
final class EpisodesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "events as JSON Lines, e.g. rasid extract --merge output")
    Path file;

    @Option(names = "--admin1", paramLabel = "CODE", description = "governorate of the episode's main place, e.g. SY-RD")
    String admin1;
    @Option(names = "--place", description = "a place its events name (Arabic) or a place id, e.g. gn:170592")
    String place;
    @Option(names = "--kind", description = "offensive | truce | negotiation | siege | evacuation_deal")
    String kind;
    @Option(names = "--from", paramLabel = "DATE", description = "episodes lasting until this day or later") String from;
    @Option(names = "--to", paramLabel = "DATE", description = "episodes beginning on this day or earlier") String to;

    @Override
    public Integer call() throws Exception {
        EpisodeFilter filter = new EpisodeFilter(admin1, place, kind, from, to);
        EpisodeBuilder builder = new EpisodeBuilder(EpisodeRules.load());
        List<Episode> episodes;
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": no such file");
            }
            episodes = builder.build(new EventLines(file));
        } else {
            try (EventStore s = store.openExisting()) {
                episodes = builder.build(sink -> s.forEachEvent(EventQuery.all(), sink));
            }
        }
        int n = 0;
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        for (Episode e : episodes) {
            if (filter.test(e)) {
                out.println(RecordJson.line(e));
                n++;
            }
        }
        out.flush();
        System.err.println("rasid episodes: " + n + " episodes (" + episodes.size() + " before filters)");
        return 0;
    }
}
