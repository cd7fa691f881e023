package org.cayleyj.bfs;

import java.util.List;
import java.util.Map;

/**
 * The manifest of a checkpoint directory ({@code manifest.json}): which graph and engine it belongs to, how far the
 * run got, and the data files (with their checksums) that hold the engine's state after that layer. The manifest is
 * replaced atomically after its data files are on disk, so it always describes a complete checkpoint.
 *
 * @param format      {@link #FORMAT}
 * @param fingerprint SHA-256 of the graph definition (generators, central state, sizes)
 * @param definition  the definition in words, for messages
 * @param engine      name of the engine that wrote it
 * @param sequence    commit number (1, 2, ...); data file names carry it, so a commit never overwrites live files
 * @param complete    whether the run finished (every reachable state visited); no data files then
 * @param layerSizes  |layer k| for every completed layer
 * @param scalars     engine-specific numbers needed to continue (e.g. the rank engine's frontier label)
 * @param files       data files of this checkpoint
 * @param written     ISO-8601 time of the commit
 * @param checksum    SHA-256 of the manifest's other fields (see {@code CheckpointStore}); an edited manifest (its
 *                    layer sizes, {@code complete}, ...) no longer matches and is refused
 */
public record CheckpointManifest(String format, String fingerprint, String definition, String engine, long sequence,
                                 boolean complete, long[] layerSizes, Map<String, Long> scalars, List<FileEntry> files,
                                 String written, String checksum) {
    public static final String FORMAT = "cayleyj-checkpoint/1";

    /** Index of the last completed layer. */
    public int layer() {
        return layerSizes.length - 1;
    }

    /** A data file and its integrity data. */
    public record FileEntry(String role, String name, long bytes, String crc32c) {
    }

    /** This manifest with {@code checksum} set. */
    CheckpointManifest withChecksum(String sum) {
        return new CheckpointManifest(format, fingerprint, definition, engine, sequence, complete, layerSizes, scalars,
                files, written, sum);
    }

    FileEntry file(String role) {
        for (FileEntry f : files) {
            if (f.role().equals(role)) {
                return f;
            }
        }
        return null;
    }

    /** The scalar {@code key}, or {@code fallback} when the checkpoint (written by an older version) has none. */
    long scalarOr(String key, long fallback) {
        Long v = scalars.get(key);
        return v == null ? fallback : v;
    }

    long scalar(String key) {
        Long v = scalars.get(key);
        if (v == null) {
            throw new IllegalStateException("checkpoint manifest has no '" + key + "'");
        }
        return v;
    }
}
