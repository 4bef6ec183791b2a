package org.rasid.cli;

import org.rasid.store.SearchLimit;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one {@code rasid} command. */
@Command(name = "rasid", mixinStandardHelpOptions = true, version = "rasid 0.1.0",
        description = "Arabic conflict news to evidenced, geolocated, deduplicated events.",
        subcommands = {ExtractCommand.class, EvalCommand.class, IngestCommand.class, ServeCommand.class,
                ExportCommand.class, EpisodesCommand.class, DemoCommand.class, BenchCommand.class, CalibrateCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::userError);
        // the command list shows one line per command: bench's description starts mid-sentence there
        cl.getSubcommands().get("bench").getCommandSpec().usageMessage()
                .header("Measure the throughput of each pipeline stage, on one thread and on all cores.");
        return cl.execute(args);
    }

    /**
     * A bad flag value or an unusable path ("--host 0.0.0.0" without a token, a data folder that
     * cannot be opened) is the user's to fix: one line naming it, no stack trace. Anything else
     * is a bug and keeps picocli's full report.
     */
    private static int userError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof IllegalArgumentException || e instanceof java.io.IOException
                || e instanceof java.io.UncheckedIOException) {
            cmd.getErr().println("rasid " + cmd.getCommandName() + ": " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        }
        if (SearchLimit.isOver(e)) {
            cmd.getErr().println("rasid " + cmd.getCommandName() + ": " + SearchLimit.message());
            return 2;
        }
        throw e;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
