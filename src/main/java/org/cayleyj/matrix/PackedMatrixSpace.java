package org.cayleyj.matrix;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.cayleyj.InvalidInputException;
import org.cayleyj.graph.StateSpace;

/**
 * Matrix states packed into longs, with generators applied by left multiplication.
 *
 * <p><b>Which entries are stored.</b> A static analysis of the generators and the start states splits the cells of the
 * {@code rows x cols} state into
 * <ul>
 * <li>cells that are zero in every reachable state (the closure of the start states' nonzero cells under "row r of
 * some generator has a nonzero in column k, and cell (k,c) may be nonzero");</li>
 * <li>cells that keep their start value (every generator's row r acts as the identity on the cells of column c that
 * may be nonzero, and all start states agree there), e.g. the diagonal of unitriangular groups;</li>
 * <li>the remaining <em>varying</em> cells: only these are packed.</li>
 * </ul>
 * Heisenberg(n) states thus take {@code 2n-3} entries instead of {@code n^2}, exactly the group's dimension.
 *
 * <p><b>Packing.</b> For modulo {@code p > 0} each varying entry takes {@code b = ceil(log2 p)} bits, {@code 64 / b}
 * entries per word, in row-major order, as many words as needed (at most {@link #MAX_WORDS}). For modulo 0 (the
 * integers) every entry is a full 64-bit word with wrapping arithmetic, as the reference's int64. Entries are stored
 * in a bijective form that puts their varying low bits into the top bits of word 0, which the engine partitions by:
 * mod p multiplied by a fixed unit (free, since the action is linear), over the integers zigzag-encoded and rotated.
 *
 * <p><b>Expansion.</b> Each generator is compiled into the list of varying entries it changes, each a short linear
 * form {@code bias + sum coef * entry} over varying entries (constant cells folded into the bias), with a reduction
 * mode chosen from the form's range: for elementary and signed permutation matrices one conditional subtraction.
 * Entries a generator leaves unchanged are copied as packed bits with one mask per word. When a state is one word and
 * every changed entry is {@code bias + c0*x + c1*y} reduced by one subtraction (all catalog families for moduli up to
 * 2^21 or so), the generators run as a straight-line program on the word itself; otherwise {@link #expand} decodes each
 * state once into a thread-confined scratch array (a ThreadLocal fetched once per call). Nothing is allocated per
 * state.
 */
public final class PackedMatrixSpace implements StateSpace, java.io.Serializable {
    /**
     * Largest number of words per state (32 KiB), as for permutations: a 64x64 matrix over the integers, the largest
     * {@link MatrixGraph} accepts, takes 4096.
     */
    public static final int MAX_WORDS = 4096;

    /** acc in [0, 2p): one conditional subtraction. */
    private static final byte MODE_SUBTRACT = 0;
    /** acc in [0, 2^62): one remainder. */
    private static final byte MODE_REMAINDER = 1;
    /** Large forms: reduce after every term. */
    private static final byte MODE_TERMWISE = 2;
    /** Modulo 0: wrapping arithmetic, no reduction. */
    private static final byte MODE_WRAP = 3;

    private final MatrixGraph graph;
    private final int rows;
    private final int cols;
    private final int cells;
    private final long modulo;
    private final int bits;
    private final int words;
    private final long fieldMask;
    /** Modulo p: entries are stored multiplied by this unit (see the class comment); its inverse. */
    private final long scale;
    private final long unscale;
    private final int varying;
    private final int[] varCell;
    private final int[] varWord;
    private final int[] varShift;
    private final int[] cellVar;
    private final long[] constants;
    private final long[] wordMasks;
    private final long[][] starts;
    private final int gens;

    // Compiled generators. Generator g changes entries [entryStart[g], entryStart[g+1]); entry e writes its value at
    // word entryWord[e], shift entryShift[e]; its terms are [termStart[e], termStart[e+1]).
    private final long[] keep;
    private final int[] entryStart;
    private final int[] entryWord;
    private final int[] entryShift;
    private final byte[] entryMode;
    private final long[] entryBias;
    private final int[] termStart;
    private final int[] termSource;
    private final long[] termCoef;

