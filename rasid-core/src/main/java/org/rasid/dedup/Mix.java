package org.rasid.dedup;

/** MurmurHash3's 64-bit finaliser: a cheap, well-mixing bijection on longs. */
final class Mix {
    private Mix() {
    }

    static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
