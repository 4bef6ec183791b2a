package org.rasid.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Sha256Test {
    @Test
    void knownVectorWholeAndCut() {
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; // FIPS 180-2 "abc"
        assertEquals(abc, Sha256.hex("abc"));
        assertEquals(abc.substring(0, 16), Sha256.hex("abc", 8));
    }

    @Test
    void arabicIsHashedAsUtf8() {
        assertEquals(Sha256.hex("راصد"), Sha256.hex(new String("راصد".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(64, Sha256.hex("راصد").length());
    }

    @Test
    void theReusedDigestStartsAfreshEachCall() throws Exception {
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        Sha256.hex("something else first");
        assertEquals(abc, Sha256.hex("abc"));
        assertEquals(abc, Sha256.hex("abc"));
        String[] other = new String[1];
        Thread t = new Thread(() -> other[0] = Sha256.hex("abc"));
        t.start();
        t.join();
        assertEquals(abc, other[0]);
    }
}
