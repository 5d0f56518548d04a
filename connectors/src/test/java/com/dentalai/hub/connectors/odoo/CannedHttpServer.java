package com.dentalai.hub.connectors.odoo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Answers fixed bytes per path: replays what a real server once sent. */
final class CannedHttpServer implements AutoCloseable {

    record Canned(int status, String contentType, byte[] body) {}

    private final HttpServer server;
    private final Map<String, Canned> answers = new ConcurrentHashMap<>();

    CannedHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange;
                    InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
                Canned canned = answers.get(exchange.getRequestURI().getPath());
                if (canned == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", canned.contentType());
                exchange.sendResponseHeaders(canned.status(), canned.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(canned.body());
                }
            }
        });
        server.start();
    }

    CannedHttpServer answer(String path, int status, String contentType, byte[] body) {
        answers.put(path, new Canned(status, contentType, body));
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
