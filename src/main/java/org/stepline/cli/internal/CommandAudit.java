package org.stepline.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import org.stepline.audit.AuditAction;
import org.stepline.audit.AuditTrail;

/** Commands write the audit trail as the server does, naming the operating-system user who ran them. */
final class CommandAudit {

    private CommandAudit() {}

    static void record(ApplicationContext context, AuditAction action, String detail) {
        context.getBean(AuditTrail.class).recordBy(AuditTrail.commandLineActor(), null, action, detail);
    }

    /** The CSV files now in a folder, by full path, for the entry of a command that wrote them. */
    static String csvFilesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv"))
                    .map(f -> f.toAbsolutePath().toString())
                    .sorted()
                    .collect(Collectors.joining(", "));
        }
    }

    static String paths(List<Path> files) {
        return files.stream().map(f -> f.toAbsolutePath().toString()).collect(Collectors.joining(", "));
    }
}
