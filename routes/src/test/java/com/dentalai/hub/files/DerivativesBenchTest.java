package com.dentalai.hub.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.dentalai.hub.connectors.media.Derivatives;
import com.dentalai.hub.connectors.media.ImageLimits;
import com.dentalai.hub.connectors.media.TestFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (tag {@code bench}, excluded from {@code verify}; run ops/bench/files.sh): thumbnails
 * per second of {@link Derivatives#thumbnail} — the pipeline's CPU-bound step — on 2 MP JPEGs
 * and 1-page PDFs, with as many worker threads as the JVM sees cores (the script pins 2).
 */
@Tag("bench")
class DerivativesBenchTest {

    private static final int THUMB = 256;
    private static final int PREVIEW = 1024;

    private final Derivatives derivatives = new Derivatives(ImageLimits.defaults());
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final int warmup = Integer.getInteger("bench.warmup", 40);
    private final int iterations = Integer.getInteger("bench.iterations", 200);

    @Test
    void thumbnailsPerSecond() throws Exception {
        // photo-like content (gradients + sensor noise): a flat test image would compress and
        // decode unrealistically fast
        byte[] jpeg = photo(1920, 1080);
        byte[] pdf = TestFiles.pdf(1, "Treatment plan");
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "inputs: jpeg 1920x1080 %d bytes, pdf 1 page %d bytes; threads=%d warmup=%d iterations=%d",
                jpeg.length,
                pdf.length,
                threads,
                warmup,
                iterations));
        lines.add(measure("jpeg-2mp thumb-" + THUMB, jpeg, "image/jpeg", THUMB));
        lines.add(measure("jpeg-2mp preview-" + PREVIEW, jpeg, "image/jpeg", PREVIEW));
        lines.add(measure("pdf-1page thumb-" + THUMB, pdf, "application/pdf", THUMB));
        lines.add(measure("pdf-1page preview-" + PREVIEW, pdf, "application/pdf", PREVIEW));

        lines.forEach(l -> System.out.println("BENCH " + l));
        Path out = Path.of("target", "bench", "files.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private String measure(String name, byte[] input, String contentType, int box) throws Exception {
        run(input, contentType, box, warmup);
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        run(input, contentType, box, iterations);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        return String.format(
                Locale.ROOT,
                "%-24s %7.1f /s  %6.1f ms each/thread  %6.1f per CPU-s",
                name,
                iterations / seconds,
                seconds * 1000 * threads / iterations,
                cpuSeconds > 0 ? iterations / cpuSeconds : Double.NaN);
    }

    private void run(byte[] input, String contentType, int box, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<byte[]>> done = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                done.add(pool.submit(() -> derivatives.thumbnail(input, contentType, box)));
            }
            for (Future<byte[]> f : done) {
                assertThat(f.get()).isNotEmpty();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    static byte[] photo(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        SplittableRandom noise = new SplittableRandom(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = clamp(x * 255 / width + noise.nextInt(-24, 25));
                int g = clamp(y * 255 / height + noise.nextInt(-24, 25));
                int b = clamp(128 + noise.nextInt(-24, 25));
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillOval(width / 3, height / 4, width / 3, height / 2);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
