package org.rasid.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Ingest the bundled sample corpus and serve the UI")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("rasid demo: not built yet");
        return 2;
    }
}
