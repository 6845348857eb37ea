package id.anjungan.village.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.UUID;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * One PDF/A-2b document being written: embedded fonts, an sRGB output intent, XMP metadata that repeats
 * the document information exactly (title, author, producer, dates), and a file identifier. Archival
 * form matters here: a village keeps its letters for years, and a kabupaten's archive may reject others.
 */
final class PdfaDocument implements AutoCloseable {

    static final String PRODUCER = "Anjungan demo-village (Apache PDFBox)";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private final PDDocument document = new PDDocument();
    private final DocumentFonts fonts;
    private final String title;
    private final String author;
    private final Calendar created;
    private PageFlow flow;
    private Margins margins;
    private String pageReference = "";

    PdfaDocument(String title, String author, Clock clock) throws IOException {
        this.title = title;
        this.author = author;
        // whole seconds: the information dictionary cannot hold more, and XMP must say the same
        ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        this.created = GregorianCalendar.from(now);
        this.fonts = DocumentFonts.embedIn(document);
    }

    DocumentFonts fonts() {
        return fonts;
    }

    PDDocument document() {
        return document;
    }

    PageFlow pages(PDRectangle size, Margins margins) throws IOException {
        if (flow != null) {
            throw new IllegalStateException("a document has one page flow");
        }
        this.margins = margins;
        flow = new PageFlow(document, size, margins);
        return flow;
    }

    /** What the footer of a multi-page document repeats on every page, next to the page number. */
    void pageReference(String reference) {
        this.pageReference = reference;
    }

    /** Closes the page flow, adds the archival parts and returns the file. */
    byte[] finish() throws IOException {
        if (flow != null) {
            flow.close();
            PageNumbers.stamp(document, fonts.regular(), margins, pageReference);
        }
        document.setVersion(1.7f);
        document.getDocumentCatalog().setLanguage("id-ID");
        writeInformation();
        writeMetadata();
        writeOutputIntent();
        writeIdentifier();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private void writeInformation() {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);
    }

    private void writeMetadata() throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(author);
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        basic.setCreatorTool(PRODUCER);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, serialized, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(serialized.toByteArray());
            document.getDocumentCatalog().setMetadata(metadata);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
    }

    private void writeOutputIntent() throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    private void writeIdentifier() {
        UUID uuid = UUID.randomUUID();
        byte[] id = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
        COSArray ids = new COSArray();
        // both halves equal: this is the file's first and only version
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }
}
