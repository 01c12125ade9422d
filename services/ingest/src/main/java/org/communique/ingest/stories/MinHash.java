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
        return traced(shingles).values();
    }

    /**
     * A signature and, for each position, the index of the shingle that gave its value. The signature of a
     * subset of the shingles then keeps every position whose shingle stayed and computes only the others
     * again ({@link #ofSubset}): leaving out a source's boilerplate costs what was left out, not the whole text.
     */
    record Traced(long[] values, int[] from) {
    }

    static Traced traced(long[] shingles) {
        long[] values = new long[SIZE];
        int[] from = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            minOver(shingles, i, values, from);
        }
        return new Traced(values, from);
    }

    /**
     * The traced signature of {@code subset}, a subset of the sorted {@code shingles} whose traced signature is
     * {@code traced}: the same values as {@code traced(subset)}, computed only where a shingle left.
     */
    static Traced ofSubset(long[] shingles, Traced traced, long[] subset) {
        if (shingles.length == 0) {
            return traced(subset);
        }
        int[] index = new int[shingles.length];
        java.util.Arrays.fill(index, -1);
        for (int i = 0, j = 0; i < shingles.length && j < subset.length; i++) {
            if (shingles[i] == subset[j]) {
                index[i] = j++;
            }
        }
        long[] values = new long[SIZE];
        int[] from = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            int kept = index[traced.from()[i]];
            if (kept >= 0) {
                values[i] = traced.values()[i];
                from[i] = kept;
            } else {
                minOver(subset, i, values, from);
            }
        }
        return new Traced(values, from);
    }

    /** True if every one of the sorted {@code subset} is among the sorted {@code shingles}. */
    static boolean isSubset(long[] subset, long[] shingles) {
        int i = 0;
        for (long shingle : subset) {
            while (i < shingles.length && shingles[i] < shingle) {
                i++;
            }
            if (i == shingles.length || shingles[i] != shingle) {
                return false;
            }
            i++;
        }
        return true;
    }

    private static void minOver(long[] shingles, int position, long[] values, int[] from) {
        long seed = SEEDS[position];
        long min = Long.MAX_VALUE;
        int at = 0;
        for (int k = 0; k < shingles.length; k++) {
            long hash = mix(shingles[k] ^ seed);
            if (hash < min) {
                min = hash;
                at = k;
            }
        }
        values[position] = min;
        from[position] = at;
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
