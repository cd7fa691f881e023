package org.cayleyj.spark;

import org.apache.spark.Partitioner;

/** Sends a batch keyed by partition number p to partition p (the owner of its ranks). */
final class OwnerPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    OwnerPartitioner(int partitions) {
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return (Integer) key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OwnerPartitioner other && other.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }
}
