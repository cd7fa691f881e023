package org.cayleyj.bfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectIoTest {
    /** Sizes around the 4 KiB alignment of direct transfers, and one of several MiB. */
    private static final int[] SIZES = {1, 7, 4095, 4096, 4097, 8192, 12_345, (3 << 20) + 5};

    @Test
    void writesAndReadsBackEverySize(@TempDir Path dir) throws IOException {
        roundTrips(dir, new DirectIo());
    }

    /** The page-cache path, taken where a file system refuses O_DIRECT or with -Dcayleyj.directIo=false. */
    @Test
    void buffered(@TempDir Path dir) throws IOException {
        DirectIo io = new DirectIo(false);
        roundTrips(dir, io);
        assertEquals(Boolean.FALSE, io.direct());
    }

    /** tmpfs refused O_DIRECT before Linux 6.6 (there the same calls go through the page cache); since, it takes it. */
    @Test
    void worksOnTmpfsToo() throws IOException {
        Path shm = Paths.get("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm), "no /dev/shm here");
        Path dir = Files.createTempDirectory(shm, "cayleyj-directio-");
        try {
            roundTrips(dir, new DirectIo());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    @Test
    void aShortFileIsAnError(@TempDir Path dir) throws IOException {
        for (DirectIo io : new DirectIo[] {new DirectIo(), new DirectIo(false)}) {
            Path f = dir.resolve("short-" + io.hashCode());
            io.write(f, new byte[100], 100);
            byte[] into = new byte[1 << 14];
            // a direct file is padded to 4096 bytes; asking for more than the file holds must fail, not return zeros
            IOException e = assertThrows(IOException.class, () -> io.read(f, into, 10_000));
            assertTrue(e.getMessage().contains("ended early"), e.getMessage());
        }
    }

    private static void roundTrips(Path dir, DirectIo io) throws IOException {
        Random random = new Random(42);
        for (int size : SIZES) {
            byte[] bytes = new byte[size + 10];
            random.nextBytes(bytes);
            Path f = dir.resolve("run-" + size);
            io.write(f, bytes, size);
            assertNotNull(io.direct(), "decided at the first write");
            long length = Files.size(f);
            if (io.direct()) {
                assertEquals((size + 4095) / 4096 * 4096L, length, "padded to whole pages");
            } else {
                assertEquals(size, length);
            }
            byte[] back = new byte[size + 3];
            Arrays.fill(back, (byte) 7);
            io.read(f, back, size);
            assertArrayEquals(Arrays.copyOf(bytes, size), Arrays.copyOf(back, size), "size " + size);
            assertEquals(7, back[size], "nothing written past the length");
        }
    }
}
