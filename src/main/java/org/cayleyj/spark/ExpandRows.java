package org.cayleyj.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.cayleyj.graph.StateSpace;

/**
 * The neighbours of a partition of packed states (rows of {@code words} longs): states are gathered into batches of
 * {@value #BATCH}, expanded with the space's batched neighbour function and handed out as rows, lazily.
 */
final class ExpandRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    static final int BATCH = 1 << 14;

    private final StateSpace space;

    ExpandRows(StateSpace space) {
        this.space = space;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> in) {
        final int k = space.wordsPerState();
        final int g = space.generatorCount();
        return new Iterator<>() {
            private final long[] src = new long[BATCH * k];
            private final long[] dst = new long[BATCH * k * g];
            private int have;
            private int pos;

            @Override
            public boolean hasNext() {
                if (pos < have) {
                    return true;
                }
                if (!in.hasNext()) {
                    return false;
                }
                int count = 0;
                while (count < BATCH && in.hasNext()) {
                    Row r = in.next();
                    for (int j = 0; j < k; j++) {
                        src[count * k + j] = r.getLong(j);
                    }
                    count++;
                }
                space.expand(src, 0, count, dst, 0);
                have = count * g;
                pos = 0;
                return have > 0;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                final int off = pos++ * k;
                if (k == 1) {
                    return RowFactory.create(dst[off]);
                }
                Object[] values = new Object[k];
                for (int j = 0; j < k; j++) {
                    values[j] = dst[off + j];
                }
                return RowFactory.create(values);
            }
        };
    }
}
