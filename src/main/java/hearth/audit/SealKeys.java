package hearth.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The secret that seals the audit trail, held outside the database so that someone who
 * can change the database cannot forge the seals. Configured as {@code hearth.audit.seal-key}
 * ({@code HEARTH_AUDIT_SEAL_KEY}); with none configured Hearth makes one at first start in
 * a file beside the embedded database's folder, readable only by its owner. Keys used
 * before a rotation stay configured in {@code hearth.audit.previous-seal-keys} so the
 * entries they sealed can still be checked.
 */
@Component
class SealKeys {

    private static final Logger log = LoggerFactory.getLogger(SealKeys.class);
    private static final int MINIMUM_LENGTH = 32;

    private final Key current;
    private final Map<String, Key> known = new LinkedHashMap<>();

    SealKeys(@Value("${hearth.audit.seal-key:}") String configured,
             @Value("${hearth.audit.previous-seal-keys:}") String previous,
             @Value("${hearth.audit.seal-key-file:${hearth.db.data-dir:./hearth-data/postgres}/../audit-seal.key}") Path file) {
        this.current = new Key(StringUtils.hasText(configured) ? configured.trim() : fromFile(file.normalize()));
        known.put(current.id(), current);
        for (String old : StringUtils.commaDelimitedListToStringArray(previous)) {
            if (StringUtils.hasText(old)) {
                Key key = new Key(old.trim());
                known.putIfAbsent(key.id(), key);
            }
        }
    }

    Key current() {
        return current;
    }

    Optional<Key> byId(String id) {
        return Optional.ofNullable(known.get(id));
    }

    private static String fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read or create the audit seal key " + file
                    + ": set hearth.audit.seal-key (HEARTH_AUDIT_SEAL_KEY) instead", e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            return;
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
        log.warn("Made a new audit seal key in {}: keep a copy with the backups, away from the database", file);
    }

    /** A seal key and the short id stored with each seal, which names the key but does not reveal it. */
    static final class Key {
        private final SecretKeySpec secret;
        private final String id;

        Key(String text) {
            if (text.length() < MINIMUM_LENGTH) {
                throw new IllegalStateException("An audit seal key needs at least " + MINIMUM_LENGTH
                        + " characters (for example: openssl rand -base64 48)");
            }
            this.secret = new SecretKeySpec(text.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            this.id = HexFormat.of().formatHex(mac("hearth audit seal key id".getBytes(StandardCharsets.UTF_8)), 0, 8);
        }

        String id() {
            return id;
        }

        /** HMAC-SHA256 of the parts, one after another. */
        byte[] mac(byte[]... parts) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(secret);
                for (byte[] part : parts) {
                    mac.update(part);
                }
                return mac.doFinal();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every Java runtime has HmacSHA256", e);
            }
        }
    }
}
