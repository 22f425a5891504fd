package org.tierdesk.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The folder that holds a manager's database, backups and logs. An explicit {@code --data-dir} wins, then the
 * {@code TIERDESK_HOME} environment variable, then the operating system's per-user data folder.
 */
public final class DataFolder {
    public static final String HOME_VARIABLE = "TIERDESK_HOME";

    private DataFolder() {
    }

    /** The folder for this process: {@code explicitDir} (may be null), else the environment, else the OS default. */
    public static Path resolve(String explicitDir) {
        return resolve(explicitDir, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    /** The same rules with everything the answer depends on passed in, so each platform can be tested anywhere. */
    public static Path resolve(String explicitDir, Map<String, String> environment, String osName, String userHome) {
        Optional<String> chosen = nonBlank(explicitDir).or(() -> nonBlank(environment.get(HOME_VARIABLE)));
        if (chosen.isPresent()) {
            return Path.of(chosen.get()).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            return nonBlank(environment.get("APPDATA")).map(Path::of)
                    .orElse(home.resolve("AppData").resolve("Roaming"))
                    .resolve("TierDesk");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("TierDesk");
        }
        // XDG Base Directory: a relative XDG_DATA_HOME is invalid and must be ignored
        return nonBlank(environment.get("XDG_DATA_HOME")).map(Path::of).filter(Path::isAbsolute)
                .orElse(home.resolve(".local").resolve("share"))
                .resolve("tierdesk");
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
