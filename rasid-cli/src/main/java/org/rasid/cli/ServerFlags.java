package org.rasid.cli;

import org.rasid.server.ServerOptions;
import picocli.CommandLine.Option;

/** --host, --port, --token and the limits, shared by serve and demo. */
final class ServerFlags {
    @Option(names = "--host", defaultValue = ServerOptions.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; anything else needs --token)")
    String host;

    @Option(names = "--port", defaultValue = "" + ServerOptions.DEFAULT_PORT, description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:RASID_TOKEN}",
            description = "API token clients must send (Authorization: Bearer TOKEN); default: $RASID_TOKEN")
    String token;

    @Option(names = "--max-upload", paramLabel = "BYTES", defaultValue = "" + ServerOptions.DEFAULT_MAX_UPLOAD,
            description = "Largest POST body (default: ${DEFAULT-VALUE})")
    long maxUpload;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_RATE,
            description = "API requests per client per minute (default: ${DEFAULT-VALUE})")
    int rate;

    ServerOptions options() {
        return new ServerOptions(host, port, token, maxUpload, rate);
    }
}
