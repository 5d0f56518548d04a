package com.dentalai.hub.connectors.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The de-identified copy of an image: decoded to pixels and encoded anew, so EXIF (camera, GPS,
 * dates), XMP and IPTC blocks of the original are gone. Text burned into the pixels (names on an
 * x-ray) is NOT removed; see docs/files.md.
 */
public final class MetadataStripper {

    private final Derivatives decoder;

    public MetadataStripper(Derivatives decoder) {
        this.decoder = decoder;
    }

    public byte[] strip(byte[] original, String contentType) {
        BufferedImage pixels = decoder.decode(original);
        String format = "image/png".equals(contentType) ? "png" : "jpg";
        BufferedImage output = "jpg".equals(format) ? withoutAlpha(pixels) : pixels;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!javax.imageio.ImageIO.write(output, format, out)) {
                throw new PoisonFileException("no encoder for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new PoisonFileException("could not encode the de-identified copy", e);
        }
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        return rgb;
    }
}
