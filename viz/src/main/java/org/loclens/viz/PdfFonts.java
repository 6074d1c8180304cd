package org.loclens.viz;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.loclens.viz.draw.Text;

/**
 * Finds the font files behind the logical sans-serif font so PDFs can embed them.
 *
 * <p>PDFBox graphics2d embeds a font registered under the AWT font name ({@code SansSerif.plain});
 * text in any other font is drawn as outlines. A candidate file is used only if its advance widths
 * equal those of the logical font, because the figures' layout was measured with the logical one.
 * On Debian with fonts-dejavu that is DejaVu Sans; on Windows, Arial.
 */
final class PdfFonts {

    private static final String PROBE = "ER Golgi plasma membrane 0123456789 \u2212\u2026 W";

    private static final List<String> PLAIN = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
            "C:/Windows/Fonts/arial.ttf");
    private static final List<String> BOLD = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf",
            "C:/Windows/Fonts/arialbd.ttf");

    private static volatile Optional<File> plain;
    private static volatile Optional<File> bold;

    private PdfFonts() {
    }

    /** Returns a new text drawer with the matching sans-serif files registered, if any. */
    static PdfBoxGraphics2DFontTextDrawer textDrawer() {
        PdfBoxGraphics2DFontTextDrawer drawer = new PdfBoxGraphics2DFontTextDrawer();
        Font logicalPlain = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        Font logicalBold = new Font(Font.SANS_SERIF, Font.BOLD, 10);
        if (plain == null) {
            plain = find(PLAIN, logicalPlain);
            bold = find(BOLD, logicalBold);
        }
        plain.ifPresent(f -> drawer.registerFont(logicalPlain.getFontName(), f));
        bold.ifPresent(f -> drawer.registerFont(logicalBold.getFontName(), f));
        return drawer;
    }

    private static Optional<File> find(List<String> candidates, Font logical) {
        double expected = Text.width(logical.deriveFont(100f), PROBE);
        for (String path : candidates) {
            File file = new File(path);
            if (!file.isFile()) {
                continue;
            }
            try {
                Font physical = Font.createFont(Font.TRUETYPE_FONT, file).deriveFont(100f);
                if (Math.abs(Text.width(physical, PROBE) - expected) < 1e-3 * expected) {
                    return Optional.of(file);
                }
            } catch (IOException | FontFormatException e) {
                // Unreadable candidate: try the next one; outlines remain the fallback.
            }
        }
        return Optional.empty();
    }
}
