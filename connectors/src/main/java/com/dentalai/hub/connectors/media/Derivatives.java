package com.dentalai.hub.connectors.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Thumbnails and previews: Thumbnailator for JPEG/PNG, the first page of a PDF rendered with
 * PDFBox. Every output is a fresh JPEG, so no metadata of the original survives in it.
 */
public final class Derivatives {

    private final ImageLimits limits;

    public Derivatives(ImageLimits limits) {
        this.limits = limits;
    }

    /** A JPEG no larger than {@code box}×{@code box}, aspect ratio kept. */
    public byte[] thumbnail(byte[] original, String contentType, int box) {
        BufferedImage source = "application/pdf".equals(contentType) ? firstPdfPage(original) : decode(original);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Thumbnails.of(source)
                    .size(box, box)
                    .outputFormat("jpg")
                    .outputQuality(0.85)
                    .toOutputStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PoisonFileException("could not scale the image", e);
        }
    }

    /** Decodes an image after checking its declared dimensions against the pixel limit. */
    BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new PoisonFileException("not a readable image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > limits.maxPixels()) {
                    throw new PoisonFileException("image has " + pixels + " pixels, limit " + limits.maxPixels());
                }
                // a JPEG cut short decodes "successfully" (grey below the cut): the decoder only warns
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new PoisonFileException("image decodes to nothing");
                }
                if (!warnings.isEmpty()) {
                    throw new PoisonFileException("image is truncated or corrupt (" + warnings.get(0) + ")");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new PoisonFileException("image is truncated or corrupt", e);
        }
    }

    private BufferedImage firstPdfPage(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(
                bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(limits.pdfScratchBytes()).streamCache)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new PoisonFileException("PDF has no pages");
            }
            if (pages > limits.maxPdfPages()) {
                throw new PoisonFileException("PDF has " + pages + " pages, limit " + limits.maxPdfPages());
            }
            PDRectangle box = pdf.getPage(0).getCropBox();
            double points = (double) box.getWidth() * box.getHeight();
            // render at 72 dpi unless the page is so large that even that would exceed the pixel limit
            float scale = (float) Math.min(1.0, Math.sqrt(limits.maxPixels() / Math.max(1.0, points)));
            return new PDFRenderer(pdf).renderImage(0, scale, ImageType.RGB);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PoisonFileException poison) {
                throw poison;
            }
            throw new PoisonFileException("PDF cannot be rendered", e);
        } catch (OutOfMemoryError e) {
            throw new PoisonFileException("PDF exceeds the decoding budget", e);
        }
    }
}
