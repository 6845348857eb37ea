package id.anjungan.device.a4.cups;

import static org.assertj.core.api.Assertions.assertThat;

import id.anjungan.device.a4.TestPdfs;
import id.anjungan.device.api.JobStatus;
import id.anjungan.device.api.PrintJob;
import id.anjungan.device.api.PrintRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.PrintService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A queue that does not take PDF gets the pages rendered by PDFBox. The real CUPS-PDF queue's
 * service is wrapped so it denies the PDF flavour; everything else, the print included, is the real
 * service talking to the real cupsd.
 */
@ExtendWith(CupsPdfRig.class)
class PdfRenderingFallbackCupsIT {

    private static PrintService withoutPdf(PrintService real) {
        return (PrintService) Proxy.newProxyInstance(PdfRenderingFallbackCupsIT.class.getClassLoader(),
                new Class<?>[] {PrintService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("isDocFlavorSupported") && DocFlavor.BYTE_ARRAY.PDF.equals(args[0])) {
                        return false;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void queueWithoutPdfSupportStillPrintsA4PagesThroughPdfBox(CupsPdfRig rig) throws Exception {
        PrintServiceFinder real = PrintServiceFinder.javaxPrint();
        PrintServiceFinder denyingPdf = new PrintServiceFinder() {
            @Override
            public Optional<PrintService> byName(String name) {
                return real.byName(name).map(PdfRenderingFallbackCupsIT::withoutPdf);
            }

            @Override
            public Optional<PrintService> systemDefault() {
                return Optional.empty();
            }
        };
        try (CupsDocumentPrinterDriver printer = new CupsDocumentPrinterDriver(CupsSettings.forQueue(CupsPdfRig.QUEUE), denyingPdf)) {

            PrintJob job = printer.print(PrintRequest.letter(TestPdfs.pages(2, "SURAT DIGAMBAR"), "RENDER-1"));

            assertThat(job.awaitCompletion(Duration.ofSeconds(60))).isEqualTo(JobStatus.done());
            int cupsId = Integer.parseInt(job.id().substring(job.id().lastIndexOf('-') + 1));
            Path output = rig.output(cupsId).orElseThrow();
            assertThat(PdfTools.pages(output)).isEqualTo(2);
            assertThat(PdfTools.pageSizes(output)).contains("(A4)");
        }
    }
}
