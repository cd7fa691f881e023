package org.cayleyj.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.cayleyj.InvalidInputException;

/**
 * Random text for the parser fuzz properties ({@code *FuzzProperties}): arbitrary Unicode, structured garbage built
 * from the tokens parsers care about, and random mutations of valid inputs; plus {@link #expectClean}, which runs a
 * parser and accepts only success or an {@link InvalidInputException} with a usable message.
 */
public final class Fuzz {
    private Fuzz() {
    }

    /** Seconds one parser call may take before the property fails (a hang is a bug too). */
    public static final long TIMEOUT_SECONDS = 10;

    /** Tokens every parser is fed: brackets, separators, signs, digits and numbers at the edges of int and long. */
    public static final List<String> COMMON_TOKENS = List.of(
            "(", ")", "[", "]", "{", "}", ",", ";", "=", ":", ":=", " ", "  ", "\t", "\n", "\r\n", "#", "-", "+", "'",
            "\"", ".", "0", "1", "2", "3", "4", "7", "9", "10", "-1", "-0", "00", "255", "256", "65536", "2147483647",
            "2147483648", "-2147483648", "-2147483649", "4294967296", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "99999999999999999999999", "1e3", "0x1F", "1.5", "NaN", "null", "true", "a", "x",
            "L", "identity", "multi:", "\u00a0", "\u0663", "\u2028", "\uFEFF", "\u00e9", "\uD83D\uDE00", "\u0000");

    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-runner"); // default stack size, as the CLI has
        t.setDaemon(true);
        return t;
    });

    /** Arbitrary strings of any UTF-16 characters (surrogates and controls included), up to 80 long. */
    public static Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(80);
    }

    /** Concatenations of up to 40 tokens from {@link #COMMON_TOKENS} and {@code extra}. */
    public static Arbitrary<String> tokens(List<String> extra) {
        List<String> all = new ArrayList<>(COMMON_TOKENS);
        all.addAll(extra);
        return Arbitraries.of(all).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    /** Each seed with 1 to 4 random edits: deletions, insertions of tokens, replacements and duplications. */
    public static Arbitrary<String> mutations(List<String> seeds, List<String> extra) {
        List<String> all = new ArrayList<>(COMMON_TOKENS);
        all.addAll(extra);
        return Arbitraries.longs().map(seed -> mutate(seeds, all, new Random(seed)));
    }

    /** The mix used by most properties: mutated valid inputs, token garbage and raw Unicode. */
    public static Arbitrary<String> garbage(List<String> seeds, List<String> extraTokens) {
        return Arbitraries.frequencyOf(
                Tuple.of(5, mutations(seeds, extraTokens)),
                Tuple.of(4, tokens(extraTokens)),
                Tuple.of(1, unicode()),
                Tuple.of(1, Arbitraries.of(seeds)));
    }

    /**
     * One random text drawn with {@code rnd} in the same mix as {@link #garbage} (for generators that build whole
     * argument lists from one seed).
     */
    public static String randomText(Random rnd, List<String> seeds, List<String> extraTokens) {
        List<String> all = new ArrayList<>(COMMON_TOKENS);
        all.addAll(extraTokens);
        int mode = rnd.nextInt(20);
        if (mode < 10) {
            return mutate(seeds, all, rnd);
        }
        if (mode < 17) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(12); i > 0; i--) {
                sb.append(all.get(rnd.nextInt(all.size())));
            }
            return sb.toString();
        }
        if (mode < 19) {
            char[] chars = new char[rnd.nextInt(20)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) rnd.nextInt(Character.MAX_VALUE + 1);
            }
            return new String(chars);
        }
        return seeds.get(rnd.nextInt(seeds.size()));
    }

    private static String mutate(List<String> seeds, List<String> tokens, Random rnd) {
        StringBuilder sb = new StringBuilder(seeds.get(rnd.nextInt(seeds.size())));
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int len = sb.length();
            int at = len == 0 ? 0 : rnd.nextInt(len + 1);
            String token = tokens.get(rnd.nextInt(tokens.size()));
            switch (rnd.nextInt(6)) {
                case 0 -> sb.delete(at, Math.min(len, at + 1 + rnd.nextInt(4)));
                case 1, 2 -> sb.insert(at, token);
                case 3 -> sb.replace(at, Math.min(len, at + 1), token);
                case 4 -> {
                    int end = Math.min(len, at + 1 + rnd.nextInt(12));
                    sb.insert(end, sb.substring(at, end));
                }
                default -> {
                    // replace a run of digits by another number, often one at the edge of int or long
                    int d = at;
                    while (d < len && !Character.isDigit(sb.charAt(d))) {
                        d++;
                    }
                    int end = d;
                    while (end < len && Character.isDigit(sb.charAt(end))) {
                        end++;
                    }
                    if (d < len) {
                        String[] numbers = {"0", "-1", "2147483647", "2147483648", "99999999999999999999", "1000000",
                                Integer.toString(rnd.nextInt(100))};
                        sb.replace(d, end, numbers[rnd.nextInt(numbers.length)]);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Runs {@code parser} (on a thread with the default stack size, within {@link #TIMEOUT_SECONDS}) and fails unless it returns
     * normally or throws an {@link InvalidInputException} with a non-blank message. Returns the exception, or null, and
     * counts the outcome in the property's statistics (label {@code outcome}), to show how much input got through.
     */
    public static InvalidInputException expectClean(String input, Callable<?> parser) {
        InvalidInputException bad = run(input, parser);
        Statistics.label("outcome").collect(bad == null ? "accepted" : "rejected");
        return bad;
    }

    /** {@link #expectClean} without statistics, for properties that call it several times per try. */
    public static InvalidInputException run(String input, Callable<?> parser) {
        Future<?> f = RUNNER.submit(parser);
        try {
            f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (TimeoutException e) {
            f.cancel(true);
            fail("parser did not finish within " + TIMEOUT_SECONDS + " s on input " + quote(input));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidInputException bad) {
                assertNotNull(bad.getMessage(), "InvalidInputException without a message on " + quote(input));
                assertFalse(bad.getMessage().isBlank(), "blank message on " + quote(input));
                return bad;
            }
            throw new AssertionError("unexpected " + cause + " on input " + quote(input), cause);
        }
        return null;
    }

    /** Java-escaped form of a fuzz input, for failure messages. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }
}
