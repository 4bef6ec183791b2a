package org.rasid.server;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server listens and what it lets in.
 *
 * @param host              interface to bind; 127.0.0.1 unless told otherwise
 * @param port              TCP port, 0 for any free one
 * @param token             API token; required (non-blank, ≥ 16 chars) when host is not loopback
 * @param maxUploadBytes    largest request body accepted (POST /api/documents)
 * @param requestsPerMinute API requests allowed per client address per minute
 */
public record ServerOptions(String host, int port, String token, long maxUploadBytes, int requestsPerMinute) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8642;
    public static final long DEFAULT_MAX_UPLOAD = 5L * 1024 * 1024;
    public static final int DEFAULT_RATE = 600;

    public ServerOptions {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        token = token == null || token.isBlank() ? null : token.strip();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (maxUploadBytes < 1024) {
            throw new IllegalArgumentException("upload limit must be at least 1024 bytes");
        }
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("rate limit must be at least 1 request per minute");
        }
        if (token != null && token.length() < 16) {
            throw new IllegalArgumentException("the API token must have at least 16 characters");
        }
        if (!isLoopback(host) && token == null) {
            throw new IllegalArgumentException("binding to " + host + " exposes the API beyond this machine: "
                    + "give an API token (--token or RASID_TOKEN)");
        }
    }

    public static ServerOptions local(int port) {
        return new ServerOptions(DEFAULT_HOST, port, null, DEFAULT_MAX_UPLOAD, DEFAULT_RATE);
    }

    static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host to bind: " + host);
        }
    }
}
