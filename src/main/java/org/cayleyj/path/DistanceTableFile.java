package org.cayleyj.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.cayleyj.Bytes;
import org.cayleyj.InvalidInputException;
import org.cayleyj.bfs.DistanceCells;
import org.cayleyj.graph.CentralState;
import org.cayleyj.graph.Generator;
import org.cayleyj.graph.PermutationGraph;
import org.cayleyj.perm.Permutation;

/**
 * A saved distance table ({@code cayley growth --save-table FILE}): the rank engine's distances mod 3, 2 bits per
 * rank, with everything needed to use it alone.
 *
 * <p>Layout: the 8 bytes {@code CJDIST01}; a big-endian int, the length of a UTF-8 JSON header (format, fingerprint,
 * the definition's family, parameters, generators and central state, the number of cells, the layer sizes and the
 * CRC-32C of the cell data); zero padding to a multiple of 8 bytes; then the cells as little-endian 64-bit words, 32
 * cells per word ({@link DistanceCells}). Reading maps the cells into memory (1 GiB windows), so a table is usable at
 * once and only the pages touched are read; the CRC is checked when the table is opened.
 */
public final class DistanceTableFile implements DistanceCells {
    static final String FORMAT = "cayleyj-distance-table/1";
    private static final byte[] MAGIC = "CJDIST01".getBytes(StandardCharsets.US_ASCII);
    private static final int WINDOW_LOG = 27; // words per mapped window: 2^27 * 8 bytes = 1 GiB
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PermutationGraph definition;
    private final String fingerprint;
    private final long[] layerSizes;
    private final long cells;
    private final long words;
    private final MappedByteBuffer[] windows;
    private final Path file;

    private final boolean complete;

    private DistanceTableFile(Path file, PermutationGraph definition, String fingerprint, long[] layerSizes,
                              boolean complete, long cells, MappedByteBuffer[] windows) {
        this.complete = complete;
        this.file = file;
        this.definition = definition;
        this.fingerprint = fingerprint;
        this.layerSizes = layerSizes;
        this.cells = cells;
        this.words = (cells + 31) >>> 5;
        this.windows = windows;
    }

    /** Bytes a table of {@code cells} cells takes on disk, header aside. */
    public static long dataBytes(long cells) {
        return ((cells + 31) >>> 5) * Long.BYTES;
    }

    /** Refuses up front a table that cannot fit on the disk holding {@code file}. */
    public static void checkSpace(Path file, long cells) {
        long need = dataBytes(cells) + (1 << 20);
        try {
            long free = Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
            if (free < need) {
                throw new InvalidInputException("--save-table " + file + " needs " + Bytes.format(need)
                        + " but the disk has " + Bytes.format(free) + " free");
            }
        } catch (IOException e) {
            // the write itself will report the problem
        }
    }

    /**
     * Writes {@code table} for {@code def} to {@code out} (the caller makes the file atomic: see
     * {@code io.OutputFile}).
     */
    public static void writeTo(OutputStream out, PermutationGraph def, long[] layerSizes, boolean complete,
                               DistanceCells table) throws IOException {
        long words = table.words();
        CRC32C crc = new CRC32C();
        ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
        for (long w = 0; w < words; w++) {
            buf.putLong(table.word(w));
            if (!buf.hasRemaining()) {
                buf.flip();
                crc.update(buf);
                buf.clear();
            }
        }
        buf.flip();
        crc.update(buf);
        buf.clear();
        byte[] header = header(def, layerSizes, complete, table.cells(), crc.getValue());
        int pad = (int) ((8 - (MAGIC.length + 4 + header.length) % 8) % 8);
        ByteBuffer head = ByteBuffer.allocate(MAGIC.length + 4 + header.length + pad);
        head.put(MAGIC).putInt(header.length).put(header);
        out.write(head.array());
        for (long w = 0; w < words; w++) {
            buf.putLong(table.word(w));
            if (!buf.hasRemaining()) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
        }
        out.write(buf.array(), 0, buf.position());
    }


    private static byte[] header(PermutationGraph def, long[] layerSizes, boolean complete, long cells, long crc) throws IOException {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("format", FORMAT);
        h.put("fingerprint", def.fingerprint());
        h.put("description", def.describe());
        h.put("family", def.family());
        h.put("params", def.params());
        h.put("n", def.n());
        h.put("central", def.centralText());
        Map<String, int[]> gens = new LinkedHashMap<>();
        for (Generator g : def.generators()) {
            gens.put(g.name(), g.permutation().toArray());
        }
        h.put("generators", gens);
        h.put("cells", cells);
        h.put("cell_encoding", "2 bits per rank: 0 unseen, 1 + (distance mod 3)");
        h.put("layer_sizes", layerSizes);
        h.put("complete", complete);
        h.put("crc32c", HexFormat.of().toHexDigits((int) crc));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(h);
    }

