/**
 * Services shared by the workbench's views: {@link org.loclens.app.gui.common.AppContext}, the active
 * model, settings, notifications, dialogs and the message bundle.
 */
package org.loclens.app.gui.common;
