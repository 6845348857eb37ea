package id.anjungan.backend.opensid;

import static id.anjungan.backend.BackendError.LOCKED_OUT;
import static id.anjungan.backend.BackendError.NOT_FOUND;
import static id.anjungan.backend.BackendError.PROTOCOL;
import static id.anjungan.backend.BackendError.UNAUTHENTICATED;
import static id.anjungan.backend.BackendError.UNAVAILABLE;
import static id.anjungan.backend.BackendError.VALIDATION;
import static id.anjungan.backend.BackendError.WRONG_CREDENTIALS;
import static id.anjungan.backend.BackendError.WRONG_OLD_PIN;

import id.anjungan.backend.BackendError;

/**
 * The OpenSID calls the kiosk makes, and what a contract-shaped 400, 401, 403 or 404 means for each
 * (contract §1–§2). A 404 on a list means the route is missing: the wrong base URL or an old API.
 */
enum Endpoint {
    //             400          401                403              404
    PROFILE(PROTOCOL, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE),
    LOGIN(VALIDATION, WRONG_CREDENTIALS, LOCKED_OUT, UNAVAILABLE),
    LOGOUT(PROTOCOL, UNAUTHENTICATED, UNAUTHENTICATED, UNAVAILABLE),
    CHANGE_PIN(VALIDATION, UNAUTHENTICATED, WRONG_OLD_PIN, UNAVAILABLE),
    LETTER_TYPES(PROTOCOL, UNAUTHENTICATED, NOT_FOUND, UNAVAILABLE),
    SUBMIT(VALIDATION, UNAUTHENTICATED, NOT_FOUND, NOT_FOUND),
    MY_REQUESTS(PROTOCOL, UNAUTHENTICATED, NOT_FOUND, UNAVAILABLE),
    CANCEL(NOT_FOUND, UNAUTHENTICATED, NOT_FOUND, NOT_FOUND),
    ARCHIVE(PROTOCOL, UNAUTHENTICATED, NOT_FOUND, UNAVAILABLE),
    DOWNLOAD(NOT_FOUND, UNAUTHENTICATED, NOT_FOUND, NOT_FOUND),
    BIODATA(UNAVAILABLE, UNAUTHENTICATED, NOT_FOUND, UNAVAILABLE),
    FAMILY_CARD(UNAVAILABLE, UNAUTHENTICATED, NOT_FOUND, UNAVAILABLE),
    HEALTH(PROTOCOL, UNAVAILABLE, UNAVAILABLE, UNAVAILABLE);

    private final BackendError onBadRequest;
    private final BackendError onUnauthorized;
    private final BackendError onForbidden;
    private final BackendError onNotFound;

    Endpoint(BackendError onBadRequest, BackendError onUnauthorized, BackendError onForbidden, BackendError onNotFound) {
        this.onBadRequest = onBadRequest;
        this.onUnauthorized = onUnauthorized;
        this.onForbidden = onForbidden;
        this.onNotFound = onNotFound;
    }

    BackendError onBadRequest() {
        return onBadRequest;
    }

    BackendError onUnauthorized() {
        return onUnauthorized;
    }

    BackendError onForbidden() {
        return onForbidden;
    }

    BackendError onNotFound() {
        return onNotFound;
    }
}
