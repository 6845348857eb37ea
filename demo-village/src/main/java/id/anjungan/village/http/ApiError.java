package id.anjungan.village.http;

/** The kinds of error answers, each with its HTTP status. */
public enum ApiError {
    FAIL_400(400),
    FAIL_401(401),
    FAIL_403(403),
    FAIL_404(404),
    FAIL_409(409),
    VALIDATION(422),
    NOT_FOUND(404),
    UNAUTHENTICATED(401),
    INVALID_QUERY(400),
    PAYLOAD_TOO_LARGE(413),
    TOO_MANY_REQUESTS(429),
    SERVER_ERROR(500);

    private final int status;

    ApiError(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiError fail(int status) {
        for (ApiError e : values()) {
            if (e.name().startsWith("FAIL_") && e.status == status) {
                return e;
            }
        }
        throw new IllegalArgumentException("no fail() status " + status);
    }
}
