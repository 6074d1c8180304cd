/**
 * The Protein view: attention track, probability bars and the what-if sequence editor for one protein.
 */
package org.loclens.app.gui.protein;
