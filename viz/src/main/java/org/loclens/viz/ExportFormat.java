package org.loclens.viz;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The file formats a {@link Figure} can be written to by {@link FigureExporter}. */
public enum ExportFormat {
    /** Raster image at a chosen resolution, with its DPI in the pHYs chunk. */
    PNG("png", "image/png"),
    /** Vector image, text kept as text. */
    SVG("svg", "image/svg+xml"),
    /** Vector document of one page of the figure's size, fonts embedded or drawn as outlines. */
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** Returns the file extension without the dot, e.g. {@code "png"}. */
    public String extension() {
        return extension;
    }

    /** Returns the IANA media type, e.g. {@code "image/svg+xml"}. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Parses one format name, ignoring case, surrounding blanks and a leading dot.
     *
     * @throws IllegalArgumentException naming the accepted values if {@code name} is none of them
     */
    public static ExportFormat parse(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith(".")) {
            key = key.substring(1);
        }
        for (ExportFormat format : values()) {
            if (format.extension.equals(key)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown figure format '" + name + "'; expected one of "
                + Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", ")));
    }

    /**
     * Parses a comma-separated list such as {@code "png,svg,pdf"}, keeping its order and dropping
     * repeats.
     *
     * @throws IllegalArgumentException if the list is blank or holds an unknown name
     */
    public static Set<ExportFormat> parseList(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            throw new IllegalArgumentException("No figure format given; expected e.g. \"png,svg,pdf\"");
        }
        Set<ExportFormat> formats = new LinkedHashSet<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                formats.add(parse(part));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("No figure format in '" + commaSeparated + "'");
        }
        return Collections.unmodifiableSet(formats);
    }

    /** Returns the format named by a file's extension, if it is one of ours. */
    public static Optional<ExportFormat> ofPath(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }
}
