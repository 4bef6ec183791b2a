package org.rasid.cli;

import java.util.List;
import org.rasid.store.SearchLimit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The one {@code rasid} command. */
@Command(name = "rasid", mixinStandardHelpOptions = true, version = "rasid 0.1.0",
        description = "Arabic conflict news to evidenced, geolocated, deduplicated events.")
public final class Main implements Runnable {
    /** The commands, in the order the help lists them. */
    static final List<String> COMMANDS = List.of("extract", "eval", "ingest", "serve", "export", "episodes", "demo",
            "bench", "calibrate");

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        // picocli reads every option of every command it is given (a fifth of a start-up): a run
        // of one command is given that one only; help, a typo or no command see them all
        String named = args.length > 0 && COMMANDS.contains(args[0]) ? args[0] : null;
        for (String name : COMMANDS) {
            if (named == null || named.equals(name)) {
                cl.addSubcommand(command(name));
            }
        }
        if (named == null || named.equals("bench")) {
            // the command list shows one line per command: bench's description starts mid-sentence there
            cl.getSubcommands().get("bench").getCommandSpec().usageMessage()
                    .header("Measure the throughput of each pipeline stage, on one thread and on all cores.");
        }
        // set after the commands are added: picocli passes settings down to those it has
        return cl.setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler(Main::userError)
                .execute(args);
    }

    private static Object command(String name) {
        return switch (name) {
            case "extract" -> new ExtractCommand();
            case "eval" -> new EvalCommand();
            case "ingest" -> new IngestCommand();
            case "serve" -> new ServeCommand();
            case "export" -> new ExportCommand();
            case "episodes" -> new EpisodesCommand();
            case "demo" -> new DemoCommand();
            case "bench" -> new BenchCommand();
            case "calibrate" -> new CalibrateCommand();
            default -> throw new IllegalArgumentException(name);
        };
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
        spec.commandLine().usage(System.out);
    }
}
