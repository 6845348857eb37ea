package id.anjungan.device.a4.cups;

import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Status;
import com.hp.jipp.model.Types;
import id.anjungan.device.api.DeviceError;
import id.anjungan.device.api.DeviceException;
import id.anjungan.device.api.DocumentPrinterStatus;
import id.anjungan.device.transport.IppHttpTransport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The three IPP questions the driver asks cupsd: how is the queue (Get-Printer-Attributes), how is
 * this job (Get-Job-Attributes), and which job got this name (Get-Jobs). Packets are built and
 * parsed by jipp; the bytes travel over {@link IppHttpTransport}.
 */
final class CupsIppClient {

    private final IppHttpTransport transport;
    private final URI server;
    private final String user;
    private final AtomicInteger requestIds = new AtomicInteger();

    CupsIppClient(IppHttpTransport transport, URI server, String user) {
        this.transport = transport;
        this.server = server;
        this.user = user;
    }

    /**
     * @throws DeviceException with {@link DeviceError#DOCUMENT_PRINTER_NOT_FOUND} when cupsd has no such queue
     */
    DocumentPrinterStatus printerStatus(String queue) {
        IppPacket response = send(queue, IppPacket.getPrinterAttributes(printerUri(queue),
                Types.printerState, Types.printerStateReasons, Types.printerIsAcceptingJobs));
        if (response.getStatus().equals(Status.clientErrorNotFound)) {
            throw new DeviceException(DeviceError.DOCUMENT_PRINTER_NOT_FOUND, "cupsd has no queue " + queue);
        }
        requireSuccess(queue, response);
        Integer state = response.getValue(Tag.printerAttributes, Types.printerState) == null ? null
                : response.getValue(Tag.printerAttributes, Types.printerState).getCode();
        Boolean accepting = response.getValue(Tag.printerAttributes, Types.printerIsAcceptingJobs);
        if (state == null || accepting == null) {
            throw new DeviceException(DeviceError.DOCUMENT_PRINTER_UNREACHABLE, "cupsd left out the state of " + queue);
        }
        List<String> reasons = response.getStrings(Tag.printerAttributes, Types.printerStateReasons);
        return IppStates.printerStatus(state, accepting, reasons);
    }

    /** The IPP {@code job-state} of a job, empty when cupsd no longer knows the job. */
    OptionalInt jobState(String queue, int jobId) {
        IppPacket response = send(queue, IppPacket.getJobAttributes(printerUri(queue), jobId, Types.jobState));
        if (response.getStatus().equals(Status.clientErrorNotFound)) {
            return OptionalInt.empty();
        }
        requireSuccess(queue, response);
        return Optional.ofNullable(response.getValue(Tag.jobAttributes, Types.jobState))
                .map(state -> OptionalInt.of(state.getCode()))
                .orElseGet(OptionalInt::empty);
    }

    /** The newest job on {@code queue} named {@code jobName}, finished or not. */
    OptionalInt findJob(String queue, String jobName) {
        IppPacket.Builder request = IppPacket.getJobs(printerUri(queue), Types.jobId, Types.jobName)
                .putOperationAttributes(Types.whichJobs.of("all"));
        IppPacket response = send(queue, request);
        requireSuccess(queue, response);
        OptionalInt found = OptionalInt.empty();
        for (var group : response.getAttributeGroups()) {
            if (!group.getTag().equals(Tag.jobAttributes)) {
                continue;
            }
            Integer id = group.getValue(Types.jobId);
            var name = group.getValue(Types.jobName);
            // the JDK's lpr call puts a space before the title
            if (id != null && name != null && name.getValue().strip().equals(jobName)
                    && (found.isEmpty() || id > found.getAsInt())) {
                found = OptionalInt.of(id);
            }
        }
        return found;
    }

    private IppPacket send(String queue, IppPacket.Builder request) {
        IppPacket packet = request.setRequestId(requestIds.incrementAndGet())
                .putOperationAttributes(Types.requestingUserName.of(user))
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            packet.write(bytes);
            byte[] answer = transport.exchange(endpoint(queue), bytes.toByteArray());
            return IppPacket.read(new ByteArrayInputStream(answer));
        } catch (DeviceException e) {
            throw new DeviceException(DeviceError.DOCUMENT_PRINTER_UNREACHABLE, "cupsd at " + server + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new DeviceException(DeviceError.DOCUMENT_PRINTER_UNREACHABLE, "cupsd at " + server + " sent no valid IPP: " + e, e);
        }
    }

    private static void requireSuccess(String queue, IppPacket response) {
        if (response.getCode() >= 0x0100) {
            throw new DeviceException(DeviceError.DOCUMENT_PRINTER_UNREACHABLE, "cupsd refused a request about " + queue + ": "
                    + response.getStatus());
        }
    }

    private URI endpoint(String queue) {
        return server.resolve("/printers/" + encode(queue));
    }

    private URI printerUri(String queue) {
        return URI.create("ipp://" + server.getAuthority() + "/printers/" + encode(queue));
    }

    private static String encode(String queue) {
        return URLEncoder.encode(queue, StandardCharsets.UTF_8);
    }
}
