package org.rasid.spark;

import org.rasid.pipeline.Pipeline;

/**
 * One Pipeline per executor JVM: building it loads the lexicons and gazetteer, which must not
 * happen per record or per partition. Pipeline is thread-safe once built.
 */
final class PipelineHolder {
    private static volatile Pipeline pipeline;

    private PipelineHolder() {
    }

    static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (PipelineHolder.class) {
                p = pipeline;
                if (p == null) {
                    p = Pipeline.withDefaults();
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
