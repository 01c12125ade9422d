package org.communique.platform.problem;

import java.util.List;
import java.util.Map;

/** Thrown by resources to answer with a specific problem; {@code slug} becomes the problem type URI. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null, Map.of());
    }

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
                            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    public static ProblemException badRequest(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, "invalid-request", "Invalid request", detail, errors, Map.of());
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, null,
                Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
