package org.rasid.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure throughput of each pipeline stage")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("rasid bench: not built yet");
        return 2;
    }
}
