package org.loclens.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    @Test
    void parsesACommaSeparatedListInOrderIgnoringCaseBlanksAndRepeats() {
        assertEquals(List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF),
                List.copyOf(ExportFormat.parseList("png,svg,pdf")));
        assertEquals(List.of(ExportFormat.PDF, ExportFormat.SVG),
                List.copyOf(ExportFormat.parseList(" PDF , .svg,,pdf ")));
    }

    @Test
    void unknownOrMissingFormatsAreRejectedNamingTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExportFormat.parseList("png,jpg"));
        assertTrue(e.getMessage().contains("jpg") && e.getMessage().contains("png, svg, pdf"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parseList(" "));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parseList(","));
    }

    @Test
    void formatIsKnownFromAFileExtension() {
        assertEquals(Optional.of(ExportFormat.SVG), ExportFormat.ofPath(Path.of("a/b/figure.SVG")));
        assertEquals(Optional.empty(), ExportFormat.ofPath(Path.of("figure.jpg")));
        assertEquals("image/svg+xml", ExportFormat.SVG.mediaType());
    }
}
