package org.stepline.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded PostgreSQL's three passwords, generated on first start and kept in {@code database-passwords} in
 * the data directory (mode 600): the superuser's (used only at start, to keep the two roles as they should be),
 * the owner's (Flyway) and the application's (everything else).
 */
record DatabasePasswords(String superuser, String owner, String application) {

    static final String FILE_NAME = "database-passwords";

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    static boolean exist(Path dataDir) {
        return Files.exists(file(dataDir));
    }

    /** The passwords in the data directory's file, refusing a file other users may read. */
    static DatabasePasswords read(Path dataDir) {
        Path file = file(dataDir);
        PrivateFiles.requirePrivateFile(file);
        try {
            var properties = new Properties();
            properties.load(new StringReader(Files.readString(file)));
            return new DatabasePasswords(
                    required(properties, "superuser", file),
                    required(properties, "owner", file),
                    required(properties, "application", file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.toAbsolutePath(), e);
        }
    }

    /** New random passwords, written to the data directory's file readable by this user only. */
    static DatabasePasswords generate(Path dataDir) {
        var passwords = new DatabasePasswords(random(), random(), random());
        try {
            PrivateFiles.writePrivately(
                    file(dataDir), """
                    # Stepline's embedded PostgreSQL (generated on first start; keep this file private)
                    superuser=%s
                    owner=%s
                    application=%s
                    """.formatted(passwords.superuser, passwords.owner, passwords.application));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file(dataDir).toAbsolutePath(), e);
        }
        return passwords;
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file.toAbsolutePath() + " has no '" + key + "' password");
        }
        return value.trim();
    }

    /** 256 random bits, in characters that need no quoting in SQL or a properties file. */
    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabasePasswords[hidden]";
    }
}
