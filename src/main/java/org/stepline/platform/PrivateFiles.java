package org.stepline.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files only the operating-system user running Stepline may read: the data directory (mode 700) and the passwords
 * file in it (mode 600). Stepline makes them so; one it finds wider it refuses, because anyone who can read them
 * can read every patient's record. On a file system without POSIX permissions (Windows) nothing is checked.
 */
final class PrivateFiles {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {}

    /** Thrown with a one-line message that says what to do. */
    static final class TooOpen extends IllegalStateException {
        TooOpen(String message) {
            super(message);
        }
    }

    /** Creates the directory (mode 700) when missing; refuses one that other users may open. */
    static void requirePrivateDirectory(Path dir) {
        try {
            if (!Files.exists(dir)) {
                Files.createDirectories(dir);
                restrict(dir, "rwx------");
            }
            refuseIfOpen(dir, "chmod 700");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data directory " + dir.toAbsolutePath(), e);
        }
    }

    /** Makes a directory Stepline may wipe anyway (a test run's) private again. */
    static void makePrivate(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, "rwx------");
    }

    /** Refuses a file that other users may read. */
    static void requirePrivateFile(Path file) {
        refuseIfOpen(file, "chmod 600");
    }

    /** Writes a new file that only this user can read or write. */
    static void writePrivately(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, content);
    }

    private static void refuseIfOpen(Path path, String fix) {
        if (!posix()) {
            return;
        }
        try {
            var permissions = Files.getPosixFilePermissions(path);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new TooOpen("Stepline will not start: other users on this machine can open "
                        + path.toAbsolutePath() + " (" + PosixFilePermissions.toString(permissions) + "); run '"
                        + fix + " " + path.toAbsolutePath() + "' and start again.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the permissions of " + path.toAbsolutePath(), e);
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
