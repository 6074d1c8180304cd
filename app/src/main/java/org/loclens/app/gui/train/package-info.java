/**
 * The Train view: training, resuming, evaluating and saving a network.
 */
package org.loclens.app.gui.train;
