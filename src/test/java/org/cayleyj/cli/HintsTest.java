package org.cayleyj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cayleyj.testing.Cli;
import org.junit.jupiter.api.Test;

/** Typos get picocli's suggestions inside the one-line error; completion scripts. */
class HintsTest {
    private static void assertOneLine(Cli.Run r, String expected) {
        assertEquals(CayleyMain.EXIT_BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("cayley: ") && r.err().contains(expected), r.err());
    }

    @Test
    void aMistypedCommandSuggestsTheCommand() {
        assertOneLine(Cli.cayley("growht", "lrx", "-n", "5"),
                "unknown command 'growht'; did you mean growth or class-growth? (see 'cayley --help')");
        assertOneLine(Cli.cayley("catalog", "shw", "lrx"), "unknown command 'shw'; did you mean show?");
    }

    @Test
    void aMistypedOptionSuggestsTheOption() {
        assertOneLine(Cli.cayley("growth", "lrx", "-n", "5", "--formt", "json"),
                "Unknown options: '--formt', 'json'; did you mean --format? (see 'cayley growth --help')");
    }

    @Test
    void noCommandSaysSoOnce() {
        Cli.Run r = Cli.cayley();
        assertOneLine(r, "missing command");
        assertEquals(r.err().indexOf("--help"), r.err().lastIndexOf("--help"), r.err());
    }

    @Test
    void completionScriptsForBashAndZsh() {
        Cli.Run bash = Cli.cayley("completion", "bash");
        assertEquals(0, bash.exit(), bash.err());
        assertTrue(bash.out().contains("complete -F _complete_cayley"), bash.out().lines().limit(5).toList()
                .toString());
        assertTrue(bash.out().contains("growth") && bash.out().contains("--format"));
        Cli.Run zsh = Cli.cayley("completion", "zsh");
        assertEquals(0, zsh.exit(), zsh.err());
        assertTrue(zsh.out().contains("bashcompinit"));
        assertOneLine(Cli.cayley("completion", "fish"), "expected one of [bash, zsh]");
    }
}
