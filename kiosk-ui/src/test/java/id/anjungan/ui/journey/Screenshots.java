package id.anjungan.ui.journey;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what the kiosk shows as numbered PNGs ({@code scripts/screenshots} collects them). */
final class Screenshots {

    private final Path folder;
    private final AtomicInteger count = new AtomicInteger();

    Screenshots(Path folder) {
        this.folder = folder;
    }

    Path take(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Image image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        BufferedImage png = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = folder.resolve(String.format("%02d-%s.png", count.incrementAndGet(), name));
        try {
            Files.createDirectories(folder);
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return file;
    }
}
