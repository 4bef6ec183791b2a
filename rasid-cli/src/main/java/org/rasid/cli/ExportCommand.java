package org.rasid.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Export events as ACLED CSV, GeoJSON, JSONL or GeoPackage")
final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("rasid export: not built yet");
        return 2;
    }
}
