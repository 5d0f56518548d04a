package com.dentalai.hub.connectors.clamav;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A clamd client speaking the INSTREAM protocol: {@code zINSTREAM\0}, then chunks each prefixed by
 * a 4-byte big-endian length, then a zero-length chunk; clamd answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}.
 */
public final class ClamdScanner {

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    public ClamdScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    public ScanResult scan(byte[] bytes) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < bytes.length; offset += CHUNK) {
                int length = Math.min(CHUNK, bytes.length - offset);
                out.writeInt(length);
                out.write(bytes, offset, length);
            }
            out.writeInt(0);
            out.flush();
            return interpret(readReply(socket.getInputStream()));
        } catch (IOException e) {
            throw new ScannerUnavailableException("clamd at " + host + ":" + port + " did not answer", e);
        }
    }

    static ScanResult interpret(String reply) {
        String answer = reply.startsWith("stream: ") ? reply.substring("stream: ".length()) : reply;
        if ("OK".equals(answer)) {
            return ScanResult.ok();
        }
        if (answer.endsWith(" FOUND")) {
            return new ScanResult(false, answer.substring(0, answer.length() - " FOUND".length()));
        }
        throw new ScannerUnavailableException("clamd answered: " + reply, null);
    }

    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0) {
            reply.write(b);
            if (reply.size() > 4096) {
                break;
            }
        }
        return reply.toString(StandardCharsets.US_ASCII).trim();
    }
}
