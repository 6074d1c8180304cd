/**
 * The Predict view: FASTA files streamed through the active model into a filterable, exportable table.
 */
package org.loclens.app.gui.predict;
