package org.communique.cli;

import java.io.PrintWriter;

/** A progress line on the error stream, rewritten in place ("\r") at most a few times a second. */
final class Progress {

    private final PrintWriter err;
    private final String what;
    private final long total;
    private long lastPrinted;

    Progress(PrintWriter err, String what, long total) {
        this.err = err;
        this.what = what;
        this.total = total;
    }

    void update(long done) {
        long now = System.nanoTime();
        if (done < total && now - lastPrinted < 250_000_000L) {
            return;
        }
        lastPrinted = now;
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        err.printf("\r%s %d/%d (%d%%)", what, done, total, percent);
        err.flush();
    }

    void done(long done) {
        lastPrinted = 0;
        update(done);
        err.println();
        err.flush();
    }
}
