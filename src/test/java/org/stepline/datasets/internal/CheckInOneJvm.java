package org.stepline.datasets.internal;

import java.nio.file.Path;

/**
 * Runs the extract check on a directory and prints how many problems it found and the last line of its list: the
 * entry point {@link ExtractCheckInOneGigabyteTest} starts in a JVM of its own with the heap capped.
 */
final class CheckInOneJvm {

    private CheckInOneJvm() {}

    public static void main(String[] args) throws java.io.IOException {
        var check = new ExtractCheck(Path.of(args[0]), Extracts.phq9AndGad7(), ProgressMeter.silent());
        check.run();
        var lines = check.problems().lines();
        System.out.println("problems " + check.problems().count());
        System.out.println("listed " + lines.size());
        System.out.println("first " + lines.getFirst());
        System.out.println("last " + lines.getLast());
    }
}
