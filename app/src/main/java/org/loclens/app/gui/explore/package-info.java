/**
 * The Explore view: confusion matrix, attention heatmap, filter logos, t-SNE and training curves of the held-out set.
 */
package org.loclens.app.gui.explore;
