package io.clearsky.server;

import java.util.List;

/** Input that breaks a rule, naming each offending field; answered with 400 and a problem+json body. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super(
                problems.isEmpty()
                        ? "invalid input"
                        : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One field and what is wrong with it. */
    public record FieldProblem(String field, String message) {}
}
