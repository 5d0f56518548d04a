package com.dentalai.hub.connectors.clamav;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server speaking clamd's INSTREAM protocol: it reassembles the chunks and reports the
 * EICAR test signature when the stream contains it, like a real clamd does.
 */
public final class ClamdStandIn implements AutoCloseable {

    public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private final ServerSocket server;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final AtomicInteger scans = new AtomicInteger();

    public ClamdStandIn() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        workers.submit(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    public int scans() {
        return scans.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                workers.submit(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] command = new byte["zINSTREAM\0".length()];
            in.readFully(command);
            OutputStream out = socket.getOutputStream();
            if (!"zINSTREAM\0".equals(new String(command, StandardCharsets.US_ASCII))) {
                out.write("UNKNOWN COMMAND\0".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            int length;
            while ((length = in.readInt()) > 0) {
                stream.write(in.readNBytes(length));
            }
            scans.incrementAndGet();
            String content = stream.toString(StandardCharsets.ISO_8859_1);
            String reply = content.contains(EICAR) ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0";
            out.write(reply.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException ignored) {
            // the client went away; nothing to answer
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        workers.shutdownNow();
    }
}
