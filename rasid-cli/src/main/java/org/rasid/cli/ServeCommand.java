package org.rasid.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rasid.pipeline.Pipeline;
import org.rasid.server.RasidServer;
import org.rasid.server.ServerOptions;
import org.rasid.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API and the web UI of a data folder (127.0.0.1 unless --host says otherwise)")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ServerFlags server;

    @Override
    public Integer call() throws Exception {
        ServerOptions opts = server.options();
        EventStore s = store.openExisting();
        s.release(); // let `rasid ingest` write to this folder while we serve it
        serve(s, opts);
        return 0;
    }

    /** Serves until the process is stopped (Ctrl-C); closes server and store on the way out. */
    static void serve(EventStore s, ServerOptions opts) throws Exception {
        Pipeline pipeline = Pipeline.withDefaults();
        RasidServer srv = RasidServer.start(s, pipeline::process, opts);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            srv.close();
            try {
                s.close();
            } catch (Exception e) {
                System.err.println("rasid serve: closing the store: " + e.getMessage());
            }
            stop.countDown();
        }));
        System.out.println("rasid serve: " + s.counts().events() + " events; open " + srv.url()
                + (opts.token() != null ? " (API token required)" : ""));
        System.out.flush();
        stop.await();
    }
}
