/**
 * The main window: menus, notifications, drag and drop, and the four views as tabs.
 */
package org.loclens.app.gui.main;