    /** Per-thread scratch; transient (rebuilt after deserialization, e.g. on a Spark executor). */
    private transient ThreadLocal<long[]> scratch;
    /** Straight-line program for {@link #expandOneWordProgram}, or null when some entry does not fit it. */
    private final long[] program;
    private final boolean undirected;

    public PackedMatrixSpace(MatrixGraph graph) {
        this.graph = graph;
        MatrixCentral central = graph.central();
        this.rows = central.rows();
        this.cols = central.cols();
        this.cells = rows * cols;
        this.modulo = graph.modulo();
        this.gens = graph.generators().size();
        this.bits = modulo == 0 ? 64 : 64 - Long.numberOfLeadingZeros(modulo - 1);
        this.fieldMask = bits == 64 ? -1L : (1L << bits) - 1;
        this.scale = modulo == 0 ? 1 : spreadingUnit(modulo);
        this.unscale = modulo == 0 ? 1 : BigInteger.valueOf(scale).modInverse(BigInteger.valueOf(modulo)).longValueExact();
        int perWord = 64 / bits;

        long[][] g = new long[gens][];
        for (int i = 0; i < gens; i++) {
            g[i] = graph.generators().get(i).raw();
        }
        boolean[] mayBeNonzero = supportClosure(g, central.starts());
        this.constants = new long[cells];
        this.cellVar = new int[cells];
        int v = 0;
        for (int cell = 0; cell < cells; cell++) {
            if (mayBeNonzero[cell] && !isFixed(g, central.starts(), mayBeNonzero, cell)) {
                cellVar[cell] = v++;
            } else {
                cellVar[cell] = -1;
                constants[cell] = mayBeNonzero[cell] ? central.starts().get(0)[cell] : 0L;
            }
        }
        this.varying = v;
        this.words = Math.max(1, (varying + perWord - 1) / perWord);
        if (words > MAX_WORDS) {
            throw new InvalidInputException(rows + "x" + cols + " matrix states with " + varying + " varying entries "
                    + (modulo == 0 ? "of 64 bits (modulo 0)" : "of " + bits + " bits (modulo " + modulo + ")")
                    + " need " + words + " words of 64 bits; the packed encoding supports at most " + MAX_WORDS);
        }
        this.varCell = new int[varying];
        this.varWord = new int[varying];
        this.varShift = new int[varying];
        this.wordMasks = new long[words];
        for (int cell = 0; cell < cells; cell++) {
            int x = cellVar[cell];
            if (x >= 0) {
                varCell[x] = cell;
                varWord[x] = x / perWord;
                varShift[x] = (x % perWord) * bits;
                wordMasks[varWord[x]] |= fieldMask << varShift[x];
            }
        }
        this.starts = new long[central.starts().size()][words];
        for (int s = 0; s < starts.length; s++) {
            pack(central.starts().get(s), starts[s], 0);
        }

        // Compile the generators.
        this.keep = new long[gens * words];
        Arrays.fill(keep, -1L);
        this.entryStart = new int[gens + 1];
        IntList eWord = new IntList();
        IntList eShift = new IntList();
        IntList eMode = new IntList();
        LongList eBias = new LongList();
        IntList tStart = new IntList();
        IntList tSource = new IntList();
        LongList tCoef = new LongList();
        for (int gi = 0; gi < gens; gi++) {
            entryStart[gi] = eWord.size();
            long[] m = g[gi];
            for (int x = 0; x < varying; x++) {
                int cell = varCell[x];
                int r = cell / cols;
                int c = cell % cols;
                if (actsAsIdentity(m, mayBeNonzero, r, c)) {
                    continue;
                }
                keep[gi * words + varWord[x]] &= ~(fieldMask << varShift[x]);
                eWord.add(varWord[x]);
                eShift.add(varShift[x]);
                tStart.add(tSource.size());
                compileEntry(m, mayBeNonzero, r, c, eMode, eBias, tSource, tCoef);
            }
        }
        entryStart[gens] = eWord.size();
        tStart.add(tSource.size());
        this.entryWord = eWord.toArray();
        this.entryShift = eShift.toArray();
        int[] modes = eMode.toArray();
        this.entryMode = new byte[modes.length];
        for (int i = 0; i < modes.length; i++) {
            entryMode[i] = (byte) modes[i];
        }
        this.entryBias = eBias.toArray();
        this.termStart = tStart.toArray();
        this.termSource = tSource.toArray();
        this.termCoef = tCoef.toArray();
        boolean allSubtract = true;
        for (byte mode : entryMode) {
            allSubtract &= mode == MODE_SUBTRACT;
        }
        this.undirected = graph.isInverseClosed();
        this.program = words == 1 && modulo != 0 && allSubtract ? compileProgram() : null;
        this.scratch = newScratch(varying);
    }

