package org.loclens.app.gui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Properties;

/**
 * What the workbench remembers between runs: window bounds, the last folder used, the active model file.
 * A small properties file under {@code ~/.config/loclens} (or {@code $XDG_CONFIG_HOME/loclens}); the data
 * folder ({@code ~/.local/share/loclens}) holds training checkpoints. System properties
 * {@code loclens.config.dir} and {@code loclens.data.dir} override both (tests, portable installs).
 */
public final class AppSettings {

    private static final String FILE = "workbench.properties";

    private final Path configDir;
    private final Path dataDir;
    private final Properties values = new Properties();

    public AppSettings(Path configDir, Path dataDir) {
        this.configDir = configDir;
        this.dataDir = dataDir;
        Path f = configDir.resolve(FILE);
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // unreadable settings are not worth an error: start with defaults
            }
        }
    }

    /** The user's settings, from the standard folders. */
    public static AppSettings standard() {
        String home = System.getProperty("user.home");
        Path config = dir("loclens.config.dir", "XDG_CONFIG_HOME", Path.of(home, ".config"));
        Path data = dir("loclens.data.dir", "XDG_DATA_HOME", Path.of(home, ".local", "share"));
        return new AppSettings(config, data);
    }

    private static Path dir(String property, String env, Path fallbackParent) {
        String p = System.getProperty(property);
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        String e = System.getenv(env);
        return (e != null && !e.isBlank() ? Path.of(e) : fallbackParent).resolve("loclens");
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path checkpointsDir() {
        return dataDir.resolve("checkpoints");
    }

    public double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void putDouble(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(values.getProperty(key, "false"));
    }

    public void putBoolean(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    /** The folder of the last file opened or saved, if it still exists. */
    public Path lastFolder() {
        String p = values.getProperty("lastFolder");
        if (p != null) {
            Path f = Path.of(p);
            if (Files.isDirectory(f)) {
                return f;
            }
        }
        return Path.of(System.getProperty("user.home"));
    }

    /** Remembers the folder of {@code file} (or {@code file} itself when it is a folder). */
    public void rememberFolder(Path file) {
        if (file == null) {
            return;
        }
        Path f = Files.isDirectory(file) ? file : file.toAbsolutePath().getParent();
        if (f != null) {
            values.setProperty("lastFolder", f.toString());
        }
    }

    /** The model files chosen by the user (several = an ensemble), empty for the bundled default. */
    public List<Path> activeModels() {
        String p = values.getProperty("activeModel", "");
        return p.isBlank() ? List.of()
                : Arrays.stream(p.split(java.util.regex.Pattern.quote(File.pathSeparator))).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    public void setActiveModels(List<Path> files) {
        values.setProperty("activeModel", files.stream().map(f -> f.toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator)));
    }

    /** Writes the settings (temp file, then move); a failure is returned, not thrown, since settings are optional. */
    public Optional<IOException> save() {
        try {
            Files.createDirectories(configDir);
            Path tmp = Files.createTempFile(configDir, "." + FILE, ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    values.store(out, "LocLens workbench");
                }
                Files.move(tmp, configDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e);
        }
    }
}
