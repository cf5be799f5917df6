package org.stepline.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.stereotype.Repository;

/**
 * The identity module's table staff_second_factor: each local account's one-time-code secret, encrypted (AES-GCM,
 * Spring Security's {@link Encryptors#stronger}) with the key in {@code STEPLINE_SECOND_FACTOR_KEY}, and the step of
 * the last code accepted. Without a key (a demonstration on one machine) secrets are stored as they are, with a
 * warning at start-up; a secret is never logged either way.
 */
@Repository
class SecondFactorSecrets {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorSecrets.class);
    private static final String SEALED = "aes:";
    private static final String PLAIN = "plain:";
    private static final String SALT =
            HexFormat.of().formatHex("stepline-second-factor".getBytes(StandardCharsets.UTF_8));

    private final JdbcClient jdbc;
    private final @Nullable BytesEncryptor encryptor;

    SecondFactorSecrets(JdbcClient jdbc, SecondFactorProperties properties) {
        this.jdbc = jdbc;
        String key = properties.encryptionKey();
        this.encryptor = key == null || key.isBlank() ? null : Encryptors.stronger(key, SALT);
        if (encryptor == null) {
            log.warn("STEPLINE_SECOND_FACTOR_KEY is not set: second-factor secrets are stored unencrypted");
        }
    }

    boolean enrolled(long staffId) {
        return jdbc.sql("select exists (select 1 from staff_second_factor where staff_id = ?)")
                .param(staffId)
                .query(Boolean.class)
                .single();
    }

    /** Keeps a confirmed secret, with the step of the code that confirmed it (already used). */
    void store(long staffId, byte[] secret, long usedStep) {
        jdbc.sql("insert into staff_second_factor (staff_id, secret, last_step) values (?, ?, ?)")
                .params(staffId, seal(secret), usedStep)
                .update();
    }

    Optional<byte[]> secret(long staffId) {
        return jdbc.sql("select secret from staff_second_factor where staff_id = ?")
                .param(staffId)
                .query(String.class)
                .optional()
                .map(this::open);
    }

    /** Marks the step's code used; false when it (or a later one) was used already: a replayed code. */
    boolean use(long staffId, long step) {
        return jdbc.sql("update staff_second_factor set last_step = ? where staff_id = ? and last_step < ?")
                        .params(step, staffId, step)
                        .update()
                == 1;
    }

    /** Forgets the account's second factor; false when it had none. */
    boolean remove(long staffId) {
        return jdbc.sql("delete from staff_second_factor where staff_id = ?")
                        .param(staffId)
                        .update()
                == 1;
    }

    private String seal(byte[] secret) {
        return encryptor == null
                ? PLAIN + Base64.getEncoder().encodeToString(secret)
                : SEALED + Base64.getEncoder().encodeToString(encryptor.encrypt(secret));
    }

    private byte[] open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return Base64.getDecoder().decode(stored.substring(PLAIN.length()));
        }
        if (encryptor == null) {
            throw new IllegalStateException(
                    "A second-factor secret is encrypted but STEPLINE_SECOND_FACTOR_KEY is not set");
        }
        return encryptor.decrypt(Base64.getDecoder().decode(stored.substring(SEALED.length())));
    }
}
