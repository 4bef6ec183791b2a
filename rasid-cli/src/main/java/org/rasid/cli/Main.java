package org.rasid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one {@code rasid} command. */
@Command(name = "rasid", mixinStandardHelpOptions = true, version = "rasid 0.1.0",
        description = "Arabic conflict news to evidenced, geolocated, deduplicated events.",
        subcommands = {ExtractCommand.class, EvalCommand.class, IngestCommand.class, ServeCommand.class,
                ExportCommand.class, DemoCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
