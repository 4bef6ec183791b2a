package org.rasid.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extract stories, duplicates and events from files as JSON Lines")
final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("rasid extract: not built yet");
        return 2;
    }
}
