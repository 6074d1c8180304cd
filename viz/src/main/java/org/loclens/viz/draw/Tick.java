package org.loclens.viz.draw;

/**
 * One labelled tick of an axis.
 *
 * @param value where the tick sits, in data units
 * @param label the text drawn at the tick
 */
public record Tick(double value, String label) {
}