    /** Opens a saved table: checks its header, size and CRC, and maps its cells. */
    public static DistanceTableFile open(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 12) {
                throw bad(file, "not a CayleyJ distance table (written by cayley growth --save-table)");
            }
            ByteBuffer head = ByteBuffer.allocate(12);
            readFully(ch, head, 0);
            head.flip();
            byte[] magic = new byte[8];
            head.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw bad(file, "not a CayleyJ distance table (written by cayley growth --save-table)");
            }
            int len = head.getInt();
            if (len <= 0 || len > (16 << 20) || 12L + len > size) {
                throw bad(file, "its header is damaged");
            }
            ByteBuffer hb = ByteBuffer.allocate(len);
            readFully(ch, hb, 12);
            JsonNode h = JSON.readTree(hb.array());
            if (h == null || !FORMAT.equals(h.path("format").asText())) {
                throw bad(file, "unknown format " + (h == null ? "?" : h.path("format").asText()));
            }
            long cells = h.path("cells").asLong(-1);
            long dataStart = (12L + len + 7) & ~7L;
            long words = (cells + 31) >>> 5;
            if (cells <= 0 || size != dataStart + words * Long.BYTES) {
                throw bad(file, "it is " + size + " bytes, the header promises " + (dataStart + words * Long.BYTES)
                        + " (truncated or damaged)");
            }
            PermutationGraph def = definition(h, file);
            String fingerprint = h.path("fingerprint").asText();
            if (!fingerprint.equals(def.fingerprint())) {
                throw bad(file, "its header is damaged (the definition does not match its fingerprint)");
            }
            List<Long> sizes = new ArrayList<>();
            h.path("layer_sizes").forEach(x -> sizes.add(x.asLong()));
            long[] layers = sizes.stream().mapToLong(Long::longValue).toArray();
            int count = (int) ((words + (1L << WINDOW_LOG) - 1) >>> WINDOW_LOG);
            MappedByteBuffer[] windows = new MappedByteBuffer[count];
            CRC32C crc = new CRC32C();
            for (int i = 0; i < count; i++) {
                long first = (long) i << WINDOW_LOG;
                long n = Math.min(1L << WINDOW_LOG, words - first);
                windows[i] = ch.map(FileChannel.MapMode.READ_ONLY, dataStart + first * Long.BYTES, n * Long.BYTES);
                windows[i].order(ByteOrder.LITTLE_ENDIAN);
                crc.update(windows[i].duplicate());
            }
            String want = h.path("crc32c").asText();
            if (!HexFormat.of().toHexDigits((int) crc.getValue()).equals(want)) {
                throw bad(file, "its cells fail the CRC-32C check (damaged)");
            }
            return new DistanceTableFile(file, def, fingerprint, layers, h.path("complete").asBoolean(false), cells,
                    windows);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("distance table " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read the distance table " + file + ": " + e.getMessage());
        }
    }

    private static PermutationGraph definition(JsonNode h, Path file) {
        try {
            Map<String, String> params = new LinkedHashMap<>();
            h.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            List<Generator> gens = new ArrayList<>();
            h.path("generators").fields().forEachRemaining(e -> {
                int[] p = new int[e.getValue().size()];
                for (int i = 0; i < p.length; i++) {
                    p[i] = e.getValue().get(i).asInt();
                }
                gens.add(new Generator(e.getKey(), Permutation.of(p)));
            });
            if (gens.isEmpty()) {
                throw bad(file, "its header names no generators");
            }
            int size = gens.get(0).permutation().size();
            return new PermutationGraph(h.path("family").asText(), params, h.path("n").asInt(), gens,
                    CentralState.parse(h.path("central").asText(), size));
        } catch (InvalidInputException e) {
            throw e.getMessage().startsWith("distance table") ? e : bad(file, "its header is damaged ("
                    + e.getMessage() + ")");
        } catch (RuntimeException e) {
            throw bad(file, "its header is damaged (" + e.getMessage() + ")");
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long pos) throws IOException {
        while (b.hasRemaining()) {
            int r = ch.read(b, pos + b.position());
            if (r < 0) {
                break;
            }
        }
    }

    private static InvalidInputException bad(Path file, String why) {
        return new InvalidInputException("distance table " + file + ": " + why);
    }

    /** The graph the table belongs to. */
    public PermutationGraph definition() {
        return definition;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public long[] layerSizes() {
        return layerSizes.clone();
    }

    /** False when a limit stopped the BFS: states beyond the last layer are not in the table. */
    public boolean complete() {
        return complete;
    }

    public Path file() {
        return file;
    }

    @Override
    public long cells() {
        return cells;
    }

    @Override
    public long words() {
        return words;
    }

    @Override
    public long word(long index) {
        return windows[(int) (index >>> WINDOW_LOG)].getLong((int) ((index & ((1L << WINDOW_LOG) - 1)) << 3));
    }
}
