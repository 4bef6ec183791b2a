package org.rasid.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The CPU line names the benchmark by its class and method, as JMH's own table does. */
class CpuPerOpTest {
    @Test
    void namesTheBenchmarkByClassAndMethod() {
        assertEquals("TokenizerBenchmark.tokenize", CpuPerOp.name("org.rasid.bench.jmh.TokenizerBenchmark.tokenize"));
        assertEquals("tokenize", CpuPerOp.name("tokenize"));
    }
}
