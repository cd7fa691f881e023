package org.cayleyj;

/**
 * Thrown for any user input that cannot be honoured: a malformed permutation, an unknown family, a state that does
 * not fit the encoding. The message is a single line meant for the user; the CLI prints it and exits with code 2.
 */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
