package io.clearsky.server.agencies.internal;

import io.clearsky.server.agencies.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start, creates the {@code admin} user with a random one-time password, written to a file only the
 * server's user can read; the log says where. Nothing ever runs with a default password.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final AgencyStore store;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Path passwordFile;

    AdminBootstrap(
            AgencyStore store,
            PasswordEncoder passwords,
            Clock clock,
            @Value("${clearsky.admin.initial-password-file:${clearsky.data-dir:./data}/initial-admin-password}")
                    Path passwordFile) {
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
        this.passwordFile = passwordFile;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (store.anyAdmin()) {
            return;
        }
        String password = randomPassword();
        store.insertUser("admin", passwords.encode(password), Role.ADMIN, null, true, clock.instant());
        Path file = passwordFile.toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file stays readable by its owner's ACL.
        }
        log.warn(
                "Created user 'admin'. Its one-time password is in {} — log in with it and change it"
                        + " (POST /api/v1/me/password); the file is deleted then.",
                file);
    }

    /** Deletes the one-time password file once the admin chose a password. */
    void forgetInitialPassword() throws IOException {
        Files.deleteIfExists(passwordFile.toAbsolutePath());
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
