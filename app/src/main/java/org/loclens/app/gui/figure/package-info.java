/**
 * The reusable {@link org.loclens.app.gui.figure.FigurePane}: any viz Figure on a resizable Canvas through FXGraphics2D, with export and copy.
 */
package org.loclens.app.gui.figure;
