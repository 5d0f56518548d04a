package com.dentalai.hub.connectors.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MediaPipelinePartsTest {

    private final Derivatives derivatives = new Derivatives(ImageLimits.defaults());

    @Test
    void sniffsByMagicNumbersNotByDeclaredHeader() {
        byte[] png = TestFiles.image("png", 10, 10);
        byte[] dicom = new byte[200];
        System.arraycopy("DICM".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, dicom, 128, 4);

        assertThat(FileSniffer.contentTypeOf(TestFiles.image("jpg", 10, 10))).contains("image/jpeg");
        assertThat(FileSniffer.contentTypeOf(png)).contains("image/png");
        assertThat(FileSniffer.contentTypeOf(TestFiles.pdf(1, "x"))).contains("application/pdf");
        assertThat(FileSniffer.contentTypeOf(dicom)).contains("application/dicom");
        assertThat(FileSniffer.contentTypeOf(new byte[] {'P', 'K', 3, 4, 0})).contains("application/zip");
        assertThat(FileSniffer.contentTypeOf(new byte[0])).isEmpty();
        assertThat(FileSniffer.contentTypeOf("<html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FileSniffer.matches("image/jpeg", png)).isFalse();
        assertThat(FileSniffer.matches("image/png", png)).isTrue();
    }

    @Test
    void thumbnailsFitTheBoxAndKeepTheAspect() throws Exception {
        byte[] thumb = derivatives.thumbnail(TestFiles.image("png", 1200, 600), "image/png", 256);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumb));
        assertThat(FileSniffer.contentTypeOf(thumb)).contains("image/jpeg");
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(128);
    }

    @Test
    void aPdfPreviewIsItsFirstPage() throws Exception {
        byte[] preview = derivatives.thumbnail(TestFiles.pdf(3, "Treatment plan"), "application/pdf", 512);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(preview));
        assertThat(image.getHeight()).isEqualTo(512);
        assertThat(image.getWidth()).isLessThan(512); // A4 portrait
    }

    @Test
    void poisonFilesAreRefusedWithAReason() {
        byte[] jpeg = TestFiles.image("jpg", 300, 300);
        byte[] truncated = Arrays.copyOf(jpeg, 40);

        assertThatThrownBy(() -> derivatives.thumbnail(truncated, "image/jpeg", 64))
                .isInstanceOf(PoisonFileException.class);
        // cut inside the scan data: the JDK decoder only warns and fills the rest with grey
        byte[] cutShort = Arrays.copyOf(jpeg, jpeg.length / 3);
        assertThatThrownBy(() -> derivatives.thumbnail(cutShort, "image/jpeg", 64))
                .isInstanceOf(PoisonFileException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> derivatives.thumbnail(TestFiles.pngDeclaring(100_000, 100_000), "image/png", 64))
                .isInstanceOf(PoisonFileException.class)
                .hasMessageContaining("pixels");
        assertThatThrownBy(() -> derivatives.thumbnail("%PDF-1.7 garbage".getBytes(), "application/pdf", 64))
                .isInstanceOf(PoisonFileException.class);
        assertThatThrownBy(() -> new Derivatives(new ImageLimits(50_000_000L, 2, 1 << 20))
                        .thumbnail(TestFiles.pdf(3, "x"), "application/pdf", 64))
                .isInstanceOf(PoisonFileException.class)
                .hasMessageContaining("pages");
    }

    @Test
    void theDeidentifiedCopyCarriesNoExifXmpOrIptc() throws Exception {
        byte[] original = TestFiles.jpegWithExifAndXmp("ClinicCam 3000", "Dr. Levi");
        assertThat(metadataDirectories(original))
                .anyMatch(d -> d instanceof ExifIFD0Directory)
                .anyMatch(d -> d instanceof XmpDirectory);

        byte[] stripped = new MetadataStripper(derivatives).strip(original, "image/jpeg");

        List<Directory> left = metadataDirectories(stripped);
        assertThat(left).noneMatch(d -> d instanceof ExifIFD0Directory);
        assertThat(left).noneMatch(d -> d instanceof XmpDirectory);
        assertThat(left).noneMatch(d -> d instanceof IptcDirectory);
        assertThat(new String(stripped, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("ClinicCam")
                .doesNotContain("Levi");
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(64);
    }

    private static List<Directory> metadataDirectories(byte[] bytes) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
        return StreamSupport.stream(metadata.getDirectories().spliterator(), false)
                .toList();
    }
}
