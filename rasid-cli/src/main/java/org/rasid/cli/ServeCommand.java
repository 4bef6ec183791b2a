package org.rasid.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API and web UI")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("rasid serve: not built yet");
        return 2;
    }
}
