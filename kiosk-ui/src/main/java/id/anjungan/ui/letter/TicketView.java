package id.anjungan.ui.letter;

import id.anjungan.ui.i18n.Message;
import id.anjungan.ui.i18n.Texts;
import id.anjungan.ui.part.QrImage;
import id.anjungan.ui.part.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The queue ticket on screen: the number large, the letter, the QR, and whether the paper ticket printed. */
public final class TicketView extends VBox {


    public TicketView(LetterFormViewModel model, Texts texts) {
        getStyleClass().add("screen");
        setAlignment(Pos.CENTER);
        Label number = new Label();
        number.getStyleClass().add("ticket-number");
        number.setId("ticket-number");
        Label letter = new Label();
        letter.getStyleClass().add("subtitle");
        Label printed = new Label();
        printed.setWrapText(true);
        ImageView qr = new ImageView();
        Label title = new Label();
        title.getStyleClass().add("title");
        title.setWrapText(true);
        model.ticket().addListener((obs, old, ticket) -> show(ticket, texts, title, number, letter, printed, qr));
        texts.localeProperty().addListener((obs, old, now) -> show(model.ticket().get(), texts, title, number, letter, printed, qr));
        VBox words = new VBox(16, title, Ui.label(texts, "ticket.number", "subtitle"), number,
                letter, printed);
        HBox body = new HBox(48, words, qr);
        body.setAlignment(Pos.CENTER);
        getChildren().addAll(body, Ui.button(texts, "ticket.done", model::ticketDone, "primary"));
    }

    private static void show(id.anjungan.core.session.TicketView ticket, Texts texts, Label title, Label number, Label letter,
            Label printed, ImageView qr) {
        if (ticket == null) {
            return;
        }
        // a request kept in the outbox has not reached the village: the ticket must not say it was sent
        title.setText(texts.get(ticket.sentToVillage() ? "ticket.title" : "ticket.titleStored"));
        number.setText(ticket.number());
        letter.setText(ticket.letterName());
        StringBuilder words = new StringBuilder(texts.get(ticket.sentToVillage() ? "ticket.sent" : "ticket.stored"));
        words.append(' ').append(texts.get(ticket.printed() ? "ticket.take" : "ticket.notPrinted"));
        if (ticket.printProblem() != null) {
            words.append(' ').append(texts.format(Message.said(ticket.printProblem())));
        }
        printed.setText(words.toString());
        printed.getStyleClass().setAll("label", ticket.printed() && ticket.sentToVillage() ? "notice" : "error");
        qr.setImage(QrImage.of(ticket.claimCode(), 320));
    }
}
