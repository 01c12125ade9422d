package org.communique.bench;

import java.io.PrintStream;

/** The bench's console: one line per step, and a progress line that rewrites itself while the load runs. */
final class Progress {

    private final PrintStream out;
    private boolean lineOpen;

    Progress(PrintStream out) {
        this.out = out;
    }

    synchronized void say(String line) {
        closeLine();
        out.println("bench | " + line);
    }

    synchronized void warn(String line) {
        closeLine();
        out.println("bench | warning: " + line);
    }

    synchronized void update(String line) {
        out.print("\rbench | " + line + "   ");
        out.flush();
        lineOpen = true;
    }

    private void closeLine() {
        if (lineOpen) {
            out.println();
            lineOpen = false;
        }
    }
}
