package org.cayleyj.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.InputRules;

/**
 * Every CSV file CayleyJ reads or writes goes through Jackson CSV: each kind of file is one record type, whose
 * {@code @JsonPropertyOrder} is its schema (the columns, in order). Files with a header must carry exactly those
 * columns; a malformed file is bad input, named with its line.
 */
public final class CsvTables {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING) // quote only fields that need it, however long
            .build();
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private CsvTables() {
    }

    /** The schema of a row type: its columns in order, with a header line. */
    public static CsvSchema schema(Class<?> rowType) {
        return MAPPER.schemaFor(rowType).withHeader().withStrictHeaders(true);
    }

    /** The header line and one line per row. */
    public static <T> String write(Class<T> rowType, List<T> rows) {
        return write(schema(rowType), rows);
    }

    /** One line per row, no header (for files in a headerless reference format). */
    public static <T> String writeWithoutHeader(Class<T> rowType, List<T> rows) {
        return write(MAPPER.schemaFor(rowType), rows);
    }

    private static String write(CsvSchema schema, List<?> rows) {
        try {
            return MAPPER.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a file that must start with the row type's header. */
    public static <T> List<T> read(Path file, Class<T> rowType) {
        return read(file, "file", rowType);
    }

    /** As {@link #read(Path, Class)}; {@code what} names the file in messages (e.g. "submission"). */
    public static <T> List<T> read(Path file, String what, Class<T> rowType) {
        return read(file, what, rowType, schema(rowType));
    }

    /** The rows of a headerless file. */
    public static <T> List<T> readWithoutHeader(Path file, Class<T> rowType) {
        return read(file, "file", rowType, MAPPER.schemaFor(rowType));
    }

    /** Every line as its fields, whatever the columns ({@code #} comment lines skipped). */
    public static List<String[]> readCells(Path file) {
        return read(file, "CSV file", String[].class, CsvSchema.emptySchema().withComments());
    }

    /** Reads through the input rules (size cap before reading, strict UTF-8, BOM dropped), then parses. */
    private static <T> List<T> read(Path file, String what, Class<T> rowType, CsvSchema schema) {
        byte[] bytes = InputRules.readText(file, what).getBytes(StandardCharsets.UTF_8);
        if (schema.usesHeader() && bytes.length == 0) {
            throw new InvalidInputException(file + " is empty; it must start with the header "
                    + String.join(",", schema.getColumnNames()));
        }
        var reader = rowType == String[].class ? MAPPER.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(schema) : MAPPER.readerFor(rowType).with(schema);
        try (MappingIterator<T> it = reader.readValues(bytes)) {
            return it.readAll();
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file + " line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(file + ": not a valid CSV file (" + e.getMessage() + ")");
        }
    }

    /**
     * A state or central state as a CSV field that type-inferring readers (pandas) keep as text: a compact symbol
     * string of digits such as {@code 000111} becomes {@code [0,0,0,1,1,1]} (which {@code --central} accepts back);
     * anything else ({@code identity}, {@code 0,0,1,1}, {@code RRGG}) is returned unchanged.
     */
    public static String stateText(String state) {
        if (state == null || !DIGITS.matcher(state).matches()) {
            return state;
        }
        return "[" + String.join(",", state.split("")) + "]";
    }
}
