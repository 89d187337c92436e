package org.newsgraph.pipeline;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import org.newsgraph.model.Article;
import org.newsgraph.model.Document;
import org.newsgraph.model.Layer;

/**
 * An ordered list of stages, checked when built: every layer a stage requires is added by an
 * earlier stage, and no two stages add the same layer. Thread-safe when its stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final AtomicLongArray nanosPerStage;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (Stage s : this.stages) {
            for (Layer needed : s.requires()) {
                if (!available.contains(needed)) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' requires layer " + needed
                            + ", which no earlier stage adds");
                }
            }
            for (Layer added : s.adds()) {
                if (!available.add(added)) {
                    throw new IllegalArgumentException("stage '" + s.name() + "' adds layer " + added
                            + ", which an earlier stage already adds");
                }
            }
        }
        this.nanosPerStage = new AtomicLongArray(this.stages.size());
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage, metering each on the thread's {@link WorkMeter} (whose budget may end the
     * article with {@link ArticleTimedOut}); a stage's exception or error comes out as
     * {@link StageFailure} naming it.
     */
    public Document run(Article article) {
        WorkMeter meter = WorkMeter.current();
        Document doc = new Document(article);
        try {
            for (int i = 0; i < stages.size(); i++) {
                Stage s = stages.get(i);
                long t0 = System.nanoTime();
                meter.enter(s.name());
                try {
                    doc = s.process(doc);
                } catch (ArticleSkipped | ArticleTimedOut stop) {
                    throw stop;
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    // an error of one article's size or shape: the stage's data is dropped with the article
                    throw new StageFailure(s.name(), e);
                } finally {
                    nanosPerStage.addAndGet(i, System.nanoTime() - t0);
                }
            }
        } finally {
            meter.leave();
        }
        return doc;
    }

    /** Seconds spent in each stage since this pipeline was built, summed over threads. */
    public Map<String, Double> secondsPerStage() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            out.put(stages.get(i).name(), nanosPerStage.get(i) / 1e9);
        }
        return out;
    }
}
