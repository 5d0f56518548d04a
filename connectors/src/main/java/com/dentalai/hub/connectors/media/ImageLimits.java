package com.dentalai.hub.connectors.media;

/**
 * Bounds on what the pipeline decodes, so a small file that claims huge dimensions (a
 * decompression bomb) is refused before any pixel buffer is allocated.
 *
 * @param maxPixels width × height an image or a rendered PDF page may have
 * @param maxPdfPages pages a PDF may have
 * @param pdfScratchBytes memory PDFBox may use to decode streams
 */
public record ImageLimits(long maxPixels, int maxPdfPages, long pdfScratchBytes) {

    public static ImageLimits defaults() {
        return new ImageLimits(50_000_000L, 500, 64L * 1024 * 1024);
    }
}
