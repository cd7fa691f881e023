package org.cayleyj;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * The reason an I/O operation failed, as a few words for a one-line message: "no space left on device",
 * "permission denied", "no such file or directory". It never names the file (the caller does, once), so no temporary
 * file name and no "cannot read X: X" reaches the user.
 */
public final class IoErrors {
    private IoErrors() {
    }

    public static String reason(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return reason(u.getCause());
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof FileSystemException fse) {
            if (fse.getReason() != null && !fse.getReason().isBlank()) {
                return lower(fse.getReason());
            }
            if (e instanceof NoSuchFileException) {
                return "no such file or directory";
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (e instanceof FileAlreadyExistsException) {
                return "file exists";
            }
            if (e instanceof NotDirectoryException) {
                return "not a directory";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return "directory not empty";
            }
            return "I/O error";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
        int nl = m.indexOf('\n');
        return lower(nl < 0 ? m : m.substring(0, nl));
    }

    private static String lower(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
