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
 * @param shuffleBytes    per layer, the shuffle bytes Spark wrote (compressed) to compute it; 0 for layer 0, -1 when
 *                        not measured (e.g. layers of an earlier sitting that were recomputed)
 * @param shuffledRanks   rank layout: per layer, the neighbour ranks sent to their owners (after per-batch
 *                        de-duplication); 8 bytes each before compression
 */
public record SparkManifest(@JsonProperty("format") String format, @JsonProperty("mode") String mode,
                            @JsonProperty("fingerprint") String fingerprint, @JsonProperty("graph") String graph,
                            @JsonProperty("words") int words, @JsonProperty("partitions") int partitions,
                            @JsonProperty("width") long width, @JsonProperty("layer_sizes") long[] layerSizes,
                            @JsonProperty("complete") boolean complete,
                            @JsonProperty("shuffle_bytes") long[] shuffleBytes,
                            @JsonProperty("shuffled_ranks") long[] shuffledRanks) {

    public static final String FORMAT = "cayleyj-spark/1";

    /** The last stored layer. */
    public int storedLayer() {
        return layerSizes.length - 1;
    }

    /** The same run with layers {@code 0..sizes.length-1}; the per-layer measurements are cut or padded with -1. */
    SparkManifest withLayers(long[] sizes, boolean done, long[] shuffle, long[] ranks) {
        return new SparkManifest(format, mode, fingerprint, graph, words, partitions, width, sizes.clone(), done,
                fit(shuffle, sizes.length), fit(ranks, sizes.length));
    }

    private static long[] fit(long[] a, int n) {
        long[] out = new long[n];
        java.util.Arrays.fill(out, -1);
        if (a != null) {
            System.arraycopy(a, 0, out, 0, Math.min(n, a.length));
        }
        if (n > 0) {
            out[0] = 0;
        }
        return out;
    }
}
