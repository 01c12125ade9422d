package org.communique.platform.http;

import org.communique.platform.problem.Problem;
import org.communique.platform.problem.ProblemException;

import java.util.Map;

/** The 413 problem, whichever check notices the oversize body. */
final class PayloadTooLarge {

    static final String SLUG = "payload-too-large";
    static final String TITLE = "Payload too large";

    private PayloadTooLarge() {
    }

    static String detail(long limit) {
        return "the request body exceeds the limit of " + limit + " bytes";
    }

    static Problem problem(long limit, String path) {
        return new Problem(Problem.TYPE_BASE + SLUG, TITLE, 413, detail(limit), path, null);
    }

    // the rest of the body is never read, so the connection cannot be reused
    static ProblemException exception(long limit) {
        return new ProblemException(413, SLUG, TITLE, detail(limit), null, Map.of("Connection", "close"));
    }
}
