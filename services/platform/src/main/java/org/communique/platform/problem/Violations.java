package org.communique.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects field violations of one request, so that every one is reported at once, as a 400 problem. */
public final class Violations {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<Problem.FieldError> errors() {
        return List.copyOf(errors);
    }

    /** "field message; field message", the problem's detail. */
    public String describe() {
        return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(describe(), errors());
        }
    }
}