    /**
     * A unit of Z/p near p times the golden ratio's conjugate: entries are stored multiplied by it, so that small
     * values (the early layers, or any run limited by --max-layers) spread over the high bits that the engine
     * partitions by. The action is linear, so the scaled entries follow the same forms (only constants are scaled):
     * expansion costs nothing extra.
     */
    static long spreadingUnit(long p) {
        long u = Math.max(1, Math.round(p * 0.6180339887498949));
        BigInteger bp = BigInteger.valueOf(p);
        while (!BigInteger.valueOf(u).gcd(bp).equals(BigInteger.ONE)) {
            u++;
        }
        return u % p == 0 ? 1 : u;
    }

    /**
     * Stored form of an entry value: {@code scale * x mod p}; modulo 0: zigzag (small magnitudes have few bits) rotated
     * right by 12, so the low bits, which vary, land in the top bits the engine partitions by.
     */
    private static ThreadLocal<long[]> newScratch(int varying) {
        final int scratchSize = Math.max(1, varying);
        return ThreadLocal.withInitial(() -> new long[scratchSize]);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        scratch = newScratch(varying);
    }

    private long encode(long x) {
        return modulo == 0 ? encodeInteger(x) : MatrixArithmetic.mulAdd(0, x, scale, modulo);
    }

    private long decodeEntry(long stored) {
        return modulo == 0 ? decodeInteger(stored) : MatrixArithmetic.mulAdd(0, stored, unscale, modulo);
    }

    static long encodeInteger(long x) {
        return Long.rotateRight((x << 1) ^ (x >> 63), 12);
    }

    static long decodeInteger(long stored) {
        long z = Long.rotateLeft(stored, 12);
        return (z >>> 1) ^ -(z & 1);
    }

    /** Four longs per changed entry (see {@link #expandOneWordProgram}), or null if an entry has over two terms. */
    private long[] compileProgram() {
        int entries = entryBias.length;
        long[] prog = new long[4 * entries];
        for (int e = 0; e < entries; e++) {
            int t0 = termStart[e];
            int terms = termStart[e + 1] - t0;
            if (terms > 2) {
                return null;
            }
            prog[4 * e] = entryBias[e];
            int sx = 0;
            int sy = 0;
            if (terms >= 1) {
                prog[4 * e + 1] = termCoef[t0];
                sx = varShift[termSource[t0]];
            }
            if (terms == 2) {
                prog[4 * e + 2] = termCoef[t0 + 1];
                sy = varShift[termSource[t0 + 1]];
            }
            // shifts are < 64 and masked by the JVM to 6 bits, so the higher bytes do not disturb them
            prog[4 * e + 3] = sx | ((long) sy << 8) | ((long) entryShift[e] << 16);
        }
        return prog;
    }

    /** Cells that may be nonzero in some reachable state (column by column: rows reachable along generator edges). */
    private boolean[] supportClosure(long[][] g, List<long[]> startStates) {
        int n = rows;
        boolean[][] edge = new boolean[n][n]; // edge[k][r]: some generator has a nonzero at (r, k)
        for (long[] m : g) {
            for (int r = 0; r < n; r++) {
                for (int k = 0; k < n; k++) {
                    if (m[r * n + k] != 0) {
                        edge[k][r] = true;
                    }
                }
            }
        }
        boolean[] z = new boolean[cells];
        int[] stack = new int[n];
        for (int c = 0; c < cols; c++) {
            int top = 0;
            for (int r = 0; r < n; r++) {
                for (long[] s : startStates) {
                    if (s[r * cols + c] != 0 && !z[r * cols + c]) {
                        z[r * cols + c] = true;
                        stack[top++] = r;
                    }
                }
            }
            while (top > 0) {
                int k = stack[--top];
                for (int r = 0; r < n; r++) {
                    if (edge[k][r] && !z[r * cols + c]) {
                        z[r * cols + c] = true;
                        stack[top++] = r;
                    }
                }
            }
        }
        return z;
    }

