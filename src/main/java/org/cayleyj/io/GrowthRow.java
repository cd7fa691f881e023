package org.cayleyj.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.List;

/**
 * One row of the long growth CSV, the same in {@code cayley growth --format csv} and a growth dataset's
 * {@code growth_long.csv}: {@code family,params,n,central,distance,layer_size}. {@code params} is e.g. {@code k=2}
 * (several separated by spaces, empty if none); {@code central} is {@code identity} or the central state in a form
 * pandas keeps as text ({@link CsvTables#stateText}).
 */
@JsonPropertyOrder({"family", "params", "n", "central", "distance", "layer_size"})
public record GrowthRow(String family, String params, int n, String central, int distance,
                        @JsonProperty("layer_size") long layerSize) {

    public GrowthRow {
        params = params == null ? "" : params;
        central = CsvTables.stateText(central);
    }

    /** The header and the rows. */
    public static String write(List<GrowthRow> rows) {
        return CsvTables.write(GrowthRow.class, rows);
    }

    /** The rows of a long growth CSV (bad input when its header or a row is wrong). */
    public static List<GrowthRow> read(Path file) {
        return CsvTables.read(file, GrowthRow.class);
    }
}
