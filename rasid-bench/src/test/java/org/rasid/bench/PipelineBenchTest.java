package org.rasid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineBenchTest {
    @Test
    void namesEveryCollectorOfTheRunningJvm() {
        // the figures of a pass depend on the collector: the header and the report name each one, in order
        List<String> names = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList();
        assertEquals(String.join(", ", names), PipelineBench.collector());
        assertEquals(names.size(), PipelineBench.collector().split(", ").length);
    }
}
