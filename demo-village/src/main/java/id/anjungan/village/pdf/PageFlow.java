package id.anjungan.village.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A cursor running down the pages of one document: content goes where {@link #y()} points, and asking
 * for more room than the page has left starts a new page, so long text continues instead of vanishing
 * past the bottom edge.
 */
final class PageFlow {

    /** Draws the top of a continuation page (a repeated table header, for instance). */
    interface PageStartListener {
        void pageStarted(PageFlow flow) throws IOException;
    }

    private final PDDocument document;
    private final PDRectangle size;
    private final Margins margins;
    private final List<PageStartListener> listeners = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document, PDRectangle size, Margins margins) throws IOException {
        this.document = document;
        this.size = size;
        this.margins = margins;
        openPage();
    }

    PDDocument document() {
        return document;
    }

    PDPageContentStream stream() {
        return stream;
    }

    float y() {
        return y;
    }

    void moveDown(float points) {
        y -= points;
    }

    float left() {
        return margins.left();
    }

    float right() {
        return size.getWidth() - margins.right();
    }

    float width() {
        return right() - left();
    }

    float bottom() {
        return margins.bottom();
    }

    /** Calls the listener on every page started from now on, not on the current one. */
    void onPageStart(PageStartListener listener) {
        listeners.add(listener);
    }

    void removePageStartListener(PageStartListener listener) {
        listeners.remove(listener);
    }

    /** Makes sure the next {@code height} points fit on this page, starting a new one if they do not. */
    boolean ensureRoom(float height) throws IOException {
        if (y - height >= bottom() || y >= size.getHeight() - margins.top()) {
            // a block taller than a whole page goes on the page anyway: a new page would not help
            return false;
        }
        newPage();
        return true;
    }

    void newPage() throws IOException {
        stream.close();
        openPage();
        for (PageStartListener listener : List.copyOf(listeners)) {
            listener.pageStarted(this);
        }
    }

    void close() throws IOException {
        stream.close();
    }

    private void openPage() throws IOException {
        PDPage page = new PDPage(size);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = size.getHeight() - margins.top();
    }
}