    /** Whether row r of matrix m leaves cell (r, c) unchanged in every state whose support lies in z. */
    private boolean actsAsIdentity(long[] m, boolean[] z, int r, int c) {
        int n = rows;
        if (m[r * n + r] != 1) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (k != r && m[r * n + k] != 0 && z[k * cols + c]) {
                return false;
            }
        }
        return true;
    }

    private boolean isFixed(long[][] g, List<long[]> startStates, boolean[] z, int cell) {
        for (long[] s : startStates) {
            if (s[cell] != startStates.get(0)[cell]) {
                return false;
            }
        }
        int r = cell / cols;
        int c = cell % cols;
        for (long[] m : g) {
            if (!actsAsIdentity(m, z, r, c)) {
                return false;
            }
        }
        return true;
    }

    private void compileEntry(long[] m, boolean[] z, int r, int c, IntList modes, LongList biases, IntList sources,
                              LongList coefs) {
        int n = rows;
        long p = modulo;
        if (p == 0) {
            long bias = 0;
            for (int k = 0; k < n; k++) {
                long a = m[r * n + k];
                int cell = k * cols + c;
                if (a == 0 || !z[cell]) {
                    continue;
                }
                if (cellVar[cell] >= 0) {
                    sources.add(cellVar[cell]);
                    coefs.add(a);
                } else {
                    bias += a * constants[cell];
                }
            }
            modes.add(MODE_WRAP);
            biases.add(bias);
            return;
        }
        long constant = 0;
        int first = sources.size();
        BigInteger positive = BigInteger.ZERO;
        BigInteger negative = BigInteger.ZERO;
        for (int k = 0; k < n; k++) {
            long a = m[r * n + k];
            int cell = k * cols + c;
            if (a == 0 || !z[cell]) {
                continue;
            }
            if (cellVar[cell] >= 0) {
                long signed = a > p / 2 ? a - p : a;
                sources.add(cellVar[cell]);
                coefs.add(signed);
                if (signed > 0) {
                    positive = positive.add(BigInteger.valueOf(signed));
                } else {
                    negative = negative.add(BigInteger.valueOf(-signed));
                }
            } else {
                constant = MatrixArithmetic.mulAdd(constant, a, constants[cell], p);
            }
        }
        constant = MatrixArithmetic.mulAdd(0, constant, scale, p); // the stored entries are scaled
        BigInteger bp = BigInteger.valueOf(p);
        BigInteger bias = BigInteger.valueOf(constant).add(negative.multiply(bp));
        BigInteger upper = bias.add(positive.multiply(bp.subtract(BigInteger.ONE)));
        if (upper.compareTo(bp.shiftLeft(1)) < 0) {
            modes.add(MODE_SUBTRACT);
            biases.add(bias.longValueExact());
        } else if (upper.bitLength() <= 62) {
            modes.add(MODE_REMAINDER);
            biases.add(bias.longValueExact());
        } else {
            // reduce term by term with unsigned coefficients in [0, p)
            modes.add(MODE_TERMWISE);
            biases.add(constant);
            for (int t = first; t < sources.size(); t++) {
                coefs.set(t, Math.floorMod(coefs.get(t), p));
            }
        }
    }

    public MatrixGraph graph() {
        return graph;
    }

    /** Number of packed (varying) entries per state. */
    public int varyingEntries() {
        return varying;
    }

    /** Bits per packed entry (64 for modulo 0). */
    public int bitsPerEntry() {
        return bits;
    }

    @Override
    public int wordsPerState() {
        return words;
    }

    @Override
    public int generatorCount() {
        return gens;
    }

    @Override
    public String generatorName(int generator) {
        return graph.generators().get(generator).name();
    }

    @Override
    public boolean isUndirected() {
        return undirected;
    }

    @Override
    public int startCount() {
        return starts.length;
    }

    @Override
    public void writeStart(int index, long[] dst, int off) {
        System.arraycopy(starts[index], 0, dst, off, words);
    }

    @Override
    public long wordMask(int word) {
        return wordMasks[word];
    }

    /**
     * Packs a full row-major matrix (entries reduced) into {@code dst[off..off+words)}.
     *
     * @throws IllegalArgumentException if a cell the analysis found constant differs from its constant
     */
    public void pack(long[] matrix, long[] dst, int off) {
        Arrays.fill(dst, off, off + words, 0L);
        for (int cell = 0; cell < cells; cell++) {
            int x = cellVar[cell];
            if (x >= 0) {
                dst[off + varWord[x]] |= encode(matrix[cell]) << varShift[x];
            } else if (matrix[cell] != constants[cell]) {
                throw new IllegalArgumentException("cell " + cell + " is constant " + constants[cell] + " in this space");
            }
        }
    }

    /** The full row-major matrix of a packed state. */
    public long[] decodeMatrix(long[] src, int off) {
        long[] out = constants.clone();
        for (int x = 0; x < varying; x++) {
            out[varCell[x]] = decodeEntry((src[off + varWord[x]] >>> varShift[x]) & fieldMask);
        }
        return out;
    }

    /** The matrix entries, row-major (truncated to int: use {@link #decodeMatrix} for modulo 0). */
    @Override
    public int[] decode(long[] src, int off) {
        long[] m = decodeMatrix(src, off);
        int[] out = new int[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = (int) m[i];
        }
        return out;
    }

    /** {@code [[1,2],[0,1]]}. */
    @Override
    public String format(long[] src, int off) {
        return MatrixText.format(decodeMatrix(src, off), rows, cols);
    }

    /**
     * For modulo p: the smaller of p^(varying entries) and (start states) x |GL(n, Z/p)| (|SL| when every generator
     * has determinant 1). Null for modulo 0 (infinite group).
     */
    @Override
    public BigInteger sizeUpperBound() {
        if (modulo == 0) {
            return null;
        }
        BigInteger byEntries = BigInteger.valueOf(modulo).pow(varying);
        boolean special = true;
        for (int i = 0; i < gens; i++) {
            special &= graph.determinant(i).equals(BigInteger.ONE);
        }
        BigInteger group = special ? MatrixArithmetic.specialLinearOrder(rows, modulo)
                : MatrixArithmetic.generalLinearOrder(rows, modulo);
        return byEntries.min(group.multiply(BigInteger.valueOf(starts.length)));
    }

    @Override
    public void expand(long[] src, int srcOff, int count, long[] dst, int dstOff) {
        if (program != null) {
            expandOneWordProgram(src, srcOff, count, dst, dstOff);
        } else if (modulo == 0) {
            expandIntegers(src, srcOff, count, dst, dstOff);
        } else {
            expandGeneral(src, srcOff, count, dst, dstOff);
        }
    }

    /**
     * The catalog case (one word, every changed entry {@code bias + c0*x + c1*y} with range below 2p): straight-line
     * code per entry reading its operands from the packed word itself, no scratch array. Program layout per entry:
     * bias, c0, c1, then the shifts of x, y and of the target packed as {@code sx | sy << 8 | st << 16}.
     */
    private void expandOneWordProgram(long[] src, int srcOff, int count, long[] dst, int dstOff) {
        final long[] prog = program;
        final int nGens = gens;
        final long p = modulo;
        final long fm = fieldMask;
        final long[] keepMask = keep;
        final int[] eStart = entryStart;
        int d = dstOff;
        for (int i = 0; i < count; i++) {
            final long s = src[srcOff + i];
            for (int g = 0; g < nGens; g++) {
                long out = s & keepMask[g];
                final int end = eStart[g + 1] << 2;
                for (int e = eStart[g] << 2; e < end; e += 4) {
                    final long shifts = prog[e + 3];
                    long acc = prog[e] + prog[e + 1] * ((s >>> shifts) & fm)
                            + prog[e + 2] * ((s >>> (shifts >>> 8)) & fm);
                    acc = acc >= p ? acc - p : acc;
                    out |= acc << (shifts >>> 16);
                }
                dst[d++] = out;
            }
        }
    }

    /** Modulo 0: one entry per word, in the stored form of {@link #encodeInteger}; wrapping arithmetic. */
    private void expandIntegers(long[] src, int srcOff, int count, long[] dst, int dstOff) {
        final long[] vals = scratch.get();
        final int w = words;
        final int nGens = gens;
        final int nVar = varying;
        final long[] keepMask = keep;
        final int[] eStart = entryStart;
        final int[] eWord = entryWord;
        final long[] eBias = entryBias;
        final int[] tStart = termStart;
        final int[] tSource = termSource;
        final long[] tCoef = termCoef;
        int d = dstOff;
        for (int i = 0; i < count; i++) {
            final int base = srcOff + i * w;
            for (int x = 0; x < nVar; x++) {
                final long z = Long.rotateLeft(src[base + x], 12);
                vals[x] = (z >>> 1) ^ -(z & 1);
            }
            for (int g = 0; g < nGens; g++) {
                final int kb = g * w;
                for (int k = 0; k < w; k++) {
                    dst[d + k] = src[base + k] & keepMask[kb + k];
                }
                final int end = eStart[g + 1];
                for (int e = eStart[g]; e < end; e++) {
                    long acc = eBias[e];
                    final int te = tStart[e + 1];
                    for (int t = tStart[e]; t < te; t++) {
                        acc += tCoef[t] * vals[tSource[t]];
                    }
                    dst[d + eWord[e]] = Long.rotateRight((acc << 1) ^ (acc >> 63), 12);
                }
                d += w;
            }
        }
    }

    /** Modulo p, any word count and any forms; works on the scaled entries. */
    private void expandGeneral(long[] src, int srcOff, int count, long[] dst, int dstOff) {
        final long[] vals = scratch.get();
        final int w = words;
        final int nGens = gens;
        final int nVar = varying;
        final long p = modulo;
        final long fm = fieldMask;
        final int[] vWord = varWord;
        final int[] vShift = varShift;
        final long[] keepMask = keep;
        final int[] eStart = entryStart;
        final int[] eWord = entryWord;
        final int[] eShift = entryShift;
        final byte[] eMode = entryMode;
        final long[] eBias = entryBias;
        final int[] tStart = termStart;
        final int[] tSource = termSource;
        final long[] tCoef = termCoef;
        int d = dstOff;
        for (int i = 0; i < count; i++) {
            final int base = srcOff + i * w;
            for (int x = 0; x < nVar; x++) {
                vals[x] = (src[base + vWord[x]] >>> vShift[x]) & fm;
            }
            for (int g = 0; g < nGens; g++) {
                final int kb = g * w;
                for (int k = 0; k < w; k++) {
                    dst[d + k] = src[base + k] & keepMask[kb + k];
                }
                final int end = eStart[g + 1];
                for (int e = eStart[g]; e < end; e++) {
                    long acc = eBias[e];
                    final int te = tStart[e + 1];
                    final byte mode = eMode[e];
                    if (mode == MODE_TERMWISE) {
                        for (int t = tStart[e]; t < te; t++) {
                            acc = (acc + tCoef[t] * vals[tSource[t]]) % p;
                        }
                    } else {
                        for (int t = tStart[e]; t < te; t++) {
                            acc += tCoef[t] * vals[tSource[t]];
                        }
                        if (mode == MODE_SUBTRACT) {
                            if (acc >= p) {
                                acc -= p;
                            }
                        } else if (mode == MODE_REMAINDER) {
                            acc %= p;
                        }
                    }
                    dst[d + eWord[e]] |= acc << eShift[e];
                }
                d += w;
            }
        }
    }

    /** Minimal growable primitive lists for compiling (no boxing in the result). */
    private static final class IntList {
        private int[] a = new int[16];
        private int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }

    private static final class LongList {
        private long[] a = new long[16];
        private int size;

        void add(long v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        long get(int i) {
            return a[i];
        }

        void set(int i, long v) {
            a[i] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
