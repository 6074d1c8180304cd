package org.loclens.app.cli;

import java.io.PrintStream;

/** A one-line progress bar with ETA on stderr; redraws at most 5 times a second. */
final class ProgressBar {

    private final PrintStream out;
    private final boolean interactive;
    private long lastDraw;
    private String lastLine = "";

    ProgressBar(PrintStream out) {
        this.out = out;
        this.interactive = System.console() != null;
    }

    void update(String label, double fraction, double etaSeconds, String detail) {
        long now = System.nanoTime();
        long minGap = interactive ? 200_000_000L : 10_000_000_000L; // logs get a line every 10 s
        if (now - lastDraw < minGap && !(fraction >= 1)) {
            return;
        }
        lastDraw = now;
        if (Double.isNaN(fraction)) { // unknown total (a stream): a counter instead of a bar
            String line = label + " " + detail;
            out.print(interactive ? "\r" + line + "   " : line + "\n");
            out.flush();
            return;
        }
        int width = 30;
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        String line = String.format("%s [%s%s] %3.0f%% ETA %s %s", label, "#".repeat(filled), ".".repeat(width - filled),
                100 * fraction, formatSeconds(etaSeconds), detail);
        if (interactive) {
            out.print("\r" + line + "   ");
        } else if (!line.equals(lastLine)) {
            out.println(line); // logs and pipes: one line per update
        }
        lastLine = line;
        out.flush();
    }

    void done() {
        if (interactive) {
            out.println();
        }
    }

    static String formatSeconds(double s) {
        if (!Double.isFinite(s) || s < 0) {
            return "--:--";
        }
        long t = Math.round(s);
        return t >= 3600 ? String.format("%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60) : String.format("%02d:%02d", t / 60, t % 60);
    }
}
