package io.clearsky.server;

import java.io.PrintStream;

/**
 * A task an operator runs with the server's jar and settings instead of the server, chosen by an argument (e.g.
 * {@code --clearsky.audit.verify}). Modules offer theirs through {@link java.util.ServiceLoader}
 * ({@code META-INF/services}), so the application's main class needs to know none of them.
 */
public interface OperatorCommand {

    /** Whether the command line asks for this command. */
    boolean requestedBy(String... args);

    /** Runs the command, prints to {@code out} what a person reads, returns the process's exit code. */
    int run(PrintStream out, String... args);
}
