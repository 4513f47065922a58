package io.clearsky.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a measurement in a JVM of its own, with the heap its target is defined at, and returns what it printed: so
 * that fitting the heap is part of the result, and the table's own JVM neither counts nor disturbs.
 */
final class ChildJvm {

    private ChildJvm() {}

    /**
     * Runs {@code mainClass} on this classpath with {@code jvmArgs} and {@code args}; fails if it runs longer than
     * {@code timeoutMinutes} or exits with anything but 0.
     */
    static String run(List<String> jvmArgs, Class<?> mainClass, List<String> args, long timeoutMinutes)
            throws Exception {
        return run(jvmArgs, System.getProperty("java.class.path"), mainClass.getName(), args, timeoutMinutes);
    }

    /** Runs {@code mainClass} on another {@code classpath}, as {@link #run(List, Class, List, long)} does. */
    static String run(List<String> jvmArgs, String classpath, String mainClass, List<String> args, long timeoutMinutes)
            throws Exception {
        String name = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        Path output = Files.createTempFile("clearsky-child-", ".txt");
        try {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.addAll(List.of("-cp", classpath, mainClass));
            command.addAll(args);
            System.out.println("running: " + String.join(" ", command).replace(classpath, shown(classpath)));
            Process child = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!child.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                child.destroyForcibly();
                throw new IllegalStateException(name + " ran longer than " + timeoutMinutes + " minutes");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            System.out.print(text);
            if (child.exitValue() != 0) {
                throw new IllegalStateException(name + " exited with " + child.exitValue());
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** A long class path as its first two entries and how many more: the line says what runs, not every jar. */
    static String shown(String classpath) {
        String[] entries = classpath.split(File.pathSeparator);
        return entries.length <= 3
                ? classpath
                : entries[0] + File.pathSeparator + entries[1] + File.pathSeparator + "(" + (entries.length - 2)
                        + " more)";
    }

    /** The fields of the first line of {@code output} that starts with {@code prefix}, after it. */
    static String[] line(String output, String prefix) {
        for (String line : output.split("\\R")) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).strip().split(" ");
            }
        }
        throw new IllegalArgumentException("no '" + prefix.strip() + "' line in the child JVM's output:\n" + output);
    }
}
