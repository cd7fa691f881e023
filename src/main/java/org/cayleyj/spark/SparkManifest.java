package org.cayleyj.spark;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The work directory's record of a run: which graph, which mode, and the layers whose data is stored there. Written by
 * the driver after each stored layer (atomically: a new file, then a rename), so a killed run resumes from the last
 * layer it lists; files of a layer it does not list are leftovers and are replaced.
 *
 * @param format          {@value #FORMAT}
 * @param mode            {@code dataset} (one Parquet directory per layer) or {@code rank} (one table file per
 *                        partition, of layer {@code storedLayer})
 * @param fingerprint     the graph's fingerprint (SHA-256 of its canonical text)
 * @param graph           the graph's description, for messages
 * @param words           longs per packed state (dataset mode)
 * @param partitions      rank-range partitions (rank mode)
 * @param width           ranks per partition (rank mode; the last one may own fewer)
 * @param layerSizes      sizes of layers 0..storedLayer
 * @param complete        whether the BFS finished (the layer after the last listed is empty)
 */
public record SparkManifest(@JsonProperty("format") String format, @JsonProperty("mode") String mode,
                            @JsonProperty("fingerprint") String fingerprint, @JsonProperty("graph") String graph,
                            @JsonProperty("words") int words, @JsonProperty("partitions") int partitions,
                            @JsonProperty("width") long width, @JsonProperty("layer_sizes") long[] layerSizes,
                            @JsonProperty("complete") boolean complete) {

    public static final String FORMAT = "cayleyj-spark/1";

    /** The last stored layer. */
    public int storedLayer() {
        return layerSizes.length - 1;
    }

    SparkManifest withLayers(long[] sizes, boolean done) {
        return new SparkManifest(format, mode, fingerprint, graph, words, partitions, width, sizes.clone(), done);
    }
}
