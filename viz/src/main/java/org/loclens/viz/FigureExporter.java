package org.loclens.viz;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;
import org.loclens.viz.draw.Groups;

/**
 * Writes a {@link Figure} to PNG, SVG or PDF through the figure's one {@code draw} method
 * (Jalview's {@code ImageMaker}).
 *
 * <p>Every file is written to a temporary file in the target's folder and then moved over the
 * target, so a reader never sees half a figure and a failed export leaves the old file intact.
 * All methods are thread-safe; exports of large figures belong on a background thread.
 */
public final class FigureExporter {

    /** Resolutions accepted by {@link #writePng}; 2400 dpi is beyond any printer. */
    public static final int MIN_DPI = 1;
    /** Upper bound of accepted resolutions. */
    public static final int MAX_DPI = 2400;
    /** The usual resolution for journal figures. */
    public static final int PRINT_DPI = 300;

    private static final double POINTS_PER_INCH = 72.0;
    private static final long MAX_PIXELS = 200_000_000L;

    static {
        // Let figures mark SVG groups without depending on JFreeSVG (see Groups).
        SVGHints.addBeginGroupKey(Groups.BEGIN);
        SVGHints.addEndGroupKey(Groups.END);
    }

    private FigureExporter() {
    }

    /** Writes {@code figure} in {@code format}; {@code dpi} is used by PNG only. */
    public static void write(Figure figure, Path file, ExportFormat format, int dpi) throws IOException {
        switch (format) {
            case PNG -> writePng(figure, file, dpi);
            case SVG -> writeSvg(figure, file);
            case PDF -> writePdf(figure, file);
        }
    }

    /**
     * Writes {@code figure} once per format as {@code folder/baseName.ext}.
     *
     * @return the files written, in the order of {@code formats}
     */
    public static List<Path> writeAll(Figure figure, Path folder, String baseName, Set<ExportFormat> formats,
            int dpi) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ExportFormat format : formats) {
            Path file = folder.resolve(baseName + "." + format.extension());
            write(figure, file, format, dpi);
            written.add(file);
        }
        return written;
    }

    /**
     * Renders {@code figure} at its preferred size times {@code dpi / 72} on white, antialiased, and
     * writes a PNG whose pHYs chunk records {@code dpi}, so image programs show the print size.
     */
    public static void writePng(Figure figure, Path file, int dpi) throws IOException {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("dpi must be in [" + MIN_DPI + ", " + MAX_DPI + "]: " + dpi);
        }
        BufferedImage image = toImage(figure, dpi / POINTS_PER_INCH);
        writeAtomically(file, out -> writePngWithDpi(image, dpi, out));
    }

    /**
     * Renders {@code figure} into a new RGB image of its preferred size times {@code scale}, on a
     * white background with antialiasing on.
     */
    public static BufferedImage toImage(Figure figure, double scale) {
        Dimension size = figure.preferredSize();
        int w = (int) Math.ceil(size.width * scale);
        int h = (int) Math.ceil(size.height * scale);
        if (w <= 0 || h <= 0 || (long) w * h > MAX_PIXELS) {
            throw new IllegalArgumentException("Image of " + w + " x " + h + " pixels is not possible");
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            qualityHints(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            figure.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes {@code figure} as SVG in points: the root's width and height are the preferred size in
     * {@code pt} with a matching viewBox. Text stays {@code <text>} (searchable, editable); logo
     * letters are {@code <path>} because figures draw them as glyph outlines.
     */
    public static void writeSvg(Figure figure, Path file) throws IOException {
        String svg = toSvg(figure);
        writeAtomically(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Returns {@code figure} as a standalone SVG document. */
    public static String toSvg(Figure figure) {
        Dimension size = figure.preferredSize();
        SVGGraphics2D g = new SVGGraphics2D(size.width, size.height, SVGUnits.PT);
        // Font sizes are in user units, which the viewBox makes points.
        g.setFontSizeUnits(SVGUnits.PX);
        // 0.01 pt is far below what any printer resolves; full doubles would triple the file size.
        g.setGeomDoubleConverter(SVGUtils.createDoubleConverter(2));
        g.setTransformDoubleConverter(SVGUtils.createDoubleConverter(4));
        qualityHints(g);
        figure.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
        String element = g.getSVGElement(null, true, new ViewBox(0, 0, size.width, size.height), null, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
    }

    /**
     * Writes {@code figure} as a one-page PDF whose page is the preferred size in points. Text is
     * written as text in an embedded subset of the font the layout was measured with when that font
     * file can be found (DejaVu Sans on Debian), otherwise as vector outlines; either way the PDF
     * looks the same in any viewer.
     */
    public static void writePdf(Figure figure, Path file) throws IOException {
        writeAtomically(file, out -> writePdf(figure, out));
    }

    private static void writePdf(Figure figure, OutputStream out) throws IOException {
        Dimension size = figure.preferredSize();
        try (PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = PdfFonts.textDrawer()) {
            PDPage page = new PDPage(new PDRectangle(size.width, size.height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, size.width, size.height);
            g.setFontTextDrawer(fonts);
            try {
                qualityHints(g);
                figure.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height));
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            document.getDocumentInformation().setTitle(figure.title());
            document.getDocumentInformation().setCreator("LocLens");
            document.save(out);
        }
    }

    private static void qualityHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        // PURE keeps thin lines where the geometry puts them instead of snapping to pixels.
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static void writePngWithDpi(BufferedImage image, int dpi, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
            phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** Writes through {@code body} into a temporary sibling of {@code target}, then moves it over. */
    private static void writeAtomically(Path target, OutputWriter body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: its owner-only permissions would stay on the moved figure.
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                body.write(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @FunctionalInterface
    private interface OutputWriter {
        void write(OutputStream out) throws IOException;
    }
}
