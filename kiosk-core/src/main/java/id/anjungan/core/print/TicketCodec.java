package id.anjungan.core.print;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.anjungan.device.api.QueueTicket;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A queue ticket as the journal's JSON payload, and the summary kept once it printed (no claim code). */
final class TicketCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TicketCodec() {
    }

    static String encode(QueueTicket ticket) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("villageName", ticket.villageName());
        fields.put("number", ticket.number());
        fields.put("letterType", ticket.letterType());
        fields.put("issuedAt", ticket.issuedAt().toString());
        fields.put("requestReference", ticket.requestReference());
        fields.put("claimCode", ticket.claimCode());
        fields.put("footer", ticket.footer());
        return write(fields);
    }

    static QueueTicket decode(String payload) {
        try {
            Map<?, ?> fields = JSON.readValue(payload, Map.class);
            return new QueueTicket(text(fields, "villageName"), text(fields, "number"), text(fields, "letterType"),
                    ZonedDateTime.parse(text(fields, "issuedAt")), text(fields, "requestReference"), text(fields, "claimCode"),
                    text(fields, "footer"));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a ticket payload", e);
        }
    }

    /** What stays in the journal after printing: enough for an operator, no bearer code. */
    static String summary(QueueTicket ticket) {
        return write(Map.of("number", ticket.number(), "letterType", ticket.letterType(),
                "requestReference", ticket.requestReference()));
    }

    private static String text(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("ticket payload without " + name);
        }
        return value.toString();
    }

    private static String write(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
