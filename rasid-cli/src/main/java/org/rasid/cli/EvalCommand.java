package org.rasid.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score predicted events against gold events")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("rasid eval: not built yet");
        return 2;
    }
}
