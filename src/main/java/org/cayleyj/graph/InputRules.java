package org.cayleyj.graph;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cayleyj.Bytes;
import org.cayleyj.InvalidInputException;
import org.cayleyj.IoErrors;

/**
 * The rules every input source follows ({@code --generators}, generator files, GAP and JSON puzzle files, Kaggle
 * files, state lists), in one place: text files are capped in size before they are read and must be UTF-8 (a byte
 * order mark is dropped); numbers are ASCII digits only; generator names are unique and never contain the Kaggle path
 * separator {@code .}; a generator list holds at most {@link #MAX_GENERATORS} generators.
 */
public final class InputRules {
    /** Most generators any source may define (the catalog families have the same cap). */
    public static final int MAX_GENERATORS = 1_000_000;
    /** Largest text file read (a 40x40x40 cube's GAP file is about 10 MiB). */
    public static final long MAX_FILE_BYTES = 64L << 20;
    /** The separator of moves in a Kaggle path ({@code f0.r1.-f0}); no generator name may contain it. */
    public static final char PATH_SEPARATOR = '.';

    private static final Pattern ASCII_INTEGER = Pattern.compile("[+-]?[0-9]+");

    private InputRules() {
    }

    /**
     * Reads a UTF-8 text file of at most {@link #MAX_FILE_BYTES}, checking its size before reading it.
     *
     * @param what how messages name the file, e.g. "generators file"
     */
    public static String readText(Path file, String what) {
        return readText(file, what, MAX_FILE_BYTES);
    }

    static String readText(Path file, String what, long maxBytes) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(what + " " + file + " is a directory");
        }
        if (!Files.exists(file)) {
            throw new InvalidInputException(what + " not found: " + file);
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(what + " " + file + " is not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InvalidInputException(what + " " + file + " has " + Bytes.format(size) + ", more than the "
                        + Bytes.format(maxBytes) + " accepted");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) { // it grew while being read
                throw new InvalidInputException(what + " " + file + " is larger than the " + Bytes.format(maxBytes)
                        + " accepted");
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(what + " " + file + " is not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(what + " not found: " + file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + what + " " + file + ": " + IoErrors.reason(e));
        }
    }

    /** Whether {@code token} is an integer written with ASCII digits (so {@code ١} or {@code ０} are not). */
    public static boolean isAsciiInteger(String token) {
        return token != null && ASCII_INTEGER.matcher(token).matches();
    }

    /**
     * Parses an integer written with ASCII digits; anything else, non-ASCII digits included, is a
     * {@link NumberFormatException} (as from {@link Long#parseLong}, which would accept {@code ١}).
     */
    public static long parseLong(String token) {
        if (!isAsciiInteger(token)) {
            throw new NumberFormatException("not an ASCII integer: " + token);
        }
        return Long.parseLong(token);
    }

    /** Like {@link #parseLong}, for ints. */
    public static int parseInt(String token) {
        if (!isAsciiInteger(token)) {
            throw new NumberFormatException("not an ASCII integer: " + token);
        }
        return Integer.parseInt(token);
    }

    /** Refuses a generator name that contains the path separator {@code .} (Kaggle paths could not be read back). */
    public static void checkName(String name, String where) {
        if (name.indexOf(PATH_SEPARATOR) >= 0) {
            throw new InvalidInputException(where + "generator name '" + name + "' contains '" + PATH_SEPARATOR
                    + "', the separator of moves in a path; rename it");
        }
    }

    /** Refuses a list of generator names with a repeated name. */
    public static void checkUnique(List<String> names, String where) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new InvalidInputException(where + "generator name '" + n + "' is used twice; names must be "
                        + "unique");
            }
        }
    }

    /** Refuses a generator list longer than {@link #MAX_GENERATORS} (call as the list grows, before building it). */
    public static void checkCount(long count, String where) {
        if (count > MAX_GENERATORS) {
            throw new InvalidInputException(where + "more than " + MAX_GENERATORS + " generators; at most "
                    + MAX_GENERATORS + " are supported");
        }
    }
}
