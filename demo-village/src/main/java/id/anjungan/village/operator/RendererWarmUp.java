package id.anjungan.village.operator;

import id.anjungan.village.pdf.VillageLogo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first PDF in a fresh JVM costs seconds (Java2D and font loading). Paying it in the background
 * at start-up keeps the first operator who signs a letter from waiting.
 */
@Component
class RendererWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RendererWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            VillageLogo.png(64);
            log.debug("PDF renderers warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        }, "pdf-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
