package org.cayleyj.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cayleyj.cli.CayleyMain;

/** Runs the real CLI in-process and captures what it prints. */
public final class Cli {
    private Cli() {
    }

    /** Exit code and the text written to stdout and stderr. */
    public record Run(int exit, String out, String err) {
    }

    public static Run cayley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CayleyMain.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
