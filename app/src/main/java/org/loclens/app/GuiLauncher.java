package org.loclens.app;

/** Starts the JavaFX workbench by reflection, so the command line never loads JavaFX classes. */
final class GuiLauncher {

    static final String GUI_CLASS = "org.loclens.app.gui.LocLensApp";

    private GuiLauncher() {
    }

    static boolean available() {
        try {
            Class.forName(GUI_CLASS, false, GuiLauncher.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static void launch(String[] args) {
        try {
            Class.forName(GUI_CLASS).getMethod("launchApp", String[].class).invoke(null, (Object) args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the LocLens window: " + e.getMessage(), e);
        }
    }
}
