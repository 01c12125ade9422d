package org.communique.ingest.stories;

import java.nio.ByteBuffer;

/**
 * MinHash signatures estimate the Jaccard similarity of two shingle sets; locality-sensitive hashing of
 * the signature in bands finds the releases worth comparing without comparing with all of them. With
 * {@value #BANDS} bands of {@value #ROWS} rows, two texts of similarity 0.4 share a band with probability
 * 0.93, of similarity 0.5 with 0.99, of 0.2 with 0.28.
 */
final class MinHash {

    static final int ROWS = 3;
    static final int BANDS = 40;
    static final int SIZE = ROWS * BANDS;

    private static final long[] SEEDS = new long[SIZE];

    static {
        long seed = 0x5DEECE66DL;
        for (int i = 0; i < SIZE; i++) {
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            SEEDS[i] = seed;
        }
    }

    private MinHash() {
    }

    static long[] signature(long[] shingles) {
        long[] signature = new long[SIZE];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SIZE; i++) {
                long hash = mix(shingle ^ SEEDS[i]);
                if (hash < signature[i]) {
                    signature[i] = hash;
                }
            }
        }
        return signature;
    }

    /** The share of positions where two signatures agree: an estimate of the Jaccard similarity. */
    static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / SIZE;
    }

    /** One hash per band; releases sharing any are candidates. The band number is mixed in. */
    static long[] bands(long[] signature) {
        long[] bands = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long hash = mix(band + 1L);
            for (int row = 0; row < ROWS; row++) {
                hash = mix(hash ^ signature[band * ROWS + row]);
            }
            bands[band] = hash;
        }
        return bands;
    }

    static byte[] toBytes(long[] signature) {
        ByteBuffer bytes = ByteBuffer.allocate(signature.length * Long.BYTES);
        for (long value : signature) {
            bytes.putLong(value);
        }
        return bytes.array();
    }

    static long[] fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long[] signature = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = buffer.getLong();
        }
        return signature;
    }

    // SplitMix64's finaliser: every input bit affects every output bit
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
