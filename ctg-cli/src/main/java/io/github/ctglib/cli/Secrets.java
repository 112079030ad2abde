package io.github.ctglib.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the passwords a store URI or the environment may carry, in everything the tool writes: messages, log
 * lines and the stack traces of {@code --verbose}. A password is never needed to understand a message.
 */
final class Secrets {

    /** PostgreSQL's and MariaDB's {@code password=…} parameter, H2's {@code ;PASSWORD=…} setting. */
    private static final Pattern PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s'\"]*");
    /** The user-info form {@code scheme://user:SECRET@host}. */
    private static final Pattern USER_INFO = Pattern.compile("(://[^/:@\\s'\"]*:)[^@/\\s'\"]+@");

    /**
     * The passwords of the store URIs this process opened: drivers echo parts of a URI they cannot parse
     * ("Incorrect port value : SECRET@host"), so a password is masked wherever it shows, not only in its URI. One
     * command runs per process; the set only grows.
     */
    private static final Set<String> LEARNED = ConcurrentHashMap.newKeySet();

    private final Optional<String> known;

    /** @param known a password known to the tool (the environment's), masked wherever it appears */
    Secrets(Optional<String> known) {
        this.known = known.filter(secret -> !secret.isEmpty());
    }

    String mask(String text) {
        String masked = USER_INFO.matcher(PARAMETER.matcher(text).replaceAll("$1***")).replaceAll("$1***@");
        for (String secret : LEARNED) {
            masked = masked.replace(secret, "***");
        }
        return known.isPresent() ? masked.replace(known.get(), "***") : masked;
    }

    /** Remembers the passwords {@code uri} carries, to mask them in whatever a driver says of it. */
    static void learnFrom(String uri) {
        for (Pattern pattern : List.of(PARAMETER, USER_INFO)) {
            Matcher m = pattern.matcher(uri);
            while (m.find()) {
                String secret = uri.substring(m.end(1), pattern == USER_INFO ? m.end() - 1 : m.end());
                if (secret.length() >= 3) {
                    LEARNED.add(secret);
                }
            }
        }
    }
}
