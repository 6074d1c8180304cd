package org.loclens.viz;

import java.awt.Graphics2D;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link Graphics2D} that records which methods are called and forwards every call to another
 * one. Generated from {@code javap java.awt.Graphics2D java.awt.Graphics}; used to check that
 * figures only use calls every drawing target (FXGraphics2D, JFreeSVG, PDFBox) supports.
 */
@SuppressWarnings({"deprecation", "unchecked", "rawtypes"})
final class RecordingGraphics2D extends Graphics2D {

    private final Graphics2D target;
    private final Set<String> calls;

    RecordingGraphics2D(Graphics2D target, Set<String> calls) {
        this.target = target;
        this.calls = calls;
    }

    /** Returns a new, empty call log. */
    static Set<String> newLog() {
        return new TreeSet<>();
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, java.awt.Color a9, java.awt.image.ImageObserver a10) {
        calls.add("drawImage(Image,int,int,int,int,int,int,int,int,Color,ImageObserver)");
        return target.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, java.awt.image.ImageObserver a9) {
        calls.add("drawImage(Image,int,int,int,int,int,int,int,int,ImageObserver)");
        return target.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, java.awt.Color a5, java.awt.image.ImageObserver a6) {
        calls.add("drawImage(Image,int,int,int,int,Color,ImageObserver)");
        return target.drawImage(a0, a1, a2, a3, a4, a5, a6);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, java.awt.image.ImageObserver a5) {
        calls.add("drawImage(Image,int,int,int,int,ImageObserver)");
        return target.drawImage(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, java.awt.Color a3, java.awt.image.ImageObserver a4) {
        calls.add("drawImage(Image,int,int,Color,ImageObserver)");
        return target.drawImage(a0, a1, a2, a3, a4);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, java.awt.image.ImageObserver a3) {
        calls.add("drawImage(Image,int,int,ImageObserver)");
        return target.drawImage(a0, a1, a2, a3);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, java.awt.geom.AffineTransform a1, java.awt.image.ImageObserver a2) {
        calls.add("drawImage(Image,AffineTransform,ImageObserver)");
        return target.drawImage(a0, a1, a2);
    }

    @Override
    public boolean hit(java.awt.Rectangle a0, java.awt.Shape a1, boolean a2) {
        calls.add("hit(Rectangle,Shape,boolean)");
        return target.hit(a0, a1, a2);
    }

    @Override
    public java.awt.Color getBackground() {
        calls.add("getBackground()");
        return target.getBackground();
    }

    @Override
    public java.awt.Color getColor() {
        calls.add("getColor()");
        return target.getColor();
    }

    @Override
    public java.awt.Composite getComposite() {
        calls.add("getComposite()");
        return target.getComposite();
    }

    @Override
    public java.awt.Font getFont() {
        calls.add("getFont()");
        return target.getFont();
    }

    @Override
    public java.awt.FontMetrics getFontMetrics(java.awt.Font a0) {
        calls.add("getFontMetrics(Font)");
        return target.getFontMetrics(a0);
    }

    @Override
    public java.awt.Graphics create() {
        calls.add("create()");
        return new RecordingGraphics2D((Graphics2D) target.create(), calls);
    }

    @Override
    public java.awt.GraphicsConfiguration getDeviceConfiguration() {
        calls.add("getDeviceConfiguration()");
        return target.getDeviceConfiguration();
    }

    @Override
    public java.awt.Paint getPaint() {
        calls.add("getPaint()");
        return target.getPaint();
    }

    @Override
    public java.awt.Rectangle getClipBounds() {
        calls.add("getClipBounds()");
        return target.getClipBounds();
    }

    @Override
    public java.awt.RenderingHints getRenderingHints() {
        calls.add("getRenderingHints()");
        return target.getRenderingHints();
    }

    @Override
    public java.awt.Shape getClip() {
        calls.add("getClip()");
        return target.getClip();
    }

    @Override
    public java.awt.Stroke getStroke() {
        calls.add("getStroke()");
        return target.getStroke();
    }

    @Override
    public java.awt.font.FontRenderContext getFontRenderContext() {
        calls.add("getFontRenderContext()");
        return target.getFontRenderContext();
    }

    @Override
    public java.awt.geom.AffineTransform getTransform() {
        calls.add("getTransform()");
        return target.getTransform();
    }

    @Override
    public java.lang.Object getRenderingHint(java.awt.RenderingHints.Key a0) {
        calls.add("getRenderingHint(Key)");
        return target.getRenderingHint(a0);
    }

    @Override
    public void addRenderingHints(java.util.Map<?, ?> a0) {
        calls.add("addRenderingHints(Map)");
        target.addRenderingHints(a0);
    }

    @Override
    public void clearRect(int a0, int a1, int a2, int a3) {
        calls.add("clearRect(int,int,int,int)");
        target.clearRect(a0, a1, a2, a3);
    }

    @Override
    public void clip(java.awt.Shape a0) {
        calls.add("clip(Shape)");
        target.clip(a0);
    }

    @Override
    public void clipRect(int a0, int a1, int a2, int a3) {
        calls.add("clipRect(int,int,int,int)");
        target.clipRect(a0, a1, a2, a3);
    }

    @Override
    public void copyArea(int a0, int a1, int a2, int a3, int a4, int a5) {
        calls.add("copyArea(int,int,int,int,int,int)");
        target.copyArea(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void dispose() {
        calls.add("dispose()");
        target.dispose();
    }

    @Override
    public void draw(java.awt.Shape a0) {
        calls.add("draw(Shape)");
        target.draw(a0);
    }

    @Override
    public void drawArc(int a0, int a1, int a2, int a3, int a4, int a5) {
        calls.add("drawArc(int,int,int,int,int,int)");
        target.drawArc(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void drawGlyphVector(java.awt.font.GlyphVector a0, float a1, float a2) {
        calls.add("drawGlyphVector(GlyphVector,float,float)");
        target.drawGlyphVector(a0, a1, a2);
    }

    @Override
    public void drawImage(java.awt.image.BufferedImage a0, java.awt.image.BufferedImageOp a1, int a2, int a3) {
        calls.add("drawImage(BufferedImage,BufferedImageOp,int,int)");
        target.drawImage(a0, a1, a2, a3);
    }

    @Override
    public void drawLine(int a0, int a1, int a2, int a3) {
        calls.add("drawLine(int,int,int,int)");
        target.drawLine(a0, a1, a2, a3);
    }

    @Override
    public void drawOval(int a0, int a1, int a2, int a3) {
        calls.add("drawOval(int,int,int,int)");
        target.drawOval(a0, a1, a2, a3);
    }

    @Override
    public void drawPolygon(int[] a0, int[] a1, int a2) {
        calls.add("drawPolygon(int[],int[],int)");
        target.drawPolygon(a0, a1, a2);
    }

    @Override
    public void drawPolyline(int[] a0, int[] a1, int a2) {
        calls.add("drawPolyline(int[],int[],int)");
        target.drawPolyline(a0, a1, a2);
    }

    @Override
    public void drawRenderableImage(java.awt.image.renderable.RenderableImage a0, java.awt.geom.AffineTransform a1) {
        calls.add("drawRenderableImage(RenderableImage,AffineTransform)");
        target.drawRenderableImage(a0, a1);
    }

    @Override
    public void drawRenderedImage(java.awt.image.RenderedImage a0, java.awt.geom.AffineTransform a1) {
        calls.add("drawRenderedImage(RenderedImage,AffineTransform)");
        target.drawRenderedImage(a0, a1);
    }

    @Override
    public void drawRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
        calls.add("drawRoundRect(int,int,int,int,int,int)");
        target.drawRoundRect(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void drawString(java.lang.String a0, float a1, float a2) {
        calls.add("drawString(String,float,float)");
        target.drawString(a0, a1, a2);
    }

    @Override
    public void drawString(java.lang.String a0, int a1, int a2) {
        calls.add("drawString(String,int,int)");
        target.drawString(a0, a1, a2);
    }

    @Override
    public void drawString(java.text.AttributedCharacterIterator a0, float a1, float a2) {
        calls.add("drawString(AttributedCharacterIterator,float,float)");
        target.drawString(a0, a1, a2);
    }

    @Override
    public void drawString(java.text.AttributedCharacterIterator a0, int a1, int a2) {
        calls.add("drawString(AttributedCharacterIterator,int,int)");
        target.drawString(a0, a1, a2);
    }

    @Override
    public void fill(java.awt.Shape a0) {
        calls.add("fill(Shape)");
        target.fill(a0);
    }

    @Override
    public void fillArc(int a0, int a1, int a2, int a3, int a4, int a5) {
        calls.add("fillArc(int,int,int,int,int,int)");
        target.fillArc(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void fillOval(int a0, int a1, int a2, int a3) {
        calls.add("fillOval(int,int,int,int)");
        target.fillOval(a0, a1, a2, a3);
    }

    @Override
    public void fillPolygon(int[] a0, int[] a1, int a2) {
        calls.add("fillPolygon(int[],int[],int)");
        target.fillPolygon(a0, a1, a2);
    }

    @Override
    public void fillRect(int a0, int a1, int a2, int a3) {
        calls.add("fillRect(int,int,int,int)");
        target.fillRect(a0, a1, a2, a3);
    }

    @Override
    public void fillRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
        calls.add("fillRoundRect(int,int,int,int,int,int)");
        target.fillRoundRect(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void rotate(double a0) {
        calls.add("rotate(double)");
        target.rotate(a0);
    }

    @Override
    public void rotate(double a0, double a1, double a2) {
        calls.add("rotate(double,double,double)");
        target.rotate(a0, a1, a2);
    }

    @Override
    public void scale(double a0, double a1) {
        calls.add("scale(double,double)");
        target.scale(a0, a1);
    }

    @Override
    public void setBackground(java.awt.Color a0) {
        calls.add("setBackground(Color)");
        target.setBackground(a0);
    }

    @Override
    public void setClip(int a0, int a1, int a2, int a3) {
        calls.add("setClip(int,int,int,int)");
        target.setClip(a0, a1, a2, a3);
    }

    @Override
    public void setClip(java.awt.Shape a0) {
        calls.add("setClip(Shape)");
        target.setClip(a0);
    }

    @Override
    public void setColor(java.awt.Color a0) {
        calls.add("setColor(Color)");
        target.setColor(a0);
    }

    @Override
    public void setComposite(java.awt.Composite a0) {
        calls.add("setComposite(Composite)");
        target.setComposite(a0);
    }

    @Override
    public void setFont(java.awt.Font a0) {
        calls.add("setFont(Font)");
        target.setFont(a0);
    }

    @Override
    public void setPaint(java.awt.Paint a0) {
        calls.add("setPaint(Paint)");
        target.setPaint(a0);
    }

    @Override
    public void setPaintMode() {
        calls.add("setPaintMode()");
        target.setPaintMode();
    }

    @Override
    public void setRenderingHint(java.awt.RenderingHints.Key a0, java.lang.Object a1) {
        calls.add("setRenderingHint(Key,Object)");
        target.setRenderingHint(a0, a1);
    }

    @Override
    public void setRenderingHints(java.util.Map<?, ?> a0) {
        calls.add("setRenderingHints(Map)");
        target.setRenderingHints(a0);
    }

    @Override
    public void setStroke(java.awt.Stroke a0) {
        calls.add("setStroke(Stroke)");
        target.setStroke(a0);
    }

    @Override
    public void setTransform(java.awt.geom.AffineTransform a0) {
        calls.add("setTransform(AffineTransform)");
        target.setTransform(a0);
    }

    @Override
    public void setXORMode(java.awt.Color a0) {
        calls.add("setXORMode(Color)");
        target.setXORMode(a0);
    }

    @Override
    public void shear(double a0, double a1) {
        calls.add("shear(double,double)");
        target.shear(a0, a1);
    }

    @Override
    public void transform(java.awt.geom.AffineTransform a0) {
        calls.add("transform(AffineTransform)");
        target.transform(a0);
    }

    @Override
    public void translate(double a0, double a1) {
        calls.add("translate(double,double)");
        target.translate(a0, a1);
    }

    @Override
    public void translate(int a0, int a1) {
        calls.add("translate(int,int)");
        target.translate(a0, a1);
    }

    @Override
    public boolean hitClip(int a0, int a1, int a2, int a3) {
        calls.add("hitClip(int,int,int,int)");
        return target.hitClip(a0, a1, a2, a3);
    }

    @Override
    public java.awt.FontMetrics getFontMetrics() {
        calls.add("getFontMetrics()");
        return target.getFontMetrics();
    }

    @Override
    public java.awt.Graphics create(int a0, int a1, int a2, int a3) {
        calls.add("create(int,int,int,int)");
        return new RecordingGraphics2D((Graphics2D) target.create(a0, a1, a2, a3), calls);
    }

    @Override
    public java.awt.Rectangle getClipBounds(java.awt.Rectangle a0) {
        calls.add("getClipBounds(Rectangle)");
        return target.getClipBounds(a0);
    }

    @Override
    public java.awt.Rectangle getClipRect() {
        calls.add("getClipRect()");
        return target.getClipRect();
    }

    @Override
    public java.lang.String toString() {
        calls.add("toString()");
        return target.toString();
    }

    @Override
    public void draw3DRect(int a0, int a1, int a2, int a3, boolean a4) {
        calls.add("draw3DRect(int,int,int,int,boolean)");
        target.draw3DRect(a0, a1, a2, a3, a4);
    }

    @Override
    public void drawBytes(byte[] a0, int a1, int a2, int a3, int a4) {
        calls.add("drawBytes(byte[],int,int,int,int)");
        target.drawBytes(a0, a1, a2, a3, a4);
    }

    @Override
    public void drawChars(char[] a0, int a1, int a2, int a3, int a4) {
        calls.add("drawChars(char[],int,int,int,int)");
        target.drawChars(a0, a1, a2, a3, a4);
    }

    @Override
    public void drawPolygon(java.awt.Polygon a0) {
        calls.add("drawPolygon(Polygon)");
        target.drawPolygon(a0);
    }

    @Override
    public void drawRect(int a0, int a1, int a2, int a3) {
        calls.add("drawRect(int,int,int,int)");
        target.drawRect(a0, a1, a2, a3);
    }

    @Override
    public void fill3DRect(int a0, int a1, int a2, int a3, boolean a4) {
        calls.add("fill3DRect(int,int,int,int,boolean)");
        target.fill3DRect(a0, a1, a2, a3, a4);
    }

    @Override
    public void fillPolygon(java.awt.Polygon a0) {
        calls.add("fillPolygon(Polygon)");
        target.fillPolygon(a0);
    }

    @Override
    public void finalize() {
        calls.add("finalize()");
        target.finalize();
    }
}
